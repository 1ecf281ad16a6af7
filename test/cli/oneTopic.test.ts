/**
 * Hostile input (issue #15): 5,000 articles on one topic — one dispatch republished by many
 * outlets with small variations of its figures (test/support/oneTopic.ts), so that one figure is
 * reported by thousands of articles and a few copies contradict all the rest. `communique check
 * --format json` on it once ran out of memory (2,000 articles) or took 4.2 GB (5,000).
 *
 * What is asserted: the run ends with its usual exit code and no internal error; every planted
 * contradiction is found; the JSON is whole (each finding parses, the summary counts them); each
 * finding carries at most MAX_RELATED related locations; and two costs stay under bounds — the
 * output's size per article and the peak resident set (worker threads included), measured around
 * the CLI by test/support/peakRss.cjs.
 *
 * The bounds are where the engine is today with some room, not yet the targets (issue #14: under
 * 500 MB): measured on 2 cores, 1.7 GB peak and 83 KB of JSON per article in about 60 s. What
 * keeps them there is in the checks: `date.mismatch` lists every other article in a finding's
 * detail and data, and `figure.arithmetic` every base value in its data, so the output still grows
 * faster than the corpus. Lower the bounds as that is fixed.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as readline from 'readline';
import { MAX_RELATED } from '../../server/src/core/index';
import { writeOneTopicCorpus, type OneTopicCorpus } from '../support/oneTopic';
import { ROOT } from '../support/paths';

const CLI = path.join(ROOT, 'bin', 'communique.js');
const PEAK_RSS = path.join(ROOT, 'test', 'support', 'peakRss.cjs');

const ARTICLES = 5000;
/** The most JSON one article may cost (today's 83 KB with room; see above). */
const OUTPUT_BYTES_PER_ARTICLE = 100 * 1024;
/** The most resident memory the run may take (today's 1.7 GB with room; the target is 500 MB). */
const PEAK_RSS_MB = 2048;

interface JsonFinding {
  path: string;
  code: string;
  severity: string;
  message: string;
  start: number;
  end: number;
  related: { path: string; start: number; end: number }[];
}

/**
 * Reads `check --format json` a finding at a time (the file is hundreds of megabytes; parsed
 * whole, it would cost this process gigabytes): each finding is the text between a line `    {`
 * and a line `    }` of the two-space layout, and must parse on its own; the rest is the frame.
 */
async function readCheckJson(file: string, each: (f: JsonFinding) => void): Promise<{ version: number; summary: Record<string, unknown>; findings: number }> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const frame: string[] = [];
  let finding: string[] | null = null;
  let findings = 0;
  for await (const line of lines) {
    if (finding) {
      if (line === '    }' || line === '    },') {
        finding.push('}');
        each(JSON.parse(finding.join('\n')) as JsonFinding);
        findings++;
        finding = null;
      } else finding.push(line);
    } else if (line === '    {') finding = ['{'];
    else frame.push(line);
  }
  assert.strictEqual(finding, null, 'the output ends inside a finding');
  const parsed = JSON.parse(frame.join('\n')) as { version: number; findings: unknown[]; summary: Record<string, unknown> };
  assert.deepStrictEqual(parsed.findings, [], 'nothing but findings in the list');
  return { version: parsed.version, summary: parsed.summary, findings };
}

