#!/usr/bin/env node
// Builds dist/ and packages the extension as .cache/vsix/communique-<version>.vsix with @vscode/vsce.
// dist/ is a bundle (scripts/build.mjs), so the package carries no node_modules (--no-dependencies);
// .vscodeignore keeps sources, tests and caches out of it.
//
// Usage: node scripts/package.mjs [--no-build] [--out DIR]   (prints the .vsix path on the last line)
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function packageExtension({ build = true, outDir = path.join(ROOT, '.cache', 'vsix'), quiet = false } = {}) {
  const t0 = Date.now();
  const stdio = quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'];
  const check = (r, what) => {
    if (r.error || r.status !== 0) {
      if (quiet) process.stderr.write(`${r.stdout || ''}${r.stderr || ''}`);
      throw new Error(`package: cannot ${what} (${r.error ? r.error.message : `exit ${r.status}`})`);
    }
  };
  if (build) check(spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio, encoding: 'utf8' }), 'build dist/');
  if (!fs.existsSync(path.join(ROOT, 'dist', 'client.js'))) throw new Error('package: dist/client.js is missing after the build');
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  fs.mkdirSync(outDir, { recursive: true });
  const vsix = path.join(outDir, `${pkg.name}-${pkg.version}.vsix`);
  fs.rmSync(vsix, { force: true });
  const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  // --skip-license: LICENSE is included when present; vsce would otherwise stop to ask about it.
  const args = [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix];
  check(spawnSync(process.execPath, args, { cwd: ROOT, stdio, encoding: 'utf8', env: { ...process.env, CI: 'true' } }), 'vsce package');
  if (!fs.existsSync(vsix)) throw new Error(`package: vsce did not write ${vsix}`);
  if (!quiet) console.log(`package: ${path.relative(ROOT, vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return vsix;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const outAt = argv.indexOf('--out');
  try {
    const vsix = packageExtension({ build: !argv.includes('--no-build'), outDir: outAt >= 0 ? path.resolve(argv[outAt + 1]) : undefined });
    console.log(vsix);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
