/**
 * Numbers written in words, Vietnamese and English, read as one compound from a token:
 *
 * - English: `fourteen`, `twenty-one`, `thirty five`, `three hundred (and) twelve`, `twenty-one
 *   thousand eleven`, `two million five hundred thousand`, `a hundred`, `a thousand`, `two dozen`,
 *   `one and a half`, `two and a half million`, `half a million`;
 * - Vietnamese: `mười bốn`, `hai mươi mốt`, `ba mươi tư`, `năm mươi lăm`, `hai trăm linh năm`, `một
 *   trăm lẻ ba`, `hai mươi mốt nghìn không trăm mười một`, `hai nghìn tỷ`, `một triệu rưỡi` (1.5
 *   million), `hai trăm rưỡi` (250), `ba triệu mốt` (3.1 million), `hai nghìn tư` (2,400), `hai chục` (20).
 *
 * Scale words inside a compound strictly decrease (`hai triệu ba trăm nghìn`), except a scale
 * right after another, which multiplies (`nghìn tỷ`, `hundred thousand`): so a compound is at most a
 * few dozen tokens and reading is linear however many number words stand in a row. Words of one
 * line, each after white space (`twenty-one` is the one hyphenated form).
 *
 * `năm` is five only where a year cannot be meant: first (`năm mươi`) or after `trăm` before
 * `mươi`; after tens a five is `lăm` (`hai mươi năm` is twenty years, `mười năm` ten years).
 */
import type { Token } from './tokens';

const EN_SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const EN_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, quadrillion: 1e15 };

const VI_DIGITS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9 };
/** Units after tens: `hai mươi mốt` (21), `ba mươi tư` (34), `năm mươi lăm` (55). */
const VI_AFTER_TENS: Record<string, number> = { mốt: 1, một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, lăm: 5, nhăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9 };
const VI_SCALES: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, vạn: 1e4, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
/** After a scale word or `trăm`, a lone `mốt`/`tư`/`rưỡi` is a tenth, four tenths, a half of it. */
const VI_TENTHS: Record<string, number> = { mốt: 0.1, tư: 0.4, rưỡi: 0.5 };
/** Words that make `tư` the first half of a word (`tư nhân`, `tư liệu`), not four tenths. */
const TU_WORDS = new Set(['nhân', 'liệu', 'vấn', 'duy', 'thế', 'cách', 'pháp', 'bản', 'lệnh', 'gia', 'tưởng', 'lợi', 'hữu', 'thục']);

export interface WordNumber {
  value: number;
  end: number;
  /** The compound contains a scale word of a thousand or more. */
  scaled: boolean;
}

/** The next word token if it follows white space on the same line. */
function wordAt(tokens: Token[], k: number): string | undefined {
  const t = tokens[k];
  return t && t.type === 'word' && t.space && !t.nl ? t.text : undefined;
}

/** Is `w` a word a compound number can start with (either language)? */
export function startsWordNumber(w: string): boolean {
  return EN_SMALL[w] !== undefined || EN_TENS[w] !== undefined || VI_DIGITS[w] !== undefined || w === 'mười' || w === 'hundred';
}

/** English, below a thousand: `twenty-one`, `three hundred and twelve`, `a hundred`. */
function enGroup(tokens: Token[], i: number): { value: number; end: number } | null {
  const t = tokens[i];
  if (!t || t.type !== 'word') return null;
  let value: number;
  let k = i + 1;
  if (EN_TENS[t.text] !== undefined) {
    value = EN_TENS[t.text];
    const dash = tokens[k]?.text === '-' && !tokens[k].space && tokens[k + 1] && !tokens[k + 1].space;
    const u = dash ? tokens[k + 1].text : wordAt(tokens, k);
    if (u !== undefined && EN_SMALL[u] !== undefined && EN_SMALL[u] >= 1 && EN_SMALL[u] <= 9) {
      value += EN_SMALL[u];
      k += dash ? 2 : 1;
    }
    return { value, end: k };
  }
  if (EN_SMALL[t.text] !== undefined) value = EN_SMALL[t.text];
  else if (t.text === 'a' || t.text === 'an') value = 1;
  else return null;
  if (wordAt(tokens, k) === 'hundred') {
    value *= 100;
    k++;
    // `three hundred (and) twelve`, `a hundred and fifty`.
    const and = wordAt(tokens, k) === 'and' ? k + 1 : k;
    const rest = wordAt(tokens, and);
    if (rest !== undefined && (EN_SMALL[rest] !== undefined || EN_TENS[rest] !== undefined) && rest !== 'zero') {
      const r = enGroup(tokens, and);
      if (r && r.value < 100) return { value: value + r.value, end: r.end };
    }
    return { value, end: k };
  }
  if (t.text === 'a' || t.text === 'an') return null;
  return { value, end: k };
}

