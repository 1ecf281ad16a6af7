#!/usr/bin/env node
// Plays the part of the VS Code executable for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// runTests only runs its executable with
//   [folder] --extensionTestsPath=T --extensionDevelopmentPath=D --user-data-dir U --extensions-dir E ...
// so this script starts code-server (a real VS Code server with a Node extension host) on loopback,
// opens the workbench in headless Chromium with the same development payload a desktop window would
// get, and exits with the code the workbench passes to window.codeAutomationExit when the tests end.
// Everything it starts runs in process groups it kills on the way out.
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import {
  ROOT, elapsed, freePort, installCleanup, killAll, requireInstalled, tempDir, startCodeServer,
  launchBrowser, enableSmokeTestDriver, timeout, writeUserSettings,
} from './lib/harness.mjs';

const t0 = Date.now();
// Workbench chatter that says nothing about the tests (shown with COMMUNIQUE_DEBUG=1).
const WORKBENCH_NOISE = [/^Resolv(ing|ed) connection token/, /^Creating a socket/, /^\[Service Worker\]/, /^ChatSessionStore/,
  /^Updating additional builtin extensions/, /ENOTFOUND|open-vsx\.org|^\s+at /, /^Started local extension host/, /^Creation of workbench contribution/];
const TIMEOUT_MS = Number(process.env.COMMUNIQUE_HOST_TIMEOUT_MS || 150000);

function parseArgs(argv) {
  const o = { extensionDevelopmentPath: [], folders: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = a.match(/^--([^=]+)(?:=(.*))?$/);
    if (!m) { o.folders.push(a); continue; }
    const [, key, inline] = m;
    const takesValue = ['extensionTestsPath', 'extensionDevelopmentPath', 'user-data-dir', 'extensions-dir'].includes(key);
    const value = inline !== undefined ? inline : (takesValue ? argv[++i] : true);
    if (key === 'extensionDevelopmentPath') o.extensionDevelopmentPath.push(value);
    else o[key] = value;
  }
  return o;
}

async function main() {
  requireInstalled();
  installCleanup();
  const args = parseArgs(process.argv.slice(2));
  if (!args.extensionTestsPath || args.extensionDevelopmentPath.length === 0) {
    console.error('code-host: needs --extensionTestsPath and --extensionDevelopmentPath');
    return 2;
  }
  const folder = path.resolve(args.folders[0] || path.join(ROOT, 'test', 'e2e', 'workspace'));
  const state = tempDir('communique-host-');
  const userDataDir = path.resolve(args['user-data-dir'] || path.join(state, 'user'));
  const extensionsDir = path.resolve(args['extensions-dir'] || path.join(state, 'extensions'));
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(userDataDir);

  const port = await freePort();
  const cs = await startCodeServer({ port, userDataDir, extensionsDir, stateDir: state, echo: !!process.env.COMMUNIQUE_DEBUG });
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
  const payload = [
    ...args.extensionDevelopmentPath.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ['extensionTestsPath', remote(args.extensionTestsPath)],
  ];
  const url = `${cs.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  console.error(`code-host: code-server up on ${cs.url} (${elapsed(t0)})`);

  const { browser, page } = await launchBrowser();
  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  await page.exposeFunction('codeAutomationLog', (type, args2) => {
    // The workbench forwards its own and the extension host's console here while tests run; the
    // arguments are console.log's (a format string first), so format them as Node would.
    const text = Array.isArray(args2) ? format(...args2) : String(args2 ?? type);
    if (!process.env.COMMUNIQUE_DEBUG && WORKBENCH_NOISE.some((re) => re.test(text))) return;
    (type === 'error' ? process.stderr : process.stdout).write(text + '\n');
  });
  await page.exposeFunction('codeAutomationExit', (code) => { resolveExit(typeof code === 'number' ? code : 1); });
  if (process.env.COMMUNIQUE_DEBUG) page.on('console', (m) => console.error(`[page ${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await enableSmokeTestDriver(page, cs.url);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
  const limit = timeout(TIMEOUT_MS, 'extension tests did not call codeAutomationExit');
  let code;
  try {
    code = await Promise.race([exited, limit]);
  } catch (e) {
    console.error(`code-host: ${e.message}`);
    try { fs.mkdirSync(path.join(ROOT, 'artifacts'), { recursive: true }); await page.screenshot({ path: path.join(ROOT, 'artifacts', 'extension-host-timeout.png') }); } catch {}
    code = 1;
  } finally {
    limit.cancel();
  }
  console.error(`code-host: tests exited with ${code} (${elapsed(t0)})`);
  await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 3000))]);
  return code;
}

main().then((code) => { killAll(); process.exit(code); }, (e) => { console.error(`code-host: ${e && e.stack || e}`); killAll(); process.exit(1); });
