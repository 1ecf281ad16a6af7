/**
 * Figures: money, percentages, percentage points, counts, measures and multiples, read from the
 * token stream in one left-to-right pass (dates are read first and their tokens skipped).
 *
 * A figure's span covers an optional currency prefix (`US$`), the number (or range), the scale
 * word and the unit (`600 triệu USD`, `2,5%`, `4.743 trường học`); a qualifier before it (`gần`,
 * `hơn`, `about`) is reported in `qualifier` and `bound`, not in the span.
 */
import type { Bound, Figure, FigureKind, FigureReading } from '../types';
import type { Token } from './tokens';
import { NEWS_SYMBOLS } from './currencies';
import { readNumberWords, spokenFraction } from './numberWords';
import { mergeCompounds } from './compound';
import { SIGN_WORDS, signedAt, negate } from './signs';
import { readLiteral, isAmbiguous, type Convention, type LiteralReadings } from './numbers';
import {
  CHANGE, CLASSIFIERS, COUNT_NOUNS, CURRENCY_CODES, CURRENCY_CODES_LOWER, CURRENCY_PREFIXES, CURRENCY_SUFFIX_SYMBOLS, CURRENCY_SYMBOLS, CURRENCY_WORDS, SUBUNIT_WORDS,
  DURATIONS, FRACTIONS, GLUED_SCALES, MEASURE_FACTORS, MEASURES, MONO_NOUNS, MULTIPLE_WORDS, NON_FIGURE_BEFORE, PERCENT, POINTS,
  POST_QUALIFIERS, QUALIFIERS, SCALES, STOP_AFTER, VAGUE, WORD_NUMBERS,
} from './tables';

/** A figure while it is being built: token indices and the facts attachment needs. */
export interface FigureDraft {
  figure: Figure;
  /** Token range of the span [t0, t1) and of the whole construction including qualifier/verb. */
  t0: number;
  t1: number;
  /** First token of the construction (verb, `từ`, qualifier). */
  c0: number;
  /** `từ X lên Y`: which endpoint this is. */
  role?: 'from' | 'to';
  /** A change verb directly before. */
  changeDirection?: 'up' | 'down';
}

export interface FigureContext {
  tokens: Token[];
  norm: string;
  /** Tokens consumed by dates: figures never start inside them. */
  consumed: Uint8Array;
  convention: Convention;
  /** Whether the convention comes from the article's own unambiguous numbers (else its language). */
  conventionEvidence?: boolean;
  language: 'vi' | 'en';
  /** Tokens on a title-case line (`Vietnam Welcomes 12 Million Visitors`), where capitals say nothing. */
  titleCase?: Uint8Array;
}

interface NumberPart {
  /** The literal's readings, or a fixed value (words). */
  lit?: string;
  readings?: LiteralReadings;
  value?: number;
  end: number;
  /** Range high end. */
  high?: NumberPart;
  bound?: Bound;
}

function isCapitalized(fc: FigureContext, t: Token | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  const c = fc.norm[t.start];
  return c !== c.toLowerCase();
}

function isNum(t: Token | undefined): boolean {
  return !!t && t.type === 'num';
}

function isPunct(t: Token | undefined, s: string): boolean {
  return !!t && t.type === 'punct' && s.includes(t.text);
}

/** The document's separator convention, from literals that only one convention can read. */
export function documentConvention(tokens: Token[], language: 'vi' | 'en'): { convention: Convention; evidence: boolean } {
  let vi = 0;
  let en = 0;
  for (const t of tokens) {
    if (t.type !== 'num' || !/[.,]/.test(t.text)) continue;
    const r = readLiteral(t.text);
    if (r.vi !== null && r.en === null) vi++;
    else if (r.en !== null && r.vi === null) en++;
  }
  if (vi > en) return { convention: 'vi', evidence: true };
  if (en > vi) return { convention: 'en', evidence: true };
  return { convention: language, evidence: false };
}

/** Words and symbols a figure can start with besides a digit (three-letter codes are checked apart). */
/** Words that may follow `yen 3,000` (the amount ends its phrase; `euro 20 years ago` is no amount). */
const AFTER_PREFIXED_AMOUNT = new Set(['in', 'for', 'per', 'a', 'an', 'and', 'or', 'to', 'on', 'at', 'each', 'from', 'by', 'with', 'was', 'is', 'were', 'are', 'will', 'would', 'last', 'this', 'that']);

/** `to double`, `will triple`: a base-form multiple verb, a figure only after `to` or a modal (never `double taxation`). */
const BASE_MULTIPLES: Record<string, number> = { double: 2, triple: 3, quadruple: 4 };
const MODALS = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall']);

const FIGURE_START = new Set<string>([
  'gấp', 'twice', 'an', ...Object.keys(BASE_MULTIPLES), ...MULTIPLE_WORDS.firstWords(), ...CURRENCY_PREFIXES.firstWords(), ...VAGUE.firstWords(), ...FRACTIONS.firstWords(),
  ...Object.keys(WORD_NUMBERS),
]);

/** Marks the tokens of lines where most words (of four or more) start with a capital. */
function titleCaseLines(fc: FigureContext): Uint8Array {
  const { tokens, norm } = fc;
  const out = new Uint8Array(tokens.length);
  let start = 0;
  for (let k = 0; k <= tokens.length; k++) {
    if (k === tokens.length || (k > start && tokens[k].nl)) {
      let words = 0;
      let caps = 0;
      for (let m = start; m < k; m++) {
        const t = tokens[m];
        if (t.type !== 'word' || t.text.length < 2) continue;
        words++;
        const c = norm[t.start];
        if (c !== c.toLowerCase()) caps++;
      }
      if (words >= 4 && caps / words > 0.6) out.fill(1, start, k);
      start = k;
    }
  }
  return out;
}

/** Reads every figure. */
export function readFigures(fc: FigureContext): FigureDraft[] {
  const out: FigureDraft[] = [];
  const { tokens } = fc;
  fc.titleCase = titleCaseLines(fc);
  let i = 0;
  while (i < tokens.length) {
    if (fc.consumed[i]) {
      i++;
      continue;
    }
    const d = readFigureAt(fc, i);
    if (d) {
      out.push(d);
      i = d.t1;
    } else i++;
  }
  // `7 feet 10 inches`, `2 năm 3 tháng`, `hai năm rưỡi`: one figure (compound.ts).
  const merged = mergeCompounds(fc, out);
  markFromTo(fc, merged);
  markListedChanges(fc, merged);
  doubtMillionDecimals(fc, merged);
  return merged;
}

/**
 * `1,288 triệu USD, giảm 329 triệu USD …, trong đó xuất khẩu đạt xấp xỉ 946 triệu USD`: read with
 * the article's decimal comma it is 1.288 million — yet the amounts beside it in its sentence are
 * hundreds of times larger and near the thousands reading (1,288 million). An article that writes
 * `58,639 USD` as well mixes conventions: the reading is kept as a guess, with both values.
 */
const MILLION_DECIMAL = /^(?:\D*?)(\d{1,3}),(\d{3})\s*(?:triệu|million)\b/u;
function doubtMillionDecimals(fc: FigureContext, drafts: FigureDraft[]): void {
  for (let k = 0; k < drafts.length; k++) {
    const f = drafts[k].figure;
    const value = f.value;
    if (f.kind !== 'money' || f.readings || typeof value !== 'number') continue;
    const m = MILLION_DECIMAL.exec(fc.norm.slice(f.start, f.end).toLowerCase());
    if (!m || Math.abs(value - Number(`${m[1]}.${m[2]}`) * 1e6) > 1) continue;
    const thousands = Number(`${m[1]}${m[2]}`) * 1e6;
    const sentenceOf = (x: Figure) => !/[.!?]\s|\n/.test(fc.norm.slice(Math.min(x.end, f.end), Math.max(x.start, f.start)));
    // (Only the figures a few places either side: a text of nothing but such amounts stays linear.)
    const near = drafts.slice(Math.max(0, k - 12), k + 13).filter((d) => d !== drafts[k] && d.figure.kind === 'money' && d.figure.unit === f.unit && !Array.isArray(d.figure.value) && Math.abs(d.figure.start - f.start) < 300 && sentenceOf(d.figure));
    if (!near.some((d) => (d.figure.value as number) >= 100 * value && (d.figure.value as number) * 10 >= thousands && (d.figure.value as number) <= thousands * 10)) continue;
    f.readings = [
      { value, unit: f.unit, explanation: `${m[1]},${m[2]} read as ${m[1]}.${m[2]}: the article writes a decimal comma` },
      { value: thousands, unit: f.unit, explanation: `${m[1]},${m[2]} read as ${m[1]}${m[2]} with "," as thousands separator: the amounts beside it in its sentence are of that size` },
    ];
  }
}

/** Words that may stand between two listed changes: their measures and bases. */
const LIST_GLUE = new Set(['yoy', 'y-o-y', 'mom', 'year', 'on', '-', 'in', 'về', 'volume', 'value', 'lượng', 'trị', 'giá', 'kim', 'ngạch', 'khối', 'terms', 'of', ',']);

/**
 * `a rise of 382 percent and 500 percent`, `tăng 12% và 15%`: a percentage joined to a change by
 * `and` goes the same way (unless it is a share of something: `và 10% của …`).
 */
function markListedChanges(fc: FigureContext, drafts: FigureDraft[]): void {
  const { tokens } = fc;
  for (let k = 0; k + 1 < drafts.length; k++) {
    const a = drafts[k];
    const b = drafts[k + 1];
    if (!a.changeDirection || b.changeDirection || a.figure.kind !== 'percent' || b.figure.kind !== 'percent') continue;
    // (`dropped by 50.5% YoY in volume and 53.2% YoY in value`, `tăng 2.411% về lượng và gần 1.862%`:
    // the words of a measure or a base may come between, and a qualifier before the second.)
    const joint = b.c0 - 1;
    if (!['and', 'và'].includes(tokens[joint]?.text ?? '') || joint < a.t1 || joint - a.t1 > 5) continue;
    let plain = true;
    for (let k = a.t1; k < joint; k++) if (!LIST_GLUE.has(tokens[k].text) || tokens[k].nl) plain = false;
    if (!plain || tokens[joint].nl) continue;
    if (['of', 'của', 'trong', 'in'].includes(tokens[b.t1]?.text ?? '') && !['value', 'volume', 'trị', 'lượng', 'kim', 'giá'].includes(tokens[b.t1 + 1]?.text ?? '')) continue;
    b.changeDirection = a.changeDirection;
  }
}

