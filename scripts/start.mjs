#!/usr/bin/env node
// `npm start`: installs the editors if needed, packages the extension, installs the .vsix into a
// code-server whose state lives under .cache/start/, opens samples/ and prints the URL. Runs until
// Ctrl-C, then kills code-server's whole process group (and the language servers under it).
//
// Usage: node scripts/start.mjs [--port N] [--folder DIR]
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { installEditors } from './install-editors.mjs';
import { packageExtension } from './package.mjs';
import { installVsix, startCodeServer, freePort, installCleanup, killAll, writeUserSettings, workspaceFolder } from '../test/e2e/lib/harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };

async function main() {
  await installEditors();
  const vsix = packageExtension();
  const state = path.join(ROOT, '.cache', 'start');
  const userDataDir = path.join(state, 'user-data');
  const extensionsDir = path.join(state, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(userDataDir); // only when missing: a person's own changes are kept between runs
  console.log(`start: ${installVsix(vsix, { userDataDir, extensionsDir, stateDir: state }).split('\n').pop()}`);
  const folder = path.resolve(opt('--folder') || workspaceFolder());
  const port = Number(opt('--port') || process.env.PORT || 0) || await freePort();
  installCleanup();
  const cs = await startCodeServer({ port, userDataDir, extensionsDir, stateDir: state });
  const logFile = path.join(state, 'code-server.log');
  const log = fs.createWriteStream(logFile, { flags: 'w' });
  log.write(cs.log());
  cs.child.stdout.pipe(log);
  cs.child.stderr.pipe(log);
  console.log(`\nCommuniqué in VS Code (code-server): ${cs.url}/?folder=${encodeURIComponent(folder)}`);
  console.log(`folder: ${path.relative(ROOT, folder) || '.'}   log: ${path.relative(ROOT, logFile)}   Ctrl-C to stop\n`);
  cs.child.on('exit', (code, signal) => {
    console.error(`start: code-server exited (${signal || code}); see ${path.relative(ROOT, logFile)}`);
    killAll();
    process.exit(code || 1);
  });
}

main().catch((e) => {
  console.error(e && e.message ? e.message : e);
  killAll();
  process.exit(1);
});
