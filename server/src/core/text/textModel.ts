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
import { work } from '../work';

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

const LOOKALIKES: Record<string, string> = { '\u00D0': '\u0110', '\u0189': '\u0110' };

function isCombining(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

/**
 * Canonical tone placement. Old and new spelling differ only in open syllables ending in `oa`,
 * `oe` or `uy` (`hoà`/`hòa`, `khoẻ`/`khỏe`, `thuý`/`thúy`, `Uỷ`/`Ủy`): the matching view puts the
 * mark on the first vowel of the pair, as most agency copy does. `kì`/`kỳ` and `mĩ`/`mỹ` (i for y)
 * are written with `y` (see `KY_MY`). Every other syllable keeps its spelling, so keywords written
 * in standard spelling match the `lower` view directly.
 * Each replacement swaps two BMP characters for two, so lengths and offsets are unchanged.
 */
const TONES = [0x0300, 0x0301, 0x0309, 0x0303, 0x0323];
const MOVE_TONE = new Map<string, string>();
for (const [first, second] of [['o', 'a'], ['o', 'e'], ['u', 'y'], ['O', 'A'], ['O', 'E'], ['U', 'Y'], ['o', 'A'], ['O', 'a'], ['o', 'E'], ['O', 'e'], ['u', 'Y'], ['U', 'y']]) {
  for (const t of TONES) {
    const mark = String.fromCodePoint(t);
    MOVE_TONE.set(first + (second + mark).normalize('NFC'), (first + mark).normalize('NFC') + second);
  }
}
const TONED_SECOND = [...new Set([...MOVE_TONE.keys()].map((k) => k.charAt(1)))].join('');
const OLD_STYLE = new RegExp(`[oOuU][${TONED_SECOND}](?!\\p{L})`, 'gu');
const LETTER = /\p{L}/u;

/**
 * `i` and `y` written for one another in the syllables `kỳ` and `mỹ` (`cùng kì`/`cùng kỳ`, `Hoa Kì`,
 * `Mĩ`/`Mỹ`): the matching view writes `y`, keeping the tone. One BMP character for one.
 */
const I_FOR_Y = new Map<string, string>([
  ['i', 'y'], ['ì', 'ỳ'], ['í', 'ý'], ['ỉ', 'ỷ'], ['ĩ', 'ỹ'], ['ị', 'ỵ'],
  ['I', 'Y'], ['Ì', 'Ỳ'], ['Í', 'Ý'], ['Ỉ', 'Ỷ'], ['Ĩ', 'Ỹ'], ['Ị', 'Ỵ'],
]);
const KY_MY = /(?<!\p{L})([kKmM])([ìíỉĩịÌÍỈĨỊ])(?!\p{L})/gu;

/** The pair ends a run of at most six letters, and `uy` is not the `qu` + `y` of `quý`. */
function placeTones(norm: string): string {
  if (KY_MY.test(norm)) {
    KY_MY.lastIndex = 0;
    norm = norm.replace(KY_MY, (_m: string, c: string, v: string) => c + (I_FOR_Y.get(v) ?? v));
  }
  KY_MY.lastIndex = 0;
  return norm.replace(OLD_STYLE, (pair: string, at: number) => {
    let k = at;
    while (k > 0 && at - k <= 4 && LETTER.test(norm.charAt(k - 1))) k--;
    if (at - k > 4) return pair;
    const before = norm.charAt(at - 1);
    if (before === 'q' || before === 'Q') return pair;
    return MOVE_TONE.get(pair) ?? pair;
  });
}

/** Text that needs no per-cluster work: NFC, no combining marks, no look-alike letters. */
const NEEDS_CLUSTERS = /[\u0300-\u036f\u00D0\u0189]/;

export function createTextModel(input: string): TextModel {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const n = text.length;
  let norm: string;
  let map: Int32Array | null = null;
  if (!NEEDS_CLUSTERS.test(text) && text.normalize('NFC') === text) {
    norm = placeTones(text);
  } else {
    const chars: string[] = [];
    const starts: number[] = [];
    let i = 0;
    while (i < n) {
      const start = i;
      const code = text.charCodeAt(i);
      if (isCombining(code)) {
        // A stray combining mark with no base: dropped from the normalized view.
        i++;
        continue;
      }
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
        // Astral character: two code units, both mapped to the cluster start.
        chars.push(text.charAt(i), text.charAt(i + 1));
        starts.push(start, start + 1);
        i += 2;
        continue;
      }
      i++;
      while (i < n && isCombining(text.charCodeAt(i))) i++;
      let c = i - start === 1 ? text.charAt(start) : text.slice(start, i).normalize('NFC');
      // Marks that do not compose with their base: keep the base alone for matching.
      if (c.length > 1) c = c.charAt(0);
      chars.push(LOOKALIKES[c] ?? c);
      starts.push(start);
    }
    norm = placeTones(chars.join(''));
    map = new Int32Array(chars.length + 1);
    for (let k = 0; k < starts.length; k++) map[k] = starts[k];
    map[chars.length] = n;
  }
  let lower = norm.toLowerCase();
  if (lower.length !== norm.length) {
    // A few letters lower-case to two code units (U+0130): keep those as they are.
    let out = '';
    for (const c of norm) {
      const l = c.toLowerCase();
      out += l.length === c.length ? l : c;
    }
    lower = out;
  }
  const m = map;
  return {
    text,
    norm,
    lower,
    toOriginal(o: number): number {
      if (!m) return o < 0 ? 0 : o > n ? n : o;
      if (o <= 0) return 0;
      if (o >= m.length - 1) return n;
      return m[o];
    },
    toNorm(o: number): number {
      if (!m) return o < 0 ? 0 : o > n ? n : o;
      // Binary search: the last cluster whose start is <= o.
      let lo = 0;
      let hi = m.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (m[mid] <= o) lo = mid;
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
const keyCache = new Map<string, string>();
/** Characters the cache holds (keys and values): bounded, so that long stretches of text cannot fill memory. */
let keyCacheChars = 0;
const KEY_CACHE_CHARS = 8_000_000;
export function matchKey(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = createTextModel(s).lower;
    work.keyChars += s.length;
    if (keyCache.size > 100_000 || keyCacheChars + 2 * s.length > KEY_CACHE_CHARS) {
      keyCache.clear();
      keyCacheChars = 0;
    }
    keyCache.set(s, k);
    keyCacheChars += s.length + k.length;
  }
  return k;
}

/** A looser key that also drops every diacritic (`López` = `Lopez`, `Việt` = `Viet`), `đ` → `d`. */
export function looseKey(s: string): string {
  return matchKey(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}