function readFigureAt(fc: FigureContext, i: number, signed = false): FigureDraft | null {
  const { tokens } = fc;
  const t = tokens[i];
  // A sign: `-504`, `−5 °C`, `âm 1.200.000 đồng`, `minus 3 million` (signs.ts).
  if (!signed && SIGN_WORDS.has(t.text)) {
    const at = signedAt(fc, i);
    if (at < 0) return null;
    const d = readFigureAt(fc, at, true);
    return d ? negate(fc, d, i) : null;
  }
  if (t.type !== 'num' && !FIGURE_START.has(t.text) && !(t.type === 'word' && (CURRENCY_CODES_LOWER.has(t.text) || (fc.language === 'en' && isNum(tokens[i + 1]) && CURRENCY_WORDS.matchAt(tokens, i))))) return null;

  // Multiples: gấp 3 lần, gấp đôi, tripled, three-fold.
  if (t.type === 'word') {
    const mw = MULTIPLE_WORDS.matchAt(tokens, i);
    if (mw && !fc.consumed[mw.end - 1]) {
      const end = tokens[mw.end]?.text === 'lần' ? mw.end + 1 : mw.end;
      return finish(fc, i, end, mw.value, '×', 'multiple', null, undefined);
    }
    // `twice as many`, `twice the size`: a multiple (`twice a week` is a frequency).
    if (t.text === 'twice' && fc.language === 'en' && ['as', 'the'].includes(tokens[i + 1]?.text ?? '')) return finish(fc, i, i + 1, 2, '×', 'multiple', null, undefined);
    // `more than triple the volume`, `nearly double`: after a qualifier of size.
    const bq = BASE_MULTIPLES[t.text] ? QUALIFIERS.matchEndingAt(tokens, i - 1) : null;
    if (BASE_MULTIPLES[t.text] && fc.language === 'en' && (MODALS.has(tokens[i - 1]?.text ?? '') || (bq && bq.value !== 'exact')) && !(tokens[i + 1] && isPunct(tokens[i + 1], '-') && !tokens[i + 1].space)) {
      return finish(fc, i, i + 1, BASE_MULTIPLES[t.text], '×', 'multiple', null, undefined);
    }
    if (t.text === 'gấp' && tokens[i + 1] && !fc.consumed[i + 1]) {
      // gấp 3 lần, gấp hơn 2 lần, gấp gần 3 lần
      const q = QUALIFIERS.matchAt(tokens, i + 1);
      const at = q ? q.end : i + 1;
      const n = readNumber(fc, at, true);
      if (n && !fc.consumed[at]) {
        let end = n.end;
        // `gấp 2-3 lần`: a range of multiples.
        if (isPunct(tokens[end], '-–') && !tokens[end].space && isNum(tokens[end + 1]) && tokens[end + 2]?.text === 'lần') {
          const hi = readNumber(fc, end + 1, false);
          const lo = decide(fc, n, { scaled: false, countLike: false }).value;
          const hv = hi ? decide(fc, hi, { scaled: false, countLike: false }).value : NaN;
          if (hi && hv > lo) return finish(fc, i, end + 3, [lo, hv], '×', 'multiple', null, q && q.value !== 'exact' ? q.value : undefined);
        }
        if (tokens[end]?.text === 'lần') end++;
        const v = decide(fc, n, { scaled: false, countLike: false });
        const d = finish(fc, i, end, v.value, '×', 'multiple', v.readings ?? null, q && q.value !== 'exact' ? q.value : undefined);
        if (q && q.value !== 'exact') d.figure.qualifier = fc.norm.slice(tokens[i + 1].start, tokens[q.end - 1].end);
        return d;
      }
    }
  }

  // A currency prefix: US$1.5 billion, $600 million, USD 5 triệu, €20.
  let start = i;
  let currency: string | null = null;
  let numAt = i;
  if (!isNum(t)) {
    const cp = CURRENCY_PREFIXES.matchAt(tokens, i);
    if (cp && isNum(tokens[cp.end]) && !fc.consumed[cp.end] && (!/^[a-z]{3}$/.test(cp.phrase) || isUpperCode(fc, i)) && gluedPrefix(fc, i, cp.end) && symbolOk(fc, i, cp.end, cp.phrase)) {
      currency = cp.value;
      numAt = cp.end;
    } else if (CURRENCY_CODES_LOWER.has(t.text) && isUpperCode(fc, i) && isNum(tokens[i + 1]) && !fc.consumed[i + 1] && (COMMON_CODES.has(t.text) || readScale(fc, i + 2, true) || (tokens[i + 1].space && /[.,]\d/.test(tokens[i + 1].text)) || (tokens[i + 1].space && !CODE_ACRONYMS.has(t.text) && tokens[i + 1].text.length >= 2 && !/^(19|20)\d\d$/.test(tokens[i + 1].text)))) {
      // (`UAH 3.04`: any code before a spaced amount written with a separator.)
      currency = t.text.toUpperCase();
      numAt = i + 1;
    }
  }
  // `yen 3,000`, `rupees 500`: an English currency name before the amount, which ends the phrase.
  if (!currency && !isNum(t) && fc.language === 'en' && t.type === 'word') {
    const cw = CURRENCY_WORDS.matchAt(tokens, i);
    const nx = cw ? tokens[cw.end] : undefined;
    if (cw && nx && nx.type === 'num' && nx.space && !nx.nl && !fc.consumed[cw.end] && /^[a-z]/.test(cw.phrase) && !['đồng', 'đô', 'dong', 'won', 'sol', 'real', 'rand'].includes(cw.phrase)) {
      const n0 = readNumber(fc, cw.end, false);
      const sc = n0 ? readScale(fc, n0.end, true) : null;
      const after = n0 ? tokens[sc ? sc.end : n0.end] : undefined;
      if (n0 && (!after || after.nl || after.type === 'punct' || AFTER_PREFIXED_AMOUNT.has(after.text))) {
        const v = decide(fc, n0, { scaled: !!sc, countLike: false });
        return finish(fc, i, sc ? sc.end : n0.end, round(v.value * (sc ? sc.value : 1)), cw.value, 'money', null, undefined);
      }
    }
  }
  if (!isNum(tokens[numAt]) && numAt === i) {
    // Words: hàng trăm, hai triệu, một nửa.
    return readWordFigure(fc, i);
  }
  if (!isNum(tokens[numAt])) return null;
  if (numAt === i) {
    const share = slashFraction(fc, i);
    if (share) return share;
  }
  if (numAt === i && excludedNumber(fc, i, signed)) return null;

  const n = readNumber(fc, numAt, false);
  if (!n) return null;
  // `5'10"`, `1m75`: feet and inches, metres and centimetres, in one written form.
  const two = !currency && !n.lit?.includes(',') && !n.lit?.includes('.') ? twoUnitForm(fc, n.end) : null;
  if (two) return finish(fc, start, two.end, round(Number(n.lit) + two.add), two.unit, 'measure', null, undefined);
  // `3-fold`, `3x faster`, `by a factor of 3`: a multiple.
  if (!currency) {
    const e = n.end;
    const fold = isPunct(tokens[e], '-') && !tokens[e].space && tokens[e + 1]?.text === 'fold' && !tokens[e + 1].space ? e + 2 : -1;
    const times = tokens[e]?.text === 'x' && !tokens[e].space && fc.language === 'en' && (!tokens[e + 1] || tokens[e + 1].space || tokens[e + 1].type === 'punct') ? e + 1 : -1;
    const factor = tokens[start - 1]?.text === 'of' && tokens[start - 2]?.text === 'factor' && !(tokens[e] && !tokens[e].space && tokens[e].type !== 'punct') ? e : -1;
    const end = fold > 0 ? fold : times > 0 ? times : factor;
    if (end > 0) return finish(fc, start, end, decide(fc, n, { scaled: false, countLike: false }).value, '×', 'multiple', null, undefined);
  }
  // `a 300-million-USD credit line`, `a $2-billion deal`: a hyphenated compound before a noun.
  const hc = hyphenCompound(fc, n.end);
  if (hc && !(currency && hc.unit)) {
    const v = decide(fc, n, { scaled: true, countLike: false }).value;
    const u = currency ?? hc.unit;
    return finish(fc, start, hc.end, round(v * hc.scale), u, u ? 'money' : 'number', null, undefined);
  }
  let j = n.end;
  // Range: 20-25%, 5 đến 7 tỷ USD, from 5 to 7 million.
  const rangeAt = (k: number): number => {
    const x = tokens[k];
    if (!x) return -1;
    if (isPunct(x, '-–') && isNum(tokens[k + 1]) && !fc.consumed[k + 1]) return k + 1;
    if ((x.text === 'đến' || x.text === 'tới' || x.text === 'to' || (x.text === 'and' && tokens[start - 1]?.text === 'between') || (x.text === 'và' && tokens[start - 1]?.text === 'giữa')) && isNum(tokens[k + 1]) && !fc.consumed[k + 1]) {
      return k + 1;
    }
    if ((x.text === 'đến' || x.text === 'tới' || x.text === 'to' || (x.text === 'and' && tokens[start - 1]?.text === 'between')) && isPunct(tokens[k + 1], '$') && isNum(tokens[k + 2])) return k + 2;
    // `$5-$7`: a dash and the symbol again.
    if (isPunct(x, '-–') && currency && isPunct(tokens[k + 1], '$€£¥') && !tokens[k + 1].space && isNum(tokens[k + 2]) && !tokens[k + 2].space) return k + 2;
    return -1;
  };
  let high: NumberPart | null = null;
  let lowScale: number | null = null;
  let lowScaleEnd = j;
  const sc0 = readScale(fc, j, currency !== null);
  if (sc0) {
    lowScale = sc0.value;
    lowScaleEnd = sc0.end;
  }
  // A range may repeat the unit on both ends (`từ 5 tỷ USD đến 7 tỷ USD`): read the low unit.
  let lowUnit: UnitRead | null = null;
  let k = lowScaleEnd;
  if (rangeAt(k) < 0) {
    const lu = readUnit(fc, k, n, lowScale !== null);
    // A unit on both ends is a range only after `từ`/`from`/`between` with no change verb before:
    // `tăng 0,2 điểm phần trăm đến 2,2%` and `fell 0.2 points to 2.2%` are a change and a level.
    const p0 = QUALIFIERS.matchEndingAt(tokens, start - 1)?.start ?? start;
    const intro = tokens[p0 - 1]?.text;
    const introOk = (intro === 'từ' || intro === 'from' || intro === 'between' || intro === 'giữa') && !CHANGE.matchEndingAt(tokens, p0 - 2);
    // A dash between two figures of one unit is a range whatever comes before (`5% - 7%`).
    const dashed = !!lu && lu !== 'reject' && isPunct(tokens[lu.end], '-–') && isNum(tokens[lu.end + 1]);
    // `cần tăng từ 8,5% đến 9%`: a rate between two percentages (`tăng từ 5% lên 7%` is a change).
    const rateRange = intro === 'từ' && !!lu && lu !== 'reject' && lu.kind === 'percent' && (tokens[lu.end]?.text === 'đến' || tokens[lu.end]?.text === 'tới');
    if (lu && lu !== 'reject' && lu.kind !== 'count' && (introOk || dashed || rateRange) && rangeAt(lu.end) >= 0) {
      lowUnit = lu;
      k = lu.end;
    }
  }
  const r = rangeAt(k);
  if (r >= 0 && !fc.consumed[r]) {
    const h = readNumber(fc, r, false);
    if (h) {
      high = h;
      j = h.end;
      if (lowUnit) {
        // The high end must carry the same unit, or there is no range (`5% - 7 tỷ USD`).
        const hs = readScale(fc, j, currency !== null);
        const hu = readUnit(fc, hs ? hs.end : j, h, hs !== null);
        // `from 35% to 15%` goes down: a change from one level to another, two figures.
        const lo = decide(fc, n, { scaled: true, countLike: false }).value * (lowScale ?? 1);
        const hi = decide(fc, h, { scaled: true, countLike: false }).value * (hs ? hs.value : 1);
        if (!hu || hu === 'reject' || hu.unit !== lowUnit.unit || !(hi > lo)) {
          high = null;
          lowUnit = null;
        }
      }
    }
  }
  if (!high) j = n.end;
  // Scale and unit after the (last) number.
  let scale = 1;
  const sc = readScale(fc, j, currency !== null);
  if (sc) {
    scale = sc.value;
    j = sc.end;
  }
  let lowFactor = high ? (lowScale ?? scale) : scale;
  // A range runs upwards (`20-25%`); `3-1` is a score.
  if (high) {
    const lo = decide(fc, n, { scaled: true, countLike: false }).value * lowFactor;
    const hi = decide(fc, high, { scaled: true, countLike: false }).value * scale;
    if (!(hi > lo)) return null;
  }
  let unit: string | null = currency;
  let kind: FigureKind = currency ? 'money' : 'number';
  // `1,000-km expressway`, `3-day visit`: a hyphen between the number and its unit.
  if (hyphenUnit(fc, j)) j++;
  const unitAt = j;
  const u = readUnit(fc, j, high ?? n, sc !== null || lowScale !== null);
  if (u === 'reject') return null;
  if (high && lowUnit && (!u || u.unit !== lowUnit.unit)) return null;
  if (u && !(currency && u.kind !== 'money')) {
    unit = u.unit;
    kind = u.kind;
    j = u.end;
    if (u.factor) {
      scale *= u.factor;
      lowFactor *= u.factor;
    }
    // A price: `627 USD/tấn`, `2.000 đồng/kWh` (a yearly amount, `USD/năm`, stays an amount).
    if (kind === 'money') {
      const per = perUnit(fc, j);
      if (per) {
        unit = `${unit}/${per.unit}`;
        j = per.end;
      }
    } else if (kind === 'measure' && !DURATION_UNITS.has(unit ?? '')) {
      // A rate of a measure: `5 tấn/ha`, `12 t/ha` (a duration is no measure to divide).
      const per = perUnit(fc, j);
      if (per && per.unit !== unit) {
        // Speeds are written `km/h` whatever the text says (`km/giờ`, `km per hour`).
        unit = per.unit === 'hour' ? `${unit}/h` : per.unit === 'second' ? `${unit}/s` : `${unit}/${per.unit}`;
        j = per.end;
      }
    }
  } else if (currency && !u) {
    const per = perUnit(fc, j);
    if (per) {
      unit = `${unit}/${per.unit}`;
      j = per.end;
    }
  } else if (!currency && lowUnit) {
    unit = lowUnit.unit;
    kind = lowUnit.kind;
  }
  // `từ hơn 20 năm trước`, `cách đây 20 năm`, `20 years ago`: a point in time, not a duration.
  if (kind === 'measure' && unit && DURATION_UNITS.has(unit) && pointInTime(fc, start, j)) return null;
  // `a 31-year-old intern`, `52 years old`: an age.
  if (kind === 'measure' && unit === 'year' && (tokens[j]?.text === 'old' || (isPunct(tokens[j], '-') && tokens[j + 1]?.text === 'old'))) return null;
  if (kind === 'number' && !sc && lowScale === null && !afterQuantityVerb(fc, start)) {
    // `50 737 MAX aircraft`: a whole count before a model designation (a number and a capitalized
    // word); the model number is no figure.
    if (!high && !currency && modelAfter(fc, j)) {
      if (isNum(tokens[j])) fc.consumed[j] = 1;
      return finish(fc, start, j, decide(fc, n, { scaled: false, countLike: true }).value, null, 'number', null, undefined);
    }
    // `440 trên tổng số 446 đại biểu`, `440 out of 446 deputies`: a part of a counted whole.
    if (!high && !currency && outOf(fc, j)) return finish(fc, start, j, decide(fc, n, { scaled: false, countLike: true }).value, null, 'number', null, undefined);
    // `nearly 900,000 of them`: a bare number of four or more digits after a qualifier of size;
    // `with 9,800`, `a target of 125,000`: a literal grouped in thousands; `58 a week`, `100,000
    // more`, `risen to 58`, `compared with just 12`: an elided count.
    if (high || !(qualifiedBare(fc, start, n) || groupedBare(n) || elidedCount(fc, start, j))) return null;
  }
  // A number right after a name is part of it (`Boeing 787`, `Vinasat 2`, `Trường Sa 571`).
  // (`dành cho Việt Nam 200 suất học bổng`: a known counted noun makes it a count after all.)
  if ((kind === 'count' || kind === 'number' || kind === 'measure') && !currency && !high && afterName(fc, numAt) && !(kind === 'count' && COUNT_NOUNS.matchAt(tokens, unitAt))) return null;
  // A count is whole, and a measure is not written to three decimals (`2,337 km` in a Vietnamese
  // article is two thousand, though the reading stays a guess to report).
  const countLike = kind === 'count' || (kind === 'measure' && !DURATION_UNITS.has(unit ?? '') && !unit?.includes('/'));
  const low = decide(fc, n, { scaled: sc !== null || lowScale !== null, countLike, vnd: unit === 'VND' });
  let value: number | [number, number] = round(low.value * lowFactor);
  let readings: FigureReading[] | undefined;
  if (high) {
    const hi = decide(fc, high, { scaled: sc !== null, countLike });
    value = [round(low.value * lowFactor), round(hi.value * scale)];
    if (hi.readings) readings = hi.readings.map((x) => ({ ...x, value: [round(low.value * lowFactor), round((x.value as number) * scale)] as [number, number], unit }));
  } else if (low.readings) {
    readings = low.readings.map((x) => ({ ...x, value: round((x.value as number) * scale), unit }));
  }
  const d = finish(fc, start, j, value, unit, kind, readings ?? null, undefined);
  return d;
}