function readEnglish(tokens: Token[], i: number): WordNumber | null {
  let total = 0;
  let maxScale = 0;
  let k = i;
  let scaled = false;
  let lastScale = Infinity;
  const first = enGroup(tokens, k);
  if (!first) return null;
  let cur = first.value;
  k = first.end;
  for (let n = 0; n < 8; n++) {
    const w = wordAt(tokens, k);
    if (w === undefined) break;
    const s = EN_SCALES[w];
    if (s !== undefined) {
      if (s >= lastScale && !(s > maxScale && cur === 0)) break;
      if (s > maxScale) total = (total + cur) * s;
      else total += cur * s;
      maxScale = Math.max(maxScale, s);
      lastScale = s;
      cur = 0;
      scaled = true;
      k++;
      continue;
    }
    if (w === 'dozen' && cur > 0 && cur < 100 && !scaled) {
      cur *= 12;
      k++;
      break;
    }
    // `twenty-one thousand eleven`, `one thousand and one`, `two million five hundred thousand`.
    if (!scaled || cur !== 0) break;
    const and = w === 'and' ? k + 1 : k;
    const g = enGroup(tokens, and);
    if (!g || tokens[and].text === 'a' || tokens[and].text === 'an') break;
    cur = g.value;
    k = g.end;
  }
  let value = total + cur;
  // `one and a half`, `two and a half million`, `three and a quarter`.
  if (wordAt(tokens, k) === 'and' && wordAt(tokens, k + 1) === 'a' && (wordAt(tokens, k + 2) === 'half' || wordAt(tokens, k + 2) === 'quarter') && !scaled) {
    value += wordAt(tokens, k + 2) === 'half' ? 0.5 : 0.25;
    k += 3;
    const s = EN_SCALES[wordAt(tokens, k) ?? ''];
    if (s !== undefined) {
      value *= s;
      scaled = true;
      k++;
    }
  }
  return { value, end: k, scaled };
}

/** Vietnamese, below a thousand: `hai trăm linh năm`, `ba mươi tư`, `mười lăm`, `không trăm mười một`. */
function viGroup(tokens: Token[], i: number, inner: boolean): { value: number; end: number } | null {
  const t = tokens[i];
  if (!t || t.type !== 'word') return null;
  const w = (k: number) => (k === i ? t.text : wordAt(tokens, k));
  let k = i;
  let total = 0;
  const d0 = VI_DIGITS[t.text] ?? (inner && t.text === 'không' ? 0 : undefined);
  if (d0 !== undefined && w(k + 1) === 'trăm') {
    total = d0 * 100;
    k += 2;
    const l = w(k);
    if ((l === 'linh' || l === 'lẻ') && VI_DIGITS[w(k + 1) ?? ''] !== undefined) return { value: total + VI_DIGITS[w(k + 1)!], end: k + 2 };
    const nu = w(k);
    if (nu === undefined || (VI_DIGITS[nu] === undefined && nu !== 'mười')) return { value: total, end: k };
    // `hai trăm năm` is two hundred years: `năm` after `trăm` is five only before `mươi`.
    if (nu !== 'mười' && w(k + 1) !== 'mươi') return { value: total, end: k };
  } else if (d0 !== undefined && d0 >= 1 && w(k + 1) === 'chục') {
    // `hai chục` (20), `ba chục nghìn` (30,000): tens counted in `chục`.
    return { value: d0 * 10, end: k + 2 };
  } else if (d0 === undefined && t.text !== 'mười') {
    return null;
  } else if (d0 === 0) {
    return null;
  }
  const at = k;
  const x = w(at);
  let tens: number;
  let next: number;
  if (x === 'mười') {
    tens = 10;
    next = at + 1;
  } else if (x !== undefined && VI_DIGITS[x] !== undefined && VI_DIGITS[x] >= 2 && w(at + 1) === 'mươi') {
    tens = VI_DIGITS[x] * 10;
    next = at + 2;
  } else {
    // A digit alone (`ba`) or `hai trăm` ending the group.
    if (total) return { value: total, end: at };
    return x !== undefined && VI_DIGITS[x] !== undefined ? { value: VI_DIGITS[x], end: at + 1 } : null;
  }
  const u = w(next);
  if (u !== undefined && VI_AFTER_TENS[u] !== undefined && !(tens === 10 && u === 'mốt')) return { value: total + tens + VI_AFTER_TENS[u], end: next + 1 };
  return { value: total + tens, end: next };
}

