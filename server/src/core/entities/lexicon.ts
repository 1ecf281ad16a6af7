/**
 * Tokens and the lexicon index of the entity engine.
 *
 * Matching is token by token on the `lower` view of the text model, so NFC/NFD, tone placement,
 * look-alikes and case never matter; a looser key (no diacritics) is tried as well for names of
 * four letters or more, so `Lopez` finds `López` and `Pham Minh Chinh` finds `Phạm Minh Chính`.
 * Every lookup walks a trie from one token: a whole document is one linear pass.
 */
import type { Entity, EntityType } from '../types';
import { looseKey, matchKey } from '../text/textModel';
import { type KnowledgeBase, type TitleDef } from './knowledge';
import titlesData from './data/titles.json';
import lexiconData from './data/lexicon.json';

export interface Token {
  /** Norm offsets. */
  s: number;
  e: number;
  /** The token as in `norm` and in `lower`, and its loose key. */
  t: string;
  k: string;
  lk: string;
  /** First letter upper-case. */
  cap: boolean;
  /** Two or more letters, all upper-case (acronyms), or a letter and digits (`G20`). */
  acr: boolean;
  digit: boolean;
  /** The gap before the token: JOIN_SPACE, JOIN_HYPHEN, JOIN_DOT (lexicon phrases only) or 0. */
  g: number;
}

export const JOIN_SPACE = 1;
export const JOIN_HYPHEN = 2;
export const JOIN_DOT = 3;

function gapClass(norm: string, from: number, to: number): number {
  const len = to - from;
  if (len === 1) {
    const c = norm.charCodeAt(from);
    if (c === 32 || c === 0xa0) return JOIN_SPACE;
    if (c === 45 || c === 0x2013) return JOIN_HYPHEN;
    if (c === 46 || c === 39) return JOIN_DOT;
    return 0;
  }
  if (len === 3) {
    const g = norm.slice(from, to);
    return g === ' - ' || g === ' – ' ? JOIN_HYPHEN : 0;
  }
  if (len === 2) return norm.slice(from, to) === '. ' ? JOIN_DOT : 0;
  return 0;
}

/**
 * Tokens are what `/[\p{L}\p{M}]+(?:\p{N}+)?|\p{N}+/gu` matches: a run of letters and marks with
 * the digits right after it (`G20`), or a run of digits. The scanner below finds exactly those
 * without a match array per token: each UTF-16 unit of the BMP is classified once (astral code
 * points through a small map), ASCII directly.
 */
const NONE = 1;
const LETTER = 2;
const NUMBER = 3;
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const NUMERIC = /^\p{N}$/u;

function classify(ch: string): number {
  return LETTER_OR_MARK.test(ch) ? LETTER : NUMERIC.test(ch) ? NUMBER : NONE;
}

/** The class of the code point at `i` of `s`; its width (1 or 2 units) goes to `width[0]`. */
function classAt(s: string, i: number, width: Uint8Array): number {
  const c = s.charCodeAt(i);
  width[0] = 1;
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : c >= 48 && c <= 57 ? NUMBER : NONE;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      width[0] = 2;
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let k = astralClass.get(cp);
      if (k === undefined) astralClass.set(cp, (k = classify(String.fromCodePoint(cp))));
      return k;
    }
  }
  let k = bmpClass[c];
  if (k === 0) bmpClass[c] = k = classify(String.fromCharCode(c));
  return k;
}
const scanWidth = new Uint8Array(1);

