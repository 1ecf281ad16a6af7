/**
 * The normalized renderings in messages (numbers, amounts, periods) and the plausible intervals
 * the checks compare, as tables.
 */
import * as assert from 'assert';
import { formatAmount, formatNumber, formatPeriod } from '../../../server/src/core/messages/format';
import { disjoint, plausible } from '../../../server/src/core/claims/bounds';
import { parsePeriod } from '../../../server/src/core/claims/period';
import type { Bound } from '../../../server/src/core/types';

describe('message formats', () => {
  const periods: [string, string, string][] = [
    ['2023', '2023', '2023'],
    ['2023-01/2023-03', 'Q1 2023', 'quý I/2023'],
    ['2023-10/2023-12', 'Q4 2023', 'quý IV/2023'],
    ['2024-01/2024-06', 'H1 2024', '6 tháng đầu năm 2024'],
    ['2024-01/2024-09', 'Jan–Sep 2024', '9 tháng đầu năm 2024'],
    ['2016/2022', '2016–2022', 'giai đoạn 2016–2022'],
    ['2023-04', 'Apr 2023', 'tháng 4/2023'],
    ['1994-11-14', '14 Nov 1994', '14/11/1994'],
    ['2023-04-17/2023-04-21', '17–21 Apr 2023', '17–21/4/2023'],
    ['2023-01/2023-12', '2023', '2023'],
  ];
  for (const [iso, en, vi] of periods) {
    it(`period ${iso} → "${en}" / "${vi}"`, () => {
      assert.deepStrictEqual([formatPeriod(iso, 'en'), formatPeriod(iso, 'vi')], [en, vi]);
    });
  }

  const amounts: [number, string | null, string, string][] = [
    [600e6, 'USD', '600 million USD', '600 triệu USD'],
    [1.24e9, 'USD', '1.24 billion USD', '1,24 tỷ USD'],
    [146.8e6, 'USD', '146.8 million USD', '146,8 triệu USD'],
    // (A Vietnamese counted noun in an English message is quoted as the text's word.)
    [4743, 'trường học', '4,743 `trường học`', '4.743 trường học'],
    [4743, 'schools', '4,743 schools', '4.743 schools'],
    [2.5, '%', '2.5%', '2,5%'],
  ];
  for (const [v, unit, en, vi] of amounts) {
    it(`amount ${v} ${unit} → "${en}" / "${vi}"`, () => {
      const kind = unit === '%' ? 'percent' : unit === 'USD' ? 'money' : 'count';
      assert.deepStrictEqual([formatAmount(v, unit, kind, 'en'), formatAmount(v, unit, kind, 'vi')], [en, vi]);
    });
  }

  it('numbers: decimal comma and thousands dot in Vietnamese', () => {
    assert.deepStrictEqual([formatNumber(1234567.8, 'vi'), formatNumber(1234567.8, 'en')], ['1.234.567,8', '1,234,567.8']);
  });

  it('periods: kinds and lengths', () => {
    const got = ['2023', '2023-01/2023-03', '2016/2022', '2024-01/2024-09', '2023-04-17'].map((p) => {
      const x = parsePeriod(p)!;
      return `${x.kind}:${x.months}`;
    });
    assert.deepStrictEqual(got, ['year:12', 'quarter:3', 'years:84', 'months:9', 'day:0']);
    assert.strictEqual(parsePeriod('not a period'), null);
  });
});

describe('plausible values', () => {
  // [text, value, bound, qualifier, text2, value2, bound2, qualifier2, agree under the lenient reading]
  const pairs: [string, number, Bound, string | undefined, string, number, Bound, string | undefined, boolean][] = [
    ['gần 290', 290, 'upper', 'gần', '289,6', 289.6, 'exact', undefined, true],
    ['1,24', 1.24, 'exact', undefined, '1.240', 1.24, 'exact', undefined, true],
    ['600', 600, 'exact', undefined, '486', 486, 'exact', undefined, false],
    ['khoảng 500', 500, 'approx', 'khoảng', '486', 486, 'exact', undefined, true],
    ['hơn 480', 480, 'lower', 'hơn', '486', 486, 'exact', undefined, true],
    ['hơn 500', 500, 'lower', 'hơn', '486', 486, 'exact', undefined, false],
    ['146,8', 146.8, 'exact', undefined, '164,8', 164.8, 'exact', undefined, false],
    ['600', 600, 'exact', undefined, '620', 620, 'exact', undefined, true],
  ];
  for (const [t1, v1, b1, q1, t2, v2, b2, q2, agree] of pairs) {
    it(`${t1} and ${t2} ${agree ? 'agree' : 'disagree'}`, () => {
      const a = plausible({ text: t1, value: v1, bound: b1, qualifier: q1 }, 'lenient');
      const b = plausible({ text: t2, value: v2, bound: b2, qualifier: q2 }, 'lenient');
      assert.strictEqual(!disjoint(a, b), agree, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    });
  }
});