function readVietnamese(tokens: Token[], i: number): WordNumber | null {
  const g = viGroup(tokens, i, false);
  if (!g) return null;
  let cur = g.value;
  let k = g.end;
  let total = 0;
  let maxScale = 0;
  let lastScale = Infinity;
  let scaled = false;
  let afterScale = false;
  let lastUnit = 0;
  // `hai trăm rưỡi` (250), `trăm mốt` (110).
  if (g.value % 100 === 0 && g.value > 0 && tokens[k - 1]?.text === 'trăm' && VI_TENTHS[wordAt(tokens, k) ?? ''] !== undefined && VI_SCALES[wordAt(tokens, k + 1) ?? ''] === undefined) {
    cur += 100 * VI_TENTHS[wordAt(tokens, k)!];
    k++;
  }
  for (let n = 0; n < 10; n++) {
    const w = wordAt(tokens, k);
    if (w === undefined) break;
    const s = VI_SCALES[w];
    if (s !== undefined) {
      // `nghìn tỷ`: a scale right after a scale multiplies; otherwise scales decrease.
      if (afterScale && s > lastScale) {
        total *= s;
        lastScale *= s;
        maxScale = Math.max(maxScale, lastScale);
        lastUnit = lastScale;
        k++;
        continue;
      }
      if (s >= lastScale) break;
      if (s > maxScale) total = (total + cur) * s;
      else total += cur * s;
      maxScale = Math.max(maxScale, s);
      lastScale = s;
      lastUnit = s;
      cur = 0;
      scaled = true;
      afterScale = true;
      k++;
      continue;
    }
    if (afterScale) {
      // `một triệu rưỡi`, `ba triệu mốt`, `hai nghìn tư` — a part of the last scale, ending the number
      // (unless a group follows: `hai triệu tư trăm` is not a form).
      const tenth = VI_TENTHS[w];
      if (tenth !== undefined && wordAt(tokens, k + 1) !== 'trăm' && wordAt(tokens, k + 1) !== 'mươi' && !(w === 'tư' && TU_WORDS.has(wordAt(tokens, k + 1) ?? ''))) {
        total += lastUnit * tenth;
        k++;
        break;
      }
      const g2 = viGroup(tokens, k, true);
      if (!g2 || g2.end === k) break;
      // A lone digit after a scale is another number (`hai triệu ba người` is no form): only a
      // group with `trăm`, `mươi`, `mười`, `linh`/`lẻ` or a following scale continues the compound.
      const oneWord = g2.end === k + 1 && tokens[k].text !== 'mười';
      if (oneWord && VI_SCALES[wordAt(tokens, g2.end) ?? ''] === undefined) break;
      cur = g2.value;
      k = g2.end;
      afterScale = false;
      continue;
    }
    break;
  }
  return { value: total + cur, end: k, scaled };
}

/**
 * The compound number in words starting at token i (Vietnamese or English), or null. A single
 * word (`ba`, `ten`) is a compound of one.
 */
export function readNumberWords(tokens: Token[], i: number): WordNumber | null {
  const t = tokens[i];
  if (!t || t.type !== 'word') return null;
  const w = t.text;
  let r: WordNumber | null = null;
  if (EN_SMALL[w] !== undefined || EN_TENS[w] !== undefined || w === 'a' || w === 'an') r = readEnglish(tokens, i);
  else if (VI_DIGITS[w] !== undefined || w === 'mười') r = readVietnamese(tokens, i);
  if (!r || r.scaled || w === 'a' || w === 'an') return r;
  const frac = spokenFraction(tokens, r.end);
  return frac ? { value: r.value + frac.value, end: frac.end, scaled: false } : r;
}

/** Digit words read one by one after a spoken decimal mark (`point two five`, `phẩy hai lăm`). */
const DIGIT_WORDS: Record<string, number> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};

/**
 * A spoken decimal part at k: `point`, `phẩy` or `chấm` followed by digits (`2 chấm 23`) or by digit
 * words (`three point five`, `hai phẩy hai lăm`). Returns the fraction (0.23) and the index after it.
 */
export function spokenFraction(tokens: Token[], k: number): { value: number; end: number } | null {
  const mark = tokens[k];
  if (!mark || mark.type !== 'word' || !mark.space || mark.nl || !(mark.text === 'point' || mark.text === 'phẩy' || mark.text === 'chấm')) return null;
  const d = tokens[k + 1];
  if (!d || !d.space || d.nl) return null;
  if (d.type === 'num') return /^\d{1,6}$/.test(d.text) ? { value: Number(`0.${d.text}`), end: k + 2 } : null;
  let digits = '';
  let j = k + 1;
  while (digits.length < 6) {
    const x = tokens[j];
    if (!x || x.type !== 'word' || !x.space || x.nl || DIGIT_WORDS[x.text] === undefined) break;
    digits += DIGIT_WORDS[x.text];
    j++;
  }
  return digits ? { value: Number(`0.${digits}`), end: j } : null;
}
