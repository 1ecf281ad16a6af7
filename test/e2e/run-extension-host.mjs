#!/usr/bin/env node
// Extension-host tier: @vscode/test-electron's runTests() with our code-host.mjs as the "VS Code
// executable" (it starts code-server and drives headless Chromium; see real-editors.md). The in-host
// mocha suite in test/e2e/suite/ asserts through the vscode API and writes its counts to a results
// file, which this script turns into $COMMUNIQUE_STATS.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import { ROOT, elapsed, requireInstalled, tempDir, workspaceFolder, writeStats } from './lib/harness.mjs';

const require = createRequire(import.meta.url);
const { runTests } = require('@vscode/test-electron');
const { current } = require('./expectations.cjs');

const t0 = Date.now();
requireInstalled();

// The extension under development runs from dist/: build it first (esbuild, about a second).
const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('run-extension-host: the build failed');
  writeStats(0, 1);
  process.exit(1);
}

const state = tempDir('communique-ext-host-');
const resultsFile = path.join(state, 'results.json');
const folder = current().folder || workspaceFolder();
let code;
try {
  code = await runTests({
    vscodeExecutablePath: path.join(ROOT, 'test', 'e2e', 'code-host.mjs'),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'test', 'e2e', 'suite', 'index.js'),
    launchArgs: [folder, `--user-data-dir=${path.join(state, 'user-data')}`, `--extensions-dir=${path.join(state, 'extensions')}`],
    extensionTestsEnv: { COMMUNIQUE_E2E_RESULTS: resultsFile },
  });
} catch (e) {
  console.error(`run-extension-host: ${e.message}`);
  code = typeof e.code === 'number' ? e.code : 1;
}

let passed = 0;
let failed = 0;
if (fs.existsSync(resultsFile)) {
  const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  passed = r.passed;
  failed = r.failed;
  console.log('\nextension-host results:');
  for (const t of r.tests) console.log(`  ${t.ok ? 'ok    ' : 'FAILED'} ${t.title}${t.ok ? '' : `\n         ${t.error.split('\n').slice(0, 6).join('\n         ')}`}`);
} else {
  console.error('run-extension-host: the in-host suite wrote no results (it did not run)');
}
if (code !== 0 && failed === 0) failed = 1;
if (passed + failed === 0) failed = 1;
writeStats(passed, failed);
console.log(`extension-host: ${passed} passed, ${failed} failed in ${elapsed(t0)}`);
process.exit(code === 0 && failed === 0 ? 0 : 1);