describe('hostile input: 5,000 articles on one topic, checked by the CLI', function () {
  let dir: string;
  let corpus: OneTopicCorpus;
  before(function () {
    this.timeout(120000);
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(b.status, 0, b.stderr);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-one-topic-'));
    corpus = writeOneTopicCorpus(path.join(dir, 'corpus'), ARTICLES);
  });
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('check --format json ends, finds every planted contradiction, and stays within its output and memory bounds', async function () {
    this.timeout(300000);
    const outFile = path.join(dir, 'check.json');
    const rssFile = path.join(dir, 'rss.txt');
    const out = fs.openSync(outFile, 'w');
    const started = Date.now();
    const r = spawnSync(process.execPath, [PEAK_RSS, rssFile, CLI, 'check', '--format', 'json', 'corpus'], {
      cwd: dir,
      stdio: ['ignore', out, 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C' },
      timeout: 280000,
    });
    fs.closeSync(out);
    const seconds = (Date.now() - started) / 1000;
    assert.strictEqual(r.signal, null, `ended by ${r.signal} after ${seconds} s: ${r.stderr}`);
    assert.doesNotMatch(r.stderr, /internal error|\n\s+at /, r.stderr);
    assert.strictEqual(r.status, 1, `exit 1: the corpus holds contradictions (stderr: ${r.stderr})`);

    const bytes = fs.statSync(outFile).size;
    const peakMb = Number(fs.readFileSync(rssFile, 'utf8')) / 2 ** 20;
    // Said on every run, for the record of how far from the targets it is.
    console.log(`      ${ARTICLES} articles (${(corpus.characters / 1e6).toFixed(1)} M characters): ${seconds.toFixed(0)} s, peak ${peakMb.toFixed(0)} MB, ${(bytes / 2 ** 20).toFixed(0)} MB of JSON`);
    assert.ok(bytes <= ARTICLES * OUTPUT_BYTES_PER_ARTICLE, `${bytes} bytes of JSON: more than ${OUTPUT_BYTES_PER_ARTICLE} an article`);
    assert.ok(peakMb > 0 && peakMb <= PEAK_RSS_MB, `peak resident set ${peakMb.toFixed(0)} MB (bound ${PEAK_RSS_MB} MB)`);

    // The planted contradictions, where each copy writes them.
    const texts = new Map(corpus.articles.map((a) => [path.join('corpus', a.name), a.text]));
    const planted = new Map<string, { needle: string; codes: string[] }[]>();
    for (const [p, text] of texts) {
      const wants: { needle: string; codes: string[] }[] = [];
      if (text.includes('đạt 468 triệu USD')) wants.push({ needle: '468 triệu USD', codes: ['figure.mismatch'] });
      if (text.includes('4,86 tỷ USD')) wants.push({ needle: '4,86 tỷ USD', codes: ['figure.mismatch'] });
      if (text.includes('14/11/1993')) wants.push({ needle: '14/11/1993', codes: ['date.mismatch'] });
      // A wrong change is against its own endpoints (arithmetic) or against the other copies' change (mismatch).
      if (text.includes('giảm 9%')) wants.push({ needle: '9%', codes: ['figure.arithmetic', 'figure.mismatch'] });
      if (wants.length) planted.set(p, wants);
    }
    assert.strictEqual([...planted.values()].flat().length, Object.values(corpus.wrong).reduce((a, b) => a + b, 0), 'every planted slip is in the texts');
    const found = new Set<string>();
    const byCode: Record<string, number> = {};
    const { version, summary, findings } = await readCheckJson(outFile, (f) => {
      byCode[f.code] = (byCode[f.code] ?? 0) + 1;
      const text = texts.get(f.path);
      assert.ok(text !== undefined, `a finding on ${f.path}, not an article of the corpus`);
      assert.ok(f.related.length <= MAX_RELATED, `${f.code} on ${f.path} carries ${f.related.length} related locations`);
      for (const r of f.related) assert.ok(texts.has(r.path), `related location in ${r.path}`);
      const span = text.slice(f.start, f.end);
      for (const w of planted.get(f.path) ?? []) if (w.codes.includes(f.code) && span.includes(w.needle)) found.add(`${f.path}|${w.needle}`);
    });
    assert.strictEqual(version, 1);
    assert.strictEqual(summary.files, ARTICLES);
    assert.strictEqual(summary.findings, findings);
    assert.deepStrictEqual(summary.byCode, byCode);
    const missed = [...planted].flatMap(([p, wants]) => wants.filter((w) => !found.has(`${p}|${w.needle}`)).map((w) => `${p}: ${w.needle}`));
    assert.deepStrictEqual(missed, [], 'planted contradictions without a finding');
  });
});
