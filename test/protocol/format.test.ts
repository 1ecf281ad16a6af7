import * as assert from 'assert';
import { formatFigure } from '../../server/src/lsp/format';

// The display forms the hover, inlay hints and outline share (no server needed).
describe('display forms of figures', () => {
  const cases: [Parameters<typeof formatFigure>[0], 'en' | 'vi', string][] = [
    [{ value: 146_800_000, unit: 'USD', bound: 'approx', kind: 'money' }, 'en', '≈146,800,000 USD'],
    [{ value: 146_800_000, unit: 'USD', bound: 'approx', kind: 'money' }, 'vi', '≈146.800.000 USD'],
    [{ value: 2.5, unit: '%', bound: 'exact', kind: 'percent' }, 'vi', '2,5%'],
    [{ value: 3, unit: null, bound: 'exact', kind: 'multiple' }, 'en', '3×'],
    [{ value: 8, unit: 'year', bound: 'exact', kind: 'measure' }, 'en', '8 years'],
    [{ value: 1, unit: 'day', bound: 'exact', kind: 'measure' }, 'en', '1 day'],
    [{ value: 30, unit: 'year', bound: 'lower', kind: 'measure' }, 'vi', '≥30 năm'],
    [{ value: [2, 3], unit: 'month', bound: 'exact', kind: 'measure' }, 'en', '2–3 months'],
  ];
  for (const [figure, locale, expected] of cases) {
    it(`shows ${expected}`, () => assert.strictEqual(formatFigure(figure, locale), expected));
  }
});
