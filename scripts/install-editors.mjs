#!/usr/bin/env node
// Installs the real editors the end-to-end tiers drive: Debian's chromium, neovim, emacs-nox + eglot,
// and code-server 4.100.3 from npm into .cache/code-server/ (see shared/docs/real-editors.md for why
// each workaround exists). Idempotent: when everything is present it only checks and returns in well
// under a second (plus a short start-up check of code-server the first time after installing it).
//
// Usage: node scripts/install-editors.mjs [--quiet]
// Exits non-zero with one line "install-editors: cannot ..." when something cannot be installed.
import { spawnSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as net from 'net';
import * as os from 'os';
import { fileURLToPath } from 'url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = path.join(ROOT, '.cache', 'code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const STAMP = path.join(CODE_SERVER_DIR, 'installed.json');

const quiet = process.argv.includes('--quiet');
const log = (...a) => { if (!quiet) console.log('install-editors:', ...a); };

class InstallError extends Error {}
function fail(msg) { throw new InstallError(msg); }

/** Runs a step with its output captured (shown, last lines only, when the step fails). */
function run(cmd, args, opts = {}) {
  const t0 = Date.now();
  const what = opts.what || `${cmd} ${args.join(' ')}`;
  log(`${what} ...`);
  const r = spawnSync(cmd, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...opts,
    env: { ...process.env, ...(opts.env || {}) },
  });
  if (r.error) fail(`cannot run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) {
    const out = `${r.stdout || ''}${r.stderr || ''}`.trimEnd().split('\n').slice(-40).join('\n');
    process.stderr.write(`${out}\n`);
    fail(`cannot ${what} (exit ${r.status}${r.signal ? `, ${r.signal}` : ''})`);
  }
  log(`${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return r;
}

// ---- Debian packages --------------------------------------------------------------------------
// Each package with the file that shows it is installed (checked before asking dpkg, which is slower).
const APT = [
  { pkg: 'chromium', file: '/usr/bin/chromium' },
  { pkg: 'neovim', file: '/usr/bin/nvim' },
  { pkg: 'emacs-nox', file: '/usr/bin/emacs' },
  { pkg: 'elpa-eglot', file: '/usr/share/emacs/site-lisp/elpa-src/eglot-1.9/eglot.el' },
  { pkg: 'libkrb5-dev', file: '/usr/include/krb5.h' },
  { pkg: 'ripgrep', file: '/usr/bin/rg' },
  // Chromium only recommends fonts; the workbench and the screenshots need ones with Vietnamese glyphs.
  // DejaVu Sans Mono lacks many precomposed Vietnamese letters (tone marks drift off their vowels), so
  // the editor is set to Noto Sans Mono, which has them all.
  { pkg: 'fonts-dejavu-core', file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
  { pkg: 'fonts-noto-mono', file: '/usr/share/fonts/truetype/noto/NotoMono-Regular.ttf' },
];

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && /install ok installed/.test(r.stdout);
}

function installApt() {
  const missing = APT.filter((p) => !fs.existsSync(p.file) && !dpkgInstalled(p.pkg));
  if (missing.length === 0) { log('Debian packages present:', APT.map((p) => p.pkg).join(', ')); return; }
  const names = missing.map((p) => p.pkg);
  if (process.getuid && process.getuid() !== 0) fail(`cannot apt-get install ${names.join(' ')}: not root (install them by hand)`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-q'], { env, what: 'apt-get update' });
  run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...names], { env, what: `apt-get install ${names.join(' ')}` });
}

// ---- code-server ------------------------------------------------------------------------------
function npm(args, cwd, what, extraEnv = {}) {
  return run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, what, env: extraEnv });
}

function codeServerInstalled() {
  try {
    const s = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
    return s.version === CODE_SERVER_VERSION && s.verified && fs.existsSync(CODE_SERVER_ENTRY);
  } catch { return false; }
}

