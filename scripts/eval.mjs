#!/usr/bin/env node
// `npm run eval`: how far the findings can be trusted, on real articles and on the written corpora.
//
// Real set (eval/real/*.json, the articles themselves in the git-ignored eval/real/articles/): each
// manifest lists its articles' addresses and what an analyst expects, written before the engine ran:
// the conflicts to report (`conflicts`) and the look-alikes that must stay silent (`silent`). Every
// article present is analysed in one workspace (an analyst's folder mixes topics). A finding is right
// when its place and its related places cover both figures of an expected conflict; anything else it
// says is counted wrong. Hints (name spellings) are not findings about figures and are not counted.
//
// Written corpora (test/fixtures/checks/corpus/*/expected.json): the same numbers for the fixtures.
//
//   npm run eval                  both, with every wrong finding and every missed conflict listed
//   npm run eval -- --quiet       the summary lines only
//   npm run eval -- --json        the numbers as JSON
//   npm run eval -- --only coffee,us  only the clusters whose names start with those
//   npm run eval -- --except a,b  all but the clusters named (a blind set being written, kept unseen)
//   npm run eval -- --until-set 81  no manifest of a higher set number (blind sets being written)
//   npm run eval -- --show-right  also list the findings that are right
//   npm run eval -- --first-gold  without the conflicts added to a manifest after its first run
//                                 (each is marked `addedAfterFirstRun` with the reason)
//
// Articles present that share ten words with the seed articles are listed too: their local copies
// are to be reworded (a manifest's `rewrittenAfterCollection` says how).
import { createRequire } from 'module';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const asJson = args.includes('--json');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const except = args.includes('--except') ? args[args.indexOf('--except') + 1].split(',') : [];
const untilSet = args.includes('--until-set') ? Number(args[args.indexOf('--until-set') + 1]) : Infinity;
const firstGold = args.includes('--first-gold');
const showRight = args.includes('--show-right');
const locale = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : 'en';

