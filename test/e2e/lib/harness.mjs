// Shared pieces of the end-to-end tiers: start code-server on loopback in its own process group,
// launch Debian's Chromium through playwright-core, rewrite the workbench page to enable the smoke-test
// driver, and kill everything (whole process groups) however the run ends.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as net from 'net';
import { fileURLToPath } from 'url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CODE_SERVER_ENTRY = path.join(ROOT, '.cache', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-features=LocalNetworkAccessChecks', '--disable-dev-shm-usage'];

/** The folder the suites open: the team's samples/ when it has articles, else our small fixture. */
export function workspaceFolder() {
  const samples = path.join(ROOT, 'samples');
  if (fs.existsSync(samples) && fs.readdirSync(samples).some((f) => f.endsWith('.txt'))) return samples;
  return path.join(ROOT, 'test', 'e2e', 'workspace');
}

export function elapsed(t0) { return `${((Date.now() - t0) / 1000).toFixed(1)} s`; }

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

/** Process groups we started; all are killed on exit, on signals and on uncaught errors. */
const groups = new Set();
export function track(child) { if (child && child.pid) groups.add(child.pid); return child; }
export function killAll() {
  for (const pid of groups) { try { process.kill(-pid, 'SIGKILL'); } catch {} }
  groups.clear();
}
let hooked = false;
export function installCleanup() {
  if (hooked) return; hooked = true;
  process.on('exit', killAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => { killAll(); process.exit(130); });
}

export function requireInstalled() {
  const missing = [];
  if (!fs.existsSync(CODE_SERVER_ENTRY)) missing.push('code-server (.cache/code-server)');
  if (!fs.existsSync(CHROMIUM)) missing.push('chromium');
  if (missing.length) {
    console.error(`missing ${missing.join(', ')}: run \`node scripts/install-editors.mjs\` first`);
    process.exit(2);
  }
}

/** A fresh temporary folder for one run, removed on exit. */
export function tempDir(prefix) {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  process.on('exit', () => { try { fs.rmSync(d, { recursive: true, force: true }); } catch {} });
  return d;
}

function codeServerArgs({ port, userDataDir, extensionsDir }) {
  return [CODE_SERVER_ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'];
}

function codeServerEnv(stateDir, extraEnv = {}) {
  return { ...process.env, XDG_CONFIG_HOME: path.join(stateDir, 'xdg-config'), XDG_DATA_HOME: path.join(stateDir, 'xdg-data'), ...extraEnv };
}

/** `code-server --install-extension x.vsix` into the given folders (no server started). */
export function installVsix(vsix, { userDataDir, extensionsDir, stateDir }) {
  const r = spawnSync(process.execPath, [CODE_SERVER_ENTRY, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--install-extension', vsix, '--force'], { encoding: 'utf8', env: codeServerEnv(stateDir), timeout: 120000 });
  if (r.status !== 0) throw new Error(`code-server --install-extension failed (${r.status}): ${r.stdout}${r.stderr}`);
  return r.stdout.trim();
}

/**
 * Starts code-server on 127.0.0.1:port in its own process group and waits for /healthz.
 * Returns { child, port, url, log() }.
 */
export async function startCodeServer({ port, userDataDir, extensionsDir, stateDir, env = {}, echo = false, timeoutMs = 60000 }) {
  port = port || await freePort();
  const child = track(spawn(process.execPath, codeServerArgs({ port, userDataDir, extensionsDir }), {
    detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: codeServerEnv(stateDir, env),
  }));
  let out = '';
  const onData = (d) => { out += d; if (echo) process.stderr.write(d); };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${out.slice(-3000)}`);
    try { const r = await fetch(`${url}/healthz`); if (r.ok) return { child, port, url, log: () => out }; } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer /healthz within ${timeoutMs / 1000} s:\n${out.slice(-3000)}`);
}

/** Launches headless Chromium (Debian's) in its own process group; returns { browser, page }. */
export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60000 });
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  return { browser, context, page };
}

/**
 * VS Code ≥ 1.10x runs extension tests in the browser only when the workbench's development options
 * enable the smoke-test driver; code-server's command line rejects that flag, so the page's
 * configuration (a JSON attribute in the HTML) is rewritten on its way to the browser.
 */
export async function enableSmokeTestDriver(page, baseUrl) {
  await page.route((u) => u.origin === baseUrl && (u.pathname === '/' || u.pathname === ''), async (route) => {
    const res = await route.fetch();
    let html = await res.text();
    const m = html.match(/(<meta\s+id="vscode-workbench-web-configuration"\s+data-settings=")([^"]*)(")/);
    if (m) {
      const decode = (s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      const encode = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const cfg = JSON.parse(decode(m[2]));
      cfg.developmentOptions = { ...(cfg.developmentOptions || {}), enableSmokeTestDriver: true };
      html = html.replace(m[0], m[1] + encode(JSON.stringify(cfg)) + m[3]);
    } else {
      console.error('warning: workbench configuration not found in the page; enableSmokeTestDriver not set');
    }
    await route.fulfill({ response: res, body: html, headers: { ...res.headers(), 'content-length': String(Buffer.byteLength(html)) } });
  });
}

/** Rejects after ms with a clear message (for Promise.race). */
export function timeout(ms, what) {
  let t;
  const p = new Promise((_, reject) => { t = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s: ${what}`)), ms); });
  p.cancel = () => clearTimeout(t);
  return p;
}

export function writeStats(passed, failed) {
  const file = process.env.COMMUNIQUE_STATS;
  if (file) fs.writeFileSync(file, JSON.stringify({ passed, failed }));
}

/** User settings for every workbench we start: quiet, deterministic, and a font with Vietnamese glyphs. */
export const WORKBENCH_SETTINGS = {
  'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false, 'window.restoreWindows': 'none',
  'workbench.tips.enabled': false, 'chat.commandCenter.enabled': false, 'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.fontFamily': "'Noto Sans Mono', 'DejaVu Sans Mono', monospace", 'editor.wordWrap': 'on',
  'git.openRepositoryInParentFolders': 'never',
};

export function writeUserSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'settings.json');
  if (!fs.existsSync(file)) fs.writeFileSync(file, JSON.stringify({ ...WORKBENCH_SETTINGS, ...extra }, null, 2));
}
