/** Table-driven tests over the forms of forms.ts: each row asserts span, value, unit, bound, period. */
import * as assert from 'assert';
import { analyzeDocument, type DocumentAnalysis } from '../../../server/src/core/index';
import { offsetOf } from '../../support/paths';
import { ROWS, type Row } from './forms';
import { FAMILIES } from './families';

function analyze(input: string, ref?: string): { a: DocumentAnalysis; text: string } {
  const text = ref ? `% communique: date=${ref}\n${input}` : input;
  return { a: analyzeDocument({ uri: 'row.txt', text }), text };
}

describe('quantity: forms table', () => {
  it('has at least 150 forms', () => {
    assert.ok(ROWS.length >= 150, `${ROWS.length} rows`);
  });
  ROWS.forEach((row, n) => {
    it(label(row, n), () => checkRow(row));
  });
});

/** The families of issue #12 (families.ts): one table per family, each row checked as above. */
for (const [family, rows] of Object.entries(FAMILIES)) {
  describe(`quantity: ${family}`, () => {
    rows.forEach((row, n) => {
      it(label(row, n), () => checkRow(row));
    });
  });
}

function label(row: Row, n: number): string {
  return `#${n} ${row.type} ${row.input}${'span' in row ? ` → ${row.span}` : ''}`;
}

function checkRow(row: Row): void {
  if (row.type === 'F') {
    const { a, text } = analyze(row.input, row.ref);
    const at = offsetOf(text, row.span, row.nth ?? 0);
    const f = a.figures.find((x) => x.start === at && x.end === at + row.span.length);
    const seen = a.figures.map((x) => `"${x.text}"`).join(', ');
    assert.ok(f, `no figure "${row.span}"; found ${seen || 'none'}`);
    assert.deepStrictEqual(f.value, row.value, 'value');
    assert.strictEqual(f.unit, row.unit, 'unit');
    assert.strictEqual(f.bound, row.bound, 'bound');
    if (row.period !== undefined) assert.strictEqual(f.period, row.period, 'period');
    if (row.kind) assert.strictEqual(f.kind, row.kind, 'kind');
    if (row.metric !== undefined) assert.strictEqual(f.metric, row.metric, 'metric');
    if (row.qualifier) assert.strictEqual(f.qualifier, row.qualifier, 'qualifier');
    if (row.change) {
      assert.ok(f.change, 'change');
      assert.strictEqual(f.change.direction, row.change.direction, 'change direction');
      if (row.change.base !== undefined) assert.strictEqual(f.change.base ?? null, row.change.base, 'change base');
    }
    if (row.readings) assert.deepStrictEqual(f.readings?.map((r) => r.value), row.readings, 'readings');
    else assert.strictEqual(f.readings, undefined, 'no readings');
  } else if (row.type === 'D') {
    const { a, text } = analyze(row.input, row.ref);
    const at = offsetOf(text, row.span);
    const d = a.entities.find((x) => x.type === 'date' && x.start === at && x.end === at + row.span.length);
    const seen = a.entities.filter((x) => x.type === 'date').map((x) => `"${x.text}"=${x.value}`).join(', ');
    assert.ok(d, `no date "${row.span}"; found ${seen || 'none'}`);
    assert.strictEqual(d.value, row.value, 'value');
    assert.strictEqual(d.precision, row.precision, 'precision');
    assert.strictEqual(d.entityId, `date:${row.value}`);
    assert.strictEqual(a.figures.filter((f) => f.start < at + row.span.length && f.end > at).length, 0, 'a date is not a figure');
  } else if (row.type === 'ND') {
    const { a, text } = analyze(row.input, '2024-03-14');
    const at = offsetOf(text, row.span);
    const hit = a.entities.filter((e) => e.type === 'date' && e.start < at + row.span.length && e.end > at);
    assert.deepStrictEqual(hit.map((e) => e.text), []);
  } else if (row.type === 'N') {
    const { a, text } = analyze(row.input);
    const at = offsetOf(text, row.span);
    const hit = a.figures.filter((f) => f.start < at + row.span.length && f.end > at);
    assert.deepStrictEqual(hit.map((f) => f.text), []);
  } else {
    const { a } = analyze(row.input);
    assert.strictEqual(a.referenceDate?.date ?? null, row.date);
    if (row.source) assert.strictEqual(a.referenceDate?.source, row.source);
  }
}