/**
 * ISO codes that stand before an amount as they are (`THB 500`, `SGD 2 million`); any other code
 * needs a scale word after the number, since many are also acronyms (`COP29`, `CUP 2024`).
 */
const COMMON_CODES = new Set([
  'usd', 'vnd', 'eur', 'jpy', 'gbp', 'cny', 'rmb', 'krw', 'sgd', 'aud', 'thb', 'inr', 'hkd', 'chf', 'cad', 'nzd', 'twd',
  'myr', 'idr', 'php', 'lak', 'khr', 'rub', 'mmk', 'brl', 'zar', 'sek', 'nok', 'dkk', 'pen', 'clp', 'mxn', 'ars', 'aed',
]);

/**
 * ISO codes that are also words or acronyms in the news (`COP 28`, `TOP 10`, `CUP 2024`, `PHP 8`,
 * `SDG 12`): before a spaced amount they are money only with a scale word or a separator; any other
 * code before a spaced number of two digits or more is (`KWD 20`, `UAH 300`).
 */
const CODE_ACRONYMS = new Set(['sdg', 'sar', 'npr', 'awg', 'bzd', 'kes', 'lrd', 'all', 'amd', 'bam', 'bob', 'cop', 'cup', 'cve', 'gel', 'mad', 'mop', 'pen', 'php', 'sos', 'top', 'try', 'mga', 'ang', 'bif', 'dop', 'egp', 'ern', 'fjd', 'gip', 'hnl', 'lsl', 'mur', 'nio', 'pab', 'scr', 'ssp', 'std', 'svc', 'szl', 'tmt', 'tnd', 'ves', 'vuv', 'wst', 'xaf', 'xcd', 'xof', 'xpf', 'zmw']);

/** Words before `độ` that make a noun of it (`tốc độ 160 km/h`, `nhiệt độ 34 độ C`): no qualifier. */
const DO_COMPOUNDS = new Set(['tốc', 'nhiệt', 'mức', 'cường', 'nồng', 'mật', 'trình', 'biên', 'vĩ', 'kinh', 'chiều', 'góc', 'cao', 'độ']);

/** A capital letter anywhere (built once). */
const HAS_UPPER = /\p{Lu}/u;

/** Words before `1/3` that make it a share: `chiếm 1/3`, `gần 2/3`, `bằng 1/4`. */
const SHARE_BEFORE = new Set(['chiếm', 'bằng', 'còn', 'là', 'cắt', 'giảm', 'tăng']);
/**
 * `gần 1/3 dân số`, `chiếm 2/3`: a share written as a fraction (a small numerator over 2 to 10)
 * after a qualifier of size or a word of share; elsewhere `1/3` is a day or a code.
 */
function slashFraction(fc: FigureContext, i: number): FigureDraft | null {
  const { tokens } = fc;
  const a = tokens[i];
  const slash = tokens[i + 1];
  const b = tokens[i + 2];
  if (!slash || !isPunct(slash, '/') || slash.space || !b || b.type !== 'num' || b.space || fc.consumed[i + 2]) return null;
  if (!/^[1-9]$/.test(a.text) || !/^(?:[2-9]|10)$/.test(b.text) || Number(a.text) >= Number(b.text)) return null;
  const after = tokens[i + 3];
  if (after && !after.space && (after.type === 'num' || isPunct(after, '/') || isPunct(after, '-'))) return null;
  // `1/2 gallon`, `3/4 cup`, `1/2 hour`: a fraction of a measure or of a unit of time.
  if (after && after.type === 'word' && !after.nl && !fc.consumed[i + 3]) {
    const fm = MEASURES.matchAt(tokens, i + 3);
    const v = Number(a.text) / Number(b.text);
    if (fm && (fm.phrase.length > 1 || after.space)) return finish(fc, i, fm.end, round(v * (MEASURE_FACTORS.get(fm.phrase) ?? 1)), fm.value, 'measure', null, undefined);
    if (after.space && ['hour', 'day', 'year', 'month', 'week', 'giờ', 'ngày', 'tháng', 'năm'].includes(after.text)) return finish(fc, i, i + 4, round(v), DURATIONS[after.text], 'measure', null, undefined);
  }
  const prev = tokens[i - 1];
  if (!prev || prev.type !== 'word') return null;
  const q = QUALIFIERS.matchEndingAt(tokens, i - 1);
  if (!(q && q.value !== 'exact') && !SHARE_BEFORE.has(prev.text)) return null;
  return finish(fc, i, i + 3, round(Number(a.text) / Number(b.text)), null, 'number', null, undefined);
}

/** Nouns that `hai` refers to as the two parties of a relation (`hai địa phương`, `hai quốc gia`). */
const PARTIES = new Set(['nước', 'bên', 'địa phương', 'quốc gia', 'thành phố', 'tỉnh', 'thị trường', 'nền kinh tế', 'dân tộc', 'đảng', 'chính phủ', 'quân đội']);

/** Words before a number word that make it a count (`có hai dự án`, `ký ba văn kiện`). */
const WORD_COUNT_BEFORE = new Set([
  'có', 'gồm', 'ký', 'kết', 'thêm', 'với', 'tặng', 'trao', 'xây', 'dựng', 'mở', 'khai', 'lập', 'đạt', 'tiếp', 'nhận',
  'đón', 'cử', 'phóng', 'thực', 'hiện', 'được', 'cấp', 'hỗ', 'trợ', 'has', 'have', 'had', 'signed', 'opened', 'built',
  'giao', 'thành', 'tạo', 'tuyển', 'sau', 'trên', 'trương', 'cho', 'ra', 'mua', 'bán', 'thuê', 'lắp', 'đặt', 'điều', 'động', 'đưa', 'gửi', 'cứu',
]);

/**
 * `/tấn`, `/kWh`, `/người`, `per tonne` right after an amount of money: the unit it is a price of,
 * part of the figure's span and unit (`USD/t`). `/năm` is left out: a yearly amount is an amount.
 */
const PER_WORDS: Record<string, string> = {
  người: 'person', tháng: 'month', ngày: 'day', tuần: 'week', giờ: 'hour', lượt: 'visit', suất: 'portion', con: 'head',
  person: 'person', month: 'month', day: 'day', week: 'week', hour: 'hour', head: 'head', capita: 'person', h: 'hour',
  s: 'second', giây: 'second', chiếc: 'piece', cái: 'piece', piece: 'piece', unit: 'unit', pound: 'lb',
};
function perUnit(fc: FigureContext, j: number): { unit: string; end: number } | null {
  const { tokens } = fc;
  let k = j;
  // (`500 USD a tonne`, `600 USD một tấn`, `20 USD mỗi người`: per one of the unit.)
  const one = ['a', 'an', 'một', 'mỗi', 'each'].includes(tokens[k]?.text ?? '') && !!tokens[k].space && !tokens[k].nl;
  if (isPunct(tokens[k], '/') && !tokens[k].space) k++;
  else if (tokens[k]?.text === 'per' || one) k++;
  else return null;
  const t = tokens[k];
  if (!t || t.type !== 'word' || t.text === 'năm' || t.text === 'year') return null;
  const m = MEASURES.matchAt(tokens, k);
  if (m) return { unit: m.value, end: m.end };
  if (PER_WORDS[t.text]) return { unit: PER_WORDS[t.text], end: k + 1 };
  return null;
}

/** Verbs that introduce a level: `đạt 710.000`, `reached 710,000` make a bare number a figure. */
const QUANTITY_VERBS = new Set(['đạt', 'reached', 'totalled', 'totaled', 'hit', 'numbered', 'topped', 'reaching', 'totalling', 'totaling']);
function afterQuantityVerb(fc: FigureContext, start: number): boolean {
  const { tokens } = fc;
  const q = QUALIFIERS.matchEndingAt(tokens, start - 1);
  const k = q ? q.start - 1 : start - 1;
  const next = tokens[start + 1];
  // `đạt 5 trên 10`, `reached 3-1` are scores, not quantities.
  if (next && next.type === 'punct' && next.text !== ',' && next.text !== '.' && next.text !== ';' && next.text !== ')') return false;
  if (tokens[k]?.text === 'from' && ['up', 'down', 'rose', 'fell', 'increased', 'decreased'].includes(tokens[k - 1]?.text ?? '')) return true;
  return !!tokens[k] && QUANTITY_VERBS.has(tokens[k].text);
}

/** `9,800`, `125.000`: a whole number written with thousands groups is a quantity, never a code or year. */
function groupedBare(n: NumberPart): boolean {
  return /^\d{1,3}([.,]\d{3})+$/.test(n.lit ?? '');
}

/**
 * A bare number standing for a count named earlier: `58 a week`, `12 mỗi tuần` (a rate), `100,000
 * more`, `risen to 58` (the level a change reaches), `compared with (just) 12` (a comparison base).
 */
function elidedCount(fc: FigureContext, start: number, j: number): boolean {
  const { tokens } = fc;
  const a = tokens[j];
  if (a && !a.nl && a.type === 'word') {
    if (['more', 'fewer'].includes(a.text)) return true;
    const d = tokens[j + 1];
    if (['a', 'per', 'mỗi', 'every'].includes(a.text) && d && d.type === 'word' && DURATIONS[d.text] && !/s$/.test(d.text)) return true;
  }
  let k = start - 1;
  if (['just', 'only', 'chỉ'].includes(tokens[k]?.text ?? '')) k--;
  const w = tokens[k]?.text;
  if ((w === 'with' || w === 'to') && tokens[k - 1]?.text === 'compared') return true;
  if ((w === 'to' || w === 'lên') && k > 0 && CHANGE.matchEndingAt(tokens, k - 1)) return true;
  return false;
}

/** `trên tổng số 446`, `out of 446`, `trong tổng số 446` right after a bare number. */
function outOf(fc: FigureContext, j: number): boolean {
  const { tokens } = fc;
  const a = tokens[j]?.text;
  if ((a === 'trên' || a === 'trong') && tokens[j + 1]?.text === 'tổng' && tokens[j + 2]?.text === 'số') return isNum(tokens[j + 3]);
  if (a === 'out' && tokens[j + 1]?.text === 'of') return isNum(tokens[j + 2]);
  // `12 trong số 20 thị trường`, `41 of the 112 new projects`.
  if (a === 'trong' && tokens[j + 1]?.text === 'số') return isNum(tokens[j + 2]);
  if (a === 'of' && tokens[j + 1]?.text === 'the') return isNum(tokens[j + 2]);
  return false;
}

/** A duration that names a point in time: `20 years ago`, `từ (hơn) 20 năm trước`, `cách đây 20 năm`. */
function pointInTime(fc: FigureContext, start: number, end: number): boolean {
  const { tokens } = fc;
  const next = tokens[end]?.text;
  // `two years ago`, `12 months earlier`, `a decade before the pandemic` (but `up from 15 days
  // previously` compares with an earlier length).
  if (next && RELATIVE_AFTER.has(next) && next !== 'back' && !(next === 'previously' && tokens[start - 1]?.text === 'from')) return true;
  const q = QUALIFIERS.matchEndingAt(tokens, start - 1);
  const b = q ? q.start - 1 : start - 1;
  // `20 năm trước`, `từ hơn 20 năm trước` (but `trong 5 năm trước đó` is a duration).
  // (`gần hai ngày trước khi được cứu`: before being rescued, a duration.)
  if (next === 'trước' && tokens[end + 1]?.text !== 'khi' && !DURATION_BEFORE.has(tokens[b]?.text ?? '')) return true;
  return tokens[b]?.text === 'đây' && tokens[b - 1]?.text === 'cách';
}

/** `50 737 MAX`: a spaced whole number, then a capitalized word (the model it belongs to). */
function modelAfter(fc: FigureContext, j: number): boolean {
  const { tokens } = fc;
  const m = tokens[j];
  const w = tokens[j + 1];
  // `20 A330neo aircraft`: a capitalized word glued to digits.
  if (m && m.type === 'word' && m.space && !m.nl && isNum(tokens[j + 1]) && !tokens[j + 1].space && isNum(tokens[j - 1]) && !/[.,]/.test(tokens[j - 1].text)) {
    const raw = fc.norm.slice(m.start, m.end);
    return raw[0] !== raw[0].toLowerCase() && !fc.titleCase?.[j];
  }
  if (!m || m.type !== 'num' || !m.space || m.nl || /[.,]/.test(m.text) || !isNum(tokens[j - 1]) || /[.,]/.test(tokens[j - 1].text)) return false;
  if (!w || w.type !== 'word' || !w.space || w.nl) return false;
  const raw = fc.norm.slice(w.start, w.end);
  return raw[0] !== raw[0].toLowerCase() && !fc.titleCase?.[j + 1];
}

/**
 * A bare number after a qualifier of size (`nearly 900,000 of them`, `hơn 1.000 trong số đó`) is a
 * figure when it has four or more digits and is no year.
 */
function qualifiedBare(fc: FigureContext, start: number, n: NumberPart): boolean {
  const { tokens } = fc;
  const q = QUALIFIERS.matchEndingAt(tokens, start - 1);
  if (!q || q.value === 'exact' || ['trên', 'dưới', 'ngoài', 'độ', 'tầm', 'under', 'over', 'below', 'above', 'some'].includes(q.phrase)) return false;
  const lit = n.lit ?? '';
  const digits = lit.replace(/[.,]/g, '');
  if (digits.length < 4) return false;
  if (!/[.,]/.test(lit) && /^(1[89]|20)\d\d$/.test(lit)) return false;
  return true;
}

/** `-million-USD`, `-billion-dollar`, `-million` (after `$`): a glued scale word and currency. */
function hyphenCompound(fc: FigureContext, k: number): { scale: number; unit: string | null; end: number } | null {
  const { tokens } = fc;
  if (!isPunct(tokens[k], '-') || tokens[k].space || !tokens[k + 1] || tokens[k + 1].space) return null;
  const sc = SCALES.matchAt(tokens, k + 1);
  if (!sc || sc.value < 1000) return null;
  let end = sc.end;
  let unit: string | null = null;
  if (isPunct(tokens[end], '-') && !tokens[end].space && tokens[end + 1] && !tokens[end + 1].space) {
    const t = tokens[end + 1];
    const cw = CURRENCY_WORDS.matchAt(tokens, end + 1);
    if (cw) {
      unit = cw.value;
      end = cw.end;
    } else if (t.type === 'word' && CURRENCY_CODES.has(t.text.toUpperCase())) {
      unit = t.text.toUpperCase();
      end += 2;
    }
  }
  if (!unit && !(k > 1 && CURRENCY_PREFIXES.matchEndingAt(tokens, k - 2))) return null;
  return { scale: sc.value, unit, end };
}

