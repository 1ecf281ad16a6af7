#!/usr/bin/env node
// Scores the entity engine on the hand-annotated genre corpus (test/fixtures/genre/*.txt with a
// <name>.gold.json beside each): precision, recall and F1 per type and overall, for exact spans and
// for overlap matching (same type, overlapping spans, one-to-one), then every miss and false
// positive. Figures are scored too when a gold file lists "figures" (exact span; value/unit/bound).
// The logic lives in test/unit/entities/genre-scoring.ts, shared with the genre quality test.
//   node scripts/score.mjs [--dir DIR] [--quiet] [--json]
import { createRequire } from 'module';
import * as path from 'path';
import { fileURLToPath } from 'url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
require(path.join(root, 'test', 'support', 'register.cjs'));
const scoring = require(path.join(root, 'test', 'unit', 'entities', 'genre-scoring.ts'));

const args = process.argv.slice(2);
const dirArg = args.indexOf('--dir');
const dir = dirArg >= 0 ? path.resolve(args[dirArg + 1]) : path.join(root, 'test', 'fixtures', 'genre');
const quiet = args.includes('--quiet');

const docs = scoring.scoreCorpus(dir);
if (docs.length === 0) {
  console.error(`score: no *.txt with a .gold.json in ${dir}`);
  process.exit(2);
}
const exact = scoring.tally(docs, 'exact');
const overlap = scoring.tally(docs, 'overlap');

if (args.includes('--json')) {
  console.log(JSON.stringify({ exact, overlap }, null, 1));
  process.exit(0);
}

const pct = (x) => (100 * x).toFixed(1).padStart(5);
const row = (k, e, o) =>
  `${k.padEnd(13)} ${String(e.tp + e.fn).padStart(5)}   ${pct(e.p)} ${pct(e.r)} ${pct(e.f1)}   ${pct(o.p)} ${pct(o.r)} ${pct(o.f1)}`;
console.log(`${docs.length} documents, ${docs.reduce((n, d) => n + d.gold.length, 0)} gold mentions\n`);
console.log(`${'type'.padEnd(13)} ${'gold'.padStart(5)}   ${'exact P'.padStart(5)}     R    F1   ${'ovl P'.padStart(5)}     R    F1`);
for (const k of [...scoring.SCORED_TYPES, 'all']) console.log(row(k, exact[k], overlap[k]));

const figDocs = docs.filter((d) => d.figures);
if (figDocs.length) {
  const g = figDocs.reduce((n, d) => n + d.figures.gold, 0);
  const p = figDocs.reduce((n, d) => n + d.figures.predicted, 0);
  const s = figDocs.reduce((n, d) => n + d.figures.exactSpan, 0);
  const a = figDocs.reduce((n, d) => n + d.figures.agreeing, 0);
  const f = scoring.prf({ tp: s, fp: p - s, fn: g - s });
  console.log(`\nfigures (${figDocs.length} documents): gold ${g}, predicted ${p}; exact span P ${pct(f.p)} R ${pct(f.r)} F1 ${pct(f.f1)}; value/unit/bound agree on ${a}/${s} exact spans`);
}

const errors = docs.flatMap((d) => d.goldErrors.map((e) => `${d.name}: ${e}`));
if (errors.length) console.log(`\nGOLD ERRORS\n  ${errors.join('\n  ')}`);

if (!quiet) {
  for (const d of docs) {
    const o = d.overlap;
    const partial = o.matched.filter(([g, p]) => g.start !== p.start || g.end !== p.end);
    const figs = d.figures ? [...d.figures.misses.map((m) => `  fig miss  ${m.text}`), ...d.figures.falsePositives.map((m) => `  fig FP    ${m.text}`),
      ...d.figures.disagreements.map((x) => `  fig diff  ${x.gold.text}: gold ${JSON.stringify([x.gold.value, x.gold.unit, x.gold.bound])} got ${JSON.stringify([x.predicted.value, x.predicted.unit, x.predicted.bound])}`)] : [];
    if (!o.misses.length && !o.falsePositives.length && !partial.length && !figs.length) continue;
    console.log(`\n== ${d.name}`);
    for (const m of o.misses) console.log(`  miss      ${m.type.padEnd(12)} ${m.text}`);
    for (const m of o.falsePositives) console.log(`  FP        ${m.type.padEnd(12)} ${m.text}`);
    for (const [g, p] of partial) console.log(`  span      ${g.type.padEnd(12)} gold "${g.text}" got "${p.text}"`);
    for (const l of figs) console.log(l);
  }
}
