/**
 * What a written figure allows its true value to be. `gần 290` allows a little under 290, `289,6`
 * allows 289,55–289,65, `hơn 79%` allows 79% and somewhat more. Two readings are kept:
 *
 * - `strict`: every written digit is significant and qualifiers are read narrowly;
 * - `lenient`: trailing zeros of a whole number are rounding (`600` may be 550–650) and qualifiers
 *   are read generously.
 *
 * Checks warn only when figures disagree under the lenient reading, and say less (information)
 * when they disagree only under the strict one. A figure that is consistent under the lenient
 * reading is never reported.
 */
import type { Figure } from '../types';

export type Reading = 'strict' | 'lenient';
export type Interval = [number, number];

const NEAR = new Set(['gần', 'nearly', 'almost', 'gần như', 'close to', 'just under', 'gan', 'suýt', 'neared', 'nearing', 'approached', 'approaching']);

/** The significant digits of the number as written in the figure's text. */
function writtenDigits(text: string): { all: number; trimmed: number } | null {
  const m = /\d(?:[\d.,\s\u00a0\u202f]*\d)?/.exec(text);
  if (!m) return null;
  const token = m[0].replace(/[\s\u00a0\u202f]/g, '');
  const digits = token.replace(/[.,]/g, '').replace(/^0+/, '');
  if (!digits) return { all: 1, trimmed: 1 };
  // A whole number's trailing zeros may be rounding; digits after a decimal mark are significant.
  const lastSep = Math.max(token.lastIndexOf(','), token.lastIndexOf('.'));
  const decimals = lastSep >= 0 && token.length - lastSep - 1 !== 3 ? token.length - lastSep - 1 : 0;
  let trimmed = digits.length;
  if (decimals === 0) trimmed = Math.max(1, digits.replace(/0+$/, '').length);
  return { all: digits.length, trimmed };
}

/** Whether the figure's number is written without decimals (`123`, `4.743`, not `123,86`). */
function wholeNumber(text: string): boolean {
  const m = /\d(?:[\d.,\s\u00a0\u202f]*\d)?/.exec(text);
  if (!m) return false;
  const token = m[0].replace(/[\s\u00a0\u202f]/g, '');
  const lastSep = Math.max(token.lastIndexOf(','), token.lastIndexOf('.'));
  return lastSep < 0 || token.length - lastSep - 1 === 3;
}

/** Half a unit of the last significant written digit of `value`. */
export function roundingSlack(f: Pick<Figure, 'text'>, value: number, reading: Reading): number {
  if (value === 0) return 0;
  const d = writtenDigits(f.text);
  const magnitude = Math.floor(Math.log10(Math.abs(value)) + 1e-9);
  const strictSlack = 10 ** (magnitude - (d ? d.all : 3) + 1) / 2;
  if (reading === 'strict') return strictSlack;
  // Round numbers are rounded to two or three digits, rarely more: `600` may be 570–630, not 550–650.
  const trimmed = 10 ** (magnitude - (d ? d.trimmed : 3) + 1) / 2;
  return Math.max(strictSlack, Math.min(trimmed, Math.abs(value) * 0.05));
}

const plausibleCache: Record<Reading, WeakMap<object, Interval>> = { strict: new WeakMap(), lenient: new WeakMap() };

/** The interval of true values the figure allows under a reading (computed once per figure). */
export function plausible(f: Pick<Figure, 'text' | 'value' | 'bound' | 'qualifier'>, reading: Reading): Interval {
  const cache = plausibleCache[reading];
  let r = cache.get(f);
  if (!r) {
    r = computePlausible(f, reading);
    cache.set(f, r);
  }
  return r;
}

