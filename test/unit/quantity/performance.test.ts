/**
 * The engine is one linear pass. These tests check growth rather than absolute speed (shared CI
 * machines are noisy): reading four times more text must take clearly less than sixteen times
 * longer (a quadratic step would), on a real-looking article and on inputs built to make a careless
 * matcher backtrack or rescan. The absolute bound on a 100k-character article is generous.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createTextModel } from '../../../server/src/core/text/textModel';
import { buildStructure } from '../../../server/src/core/text/structure';
import { extractQuantities } from '../../../server/src/core/quantity/index';
import { FIXTURES } from '../../support/paths';

function best(text: string, runs = 5): { ms: number; figures: number } {
  const model = createTextModel(text);
  const structure = buildStructure(model.norm, model.lower);
  let ms = Infinity;
  let figures = 0;
  for (let k = 0; k < runs; k++) {
    const t = process.hrtime.bigint();
    figures = extractQuantities({ model, language: 'vi', structure }).figures.length;
    ms = Math.min(ms, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { ms, figures };
}

function repeat(unit: string, length: number): string {
  let s = '';
  while (s.length < length) s += unit;
  return s;
}

describe('quantity: performance', function () {
  this.timeout(60_000);
  const dir = path.join(FIXTURES, 'quantity', 'articles');
  const body = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith('vi-'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');

  it('reads a 100k-character article within a generous bound', () => {
    best(body); // warm up the JIT
    const r = best(repeat(body + '\n', 100_000));
    assert.ok(r.figures > 500, `${r.figures} figures`);
    assert.ok(r.ms < 1500, `${r.ms.toFixed(1)} ms`);
  });

  const cases: [string, string][] = [
    ['articles', body + '\n'],
    ['separators and dashes', '1.2.3,4-5/6 '],
    ['qualifiers without a number', 'gần hơn khoảng '],
    ['scale words without a number', 'triệu tỷ nghìn '],
    ['one endless sentence of figures', 'năm 2020 đạt 5 tỷ USD, tăng 5% so với cùng kỳ, '],
    ['digits', '9'],
    ['dates', 'ngày 14/11, từ ngày 9 đến ngày 12-11, quý I/2024, '],
  ];
  for (const [name, unit] of cases) {
    it(`grows linearly on ${name}`, () => {
      best(repeat(unit, 10_000));
      const small = best(repeat(unit, 25_000));
      const large = best(repeat(unit, 100_000));
      // Timings of a few milliseconds are noise; only a slow and superlinear run fails.
      const ratio = large.ms / Math.max(small.ms, 1);
      assert.ok(large.ms < 250 || ratio < 12, `25k: ${small.ms.toFixed(1)} ms, 100k: ${large.ms.toFixed(1)} ms (×${ratio.toFixed(1)})`);
    });
  }
});