/** `5'10"` (5 ft 10 in) and `1m75` (1.75 m) right after a whole number: the unit and what the second part adds. */
function twoUnitForm(fc: FigureContext, k: number): { unit: string; add: number; end: number } | null {
  const { tokens } = fc;
  const a = tokens[k];
  const b = tokens[k + 1];
  const c = tokens[k + 2];
  if (!a || a.space || !b || b.space || b.type !== 'num' || !/^\d{1,2}$/.test(b.text)) return null;
  if ((a.text === "'" || a.text === '′' || a.text === '’') && c && !c.space && ['"', '″', '”'].includes(c.text) && Number(b.text) < 12) return { unit: 'ft', add: Number(b.text) / 12, end: k + 3 };
  if (a.text === 'm' && b.text.length === 2 && !(c && !c.space && c.type !== 'punct')) return { unit: 'm', add: Number(b.text) / 100, end: k + 2 };
  return null;
}

/** A glued hyphen followed by a measure or duration unit (`1,000-km`, `3-day`, `5-year`). */
function hyphenUnit(fc: FigureContext, k: number): boolean {
  const { tokens } = fc;
  const h = tokens[k];
  const u = tokens[k + 1];
  if (!h || !isPunct(h, '-') || h.space || !u || u.type !== 'word' || u.space) return false;
  return !!MEASURES.matchAt(tokens, k + 1) || DURATIONS[u.text] !== undefined || (!!PERCENT.matchAt(tokens, k + 1) && tokens[k + 1].text !== '%');
}