const esbuild = require('esbuild');
const bundle = path.join(root, '.cache', 'eval-core.cjs');
fs.mkdirSync(path.dirname(bundle), { recursive: true });
esbuild.buildSync({
  // COMMUNIQUE_CORE_ROOT: another checkout's core (a baseline run on the same articles).
  entryPoints: [path.join(process.env.COMMUNIQUE_CORE_ROOT ?? root, 'server', 'src', 'core', 'index.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: bundle,
  logLevel: 'warning',
});
const core = require(bundle);

const read = (file) => fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
const log = (s = '') => {
  if (!asJson) console.log(s);
};

/** The span of the nth (1-based) occurrence of `text` in `doc`, or null. */
function locate(doc, text, nth = 1) {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = doc.indexOf(text, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + text.length };
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const counted = (f) => f.severity !== 'hint';

/** Places a finding names: its own and its related ones. */
function places(uri, f) {
  return [{ uri, start: f.start, end: f.end }, ...f.related.map((r) => ({ uri: r.uri, start: r.start, end: r.end }))];
}

/**
 * Whether a finding is about both figures of a pair (each pair side is {uri, span, spans}). A side
 * is met by any place of its article that holds the same text as written (a figure an article
 * repeats in its title, lead and body is one claim, whichever repeat the analyst pointed at).
 */
function covers(uri, f, pair) {
  const [own, ...related] = places(uri, f);
  const at = (p, side) => p.uri === side.uri && side.spans.some((s) => overlaps(p, s));
  // One figure is the finding's own place, the other one of its related places (a finding on a
  // third figure that lists both is not about their pair).
  const ab = at(own, pair.a) && related.some((p) => at(p, pair.b));
  const ba = at(own, pair.b) && related.some((p) => at(p, pair.a));
  return (ab || ba) && (pair.a.uri !== pair.b.uri || pair.a.span.start !== pair.b.span.start);
}

/**
 * The articles present that share ten words in a row with the seed articles (../shared/corpus/seeds,
 * read where it exists): third-party wording of the seeds that must be reworded in the local copy, as
 * a manifest's `rewrittenAfterCollection` says (a rebuild from the addresses brings it back).
 */
function sharedWithSeeds(texts) {
  const seeds = path.resolve(root, '..', 'shared', 'corpus', 'seeds');
  if (!fs.existsSync(seeds)) return [];
  const words = (t) => t.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const runs = new Set();
  for (const f of fs.readdirSync(seeds)) {
    const file = path.join(seeds, f);
    if (!fs.statSync(file).isFile()) continue;
    const w = words(read(file));
    for (let i = 0; i + 10 <= w.length; i++) runs.add(w.slice(i, i + 10).join(' '));
  }
  const out = [];
  for (const [name, text] of texts) {
    const w = words(text);
    for (let i = 0; i + 10 <= w.length; i++) {
      if (runs.has(w.slice(i, i + 10).join(' '))) {
        out.push(name);
        break;
      }
    }
  }
  return out;
}

function evalReal() {
  const dir = path.join(root, 'eval', 'real');
  if (!fs.existsSync(dir)) return null;
  const manifests = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && (!only || only.split(',').some((o) => f.startsWith(o))) && !except.includes(f.replace(/\.json$/, '')))
    .sort()
    .map((f) => ({ file: f, ...JSON.parse(read(path.join(dir, f))) }))
    .filter((m) => !(typeof m.set === 'number' && m.set > untilSet));
  const texts = new Map();
  let missingArticles = 0;
  for (const m of manifests) {
    for (const a of m.articles) {
      const file = path.join(dir, 'articles', `${a.id}.txt`);
      if (fs.existsSync(file)) texts.set(`${a.id}.txt`, read(file));
      else missingArticles++;
    }
  }
  if (texts.size === 0) return { articles: 0, missingArticles };
  const seedCopies = sharedWithSeeds(texts);
  const ws = core.createWorkspace({ locale });
  for (const [uri, text] of texts) ws.set({ uri, text });
  const docs = ws.all();
  const byUri = new Map(docs.map((d) => [d.uri, d]));
  // An analysis that failed (the core keeps going and says so in `problems`) is counted and shown.
  const failed = docs.filter((d) => d.problems.some((p) => /internal error/.test(p)));
  for (const d of failed) console.error(`  ! ${d.uri}: ${d.problems.find((p) => /internal error/.test(p))}`);
  if (failed.length) process.exitCode = 1;
  const side = (s, problems) => {
    const uri = `${s.article}.txt`;
    const text = texts.get(uri);
    if (text === undefined) return null;
    const span = locate(text, s.text, s.occurrence ?? 1);
    if (!span) problems.push(`${uri}: "${s.text}" not found`);
    const spans = [];
    for (let k = 1, at = locate(text, s.text, 1); at; at = locate(text, s.text, ++k)) spans.push(at);
    // (And any repeat of the figure the text holds: `đạt 85 triệu USD` in the body is the title's
    // `… kỷ lục 85 triệu USD`.)
    const figures = span ? byUri.get(uri)?.figures ?? [] : [];
    for (const f of figures) {
      if (!(f.start < span.end && span.start < f.end)) continue;
      const own = text.slice(f.start, f.end);
      for (const g of figures) if (g !== f && text.slice(g.start, g.end) === own) spans.push({ start: g.start, end: g.end });
    }
    return span ? { uri, span, spans, text: s.text } : null;
  };
  const problems = [];
  const conflicts = [];
  const silent = [];
  for (const m of manifests) {
    for (const c of (m.conflicts ?? []).filter((x) => !firstGold || !x.addedAfterFirstRun)) {
      const a = side(c.a, problems);
      const b = side(c.b, problems);
      if (a && b) conflicts.push({ cluster: m.cluster, a, b, reason: c.reason });
    }
    for (const s of m.silent ?? []) {
      const a = side(s.a, problems);
      const b = side(s.b, problems);
      if (a && b) silent.push({ cluster: m.cluster, a, b, why: s.why });
    }
  }
  const findings = docs.flatMap((d) => d.findings.filter(counted).map((f) => ({ uri: d.uri, f })));
  const right = findings.filter(({ uri, f }) => conflicts.some((c) => covers(uri, f, c)));
  const wrong = findings.filter((x) => !right.includes(x));
  const reported = conflicts.filter((c) => findings.some(({ uri, f }) => covers(uri, f, c)));
  const lookalikes = silent.filter((s) => findings.some(({ uri, f }) => covers(uri, f, s)));
  const n = texts.size;
  const result = {
    articles: n,
    missingArticles,
    seedCopies,
    findings: findings.length,
    right: right.length,
    precision: findings.length ? right.length / findings.length : 1,
    conflicts: conflicts.length,
    reported: reported.length,
    recall: conflicts.length ? reported.length / conflicts.length : 1,
    warnings: findings.filter(({ f }) => f.severity === 'warning' || f.severity === 'error').length,
    falseWarnings: wrong.filter(({ f }) => f.severity === 'warning' || f.severity === 'error').length,
    falseWarningsPer100: (100 * wrong.filter(({ f }) => f.severity === 'warning' || f.severity === 'error').length) / n,
    silentPairs: silent.length,
    lookalikesFlagged: lookalikes.length,
    byCode: {},
  };
  for (const { f } of findings) {
    const k = `${f.code} ${f.severity}`;
    result.byCode[k] = (result.byCode[k] ?? 0) + 1;
  }
  if (!quiet) {
    for (const p of problems) log(`  ! ${p}`);
    if (showRight) {
      for (const { uri, f } of right) {
        const d = byUri.get(uri);
        log(`  ✓ ${f.severity} ${f.code} ${uri} "${d.text.slice(f.start, f.end)}": ${f.message}`);
      }
    }
    for (const { uri, f } of wrong) {
      const d = byUri.get(uri);
      log(`  ✗ ${f.severity} ${f.code} ${uri} "${d.text.slice(f.start, f.end)}": ${f.message}`);
    }
    for (const c of conflicts.filter((x) => !reported.includes(x))) {
      log(`  · missed ${c.a.uri} "${c.a.text}" vs ${c.b.uri} "${c.b.text}" (${c.reason})`);
    }
    for (const s of lookalikes) log(`  ✗ look-alike flagged: ${s.a.uri} "${s.a.text}" vs ${s.b.uri} "${s.b.text}" (${s.why})`);
  }
  return result;
}

function evalWritten() {
  const dir = path.join(root, 'test', 'fixtures', 'checks', 'corpus');
  let articles = 0;
  let expectedN = 0;
  let found = 0;
  let findingsN = 0;
  let rightN = 0;
  let falseWarnings = 0;
  for (const name of fs.readdirSync(dir).sort()) {
    const c = JSON.parse(read(path.join(dir, name, 'expected.json')));
    const files = fs.readdirSync(path.join(dir, name)).filter((f) => f.endsWith('.txt')).sort();
    const ws = core.createWorkspace({ locale: c.locale ?? 'en' });
    for (const f of files) ws.set({ uri: f, text: read(path.join(dir, name, f)) });
    const docs = ws.all();
    articles += files.length;
    const key = (file, code, at, sev) => `${file} ${code} "${at}" ${sev}`;
    const want = new Set(c.expected.map((e) => key(e.file, e.code, e.at, e.severity)));
    const got = docs.flatMap((d) => d.findings.filter((f) => c.codes.includes(f.code) && counted(f)).map((f) => ({ d, f, k: key(d.uri, f.code, d.text.slice(f.start, f.end), f.severity) })));
    expectedN += [...want].filter((k) => !/ hint$/.test(k)).length;
    findingsN += got.length;
    for (const g of got) {
      if (want.has(g.k)) rightN++;
      else {
        if (g.f.severity === 'warning' || g.f.severity === 'error') falseWarnings++;
        if (!quiet) log(`  ✗ ${name}: ${g.k}: ${g.f.message}`);
      }
    }
    for (const k of want) {
      if (/ hint$/.test(k)) continue;
      if (got.some((g) => g.k === k)) found++;
      else if (!quiet) log(`  · ${name}: missed ${k}`);
    }
  }
  return {
    articles,
    findings: findingsN,
    right: rightN,
    precision: findingsN ? rightN / findingsN : 1,
    expected: expectedN,
    found,
    recall: expectedN ? found / expectedN : 1,
    falseWarningsPer100: articles ? (100 * falseWarnings) / articles : 0,
  };
}

const pct = (x) => `${(100 * x).toFixed(0)}%`;
log('=== real articles (eval/real) ===');
const real = evalReal();
if (!real) log('no eval/real folder');
else if (real.articles === 0) log(`no article present (${real.missingArticles} listed): rebuild eval/real/articles/ from the manifests' addresses`);
else {
  log(
    `real: ${real.articles} articles${real.missingArticles ? ` (${real.missingArticles} listed but absent)` : ''}; ` +
      `${real.findings} findings, ${real.right} right (precision ${pct(real.precision)}); ` +
      `${real.reported}/${real.conflicts} conflicts reported (recall ${pct(real.recall)}); ` +
      `false warnings ${real.falseWarnings} (${real.falseWarningsPer100.toFixed(1)} per 100 articles); ` +
      `look-alikes flagged ${real.lookalikesFlagged}/${real.silentPairs}`,
  );
  log(`  by code: ${Object.entries(real.byCode).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  if (real.seedCopies.length) log(`  ${real.seedCopies.length} article${real.seedCopies.length === 1 ? '' : 's'} share${real.seedCopies.length === 1 ? 's' : ''} ten words with the seed articles; reword their local copies (rewrittenAfterCollection): ${real.seedCopies.join(', ')}`);
}
log('=== written corpora (test/fixtures/checks/corpus) ===');
const written = evalWritten();
log(
  `written: ${written.articles} articles; ${written.findings} findings, ${written.right} expected (precision ${pct(written.precision)}); ` +
    `${written.found}/${written.expected} expected found (recall ${pct(written.recall)}); ` +
    `false warnings ${written.falseWarningsPer100.toFixed(1)} per 100 articles`,
);
if (asJson) console.log(JSON.stringify({ real, written }, null, 2));
