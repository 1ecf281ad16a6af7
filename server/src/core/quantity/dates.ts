/**
 * Dates and periods, read from the token stream in one left-to-right pass.
 *
 * Each recognized form becomes a `RawDate` whose parts may lack a year (`ngày 14/11`) or carry a
 * year relative to the reference date (`năm ngoái`, `last year`). `resolveDate` turns a raw date
 * into an ISO value once the reference date is known.
 */
import type { Precision } from '../types';
import type { Token } from './tokens';
import { EN_WEEKDAYS, readOtherDate, resolveRelative, type RelativeDate } from './relativeDates';
import { CURRENCY_CODES_LOWER, CURRENCY_WORDS, MEASURES, PERCENT } from './tables';

export interface DatePart {
  y?: number;
  /** Year relative to the reference year, when `y` is absent (0 this year, -1 last year). */
  yRel?: number;
  m?: number;
  d?: number;
}

export interface RawDate {
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  a: DatePart;
  /** The end of an interval. */
  b?: DatePart;
  precision: Precision;
  /** `cùng kỳ`: the governing period shifted one year back. */
  samePeriodLastYear?: boolean;
  /** `cùng kỳ năm 2023`, `the same period of 2023`: the year it names. */
  sameYear?: number;
  /** A period the article reports on (a quarter, the first N months): its end precedes the article. */
  reported?: boolean;
  /** `tháng trước`, `last month`: the month before the governing month (or the reference month). */
  previousMonth?: boolean;
  /** Year to date (`từ đầu năm đến nay`, `so far this year`): January to the reference month. */
  ytd?: boolean;
  /** A reference code (`15/2022/NĐ-CP`): consumed so that it is not read as figures, never reported. */
  code?: boolean;
  /** `hôm qua`, `tuần tới`, `thứ Hai`: relative to the reference date (relativeDates.ts). */
  relative?: RelativeDate;
  /** Months of the reference year itself (`the end of the year`), never moved a year back. */
  thisYear?: boolean;
  /** The year of the prices a value is measured in (`theo giá so sánh 2010`): read, but of no period. */
  priceBase?: boolean;
  /**
   * The part of the period the words name (`the end of 2021`: September to December), shown as the
   * date mention's value; the period itself (2021) is what figures report on (`6 billion USD at the
   * end of 2021` is the year's total).
   */
  shown?: { a: DatePart; b?: DatePart; precision: Precision };
  /**
   * A day, weekday or week counted in the month `a` names (`the first Tuesday of October`, `the
   * last week of September 2014`, `ngày đầu tiên của tháng 3`); n = -1 is the last.
   */
  nthOf?: { n: number; unit: 'day' | 'weekday' | 'week'; weekday?: number };
}