function installCodeServer() {
  fs.rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  fs.mkdirSync(CODE_SERVER_DIR, { recursive: true });
  // A package.json of its own, so npm does not walk up into the project's.
  fs.writeFileSync(path.join(CODE_SERVER_DIR, 'package.json'), JSON.stringify({ name: 'communique-editors', private: true }, null, 2));
  const cs = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server');
  const vs = path.join(cs, 'lib', 'vscode');
  // 1. Its install script refuses root: skip scripts and do its steps here.
  npm(['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts'], CODE_SERVER_DIR, `npm install code-server@${CODE_SERVER_VERSION}`);
  npm(['install', '--omit=dev', '--ignore-scripts'], vs, 'npm install in lib/vscode');
  // 4. @vscode/ripgrep would download from GitHub; give it Debian's rg (its script skips when bin/ exists).
  const rgBin = path.join(vs, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgBin, { recursive: true });
  fs.copyFileSync('/usr/bin/rg', path.join(rgBin, 'rg'));
  fs.chmodSync(path.join(rgBin, 'rg'), 0o755);
  // 5. node-pty's install runs `npx node-gyp`; 3. kerberos needs libkrb5-dev (installed above).
  npm(['rebuild'], vs, 'npm rebuild in lib/vscode', { npm_config_yes: 'true' });
  fs.rmSync(path.join(vs, 'node_modules.asar'), { force: true });
  fs.symlinkSync('node_modules', path.join(vs, 'node_modules.asar'));
  const link = (dir, target, name) => {
    const p = path.join(dir, name);
    fs.rmSync(p, { force: true });
    fs.symlinkSync(target, p);
  };
  link(path.join(vs, 'bin', 'remote-cli'), 'code-linux.sh', 'code-server');
  link(path.join(vs, 'bin', 'helpers'), 'browser-linux.sh', 'browser.sh');
  npm(['install', '--omit=dev'], path.join(vs, 'extensions'), 'npm install in lib/vscode/extensions');
  // 2. argon2 cannot download its prebuilt binary: compile it (npm hoisted it beside code-server).
  npm(['rebuild', 'argon2'], CODE_SERVER_DIR, 'npm rebuild argon2', { npm_config_yes: 'true' });
  if (!fs.existsSync(CODE_SERVER_ENTRY)) fail(`cannot find ${path.relative(ROOT, CODE_SERVER_ENTRY)} after installing code-server`);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function verifyCodeServer() {
  const t0 = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-cs-verify-'));
  const port = await freePort();
  const child = spawn(process.execPath, [CODE_SERVER_ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', path.join(tmp, 'user'), '--extensions-dir', path.join(tmp, 'ext'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_DATA_HOME: path.join(tmp, 'data') },
  });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  try {
    const deadline = Date.now() + 30000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) break;
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (res.ok) {
          const page = await fetch(`http://127.0.0.1:${port}/`);
          if (!page.ok) fail(`cannot load code-server's workbench page (HTTP ${page.status})`);
          log(`code-server ${CODE_SERVER_VERSION} starts and serves the workbench: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
          return;
        }
      } catch (e) { if (e instanceof InstallError) throw e; }
      await new Promise((r) => setTimeout(r, 250));
    }
    if (!quiet) process.stderr.write(out.slice(-3000));
    fail(`cannot start code-server (${child.exitCode !== null ? `exited ${child.exitCode}` : 'no /healthz in 30 s'})`);
  } finally {
    try { process.kill(-child.pid, 'SIGKILL'); } catch {}
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export async function installEditors() {
  const t0 = Date.now();
  installApt();
  if (codeServerInstalled()) {
    log(`code-server ${CODE_SERVER_VERSION} present in ${path.relative(ROOT, CODE_SERVER_DIR)}/`);
  } else {
    installCodeServer();
    await verifyCodeServer();
    fs.writeFileSync(STAMP, JSON.stringify({ version: CODE_SERVER_VERSION, verified: new Date().toISOString() }, null, 2));
  }
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  installEditors().catch((e) => {
    if (e instanceof InstallError) console.error(`install-editors: ${e.message}`);
    else console.error(`install-editors: cannot install the editors: ${e && e.stack || e}`);
    process.exit(1);
  });
}
