/**
 * The token stream the quantity engine reads: one linear pass over the `lower` view.
 *
 * A token is a run of digits with inner separators (`1.234.567,8`, `30,000`), a run of letters, or
 * one other character (punctuation, `%`, `$`). White space is not a token; `space` says whether
 * white space came before, `nl` whether a line break did. Offsets are norm offsets.
 */

import { matchKey } from '../text/textModel';

export type TokenType = 'num' | 'word' | 'punct';

export interface Token {
  type: TokenType;
  start: number;
  end: number;
  /** The lower-cased text. */
  text: string;
  /** White space (or the start of the text) precedes the token. */
  space: boolean;
  /** A line break precedes the token. */
  nl: boolean;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LETTER = /[\p{L}\p{M}]/u;
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 0xc0) return false;
  // Latin-1 and Latin Extended letters, Vietnamese (Latin Extended Additional), combining marks.
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x1e00 && c <= 0x1eff) || (c >= 0x300 && c <= 0x36f)) return true;
  return LETTER.test(s[i]);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b || c === 0x3000 || c === 12 || c === 11;
}

/** A space that may group thousands: a plain, no-break or thin space. */
function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

const GLUED_YEAR = /^(?:19|20)\d\d$/;
const GLUED_BEFORE = new Set(['since', 'in', 'from', 'to', 'until', 'by', 'during', 'year', 'năm', 'từ', 'đến', 'tới']);

export function tokenize(lower: string): Token[] {
  const out: Token[] = [];
  const n = lower.length;
  let i = 0;
  let space = true;
  let nl = true;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      if (c === 10 || c === 13) nl = true;
      i++;
      continue;
    }
    const start = i;
    let type: TokenType;
    if (isDigit(c)) {
      type = 'num';
      i++;
      for (;;) {
        while (i < n && isDigit(lower.charCodeAt(i))) i++;
        const s = lower.charCodeAt(i);
        if ((s === 46 || s === 44) && i + 1 < n && isDigit(lower.charCodeAt(i + 1))) {
          i++;
          continue;
        }
        break;
      }
    } else if (isLetterAt(lower, i)) {
      type = 'word';
      i++;
      while (i < n && isLetterAt(lower, i)) i++;
    } else {
      type = 'punct';
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    // `16 000 tonnes`, `1 000 000 USD`: thousands grouped by spaces (SI style) are one number when
    // a word or a symbol follows the last group (never after another number: `2023 500 người`).
    if (type === 'num' && i - start <= 3 && lower.charCodeAt(start) !== 48 && !(out.length && out[out.length - 1].type === 'num' && space)) {
      let e = i;
      while (e + 4 <= n && isGroupSpace(lower.charCodeAt(e)) && isDigit(lower.charCodeAt(e + 1)) && isDigit(lower.charCodeAt(e + 2)) && isDigit(lower.charCodeAt(e + 3)) && !(e + 4 < n && (isDigit(lower.charCodeAt(e + 4)) || ((lower.charCodeAt(e + 4) === 44 || lower.charCodeAt(e + 4) === 46) && e + 5 < n && isDigit(lower.charCodeAt(e + 5)))))) e += 4;
      // (Three groups or more after a head of two or three digits is a phone number: `84 912 345 678`;
      // with plain spaces the groups must be round, `2 500`, not `50 737 MAX`, a count and a model.)
      if ((e - i) / 4 >= 3 && i - start >= 2) e = i;
      for (let g = i; g < e; g += 4) if (lower.charCodeAt(g) === 32 && lower.charCodeAt(g + 3) !== 48) e = i;
      if (e > i && e < n && (isGroupSpace(lower.charCodeAt(e)) ? e + 1 < n && !isDigit(lower.charCodeAt(e + 1)) && !isSpace(lower.charCodeAt(e + 1)) : !isSpace(lower.charCodeAt(e)))) {
        const after = lower.charCodeAt(isGroupSpace(lower.charCodeAt(e)) ? e + 1 : e);
        if (!(after === 46 || after === 44 || after === 59 || after === 41 || after === 45)) i = e;
      }
    }
    const text = type === 'num' && i - start > 4 && /\s/.test(lower.slice(start, i)) ? lower.slice(start, i).replace(/[ \u00a0\u202f\u2009]/g, '') : lower.slice(start, i);
    // `since1992`, `in2023`: a year glued to the word before it (a slip of copy-editing) is read as
    // if a space stood between them.
    if (type === 'num' && !space && GLUED_YEAR.test(text) && !(i < n && isLetterAt(lower, i)) && out.length && out[out.length - 1].type === 'word' && GLUED_BEFORE.has(out[out.length - 1].text)) space = true;
    out.push({ type, start, end: i, text, space, nl });
    space = false;
    nl = false;
  }
  return out;
}

/**
 * A phrase matcher over tokens: phrases are token texts joined by single spaces (`đô - la mỹ`).
 * `matchAt` finds the longest phrase starting at token i (tokens must be adjacent or separated by
 * white space only, which the token stream guarantees); `matchEndingAt` the longest ending at i.
 */
export class PhraseTable<V> {
  private readonly byFirst = new Map<string, { parts: string[]; value: V; phrase: string }[]>();
  private readonly byLast = new Map<string, { parts: string[]; value: V; phrase: string }[]>();

  constructor(entries: Iterable<[string, V]>) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: V): void {
    const parts = splitPhrase(phrase);
    if (!parts.length) return;
    const e = { parts, value, phrase };
    push(this.byFirst, parts[0], e);
    push(this.byLast, parts[parts.length - 1], e);
  }

  /** The first tokens of every phrase (for quick rejection). */
  firstWords(): string[] {
    return [...this.byFirst.keys()];
  }

  /** Longest match starting at token i; returns the index after the match. */
  matchAt(tokens: Token[], i: number): { value: V; end: number; phrase: string } | null {
    const t = tokens[i];
    if (!t) return null;
    const list = this.byFirst.get(t.text);
    if (!list) return null;
    let best: { value: V; end: number; phrase: string } | null = null;
    for (const e of list) {
      if (best && e.parts.length <= best.end - i) continue;
      let ok = i + e.parts.length <= tokens.length;
      for (let k = 1; ok && k < e.parts.length; k++) {
        const tk = tokens[i + k];
        if (tk.text !== e.parts[k] || tk.nl) ok = false;
      }
      if (ok) best = { value: e.value, end: i + e.parts.length, phrase: e.phrase };
    }
    return best;
  }

  /** Longest match ending at token i (inclusive); returns the index of its first token. */
  matchEndingAt(tokens: Token[], i: number): { value: V; start: number; phrase: string } | null {
    const t = tokens[i];
    if (!t) return null;
    const list = this.byLast.get(t.text);
    if (!list) return null;
    let best: { value: V; start: number; phrase: string } | null = null;
    for (const e of list) {
      const first = i - e.parts.length + 1;
      if (first < 0 || (best && first >= best.start)) continue;
      let ok = true;
      for (let k = 0; ok && k < e.parts.length - 1; k++) {
        const tk = tokens[first + k];
        if (tk.text !== e.parts[k] || (k > 0 && tk.nl)) ok = false;
      }
      if (ok && tokens[i].nl && e.parts.length > 1) ok = false;
      if (ok) best = { value: e.value, start: first, phrase: e.phrase };
    }
    return best;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** Splits a lexicon phrase the way the tokenizer splits text. */
export function splitPhrase(phrase: string): string[] {
  return tokenize(matchKey(phrase)).map((t) => t.text);
}
