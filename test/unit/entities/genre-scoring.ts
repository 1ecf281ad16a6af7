/**
 * Scores the engine against the hand-annotated genre corpus (`test/fixtures/genre/`). Shared by
 * `scripts/score.mjs` (the report) and `genre.test.ts` (the quality floor).
 *
 * A gold file `<name>.gold.json` sits beside `<name>.txt`:
 *
 *   { "entities": [{ "type": "person", "text": "Thủ tướng Phạm Minh Chính" }, ...],
 *     "figures":  [{ "text": "58,3 tỷ USD", "value": 58.3e9, "unit": "USD", "bound": "approx" }, ...] }
 *
 * Mentions are listed in text order. Each is found at its first occurrence after the end of the
 * previous one of the same list; `"nth": k` (1-based) pins it to the k-th occurrence in the whole
 * text instead. Texts are compared in NFC, so gold files are written in NFC even when the article
 * is NFD; spans are reported in the article's own UTF-16 offsets.
 *
 * Matching: an exact match has the same type, start and end; an overlap match has the same type
 * and overlapping spans. Both are one-to-one (a greedy pass in text order, exact pairs first).
 * Dates are another engine's and are not scored. Figures are scored when a gold file lists them:
 * exact span, and among exact spans the agreement of value, unit and bound.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../../../server/src/core/index';

export const SCORED_TYPES = ['person', 'country', 'organization', 'place', 'title'] as const;

export interface GoldEntity { type: string; text: string; nth?: number }
export interface GoldFigure { text: string; value: number | [number, number]; unit: string | null; bound?: string; nth?: number }
export interface Item { type: string; text: string; start: number; end: number }
export interface FigureItem extends Item { value: unknown; unit: unknown; bound?: unknown }

export interface Counts { tp: number; fp: number; fn: number }
export interface Prf extends Counts { p: number; r: number; f1: number }

export interface DocScore {
  name: string;
  gold: Item[];
  predicted: Item[];
  exact: { matched: [Item, Item][]; misses: Item[]; falsePositives: Item[] };
  overlap: { matched: [Item, Item][]; misses: Item[]; falsePositives: Item[] };
  figures?: FigureScore;
  /** Gold mentions that could not be found in the text: errors of the gold file. */
  goldErrors: string[];
}

export interface FigureScore {
  gold: number;
  predicted: number;
  exactSpan: number;
  /** Exact spans whose value, unit and bound (when the gold gives one) all agree. */
  agreeing: number;
  disagreements: { gold: GoldFigure; predicted: FigureItem }[];
  misses: Item[];
  falsePositives: Item[];
}

/** The NFC text with, for each of its UTF-16 units, the offset in the original text. */
function nfcWithMap(text: string): { nfc: string; map: number[] } {
  let nfc = '';
  const map: number[] = [];
  // A base character and the combining marks after it normalize together.
  const re = /[^\p{M}][\p{M}]*|[\p{M}]+/gsu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const piece = m[0].normalize('NFC');
    for (let i = 0; i < piece.length; i++) map.push(m.index + (i === 0 ? 0 : Math.min(i, m[0].length - 1)));
    nfc += piece;
  }
  map.push(text.length);
  return { nfc, map };
}

/** Entities stand between non-letters (`ảnh 1Chủ tịch` is a caption glued to a name). */
function isLetter(c: string | undefined): boolean {
  return !!c && /[\p{L}\p{M}]/u.test(c);
}

/** Figures stand between non-letters and non-digits (`4 năm` is not inside `14 năm`). */
function isLetterOrDigit(c: string | undefined): boolean {
  return !!c && /[\p{L}\p{M}\p{N}]/u.test(c);
}

/** Finds gold items (in order, or by nth occurrence) and returns them with original offsets. */
export function locate<T extends { text: string; nth?: number }>(text: string, items: T[], errors: string[], wordChar = isLetter): (T & { start: number; end: number })[] {
  const { nfc, map } = nfcWithMap(text);
  const out: (T & { start: number; end: number })[] = [];
  let cursor = 0;
  for (const g of items) {
    const needle = g.text.normalize('NFC');
    let at = -1;
    if (g.nth) {
      let from = 0;
      for (let k = 0; k < g.nth; k++) {
        at = findWord(nfc, needle, from, wordChar);
        if (at < 0) break;
        from = at + 1;
      }
    } else {
      at = findWord(nfc, needle, cursor, wordChar);
    }
    if (at < 0) {
      errors.push(`gold "${g.text}"${g.nth ? ` (nth ${g.nth})` : ''} not found after offset ${cursor}`);
      continue;
    }
    cursor = at + needle.length;
    out.push({ ...g, start: map[at], end: map[at + needle.length] });
  }
  return out;
}

/** The first occurrence of `needle` at or after `from` that starts and ends on word boundaries. */
function findWord(hay: string, needle: string, from: number, isWordChar: (c: string | undefined) => boolean): number {
  for (let i = hay.indexOf(needle, from); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (isWordChar(needle[0]) && isWordChar(hay[i - 1])) continue;
    if (isWordChar(needle[needle.length - 1]) && isWordChar(hay[i + needle.length])) continue;
    return i;
  }
  return -1;
}