function afterName(fc: FigureContext, i: number): boolean {
  const { tokens } = fc;
  const prev = tokens[i - 1];
  if (!prev || prev.type !== 'word' || tokens[i].nl || fc.titleCase?.[i]) return false;
  const raw = fc.norm.slice(prev.start, prev.end);
  if (raw[0] === raw[0].toLowerCase()) return false;
  const before = tokens[i - 2];
  // A capitalized word opening a sentence or a line is no name (`Hơn 200 người`, `Khoảng 30`).
  const opening = !before || prev.nl || (before.type === 'punct' && /[.!?:;"“(]/.test(before.text));
  if (QUALIFIERS.matchEndingAt(tokens, i - 1) || QUANTITY_VERBS.has(prev.text) || STOP_AFTER.has(prev.text)) return false;
  // An acronym names even at the start of a sentence (`COP 28 khai mạc`, `APEC 2027`).
  if (opening) return raw.length > 1 && raw === raw.toUpperCase() && HAS_UPPER.test(raw);
  return true;
}

/**
 * A prefix of several tokens is written as one (`A$`, `US$`, `S$`): `a $5 billion deal` is the article
 * and a US dollar amount, not Australian dollars. A one-letter part is a capital.
 */
/**
 * A CLDR symbol with letters is written in its own case and stands apart from a word before it
 * (`RM42`, `Rs 20`, `HK$2`, not `rm42` or `ARM42`); a symbol of letters only that the press does not
 * commonly use (`Ft`, `Le`) needs the amount glued to it or a scale word after it, and one of a
 * single letter (`R`, `Q`) a scale word.
 */
function symbolOk(fc: FigureContext, i: number, end: number, phrase: string): boolean {
  const sym = CURRENCY_SYMBOLS.get(phrase);
  if (!sym) return true;
  const { tokens } = fc;
  if (sym.letters) {
    const written = fc.norm.slice(tokens[i].start, tokens[end - 1].end);
    if (written !== sym.symbol) return false;
    const prev = tokens[i - 1];
    if (prev && !tokens[i].space && (prev.type === 'word' || prev.type === 'num')) return false;
    if (/^\p{L}+\.?$/u.test(sym.symbol) && !NEWS_SYMBOLS[sym.symbol]) {
      const n = readNumber(fc, end, false);
      const scaled = !!n && !!readScale(fc, n.end, true);
      if (sym.symbol.replace('.', '').length === 1 ? !scaled : !(scaled || !tokens[end].space)) return false;
    }
  }
  return true;
}

/** `pounds` of weight: a few words after a word of weight (`weighs`, `lost`), before `of` and a noun that is no money, or glued to a hyphen (`200-pound`). */
const WEIGHT_BEFORE = new Set(['weigh', 'weighs', 'weighed', 'weighing', 'weight', 'heavy', 'lost', 'gained', 'lifted', 'lift', 'carry', 'carrying', 'carried']);
function poundsOfWeight(fc: FigureContext, j: number): boolean {
  const { tokens } = fc;
  const prev = tokens[j - 1];
  if (prev && isPunct(prev, '-') && !prev.space && !tokens[j].space) return true;
  const nx = tokens[j + 1];
  if (nx && !nx.nl && nx.text === 'of' && !CURRENCY_WORDS.matchAt(tokens, j + 2) && !['aid', 'funding', 'investment', 'support', 'debt', 'taxpayers', 'public'].includes(tokens[j + 2]?.text ?? '')) return true;
  if (nx && nx.text === 'sterling') return false;
  for (let k = j - 2; k >= Math.max(0, j - 6); k--) {
    const w = tokens[k];
    if (w.type === 'punct' && w.text !== ',' && w.text !== '-') break;
    if (WEIGHT_BEFORE.has(w.text)) return true;
  }
  return false;
}

function gluedPrefix(fc: FigureContext, i: number, end: number): boolean {
  const { tokens } = fc;
  for (let k = i + 1; k < end; k++) if (tokens[k].space) return false;
  const t = tokens[i];
  if (end - i > 1 && t.type === 'word' && t.text.length === 1 && fc.norm.slice(t.start, t.end) === t.text) return false;
  return true;
}

function isUpperCode(fc: FigureContext, i: number): boolean {
  const t = fc.tokens[i];
  if (!t || t.type !== 'word' || t.text.length !== 3) return false;
  const s = fc.norm.slice(t.start, t.end);
  return s === s.toUpperCase();
}

/** Units glued to a number are written in lower case (`5g` grams), or are longer (`MW`); `5G` is not. */
function lowerUnit(fc: FigureContext, t: Token): boolean {
  if (t.text.length > 1) return true;
  return fc.norm.slice(t.start, t.end) === t.text;
}

/** Numbers that are not figures: ordinals, article and decree numbers, codes, phone numbers, times. */
function excludedNumber(fc: FigureContext, i: number, signed = false): boolean {
  const { tokens } = fc;
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (prev && !t.space && !signed) {
    // Glued to a word or a dash/slash/dot: G20, COVID-19, A320, 15/2022, 3.5.
    if (prev.type === 'word' || isPunct(prev, '-/.:+#№')) {
      if (!(prev.type === 'punct' && CURRENCY_PREFIXES.matchEndingAt(tokens, i - 1))) return true;
    }
  }
  if (prev && isPunct(prev, '+')) return true;
  // The minutes of a time of day: `16 giờ 30 cùng ngày`.
  if (prev && prev.text === 'giờ' && isNum(tokens[i - 2]) && !clockWordIsDuration(fc, i - 2)) return true;
  const nf = NON_FIGURE_BEFORE.matchEndingAt(tokens, i - 1);
  // `vòng 2` is a round, `trong vòng 15 năm` a duration.
  // `tổng số 300 người`, `con số 5 tỷ USD`: `số` is "number", not "No.".
  const countWord = nf && ((nf.phrase === 'số' && ['tổng', 'con', 'trong'].includes(tokens[nf.start - 1]?.text)) || (nf.phrase === 'tầng' && ['hạ', 'giai'].includes(tokens[nf.start - 1]?.text)) || (nf.phrase === 'mục' && tokens[nf.start - 1]?.text === 'danh'));
  // `Nha Trang 72%`: the word is the end of a name, not `trang` (page).
  const inName = nf && isCapitalized(fc, tokens[nf.start]) && tokens[nf.start - 1]?.type === 'word' && isCapitalized(fc, tokens[nf.start - 1]);
  // `điều 2 máy bay` (dispatch two planes) counts, `Điều 5 của Luật` does not.
  const counted = nf && nf.phrase === 'điều' && !/[.,]/.test(t.text) && COUNT_NOUNS.matchAt(tokens, i + 1) && tokens[i + 1]?.space;
  if (nf && !countWord && !inName && !counted && !(nf.phrase === 'vòng' && tokens[nf.start - 1]?.text === 'trong')) return true;
  // A leading zero: phone numbers, codes.
  if (t.text.length > 1 && t.text[0] === '0' && !/^0[.,]/.test(t.text)) return true;
  const next = tokens[i + 1];
  if (next) {
    // Time of day: 9h30, 9:30, 9 giờ.
    if (next.type === 'word' && !next.space && next.text === 'h' && (isNum(tokens[i + 2]) || !tokens[i + 2] || tokens[i + 2].space)) return true;
    if (isPunct(next, ':') && !next.space && isNum(tokens[i + 2])) return true;
    if (next.type === 'word' && (next.text === 'giờ' || next.text === 'phút') && clockWordIsDuration(fc, i)) {
      // `trong 90 phút`, `kéo dài 48 giờ`: a duration, read below.
    } else if (next.type === 'word' && (next.text === 'giờ' || next.text === 'phút' || next.text === 'tuổi' || next.text === 'pm' || next.text === 'am' || next.text === 'gmt')) return true;
    // Glued letters that are no unit: 5G, 4x4.
    if (next.type === 'word' && !next.space && !(next.text === 'p' && fc.language === 'en') && !(next.text === 'x' && fc.language === 'en' && (!tokens[i + 2] || tokens[i + 2].space || tokens[i + 2].type === 'punct')) && !(MEASURES.matchAt(tokens, i + 1) && lowerUnit(fc, next)) && !GLUED_SCALES[next.text] && !CURRENCY_SUFFIX_SYMBOLS[next.text] && !CURRENCY_WORDS.matchAt(tokens, i + 1) && !(CURRENCY_CODES_LOWER.has(next.text) && isUpperCode(fc, i + 1)) && !(next.text === 'rs' && fc.norm.slice(next.start, next.end) === 'Rs') && !(next.text === 'us' && isPunct(tokens[i + 2], '$')) && !(PERCENT.matchAt(tokens, i + 1) && fc.norm.slice(next.start, next.end) === next.text)) return true;
    // A code: 36-KL/TW, 12-NQ (but `1,000-km`, `3-day` are measures).
    if (isPunct(next, '-') && !next.space && tokens[i + 2]?.type === 'word' && !tokens[i + 2].space && !hyphenUnit(fc, i + 1) && !hyphenCompound(fc, i + 1) && tokens[i + 2].text !== 'fold') return true;
    // A fraction or a code: 1/3, 12/KH.
    if (isPunct(next, '/') && !next.space && (isNum(tokens[i + 2]) || tokens[i + 2]?.type === 'word') && !(prev && isPunct(prev, '%'))) return true;
    // Numbers in a row separated by spaces only: phone numbers (024 3825 3825).
    if (next.type === 'num' && next.space && !/[.,]/.test(t.text) && t.text.length >= 2 && next.text.length >= 3 && !modelAfter(fc, i + 1)) return true;
  }
  // The later parts of a spaced phone number (1900 1234, 024 3825 3825).
  if (prev && prev.type === 'num' && t.space && !/[.,]/.test(prev.text) && !/[.,]/.test(t.text) && prev.text.length >= 2 && t.text.length >= 3 && !fc.consumed[i - 1]) return true;
  // Ordinals: lần thứ 5, thứ 5.
  if (prev && prev.text === 'thứ') return true;
  return false;
}

function readNumber(fc: FigureContext, i: number, words: boolean): NumberPart | null {
  const t = fc.tokens[i];
  if (!t) return null;
  if (t.type === 'num') {
    // Longer digit runs are identifiers (account numbers, codes), never amounts.
    if (t.text.length > 24) return null;
    const r = readLiteral(t.text);
    if (r.vi === null && r.en === null) return null;
    // `2 chấm 23 đô la`, `1 point 1`: a decimal mark said in words.
    const frac = /^\d{1,6}$/.test(t.text) ? spokenFraction(fc.tokens, i + 1) : null;
    if (frac) return { value: Number(t.text) + frac.value, end: frac.end };
    return { lit: t.text, readings: r, end: i + 1 };
  }
  if (words && t.type === 'word' && WORD_NUMBERS[t.text] !== undefined && t.text !== 'a') {
    return readWordNumber(fc.tokens, i);
  }
  return null;
}

/**
 * A number written in words (numberWords.ts: `hai mươi mốt nghìn không trăm mười một`, `twenty-one
 * thousand eleven`, `một triệu rưỡi`); a word the grammar does not start from (`trăm`, `hundred`) is
 * its lexicon value.
 */
export function readWordNumber(tokens: Token[], i: number): { value: number; end: number; scaled?: boolean } {
  return readNumberWords(tokens, i) ?? { value: WORD_NUMBERS[tokens[i].text], end: i + 1 };
}

function readScale(fc: FigureContext, j: number, hasCurrency: boolean): { value: number; end: number } | null {
  const { tokens } = fc;
  const t = tokens[j];
  if (!t || t.type !== 'word') return null;
  if (!t.space) {
    const g = GLUED_SCALES[t.text];
    // `$10k`, `1.5bn`, and a glued scale a currency follows (`10k đồng`, `10K$`).
    const currencyAfter = !!tokens[j + 1] && !tokens[j + 1].nl && (!!CURRENCY_SUFFIX_SYMBOLS[tokens[j + 1].text] || !!CURRENCY_WORDS.matchAt(tokens, j + 1) || CURRENCY_CODES_LOWER.has(tokens[j + 1].text));
    // (`3M units`: a capital M is a million, never a metre.)
    if (g && (hasCurrency || currencyAfter || t.text === 'bn' || t.text === 'mn' || t.text === 'tn' || (t.text === 'm' && !lowerUnit(fc, t))) && (!tokens[j + 1] || tokens[j + 1].type !== 'word' || tokens[j + 1].space)) return { value: g, end: j + 1 };
  }
  const m = SCALES.matchAt(tokens, j);
  if (!m) return null;
  // `trăm`, `chục` and `hundred` scale only when another scale or a unit could follow; `tr` is an
  // abbreviation that needs a following currency.
  if (m.phrase === 'tr' && !CURRENCY_WORDS.matchAt(tokens, m.end)) return null;
  let value = m.value;
  let end = m.end;
  // nghìn tỷ is in the table; `trăm nghìn`, `trăm triệu`, `hundred million`, `hundred thousand`.
  const m2 = SCALES.matchAt(tokens, end);
  if (m2 && m2.value > value && value < 1000) {
    value *= m2.value;
    end = m2.end;
  }
  return { value, end };
}

/** A unit read after a number; `factor` scales the value (`US cent` is a hundredth of a dollar). */
type UnitRead = { unit: string | null; kind: FigureKind; end: number; factor?: number };

function readUnit(fc: FigureContext, j: number, _n: NumberPart, scaled: boolean): UnitRead | null | 'reject' {
  const { tokens } = fc;
  const t = tokens[j];
  if (!t) return null;
  if (t.nl) return null;
  const pp = POINTS.matchAt(tokens, j);
  if (pp) return { unit: pp.value, kind: 'percentagePoints', end: pp.end };
  const pc = PERCENT.matchAt(tokens, j);
  // (`5pc`, `5 pc` in lower case: per cent in the British press; `5 PC` are computers.)
  if (pc && !(pc.phrase === 'pc' && fc.norm.slice(t.start, t.end) !== 'pc')) return { unit: '%', kind: 'percent', end: pc.end };
  // `10€`, `10 €` (a spaced symbol when no other amount follows it: `5 $20` is no unit).
  if (t.type === 'punct' && CURRENCY_SUFFIX_SYMBOLS[t.text] && (!t.space || !isNum(tokens[j + 1]))) return { unit: CURRENCY_SUFFIX_SYMBOLS[t.text], kind: 'money', end: j + 1 };
  if (t.type === 'word' && !t.space && CURRENCY_SUFFIX_SYMBOLS[t.text] && (!tokens[j + 1] || tokens[j + 1].type !== 'word' || tokens[j + 1].space)) {
    return { unit: CURRENCY_SUFFIX_SYMBOLS[t.text], kind: 'money', end: j + 1 };
  }
  if (t.type === 'word' && isUpperCode(fc, j) && CURRENCY_CODES.has(t.text.toUpperCase())) return { unit: t.text.toUpperCase(), kind: 'money', end: j + 1 };
  // `20Rs`, `3.14US$`: a symbol after the amount, glued.
  if (t.type === 'word' && !t.space && t.text === 'rs' && fc.norm.slice(t.start, t.end) === 'Rs') return { unit: 'INR', kind: 'money', end: j + 1 };
  if (t.type === 'word' && !t.space && t.text === 'us' && isPunct(tokens[j + 1], '$') && !tokens[j + 1].space) return { unit: 'USD', kind: 'money', end: j + 2 };
  // `9,8 US cent/kWh`, `12 cents`, `470 pence`, `10¢`: hundredths of a currency.
  const sub = SUBUNIT_WORDS.matchAt(tokens, j);
  // (`xu hướng`, `xu thế`: a trend, not a cent.)
  if (sub && (t.space || t.type === 'punct') && !(sub.phrase === 'xu' && ['hướng', 'thế'].includes(tokens[sub.end]?.text ?? ''))) return { unit: sub.value.unit, kind: 'money', end: sub.end, factor: sub.value.factor };
  // `10p`, `50p`: pence, glued and in lower case, in English (`1080p` is a video format).
  if (t.text === 'p' && !t.space && fc.language === 'en' && fc.norm.slice(t.start, t.end) === 'p' && (_n.readings?.en ?? _n.value ?? 1000) < 100 && !(tokens[j + 1] && !tokens[j + 1].space && tokens[j + 1].type !== 'punct')) return { unit: 'GBP', kind: 'money', end: j + 1, factor: 0.01 };
  // `200 pounds of rice`, `weighing 200 pounds`, `a 200-pound bomb`: pounds of weight, not sterling.
  if ((t.text === 'pounds' || t.text === 'pound') && poundsOfWeight(fc, j)) return { unit: 'lb', kind: 'measure', end: j + 1 };
  const cw = CURRENCY_WORDS.matchAt(tokens, j);
  if (cw) {
    // `đồng` after a number is the currency unless it starts a word pair (`5 đồng chí`): after a
    // scale word it always is; otherwise only before punctuation, the end or a function word.
    const nx = tokens[cw.end];
    const pair = cw.phrase === 'đồng' && !scaled && nx && nx.type === 'word' && !nx.nl && !STOP_AFTER.has(nx.text) && nx.text !== 'mỗi';
    // `20 Afghani soldiers`: a capitalized one-word name before a noun is a people, not money (`300
    // Yuan.`, `40 Canadian dollars` and a headline in title case are money).
    const named = cw.end === j + 1 && t.type === 'word' && isCapitalized(fc, t) && !isUpperCode(fc, j) && !fc.titleCase?.[j] && !!nx && nx.type === 'word' && nx.space && !nx.nl && !STOP_AFTER.has(nx.text) && !isCapitalized(fc, nx);
    if (!pair && !named) return { unit: cw.value, kind: 'money', end: cw.end };
  }
  // `98.6 °F`, `-5 °C`, `37 ° celsius`: a degree sign before the scale's letter or name; `45°`
  // alone: degrees.
  if (isPunct(t, '°')) {
    const dm = tokens[j + 1]?.type === 'word' && !tokens[j + 1].nl ? MEASURES.matchAt(tokens, j) : null;
    if (dm) return { unit: dm.value, kind: 'measure', end: dm.end };
    if (!t.space && !(tokens[j + 1] && !tokens[j + 1].space && tokens[j + 1].type !== 'punct')) return { unit: '°', kind: 'measure', end: j + 1 };
  }
  // `20 (kg)`: a unit in brackets after the number.
  if (isPunct(t, '(') && tokens[j + 1]?.type === 'word') {
    const bm = MEASURES.matchAt(tokens, j + 1);
    if (bm && isPunct(tokens[bm.end], ')')) return { unit: bm.value, kind: 'measure', end: bm.end + 1, factor: MEASURE_FACTORS.get(bm.phrase) };
  }
  if (t.type !== 'word') return null;
  const ms = MEASURES.matchAt(tokens, j);
  if (ms) {
    const nx = tokens[ms.end];
    // `m`/`g` alone are units only when nothing letter-like follows, and in lower case (`3M` is no
    // three metres).
    // `thùng` is a barrel of oil (`3 triệu thùng dầu`, `thùng/ngày`); before other goods a case or a
    // box (`500 thùng hàng`, `thùng bia`): counted, not measured.
    const box = ms.phrase === 'thùng' && nx && nx.type === 'word' && nx.space && nx.text !== 'dầu' && nx.text !== 'mỗi' && !fc.consumed[ms.end];
    if (!box && !(ms.phrase.length <= 1 && nx && nx.type === 'word' && !nx.space) && !(ms.phrase === 'm' && !lowerUnit(fc, t))) return { unit: ms.value, kind: 'measure', end: ms.end, factor: MEASURE_FACTORS.get(ms.phrase) };
  }
  if (t.text === 'tuổi' || ((t.text === 'giờ' || t.text === 'phút') && !clockWordIsDuration(fc, j - 1))) return 'reject';
  if (DURATIONS[t.text] && (t.space || fc.language === 'en')) {
    return { unit: DURATIONS[t.text], kind: 'measure', end: j + 1 };
  }
  // `3 thập kỷ`, `hai thập niên`.
  if (t.text === 'thập' && t.space && (tokens[j + 1]?.text === 'kỷ' || tokens[j + 1]?.text === 'niên')) return { unit: 'decade', kind: 'measure', end: j + 2 };
  if (t.text === 'lần') {
    // `tăng 4 lần`, `tăng hơn 100 lần`: a multiple.
    let b = j - 2;
    const q = QUALIFIERS.matchEndingAt(tokens, b);
    if (q) b = q.start - 1;
    const prevWord = tokens[b];
    if (prevWord && (prevWord.text === 'tăng' || prevWord.text === 'gấp')) return { unit: '×', kind: 'multiple', end: j + 1 };
    return { unit: 'lần', kind: 'count', end: j + 1 };
  }
  if (t.text === 'times' && fc.language === 'en') return { unit: '×', kind: 'multiple', end: j + 1 };
  const noun = readNoun(fc, j);
  if (noun) return { unit: noun.text, kind: 'count', end: noun.end };
  return null;
}

/** Words after `N giờ` that make it a time of day (`9 giờ sáng`, `10 giờ 30`). */
const DAY_PARTS = new Set(['sáng', 'chiều', 'tối', 'trưa', 'đêm', 'khuya', 'ngày', 'hôm', 'đúng', 'kém']);
/** Words before `N giờ` that make it a time of day. */
const CLOCK_BEFORE = new Set(['lúc', 'vào', 'đến', 'tới', 'đúng', 'khoảng', 'giờ']);
/**
 * `N giờ`/`N phút` after the number at token i: a time of day when a part of the day or more clock
 * digits follow (`9 giờ sáng`, `10 giờ 30`) or when `lúc`/`vào`/`đến`/`khoảng` stand before it
 * (`lúc 9 giờ`, `khoảng 9 giờ`, `từ 8 giờ đến 17 giờ`); a duration after a word of duration or another
 * qualifier of size (`trong 90 phút`, `hơn 2 giờ`), as a range (`2-3 giờ`), past the hours of a day
 * (`209 giờ làm việc`), or before `qua` or a rate (`24 giờ qua`, `20 giờ mỗi tuần`).
 */
function clockWordIsDuration(fc: FigureContext, i: number): boolean {
  const { tokens } = fc;
  const after = tokens[i + 2];
  if (after && !after.nl && (after.type === 'num' || (after.type === 'word' && DAY_PARTS.has(after.text)))) return false;
  // `khoảng 2,5 giờ`: a clock has no fractions of an hour.
  if (/[.,]\d/.test(tokens[i].text)) return true;
  // The low end of a range: `2-3 giờ`.
  const range = ((isPunct(tokens[i - 1], '-–') && !tokens[i - 1].space) || tokens[i - 1]?.text === 'đến' || tokens[i - 1]?.text === 'tới') && isNum(tokens[i - 2]);
  const lead = range ? i - 2 : i;
  const prev = tokens[lead - 1];
  const word = prev && prev.type === 'word' ? prev.text : '';
  if (CLOCK_BEFORE.has(word)) return false;
  if (word === 'từ' && (after?.text === 'đến' || after?.text === 'tới' || isPunct(after, '-–'))) return false;
  // (`20 giờ mỗi tuần`: hours in a week.)
  if (range || DURATION_BEFORE.has(word) || QUALIFIERS.matchEndingAt(tokens, lead - 1) || after?.text === 'qua' || after?.text === 'mỗi' || after?.text === 'per') return true;
  return /^\d+$/.test(tokens[i].text) && Number(tokens[i].text) > 24;
}

/** A classifier and its noun: `lượt khách`, `chiếc máy bay`, `lượt sĩ quan`, `bộ xét nghiệm`. */
function classifierNoun(fc: FigureContext, j: number): { text: string; end: number } {
  const { tokens } = fc;
  const t = tokens[j];
  const inner = COUNT_NOUNS.matchAt(tokens, j + 1);
  if (inner) return { text: phraseText(fc, j, inner.end), end: inner.end };
  const nx = tokens[j + 1];
  if (nx && nx.type === 'word' && !STOP_AFTER.has(nx.text) && !nx.nl) {
    // A noun of two syllables after the classifier (`lượt sĩ quan`, `bộ xét nghiệm`), unless the
    // first stands alone (`lượt tàu`) or the second describes (`chiếc xe mới`).
    const n2 = tokens[j + 2];
    const nr = fc.norm.slice(nx.start, nx.end);
    const two = !MONO_NOUNS.has(nx.text) && nr[0] === nr[0].toLowerCase() && n2 && n2.type === 'word' && n2.space && !n2.nl && !STOP_AFTER.has(n2.text) && !DESCRIBING.has(n2.text) && fc.norm[n2.start] === fc.norm[n2.start].toLowerCase();
    return two ? { text: phraseText(fc, j, j + 3), end: j + 3 } : { text: phraseText(fc, j, j + 2), end: j + 2 };
  }
  return { text: t.text, end: j + 1 };
}

/** Vietnamese adjectives that follow a noun and describe it (`chiếc xe mới`). */
const DESCRIBING = new Set(['mới', 'lớn', 'nhỏ', 'cũ', 'cao', 'thấp', 'tốt', 'đẹp', 'nhanh', 'chậm', 'trẻ', 'già', 'chính', 'phụ', 'riêng', 'chung', 'hiện', 'đầu', 'cuối']);

/** Words that stand before a nationality (`South Korean`, `North Korean`). */
const COMPASS = new Set(['south', 'north', 'east', 'west']);

/** English plural nouns without -s. */
const PLURAL_WORDS = new Set(['people', 'children', 'staff', 'personnel', 'police', 'cattle']);

/** The counted noun after a number: a known phrase, a classifier and its noun, or a content word. */
function readNoun(fc: FigureContext, j: number): { text: string; end: number } | null {
  const { tokens } = fc;
  const t = tokens[j];
  if (!t || t.type !== 'word' || !t.space) return null;
  const known = COUNT_NOUNS.matchAt(tokens, j);
  if (known) {
    const end = agentSuffix(tokens, known.end, j);
    // A known classifier alone (`loại`) still takes its noun (`10 loại vaccine`).
    const cl = end === j + 1 && CLASSIFIERS.has(t.text) ? classifierNoun(fc, j) : null;
    if (cl && cl.end > end) return cl;
    return { text: phraseText(fc, j, end), end };
  }
  const raw = fc.norm.slice(t.start, t.end);
  // A stop word in capitals is an acronym (`1,000 IT engineers`).
  if (STOP_AFTER.has(t.text) && !(raw.length > 1 && raw === raw.toUpperCase())) return null;
  // A capitalized word after a number is a name (`3 Peru` is not a count), except an English
  // nationality before its noun (`2,000 Argentine tourists`, `200 Vietnamese people`).
  if (raw[0] !== raw[0].toLowerCase() && !fc.titleCase?.[j]) {
    const nx = tokens[j + 1];
    if (fc.language !== 'en') return null;
    // `1.1 million South Korean visitors`: a compass word before the nationality.
    if (COMPASS.has(t.text) && nx && nx.type === 'word' && nx.space && !nx.nl) {
      const rest = readNoun(fc, j + 1);
      return rest ? { text: phraseText(fc, j, rest.end), end: rest.end } : null;
    }
    // `1.1 million Vietnamese travelled`, `650,000 Vietnamese are`, `60 million Vietnamese
    // shopping online`: a people noun standing alone before a verb or the end of the clause.
    const people = /(ese|ans)$/.test(t.text);
    // (An acronym is no stop word: `30 Indian IT firms`.)
    const nxAcronym = !!nx && nx.type === 'word' && nx.text.length > 1 && fc.norm.slice(nx.start, nx.end) === nx.text.toUpperCase();
    if (!nx || nx.type !== 'word' || !nx.space || nx.nl || (STOP_AFTER.has(nx.text) && !nxAcronym) || /(ed|ing)$/.test(nx.text)) return people ? { text: t.text, end: j + 1 } : null;
    const nraw = fc.norm.slice(nx.start, nx.end);
    if (nraw[0] !== nraw[0].toLowerCase()) {
      // A name before its plural noun: `5,000 Australia Awards scholarships`, `30 Vietnam Airlines flights`.
      let k = j + 1;
      while (k - j < 3) {
        const w = tokens[k];
        if (!w || w.type !== 'word' || !w.space || w.nl) return null;
        const wr = fc.norm.slice(w.start, w.end);
        if (wr[0] === wr[0].toLowerCase()) break;
        k++;
      }
      const head = tokens[k];
      if (!head || head.type !== 'word' || !head.space || head.nl || STOP_AFTER.has(head.text) || !/[a-z]s$/.test(head.text)) return null;
      const hr = fc.norm.slice(head.start, head.end);
      if (hr[0] !== hr[0].toLowerCase()) return null;
      return { text: phraseText(fc, j, k + 1), end: k + 1 };
    }
    // A nationality or an acronym before its noun (`10,000 Vietnamese seasonal workers`, `10 ASEAN
    // member states`): modifiers up to a plural noun. An acronym needs that plural noun: `737 MAX
    // aircraft` is a model.
    const acronym = raw.length > 1 && raw === raw.toUpperCase() && !COUNTRY_ABBREVIATIONS.has(t.text);
    let end = j + 2;
    while (end - j < 4 && !/s$/.test(tokens[end - 1].text) && !PLURAL_WORDS.has(tokens[end - 1].text)) {
      const w = tokens[end];
      if (!w || w.type !== 'word' || !w.space || w.nl || STOP_AFTER.has(w.text) || /(ed|ing)$/.test(w.text)) break;
      const wr = fc.norm.slice(w.start, w.end);
      if (wr[0] !== wr[0].toLowerCase()) break;
      end++;
    }
    const plural = /s$/.test(tokens[end - 1].text) || PLURAL_WORDS.has(tokens[end - 1].text);
    if (acronym) return plural ? { text: phraseText(fc, j, end), end } : null;
    return { text: phraseText(fc, j, plural ? end : j + 2), end: plural ? end : j + 2 };
  }
  if (CLASSIFIERS.has(t.text)) return classifierNoun(fc, j);
  if (fc.language === 'en') {
    // `a dozen opened last year`: a past tense is the verb after an elided count.
    if (t.text.length > 4 && /ed$/.test(t.text) && !COUNT_NOUNS.matchAt(tokens, j) && !(tokens[j + 1]?.type === 'word' && /[a-z]s$/.test(tokens[j + 1].text))) return null;
    // English noun phrases: extend over modifiers until a plural noun or a stop word.
    let end = j + 1;
    let last = t;
    let words = 1;
    for (;;) {
      // A hyphenated modifier is one word (`women-owned households`, `high-speed patrol boats`).
      const h = tokens[end];
      if (h && isPunct(h, '-') && !h.space && tokens[end + 1]?.type === 'word' && !tokens[end + 1].space && tokens[end + 2]?.type === 'word' && tokens[end + 2].space && !STOP_AFTER.has(tokens[end + 2].text)) {
        last = tokens[end + 1];
        end += 2;
        // The hyphenated word modifies what follows; the head noun comes next.
        const hd = tokens[end];
        const hr = fc.norm.slice(hd.start, hd.end);
        if (hr[0] !== hr[0].toLowerCase() || /ed$/.test(hd.text)) break;
        last = hd;
        end++;
        words++;
        continue;
      }
      if (!(words < 3 && !/s$/.test(last.text) && !PLURAL_WORDS.has(last.text))) break;
      const nx = tokens[end];
      if (!nx || nx.type !== 'word' || !nx.space || STOP_AFTER.has(nx.text) || /ed$/.test(nx.text)) break;
      const nraw = fc.norm.slice(nx.start, nx.end);
      // A nationality inside the phrase (`missing Vietnamese soldiers`) when a plural noun follows.
      const nationality = /(ese|an|ian|ish|i)$/.test(nx.text) && tokens[end + 1]?.type === 'word' && /[a-z]s$/.test(tokens[end + 1].text) && fc.norm[tokens[end + 1].start] === tokens[end + 1].text[0];
      if (nraw[0] !== nraw[0].toLowerCase() && !fc.titleCase?.[end] && !nationality) break;
      last = nx;
      end++;
      words++;
    }
    return { text: phraseText(fc, j, end), end };
  }
  // Vietnamese: most counted nouns have two syllables (`kỹ sư`, `hợp đồng`); a known one-syllable
  // noun (`người`, `tấn`, `tỉnh`) stands alone.
  const nx = tokens[j + 1];
  if (!MONO_NOUNS.has(t.text) && nx && nx.type === 'word' && nx.space && !nx.nl && !STOP_AFTER.has(nx.text)) {
    const nraw = fc.norm.slice(nx.start, nx.end);
    if (nraw[0] === nraw[0].toLowerCase()) {
      const end = agentSuffix(tokens, j + 2, j);
      return { text: phraseText(fc, j, end), end };
    }
  }
  return { text: t.text, end: j + 1 };
}

/** `điều dưỡng viên`, `thực tập sinh`: a Vietnamese noun of two syllables and its agent suffix. */
function agentSuffix(tokens: Token[], end: number, start: number): number {
  const w = tokens[end];
  return end - start === 2 && w && w.type === 'word' && w.space && !w.nl && (w.text === 'viên' || w.text === 'sinh') ? end + 1 : end;
}

function phraseText(fc: FigureContext, a: number, b: number): string {
  const { tokens } = fc;
  let s = '';
  for (let k = a; k < b; k++) {
    if (k > a && tokens[k].space) s += ' ';
    s += tokens[k].text;
  }
  return s;
}

/** Words that carry a quantity: hàng trăm doanh nghiệp, hai triệu USD, một nửa, two million. */
function readWordFigure(fc: FigureContext, i: number): FigureDraft | null {
  const { tokens } = fc;
  const t = tokens[i];
  if (t.type !== 'word') return null;
  // `lần thứ mười ba Hội nghị`, `thứ hai mươi`: an ordinal in words.
  if (tokens[i - 1]?.text === 'thứ') return null;
  let value: number | null = null;
  let end = i;
  let bound: Bound | undefined;
  // `an hour and a half`, `a year and a half`: one and a half units of time.
  const du1 = tokens[i + 1];
  if ((t.text === 'a' || t.text === 'an' || t.text === 'one') && du1 && du1.type === 'word' && du1.space && DURATIONS[du1.text] && tokens[i + 2]?.text === 'and' && tokens[i + 3]?.text === 'a' && tokens[i + 4]?.text === 'half' && !fc.consumed[i + 1]) {
    return finish(fc, i, i + 5, 1.5, DURATIONS[du1.text], 'measure', null, undefined);
  }
  const vague = VAGUE.matchAt(tokens, i);
  const fr = vague ? null : FRACTIONS.matchAt(tokens, i);
  // `less than half`, `gần một nửa`: a bare `half` is a share only after a qualifier of size.
  // `cut by half`: the share a change is measured in.
  const frQ = fr && (fr.phrase === 'nửa' || fr.phrase === 'half') ? QUALIFIERS.matchEndingAt(tokens, i - 1) : null;
  const byHalf = fr && fr.phrase === 'half' && tokens[i - 1]?.text === 'by';
  // `half an hour`, `nửa tiếng`, `half a million`, `nửa triệu`: half of a unit or a scale.
  if (fr && (fr.phrase === 'half' || fr.phrase === 'nửa')) {
    const hyphen = fr.phrase === 'half' && isPunct(tokens[fr.end], '-') && !tokens[fr.end].space && tokens[fr.end + 1] && !tokens[fr.end + 1].space;
    const at = fr.phrase === 'half' && (tokens[fr.end]?.text === 'a' || tokens[fr.end]?.text === 'an') ? fr.end + 1 : hyphen ? fr.end + 1 : fr.end;
    const u = tokens[at];
    // `half a litre`, `half-litre`, `nửa lít`: half of a measure; `half hour`, `half day`: of a unit of time.
    const hm = u && u.type === 'word' && !u.nl && !fc.consumed[at] && (u.space || hyphen) ? MEASURES.matchAt(tokens, at) : null;
    if (hm && hm.phrase.length > 1 && !/s$/.test(tokens[hm.end - 1].text)) return finish(fc, i, hm.end, round(0.5 * (MEASURE_FACTORS.get(hm.phrase) ?? 1)), hm.value, 'measure', null, undefined);
    if (u && fr.phrase === 'half' && at === fr.end && u.type === 'word' && u.space && !u.nl && !fc.consumed[at] && ['hour', 'day', 'year', 'month', 'week', 'century'].includes(u.text) && !RELATIVE_AFTER.has(tokens[at + 1]?.text ?? '')) {
      return finish(fc, i, at + 1, 0.5, DURATIONS[u.text], 'measure', null, undefined);
    }
    if (u && u.type === 'word' && u.space && !u.nl && !fc.consumed[at] && (at > fr.end || fr.phrase === 'nửa')) {
      // (`nửa năm` is the half year, a period, not a duration.)
      if (DURATIONS[u.text] && !/s$/.test(u.text) && u.text !== 'năm' && !RELATIVE_AFTER.has(tokens[at + 1]?.text ?? '') && tokens[at + 1]?.text !== 'trước') return finish(fc, i, at + 1, 0.5, DURATIONS[u.text], 'measure', null, undefined);
      const hs = readScale(fc, at, false);
      if (hs && hs.value >= 1000) {
        const hu = readUnit(fc, hs.end, { value: hs.value / 2, end: hs.end }, true);
        if (hu && hu !== 'reject') return finish(fc, i, hu.end, round((hs.value / 2) * (hu.factor ?? 1)), hu.unit, hu.kind, null, undefined);
        return finish(fc, i, hs.end, hs.value / 2, null, 'number', null, undefined);
      }
    }
  }
  // `a quarter of a million people`, `two thirds of a billion dollars`: a share of a scale.
  if (fr && tokens[fr.end]?.text === 'of' && (tokens[fr.end + 1]?.text === 'a' || tokens[fr.end + 1]?.text === 'an') && !fc.consumed[fr.end + 2]) {
    const fs = readScale(fc, fr.end + 2, false);
    if (fs && fs.value >= 1000) {
      const v = round(fr.value * fs.value);
      const fu = readUnit(fc, fs.end, { value: v, end: fs.end }, true);
      if (fu && fu !== 'reject') return finish(fc, i, fu.end, round(v * (fu.factor ?? 1)), fu.unit, fu.kind, null, undefined);
      return finish(fc, i, fs.end, v, null, 'number', null, undefined);
    }
  }
  if (fr && ((fr.phrase !== 'nửa' && fr.phrase !== 'half') || (frQ && frQ.value !== 'exact') || byHalf)) {
    // một nửa, hai phần ba, one third: a share, not a count.
    return finish(fc, i, fr.end, fr.value, null, 'number', null, undefined);
  }
  if (vague) {
    value = vague.value;
    end = vague.end;
    bound = 'lower';
  } else if (t.text === 'a' && tokens[i + 1]?.text === 'dozen' && tokens[i + 1].space) {
    // `around a dozen`, `a dozen agreements`.
    value = 12;
    end = i + 2;
  } else if (WORD_NUMBERS[t.text] !== undefined && t.text !== 'mươi') {
    // `ba mươi`, `hai trăm năm mươi`: a compound ends at `we`; `wv` is its value.
    const { value: wv, end: we } = readWordNumber(tokens, i);
    const single = we === i + 1;
    // `one to two years`, `ba đến bốn giờ`: a range of number words before a duration or percent.
    const link = tokens[we];
    if (link && (link.text === 'to' || link.text === 'đến' || link.text === 'tới' || link.text === 'or' || link.text === 'hoặc') && tokens[we + 1]?.type === 'word' && WORD_NUMBERS[tokens[we + 1].text] !== undefined && tokens[we + 1].text !== 'a') {
      const hiN = readWordNumber(tokens, we + 1);
      const du = tokens[hiN.end];
      if (hiN.value > wv && du && !fc.consumed[hiN.end]) {
        if (du.type === 'word' && du.space && DURATIONS[du.text] && !RELATIVE_AFTER.has(tokens[hiN.end + 1]?.text ?? '')) return finish(fc, i, hiN.end + 1, [wv, hiN.value], DURATIONS[du.text], 'measure', null, undefined);
        const pr = PERCENT.matchAt(tokens, hiN.end);
        if (pr && du.text !== '%') return finish(fc, i, pr.end, [wv, hiN.value], '%', 'percent', null, undefined);
        // `two to three times higher`, `hai đến ba lần`.
        if (du.text === 'times' || du.text === 'lần') return finish(fc, i, hiN.end + 1, [wv, hiN.value], '×', 'multiple', null, undefined);
        // `two or three people`, `ba đến bốn dự án`: a range of a count.
        const rn = hiN.value < 1000 && du.type === 'word' && du.space ? (fc.language === 'en' || COUNT_NOUNS.matchAt(tokens, hiN.end) || MONO_NOUNS.has(du.text) ? readNoun(fc, hiN.end) : null) : null;
        if (rn && !/^(con|chữ) số/.test(rn.text) && (fc.language !== 'en' || /s$/.test(tokens[rn.end - 1].text) || PLURAL_WORDS.has(tokens[rn.end - 1].text)) && !fc.consumed[rn.end - 1]) return finish(fc, i, rn.end, [wv, hiN.value], rn.text, 'count', null, undefined);
      }
    }
    const sc = readScale(fc, we, false);
    // `two million`, `hai mươi mốt nghìn`: a compound with a scale word reads like digits and scale.
    const big = wv >= 1000;
    if ((!sc || sc.value < 1000) && !big) {
      // `ten dollars`, `năm mươi đô la`, `fifty cents`: an amount of money in words.
      const mu = tokens[we]?.space ? readUnit(fc, we, { value: wv, end: we }, false) : null;
      // (`a dollar`, `an euro`: one of a currency; `a pound of rice` is weight, read above.)
      if (mu && mu !== 'reject' && mu.kind === 'money' && !((t.text === 'a' || t.text === 'an') && (mu.end !== we + 1 || /s$/.test(tokens[we].text) || isCapitalized(fc, tokens[we]) || isNum(tokens[mu.end]))) && !fc.consumed[mu.end - 1] && (!isCapitalized(fc, tokens[we]) || isUpperCode(fc, we))) return finish(fc, i, mu.end, round(wv * (mu.factor ?? 1)), mu.unit, 'money', null, undefined);
      // `two pounds of meat`: pounds of weight.
      if (mu && mu !== 'reject' && mu.kind === 'measure' && mu.unit === 'lb' && !fc.consumed[mu.end - 1]) return finish(fc, i, mu.end, wv, 'lb', 'measure', null, undefined);
      // A word number with a known counted noun: hai dự án, ba văn kiện.
      if (tokens[we]?.text === 'times' && fc.language === 'en' && wv >= 2) {
        return finish(fc, i, we + 1, wv, '×', 'multiple', null, undefined);
      }
      // `một thập kỷ`, `hai thập niên`: read as one duration word.
      const decade = tokens[we]?.text === 'thập' && (tokens[we + 1]?.text === 'kỷ' || tokens[we + 1]?.text === 'niên');
      if (decade && wv >= 1 && t.text !== 'a' && (t.text !== 'năm' || !single) && (t.text !== 'một' || DURATION_BEFORE.has(tokens[i - 1]?.text ?? '') || QUALIFIERS.matchEndingAt(tokens, i - 1))) {
        return finish(fc, i, we + 2, wv, 'decade', 'measure', null, undefined);
      }
      const du: Token | undefined = decade ? undefined : tokens[we];
      // `six-mile`, `ten-year`: a number word glued by a hyphen to its unit.
      if (isPunct(tokens[we], '-') && !tokens[we].space && hyphenUnit(fc, we) && !fc.consumed[we + 1]) {
        const hu = MEASURES.matchAt(tokens, we + 1);
        if (hu) return finish(fc, i, hu.end, round(wv * (MEASURE_FACTORS.get(hu.phrase) ?? 1)), hu.value, 'measure', null, undefined);
        if (wv >= 2) return finish(fc, i, we + 2, wv, DURATIONS[tokens[we + 1].text], 'measure', null, undefined);
      }
      // `nearly a decade`, `hơn một năm`: one unit of time after a qualifier of size.
      const q1 = (t.text === 'a' || t.text === 'một') && du && du.type === 'word' && du.space && DURATIONS[du.text] ? QUALIFIERS.matchEndingAt(tokens, i - 1) : null;
      if (q1 && du && q1.value !== 'exact' && !fc.consumed[we] && !RELATIVE_AFTER.has(tokens[we + 1]?.text ?? '')) return finish(fc, i, we + 1, 1, DURATIONS[du.text], 'measure', null, undefined);
      // `sau một năm nâng cấp`, `trong một tháng`: one unit of time after a word of duration.
      if (t.text === 'một' && du && du.type === 'word' && du.space && !du.nl && DURATIONS[du.text] && DURATION_BEFORE.has(tokens[i - 1]?.text ?? '') && !fc.consumed[we]) {
        return finish(fc, i, we + 1, 1, DURATIONS[du.text], 'measure', null, undefined);
      }
      // A duration in words: `hai năm`, `five years`, `three nights` (not `năm năm`, `two years ago`).
      // `hai năm trước`, `cách đây ba năm`, `two years ago`: a point in time.
      const ago = pointInTime(fc, i, we + 1);
      // (`one and a half hours`, `một tiếng rưỡi`: a part of one unit.)
      const rươi = (t.text === 'một' || t.text === 'a' || t.text === 'an') && du && tokens[we + 1]?.text === 'rưỡi' && tokens[we + 1].space && !tokens[we + 1].nl;
      if (!sc && du && du.type === 'word' && du.space && !du.nl && DURATIONS[du.text] && (wv >= 2 || !Number.isInteger(wv) || rươi) && (t.text !== 'năm' || !single) && !fc.consumed[we] && !ago) {
        return finish(fc, i, we + 1, wv, DURATIONS[du.text], 'measure', null, undefined);
      }
      // năm phần trăm, ten percent; nine percentage points; two hectares, ba tấn.
      const pp = t.text !== 'a' && t.text !== 'một' ? POINTS.matchAt(tokens, we) : null;
      if (pp) return finish(fc, i, pp.end, wv, pp.value, 'percentagePoints', null, undefined);
      const pc = t.text !== 'a' && t.text !== 'một' ? PERCENT.matchAt(tokens, we) : null;
      if (pc && tokens[we].text !== '%') return finish(fc, i, pc.end, wv, '%', 'percent', null, undefined);
      // (`one litre`, `a kilogram` too: one of a measure, named in full or by its symbol.)
      // (Not `giá một tấn gạo`, `the price of a tonne`: the unit a price is quoted for.)
      const oneOf = (t.text === 'one' || t.text === 'a' || t.text === 'an') && fc.language === 'en' && single && !['of', 'per', 'each', 'every'].includes(tokens[i - 1]?.text ?? '');
      const ms = (wv >= 2 || oneOf) && tokens[we]?.space && !tokens[we].nl && (t.text !== 'năm' || !single) ? MEASURES.matchAt(tokens, we) : null;
      if (ms && ms.phrase.length > 1 && !(oneOf && (/s$/.test(tokens[ms.end - 1].text) || ms.phrase === 'in' || isCapitalized(fc, tokens[we])))) return finish(fc, i, ms.end, round(wv * (MEASURE_FACTORS.get(ms.phrase) ?? 1)), ms.value, 'measure', null, undefined);
      // `ten Vietnamese provinces`, `three new plants`: an English count of three or more before a
      // plural noun (`the two sides`, `the three countries` refer, and so does any pair).
      // (`its three campuses` counts; `the three countries`, `its two sides` refer.)
      const det = tokens[i - 1]?.text ?? '';
      if (fc.language === 'en' && (wv >= 3 || (wv === 2 && EN_COUNT_BEFORE.has(det))) && !(EN_DETERMINERS.has(det) && !(wv >= 3 && POSSESSIVES.has(det))) && tokens[we] && !tokens[we].nl) {
        const noun = readNoun(fc, we);
        // (`Three decades ago` is a point in time.)
        const ago = !!noun && (DURATIONS[tokens[we].text] !== undefined || RELATIVE_AFTER.has(tokens[noun.end]?.text ?? ''));
        if (noun && !ago && (/s$/.test(tokens[noun.end - 1].text) || PLURAL_WORDS.has(tokens[noun.end - 1].text)) && !fc.consumed[noun.end - 1]) return finish(fc, i, noun.end, wv, noun.text, 'count', null, undefined);
      }
      // `có hai dự án` counts; `giữa hai nền kinh tế`, `là hai nhà đầu tư lớn nhất` refer.
      // (A compound, `mười bốn người`, `ba mươi tư học sinh`, or a number opening its sentence,
      // `Ba người bị thương`, counts whatever stands before it.)
      const prevT = tokens[i - 1];
      const opens = !prevT || t.nl || (prevT.type === 'punct' && /[.!?:;]/.test(prevT.text));
      if (!WORD_COUNT_BEFORE.has(prevT?.text ?? '') && single && !opens && !QUALIFIERS.matchEndingAt(tokens, i - 1)) return null;
      // (After a compound, any noun: `mười bốn người`, `mười lăm nghi phạm`.)
      const kn = COUNT_NOUNS.matchAt(tokens, we);
      const known = kn ?? (!single && fc.language === 'vi' && !fc.consumed[we] ? readNoun(fc, we) : null);
      const nounRaw = known ? fc.norm.slice(tokens[we].start, tokens[we].end) : '';
      if (!known || nounRaw[0] !== nounRaw[0].toLowerCase() || (single && (t.text === 'một' || t.text === 'a' || t.text === 'one' || t.text === 'năm')) || tokens[we].nl) return null;
      // `gắn kết hai địa phương`, `hai quốc gia`: the two parties of the article, not a count.
      if (wv === 2 && single && PARTIES.has(phraseText(fc, we, known.end))) return null;
      // `Sáu đối tác này`: these six, named before; a reference, not a count.
      if (single && opens && ['này', 'đó', 'ấy', 'trên', 'kể'].includes(tokens[known.end]?.text ?? '')) return null;
      return finish(fc, i, known.end, wv, phraseText(fc, we, known.end), 'count', null, undefined);
    }
    value = sc && !big ? wv * sc.value : wv;
    end = sc && !big ? sc.end : we;
  } else {
    return null;
  }
  if (end > 0 && fc.consumed[end - 1]) return null;
  if (vague) {
    const sc = readScale(fc, end, false);
    if (sc) {
      value *= sc.value;
      end = sc.end;
    }
  }
  const u = readUnit(fc, end, { value: value, end }, true);
  let unit: string | null = null;
  let kind: FigureKind = 'number';
  if (u && u !== 'reject') {
    unit = u.unit;
    kind = u.kind;
    end = u.end;
  } else if (u === 'reject' || (vague && fc.language === 'vi' && !u)) {
    if (u === 'reject') return null;
  }
  const d = finish(fc, i, end, value, unit, kind, null, bound);
  return d;
}

/** Picks the value of a literal; keeps both readings when the choice is a guess. */
function decide(fc: FigureContext, n: NumberPart, opts: { scaled: boolean; countLike: boolean; vnd?: boolean }): { value: number; readings?: FigureReading[] } {
  if (n.value !== undefined) return { value: n.value };
  const r = n.readings!;
  if (!isAmbiguous(r)) return { value: (r.vi ?? r.en)! };
  const sep = n.lit!.includes(',') ? ',' : '.';
  const digitsAfter = n.lit!.slice(n.lit!.lastIndexOf(sep) + 1);
  // The reading with the separator as thousands, and the one with it as decimal mark.
  const thousands = sep === '.' ? r.vi! : r.en!;
  const decimal = sep === '.' ? r.en! : r.vi!;
  const docThousandsSep = fc.convention === 'vi' ? '.' : ',';
  let chosen: number;
  let why: string;
  if (opts.countLike && !opts.scaled) {
    chosen = thousands;
    why = 'a count of things is whole';
  } else if (opts.vnd && sep === '.' && digitsAfter.length === 3) {
    // `VNĐ1.500 billion` in an English article: dong amounts are written the Vietnamese way.
    chosen = thousands;
    why = 'a dong amount keeps the Vietnamese thousands dot';
  } else if (digitsAfter === '000') {
    // Even before a scale word: nobody writes `25.000 billion` for twenty-five billion.
    chosen = thousands;
    why = `"${sep}000" marks thousands`;
  } else if (opts.scaled && !opts.vnd && sep === ',' && fc.convention === 'vi' && fc.conventionEvidence === true && digitsAfter.length === 3) {
    // `1,730 tỷ USD` beside `15,2 tỷ USD` and `10,84 tỷ USD`: an article that writes a decimal
    // comma means 1,73 tỷ — a thousand billion dollars is almost never the news; dong amounts
    // (`2,900 tỷ đồng`) keep the reading below.
    chosen = decimal;
    why = 'the article writes a decimal comma and a thousands dot';
  } else if (digitsAfter.endsWith('0') && (!opts.scaled || digitsAfter.length === 3)) {
    // (Before a scale word too: `2,900 tỷ đồng`, `1,400 tỷ USD` are thousands of billions.)
    // A decimal is not written with a trailing zero (`12.500 tonnes` is twelve thousand five hundred).
    chosen = thousands;
    why = `a decimal would not end in 0`;
  } else {
    chosen = sep === docThousandsSep ? thousands : decimal;
    why = `the article writes ${fc.convention === 'vi' ? 'a decimal comma and a thousands dot' : 'a decimal point and a thousands comma'}`;
  }
  // The reading the article's own convention gives is settled; any other is a guess to report.
  const chosenIsDocReading = (chosen === thousands) === (sep === docThousandsSep);
  // Settled only when the article's numbers show its convention, or the digits and unit decide.
  const decidedByForm = (opts.countLike && !opts.scaled) || (digitsAfter.endsWith('0') && !opts.scaled);
  if (chosenIsDocReading && (fc.conventionEvidence !== false || decidedByForm || opts.scaled)) return { value: chosen };
  const other = chosen === thousands ? decimal : thousands;
  return {
    value: chosen,
    readings: [
      { value: chosen, unit: null, explanation: `${n.lit} read as ${chosen}: ${why}` },
      { value: other, unit: null, explanation: `${n.lit} read as ${other} with "${sep}" as ${chosen === thousands ? 'decimal mark' : 'thousands separator'}` },
    ],
  };
}

function round(v: number): number {
  // (A whole number of at most twelve digits is its own rounding; zero of either sign rounds to 0.)
  if (Number.isInteger(v) && v < 1e12 && v > -1e12) return v === 0 ? 0 : v;
  return Number(v.toPrecision(12));
}

const DURATION_UNITS = new Set(Object.values(DURATIONS));
const OVER_BOUND_BEFORE = new Set(['for', 'of', 'lasting', 'spanning', 'in', 'after', 'since', 'than', 'took', 'taken', 'takes', 'lasted']);
/** `a year earlier`, `two years ago`: a point in time, not a duration. */
const RELATIVE_AFTER = new Set(['ago', 'earlier', 'before', 'later', 'prior', 'previously', 'back']);
/** Country abbreviations that stand before a counted noun like a nationality (`50 US firms`). */
const COUNTRY_ABBREVIATIONS = new Set(['us', 'uk', 'eu', 'uae', 'usa']);
const POSSESSIVES = new Set(['its', 'their', 'our', 'his', 'her']);
/** Words before `two` that make it a count (`has just two rail crossings`, `hired two engineers`). */
const EN_COUNT_BEFORE = new Set(['just', 'only', 'has', 'have', 'had', 'with', 'signed', 'opened', 'built', 'added', 'hired', 'employs', 'launched', 'sent', 'received', 'deployed']);
const EN_DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'our', 'all', 'his', 'her', 'of', 'first', 'last', 'next', 'top']);
const DURATION_BEFORE = new Set(['sau', 'trong', 'suốt', 'mất', 'vòng', 'dài', 'hạn']);
const COMPARATIVES = new Set(['cao', 'thấp', 'lớn', 'nhỏ', 'nhiều', 'ít', 'đắt', 'rẻ', 'nhanh', 'chậm']);
/** Qualifier phrases that are comparatives (`thấp hơn`), a difference when `so với` follows the figure. */
const COMPARATIVE_PHRASES = new Set([...COMPARATIVES].map((c) => `${c} hơn`));

