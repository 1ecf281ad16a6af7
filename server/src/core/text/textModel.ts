/**
 * The text model: the original text plus a normalized view used for matching.
 *
 * Vietnamese text arrives in NFC or NFD, with old or new tone-mark placement (`hoà`/`hòa`), with
 * look-alike letters (`Ð` U+00D0 for `Đ`) and stray combining marks. Extractors match on `norm`
 * (case kept) or `lower` (case folded), which are equal for all these variants, and report spans
 * in norm offsets; `toOriginal` maps them back. The original text is never changed.
 *
 * Invariants:
 * - `norm.length === lower.length`, and both have one code unit per *cluster* of the original
 *   (a base character and the combining marks that follow it), except for astral characters,
 *   which keep their two code units.
 * - `toOriginal(i)` is monotonic; `toOriginal(norm.length) === text.length`.
 * - Line breaks (`\n`, `\r`) are kept as they are, so CRLF text has the same structure as LF text.
 */

export interface TextModel {
  /** The original text (BOM removed). */
  readonly text: string;
  /** NFC per cluster, look-alikes replaced, stray marks dropped, tone marks in canonical place. */
  readonly norm: string;
  /** `norm` lower-cased, code unit for code unit. */
  readonly lower: string;
  /** Maps an offset in `norm`/`lower` to an offset in `text`. */
  toOriginal(normOffset: number): number;
  /** Maps an offset in `text` to the offset in `norm` of the cluster that contains it. */
  toNorm(originalOffset: number): number;
}

const TONE_MARKS = new Set([0x0300, 0x0301, 0x0303, 0x0309, 0x0323]);
const LOOKALIKES: Record<string, string> = { '\u00D0': '\u0110', '\u0189': '\u0110' };

function isCombining(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

/** Splits an NFC letter into its toneless NFC base and its tone mark (0 when none). Cached. */
const toneCache = new Map<string, [string, number]>();
function splitTone(ch: string): [string, number] {
  let hit = toneCache.get(ch);
  if (hit) return hit;
  const d = ch.normalize('NFD');
  let tone = 0;
  let base = '';
  for (const c of d) {
    const cp = c.codePointAt(0)!;
    if (TONE_MARKS.has(cp) && tone === 0) tone = cp;
    else base += c;
  }
  base = base.normalize('NFC');
  hit = base.length === 1 ? [base, tone] : [ch, 0];
  toneCache.set(ch, hit);
  return hit;
}

function withTone(base: string, tone: number): string {
  if (!tone) return base;
  const r = (base + String.fromCodePoint(tone)).normalize('NFC');
  return r.length === 1 ? r : base;
}

function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}

/**
 * Canonical tone placement. Old and new spelling differ only in open syllables ending in `oa`,
 * `oe` or `uy` (`hoà`/`hòa`, `khoẻ`/`khỏe`, `thuý`/`thúy`, `Uỷ`/`Ủy`): the matching view puts the
 * mark on the first vowel of the pair, as most agency copy does. Every other syllable keeps its
 * spelling, so keywords written in standard spelling match the `lower` view directly.
 */
function placeTones(chars: string[]): void {
  let i = 0;
  while (i < chars.length) {
    if (!isLetter(chars[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && isLetter(chars[j])) j++;
    if (j - i >= 2 && j - i <= 7) {
      const [last, tone] = splitTone(chars[j - 1]);
      const [prev, prevTone] = splitTone(chars[j - 2]);
      if (tone && !prevTone) {
        const pair = (prev + last).toLowerCase();
        const q = j - 3 >= i && chars[j - 3].toLowerCase() === 'q';
        if ((pair === 'oa' || pair === 'oe' || (pair === 'uy' && !q))) {
          chars[j - 1] = last;
          chars[j - 2] = withTone(prev, tone);
        }
      }
    }
    i = j;
  }
}

export function createTextModel(input: string): TextModel {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const chars: string[] = [];
  const starts: number[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const start = i;
    const code = text.charCodeAt(i);
    if (isCombining(code)) {
      // A stray combining mark with no base: dropped from the normalized view.
      i++;
      continue;
    }
    let cluster: string;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      cluster = text.slice(i, i + 2);
      i += 2;
    } else {
      i++;
      let j = i;
      while (j < n && isCombining(text.charCodeAt(j))) j++;
      cluster = text.slice(start, j);
      i = j;
    }
    let c = cluster.length === 1 ? cluster : cluster.normalize('NFC');
    if (c.length > 1 && !(c.length === 2 && c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdbff)) {
      // Marks that do not compose with their base: keep the base alone for matching.
      c = c.charAt(0);
    }
    c = LOOKALIKES[c] ?? c;
    if (c.length === 2) {
      // Astral character: two code units, both mapped to the cluster start.
      chars.push(c.charAt(0), c.charAt(1));
      starts.push(start, start + 1);
    } else {
      chars.push(c);
      starts.push(start);
    }
  }
  placeTones(chars);
  const norm = chars.join('');
  let lower = '';
  for (const c of chars) {
    const l = c.toLowerCase();
    lower += l.length === 1 ? l : c;
  }
  const map = new Int32Array(chars.length + 1);
  for (let k = 0; k < starts.length; k++) map[k] = starts[k];
  map[chars.length] = n;
  const identity = norm.length === n && norm === text;
  return {
    text,
    norm,
    lower,
    toOriginal(o: number): number {
      if (identity) return o;
      if (o <= 0) return 0;
      if (o >= map.length - 1) return n;
      return map[o];
    },
    toNorm(o: number): number {
      if (identity) return o;
      // Binary search: the last cluster whose start is <= o.
      let lo = 0;
      let hi = map.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (map[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}

/**
 * The matching key of a short string (a name, a keyword): the `lower` view of its text model.
 * Two spellings that differ only in normalization form, tone placement, look-alikes or case get
 * the same key.
 */
export function matchKey(s: string): string {
  return createTextModel(s).lower;
}

/** A looser key that also drops every diacritic (`López` = `Lopez`, `Việt` = `Viet`), `đ` → `d`. */
export function looseKey(s: string): string {
  return matchKey(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}