/** One-to-one matching: first pairs satisfying `strict`, then (if given) pairs satisfying `loose`. */
function match<G extends Item, P extends Item>(gold: G[], pred: P[], ok: (g: G, p: P) => boolean) {
  const used = new Set<number>();
  const matched: [G, P][] = [];
  const misses: G[] = [];
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    for (let j = 0; j < pred.length; j++) {
      if (used.has(j) || !ok(g, pred[j])) continue;
      const ov = Math.min(g.end, pred[j].end) - Math.max(g.start, pred[j].start);
      if (best < 0 || ov > bestOverlap) { best = j; bestOverlap = ov; }
    }
    if (best >= 0) { used.add(best); matched.push([g, pred[best]]); } else misses.push(g);
  }
  const falsePositives = pred.filter((_, j) => !used.has(j));
  return { matched, misses, falsePositives };
}

const sameExact = (g: Item, p: Item) => g.type === p.type && g.start === p.start && g.end === p.end;
const sameOverlap = (g: Item, p: Item) => g.type === p.type && g.start < p.end && p.start < g.end;

export function scoreDocument(name: string, text: string, gold: { entities?: GoldEntity[]; figures?: GoldFigure[] }): DocScore {
  const goldErrors: string[] = [];
  const goldItems: Item[] = locate(text, gold.entities ?? [], goldErrors).map((g) => ({ type: g.type, text: text.slice(g.start, g.end), start: g.start, end: g.end }));
  const analysis = analyzeDocument({ uri: name, text });
  const predicted: Item[] = analysis.entities
    .filter((m) => (SCORED_TYPES as readonly string[]).includes(m.type))
    .map((m) => ({ type: m.type, text: m.text, start: m.start, end: m.end }));
  const exact = match(goldItems, predicted, sameExact);
  // Overlap: exact pairs first so that a near miss never steals an exact partner.
  const first = match(goldItems, predicted, sameExact);
  const rest = match(first.misses, first.falsePositives, sameOverlap);
  const overlap = { matched: [...first.matched, ...rest.matched], misses: rest.misses, falsePositives: rest.falsePositives };
  const score: DocScore = { name, gold: goldItems, predicted, exact, overlap, goldErrors };
  if (gold.figures) score.figures = scoreFigures(text, gold.figures, analysis.figures as unknown as FigureItem[], goldErrors);
  return score;
}

function sameValue(a: unknown, b: unknown): boolean {
  const near = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => near(x, b[i]));
  return typeof a === 'number' && typeof b === 'number' && near(a, b);
}

function scoreFigures(text: string, gold: GoldFigure[], figures: FigureItem[], errors: string[]): FigureScore {
  const located = locate(text, gold, errors, isLetterOrDigit);
  const goldItems = located.map((g) => ({ ...g, type: 'figure' }));
  const pred = figures.map((f) => ({ ...f, type: 'figure' }));
  const { matched, misses, falsePositives } = match(goldItems, pred, sameExact);
  const disagreements: FigureScore['disagreements'] = [];
  let agreeing = 0;
  for (const [g, p] of matched) {
    const ok = sameValue(g.value, p.value) && (g.unit ?? null) === (p.unit ?? null) && (g.bound === undefined || g.bound === p.bound);
    if (ok) agreeing++;
    else disagreements.push({ gold: g, predicted: p });
  }
  return { gold: goldItems.length, predicted: pred.length, exactSpan: matched.length, agreeing, disagreements, misses, falsePositives };
}

export function prf(c: Counts): Prf {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { ...c, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Micro-averaged counts per type and overall, for `exact` or `overlap` matching. */
export function tally(docs: DocScore[], mode: 'exact' | 'overlap'): Record<string, Prf> {
  const counts: Record<string, Counts> = { all: { tp: 0, fp: 0, fn: 0 } };
  for (const t of SCORED_TYPES) counts[t] = { tp: 0, fp: 0, fn: 0 };
  for (const d of docs) {
    const r = d[mode];
    for (const [g] of r.matched) { counts[g.type].tp++; counts.all.tp++; }
    for (const g of r.misses) { (counts[g.type] ??= { tp: 0, fp: 0, fn: 0 }).fn++; counts.all.fn++; }
    for (const p of r.falsePositives) { counts[p.type].fp++; counts.all.fp++; }
  }
  const out: Record<string, Prf> = {};
  for (const [k, c] of Object.entries(counts)) out[k] = prf(c);
  return out;
}

/** Scores every `*.txt` with a `.gold.json` beside it in `dir`. */
export function scoreCorpus(dir: string): DocScore[] {
  return fs.readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && fs.existsSync(path.join(dir, f.replace(/\.txt$/, '.gold.json'))))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const gold = JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8'));
      // The quantity engine's gold may sit beside it as `<name>.figures.json`, with `nth` counted
      // from 0 over the whole text (test/unit/quantity/genre.test.ts); here nth counts from 1.
      const figPath = path.join(dir, f.replace(/\.txt$/, '.figures.json'));
      if (!gold.figures && fs.existsSync(figPath)) {
        const figs = JSON.parse(fs.readFileSync(figPath, 'utf8')).figures as GoldFigure[];
        gold.figures = figs.map((g) => (g.nth === undefined ? g : { ...g, nth: g.nth + 1 }));
      }
      return scoreDocument(f, text, gold);
    });
}