const MONTHS_EN: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ORDINAL_EN: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 4 };
const SMALL_VI: Record<string, number> = {
  một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const DAY_CONTEXT = new Set(['ngày', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm', 'rạng', 'từ', 'đến', 'tới', 'vào', 'trước', 'sau', 'on', 'since', 'until', 'by']);
/** Words before a bare year that make it a year (`in 2023`, `Luật Đầu tư 2020`, `từ 2016`, `giá so sánh 2010`). */
const YEAR_BEFORE = new Set(['in', 'năm', 'since', 'từ', 'đến', 'tới', 'of', 'by', 'until', 'trong', 'vào', 'cuối', 'đầu', 'giữa', 'and', 'và', 'hoặc', 'or', 'to', 'the', 'before', 'after', 'sau', 'trước', 'for', 'during', 'khóa', 'niên', 'mùa', 'sánh']);

export function isPlainInt(t: Token | undefined): number | null {
  if (!t || t.type !== 'num' || /[.,]/.test(t.text)) return null;
  return Number(t.text);
}

function isYear(t: Token | undefined): number | null {
  const v = isPlainInt(t);
  return v !== null && t!.text.length === 4 && v >= 1900 && v <= 2100 ? v : null;
}

function isSep(t: Token | undefined, seps: string): boolean {
  return !!t && t.type === 'punct' && seps.includes(t.text);
}

function w(tokens: Token[], i: number, text: string): boolean {
  const t = tokens[i];
  return !!t && t.type === 'word' && t.text === text;
}

function validDM(d: number, m: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/** `năm nay`, `năm ngoái`, `this year`... at i: the relative year and the index after. */
function relativeYear(tokens: Token[], i: number): { rel: number; end: number } | null {
  if (w(tokens, i, 'năm')) {
    const n = tokens[i + 1]?.text;
    if (n === 'nay') return { rel: 0, end: i + 2 };
    if (n === 'ngoái' || n === 'trước') return { rel: -1, end: i + 2 };
    if (n === 'tới' || n === 'sau') return { rel: 1, end: i + 2 };
    if (n === 'vừa' && tokens[i + 2]?.text === 'qua') return { rel: -1, end: i + 3 };
  }
  const first = tokens[i]?.text;
  if ((first === 'this' || first === 'last' || first === 'next' || first === 'previous') && w(tokens, i + 1, 'year')) {
    return { rel: first === 'this' ? 0 : first === 'next' ? 1 : -1, end: i + 2 };
  }
  // A line break lost in copying glues the two words (`57.9 billion USD lastyear`).
  const glued = first === 'lastyear' ? -1 : first === 'thisyear' ? 0 : first === 'nextyear' ? 1 : null;
  return glued === null ? null : { rel: glued, end: i + 1 };
}

/** A year reference after a period word: `2023`, `năm 2023`, `/2023`, `năm nay`, `of this year`. */
function yearRef(tokens: Token[], i: number): { part: DatePart; end: number } | null {
  let j = i;
  if (isSep(tokens[j], '/-')) j++;
  else if (w(tokens, j, 'of') || w(tokens, j, 'in') || (w(tokens, j, 'của') && w(tokens, j + 1, 'năm'))) j++;
  if (w(tokens, j, 'the') && w(tokens, j + 1, 'year')) return { part: { yRel: 0 }, end: j + 2 };
  const y = isYear(tokens[j]);
  if (y !== null) return { part: { y }, end: j + 1 };
  const r = relativeYear(tokens, j);
  if (r) return { part: { yRel: r.rel }, end: r.end };
  if (w(tokens, j, 'năm')) {
    const y2 = isYear(tokens[j + 1]);
    if (y2 !== null) return { part: { y: y2 }, end: j + 2 };
  }
  return null;
}

function withYear(p: DatePart, y: DatePart): DatePart {
  return { ...p, ...(y.y !== undefined ? { y: y.y } : {}), ...(y.yRel !== undefined ? { yRel: y.yRel } : {}) };
}

/** Tries every date form at token i. */
export function readDate(tokens: Token[], i: number, normText: string, reportedMonths?: Set<number>): RawDate | null {
  // (Relative, weekday, spelled and short numeric dates: relativeDates.ts; numeric forms first, so
  // that `3/3/17` is not read as `3/3`.)
  const num = tokens[i]?.type === 'num';
  const sub = (k: number) => readDateAt(tokens, k, normText, reportedMonths);
  const r = (num ? readOtherDate(tokens, i, normText) : null) ?? readDateAt(tokens, i, normText, reportedMonths) ?? (num ? null : readOtherDate(tokens, i, normText, sub));
  if (!r) return null;
  // A date never spans a line break.
  for (let k = r.t0 + 1; k < r.t1; k++) if (tokens[k].nl) return null;
  if (r.precision === 'year' && !r.b && priceBaseYear(tokens, r)) r.priceBase = true;
  return r;
}

/**
 * The year of the prices a value is measured in, not a period: `theo giá so sánh 2010`, `giá so
 * sánh năm 2010`, `giá cố định 2010`, `at constant 2010 prices`, `in 2010 prices`.
 */
function priceBaseYear(tokens: Token[], r: RawDate): boolean {
  // (`giá so sánh 2010`, `giá so sánh năm 2010`: the words right before the date, `năm` its first token.)
  const before = tokens.slice(Math.max(0, r.t0 - 3), r.t0).map((t) => t.text).join(' ');
  if (/(?:giá so sánh|giá cố định|giá gốc)$/.test(before)) return true;
  // (`2010 prices`, `2010 constant prices`.)
  return !w(tokens, r.t0, 'năm') && (w(tokens, r.t1, 'prices') || (w(tokens, r.t1, 'constant') && w(tokens, r.t1 + 1, 'prices')));
}

/** Words a date or period can start with; any other word is skipped at once. */
const START_WORDS = new Set([
  'cùng', 'same', 'corresponding', 'quý', 'q', 't', 'first', 'second', 'third', 'fourth', 'last', 'this', 'next', 'h', 'nửa', 'giai', 'thời',
  'period', 'từ', 'from', 'between', 'ngày', 'tháng', 'năm', 'so', 'year', 'previous', 'tính', 'cả', 'the', 'thập', 'những',
  'early', 'mid', 'late', 'end', 'beginning', 'start', 'at', 'opening', 'lastyear', 'thisyear', 'nextyear', 'first', 'second', 'third', 'fourth', 'fifth', 'tuần', ...Object.keys(SMALL_VI), ...Object.keys(MONTHS_EN),
]);

/** A decade's first year written after `thập niên` or `những năm`: `1990`, `90` (1930s to 1990s). */
function decadeYear(t: Token | undefined): number | null {
  const n = isPlainInt(t);
  if (n === null || n % 10 !== 0) return null;
  if (t!.text.length === 2 && n >= 30) return 1900 + n;
  return t!.text.length === 4 && n >= 1800 && n <= 2090 ? n : null;
}

function readDateAt(tokens: Token[], i: number, normText: string, reportedMonths?: Set<number>): RawDate | null {
  const t = tokens[i];
  if (!t || t.type === 'punct' || (t.type === 'word' && !START_WORDS.has(t.text))) return null;
  const txt = t.text;

  // A decade: `thập niên 80`, `thập kỷ 1990`, `những năm 1990`, `những năm 90 của thế kỷ trước`.
  if ((txt === 'thập' && (w(tokens, i + 1, 'niên') || w(tokens, i + 1, 'kỷ'))) || (txt === 'những' && w(tokens, i + 1, 'năm'))) {
    const y = decadeYear(tokens[i + 2]);
    // (`những năm 2020-2025` is a span of years, read below.)
    if (y !== null && !(tokens[i + 3] && !tokens[i + 3].space && (tokens[i + 3].type !== 'punct' || isSep(tokens[i + 3], '-–/')))) {
      let end = i + 3;
      if (w(tokens, end, 'của') && w(tokens, end + 1, 'thế') && w(tokens, end + 2, 'kỷ') && (w(tokens, end + 3, 'trước') || w(tokens, end + 3, 'xx') || w(tokens, end + 3, '20'))) end += 4;
      return { t0: i, t1: end, a: { y }, b: { y: y + 9 }, precision: 'interval' };
    }
  }

  // An ISO date, as pages and feeds stamp an article: 2024-05-14.
  if (isYear(t) !== null && isSep(tokens[i + 1], '-') && isSep(tokens[i + 3], '-') && !tokens[i + 1].space && !tokens[i + 2]?.space && !tokens[i + 3].space && !tokens[i + 4]?.space) {
    const m = isPlainInt(tokens[i + 2]);
    const d = isPlainInt(tokens[i + 4]);
    // (`2015-3-3`: one digit each is the same date.)
    if (m !== null && d !== null && tokens[i + 2].text.length <= 2 && tokens[i + 4].text.length <= 2 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
      return { t0: i, t1: i + 5, a: { y: isYear(t)!, m, d }, precision: 'day' };
    }
  }
  // A year and month, 2014/10, where the month cannot end a season (`2011/12` is one).
  if (isYear(t) !== null && isSep(tokens[i + 1], '/') && !tokens[i + 1].space && tokens[i + 2]?.type === 'num' && !tokens[i + 2].space && tokens[i + 2].text.length === 2 && !isSep(tokens[i + 3], '/')) {
    const m = isPlainInt(tokens[i + 2]);
    if (m !== null && m >= 1 && m <= 12 && m !== (isYear(t)! + 1) % 100) return { t0: i, t1: i + 3, a: { y: isYear(t)!, m }, precision: 'month' };
  }
  // A year and month stamp, 2023-11, where the two digits cannot end a range of years (2023-11 is
  // no span back to 2011; 2010-12 may be 2010 to 2012 and is left alone).
  if (isYear(t) !== null && isSep(tokens[i + 1], '-') && !tokens[i + 1].space && !tokens[i + 2]?.space && !isSep(tokens[i + 3], '-')) {
    const m = isPlainInt(tokens[i + 2]);
    if (m !== null && tokens[i + 2].text.length === 2 && m >= 1 && m <= 12 && m < isYear(t)! % 100) {
      return { t0: i, t1: i + 3, a: { y: isYear(t)!, m }, precision: 'month' };
    }
  }
  // Reference codes: 15/2022/NĐ-CP, 01/2024/TT-BTC.
  if (t.type === 'num' && isSep(tokens[i + 1], '/') && tokens[i + 2]?.type === 'num' && isSep(tokens[i + 3], '/') && tokens[i + 4]?.type === 'word' && !tokens[i + 4].space) {
    let j = i + 5;
    while (j < tokens.length && !tokens[j].space && (tokens[j].type === 'word' || isSep(tokens[j], '-'))) j++;
    return { t0: i, t1: j, a: {}, precision: 'day', code: true };
  }

  // cùng kỳ [năm ngoái | năm 2023]; after `so với`, also `cùng tháng năm 2019`, `cùng quý năm trước`
  // (the same month or quarter; `trong cùng tháng` is the month just named).
  if (txt === 'cùng' && (w(tokens, i + 1, 'kỳ') || ((w(tokens, i + 1, 'tháng') || w(tokens, i + 1, 'quý')) && (w(tokens, i - 1, 'với') || w(tokens, i - 1, 'so')) && (relativeYear(tokens, i + 2) || (w(tokens, i + 2, 'năm') && isYear(tokens[i + 3]) !== null))))) {
    const r = relativeYear(tokens, i + 2);
    let end = i + 2;
    if (r) end = r.end;
    let sameYear: number | undefined;
    if (!r && w(tokens, i + 2, 'năm') && isYear(tokens[i + 3]) !== null) {
      end = i + 4;
      sameYear = isYear(tokens[i + 3])!;
    } else if (!r && isYear(tokens[i + 2]) !== null) {
      // `so với cùng kỳ 2022`.
      end = i + 3;
      sameYear = isYear(tokens[i + 2])!;
    }
    return { t0: i, t1: end, a: { yRel: -1 }, precision: 'interval', samePeriodLastYear: true, sameYear };
  }
  // `last year's corresponding period`, `the previous year's same period`: the base, a year before.
  if ((txt === 'last' || txt === 'previous') && w(tokens, i + 1, 'year') && isSep(tokens[i + 2], "'’") && w(tokens, i + 3, 's') && (w(tokens, i + 4, 'same') || w(tokens, i + 4, 'corresponding')) && w(tokens, i + 5, 'period')) {
    return { t0: i, t1: i + 6, a: { yRel: -1 }, precision: 'interval', samePeriodLastYear: true };
  }
  // (`the corresponding period last year`, `the same period from last year`.)
  if ((txt === 'same' || (txt === 'corresponding' && w(tokens, i - 1, 'the'))) && (w(tokens, i + 1, 'period') || ((w(tokens, i + 1, 'month') || w(tokens, i + 1, 'quarter')) && w(tokens, i - 1, 'the') && /^(?:over|from|with|to|against|than)$/.test(tokens[i - 2]?.text ?? '')))) {
    let end = i + 2;
    if ((w(tokens, end, 'of') || w(tokens, end, 'in') || w(tokens, end, 'from')) && relativeYear(tokens, end + 1)) end = relativeYear(tokens, end + 1)!.end;
    else if (relativeYear(tokens, end)) end = relativeYear(tokens, end)!.end;
    // `the same period of 2023`.
    let sameYear: number | undefined;
    if (end === i + 2 && (w(tokens, end, 'of') || w(tokens, end, 'in')) && isYear(tokens[end + 1]) !== null) {
      sameYear = isYear(tokens[end + 1])!;
      end += 2;
    }
    // `imported $52 million in the same period`: the period just named, not a year before (which
    // a comparison says: `up 9% over the same period`, `the same period a year earlier`).
    if (end === i + 2 && w(tokens, i - 1, 'the') && (w(tokens, i - 2, 'in') || w(tokens, i - 2, 'during') || w(tokens, i - 2, 'within')) && !(w(tokens, end, 'a') && w(tokens, end + 1, 'year')) && !w(tokens, end, 'earlier') && !w(tokens, end, 'before')) return null;
    return { t0: i, t1: end, a: { yRel: -1 }, precision: 'interval', samePeriodLastYear: true, sameYear };
  }

  // Year to date: từ đầu năm (đến nay), so far this year, year to date
  if (txt === 'từ' && w(tokens, i + 1, 'đầu') && w(tokens, i + 2, 'năm') && isYear(tokens[i + 3]) === null) {
    let end = i + 3;
    if (w(tokens, end, 'nay')) end++;
    if ((w(tokens, end, 'đến') || w(tokens, end, 'tới')) && w(tokens, end + 1, 'nay')) end += 2;
    else if (w(tokens, end, 'đến') || w(tokens, end, 'tới')) {
      // `từ đầu năm đến ngày 20/9`, `từ đầu năm đến hết tháng 10/2024`: January to that day or month.
      const to = yearToDateEnd(tokens, end + 1);
      if (to) return { t0: i, t1: to.end, a: { ...to.year, m: 1, ...(to.part.d !== undefined ? { d: 1 } : {}) }, b: { ...to.year, ...to.part }, precision: 'interval', reported: true };
    }
    return { t0: i, t1: end, a: { yRel: 0, m: 1 }, b: { yRel: 0 }, precision: 'interval', ytd: true };
  }
  if ((txt === 'so' && w(tokens, i + 1, 'far') && w(tokens, i + 2, 'this') && w(tokens, i + 3, 'year')) || (txt === 'year' && isSep(tokens[i + 1], '-') && w(tokens, i + 2, 'to') && isSep(tokens[i + 3], '-') && w(tokens, i + 4, 'date'))) {
    return { t0: i, t1: txt === 'so' ? i + 4 : i + 5, a: { yRel: 0, m: 1 }, b: { yRel: 0 }, precision: 'interval', ytd: true };
  }

  // `cả năm` (with no year after it), `for the year`, `for the full year`: the reference year.
  // (`cả năm trước`, `cả năm ngoái`: the whole of last year, which the relative year reads.)
  if (txt === 'cả' && w(tokens, i + 1, 'năm') && !yearRef(tokens, i + 2) && isYear(tokens[i + 2]) === null && !relativeYear(tokens, i + 1)) {
    return { t0: i, t1: i + 2, a: { yRel: 0 }, precision: 'year' };
  }
  if (txt === 'the' && w(tokens, i - 1, 'for') && (w(tokens, i + 1, 'year') || (w(tokens, i + 1, 'full') && w(tokens, i + 2, 'year')))) {
    const end = w(tokens, i + 1, 'year') ? i + 2 : i + 3;
    if (!w(tokens, end, 'of') && !w(tokens, end, 'to') && !isYear(tokens[end])) return { t0: i, t1: end, a: { yRel: 0 }, precision: 'year' };
  }
  // `tính đến (hết) ngày 31/10/2024 ... so với cùng kỳ`: a count since the start of the year, to
  // the end of a month (a sentence comparing with the same period is about the year so far).
  if (txt === 'tính' && (w(tokens, i + 1, 'đến') || w(tokens, i + 1, 'tới'))) {
    let j = i + 2;
    if (w(tokens, j, 'hết')) j++;
    let d: number | null = null;
    if (w(tokens, j, 'ngày')) j++;
    else if (w(tokens, j, 'tháng')) {
      j++;
      d = 0;
    }
    if (d === null) {
      d = isPlainInt(tokens[j]);
      j += 2;
    }
    const m = isPlainInt(tokens[j]);
    const y = isSep(tokens[j + 1], '/-') ? isYear(tokens[j + 2]) : null;
    const dayOk = d !== null && (d === 0 || (isSep(tokens[j - 1], '/-') && m !== null && d === new Date(Date.UTC(y ?? 2000, m, 0)).getUTCDate()));
    if (dayOk && m !== null && m >= 2 && m <= 12 && y !== null) {
      let sameKy = false;
      for (let k = j + 3; k < tokens.length && k < j + 40 && !isSep(tokens[k], '.;'); k++) {
        if ((w(tokens, k, 'cùng') && w(tokens, k + 1, 'kỳ'))) sameKy = true;
      }
      if (sameKy) return { t0: i, t1: j + 3, a: { y, m: 1 }, b: { y, m }, precision: precisionOfMonths(m, false), reported: true };
    }
  }

  // tháng trước, last month / the previous month
  if ((txt === 'tháng' && w(tokens, i + 1, 'trước') && !isPlainInt(tokens[i - 1])) || ((txt === 'last' || txt === 'previous') && w(tokens, i + 1, 'month'))) {
    return { t0: i, t1: i + 2, a: { yRel: 0 }, precision: 'month', previousMonth: true };
  }

  // quý I/2024, quý 1 năm 2024, quý IV
  if (txt === 'quý' && tokens[i + 1]) {
    const qt = tokens[i + 1];
    // (`quý ba`, `quý tư`: spelled.)
    const spelled: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, tư: 4 };
    const q = ROMAN[qt.text] ?? (isPlainInt(qt) !== null && isPlainInt(qt)! <= 4 ? isPlainInt(qt)! : qt.space && !qt.nl && spelled[qt.text] && !w(tokens, i + 2, 'lần') ? spelled[qt.text] : 0);
    if (q >= 1 && q <= 4) {
      const y = yearRef(tokens, i + 2) ?? (w(tokens, i + 2, 'năm') ? yearRef(tokens, i + 3) : null);
      const part = y ? y.part : { yRel: 0 };
      return quarter(i, y ? y.end : i + 2, part, q);
    }
  }
  // Q1 2024, Q1/2024
  if (txt === 'q' && tokens[i + 1]?.type === 'num' && !tokens[i + 1].space) {
    const q = isPlainInt(tokens[i + 1]) ?? 0;
    if (q >= 1 && q <= 4) {
      const y = yearRef(tokens, i + 2);
      if (y) return quarter(i, y.end, y.part, q);
    }
  }
  // The trade press's shorthand: `8T/2024` (the first eight months of 2024), `T8/2024` (August 2024).
  if (t.type === 'num' && w(tokens, i + 1, 't') && !tokens[i + 1].space && isSep(tokens[i + 2], '/') && !tokens[i + 2].space) {
    const n = isPlainInt(t);
    const y = n !== null && n >= 2 && n <= 12 ? yearRef(tokens, i + 2) : null;
    if (y && y.part.y !== undefined) return months(i, y.end, y.part, 1, n!, precisionOfMonths(n!, false));
  }
  if (txt === 't' && tokens[i + 1]?.type === 'num' && !tokens[i + 1].space && isSep(tokens[i + 2], '/') && !tokens[i + 2].space) {
    const m = isPlainInt(tokens[i + 1]);
    const y = m !== null && m >= 1 && m <= 12 ? yearRef(tokens, i + 2) : null;
    if (y && y.part.y !== undefined) return { t0: i, t1: y.end, a: { y: y.part.y, m: m! }, precision: 'month' };
  }
  // first quarter of 2024
  const hy = isSep(tokens[i + 1], '-') ? 1 : 0;
  if (ORDINAL_EN[txt] && w(tokens, i + 1 + hy, 'quarter')) {
    const y = yearRef(tokens, i + 2 + hy);
    return quarter(i, y ? y.end : i + 2 + hy, y ? y.part : { yRel: 0 }, ORDINAL_EN[txt]);
  }
  // 4th quarter 2018, the 2nd quarter of 2024
  if (t.type === 'num' && /^[1-4]$/.test(txt) && ['st', 'nd', 'rd', 'th'].includes(tokens[i + 1]?.text ?? '') && !tokens[i + 1].space && w(tokens, i + 2, 'quarter')) {
    const y = yearRef(tokens, i + 3);
    return quarter(i, y ? y.end : i + 3, y ? y.part : { yRel: 0 }, Number(txt));
  }
  // first half of 2024 / first half / H1 2024 (not `the first half of August`, a part of a month)
  if ((txt === 'first' || txt === 'second') && w(tokens, i + 1 + hy, 'half') && !(w(tokens, i + 2 + hy, 'of') && MONTHS_EN[tokens[i + 3 + hy]?.text ?? ''] !== undefined)) {
    const y = yearRef(tokens, i + 2 + hy);
    const first = txt === 'first';
    return months(i, y ? y.end : i + 2 + hy, y ? y.part : { yRel: 0 }, first ? 1 : 7, first ? 6 : 12, 'half');
  }
  if (txt === 'h' && tokens[i + 1]?.type === 'num' && !tokens[i + 1].space && (tokens[i + 1].text === '1' || tokens[i + 1].text === '2')) {
    const y = yearRef(tokens, i + 2);
    if (y) return months(i, y.end, y.part, tokens[i + 1].text === '1' ? 1 : 7, tokens[i + 1].text === '1' ? 6 : 12, 'half');
  }
  // nửa đầu năm 2024 / nửa cuối năm
  if (txt === 'nửa' && (w(tokens, i + 1, 'đầu') || w(tokens, i + 1, 'cuối')) && w(tokens, i + 2, 'năm')) {
    const y = yearRef(tokens, i + 3);
    const first = tokens[i + 1].text === 'đầu';
    return months(i, y ? y.end : i + 3, y ? y.part : { yRel: 0 }, first ? 1 : 7, first ? 6 : 12, 'half');
  }
  // nửa năm 2024, nửa năm đầu (năm) 2024: the first half (a year named; `trong nửa năm qua` is a
  // length of time).
  if (txt === 'nửa' && w(tokens, i + 1, 'năm')) {
    let j = i + 2;
    if (w(tokens, j, 'đầu')) j++;
    if (j > i + 2 && w(tokens, j, 'năm')) j++;
    const year = isYear(tokens[j]);
    if (year !== null) return months(i, j + 1, { y: year }, 1, 6, 'half');
  }
  // tháng đầu (tiên) (của) năm 2018, tháng cuối (cùng) năm: January, December. (Not after a number:
  // `2 tháng đầu năm` is read below.)
  // (`những tháng cuối năm`, `các tháng đầu năm`: the months, not one.)
  if (txt === 'tháng' && (w(tokens, i + 1, 'đầu') || w(tokens, i + 1, 'cuối')) && (t.nl || !(tokens[i - 1]?.type === 'num' || SMALL_VI[tokens[i - 1]?.text ?? ''] !== undefined || ['những', 'các', 'mấy', 'vài', 'nhiều'].includes(tokens[i - 1]?.text ?? '')))) {
    let j = i + 2;
    if (w(tokens, j, 'tiên') || w(tokens, j, 'cùng')) j++;
    if (w(tokens, j, 'của')) j++;
    if (w(tokens, j, 'năm')) {
      const y = yearRef(tokens, j) ?? yearRef(tokens, j + 1);
      const m = tokens[i + 1].text === 'đầu' ? 1 : 12;
      return { t0: i, t1: y ? y.end : j + 1, a: { ...(y ? y.part : { yRel: 0 }), m }, precision: 'month', thisYear: !y };
    }
  }
  // N tháng đầu năm [2023], N tháng cuối năm, N tháng năm 2023
  const nMonths = isPlainInt(t) ?? (t.type === 'word' ? SMALL_VI[txt] ?? null : null);
  if (nMonths !== null && nMonths >= 1 && nMonths <= 12 && w(tokens, i + 1, 'tháng')) {
    let j = i + 2;
    let last = false;
    let explicitNeeded = true;
    if (w(tokens, j, 'đầu') && w(tokens, j + 1, 'năm')) {
      j += 1;
      explicitNeeded = false;
    } else if (w(tokens, j, 'cuối') && w(tokens, j + 1, 'năm')) {
      j += 1;
      last = true;
      explicitNeeded = false;
    } else if ((w(tokens, j, 'đầu') || w(tokens, j, 'cuối')) && isYear(tokens[j + 1]) !== null) {
      // `hai tháng đầu 2024`: the year written without `năm`.
      return months(i, j + 2, { y: isYear(tokens[j + 1])! }, w(tokens, j, 'cuối') ? 13 - nMonths : 1, w(tokens, j, 'cuối') ? 12 : nMonths, precisionOfMonths(nMonths, w(tokens, j, 'cuối')));
    } else if (!w(tokens, j, 'năm')) j = -1;
    if (j > 0) {
      // j is at `năm`: `năm 2023`, `năm nay`, `năm ngoái`, or `năm` alone (this year).
      const y = yearRef(tokens, j) ?? (explicitNeeded ? null : yearRef(tokens, j + 1));
      if (!y && !explicitNeeded) j += 1;
      if (y || !explicitNeeded) {
        const part = y ? y.part : { yRel: 0 };
        const end = y ? y.end : j;
        return months(i, end, part, last ? 13 - nMonths : 1, last ? 12 : nMonths, precisionOfMonths(nMonths, last));
      }
    }
  }
  // Statistical reports: `Tính chung 10 tháng, ...`, `bình quân 10 tháng tăng 3,78%`, `Vốn FDI 10
  // tháng ước đạt ...` are the first N months of the reference year; `trong 6 tháng qua`, `kéo dài
  // 3 tháng` are durations.
  if (nMonths !== null && nMonths >= 2 && nMonths <= 11 && t.type === 'num' && w(tokens, i + 1, 'tháng')) {
    const prev = tokens[i - 1]?.text ?? '';
    const next = tokens[i + 2]?.text ?? '';
    const before = tokens[i - 2];
    // `Trong 10 tháng, …`, `Qua 10 tháng, …`, `Sau 10 tháng, …` opening a sentence of a report.
    const opensSentence = (prev === 'trong' || prev === 'qua' || prev === 'sau') && (!before || tokens[i - 1].nl || isSep(before, '.!?')) && next === ',';
    const leadIn = prev === 'chung' || prev === 'quân' || prev === 'kế' || opensSentence;
    const durationPrev = ['trong', 'sau', 'dài', 'mất', 'vòng', 'hơn', 'gần', 'khoảng', 'trên', 'dưới', 'hạn', 'thời', 'suốt', 'vài', 'những', 'mỗi', 'từng', 'tới', 'qua', 'đã'];
    const reportNext = ['đạt', 'ước', 'tăng', 'giảm', 'là', ',', 'xuất', 'nhập', 'thu', 'chi', 'vượt'];
    const durationNext = ['qua', 'tới', 'nữa', 'trước', 'sau', 'liền', 'liên', 'tù', 'tuổi'];
    // `lượng gạo xuất sang EU trong 10 tháng đạt ...`: a report of the months so far.
    // `... 2,78 tỷ USD trong 10 tháng, gấp đôi cùng kỳ`: compared with the same period, the months so far.
    let sameKyAfter = false;
    if (prev === 'trong' && !durationNext.includes(next)) {
      for (let k = i + 2; k < tokens.length && k < i + 25 && !isSep(tokens[k], '.;') && !tokens[k].nl; k++) {
        if (w(tokens, k, 'cùng') && w(tokens, k + 1, 'kỳ')) sameKyAfter = true;
      }
    }
    const reportedWithin = prev === 'trong' && ((next !== ',' && reportNext.includes(next)) || sameKyAfter);
    // An article that reports on `9 tháng đầu năm` means those months by a bare `9 tháng` (`trong 9
    // tháng`, `9 tháng qua`), except where a length of time is plain (`kéo dài 9 tháng`, `9 tháng tới`).
    const sameAsReported = !!reportedMonths?.has(nMonths) && !['dài', 'mất', 'sau', 'vòng', 'hạn', 'thời', 'vài', 'những', 'mỗi', 'từng', 'hơn', 'gần', 'khoảng', 'đến', 'tới', 'từ', '-', '–'].includes(prev) && !['tới', 'nữa', 'liền', 'liên', 'tuổi', 'trước', 'sau', 'đầu', 'cuối'].includes(next);
    if (sameAsReported || (!durationNext.includes(next) && (leadIn || reportedWithin || (reportNext.includes(next) && !durationPrev.includes(prev))))) {
      return { t0: i, t1: i + 2, a: { yRel: 0, m: 1 }, b: { yRel: 0, m: nMonths }, precision: precisionOfMonths(nMonths, false), reported: true };
    }
  }
  // `Registered FDI tops $28.5 billion in nine months`: an article that reports on the first nine
  // months means them by `in nine months` too.
  if (reportedMonths && (w(tokens, i - 1, 'in') || w(tokens, i - 1, 'the')) && w(tokens, i + 1, 'months')) {
    const n = isPlainInt(t) ?? SMALL_VI[txt] ?? null;
    const after = tokens[i + 2]?.text ?? '';
    if (n !== null && reportedMonths.has(n) && !['ago', 'earlier', 'later', 'before', 'after'].includes(after)) {
      return { t0: i, t1: i + 2, a: { yRel: 0, m: 1 }, b: { yRel: 0, m: n }, precision: precisionOfMonths(n, false), reported: true };
    }
  }
  // `the eight-month period` (`of 2023`): the first eight months, of the year named or of the
  // reference year.
  if (w(tokens, i - 1, 'the') && isSep(tokens[i + 1], '-') && w(tokens, i + 2, 'month') && w(tokens, i + 3, 'period')) {
    const n = isPlainInt(t) ?? SMALL_VI[txt] ?? null;
    if (n !== null && n >= 2 && n <= 12) {
      const y = w(tokens, i + 4, 'of') ? yearRef(tokens, i + 5) : null;
      if (y) return months(i, y.end, y.part, 1, n, precisionOfMonths(n, false));
      // (Without a year, the reference year's, like `the first nine months`.)
      return months(i, i + 4, { yRel: 0 }, 1, n, precisionOfMonths(n, false));
    }
  }
  // the first nine months of this year / first 9 months of 2024 / the opening seven months of the year
  if ((txt === 'first' || txt === 'opening') && tokens[i + 1]) {
    // `the first month of 2024`, `the opening month of the year`: January, when a year follows.
    if (w(tokens, i + 1, 'month')) {
      const y = yearRef(tokens, i + 2);
      if (y) return { t0: i, t1: y.end, a: { ...y.part, m: 1 }, precision: 'month' };
    }
    const n = isPlainInt(tokens[i + 1]) ?? SMALL_VI[tokens[i + 1].text] ?? null;
    if (n !== null && n >= 1 && n <= 12 && w(tokens, i + 2, 'months')) {
      const y = yearRef(tokens, i + 3);
      if (y) return months(i, y.end, y.part, 1, n, precisionOfMonths(n, false));
      // `in the first nine months, ...` without a year: the reference year, like `the first quarter`.
      if (w(tokens, i - 1, 'the')) return months(i, i + 3, { yRel: 0 }, 1, n, precisionOfMonths(n, false));
    }
  }

  // giai đoạn 2016-2022, thời kỳ 2016-2020, period 2016-2022
  let k = i;
  if ((txt === 'giai' && w(tokens, i + 1, 'đoạn')) || (txt === 'thời' && w(tokens, i + 1, 'kỳ'))) k = i + 2;
  else if (txt === 'period') k = i + 1;
  if (k > i && isYear(tokens[k]) !== null) {
    const r = yearRange(tokens, k);
    if (r) return { t0: i, t1: r.end, a: { y: r.y1 }, b: { y: r.y2 }, precision: 'interval' };
  }
  // từ (năm) 2016 đến (năm) 2022; from 2016 to 2022; between 2016 and 2022
  if (txt === 'từ' || txt === 'from' || txt === 'between') {
    let j = i + 1;
    if (w(tokens, j, 'năm')) j++;
    const y1 = isYear(tokens[j]);
    const link = txt === 'từ' ? ['đến', 'tới'] : txt === 'from' ? ['to', 'until'] : ['and'];
    if (y1 !== null && tokens[j + 1] && link.includes(tokens[j + 1].text)) {
      let m = j + 2;
      if (w(tokens, m, 'năm')) m++;
      const y2 = isYear(tokens[m]);
      if (y2 !== null && y2 > y1) return { t0: i, t1: m + 1, a: { y: y1 }, b: { y: y2 }, precision: 'interval' };
    }
  }

  // từ ngày 12 đến (ngày) 16/11(/2023)
  if (txt === 'từ' && w(tokens, i + 1, 'ngày')) {
    const d1 = isPlainInt(tokens[i + 2]);
    if (d1 !== null && (w(tokens, i + 3, 'đến') || w(tokens, i + 3, 'tới'))) {
      let j = i + 4;
      if (w(tokens, j, 'ngày')) j++;
      const dm = dayMonth(tokens, j, true);
      if (dm && d1 >= 1 && d1 <= 31) {
        return { t0: i, t1: dm.end, a: { ...dm.part, d: d1 }, b: dm.part, precision: 'interval' };
      }
    }
  }

  // English day ranges in one month: 13-15 July, from 13 to 15 July, the 13th to the 15th of July.
  const en = englishDayRange(tokens, i);
  if (en) return en;
  // Parts of a month or year: early March, mid-March, the end of April, the beginning of 2017.
  const part = englishPart(tokens, i);
  if (part) return part;
  // A day, weekday or week counted in a month: the first Tuesday of October, tuần đầu tiên của tháng 9.
  const nth = nthOfMonth(tokens, i);
  if (nth) return nth;

  // ngày 14/11/1994, 17-21/4/2023, 30/11-2/12/2023, ngày 12-11, 14 tháng 11 năm 2023
  const hasNgay = txt === 'ngày';
  const di = hasNgay ? i + 1 : i;
  if (tokens[di]?.type === 'num') {
    const single = dottedDate(tokens[di]);
    if (single) return { t0: i, t1: di + 1, a: single, precision: 'day' };
    const d1 = isPlainInt(tokens[di]);
    // day range with one month: 17-21/4/2023
    if (d1 !== null && isSep(tokens[di + 1], '-–') && isPlainInt(tokens[di + 2]) !== null && isSep(tokens[di + 3], '/')) {
      const dm = dayMonth(tokens, di + 2);
      if (dm && d1 >= 1 && d1 < dm.part.d!) return { t0: i, t1: dm.end, a: { ...dm.part, d: d1 }, b: dm.part, precision: 'interval' };
    }
    // ngày 14 và 15/11: two days, read as their interval.
    if (hasNgay && d1 !== null && (w(tokens, di + 1, 'và') || isSep(tokens[di + 1], ','))) {
      const dm2 = dayMonth(tokens, di + 2);
      if (dm2 && d1 >= 1 && d1 < dm2.part.d!) return { t0: i, t1: dm2.end, a: { ...dm2.part, d: d1 }, b: dm2.part, precision: 'interval' };
    }
    const dm = dayMonth(tokens, di, hasNgay);
    if (dm) {
      // a range of full day-months: 30/11-2/12/2023
      if (isSep(tokens[dm.end], '-–')) {
        const dm2 = dayMonth(tokens, dm.end + 1);
        if (dm2 && dm2.part.m! >= dm.part.m! && dm.part.y === undefined) {
          return { t0: i, t1: dm2.end, a: { ...dm.part, y: dm2.part.y }, b: dm2.part, precision: 'interval' };
        }
      }
      const yearless = dm.part.y === undefined;
      const prev = tokens[i - 1];
      const ctxOk = hasNgay || !yearless || (prev && (DAY_CONTEXT.has(prev.text) || prev.text === '(' || prev.text === ','));
      if (ctxOk) return { t0: i, t1: dm.end, a: dm.part, precision: 'day' };
    }
    // ngày 14 tháng 11 năm 2023
    if (d1 !== null && w(tokens, di + 1, 'tháng')) {
      const m = isPlainInt(tokens[di + 2]);
      if (m !== null && validDM(d1, m) && (hasNgay || w(tokens, di + 3, 'năm'))) {
        if (w(tokens, di + 3, 'năm') && isYear(tokens[di + 4]) !== null) return { t0: i, t1: di + 5, a: { y: isYear(tokens[di + 4])!, m, d: d1 }, precision: 'day' };
        return { t0: i, t1: di + 3, a: { m, d: d1 }, precision: 'day' };
      }
    }
    // English: 14 November 1994, 15 of February
    const ofMonth = d1 !== null && w(tokens, di + 1, 'of') && !!MONTHS_EN[tokens[di + 2]?.text ?? ''] && tokens[di + 2].text !== 'may' && tokens[di + 2].text !== 'march';
    if (ofMonth) {
      const y = isYear(tokens[di + 3]);
      if (d1! >= 1 && d1! <= 31) return { t0: i, t1: y !== null ? di + 4 : di + 3, a: { ...(y !== null ? { y } : {}), m: MONTHS_EN[tokens[di + 2].text], d: d1! }, precision: 'day' };
    }
    if (d1 !== null && tokens[di + 1] && MONTHS_EN[tokens[di + 1].text] && d1 >= 1 && d1 <= 31 && !hasNgay) {
      let j = di + 2;
      if (isSep(tokens[j], '.')) j++;
      const y = isYear(tokens[j]);
      if (y !== null) return { t0: i, t1: j + 1, a: { y, m: MONTHS_EN[tokens[di + 1].text], d: d1 }, precision: 'day' };
      if (tokens[di + 1].text !== 'may' && tokens[di + 1].text !== 'mar') return { t0: i, t1: di + 2, a: { m: MONTHS_EN[tokens[di + 1].text], d: d1 }, precision: 'day' };
    }
  }

  // tháng 5/2007, tháng 5-2007, tháng 5 năm 2007, tháng 1-9/2024, tháng 11
  if (txt === 'tháng') {
    const m = isPlainInt(tokens[i + 1]);
    if (m !== null && m >= 1 && m <= 12) {
      if (isSep(tokens[i + 2], '-–') && isPlainInt(tokens[i + 3]) !== null && isSep(tokens[i + 4], '/')) {
        const m2 = isPlainInt(tokens[i + 3])!;
        const y = isYear(tokens[i + 5]);
        if (y !== null && m2 > m && m2 <= 12) return months(i, i + 6, { y }, m, m2, 'interval');
      }
      const y = yearRef(tokens, i + 2);
      // (`tháng 6 năm nay`: this year's June, said so, ahead of the month of writing or not.)
      if (y) return { t0: i, t1: y.end, a: withYear({ m }, y.part), precision: 'month', ...(y.part.yRel === 0 ? { thisYear: true } : {}) };
      return { t0: i, t1: i + 2, a: { m, yRel: 0 }, precision: 'month' };
    }
  }
  // English month forms: November 14, 1994; November 2023; November 14; Nov. 14-16, 2023
  if (t.type === 'word' && MONTHS_EN[txt]) {
    const m = MONTHS_EN[txt];
    let j = i + 1;
    if (isSep(tokens[j], '.') && txt.length <= 4) j++;
    // (`March the 15th`: the article before an ordinal day.)
    if (w(tokens, j, 'the') && isPlainInt(tokens[j + 1]) !== null && ['st', 'nd', 'rd', 'th'].includes(tokens[j + 2]?.text ?? '')) j++;
    const d = isPlainInt(tokens[j]);
    if (d !== null && d >= 1 && d <= 31 && tokens[j].text.length <= 2) {
      let e = j + 1;
      // (`March 3rd 2015`: an ordinal suffix.)
      if (tokens[e] && !tokens[e].space && ['st', 'nd', 'rd', 'th'].includes(tokens[e].text)) e++;
      let d2: number | null = null;
      if (isSep(tokens[e], '-–') && isPlainInt(tokens[e + 1]) !== null) {
        d2 = isPlainInt(tokens[e + 1]);
        e += 2;
      }
      let k2 = e;
      if (isSep(tokens[k2], ',')) k2++;
      const y = isYear(tokens[k2]);
      const part: DatePart = y !== null ? { y, m, d } : { m, d };
      const end = y !== null ? k2 + 1 : e;
      if (txt === 'may' && y === null) return null;
      if (d2 !== null && d2 > d && d2 <= 31) return { t0: i, t1: end, a: part, b: { ...part, d: d2 }, precision: 'interval' };
      return { t0: i, t1: end, a: part, precision: 'day' };
    }
    // (`in November, 1971`: a comma may stand between the month and its year.)
    const y = isYear(tokens[j]) ?? (isSep(tokens[j], ',') && txt.length > 3 ? isYear(tokens[j + 1]) : null);
    if (y !== null) return { t0: i, t1: isYear(tokens[j]) !== null ? j + 1 : j + 2, a: { y, m }, precision: 'month' };
    // `in March this year`, `October of last year`: the month of a year said relatively (not the
    // year alone, which the words after the month would otherwise make the figure's period).
    const ofRel = w(tokens, j, 'of') ? 1 : 0;
    const relYear = relativeYear(tokens, j + ofRel);
    if (relYear && tokens[j + ofRel].text !== 'năm' && (txt !== 'may' || ['in', 'of', 'since', 'during', 'until'].includes(tokens[i - 1]?.text ?? ''))) {
      return { t0: i, t1: relYear.end, a: { m, yRel: relYear.rel }, precision: 'month' };
    }
    // `Feb-24`, `Jan-2024`: month and year as tables write them (three letters, glued by a dash).
    const yy = tokens[j + 1];
    if (j === i + 1 && txt.length === 3 && isSep(tokens[j], '-') && !tokens[j].space && yy?.type === 'num' && !yy.space && !(tokens[j + 2] && !tokens[j + 2].space && tokens[j + 2].type !== 'punct')) {
      if (/^\d\d$/.test(yy.text)) return { t0: i, t1: j + 2, a: { y: 2000 + Number(yy.text), m }, precision: 'month' };
      const y4 = isYear(yy);
      if (y4 !== null) return { t0: i, t1: j + 2, a: { y: y4, m }, precision: 'month' };
    }
    if (isSep(tokens[j], '-–') && tokens[j + 1] && MONTHS_EN[tokens[j + 1].text] > m) {
      const m2 = MONTHS_EN[tokens[j + 1].text];
      const y2 = isYear(tokens[j + 2]);
      if (y2 !== null) return months(i, j + 3, { y: y2 }, m, m2, 'interval');
      // January-September (period) (of this year)
      let e = j + 2;
      if (w(tokens, e, 'period')) e++;
      const yr = yearRef(tokens, e);
      return months(i, yr ? yr.end : e, yr ? yr.part : { yRel: 0 }, m, m2, 'interval');
    }
    // `in October`: a year-less month (not `may`, not an abbreviation).
    const before = tokens[i - 1]?.text;
    if ((before === 'in' || before === 'since' || before === 'during' || before === 'until') && txt.length > 3 && txt !== 'may') {
      return { t0: i, t1: i + 1, a: { m, yRel: 0 }, precision: 'month' };
    }
  }

  // năm 2023; năm nay; năm ngoái; this year; last year
  if (txt === 'năm') {
    const y = isYear(tokens[i + 1]);
    if (y !== null) {
      // năm 2016-2022
      const r = yearRange(tokens, i + 1);
      if (r) return { t0: i, t1: r.end, a: { y: r.y1 }, b: { y: r.y2 }, precision: 'interval' };
      return { t0: i, t1: i + 2, a: { y }, precision: 'year' };
    }
  }
  const rel = relativeYear(tokens, i);
  // `trong những năm tới` is the coming years, not next year.
  if (rel && !['những', 'các', 'nhiều', 'mấy', 'vài'].includes(tokens[i - 1]?.text ?? '')) {
    const prev = tokens[i - 1];
    // (A number that ends a date, `date 2023-06 Năm ngoái, …`, counts no years.)
    const prevNumeric = prev && (prev.type === 'num' || SMALL_VI[prev.text] !== undefined) && !(prev.type === 'num' && !prev.space && isSep(tokens[i - 2], '-/.'));
    // (`this year to mid-October`, `this year through June`: the year so far, not the year.)
    if (rel.rel === 0 && txt === 'this' && ['to', 'through', 'until', 'till'].includes(tokens[rel.end]?.text ?? '')) {
      return { t0: i, t1: rel.end, a: { yRel: 0, m: 1 }, b: { yRel: 0 }, precision: 'interval', ytd: true };
    }
    if (!(prevNumeric && !t.nl && txt === 'năm')) return { t0: i, t1: rel.end, a: { yRel: rel.rel }, precision: 'year' };
  }
  // A bare year, or a bare range of years: 2016-2022
  const y = isYear(t);
  if (y !== null && (t.space || isSep(tokens[i - 1], '('))) {
    const prev = tokens[i - 1];
    if (prev && (isSep(prev, '/-–.') && !prev.space)) return null;
    // `1900 1234`, `024 3825 3825`: phone numbers.
    if (tokens[i + 1]?.type === 'num' && tokens[i + 1].space) return null;
    // `2000 người` is a count: a bare year needs a year-like word before it or no noun after it.
    const next = tokens[i + 1];
    // `2000 đồng`, `từ 1000 đến 2000 đồng`, `to 2000 dollars`, `2000 tấn`: an amount, not a year (a
    // year word before it keeps it one: `năm 2000 đồng loạt`, `in 2000 tonnes were`).
    if (next && !next.nl && !(prev && YEAR_WORDS.has(prev.text)) && (CURRENCY_CODES_LOWER.has(next.text) || CURRENCY_WORDS.matchAt(tokens, i + 1) || MEASURES.matchAt(tokens, i + 1) || PERCENT.matchAt(tokens, i + 1))) return null;
    const nounAfter = next && next.type === 'word' && !next.nl && next.text !== 's' && !UPPER_START.test(cased(normText, next));
    const prev2 = tokens[i - 2];
    const named = (x: Token | undefined) => !!x && x.type === 'word' && UPPER_START.test(cased(normText, x));
    // `APEC 2027`, `Vietnam Expo 2024`, `QS Rankings 2025`: a year that ends a name is part of it.
    if (named(prev) && !YEAR_BEFORE.has(prev.text) && MONTHS_EN[prev.text] === undefined && !yearRange(tokens, i) && prev2 && !prev.nl && !isSep(prev2, '.!?') && !QUALIFIER_START.has(prev.text)) return null;
    if (nounAfter && !(prev && (YEAR_BEFORE.has(prev.text) || prev.text === '(' || prev.text === ',' || named(prev) || (named(prev2) && !FUNCTION_AFTER_YEAR.has(prev.text))))) {
      if (!FUNCTION_AFTER_YEAR.has(next.text)) return null;
    }
    const r = yearRange(tokens, i);
    if (r) return { t0: i, t1: r.end, a: { y: r.y1 }, b: { y: r.y2 }, precision: 'interval' };
    return { t0: i, t1: i + 1, a: { y }, precision: 'year' };
  }
  return null;
}

/** Words before a bare number that make it a year whatever follows. */
const YEAR_WORDS = new Set(['năm', 'in', 'since', 'niên', 'khóa', 'mùa']);

/** Capitalized words before a number that are no name (`Hơn 2024 người`). */
const QUALIFIER_START = new Set(['hơn', 'gần', 'khoảng', 'trên', 'dưới', 'over', 'about', 'nearly', 'some', 'around']);

/** Words that may follow a year without making it a count. */
const FUNCTION_AFTER_YEAR = new Set(['và', 'với', 'của', 'cho', 'tại', 'ở', 'trong', 'là', 'đã', 'được', 'sẽ', 'có', 'này', 'đó', 'đến', 'so', 'khi', 'thì', 'mà', 'nhưng', 'vào', 'theo', 'về', 'sau', 'trước', 'qua', 'tới', 'đạt', 'tăng', 'giảm', 'and', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'was', 'were', 'is', 'are', 'as', 'when', 'after', 'before', 'the', 'while', 'which', 'that']);

/** The token's text with its case (tokens are lower-cased). */
function cased(normText: string, t: Token): string {
  return normText.slice(t.start, t.end);
}

/** The last day of month m (of year y, or of a year that is no leap year). */
function lastDay(m: number, y?: number): number {
  return new Date(Date.UTC(y ?? 2023, m, 0)).getUTCDate();
}

/**
 * Parts of a month or a year, as thirds of a month and the first three or last four months of a
 * year (the reading other date parsers give): `early March` (1-10), `mid-March` (11-20), `late
 * March` and `the end of April` (21 to the end), `the beginning of January` (1-10); `the end of
 * 2012` (September to December), `the beginning of 2017` (January to March), `the end of the year`,
 * `the end of the month`.
 */
function englishPart(tokens: Token[], i: number): RawDate | null {
  let k = i;
  if (w(tokens, k, 'at')) k++;
  if (w(tokens, k, 'the')) k++;
  const x = tokens[k]?.text;
  let which: 'begin' | 'mid' | 'end' | null = null;
  let j = k + 1;
  if (x === 'early' || x === 'late') which = x === 'early' ? 'begin' : 'end';
  else if (x === 'mid') {
    which = 'mid';
    if (isSep(tokens[j], '-') && !tokens[j].space) j++;
  } else if ((x === 'end' || x === 'beginning' || x === 'start') && w(tokens, k + 1, 'of')) {
    which = x === 'end' ? 'end' : 'begin';
    j = k + 2;
    if (w(tokens, j, 'the')) j++;
  }
  if (!which || j === i) return null;
  // (`by the end of August 2023`, `as of the end of …`: a running total to that month, read elsewhere.)
  let before = t0Of(tokens, i, k) - 1;
  while (w(tokens, before, 'the') || w(tokens, before, 'at')) before--;
  if (which === 'end' && x === 'end' && (w(tokens, before, 'by') || w(tokens, before, 'of'))) return null;
  // (`at` and `the` belong to the date only with a part word after them.)
  const t0 = tokens[i].text === 'at' && k > i ? i : k === i + 1 && w(tokens, i, 'the') ? i : k;
  const m = MONTHS_EN[tokens[j]?.text ?? ''];
  if (m && tokens[j].text !== 'may' && tokens[j].text !== 'march' || (m && (x === 'early' || x === 'late' || x === 'mid' || w(tokens, j - 1, 'of')))) {
    const y = isYear(tokens[j + 1]);
    const part: DatePart = y !== null ? { y, m } : { m };
    const [d1, d2] = which === 'begin' ? [1, 10] : which === 'mid' ? [11, 20] : [21, lastDay(m, y ?? undefined)];
    return { t0, t1: y !== null ? j + 2 : j + 1, a: part, precision: 'month', shown: { a: { ...part, d: d1 }, b: { ...part, d: d2 }, precision: 'interval' } };
  }
  if (which === 'mid') return null;
  const y = isYear(tokens[j]);
  const year = y !== null ? { y } : w(tokens, j, 'year') ? { yRel: 0 } : null;
  if (year) return { t0, t1: j + 1, a: year, precision: 'year', shown: { a: { ...year, m: which === 'begin' ? 1 : 9 }, b: { ...year, m: which === 'begin' ? 3 : 12 }, precision: 'interval' }, thisYear: true };
  return null;
}

/** The first token of a part phrase: `at`, `the` or the part word. */
function t0Of(tokens: Token[], i: number, k: number): number {
  return tokens[i].text === 'at' && k > i ? i : k === i + 1 && w(tokens, i, 'the') ? i : k;
}

/** A day of the month at k (`13`, `13th`, `the 13th`): its number and the index after it. */
function dayOfMonth(tokens: Token[], k: number, the: boolean): { d: number; end: number } | null {
  if (the && w(tokens, k, 'the')) k++;
  const d = isPlainInt(tokens[k]);
  if (d === null || d < 1 || d > 31 || tokens[k].text.length > 2) return null;
  k++;
  if (tokens[k] && !tokens[k].space && ['st', 'nd', 'rd', 'th'].includes(tokens[k].text)) k++;
  return { d, end: k };
}

/** Words that join the two days of a range (`13 to 15`, `13-15`, `13 through 15`). */
const DAY_RANGE_LINK = new Set(['-', '–', 'to', 'through', 'until', 'till']);

/**
 * English day ranges in one month: `13-15 July`, `from 13 to 15 July`, `the 13th to the 15th of
 * July 2024` (day first), and `July 13 to 15`, `July 13 through 15`, `Aug 8 - Aug 12`, `August 27th -
 * 29th` (month first).
 */
function englishDayRange(tokens: Token[], i: number): RawDate | null {
  const t = tokens[i];
  if (!t) return null;
  // Day first.
  if (t.type === 'num' || t.text === 'the') {
    const a = dayOfMonth(tokens, i, true);
    if (!a || !tokens[a.end] || !DAY_RANGE_LINK.has(tokens[a.end].text)) return null;
    const b = dayOfMonth(tokens, a.end + 1, true);
    if (!b) return null;
    let k = b.end;
    if (w(tokens, k, 'of')) k++;
    const m = MONTHS_EN[tokens[k]?.text ?? ''];
    if (!m || tokens[k].text === 'may' && !isYear(tokens[k + 1]) || b.d <= a.d) return null;
    let e = k + 1;
    if (isSep(tokens[e], ',')) e++;
    const y = isYear(tokens[e]);
    const part: DatePart = y !== null ? { y, m } : { m };
    return { t0: i, t1: y !== null ? e + 1 : k + 1, a: { ...part, d: a.d }, b: { ...part, d: b.d }, precision: 'interval' };
  }
  // Month first.
  const m = MONTHS_EN[t.text];
  if (!m) return null;
  let j = i + 1;
  if (isSep(tokens[j], '.') && t.text.length <= 4) j++;
  const a = dayOfMonth(tokens, j, false);
  if (!a || !tokens[a.end] || !DAY_RANGE_LINK.has(tokens[a.end].text)) return null;
  let k = a.end + 1;
  // (`Aug 8 - Aug 12`: the month again.)
  if (MONTHS_EN[tokens[k]?.text ?? ''] === m) k += isSep(tokens[k + 1], '.') ? 2 : 1;
  const b = dayOfMonth(tokens, k, false);
  if (!b || b.d <= a.d) return null;
  // (`July 13-15` is read by the month forms below.)
  if (k === a.end + 1 && isSep(tokens[a.end], '-–') && b.end === k + 1) return null;
  let e = b.end;
  if (isSep(tokens[e], ',')) e++;
  const y = isYear(tokens[e]);
  const part: DatePart = y !== null ? { y, m } : { m };
  return { t0: i, t1: y !== null ? e + 1 : b.end, a: { ...part, d: a.d }, b: { ...part, d: b.d }, precision: 'interval' };
}

function yearRange(tokens: Token[], i: number): { y1: number; y2: number; end: number } | null {
  const y1 = isYear(tokens[i]);
  if (y1 === null || !isSep(tokens[i + 1], '-–')) return null;
  const nx = tokens[i + 2];
  let y2 = isYear(nx);
  if (y2 === null && nx && isPlainInt(nx) !== null && nx.text.length === 2) y2 = Math.floor(y1 / 100) * 100 + Number(nx.text);
  if (y2 === null || y2 <= y1) return null;
  return { y1, y2, end: i + 3 };
}

/** d/m, d/m/yyyy, d-m-yyyy (and d-m after `ngày`) at i. */
function dayMonth(tokens: Token[], i: number, dashOk = false): { part: DatePart; end: number } | null {
  const d = isPlainInt(tokens[i]);
  if (d === null || tokens[i].text.length > 2) return null;
  const sep = tokens[i + 1];
  if (!sep || sep.type !== 'punct' || (sep.text !== '/' && sep.text !== '-') || sep.space) return null;
  const m = isPlainInt(tokens[i + 2]);
  if (m === null || tokens[i + 2].space || tokens[i + 2].text.length > 2 || !validDM(d, m)) return null;
  const s2 = tokens[i + 3];
  if (s2 && s2.type === 'punct' && s2.text === sep.text && !s2.space) {
    const y = isYear(tokens[i + 4]);
    if (y !== null && !tokens[i + 4].space) return { part: { y, m, d }, end: i + 5 };
  }
  if (sep.text === '-' && !dashOk) return null;
  return { part: { m, d }, end: i + 3 };
}

/** 14.11.1994 arrives as one number token. */
function dottedDate(t: Token): DatePart | null {
  const p = t.text.split('.');
  if (p.length !== 3 || p[2].length !== 4 || p[0].length > 2 || p[1].length > 2) return null;
  const d = Number(p[0]);
  const m = Number(p[1]);
  const y = Number(p[2]);
  if (!validDM(d, m) || y < 1900 || y > 2100) return null;
  return { y, m, d };
}

function quarter(t0: number, t1: number, part: DatePart, q: number): RawDate {
  return months(t0, t1, part, q * 3 - 2, q * 3, 'quarter');
}

function months(t0: number, t1: number, part: DatePart, m1: number, m2: number, precision: Precision): RawDate {
  const y = { y: part.y, yRel: part.yRel };
  return { t0, t1, a: clean({ ...y, m: m1 }), b: clean({ ...y, m: m2 }), precision, reported: true };
}

function clean(p: DatePart): DatePart {
  const o: DatePart = {};
  if (p.y !== undefined) o.y = p.y;
  if (p.yRel !== undefined) o.yRel = p.yRel;
  if (p.m !== undefined) o.m = p.m;
  if (p.d !== undefined) o.d = p.d;
  return o;
}

function precisionOfMonths(n: number, last: boolean): Precision {
  if (n === 3 && !last) return 'quarter';
  if (n === 6) return 'half';
  if (n === 12) return 'year';
  return 'interval';
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatPart(p: DatePart, year: number): string {
  let s = String(year);
  if (p.m !== undefined) s += '-' + pad(p.m);
  if (p.d !== undefined) s += '-' + pad(p.d);
  return s;
}

/** The year of a part, given the reference year (null when it cannot be known). */
export function yearOf(p: DatePart, refYear: number | null): number | null {
  if (p.y !== undefined) return p.y;
  if (refYear === null) return null;
  return refYear + (p.yRel ?? 0);
}

/** True when some year of the date comes from the reference date. */
export function needsReference(r: RawDate): boolean {
  return r.a.y === undefined || (!!r.b && r.b.y === undefined);
}

/**
 * The ISO value of a raw date. A year-less day or month takes the reference year, or the year
 * before when that would put it more than two months after the reference date.
 */
/** False for impossible days (`31/2/2023`). */
const realDays = new Map<string, boolean>();
function realDay(iso: string): boolean {
  let ok = realDays.get(iso);
  if (ok === undefined) {
    ok = computeRealDay(iso);
    if (realDays.size >= 10_000) realDays.clear();
    realDays.set(iso, ok);
  }
  return ok;
}

function computeRealDay(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (!d) return true;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function resolveDate(r: RawDate, ref: string | null): string | null {
  const v = resolveRaw(r, ref);
  if (!v) return null;
  for (const part of v.split('/')) if (!realDay(part)) return null;
  return v;
}

function resolveRaw(r: RawDate, ref: string | null): string | null {
  if (r.relative) return resolveRelative(r.relative, ref);
  const refYear = ref ? Number(ref.slice(0, 4)) : null;
  if (r.ytd) {
    if (!ref) return null;
    // On the first of a month the year so far ends with the month before (a reference the day after
    // `10 tháng đầu năm` makes `từ đầu năm đến nay` January to October).
    let m = Number(ref.slice(5, 7));
    if (ref.slice(8, 10) === '01' && m > 1) m--;
    const mm = String(m).padStart(2, '0');
    return m === 1 ? `${ref.slice(0, 4)}-01` : `${ref.slice(0, 4)}-01/${ref.slice(0, 4)}-${mm}`;
  }
  const adjust = (p: DatePart): number | null => {
    let y = yearOf(p, refYear);
    if (y === null) return null;
    if (p.y === undefined && (p.yRel ?? 0) === 0 && p.m !== undefined && ref && !r.thisYear) {
      const refMonth = Number(ref.slice(5, 7));
      // (A period the article reports on that would start more than half a year after the month of
      // writing is last year's: `quý IV` in an article of January 2024 reports Q4 2023, while `quý
      // ba` in March is this year's, ahead.)
      if (r.reported) {
        if (r.a.m !== undefined && r.a.y === undefined && r.a.m - refMonth >= 7) y -= 1;
      } else if (p.m - refMonth > 2) y -= 1;
    }
    return y;
  };
  const ya = adjust(r.a);
  if (ya === null) return null;
  if (r.nthOf && r.a.m !== undefined) return nthInMonth(ya, r.a.m, r.nthOf);
  const a = formatPart(r.a, ya);
  if (!r.b) return a;
  const yb = r.b.y !== undefined ? r.b.y : r.a.y !== undefined && r.b.yRel === undefined ? r.a.y : adjust(r.b);
  if (yb === null) return null;
  const b = formatPart(r.b, yb);
  return a === b ? a : `${a}/${b}`;
}

/** The day (`YYYY-MM-DD`) or Monday-to-Sunday week (`…/…`) `nth` names in month m of year y. */
function nthInMonth(y: number, m: number, nth: NonNullable<RawDate['nthOf']>): string | null {
  const DAYMS = 86400000;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  const first = Date.UTC(y, m - 1, 1);
  const last = Date.UTC(y, m, 0);
  const dow = (t: number) => ((new Date(t).getUTCDay() + 6) % 7) + 1; // Monday 1 … Sunday 7
  if (nth.unit === 'day') return iso(nth.n > 0 ? first + (nth.n - 1) * DAYMS : last);
  if (nth.unit === 'weekday') {
    const wd = nth.weekday!;
    if (nth.n > 0) {
      const t = first + ((wd - dow(first) + 7) % 7) * DAYMS + (nth.n - 1) * 7 * DAYMS;
      return t <= last ? iso(t) : null;
    }
    return iso(last - ((dow(last) - wd + 7) % 7) * DAYMS);
  }
  // Whole weeks inside the month: the first starts on its first Monday, the last ends on its last Sunday.
  if (nth.n > 0) {
    const mon = first + ((1 - dow(first) + 7) % 7) * DAYMS + (nth.n - 1) * 7 * DAYMS;
    return mon + 6 * DAYMS <= last ? `${iso(mon)}/${iso(mon + 6 * DAYMS)}` : null;
  }
  const sun = last - ((dow(last) - 7 + 7) % 7) * DAYMS;
  return `${iso(sun - 6 * DAYMS)}/${iso(sun)}`;
}

const NTH_EN: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5 };

/**
 * A day, weekday or week counted in a month: `the first Tuesday of October (2014)`, `the last
 * Monday of March`, `the first week of October 2014`, `the last day of October 2015`; `ngày đầu tiên
 * của tháng 3`, `tuần đầu tiên của tháng 9 năm 2017`, `ngày cuối cùng của tháng 10`.
 */
function nthOfMonth(tokens: Token[], i: number): RawDate | null {
  const t0 = w(tokens, i, 'the') ? i + 1 : i;
  let k = t0;
  let n: number | undefined;
  let unit: 'day' | 'weekday' | 'week' | undefined;
  let weekday: number | undefined;
  const x = tokens[k]?.text ?? '';
  if (NTH_EN[x] !== undefined || (tokens[k]?.type === 'num' && NTH_EN[x + (tokens[k + 1]?.text ?? '')] !== undefined && !tokens[k + 1].space)) {
    n = NTH_EN[x] ?? NTH_EN[x + tokens[k + 1].text];
    k += NTH_EN[x] !== undefined ? 1 : 2;
    const u = tokens[k]?.text ?? '';
    if (u === 'day') unit = 'day';
    else if (u === 'week') unit = 'week';
    else if (EN_WEEKDAYS[u]) [unit, weekday] = ['weekday', EN_WEEKDAYS[u]];
    if (!unit || !(w(tokens, k + 1, 'of') || w(tokens, k + 1, 'in'))) return null;
    k += 2;
    if (w(tokens, k, 'the') && w(tokens, k + 2, 'of')) return null;
    const m = MONTHS_EN[tokens[k]?.text ?? ''];
    if (!m) return null;
    const y = isYear(tokens[k + 1]);
    return { t0: i, t1: y !== null ? k + 2 : k + 1, a: y !== null ? { y, m } : { m }, precision: unit === 'week' ? 'interval' : 'day', nthOf: { n, unit, weekday } };
  }
  if ((x === 'ngày' || x === 'tuần') && (w(tokens, k + 1, 'đầu') || w(tokens, k + 1, 'cuối'))) {
    unit = x === 'ngày' ? 'day' : 'week';
    n = tokens[k + 1].text === 'đầu' ? 1 : -1;
    k += 2;
    if (w(tokens, k, 'tiên') || w(tokens, k, 'cùng')) k++;
    if (w(tokens, k, 'của')) k++;
    if (!w(tokens, k, 'tháng')) return null;
    const m = isPlainInt(tokens[k + 1]);
    if (m === null || m < 1 || m > 12) return null;
    let e = k + 2;
    let y: number | null = null;
    if (w(tokens, e, 'năm') && isYear(tokens[e + 1]) !== null) [y, e] = [isYear(tokens[e + 1]), e + 2];
    else if (isSep(tokens[e], '/') && isYear(tokens[e + 1]) !== null) [y, e] = [isYear(tokens[e + 1]), e + 2];
    return { t0: i, t1: e, a: y !== null ? { y, m } : { m }, precision: unit === 'week' ? 'interval' : 'day', nthOf: { n, unit } };
  }
  return null;
}

/** `[hết] [ngày] 20/9[/2024]` or `[hết] tháng 10[/2024]` ending a year to date. */
function yearToDateEnd(tokens: Token[], j: number): { part: DatePart; year: DatePart; end: number } | null {
  if (w(tokens, j, 'hết')) j++;
  const yearAfter = (k: number): { y: DatePart; end: number } => {
    const y = isSep(tokens[k], '/-') ? isYear(tokens[k + 1]) : null;
    return y !== null ? { y: { y }, end: k + 2 } : { y: { yRel: 0 }, end: k };
  };
  if (w(tokens, j, 'tháng')) {
    const m = isPlainInt(tokens[j + 1]);
    if (m === null || m < 1 || m > 12) return null;
    const ya = yearAfter(j + 2);
    return { part: { m }, year: ya.y, end: ya.end };
  }
  if (w(tokens, j, 'ngày')) j++;
  const d = isPlainInt(tokens[j]);
  const m = isSep(tokens[j + 1], '/-') ? isPlainInt(tokens[j + 2]) : null;
  if (d === null || m === null || d < 1 || d > 31 || m < 1 || m > 12) return null;
  const ya = yearAfter(j + 3);
  return { part: { m, d }, year: ya.y, end: ya.end };
}

/** A capital first letter (built once: a literal with `\p{}` may be rebuilt at every call once transpiled). */
const UPPER_START = /^\p{Lu}/u;

/** The N of every `N tháng đầu năm` in the text: the months the article reports on. */
export function reportedMonthCounts(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 3 < tokens.length; i++) {
    // `the first nine months`: English reports count the same months.
    if (w(tokens, i, 'first') && w(tokens, i + 2, 'months')) {
      const n = isPlainInt(tokens[i + 1]) ?? SMALL_VI[tokens[i + 1].text] ?? null;
      if (n !== null && n >= 2 && n <= 11) out.add(n);
      continue;
    }
    // `9 tháng đầu năm`, `9 tháng năm 2024`, `9 tháng năm nay`, `tính chung 9 tháng`.
    if (tokens[i].type !== 'num' || !w(tokens, i + 1, 'tháng')) continue;
    const first = w(tokens, i + 2, 'đầu') && w(tokens, i + 3, 'năm');
    const ofYear = w(tokens, i + 2, 'năm') && (isYear(tokens[i + 3]) !== null || w(tokens, i + 3, 'nay'));
    const overall = w(tokens, i - 1, 'chung') && w(tokens, i - 2, 'tính');
    if (!first && !ofYear && !overall) continue;
    const n = isPlainInt(tokens[i]);
    if (n !== null && n >= 2 && n <= 11) out.add(n);
  }
  return out;
}

/** The last day of an ISO value (its end), as `YYYY-MM-DD`. */
export function endDay(iso: string): string {
  const last = iso.includes('/') ? iso.split('/')[1] : iso;
  const [y, m, d] = last.split('-').map(Number);
  if (d) return last;
  if (m) return `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
  return `${y}-12-31`;
}
