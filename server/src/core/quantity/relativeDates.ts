/**
 * Dates the core date reader (dates.ts) does not know, read at a token when it finds none:
 *
 * - **relative days and periods**, resolved against the reference date: `hôm nay`, `hôm qua`, `hôm
 *   kia`, `ngày mai`, `ngày kia`, `today`, `yesterday`, `tomorrow`; `tuần này/trước/tới/sau/qua`,
 *   `this/last/next week`, `tháng này/tới/sau`, `this/next month`, `quý này/tới/trước`, `this/next/last
 *   quarter`; `3 ngày tới`, `2 tuần qua`, `the next 3 days`, `the past two weeks` (intervals); `3 ngày
 *   nữa`, `2 tuần trước`, `3 days ago`, `in 3 days' time`, `two weeks from now` (days); `sáng nay`, `tối
 *   qua`, `tonight`, `last night`; `cuối tuần (này/trước/tới)`, `this/last/next weekend`;
 * - **weekdays**: `thứ Hai`, `thứ 2`, `Chủ nhật`, `Monday`: the nearest such day, at most three days
 *   before or after the reference date (news tells the days around it); with `tuần này/trước/tới`,
 *   `this`: the day of the reference date's week (Monday to Sunday), of the week before or after;
 *   `last Monday` is the latest Monday before the reference date, `next Monday` the first after it. A
 *   weekday followed by its date (`thứ Hai (18/3)`, `Monday, March 18`) leaves the date to speak;
 *   `thứ hai` in lower case with nothing of time around it is an ordinal (`lớn thứ hai`);
 * - **spelled dates**: `mồng 3 tháng 3`, `ngày 7 tháng Ba`, `tháng Sáu (năm 2024)`, `tháng Mười Một`;
 * - **short numeric dates**: `3/3/17` (a two-digit year), `9/1973` (a month and year), `2024/03/14`;
 * - **spans**: `từ (ngày) 1/1 đến 31/3/2024`, `từ tháng 1 đến tháng 3/2024`, `from January to March
 *   2024` (the start takes the end's year), `2023/24` (a season across two years), `the 1990s`;
 * - **English ordinal days** (`the 14th of March`, `14th March 2024`) and fiscal years (`FY2024`).
 *
 * Every form is a fixed number of tokens, so reading stays linear.
 */
import type { Token } from './tokens';
import type { RawDate } from './dates';

/** A date relative to the reference date. */
export interface RelativeDate {
  unit: 'day' | 'week' | 'month' | 'quarter' | 'weekend' | 'weekday' | 'days' | 'weeks' | 'years';
  /** Offset in units (days, weeks, months, quarters) from the reference date's. */
  offset: number;
  /** `weekday`: 1 (Monday) to 7 (Sunday); `mode` says which one. */
  weekday?: number;
  mode?: 'week' | 'last' | 'next' | 'nearest';
  /** `days`: the interval's length in days, after (positive) or before (negative) the reference day. */
  span?: number;
}

const w = (tokens: Token[], i: number, s: string) => tokens[i]?.type === 'word' && tokens[i].text === s;
const cap = (norm: string, t: Token | undefined) => !!t && t.type === 'word' && norm[t.start] !== norm[t.start].toLowerCase();