function finish(
  fc: FigureContext,
  t0: number,
  t1: number,
  value: number | [number, number],
  unit: string | null,
  kind: FigureKind,
  readings: FigureReading[] | null,
  bound: Bound | undefined,
): FigureDraft {
  const { tokens } = fc;
  let c0 = t0;
  let b: Bound = bound ?? 'exact';
  let qualifier: string | undefined;
  // Range figures starting with `từ`/`between` keep the word outside the span.
  // `khoảng từ 5 đến 7 tỷ USD`: a qualifier before the `từ` of a range.
  const skipFrom = Array.isArray(value) && ['từ', 'from', 'between', 'giữa'].includes(tokens[t0 - 1]?.text ?? '') ? 1 : 0;
  let q = QUALIFIERS.matchEndingAt(tokens, t0 - 1 - skipFrom);
  // `ước tính ở mức 5-7 tỷ USD`, `khoảng mức 300 USD`: a qualifier before `(ở) mức`.
  if (!q && tokens[t0 - 1 - skipFrom]?.text === 'mức') {
    const back = tokens[t0 - 2 - skipFrom]?.text === 'ở' ? t0 - 3 - skipFrom : t0 - 2 - skipFrom;
    const q2 = QUALIFIERS.matchEndingAt(tokens, back);
    // (Only an estimate: `cao hơn mức 3,41% cùng kỳ` compares with a level.)
    if (q2 && q2.value === 'approx') q = q2;
  }
  // `cao hơn 6 điểm phần trăm so với năm trước`: `hơn` after an adjective, with the comparison
  // after the figure, states a difference, not a bound.
  // (So too `thấp hơn 2 điểm so với`, `ít hơn 5% so với`.)
  // (A bracket may stand between: `thấp hơn 98,78 USD (2,4 triệu đồng) so với`.)
  let sv = t1;
  if (isPunct(tokens[sv], '(')) for (let b = sv + 1; b < tokens.length && b < sv + 12; b++) if (isPunct(tokens[b], ')')) {
    sv = b + 1;
    break;
  }
  const comparative = !!q && (q.phrase === 'hơn' ? COMPARATIVES.has(tokens[q.start - 1]?.text ?? '') : COMPARATIVE_PHRASES.has(q.phrase)) && tokens[sv]?.text === 'so' && tokens[sv + 1]?.text === 'với';
  // `tripled over five years`: `over` before a duration means "during"; `for over 30 years` a bound.
  const during = !!q && q.phrase === 'over' && kind === 'measure' && !!unit && DURATION_UNITS.has(unit) && !OVER_BOUND_BEFORE.has(tokens[q.start - 1]?.text ?? '');
  // Words that look like qualifiers but are not here: `Ấn Độ tăng` (a name), `lương tối thiểu 24 AUD`
  // (the minimum wage is a level), `trên 52 chuyến bay` (on board).
  const notQualifier =
    !!q &&
    ((q.phrase === 'độ' && (isCapitalized(fc, tokens[q.start]) || DO_COMPOUNDS.has(tokens[q.start - 1]?.text ?? ''))) ||
      ((q.phrase === 'tối thiểu' || q.phrase === 'tối đa' || q.phrase === 'tối thiểu là' || q.phrase === 'tối đa là') && ['lương', 'giá', 'phí', 'thuế', 'mức'].includes(tokens[q.start - 1]?.text ?? '') && tokens[q.start - 2]?.text !== 'ở') ||
      (q.phrase === 'trên' && kind === 'count' && /^(chuyến|máy bay|tàu|xe)/.test(unit ?? '')) ||
      // `10 times higher than 38,610 tons`, `5% lower than`: the base of a comparison, not a bound.
      (/ than$/.test(q.phrase) && ['times', '%', 'percent', 'cent', 'fold', 'lần'].includes(tokens[q.start - 1]?.text ?? '')) ||
      // `went up to $9.53 billion`, `rose up to`: a level reached, not a bound (`up to 100 people`).
      (q.phrase === 'up to' && ['went', 'go', 'goes', 'gone', 'going', 'rose', 'climbed', 'jumped', 'shot', 'moved', 'surged', 'soared'].includes(tokens[q.start - 1]?.text ?? '')));
  if (q && !notQualifier && !(q.phrase === 'trên' && tokens[t0 - 2]?.text === 'đứng')) {
    // `có thể lên tới 100 tỷ yên`, `chi phí mỗi đám cưới lên tới 2 triệu USD`: up to; `nhiệt độ lên
    // tới 34 độ C`, `thiệt hại lên tới 81.000 tỷ đồng` reach a level.
    const upTo =
      (q.phrase === 'lên tới' || q.phrase === 'lên đến') &&
      bound === undefined &&
      (tokens[q.start - 1]?.text === 'nhất' || [1, 2, 3, 4, 5, 6].some((d) => tokens[q.start - d]?.text === 'mỗi' || (tokens[q.start - d]?.text === 'thể' && tokens[q.start - d - 1]?.text === 'có')));
    if ((q.value !== 'exact' || upTo) && !comparative && !during) {
      b = upTo ? 'upper' : q.value;
      qualifier = fc.norm.slice(tokens[q.start].start, tokens[t0 - 1 - skipFrom].end);
    }
    c0 = q.start;
  }
  // `200 người trở lên`, `5,000 people or more`: the qualifier after the span.
  // (`5%/năm trở lên`: past a yearly rate, which stays out of the span.)
  const yearly = isPunct(tokens[t1], '/') && ['năm', 'year'].includes(tokens[t1 + 1]?.text ?? '') ? 2 : 0;
  const pq = POST_QUALIFIERS.matchAt(tokens, t1 + yearly);
  // (`over the past two years and above the UN's target`: `above` begins a phrase of its own.)
  const pqNext = pq ? tokens[pq.end] : undefined;
  if (pq && !tokens[t1 + yearly].nl && !(pqNext && !pqNext.nl && (pqNext.type === 'num' || ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'that', 'this'].includes(pqNext.text)))) {
    b = pq.value;
    qualifier = fc.norm.slice(tokens[t1 + yearly].start, tokens[pq.end - 1].end);
  }
  // (`a 9.2% year-on-year growth`, `a 5% annual increase`: the noun after the words of its base.)
  let after = t1;
  while (after < t1 + 6 && tokens[after] && !tokens[after].nl && NOUN_BASE_WORDS.has(tokens[after].text)) after++;
  let changeDirection: 'up' | 'down' | undefined = kind === 'percent' || kind === 'percentagePoints' ? nounAfter(tokens[t1]?.text) ?? (after > t1 ? nounAfter(tokens[after]?.text) : undefined) : undefined;
  let v = c0 - 1;
  if (tokens[v]?.text === 'by' || tokens[v]?.text === 'thêm' || tokens[v]?.text === 'mạnh' || tokens[v]?.text === 'nhẹ' || tokens[v]?.text === 'sâu' || tokens[v]?.text === 'vọt' || tokens[v]?.text === 'of') v--;
  // `tăng tới 72,5%`, `tăng mạnh tới 72,5%`, `tăng đến 30%`: a change as large as that (a percentage;
  // `tăng lên tới 100 tỷ` reaches a level).
  else if ((kind === 'percent' || kind === 'percentagePoints') && (tokens[v]?.text === 'tới' || tokens[v]?.text === 'đến') && tokens[v - 1]?.text !== 'lên') {
    v--;
    if (tokens[v]?.text === 'mạnh' || tokens[v]?.text === 'thêm') v--;
  }
  const ch = v >= 0 ? CHANGE.matchEndingAt(tokens, v) : null;
  // `gained US$4.2 billion from exporting fruits`: earned, not an increase.
  const earned = !!ch && kind === 'money' && tokens[ch.start].text === 'gained' && (tokens[t1]?.text === 'from' || tokens[t1]?.text === 'in');
  // `shrimp made up 36 percent`, `makes up a third`: a share, not a rise.
  const madeUp = !!ch && tokens[ch.start].text === 'up' && ['made', 'make', 'makes', 'making'].includes(tokens[ch.start - 1]?.text ?? '');
  if (ch && !earned && !madeUp && !changeDirection && !(tokens[c0]?.text === 'lên')) {
    changeDirection = ch.value;
    c0 = ch.start;
    // `ước tính tăng 7,4%`, `ước tăng`: an estimate before the change verb.
    const eq = !q && ch.start > 0 ? QUALIFIERS.matchEndingAt(tokens, ch.start - 1) : null;
    if (eq && eq.value === 'approx' && bound === undefined && /^(ước|estimated|an estimated|dự kiến)/.test(eq.phrase)) {
      b = 'approx';
      qualifier = fc.norm.slice(tokens[eq.start].start, tokens[ch.start - 1].end);
      c0 = eq.start;
    }
  }
  // `vượt hơn 31% so với năm 2016`: a percentage a level went past its base by is a rise (`vượt 1,4 tỷ
  // USD` alone is a level).
  if (!changeDirection && kind === 'percent' && tokens[v]?.text === 'vượt' && tokens[t1]?.text === 'so' && tokens[t1 + 1]?.text === 'với') {
    changeDirection = 'up';
    c0 = v;
  }
  const figure: Figure = {
    start: tokens[t0].start,
    end: tokens[t1 - 1].end,
    text: '',
    value,
    unit,
    kind,
    bound: b,
    metric: null,
    period: null,
  };
  if (qualifier) figure.qualifier = qualifier;
  if (readings) figure.readings = readings;
  if (kind === 'multiple' && !changeDirection && tokens[t0].text === 'gấp') changeDirection = 'up';
  return { figure, t0, t1, c0, changeDirection };
}

