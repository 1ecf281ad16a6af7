#!/usr/bin/env node
// Runs every test tier in order and closes with one line: `N passed, N failed`.
//
//   node test/run-all.mjs              every tier
//   node test/run-all.mjs unit cli     only the named tiers
//
// A tier is a command that exits 0 on success and writes {"passed": N, "failed": M} to the file
// named by $COMMUNIQUE_STATS. A tier that cannot run (missing script, crash, no stats) counts as
// one failed test: no tier is ever skipped silently.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mocha = (globs, timeout = 10000) => [
  process.execPath,
  [path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--require', 'test/support/register.cjs',
    '--reporter', 'test/support/count-reporter.cjs', '--timeout', String(timeout), ...globs],
];

const TIERS = [
  { name: 'typecheck', single: true, cmd: [process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.']] },
  { name: 'build', single: true, cmd: [process.execPath, ['scripts/build.mjs']] },
  { name: 'unit', cmd: mocha(['test/unit/**/*.test.ts']) },
  { name: 'cli', cmd: mocha(['test/cli/**/*.test.ts'], 30000) },
  { name: 'protocol', cmd: mocha(['test/protocol/**/*.test.ts'], 30000) },
  { name: 'install-editors', single: true, cmd: [process.execPath, ['scripts/install-editors.mjs']] },
  { name: 'extension-host', cmd: [process.execPath, ['test/e2e/run-extension-host.mjs']] },
  { name: 'browser', cmd: [process.execPath, ['test/e2e/run-browser.mjs']] },
  { name: 'editors', cmd: [process.execPath, ['test/editors/run.mjs']] },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !TIERS.some((t) => t.name === w));
if (unknown.length) {
  console.error(`run-all: unknown tier ${unknown.join(', ')}; tiers: ${TIERS.map((t) => t.name).join(', ')}`);
  process.exit(2);
}
const tiers = wanted.length ? TIERS.filter((t) => wanted.includes(t.name)) : TIERS;

const results = [];
for (const tier of tiers) {
  const stats = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'communique-stats-')), 'stats.json');
  const [bin, args] = tier.cmd;
  const script = args.find((a) => /\.(mjs|js)$/.test(a) && !a.includes('node_modules'));
  console.log(`\n=== ${tier.name} ===`);
  const started = Date.now();
  let passed = 0;
  let failed = 0;
  let note = '';
  if (script && !fs.existsSync(path.join(root, script))) {
    failed = 1;
    note = `missing ${script}`;
    console.log(`run-all: ${note}`);
  } else {
    const r = spawnSync(bin, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, COMMUNIQUE_STATS: stats, FORCE_COLOR: '0' },
      timeout: 25 * 60 * 1000,
    });
    const ok = r.status === 0;
    if (tier.single) {
      ok ? (passed = 1) : (failed = 1);
    } else if (fs.existsSync(stats)) {
      const s = JSON.parse(fs.readFileSync(stats, 'utf8'));
      passed = s.passed ?? 0;
      failed = s.failed ?? 0;
      if (!ok && failed === 0) failed = 1;
      if (ok && passed + failed === 0) {
        failed = 1;
        note = 'ran no test';
      }
    } else {
      failed = 1;
      note = r.error ? String(r.error.message) : `exit ${r.status ?? r.signal} without counts`;
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ tier: tier.name, passed, failed, seconds, note });
}

console.log('\n=== summary ===');
for (const r of results) {
  console.log(`${r.tier.padEnd(16)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds}s${r.note ? `  (${r.note})` : ''}`);
}
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