const looseCache = new Map<string, string>();
function loose(k: string): string {
  // Plain ASCII has no marks and no `đ`: it is its own loose form (no lookup, no copy).
  let ascii = true;
  for (let i = 0; i < k.length; i++) {
    if (k.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return k;
  let v = looseCache.get(k);
  if (v === undefined) {
    v = k.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
    if (looseCache.size < 50000) looseCache.set(k, v);
  }
  return v;
}

/** Words that open a caption or a credit (`Ảnh: TTXVN`, `Photo: VNA`). */
const CAPTION_WORDS = ['ảnh', 'photo', 'nguồn', 'video', 'clip', 'source'];
const CAPTION_MAX = 8;

/**
 * The offset where a caption word glued to the end of a letter run starts (`ChileẢnh` → at `Ả`),
 * or -1: a lower-case letter, then a capital that opens one of {@link CAPTION_WORDS} ending the run.
 */
function gluedCaption(norm: string, start: number, end: number): number {
  for (let p = Math.max(start + 2, end - CAPTION_MAX); p < end - 2; p++) {
    // (Plain ASCII decided by its code: no capital at `p`, or no lower-case letter before it.)
    const cc = norm.charCodeAt(p);
    if (cc < 128 && !(cc >= 65 && cc <= 90)) continue;
    const bc = norm.charCodeAt(p - 1);
    if (bc < 128 && !(bc >= 97 && bc <= 122)) continue;
    const c = norm[p];
    const b = norm[p - 1];
    if (c === c.toLowerCase() || b !== b.toLowerCase() || b === b.toUpperCase()) continue;
    const tail = norm.slice(p, end).normalize('NFC').toLowerCase();
    if (CAPTION_WORDS.includes(tail)) return p;
  }
  return -1;
}

export function tokenize(norm: string, lower: string, offset = 0): Token[] {
  const out: Token[] = [];
  const len = norm.length;
  const w = scanWidth;
  let prevEnd = -1;
  let i = 0;
  while (i < len) {
    const first = classAt(norm, i, w);
    if (first === NONE) {
      i += w[0];
      continue;
    }
    const start = i;
    i += w[0];
    // Letters and marks, then digits; or digits alone.
    if (first === LETTER) while (i < len && classAt(norm, i, w) === LETTER) i += w[0];
    // `ChileẢnh`: a word glued to a caption or credit by a lost line break ends where it starts.
    if (first === LETTER && i - start > 3) {
      const cut = gluedCaption(norm, start, i);
      if (cut > 0) i = cut;
    }
    if (!(i < len && classAt(norm, i, w) === LETTER)) while (i < len && classAt(norm, i, w) === NUMBER) i += w[0];
    const t = norm.slice(start, i);
    const s = start + offset;
    // (A token already in lower case is its own key: one string, not two.)
    let same = true;
    for (let q = start; q < i; q++) {
      if (norm.charCodeAt(q) !== lower.charCodeAt(q)) {
        same = false;
        break;
      }
    }
    const k = same ? t : lower.slice(start, i);
    const c0 = t.charCodeAt(0);
    const digit = c0 >= 48 && c0 <= 57;
    const cap = !digit && t[0] !== k[0];
    // Acronyms: every letter upper-case (`PVN`, `G20`): the lower-cased form differs everywhere.
    let acr = false;
    if (cap && t.length >= 2 && t[1] !== k[1]) acr = t === t.toUpperCase();
    else if (cap && t.length >= 2 && t.charCodeAt(1) >= 48 && t.charCodeAt(1) <= 57) acr = true;
    const g = prevEnd < 0 ? 0 : gapClass(norm, prevEnd, start);
    prevEnd = i;
    out.push({ s, e: s + t.length, t, k, lk: loose(k), cap, acr, digit, g });
  }
  return out;
}

/** The gap between two tokens in `norm`. */
export function gapOf(norm: string, a: Token, b: Token): string {
  return norm.slice(a.e, b.s);
}

/** Tokens of a lexicon phrase joined by spaces or hyphens (`Pê-ru`, `Việt Nam-Peru`). */
export function isJoin(g: string): boolean {
  return g === ' ' || g === '-' || g === ' - ' || g === '\u00a0' || g === ' – ' || g === '–';
}

/** Lexicon phrases may also span a dot (`TP.HCM`, `U.S.`). */
function isLexJoin(g: string): boolean {
  return isJoin(g) || g === '.' || g === '. ' || g === "'";
}

export interface LexEntry {
  id: string;
  type: EntityType;
  canonical: string;
  countryCode?: string;
  acronym?: string;
  /** The phrase is an acronym or code: the text must be written exactly so (`EU`, `PVN`). */
  exact?: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries?: LexEntry[];
  titles?: TitleDef[];
  /** How many tokens the phrase has (for the entries at this node). */
  depth: number;
  /** Nodes reached by a loose key: the exact tokens that led here (`phạm` for `pham`). */
  src?: Set<string>;
}

function newNode(depth: number): TrieNode {
  return { next: new Map(), depth };
}

function phraseKeys(phrase: string): string[] {
  const toks = tokenize(phrase, matchKey(phrase));
  return toks.map((t) => t.k);
}

function insert(root: TrieNode, keys: string[], f: (n: TrieNode) => void, exact?: string[]) {
  let n = root;
  for (let q = 0; q < keys.length; q++) {
    const k = keys[q];
    let nx = n.next.get(k);
    if (!nx) {
      nx = newNode(n.depth + 1);
      n.next.set(k, nx);
    }
    if (exact && exact[q] !== k) (nx.src ??= new Set()).add(exact[q]);
    n = nx;
  }
  f(n);
}

/**
 * Letters only Vietnamese writes (breve, circumflex, horn, đ, hook above, dot below, and tildes
 * other than Portuguese ã/õ). A text word with one of them was written with Vietnamese
 * diacritics on purpose: it matches a name only with the same diacritics, so `Viễn` is not
 * `Viên`, `Văn` is not `Vân`. Plain words (`Pham`, `Ha Noi`) and foreign accents (`López`)
 * match loosely.
 */
const VN_ONLY = /[ăâêôơưđảẻỉỏủỷạẹịọụỵẽĩũỹằắẳẵặầấẩẫậềếểễệồốổỗộờớởỡợừứửữự]/;

function looseStepOk(tk: Token, node: TrieNode): boolean {
  return tk.k === tk.lk || !VN_ONLY.test(tk.k) || !!node.src?.has(tk.k) || !node.src;
}

/** Inserts a phrase by its exact keys and, when safe, by its loose keys. */
function insertPhrase(root: TrieNode, phrase: string, f: (n: TrieNode) => void) {
  const keys = phraseKeys(phrase);
  if (!keys.length) return;
  insert(root, keys, f);
  const lks = keys.map(loose);
  if (lks.join(' ') !== keys.join(' ') && (lks.length > 1 || lks[0].length >= 4)) insert(root, lks, f, keys);
}

export interface Match<T> {
  end: number; // token index, exclusive
  items: T[];
}

/** The longest phrase of the trie that starts at token i. */
function longest(root: TrieNode, toks: Token[], i: number, norm: string, pick: (n: TrieNode) => boolean): TrieNode | null {
  let n: TrieNode | undefined = root;
  let best: TrieNode | null = null;
  let bestEnd = i;
  let j = i;
  while (j < toks.length) {
    if (j > i && !toks[j].g) break;
    const tk: Token = toks[j];
    let nx: TrieNode | undefined = n.next.get(tk.k);
    if (!nx) {
      nx = n.next.get(tk.lk);
      if (nx && !looseStepOk(tk, nx)) nx = undefined;
    }
    if (!nx) break;
    n = nx;
    j++;
    if (pick(n)) {
      best = n;
      bestEnd = j;
    }
  }
  return best && bestEnd > i ? best : null;
}

/** The compiled index of one KnowledgeBase. */
export interface Index {
  knowledge: KnowledgeBase;
  entities: TrieNode;
  titles: TrieNode;
  heads: TrieNode;
  byId: Map<string, Entity>;
  /** Persons by loose name tokens, for subsequence matching in resolution. */
  compounds: Map<string, string | null>;
  stop: Set<string>;
  /** Every start of a stopword phrase of several words, up to a space (`chủ` of `chủ nhật`). */
  stopPrefixes: Set<string>;
  family: Set<string>;
  familyLoose: Set<string>;
  honorifics: Set<string>;
  modifiers: Set<string>;
  enOrgWords: Set<string>;
  standaloneHeads: Set<string>;
  /** Heads of the names of buildings and venues (`Trung tâm Hội nghị`, `Lăng`): places. */
  placeHeads: Set<string>;
  countryEn: Map<string, string>;
  /** Names written with a trailing `+` (`Vietnam+`), by the matchKey of the part before it. */
  plus: Map<string, LexEntry>;
}

const cache = new WeakMap<KnowledgeBase, Index>();

export function indexOf(kb: KnowledgeBase): Index {
  let ix = cache.get(kb);
  if (ix) return ix;
  ix = build(kb);
  cache.set(kb, ix);
  return ix;
}

function isAcronymLike(s: string): boolean {
  return /^[\p{Lu}0-9&.+]+$/u.test(s) && s.length <= 8 && !/\s/.test(s);
}

function build(kb: KnowledgeBase): Index {
  const entities = newNode(0);
  const byId = new Map<string, Entity>();
  const countryEn = new Map<string, string>();
  const plus = new Map<string, LexEntry>();
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (const e of kb.entities) {
    byId.set(e.id, e);
    if (e.type === 'country' && e.countryCode) countryEn.set(e.countryCode, en.of(e.countryCode) ?? e.canonical);
    const entry: LexEntry = { id: e.id, type: e.type, canonical: e.canonical };
    if (e.countryCode) entry.countryCode = e.countryCode;
    if (e.acronym) entry.acronym = e.acronym;
    const names = new Set([e.canonical, ...e.aliases]);
    if (e.acronym) names.add(e.acronym);
    // English editions write both `Vietnam` and `Viet Nam`.
    for (const nm of [...names]) {
      if (/\bVietnam\b/.test(nm)) names.add(nm.replace(/\bVietnam\b/g, 'Viet Nam'));
      else if (/\bViet Nam\b/.test(nm)) names.add(nm.replace(/\bViet Nam\b/g, 'Vietnam'));
    }
    for (const name of names) {
      if (name.endsWith('+')) {
        plus.set(matchKey(name.slice(0, -1)), entry);
        continue;
      }
      const exact = isAcronymLike(name) ? name.replace(/[.]/g, '') : undefined;
      const en2: LexEntry = exact ? { ...entry, exact } : entry;
      const add = (n: TrieNode) => {
        (n.entries ??= []).push(en2);
      };
      if (exact) insert(entities, phraseKeys(name), add);
      else insertPhrase(entities, name, add);
    }
  }
  const titles = newNode(0);
  const titleDefs = kb.titles && kb.titles.length ? kb.titles : (titlesData.titles as TitleDef[]);
  for (const t of titleDefs) {
    for (const name of t.names) {
      const exact = isAcronymLike(name) ? name : undefined;
      const add = (n: TrieNode) => {
        (n.titles ??= []).push(exact ? { ...t, names: [name] } : t);
      };
      if (exact) insert(titles, phraseKeys(name), add);
      else insertPhrase(titles, name, add);
    }
  }
  const heads = newNode(0);
  for (const h of lexiconData.orgHeads) insert(heads, phraseKeys(h), (n) => ((n.entries ??= []).push({ id: '', type: 'organization', canonical: h })));
  for (const h of lexiconData.placeHeads) insert(heads, phraseKeys(h), (n) => ((n.entries ??= []).push({ id: '', type: 'place', canonical: h })));
  const compounds = new Map<string, string | null>();
  for (const [k, v] of Object.entries(lexiconData.compounds as Record<string, string | null>)) compounds.set(matchKey(k), v);
  const stop = new Set<string>(kb.stopwords);
  for (const w of lexiconData.stopwords) stop.add(matchKey(w));
  const stopPrefixes = new Set<string>();
  for (const w of stop) for (let p = w.indexOf(' '); p >= 0; p = w.indexOf(' ', p + 1)) stopPrefixes.add(w.slice(0, p));
  const family = new Set(lexiconData.familyNames.map(matchKey));
  const familyLoose = new Set([...family].map(loose));
  return {
    knowledge: kb,
    entities,
    titles,
    heads,
    byId,
    compounds,
    stop,
    stopPrefixes,
    family,
    familyLoose,
    honorifics: new Set(titlesData.honorifics.map((h) => matchKey(h.replace(/\.$/, '')))),
    modifiers: new Set(titlesData.modifiers.map(matchKey)),
    enOrgWords: new Set(lexiconData.enOrgWords),
    standaloneHeads: new Set([...lexiconData.orgHeadsStandalone, ...lexiconData.placeHeadsStandalone].map(matchKey)),
    placeHeads: new Set(lexiconData.placeHeads.map(matchKey)),
    countryEn,
    plus,
  };
}

/** Known entities whose name starts at token i (longest phrase); checks case rules. */
export function matchEntity(ix: Index, toks: Token[], i: number, norm: string): Match<LexEntry> | null {
  const first = toks[i];
  if (!first.cap) return null;
  // Two walks: exact keys (loose ones where exact fail), and loose keys only, for names whose
  // diacritics are partly missing (`Phạm Minh Chinh`). The longer match wins.
  const a = walkEntity(ix, toks, i, norm, false);
  const b = first.k !== first.lk ? walkEntity(ix, toks, i, norm, true) : null;
  const best = a && b ? (b.end > a.end ? b : a) : (a ?? b);
  if (best) {
    let key = toks[i].k;
    for (let q = i + 1; q < best.end; q++) key += ' ' + toks[q].k;
    if (ix.stop.has(key)) return null;
  }
  return best;
}

function walkEntity(ix: Index, toks: Token[], i: number, norm: string, looseOnly: boolean): Match<LexEntry> | null {
  let n: TrieNode | undefined = ix.entities;
  let best: Match<LexEntry> | null = null;
  let j = i;
  let looseUsed = looseOnly && toks[i].k !== toks[i].lk;
  while (j < toks.length) {
    if (j > i && !toks[j].g) break;
    const tk: Token = toks[j];
    let nx: TrieNode | undefined = looseOnly ? n.next.get(tk.lk) : n.next.get(tk.k);
    if (!nx && !looseOnly) {
      nx = n.next.get(tk.lk);
      if (nx && tk.k !== tk.lk) looseUsed = true;
    }
    if (nx && tk.k !== tk.lk && (looseOnly || n.next.get(tk.k) !== nx) && !looseStepOk(tk, nx)) nx = undefined;
    if (!nx) break;
    n = nx;
    j++;
    // A short word matched without its diacritics is another word (`Ánh` is not `Anh`).
    if (looseUsed && j - i === 1 && tk.t.length < 4) continue;
    if (n.entries) {
      let ok = n.entries;
      if (ok.some((e) => e.exact)) {
        let text = '';
        for (let q = i; q < j; q++) text += toks[q].t;
        ok = ok.filter((e) => !e.exact || e.exact.replace(/[^\p{L}\p{N}&+]/gu, '') === text);
      }
      if (ok.length) best = { end: j, items: ok };
    }
  }
  return best;
}

// The predicates `longest` takes, made once: matching runs at every token of a document.
const hasTitles = (x: TrieNode) => !!x.titles;
const hasEntries = (x: TrieNode) => !!x.entries;

export function matchTitle(ix: Index, toks: Token[], i: number, norm: string): Match<TitleDef> | null {
  const n = longest(ix.titles, toks, i, norm, hasTitles);
  if (!n) return null;
  const end = i + n.depth;
  const items = n.titles!.filter((t) => {
    // Acronym titles (`PM`, `CEO`, `TS`) must be written in capitals.
    const name = t.names.length === 1 && isAcronymLike(t.names[0]) ? t.names[0] : null;
    return !name || toks[i].t === name;
  });
  return items.length ? { end, items } : null;
}

export function matchHead(ix: Index, toks: Token[], i: number, norm: string): number {
  if (!toks[i].cap) return -1;
  const n = longest(ix.heads, toks, i, norm, hasEntries);
  return n ? i + n.depth : -1;
}