const SMALL: Record<string, number> = {
  một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
/**
 * Weekday and month names from CLDR through `Intl.DateTimeFormat` (`weekday: 'long'`, `month: 'long'`):
 * English `Monday` … `Sunday`, `January` … `December`; Vietnamese `Thứ Hai` … `Thứ Bảy` (the word after
 * `thứ`) and `Chủ Nhật`. Typed: the digit forms `thứ 2` … `thứ 7`, which CLDR does not write.
 */
function dateNames(loc: string, part: 'weekday' | 'month'): string[] {
  try {
    const f = new Intl.DateTimeFormat(loc, { [part]: 'long', timeZone: 'UTC' });
    // 2024-01-01 is a Monday.
    return Array.from({ length: part === 'weekday' ? 7 : 12 }, (_, k) => f.format(part === 'weekday' ? new Date(Date.UTC(2024, 0, 1 + k)) : new Date(Date.UTC(2024, k, 1))).toLowerCase());
  } catch {
    return [];
  }
}
const VI_WEEKDAYS: Record<string, number> = { '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6 };
dateNames('vi', 'weekday').forEach((n, k) => {
  const m = /^thứ (\S+)$/.exec(n);
  if (m && k < 6) VI_WEEKDAYS[m[1]] = k + 1;
});
export const EN_WEEKDAYS: Record<string, number> = Object.fromEntries(dateNames('en', 'weekday').map((n, k) => [n, k + 1]));
const VI_MONTH_WORDS: Record<string, number> = { giêng: 1, hai: 2, ba: 3, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
/** Words around `thứ hai` that make it a day (`vào thứ hai`, `sáng thứ hai`). */
const WEEKDAY_BEFORE = new Set(['vào', 'hôm', 'ngày', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'từ', 'đến', 'tới', 'các', 'mỗi', 'hằng', 'hàng', 'trước', 'sau', 'khuya']);
const DAY_PARTS_VI = new Set(['sáng', 'trưa', 'chiều', 'tối', 'đêm']);
const UNIT_VI: Record<string, RelativeDate['unit']> = { tuần: 'week', tháng: 'month', quý: 'quarter' };
const UNIT_EN: Record<string, RelativeDate['unit']> = { week: 'week', month: 'month', quarter: 'quarter' };
const DAYS_VI: Record<string, 'day' | 'week' | 'month'> = { ngày: 'day', tuần: 'week', tháng: 'month' };
const DAYS_EN: Record<string, 'day' | 'week' | 'month' | 'year'> = { days: 'day', weeks: 'week', months: 'month', day: 'day', week: 'week', month: 'month', years: 'year' };

function rel(t0: number, t1: number, r: RelativeDate, precision: RawDate['precision']): RawDate {
  return { t0, t1, a: {}, precision, relative: r };
}

function intAt(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.type === 'num' && /^\d{1,2}$/.test(t.text)) return Number(t.text);
  if (t.type === 'word' && SMALL[t.text] !== undefined) return SMALL[t.text];
  return null;
}

/** A date follows (`thứ Hai (18/3)`, `thứ Hai, ngày 18/3`, `Monday, March 18`): the weekday names it. */
function dateFollows(tokens: Token[], k: number): boolean {
  let j = k;
  if (tokens[j]?.text === ',' || tokens[j]?.text === '(') j++;
  if (w(tokens, j, 'ngày') || w(tokens, j, 'mồng') || w(tokens, j, 'mùng')) return true;
  const t = tokens[j];
  if (t && t.type === 'num' && tokens[j + 1]?.text === '/' ) return true;
  return !!t && t.type === 'word' && EN_MONTHS[t.text] !== undefined && tokens[j + 1]?.type === 'num';
}

/** `tuần trước`, `tuần tới`, `last week` after a weekday: which week. */
function weekAfter(tokens: Token[], k: number): { offset: number; end: number } | null {
  if (w(tokens, k, 'tuần')) {
    const n = tokens[k + 1]?.text;
    if (n === 'trước' || n === 'qua') return { offset: -1, end: k + 2 };
    if (n === 'tới' || n === 'sau') return { offset: 1, end: k + 2 };
    if (n === 'này') return { offset: 0, end: k + 2 };
  }
  // `Wednesday next week`, `Monday of this week`, `Friday of last week`.
  const j = w(tokens, k, 'of') ? k + 1 : k;
  if (w(tokens, j + 1, 'week')) {
    const n = tokens[j]?.text;
    if (n === 'next' || n === 'following') return { offset: 1, end: j + 2 };
    if (n === 'this') return { offset: 0, end: j + 2 };
    if (n === 'last' || n === 'previous') return { offset: -1, end: j + 2 };
  }
  return null;
}

/** Words before `thứ` that make it an ordinal (`lớn thứ hai`, `đứng thứ ba`, `lần thứ 2`). */
const ORDINAL_BEFORE = new Set(['lớn', 'đứng', 'xếp', 'hạng', 'trí', 'lần', 'khóa', 'khoá', 'kỳ', 'nhất', 'cao', 'thấp', 'nhiều']);

/** `tới`, `sắp tới` (the coming one), `vừa rồi`, `vừa qua` (the last one) after a weekday. */
function weekdayDirection(tokens: Token[], k: number): { mode: 'next' | 'last'; end: number } | null {
  const t = tokens[k];
  if (!t || t.type !== 'word' || t.nl) return null;
  if (t.text === 'tới' && !['nay', 'đây', 'khi'].includes(tokens[k + 1]?.text ?? '')) return { mode: 'next', end: k + 1 };
  if (t.text === 'sắp' && w(tokens, k + 1, 'tới')) return { mode: 'next', end: k + 2 };
  if (t.text === 'vừa' && (w(tokens, k + 1, 'rồi') || w(tokens, k + 1, 'qua'))) return { mode: 'last', end: k + 2 };
  return null;
}

function twoDigitYear(yy: number): number {
  return yy <= 50 ? 2000 + yy : 1900 + yy;
}

const EN_MONTHS: Record<string, number> = Object.fromEntries(dateNames('en', 'month').map((n, k) => [n, k + 1]));
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
const isYearText = (s: string | undefined) => !!s && /^(19|20)\d\d$/.test(s);

/** Words a form of this module can start with; any other word is skipped at once. */
const START = new Set([
  'từ', 'from', 'between', 'fy', 'fiscal', 'tài', 'hôm', 'ngày', 'mồng', 'mùng', 'tháng', 'tuần', 'quý', 'cuối', 'weekend', 'thứ', 'chủ',
  'today', 'yesterday', 'tomorrow', 'tonight', 'the', 'this', 'last', 'next', 'previous', 'coming', 'past', 'current', 'following',
  ...DAY_PARTS_VI, ...Object.keys(SMALL), ...Object.keys(EN_WEEKDAYS),
]);

/**
 * Reads a relative, weekday, spelled or short numeric date at token i, or null. `sub` reads a date
 * of dates.ts at a token (for the two ends of `từ ngày 1/1 đến 31/3/2024`, `from January to March`).
 */
export function readOtherDate(tokens: Token[], i: number, norm: string, sub?: (k: number) => RawDate | null): RawDate | null {
  const t = tokens[i];
  if (!t || (t.type === 'word' && !START.has(t.text)) || t.type === 'punct') return null;
  const x = t.text;
  const n1 = tokens[i + 1]?.text;
  const glued = (k: number) => !!tokens[k] && !tokens[k].space;

  // ---- Two ends: từ (ngày) 1/1 đến 31/3/2024, từ tháng 1 đến tháng 3/2024, from January to March 2024.
  if ((x === 'từ' || x === 'from' || x === 'between') && sub) {
    const endOf = (k: number): RawDate | null => {
      const m = EN_MONTHS[tokens[k]?.text ?? ''];
      if (m && cap(norm, tokens[k])) {
        const y = isYearText(tokens[k + 1]?.text) ? Number(tokens[k + 1].text) : null;
        if (y !== null) return { t0: k, t1: k + 2, a: { y, m }, precision: 'month' };
        // `January to November this year`, `… of last year`.
        const o = w(tokens, k + 1, 'of') ? k + 2 : k + 1;
        const rel = (w(tokens, o, 'this') || w(tokens, o, 'last')) && w(tokens, o + 1, 'year') ? (tokens[o].text === 'this' ? 0 : -1) : null;
        return { t0: k, t1: rel !== null ? o + 2 : k + 1, a: { yRel: rel ?? 0, m }, precision: 'month' };
      }
      const r = sub(k);
      return r && !r.b && !r.relative && !r.code && (r.precision === 'day' || r.precision === 'month') ? r : null;
    };
    const A = endOf(i + 1);
    const link = A ? tokens[A.t1]?.text : undefined;
    if (A && link && (x === 'between' ? link === 'and' : ['đến', 'tới', 'to', 'until', 'through', '-', '–'].includes(link))) {
      const B = endOf(A.t1 + 1);
      if (B && B.precision === A.precision && (B.a.y !== undefined || A.a.y === undefined)) {
        const a = { ...A.a };
        if (a.y === undefined && B.a.y !== undefined) {
          a.y = B.a.y;
          delete a.yRel;
        } else if (a.y === undefined && B.a.yRel !== undefined) a.yRel = B.a.yRel;
        const before = (a.m ?? 0) * 32 + (a.d ?? 0) < (B.a.m ?? 0) * 32 + (B.a.d ?? 0);
        // (Months of one year are a period reported on, resolved as one: `between January and
        // November` never runs backwards across the reference date.)
        const reported = A.precision === 'month' && a.y === undefined;
        if (before || (a.y !== undefined && B.a.y !== undefined && a.y < B.a.y)) return { t0: i, t1: B.t1, a, b: B.a, precision: 'interval', ...(reported ? { reported } : {}) };
      }
    }
  }

  if (t.type === 'num') {
    // 2024/03/14: a year, a month and a day.
    if (isYearText(x) && n1 === '/' && glued(i + 1) && /^\d{1,2}$/.test(tokens[i + 2]?.text ?? '') && glued(i + 2) && tokens[i + 3]?.text === '/' && glued(i + 3) && /^\d{1,2}$/.test(tokens[i + 4]?.text ?? '') && glued(i + 4)) {
      const m = Number(tokens[i + 2].text);
      const d = Number(tokens[i + 4].text);
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { t0: i, t1: i + 5, a: { y: Number(x), m, d }, precision: 'day' };
    }
    // 2023/24, 2023/2024: a season or crop year across two years (`niên vụ 2023/24`).
    if (isYearText(x) && n1 === '/' && glued(i + 1) && glued(i + 2) && tokens[i + 2]?.type === 'num' && tokens[i + 3]?.text !== '/') {
      const y = Number(x);
      const nx = tokens[i + 2].text;
      if ((nx.length === 2 && Number(nx) === (y + 1) % 100) || (nx.length === 4 && Number(nx) === y + 1)) return { t0: i, t1: i + 3, a: { y }, b: { y: y + 1 }, precision: 'interval' };
    }
    // the 1990s: a decade.
    if (/^(1[89]|20)\d0$/.test(x) && tokens[i + 1]?.text === 's' && glued(i + 1) && !(tokens[i + 2] && glued(i + 2) && tokens[i + 2].type !== 'punct')) {
      return { t0: i, t1: i + 2, a: { y: Number(x) }, b: { y: Number(x) + 9 }, precision: 'interval' };
    }
    // the 14th of March (2024), 14th March: an English ordinal day.
    if (/^\d{1,2}$/.test(x) && ORDINAL_SUFFIX.has(n1 ?? '') && glued(i + 1)) {
      let k = i + 2;
      if (w(tokens, k, 'of')) k++;
      const m = EN_MONTHS[tokens[k]?.text ?? ''];
      const d = Number(x);
      if (m && d >= 1 && d <= 31) {
        const y = isYearText(tokens[k + 1]?.text) ? Number(tokens[k + 1].text) : null;
        return { t0: w(tokens, i - 1, 'the') ? i - 1 : i, t1: y !== null ? k + 2 : k + 1, a: y !== null ? { y, m, d } : { m, d }, precision: 'day' };
      }
    }
    // 3/3/17: a day, a month and a two-digit year, glued (day first, unless the first cannot be a month... or the second cannot).
    if (n1 === '/' && glued(i + 1) && tokens[i + 2]?.type === 'num' && glued(i + 2) && tokens[i + 3]?.text === '/' && glued(i + 3) && tokens[i + 4]?.type === 'num' && glued(i + 4) && /^\d{2}$/.test(tokens[i + 4].text) && !(tokens[i + 5] && glued(i + 5) && (tokens[i + 5].type !== 'punct' || tokens[i + 5].text === '/'))) {
      let d = Number(t.text);
      let m = Number(tokens[i + 2].text);
      if (m > 12 && d <= 12) [d, m] = [m, d];
      if (/^\d{1,2}$/.test(t.text) && /^\d{1,2}$/.test(tokens[i + 2].text) && d >= 1 && d <= 31 && m >= 1 && m <= 12) {
        return { t0: i, t1: i + 5, a: { y: twoDigitYear(Number(tokens[i + 4].text)), m, d }, precision: 'day' };
      }
    }
    // 9/1973: a month and a year, glued, not part of a longer code or date.
    if (/^\d{1,2}$/.test(x) && n1 === '/' && glued(i + 1) && tokens[i + 2]?.type === 'num' && glued(i + 2) && /^(19|20)\d\d$/.test(tokens[i + 2].text) && !(tokens[i + 3] && glued(i + 3) && tokens[i + 3].type !== 'punct') && tokens[i + 3]?.text !== '/' && !(tokens[i - 1] && !t.space && tokens[i - 1].type !== 'punct')) {
      const m = Number(x);
      const prev = tokens[i - 1];
      if (m >= 1 && m <= 12 && !(prev && (prev.text === '/' || prev.text === '-') && !t.space)) return { t0: i, t1: i + 3, a: { y: Number(tokens[i + 2].text), m }, precision: 'month' };
    }
    // 3 ngày tới, 2 tuần qua (below, with words).
  }
  if (t.type !== 'word' && t.type !== 'num') return null;

  // FY2024, fiscal year 2024, năm tài khóa 2024: the year it names.
  if (x === 'fy' && tokens[i + 1]?.type === 'num' && glued(i + 1) && isYearText(tokens[i + 1].text)) return { t0: i, t1: i + 2, a: { y: Number(tokens[i + 1].text) }, precision: 'year' };
  // (`tài khóa 2025-2026`, `fiscal year 2023/24`: a span, read as such at the year.)
  const spanAfter = (k: number) => ['-', '–', '/'].includes(tokens[k]?.text ?? '') && glued(k);
  if (x === 'fiscal' && w(tokens, i + 1, 'year') && isYearText(tokens[i + 2]?.text) && !spanAfter(i + 3)) return { t0: i, t1: i + 3, a: { y: Number(tokens[i + 2].text) }, precision: 'year' };
  if (x === 'tài' && w(tokens, i + 1, 'khóa') && isYearText(tokens[i + 2]?.text) && !spanAfter(i + 3)) return { t0: i, t1: i + 3, a: { y: Number(tokens[i + 2].text) }, precision: 'year' };
  // ---- Vietnamese days
  if (x === 'hôm' && (n1 === 'nay' || n1 === 'qua' || n1 === 'kia')) return rel(i, i + 2, { unit: 'day', offset: n1 === 'nay' ? 0 : n1 === 'qua' ? -1 : -2 }, 'day');
  if (x === 'ngày' && w(tokens, i + 1, 'hôm') && (w(tokens, i + 2, 'nay') || w(tokens, i + 2, 'qua'))) return rel(i, i + 3, { unit: 'day', offset: tokens[i + 2].text === 'nay' ? 0 : -1 }, 'day');
  if (x === 'ngày' && (n1 === 'mai' || n1 === 'kia' || n1 === 'mốt') && !cap(norm, tokens[i + 1])) return rel(i, i + 2, { unit: 'day', offset: n1 === 'mai' ? 1 : 2 }, 'day');
  // `sáng nay`, `tối qua`, `chiều mai`: a part of a day names the day.
  if (DAY_PARTS_VI.has(x) && (n1 === 'nay' || n1 === 'qua' || n1 === 'mai') && !cap(norm, tokens[i + 1])) return rel(i, i + 2, { unit: 'day', offset: n1 === 'nay' ? 0 : n1 === 'qua' ? -1 : 1 }, 'day');
  if (x === 'tonight' || ((x === 'this' && ['morning', 'afternoon', 'evening'].includes(n1 ?? '')) || (x === 'last' && n1 === 'night'))) {
    return rel(i, x === 'tonight' ? i + 1 : i + 2, { unit: 'day', offset: x === 'last' ? -1 : 0 }, 'day');
  }
  // ---- English days
  if (x === 'today' || x === 'yesterday' || x === 'tomorrow') {
    // `the day before yesterday`, `the day after tomorrow` start earlier; `Vietnam today` is now.
    return rel(i, i + 1, { unit: 'day', offset: x === 'today' ? 0 : x === 'yesterday' ? -1 : 1 }, 'day');
  }
  if (x === 'the' && w(tokens, i + 1, 'day') && ((w(tokens, i + 2, 'before') && w(tokens, i + 3, 'yesterday')) || (w(tokens, i + 2, 'after') && w(tokens, i + 3, 'tomorrow')))) {
    return rel(i, i + 4, { unit: 'day', offset: tokens[i + 2].text === 'before' ? -2 : 2 }, 'day');
  }

  // ---- Weeks, months, quarters: tuần này, tháng tới, quý trước; this week, next month, last quarter.
  if (UNIT_VI[x] && tokens[i + 1]?.type === 'word') {
    let off = n1 === 'này' ? 0 : n1 === 'tới' || n1 === 'sau' ? 1 : n1 === 'trước' && x !== 'tháng' ? -1 : n1 === 'qua' && x === 'tuần' ? -1 : null;
    let len = 2;
    // `quý nay`, `quý hiện tại`, `quý tiếp (theo)`, `tuần hiện tại`: the quarter or week of now, the next.
    if (off === null && x !== 'tháng') {
      if (n1 === 'nay') off = 0;
      else if (n1 === 'hiện' && w(tokens, i + 2, 'tại')) [off, len] = [0, 3];
      else if (n1 === 'tiếp') [off, len] = [1, w(tokens, i + 2, 'theo') ? 3 : 2];
    }
    // (`3 tháng tới` is read below; `tháng trước` is dates.ts's; `tuần sau khi` is a clause.)
    const prevNum = !t.nl && intAt(tokens, i - 1) !== null;
    if (off !== null && !prevNum && !w(tokens, i + len, 'khi') && !w(tokens, i + len, 'đó')) {
      const unit = UNIT_VI[x];
      return rel(i, i + len, { unit, offset: off }, unit === 'month' ? 'month' : unit === 'quarter' ? 'quarter' : 'interval');
    }
  }
  // `current week`, `the following week`, `the current quarter`.
  if ((x === 'current' || (x === 'following' && w(tokens, i - 1, 'the'))) && n1 && UNIT_EN[n1] && UNIT_EN[n1] !== 'month') {
    const unit = UNIT_EN[n1];
    return rel(x === 'following' ? i - 1 : i, i + 2, { unit, offset: x === 'current' ? 0 : 1 }, unit === 'quarter' ? 'quarter' : 'interval');
  }
  if ((x === 'this' || x === 'next' || x === 'last' || x === 'previous' || x === 'coming') && n1 && (UNIT_EN[n1] || n1 === 'weekend')) {
    // (`last month` is dates.ts's.)
    const off = x === 'this' ? 0 : x === 'next' || x === 'coming' ? 1 : -1;
    if (n1 === 'weekend') return rel(i, i + 2, { unit: 'weekend', offset: off }, 'interval');
    if (!(n1 === 'month' && off < 0)) {
      const unit = UNIT_EN[n1];
      return rel(i, i + 2, { unit, offset: off }, unit === 'month' ? 'month' : unit === 'quarter' ? 'quarter' : 'interval');
    }
  }
  // cuối tuần (này | trước | qua | tới | sau)
  if (x === 'cuối' && n1 === 'tuần') {
    const wa = weekAfter(tokens, i + 1);
    return rel(i, wa ? wa.end : i + 2, { unit: 'weekend', offset: wa ? wa.offset : 0 }, 'interval');
  }
  if (x === 'weekend' && w(tokens, i - 1, 'the') && (w(tokens, i - 2, 'over') || w(tokens, i - 2, 'at') || w(tokens, i - 2, 'on'))) return rel(i, i + 1, { unit: 'weekend', offset: 0 }, 'interval');

  // ---- N days to come or past: 3 ngày tới, 2 tuần qua; the next 3 days, the past two weeks; 3 days ago, in 3 days.
  const n = intAt(tokens, i);
  if (n !== null && n >= 1 && tokens[i + 1]?.type === 'word') {
    // `3 năm tới`, `5 năm qua`, `hai năm vừa rồi`: whole years after or before the reference year.
    if (n1 === 'năm' && n >= 2 && !(x === 'năm' && t.type === 'word')) {
      const d2 = tokens[i + 2]?.text;
      const len = d2 === 'tới' || d2 === 'qua' ? 1 : (d2 === 'vừa' && (w(tokens, i + 3, 'qua') || w(tokens, i + 3, 'rồi'))) || (d2 === 'tiếp' && w(tokens, i + 3, 'theo')) || (d2 === 'sắp' && w(tokens, i + 3, 'tới')) || (d2 === 'gần' && w(tokens, i + 3, 'đây')) ? 2 : 0;
      const lead = ['trong', 'vòng', 'những', 'các', 'suốt', 'qua', 'sau'].includes(tokens[i - 1]?.text ?? '') || !tokens[i - 1] || t.nl || tokens[i - 1].type === 'punct';
      // (`tới` may also be `until`: `kéo dài 3 năm tới năm 2025`; the other words are unambiguous.)
      const after = tokens[i + 2 + len];
      const ends = !after || after.nl || after.type === 'punct';
      if (len && (lead || d2 !== 'tới' || ends) && !w(tokens, i + 2 + len, 'khi') && !(after?.type === 'num') && !w(tokens, i + 2 + len, 'năm')) {
        const sign = d2 === 'tới' || d2 === 'tiếp' || d2 === 'sắp' ? 1 : -1;
        return rel(i, i + 2 + len, { unit: 'years', offset: 0, span: sign * n }, 'interval');
      }
    }
    const u = DAYS_VI[n1 ?? ''];
    let dir = tokens[i + 2]?.text;
    // `2 ngày vừa qua`, `3 ngày vừa rồi`, `3 ngày tiếp theo`, `5 ngày sắp tới` (days and weeks: `5 tháng
    // vừa qua` in the trade news is the year to date).
    // (Months only ahead: `ba tháng tiếp theo`, `3 tháng sắp tới`.)
    const ahead = (dir === 'tiếp' && w(tokens, i + 3, 'theo')) || (dir === 'sắp' && w(tokens, i + 3, 'tới'));
    const two = ((u === 'day' || u === 'week') && ((dir === 'vừa' && (w(tokens, i + 3, 'qua') || w(tokens, i + 3, 'rồi'))) || ahead)) || (u === 'month' && ahead);
    if (two && u === 'month') return rel(i, i + 4, { unit: 'month', offset: 0, span: n }, 'interval');
    if (two) {
      const after2 = tokens[i + 4];
      if (!after2 || after2.nl || after2.type === 'punct' || ['trong', 'vòng', 'những', 'các', 'suốt'].includes(tokens[i - 1]?.text ?? '') || cap(norm, tokens[i + 4]) || after2.type === 'word') {
        const sign = dir === 'vừa' ? -1 : 1;
        return rel(i, i + 4, u === 'week' ? { unit: 'weeks', offset: 0, span: sign * n } : { unit: 'days', offset: 0, span: sign * n }, 'interval');
      }
    }
    // (`trong 3 ngày tới`, `3 ngày qua,`: a time; `chuyến công tác 12 ngày tới ba nước` goes to them.)
    const after = tokens[i + 3];
    const timeLead = ['trong', 'vòng', 'những', 'các', 'mấy', 'suốt'].includes(tokens[i - 1]?.text ?? '') || !after || after.nl || after.type === 'punct';
    if (u && (dir === 'tới' || dir === 'qua' || dir === 'trước' || dir === 'nữa') && (timeLead || dir === 'nữa') && !w(tokens, i + 3, 'khi') && !w(tokens, i + 3, 'đó')) {
      if (!(x === 'năm' && t.type === 'word') && !(u === 'month' && dir !== 'tới')) {
        const sign = dir === 'tới' ? 1 : -1;
        // `2 tuần trước` (two weeks ago), `3 ngày nữa` (in three days): one day.
        if (dir === 'trước' || dir === 'nữa') return u === 'month' ? null : rel(i, i + 3, { unit: 'day', offset: (dir === 'nữa' ? 1 : -1) * n * (u === 'week' ? 7 : 1) }, 'day');
        return u === 'day' ? rel(i, i + 3, { unit: 'days', offset: 0, span: sign * n }, 'interval') : u === 'week' ? rel(i, i + 3, { unit: 'weeks', offset: 0, span: sign * n }, 'interval') : rel(i, i + 3, { unit: 'month', offset: 0, span: n }, 'interval');
      }
    }
    const ue = DAYS_EN[n1 ?? ''];
    if ((ue === 'day' || ue === 'week') && w(tokens, i + 2, 'ago') && (n > 1) === /s$/.test(n1 ?? '')) return rel(i, i + 3, { unit: 'day', offset: -n * (ue === 'week' ? 7 : 1) }, 'day');
    // `two years ago`: that year.
    if ((n1 === 'years' || (n1 === 'year' && n === 1)) && w(tokens, i + 2, 'ago')) return { t0: i, t1: i + 3, a: { yRel: -n }, precision: 'year' };
    // `three months ago`: that month; `a fortnight ago`: two weeks before.
    if (ue === 'month' && w(tokens, i + 2, 'ago') && (n > 1) === /s$/.test(n1 ?? '')) return rel(i, i + 3, { unit: 'month', offset: -n }, 'month');
    // `in 3 days`, `in two weeks' time`: one day ahead.
    if ((ue === 'day' || ue === 'week') && w(tokens, i - 1, 'in') && (n > 1) === /s$/.test(n1 ?? '') && !w(tokens, i + 2, 'of')) {
      const time = tokens[i + 2]?.text === '’' || tokens[i + 2]?.text === "'" ? (w(tokens, i + 3, 'time') ? i + 4 : -1) : w(tokens, i + 2, 'from') && w(tokens, i + 3, 'now') ? i + 4 : -1;
      if (time > 0) return rel(i - 1, time, { unit: 'day', offset: n * (ue === 'week' ? 7 : 1) }, 'day');
    }
  }
  if ((x === 'a' || x === 'one') && w(tokens, i + 1, 'fortnight') && w(tokens, i + 2, 'ago')) return rel(i, i + 3, { unit: 'day', offset: -14 }, 'day');
  // `the next 3 days`, `the past two weeks`; without `the` after `in`, `over`, `during`, `for`,
  // `within` or opening a clause (`last 2 weeks`); `next 3 months`, `the past two months`.
  // (After a verb in the past or of being, `last` is no verb: `it happened last 2 days`, `was last 3 months`.)
  const pv = tokens[i - 1]?.text ?? '';
  const lead = w(tokens, i - 1, 'the') ? 1 : ['in', 'over', 'during', 'for', 'within', 'of', 'was', 'were', 'is', 'are', 'been'].includes(pv) || /[a-z]ed$/.test(pv) || !tokens[i - 1] || t.nl || tokens[i - 1].type === 'punct' ? 0 : -1;
  // (`last` needs a lead-in: `the talks last 2 days` is a verb.)
  if ((x === 'next' || x === 'past' || x === 'last' || x === 'coming') && (lead >= 0 || x !== 'last')) {
    const k = intAt(tokens, i + 1);
    const ue = DAYS_EN[tokens[i + 2]?.text ?? ''];
    if (k !== null && k >= 2 && ue && /s$/.test(tokens[i + 2].text)) {
      const sign = x === 'next' || x === 'coming' ? 1 : -1;
      const lead1 = Math.max(lead, 0);
      if (ue === 'month') return rel(i - lead1, i + 3, { unit: 'month', offset: 0, span: sign * k }, 'interval');
      if (ue === 'year') return rel(i - lead1, i + 3, { unit: 'years', offset: 0, span: sign * k }, 'interval');
      return rel(i - lead1, i + 3, ue === 'week' ? { unit: 'weeks', offset: 0, span: sign * k } : { unit: 'days', offset: 0, span: sign * k }, 'interval');
    }
  }

  // ---- Weekdays: thứ Hai, thứ 2, Chủ nhật, Monday.
  let wd = 0;
  let end = i;
  if (x === 'thứ' && tokens[i + 1] && tokens[i + 1].space && !tokens[i + 1].nl) {
    const nx = tokens[i + 1];
    const v = VI_WEEKDAYS[nx.text];
    // `vào thứ Hai`, `sáng thứ hai`, `Thứ Hai, …`, `thứ 2 tuần tới`; not `lớn thứ hai`, `lần thứ 2`,
    // `Kỳ họp thứ Bảy` (an ordinal, capitalized in a name).
    const prev = tokens[i - 1];
    const around = WEEKDAY_BEFORE.has(prev?.text ?? '') || !!weekAfter(tokens, i + 2) || !!weekAfter(tokens, i + 3) && w(tokens, i + 2, 'của') || (!!weekdayDirection(tokens, i + 2) && !ORDINAL_BEFORE.has(prev?.text ?? ''));
    const opens = !prev || t.nl || (prev.type === 'punct' && prev.text !== '-');
    if (v && (around || (opens && (cap(norm, nx) || (nx.type === 'num' && cap(norm, t)))))) {
      wd = v;
      end = i + 2;
    }
  } else if (x === 'chủ' && n1 === 'nhật') {
    wd = 7;
    end = i + 2;
  } else if (EN_WEEKDAYS[x] && (cap(norm, t) || ['next', 'last', 'this', 'coming', 'previous', 'on', 'since', 'until', 'by', 'every'].includes(tokens[i - 1]?.text ?? '') || !!weekAfter(tokens, i + 1))) {
    wd = EN_WEEKDAYS[x];
    end = i + 1;
  }
  if (wd) {
    const prev = tokens[i - 1]?.text;
    let mode: RelativeDate['mode'] = prev === 'last' || prev === 'previous' ? 'last' : prev === 'next' || prev === 'coming' ? 'next' : prev === 'this' ? 'week' : 'nearest';
    const start = mode === 'last' || mode === 'next' || prev === 'this' ? i - 1 : i;
    // `thứ Ba tới`, `thứ Sáu sắp tới`: the coming one; `thứ Ba vừa rồi`, `thứ Ba vừa qua`: the last one.
    const dir = mode === 'nearest' ? weekdayDirection(tokens, end) : null;
    if (dir) {
      if (dateFollows(tokens, dir.end)) return null;
      return rel(start, dir.end, { unit: 'weekday', offset: 0, weekday: wd, mode: dir.mode }, 'day');
    }
    // (`thứ Tư của tuần tới`: the day of that week.)
    if (w(tokens, end, 'của') && weekAfter(tokens, end + 1)) end++;
    const wa = weekAfter(tokens, end);
    if (dateFollows(tokens, wa ? wa.end : end)) return null;
    if (wa) return rel(start, wa.end, { unit: 'weekday', offset: wa.offset, weekday: wd, mode: 'week' }, 'day');
    // `thứ Hai đầu tiên`, `thứ Hai của tháng`: other readings, left alone.
    return rel(start, end, { unit: 'weekday', offset: 0, weekday: wd, mode }, 'day');
  }

  // ---- Spelled dates: (ngày) mồng 3 tháng 3 (năm 1950), ngày 7 tháng Ba, tháng Sáu (năm 2024).
  let k = i;
  let day: number | null = null;
  if (x === 'ngày' || x === 'mồng' || x === 'mùng') {
    k = x === 'ngày' && (w(tokens, i + 1, 'mồng') || w(tokens, i + 1, 'mùng')) ? i + 2 : i + 1;
    day = tokens[k]?.type === 'num' && /^\d{1,2}$/.test(tokens[k].text) ? Number(tokens[k].text) : null;
    if (day === null || day < 1 || day > 31 || !w(tokens, k + 1, 'tháng')) return null;
    k++;
  }
  if (w(tokens, k, 'tháng')) {
    const m = monthAt(tokens, k + 1, norm, day !== null);
    if (!m) return null;
    // (`mồng 3 tháng 3` with digits is ours only after `mồng`; dates.ts reads `ngày 14 tháng 11`.)
    if (tokens[k + 1].type === 'num' && !(x === 'mồng' || x === 'mùng' || w(tokens, i + 1, 'mồng') || w(tokens, i + 1, 'mùng'))) return null;
    let e = m.end;
    let y: number | null = null;
    if (w(tokens, e, 'năm') && tokens[e + 1]?.type === 'num' && /^(19|20)\d\d$/.test(tokens[e + 1].text)) {
      y = Number(tokens[e + 1].text);
      e += 2;
    } else if ((tokens[e]?.text === '/' || tokens[e]?.text === ',') && /^(19|20)\d\d$/.test(tokens[e + 1]?.text ?? '')) {
      y = Number(tokens[e + 1].text);
      e += 2;
    }
    // (`tháng Sáu năm nay`, `tháng Ba năm ngoái`, `tháng Mười năm sau`: a year said relative to now.)
    let yRel: number | null = null;
    if (y === null && w(tokens, e, 'năm')) {
      const next = tokens[e + 1]?.text;
      yRel = next === 'nay' ? 0 : next === 'ngoái' || next === 'trước' ? -1 : next === 'sau' || next === 'tới' ? 1 : null;
      if (yRel !== null) e += 2;
    }
    if (day === null && y === null && tokens[k + 1].type === 'num') return null;
    const a = { ...(y !== null ? { y } : { yRel: yRel ?? 0 }), m: m.m, ...(day !== null ? { d: day } : {}) };
    return { t0: i, t1: e, a, precision: day !== null ? 'day' : 'month', ...(yRel === 0 ? { thisYear: true } : {}) };
  }
  return null;
}

/** A month after `tháng`: digits (1–12), or a capitalized word (`Ba`, `Mười Một`); lower case only after a day. */
function monthAt(tokens: Token[], k: number, norm: string, afterDay: boolean): { m: number; end: number } | null {
  const t = tokens[k];
  if (!t || t.nl) return null;
  if (t.type === 'num') {
    const m = /^\d{1,2}$/.test(t.text) ? Number(t.text) : 0;
    return m >= 1 && m <= 12 ? { m, end: k + 1 } : null;
  }
  const v = VI_MONTH_WORDS[t.text];
  if (v === undefined) return null;
  // In lower case, a month word is a month when a year follows (`tháng mười năm 2017`), after a word
  // of time before `tháng` (`vào tháng sáu`), or when it is no number word (`tháng tư`, `tháng giêng`);
  // never before `lần` (`mỗi tháng hai lần`: twice a month).
  const span = t.text === 'mười' && (tokens[k + 1]?.text === 'một' || tokens[k + 1]?.text === 'hai') && tokens[k + 1].space ? 2 : 1;
  const yearNext = w(tokens, k + span, 'năm') && isYearText(tokens[k + span + 1]?.text);
  const timeBefore = ['vào', 'trong', 'từ', 'đến', 'tới', 'đầu', 'cuối', 'giữa', 'hồi', 'sang', 'suốt'].includes(tokens[k - 2]?.text ?? '');
  const lowerOk = !w(tokens, k + span, 'lần') && t.text !== 'năm' && (yearNext || timeBefore || ['tư', 'giêng', 'chạp'].includes(t.text));
  if (!(cap(norm, t) || afterDay || lowerOk)) return null;
  if (t.text === 'mười') {
    const nx = tokens[k + 1];
    if (nx && nx.space && !nx.nl && (nx.text === 'một' || nx.text === 'hai') && (cap(norm, nx) || afterDay || lowerOk)) return { m: nx.text === 'một' ? 11 : 12, end: k + 2 };
  }
  // `tháng Năm` is May only capitalized (`tháng năm` is months and years); `tháng Giêng` is January.
  if (t.text === 'năm' && !cap(norm, t)) return null;
  return { m: v, end: k + 1 };
}

const DAY = 86400000;
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** The ISO value of a relative date against the reference date (`YYYY-MM-DD`), or null without one. */
export function resolveRelative(r: RelativeDate, ref: string | null): string | null {
  if (!ref || !/^\d{4}-\d\d-\d\d/.test(ref)) return null;
  const [y, m, d] = ref.slice(0, 10).split('-').map(Number);
  const t = Date.UTC(y, m - 1, d);
  // Monday of the reference week (ISO weeks start on Monday).
  const dow = ((new Date(t).getUTCDay() + 6) % 7) + 1;
  const monday = t - (dow - 1) * DAY;
  switch (r.unit) {
    case 'day':
      return iso(t + r.offset * DAY);
    case 'years':
      return r.span! > 0 ? `${y + 1}/${y + r.span!}` : `${y + r.span!}/${y - 1}`;
    case 'days':
      // (Whole days before or after the day of writing: `the past 2 days` ends yesterday.)
      return r.span! > 0 ? `${iso(t + DAY)}/${iso(t + r.span! * DAY)}` : `${iso(t + r.span! * DAY)}/${iso(t - DAY)}`;
    case 'weeks':
      // (Whole weeks, Monday to Sunday, before or after the week of writing.)
      return r.span! > 0 ? `${iso(monday + 7 * DAY)}/${iso(monday + (7 * r.span! + 6) * DAY)}` : `${iso(monday + 7 * r.span! * DAY)}/${iso(monday - DAY)}`;
    case 'week': {
      const s = monday + r.offset * 7 * DAY;
      return `${iso(s)}/${iso(s + 6 * DAY)}`;
    }
    case 'weekend': {
      const s = monday + r.offset * 7 * DAY + 5 * DAY;
      return `${iso(s)}/${iso(s + DAY)}`;
    }
    case 'weekday': {
      if (r.mode === 'last') return iso(t - (((dow - r.weekday! + 7) % 7) || 7) * DAY);
      if (r.mode === 'next') return iso(t + (((r.weekday! - dow + 7) % 7) || 7) * DAY);
      // A bare weekday is the nearest one: at most three days before or after the reference date.
      if (r.mode === 'nearest') {
        const ahead = (r.weekday! - dow + 7) % 7;
        return iso(t + (ahead <= 3 ? ahead : ahead - 7) * DAY);
      }
      return iso(monday + r.offset * 7 * DAY + (r.weekday! - 1) * DAY);
    }
    case 'month': {
      if (r.span && r.span < 0) {
        // `the past two months`: the N whole months before the reference month.
        const a = new Date(Date.UTC(y, m - 1 + r.span, 1));
        const b = new Date(Date.UTC(y, m - 2, 1));
        return `${a.getUTCFullYear()}-${pad(a.getUTCMonth() + 1)}/${b.getUTCFullYear()}-${pad(b.getUTCMonth() + 1)}`;
      }
      if (r.span) {
        // `3 tháng tới`: the next N months after the reference month.
        const a = new Date(Date.UTC(y, m, 1));
        const b = new Date(Date.UTC(y, m - 1 + r.span, 1));
        return `${a.getUTCFullYear()}-${pad(a.getUTCMonth() + 1)}/${b.getUTCFullYear()}-${pad(b.getUTCMonth() + 1)}`;
      }
      const a = new Date(Date.UTC(y, m - 1 + r.offset, 1));
      return `${a.getUTCFullYear()}-${pad(a.getUTCMonth() + 1)}`;
    }
    case 'quarter': {
      const q0 = Math.floor((m - 1) / 3) + r.offset;
      const a = new Date(Date.UTC(y, q0 * 3, 1));
      const b = new Date(Date.UTC(y, q0 * 3 + 2, 1));
      return `${a.getUTCFullYear()}-${pad(a.getUTCMonth() + 1)}/${b.getUTCFullYear()}-${pad(b.getUTCMonth() + 1)}`;
    }
  }
  return null;
}