/** Words between a percentage and its change noun that say what it is compared with. */
const NOUN_BASE_WORDS = new Set(['year', 'on', '-', 'y', 'o', 'annual', 'yearly', 'month', 'monthly', 'quarterly', 'year-on-year', 'yoy', 'y-o-y']);

/** `a 5% increase`, `a 3.5 percent decline`: the change noun after a percentage. */
function nounAfter(w: string | undefined): 'up' | 'down' | undefined {
  if (!w) return undefined;
  if (['increase', 'rise', 'jump', 'gain', 'growth', 'hike', 'surge', 'leap', 'climb', 'spike', 'boost', 'uptick', 'rebound', 'expansion'].includes(w)) return 'up';
  if (['decrease', 'decline', 'drop', 'fall', 'reduction', 'contraction', 'slump', 'cut', 'dip', 'plunge', 'slide', 'downturn', 'shrinkage'].includes(w)) return 'down';
  return undefined;
}

/** `từ (mức) X lên (mức) Y`, `from X to Y`: the two endpoints of a change. */
function markFromTo(fc: FigureContext, drafts: FigureDraft[]): void {
  const { tokens } = fc;
  for (let k = 0; k + 1 < drafts.length; k++) {
    const a = drafts[k];
    const b = drafts[k + 1];
    let p = a.c0 - 1;
    if (tokens[p]?.text === 'mức') p--;
    const fromWord = tokens[p]?.text;
    if (fromWord !== 'từ' && fromWord !== 'from') continue;
    let q = a.t1;
    // (`from 471.8 million USD in 2018 to 612 million USD in 2022`, `từ 87,1 triệu USD năm 2020 lên …`:
    // the start's year between.)
    if ((tokens[q]?.text === 'in' || tokens[q]?.text === 'năm' || tokens[q]?.text === 'vào') && /^\d{4}$/.test(tokens[q + 1]?.text ?? '')) q += 2;
    else if (tokens[q]?.text === 'vào' && tokens[q + 1]?.text === 'năm' && /^\d{4}$/.test(tokens[q + 2]?.text ?? '')) q += 3;
    if (tokens[q]?.text === ',') q++;
    const link = tokens[q]?.text;
    if (!(link === 'lên' || link === 'xuống' || link === 'đến' || link === 'tới' || link === 'to')) continue;
    q++;
    if (tokens[q]?.text === 'mức') q++;
    if (b.c0 !== q && b.t0 !== q) continue;
    a.role = 'from';
    b.role = 'to';
  }
}
