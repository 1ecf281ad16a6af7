#!/usr/bin/env node
// Editors tier: smoke tests of `node bin/communique-ls.js --stdio` from Neovim 0.7 (built-in LSP client)
// and Emacs 28 + eglot, both Debian packages, both headless. Each check the editors report counts as
// one test. Both run in their own process groups, killed on timeout or exit.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const { current, hoverOffset, positionAt } = require('../e2e/expectations.cjs');
const t0 = Date.now();
const elapsed = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
const EDITOR_TIMEOUT_MS = 90000;

const children = new Set();
const killAll = () => { for (const pid of children) { try { process.kill(-pid, 'SIGKILL'); } catch {} } children.clear(); };
process.on('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { killAll(); process.exit(130); });

function writeStats(passed, failed) {
  if (process.env.COMMUNIQUE_STATS) fs.writeFileSync(process.env.COMMUNIQUE_STATS, JSON.stringify({ passed, failed }));
}

/** Runs one editor; resolves { code, output } (code null on timeout). */
function runEditor(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    children.add(child.pid);
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    const timer = setTimeout(() => { output += `\n(timed out after ${EDITOR_TIMEOUT_MS / 1000} s)`; try { process.kill(-child.pid, 'SIGKILL'); } catch {} }, EDITOR_TIMEOUT_MS);
    child.on('error', (err) => { output += String(err); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      try { process.kill(-child.pid, 'SIGKILL'); } catch {} // the language server, if it outlived its editor
      children.delete(child.pid);
      resolve({ code: signal ? null : code, output });
    });
  });
}

const missing = [['nvim', '/usr/bin/nvim'], ['emacs', '/usr/bin/emacs']].filter(([, p]) => !fs.existsSync(p)).map(([n]) => n);
if (missing.length) {
  console.error(`editors: missing ${missing.join(', ')}: run \`node scripts/install-editors.mjs\` first`);
  writeStats(0, 1);
  process.exit(1);
}
const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0 || !fs.existsSync(path.join(ROOT, 'dist', 'server.js'))) {
  console.error('editors: the build failed or wrote no dist/server.js');
  writeStats(0, 1);
  process.exit(1);
}

const e = current();
const text = fs.readFileSync(e.path, 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-editors-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const base = {
  cmd: [process.execPath, path.join(ROOT, 'bin', 'communique-ls.js'), '--stdio'],
  folder: e.folder, file: e.path, title: e.title, hover: e.hover, hoverExpect: e.hoverExpect,
  hoverPosition: positionAt(text, hoverOffset(e, text) + 1), diagnosticCodes: e.diagnosticCodes,
};

const EDITORS = [
  { name: 'nvim', cmd: 'nvim', args: (spec) => ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(HERE, 'nvim-smoke.lua')}`] },
  { name: 'emacs', cmd: 'emacs', args: () => ['--batch', '-l', path.join(HERE, 'emacs-smoke.el')] },
];

let passed = 0;
let failed = 0;
console.log(`editors: ${path.relative(ROOT, e.path)}`);
for (const ed of EDITORS) {
  const t = Date.now();
  const spec = { ...base, results: path.join(tmp, `${ed.name}-results.txt`) };
  const specFile = path.join(tmp, `${ed.name}-spec.json`);
  fs.writeFileSync(specFile, JSON.stringify(spec));
  const { code, output } = await runEditor(ed.cmd, ed.args(spec), { COMMUNIQUE_EDITOR_SPEC: specFile, LANG: 'C.UTF-8' });
  const lines = fs.existsSync(spec.results) ? fs.readFileSync(spec.results, 'utf8').split('\n').filter(Boolean) : [];
  for (const line of lines) {
    const [status, name, detail] = line.split('\t');
    const ok = status === 'ok';
    ok ? passed++ : failed++;
    console.log(`  ${ok ? 'ok    ' : 'FAILED'} ${name}${detail ? `  (${detail})` : ''}`);
  }
  if (lines.length === 0 || (code !== 0 && !lines.some((l) => l.startsWith('not ok')))) {
    failed++;
    console.log(`  FAILED ${ed.name}: exited ${code === null ? 'on timeout' : code} with ${lines.length} result(s)\n${output.split('\n').slice(-15).map((l) => `         ${l}`).join('\n')}`);
  }
  console.log(`  ${ed.name}: ${elapsed(t)}`);
}
killAll();
writeStats(passed, failed);
console.log(`editors: ${passed} passed, ${failed} failed in ${elapsed(t0)}`);
process.exit(failed ? 1 : 0);
