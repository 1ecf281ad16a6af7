// Mocha's spec reporter that also writes {passed, failed} to $COMMUNIQUE_STATS, so the tier runner
// can add up the counts of every tier into one closing line.
const fs = require('fs');
const Mocha = require('mocha');
class CountReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const file = process.env.COMMUNIQUE_STATS;
      if (file) {
        const s = runner.stats || {};
        fs.writeFileSync(file, JSON.stringify({ passed: s.passes || 0, failed: s.failures || 0 }));
      }
    });
  }
}
module.exports = CountReporter;
