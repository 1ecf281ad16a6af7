/**
 * Golden annotations of the seed articles (read from SEEDS at run time; never copied into the
 * repository) and of the articles written for these tests (test/fixtures/quantity/articles).
 * Each golden lists, per figure, its text, value, unit, kind, bound, qualifier, metric and period,
 * and per date its text, value and precision. `UPDATE_GOLDEN=1` rewrites the goldens; review the
 * diff by hand.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument, type DocumentAnalysis } from '../../../server/src/core/index';
import { FIXTURES, SEEDS, readText } from '../../support/paths';

const GOLDEN = path.join(FIXTURES, 'quantity', 'golden');
const ARTICLES = path.join(FIXTURES, 'quantity', 'articles');
const list = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : []);
const seeds = list(SEEDS);
const sources: { name: string; file: string; golden: string }[] = [
  ...seeds.map((name) => ({ name, file: path.join(SEEDS, name), golden: path.join(GOLDEN, name.replace(/\.txt$/, '.json')) })),
  ...list(ARTICLES).map((name) => ({
    name,
    file: path.join(ARTICLES, name),
    golden: path.join(GOLDEN, 'articles', name.replace(/\.txt$/, '.json')),
  })),
];

export function project(a: DocumentAnalysis) {
  return {
    referenceDate: a.referenceDate && { date: a.referenceDate.date, source: a.referenceDate.source },
    figures: a.figures.map((f) => ({
      text: f.text,
      value: f.value,
      unit: f.unit,
      kind: f.kind,
      bound: f.bound,
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      metric: f.metric,
      period: f.period,
      ...(f.change ? { change: { direction: f.change.direction, base: f.change.base ?? null } } : {}),
      ...(f.readings ? { readings: f.readings.map((r) => r.value) } : {}),
    })),
    dates: a.entities
      .filter((e) => e.type === 'date')
      .map((e) => ({ text: e.text, value: e.value, precision: e.precision, ...(e.resolvedFrom ? { resolved: true } : {}) })),
  };
}

describe('quantity: article goldens', () => {
  it('finds the seed articles and the test articles', () => {
    assert.ok(seeds.length >= 2, `no seeds in ${SEEDS}`);
    assert.ok(sources.length >= seeds.length + 3);
  });
  for (const { name, file, golden: goldenPath } of sources) {
    const text = readText(file);
    const actual = project(analyzeDocument({ uri: name, text }));

    it(`${name}: figures, dates and reference date match the golden`, () => {
      if (process.env.UPDATE_GOLDEN) {
        fs.mkdirSync(path.dirname(goldenPath), { recursive: true });
        fs.writeFileSync(goldenPath, JSON.stringify(actual, null, 2) + '\n');
      }
      const expected = JSON.parse(fs.readFileSync(goldenPath, 'utf8'));
      assert.deepStrictEqual(actual, expected);
    });

    it(`${name}: every span is the text it claims`, () => {
      const a = analyzeDocument({ uri: name, text });
      for (const f of a.figures) assert.strictEqual(text.slice(f.start, f.end), f.text);
      assert.ok(a.figures.length > 0);
    });

    for (const [variant, transform] of [
      ['NFD', (s: string) => s.normalize('NFD')],
      ['CRLF', (s: string) => s.replace(/\n/g, '\r\n')],
      ['NFD+CRLF', (s: string) => s.normalize('NFD').replace(/\n/g, '\r\n')],
    ] as const) {
      it(`${name}: the ${variant} variant gives the same figures and dates`, () => {
        const t2 = transform(text);
        const other = project(analyzeDocument({ uri: name, text: t2 }));
        const key = (x: { text: string; value: unknown }) => `${x.text.normalize('NFC')}=${JSON.stringify(x.value)}`;
        assert.deepStrictEqual(other.figures.map(key), actual.figures.map(key));
        assert.deepStrictEqual(other.dates.map(key), actual.dates.map(key));
        assert.deepStrictEqual(other.referenceDate, actual.referenceDate);
      });
    }
  }
});
