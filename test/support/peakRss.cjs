#!/usr/bin/env node
// Runs a Node program in this process and, when it ends, writes its peak resident set (bytes,
// getrusage's maxrss: worker threads included, they are this process) to a file:
//
//   node test/support/peakRss.cjs OUT.txt PROGRAM.js ARG...
//
// The program sees the usual process.argv ([node, PROGRAM.js, ARG...]) and exits as it would;
// the figure is written on 'exit', so process.exit() and a natural end are both measured.
// (Not /usr/bin/time: it is not on every machine, and its format differs between them.)
const fs = require('fs');
const path = require('path');
const [out, program, ...args] = process.argv.slice(2);
if (!out || !program) {
  process.stderr.write('usage: peakRss.cjs OUT PROGRAM [ARG...]\n');
  process.exit(2);
}
process.on('exit', () => fs.writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)));
process.argv = [process.argv[0], path.resolve(program), ...args];
require(path.resolve(program));
