/**
 * Matches of a whole-word phrase pattern (`(?<![\p{L}\p{N}])(?:a|b\s+c|…)(?![\p{L}\p{N}])`, global,
 * as frame.ts builds them) without trying every alternative at every word: a phrase can only match
 * where the text's run of letters and digits equals the phrase's first such run, so the pattern is
 * run (sticky) only at the words that open some phrase. Gives exactly the matches of
 * `text.matchAll(pattern)`, in order; falls back to it where that shortcut is not sure to hold
 * (a phrase that does not open on a letter or digit, text with surrogate pairs).
 */
const LN = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet known, 1 a letter or digit, 2 neither. */
const kind = new Uint8Array(0x10000);
function isLN(c: number): boolean {
  let k = kind[c];
  if (k === 0) kind[c] = k = c >= 0xd800 && c <= 0xdfff ? 2 : LN.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}
const SURROGATE = /[\uD800-\uDFFF]/;

export class PhraseMatcher {
  private readonly sticky: RegExp;
  private readonly heads: Set<string> | null;
  /** The first code units of the heads, and their lengths (bit n: a head of n units; bit 31: longer). */
  private readonly firsts = new Uint8Array(0x10000);
  private lengths = 0;

  /** `pattern` is the global pattern over `keys` (the phrases as written in it, spaces for `\s+`). */
  constructor(private readonly pattern: RegExp, keys: string[]) {
    this.sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
    const heads = new Set<string>();
    let sure = true;
    for (const k of keys) {
      if (SURROGATE.test(k)) sure = false;
      let e = 0;
      while (e < k.length && isLN(k.charCodeAt(e))) e++;
      if (e === 0) sure = false;
      heads.add(k.slice(0, e));
      this.firsts[k.charCodeAt(0)] = 1;
      this.lengths |= 1 << Math.min(e, 31);
    }
    this.heads = sure ? heads : null;
  }

  matches(text: string): RegExpExecArray[] {
    if (!this.heads || SURROGATE.test(text)) return [...text.matchAll(this.pattern)] as RegExpExecArray[];
    const out: RegExpExecArray[] = [];
    const n = text.length;
    const re = this.sticky;
    let p = 0;
    while (p < n) {
      // The next word: a run of letters and digits after none.
      if (!isLN(text.charCodeAt(p)) || (p > 0 && isLN(text.charCodeAt(p - 1)))) {
        p++;
        continue;
      }
      let e = p + 1;
      while (e < n && isLN(text.charCodeAt(e))) e++;
      if (this.firsts[text.charCodeAt(p)] === 1 && (this.lengths & (1 << Math.min(e - p, 31))) !== 0 && this.heads.has(text.slice(p, e))) {
        re.lastIndex = p;
        const m = re.exec(text);
        if (m) {
          out.push(m);
          p += m[0].length;
          continue;
        }
      }
      p = e;
    }
    return out;
  }
}
