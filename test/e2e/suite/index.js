// Entry point of the in-host suite: VS Code (here code-server's extension host) calls run() after
// loading the extension under development. Mocha runs the *.test.js files beside this one; the counts
// and each failure go to $COMMUNIQUE_E2E_RESULTS, which the runner reads (the console output reaches it
// through codeAutomationLog too, but a file does not depend on how the workbench forwards logs).
const fs = require('fs');
const path = require('path');
const Mocha = require(path.resolve(__dirname, '..', '..', '..', 'node_modules', 'mocha'));

function run() {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  const resultsFile = process.env.COMMUNIQUE_E2E_RESULTS;
  return new Promise((resolve, reject) => {
    const results = { passed: 0, failed: 0, tests: [] };
    const write = () => { if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2)); };
    try {
      const runner = mocha.run((failures) => {
        write();
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
        else resolve();
      });
      runner.on('pass', (t) => { results.passed++; results.tests.push({ title: t.fullTitle(), ok: true }); });
      runner.on('fail', (t, err) => {
        results.failed++;
        results.tests.push({ title: t.fullTitle(), ok: false, error: String(err && (err.stack || err.message) || err) });
      });
    } catch (e) {
      results.failed++;
      results.tests.push({ title: 'suite set-up', ok: false, error: String(e && e.stack || e) });
      write();
      reject(e);
    }
  });
}

module.exports = { run };