function computePlausible(f: Pick<Figure, 'text' | 'value' | 'bound' | 'qualifier'>, reading: Reading): Interval {
  const [lo0, hi0] = Array.isArray(f.value) ? f.value : [f.value, f.value];
  const slackLo = roundingSlack(f, lo0, reading);
  const slackHi = roundingSlack(f, hi0, reading);
  const strict = reading === 'strict';
  // A qualifier's own edge (`hơn 500` is above 500) moves only by the last written digit.
  // (A fifth of the last digit: `trên 11 tỷ` may be a rounded 10,9, not 10,57.)
  // (At most 2% of the number: `hơn 1 tỷ` is not 920 triệu.)
  const edgeLo = strict ? 0 : Math.min(roundingSlack(f, lo0, 'strict') / 5, Math.abs(lo0) * 0.02);
  const edgeHi = strict ? 0 : Math.min(roundingSlack(f, hi0, 'strict') / 5, Math.abs(hi0) * 0.02);
  const q = (f.qualifier ?? '').toLowerCase().trim();
  switch (f.bound) {
    case 'exact':
      // Writers truncate as often as they round (`123 tỷ USD` for 123,86): leniently, a whole
      // number may stand for anything up to its next unit
      // (Three significant digits or more: `3 tỷ` is a rounding, `123 tỷ` may be a truncation.)
      // Decimals are cut as well (`3,3 tỷ USD` for 3,36).
      const digits = writtenDigits(f.text);
      // (So are rates: `tăng 24%` for 24,9%.)
      const rate = /%|percent|per cent|phần trăm/i.test(f.text);
      const truncated = !strict && (wholeNumber(f.text) ? (digits?.trimmed ?? 0) >= (rate ? 2 : 3) : (digits?.all ?? 0) >= 2);
      return [lo0 - slackLo, hi0 + (truncated ? Math.max(slackHi, 2 * roundingSlack(f, hi0, 'strict')) : slackHi)];
    case 'approx': {
      // `khoảng 4 tỷ` is loose; `approximately 171.2 billion` gives four digits and means them.
      // (A range already says how unsure it is: `khoảng 6,5 - 6,6 tỷ` is not 5,9 to 7,3.)
      const digits = writtenDigits(f.text)?.trimmed ?? 2;
      const lenient = Array.isArray(f.value) ? 0.02 : digits >= 4 ? 0.002 : digits === 3 ? 0.02 : 0.1;
      const r = strict ? Math.min(0.03, lenient) : lenient;
      return [Math.min(lo0 - slackLo, lo0 * (1 - r)), Math.max(hi0 + slackHi, hi0 * (1 + r))];
    }
    case 'upper':
      // `gần 290` is a little under 290, `gần 3` may be 2,6: the more digits, the nearer.
      if (NEAR.has(q)) {
        const digits = writtenDigits(f.text)?.trimmed ?? 2;
        // (`nearly 700` for 705: one significant digit with `nearly` is loosely written, up to 1% over;
        // `neared 810` is not 813,5.)
        const over = !strict && digits <= 1 ? Math.max(edgeHi, hi0 * 0.01) : edgeHi;
        // (Two significant digits: less than one unit of the last one under, `gần 550` is above 540,
        // `gần 1,6` above 1,5 — and never looser than 10%.)
        const unit = digits === 2 ? 10 ** (Math.floor(Math.log10(Math.abs(hi0)) + 1e-9) - 1) : 0;
        const lo = strict ? hi0 * 0.95 : digits >= 3 ? hi0 * 0.99 : digits === 2 ? Math.max(hi0 * 0.9, hi0 - unit) : hi0 * 0.9;
        return [lo, hi0 + over];
      }
      return [strict ? hi0 * 0.8 : 0, hi0 + edgeHi];
    case 'lower': {
      // `hơn 4 tỷ` may be well over 4; `hơn 32,7 tỷ` is a little over 32,7: the more digits the
      // writer gives, the closer the value is to them.
      const digits = writtenDigits(f.text)?.trimmed ?? 2;
      const r = strict ? 1.25 : digits >= 4 ? 1.02 : digits === 3 ? 1.06 : digits === 2 ? 1.3 : 2;
      return [lo0 - edgeLo, lo0 * r + slackLo];
    }
  }
}

/** A change's interval with its direction's sign: `giảm 28%` is about [−28,5, −27,5] leniently. */
export function signedPlausible(f: Pick<Figure, 'text' | 'value' | 'bound' | 'qualifier' | 'change'>, reading: Reading): Interval {
  const [lo, hi] = plausible(f, reading);
  return f.change?.direction === 'down' ? [-hi, -lo] : [lo, hi];
}

export function disjoint(a: Interval, b: Interval): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(a[0]), Math.abs(b[0]));
  return a[1] < b[0] - eps || b[1] < a[0] - eps;
}

/** The percentage change from a base interval to an end interval. */
export function changeInterval(base: Interval, end: Interval): Interval | null {
  if (base[0] <= 0) return null;
  return [(end[0] / base[1] - 1) * 100, (end[1] / base[0] - 1) * 100];
}

/** The ratio end/base. */
export function ratioInterval(base: Interval, end: Interval): Interval | null {
  if (base[0] <= 0) return null;
  return [end[0] / base[1], end[1] / base[0]];
}

/** The middle of a figure's value: itself, or the middle of a range (`6,5 - 6,6 tỷ`). */
export function midValue(v: number | [number, number]): number {
  return Array.isArray(v) ? (v[0] + v[1]) / 2 : v;
}
