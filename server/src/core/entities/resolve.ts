/**
 * Resolution across the workspace: every mention of every document is linked to one entity.
 *
 * - Persons: a name contained in a longer name of the corpus (`Dina Boluarte` in `Dina Ercilia
 *   Boluarte Zegarra`, `Kim Hoa` in `Phạm Thị Kim Hoa`, `Cường` in `Lương Cường`) is that person
 *   when exactly one candidate exists; candidates in the same document win over the rest.
 * - Organizations: an acronym defined in parentheses in any document (`(PVN)`) names the
 *   organization it follows everywhere; a name minus its head noun (`Tập đoàn Viettel`) may be a
 *   known organization.
 * - Spellings of one word that differ only in tone placement (`hoà`/`hòa`, `Uỷ`/`Ủy`), or, inside
 *   one entity's names, only in diacritics (`López`/`Lopez`), give `entity.name-variant` hints.
 *
 * Matching never rewrites the text; mentions keep their spans and only get `entityId`,
 * `canonical` and `person` updated.
 */
import { digest, sameList } from '../text/digest';
import type { Entity, EntityMention, Finding, Language, MessageLocale } from '../types';
import { matchKey } from '../text/textModel';
import { slug, type KnowledgeBase } from './knowledge';
import { indexOf, matchHead, tokenize } from './lexicon';
import { containsRun, looseTokens } from './extract';
import { VariantIndex, type VariantDocument, type VariantWord } from './variants';

export interface ResolvableDocument {
  uri: string;
  text: string;
  /** Mentions in original offsets; `resolveEntities` may rewrite their `entityId` and `canonical`. */
  entities: EntityMention[];
  /** The document's language, when known: spelling variants are compared within one language. */
  language?: Language;
  /** The document's reference date, when known: a title without a name is its holder at that date. */
  referenceDate?: { date: string } | null;
}

export interface Resolution {
  entities: Map<string, Entity>;
  /** `entity.name-variant` hints, per document uri. */
  findings: Map<string, Finding[]>;
}

const RESOLVED_TYPES = new Set(['person', 'country', 'organization', 'place', 'title']);

/** What resolution gives one mention: its entity, that entity's canonical name, its person. */
export interface ResolvedMention {
  entityId: string;
  canonical: string;
  person?: string;
}

/**
 * A resolution that leaves the mentions alone: `resolved[i][j]` is what mention `j` of document
 * `i` becomes (undefined for types resolution does not touch, such as dates).
 */
export interface DetachedResolution extends Resolution {
  resolved: (ResolvedMention | undefined)[][];
}

interface Ref {
  doc: ResolvableDocument;
  m: EntityMention;
  /** The resolved fields (the mention keeps its own until `resolveEntitiesImpl` applies them). */
  id: string;
  canonical: string;
  person: string | undefined;
  prep: Prepared;
}

/** One word of a mention, for `entity.name-variant`. */
type PreparedWord = VariantWord;

/** What resolution derives from one mention and its document's text alone. */
interface Prepared {
  /** Loose tokens of a person's name. */
  loose: string[] | null;
  /** The form the mention gives its entity (NFC). */
  surface: string;
  /** An organization mention whose text is its own acronym (`PVN`). */
  acronymText: boolean;
  words: PreparedWord[];
}

/**
 * Per-mention derivations, reused across resolutions when the caller promises the mentions do not
 * change (the workspace resolves its cached, never-mutated per-document analyses every time).
 */
const preparedCache = new WeakMap<EntityMention, { text: string; prep: Prepared }>();

/**
 * One string object per distinct word, spelling and form: across a corpus the same words recur
 * thousands of times, and comparing or hashing one shared string is cheaper than many copies.
 */
const interned = new Map<string, string>();
function intern(s: string): string {
  const v = interned.get(s);
  if (v !== undefined) return v;
  if (interned.size >= 200_000) interned.clear();
  interned.set(s, s);
  return s;
}

function prepare(doc: ResolvableDocument, m: EntityMention, cache: boolean): Prepared {
  if (cache) {
    const hit = preparedCache.get(m);
    if (hit && hit.text === doc.text) return hit.prep;
  }
  const s = doc.text.slice(m.start, m.end);
  const words: PreparedWord[] = [];
  for (const t of tokenize(s, s.toLowerCase(), 0)) {
    if (t.digit || t.e - t.s < 2) continue;
    const text = s.slice(t.s, t.e);
    words.push({
      start: m.start + t.s,
      end: m.start + t.e,
      text,
      mk: intern(matchKey(text)),
      spell: intern(text.normalize('NFC').toLowerCase()),
      lk: t.lk,
      long: t.e - t.s >= 4 && m.type !== 'title',
    });
  }
  const surface = (m.type === 'person' ? m.name : m.type === 'title' ? m.canonical : s) ?? m.text;
  const prep: Prepared = {
    loose: m.type === 'person' ? looseTokens(m.name ?? m.canonical) : null,
    surface: intern(surface.normalize('NFC')),
    acronymText: m.type === 'organization' && !!m.acronym && matchKey(m.text) === matchKey(m.acronym),
    words,
  };
  if (cache) preparedCache.set(m, { text: doc.text, prep });
  return prep;
}

/** An organization's name split at its head noun (`Tập đoàn` + `ABC`), per lexicon index. */
type HeadSplit = { rest: string } | { bare: string } | null;
/** Words of a Vietnamese company's legal form between its head nouns and its name (`CP`, `TNHH`, `MTV`). */
const LEGAL_FORM = new Set(['cp', 'ctcp', 'tnhh', 'mtv', 'jsc']);
const headCache = new WeakMap<object, WeakMap<EntityMention, HeadSplit>>();

function headSplit(ix: ReturnType<typeof indexOf>, m: EntityMention, cache: boolean): HeadSplit {
  let byMention = cache ? headCache.get(ix) : undefined;
  if (cache && !byMention) headCache.set(ix, (byMention = new WeakMap()));
  if (byMention?.has(m)) return byMention.get(m)!;
  const name = m.canonical;
  const toks = tokenize(name, name.toLowerCase());
  let out: HeadSplit = null;
  if (toks.length) {
    let h = matchHead(ix, toks, 0, name);
    // (`Công ty CP Tập đoàn Hòa Phát`, `Công ty Cổ phần Tập đoàn …`: a legal form and further head
    // nouns after the first are part of the heading, not of the name.)
    for (let at = h; at > 0 && at < toks.length; ) {
      let k = at;
      while (k < toks.length && LEGAL_FORM.has(toks[k].lk)) k++;
      if (k < toks.length - 1 && toks[k].lk === 'cổ' && toks[k + 1].lk === 'phần') k += 2;
      const next = k < toks.length ? matchHead(ix, toks, k, name) : -1;
      const to = next > k ? next : k;
      if (to === at || to >= toks.length) break;
      h = at = to;
    }
    if (h > 0 && h < toks.length) out = { rest: toks.slice(h).map((t) => t.lk).join(' ') };
    else if (h < 0) out = { bare: toks.map((t) => t.lk).join(' ') };
  }
  byMention?.set(m, out);
  return out;
}

const knownLooseCache = new WeakMap<Entity, string[][]>();
function knownLoose(k: Entity): string[][] {
  let names = knownLooseCache.get(k);
  if (!names) knownLooseCache.set(k, (names = [k.canonical, ...k.aliases].map(looseTokens)));
  return names;
}

/** Resolves the corpus and writes the result into its mentions (`entityId`, `canonical`, `person`). */
export function resolveEntitiesImpl(docs: ResolvableDocument[], knowledge: KnowledgeBase, locale?: MessageLocale): Resolution {
  const { entities, findings, resolved } = resolve(docs, knowledge, locale, false);
  docs.forEach((doc, i) =>
    doc.entities.forEach((m, j) => {
      const r = resolved[i][j];
      if (!r) return;
      m.entityId = r.entityId;
      m.canonical = r.canonical;
      if (r.person !== m.person) m.person = r.person;
    }),
  );
  return { entities, findings };
}

/**
 * What one resolution leaves for the next over the same workspace. Linking names reads no offsets
 * and no spelling of single words: when every document gives it the same input as last time (the
 * same mentions in the same order, whatever moved in the text), its result is reused and only the
 * `entity.name-variant` hints, which point at offsets, are computed again.
 */
export interface ResolutionMemo {
  knowledge?: KnowledgeBase;
  /** Per document, in order: what linking reads of it (`linkSignature`). */
  signatures?: string[];
  entities?: Map<string, Entity>;
  /** Per document uri: the document, its resolved mentions, those of resolved types alone, and its refs. */
  byUri?: Map<string, { doc: ResolvableDocument; resolved: (ResolvedMention | undefined)[]; compact: ResolvedMention[]; row: Row }>;
  /** The `entity.name-variant` index, kept up to date document by document. */
  variants?: VariantIndex;
}

/** A document's refs: by mention index (undefined for types resolution does not touch), and as a list. */
interface Row {
  refs: (Ref | undefined)[];
  variants: VariantDocument;
}

/**
 * Resolves the corpus without touching its mentions. The mentions must not change between calls:
 * what resolution derives from each mention alone is cached on the mention object. With a `memo`
 * (one per workspace), the documents must not change either (a changed document is a new object).
 */
export function resolveEntitiesDetached(docs: ResolvableDocument[], knowledge: KnowledgeBase, locale?: MessageLocale, memo?: ResolutionMemo): DetachedResolution {
  return resolve(docs, knowledge, locale, true, memo);
}

const signatureCache = new WeakMap<ResolvableDocument, string>();

/** Everything linking reads of a document (not offsets, not `entity.name-variant`'s words). */
function linkSignature(doc: ResolvableDocument, row: (Ref | undefined)[]): string {
  let s = signatureCache.get(doc);
  if (s === undefined) {
    const opt = (x: string | undefined) => (x === undefined ? 0 : x);
    const mentions: unknown[] = [];
    for (const ref of row) {
      if (!ref) continue;
      const m = ref.m;
      mentions.push([m.type, m.entityId, m.canonical, opt(m.person), opt(m.name), opt(m.acronym), opt(m.role), opt(m.roleGloss), opt(m.countryCode), m.text, ref.prep.surface]);
    }
    // (Kept as a digest: the text of every mention of every document would be kept twice over.)
    s = digest(JSON.stringify([doc.uri, doc.referenceDate?.date ?? '', mentions]));
    signatureCache.set(doc, s);
  }
  return s;
}

function resolve(docs: ResolvableDocument[], knowledge: KnowledgeBase, locale: MessageLocale | undefined, cache: boolean, memo?: ResolutionMemo): DetachedResolution {
  const ix = indexOf(knowledge);
  // Each document's refs (one per mention of a resolved type), reused from the last resolution
  // for a document that is the same object (the caller promises it never changes).
  const held = memo?.knowledge === knowledge ? memo.byUri : undefined;
  const rows: Row[] = docs.map((doc) => {
    const prev = held?.get(doc.uri);
    if (prev && prev.doc === doc) return prev.row;
    const refs: (Ref | undefined)[] = new Array(doc.entities.length);
    const list: Ref[] = [];
    doc.entities.forEach((m, j) => {
      if (!RESOLVED_TYPES.has(m.type)) return;
      const ref: Ref = { doc, m, id: m.entityId, canonical: m.canonical, person: m.person, prep: prepare(doc, m, cache) };
      list.push(ref);
      refs[j] = ref;
    });
    return { refs, variants: { uri: doc.uri, refs: list } };
  });
  const variantsOf = (fresh: boolean) => {
    const kept = memo?.variants;
    const index = !fresh && kept && kept.locale === locale ? kept : new VariantIndex(locale);
    if (memo) memo.variants = index;
    return index.update(rows.map((r) => r.variants));
  };

  const signatures = memo ? docs.map((doc, i) => linkSignature(doc, rows[i].refs)) : null;
  if (memo && held && signatures && memo.signatures && sameList(memo.signatures, signatures)) {
    const resolved = docs.map((doc, i) => {
      const prev = held.get(doc.uri)!;
      if (prev.doc === doc) return prev.resolved;
      // The same mentions of resolved types in the same order: the k-th gets the k-th result.
      const { compact } = prev;
      const out: (ResolvedMention | undefined)[] = new Array(rows[i].refs.length);
      let k = 0;
      rows[i].refs.forEach((ref, j) => {
        const r = compact[k++];
        ref!.id = r.entityId;
        ref!.canonical = r.canonical;
        ref!.person = r.person;
        out[j] = r;
      });
      return out;
    });
    memo.byUri = new Map(docs.map((doc, i) => [doc.uri, { doc, resolved: resolved[i], compact: held.get(doc.uri)!.compact, row: rows[i] }]));
    return { entities: memo.entities!, findings: variantsOf(false), resolved };
  }

  // Linking starts from what each mention says of itself.
  const refs: Ref[] = [];
  for (const row of rows) {
    for (const ref of row.variants.refs as Ref[]) {
      ref.id = ref.m.entityId;
      ref.canonical = ref.m.canonical;
      ref.person = ref.m.person;
      refs.push(ref);
    }
  }
  const resolvedRefs = rows.map((r) => r.refs);

  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let x = id;
    for (let guard = 0; guard < 50 && parent.has(x); guard++) x = parent.get(x)!;
    return x;
  };

  // ------------------------------------------------------------------ persons
  const personNames = new Map<string, { toks: string[][]; docs: Set<string>; known: boolean }>();
  for (const { doc, m, prep } of refs) {
    if (m.type !== 'person') continue;
    let p = personNames.get(m.entityId);
    if (!p) {
      const known = ix.byId.get(m.entityId);
      p = { toks: [], docs: new Set(), known: !!known };
      if (known) p.toks.push(...knownLoose(known));
      personNames.set(m.entityId, p);
    }
    p.docs.add(doc.uri);
    p.toks.push(prep.loose!);
  }
  const knownPersons = knowledge.entities.filter((e) => e.type === 'person');
  const longestOf = (toks: string[][]) => toks.reduce((a, b) => (b.length > a.length ? b : a), [] as string[]);
  const unknownIds = [...personNames.keys()].filter((id) => !personNames.get(id)!.known);
  // Shorter names first, so that `Cường` → `Lương Cường` is decided after longer ones settled.
  unknownIds.sort((a, b) => longestOf(personNames.get(b)!.toks).length - longestOf(personNames.get(a)!.toks).length);
  // An inverted index (loose name token → person ids) keeps this linear in the corpus size.
  const byToken = new Map<string, Set<string>>();
  const addToken = (tok: string, id: string) => {
    let set = byToken.get(tok);
    if (!set) byToken.set(tok, (set = new Set()));
    set.add(id);
  };
  for (const [id, p] of personNames) for (const ts of p.toks) for (const t of ts) addToken(t, id);
  const knownNames = new Map<string, string[][]>();
  for (const k of knownPersons) {
    if (personNames.has(k.id)) continue;
    const names = knownLoose(k);
    knownNames.set(k.id, names);
    for (const ts of names) for (const t of ts) addToken(t, k.id);
  }
  for (const id of unknownIds) {
    const me = personNames.get(id)!;
    const mine = longestOf(me.toks);
    if (!mine.length) continue;
    let pool: Set<string> | undefined;
    for (const t of mine) {
      const set = byToken.get(t);
      if (!set) {
        pool = undefined;
        break;
      }
      if (!pool || set.size < pool.size) pool = set;
    }
    if (!pool || pool.size > 200) continue;
    const sameDoc = new Set<string>();
    const elsewhere = new Set<string>();
    const knownHits = new Set<string>();
    for (const other of pool) {
      if (other === id) continue;
      const p = personNames.get(other);
      const names = p ? p.toks : knownNames.get(other)!;
      if (!names.some((t) => t.length > mine.length && containsRun(t, mine))) continue;
      if (!p) {
        knownHits.add(other);
        continue;
      }
      const target = find(other);
      if (target === id) continue;
      if ([...p.docs].some((u) => me.docs.has(u))) sameDoc.add(target);
      else elsewhere.add(target);
    }
    if (!sameDoc.size && !elsewhere.size) for (const k of knownHits) elsewhere.add(k);
    const pick = sameDoc.size === 1 ? [...sameDoc][0] : !sameDoc.size && elsewhere.size === 1 ? [...elsewhere][0] : undefined;
    if (pick && pick !== id) parent.set(id, pick);
  }

  // ------------------------------------------------------------------ organizations
  const acronymOwner = new Map<string, string>();
  for (const { m, prep } of refs) {
    if (m.type !== 'organization' || !m.acronym || prep.acronymText) continue;
    if (!acronymOwner.has(m.acronym)) acronymOwner.set(m.acronym, m.entityId);
  }
  for (const { m, prep } of refs) {
    if (m.type !== 'organization' || ix.byId.has(m.entityId)) continue;
    const owner = m.acronym ? acronymOwner.get(m.acronym) : undefined;
    if (owner && find(owner) !== m.entityId && prep.acronymText) parent.set(m.entityId, find(owner));
  }

  // `ABC` in one document, `Tập đoàn ABC` in another: a bare name is the one body whose name is
  // a head noun plus that name, when exactly one is.
  const withHead = new Map<string, Set<string>>();
  const bare = new Map<string, string[]>();
  for (const { m } of refs) {
    if (m.type !== 'organization' || ix.byId.has(m.entityId)) continue;
    const split = headSplit(ix, m, cache);
    if (!split) continue;
    if ('rest' in split) {
      let set = withHead.get(split.rest);
      if (!set) withHead.set(split.rest, (set = new Set()));
      set.add(m.entityId);
    } else {
      const key = split.bare;
      const list = bare.get(key);
      if (list) list.push(m.entityId);
      else bare.set(key, [m.entityId]);
    }
  }
  for (const [key, ids] of bare) {
    const owners = withHead.get(key);
    if (owners?.size !== 1) continue;
    const owner = find([...owners][0]);
    for (const id of ids) if (find(id) !== owner) parent.set(find(id), owner);
  }

  // `Công ty Cổ phần Hàng không Vietjet`, `Công ty CP Tập đoàn Hòa Phát`: a company's legal name
  // that ends in the short name another mention of the corpus goes by (`Vietjet`, `Hòa Phát`) is
  // that company.
  const orgIds = new Set<string>();
  for (const { m } of refs) if (m.type === 'organization') orgIds.add(m.entityId);
  for (const { m } of refs) {
    if (m.type !== 'organization' || ix.byId.has(m.entityId)) continue;
    const words = m.canonical.toLowerCase().split(/\s+/);
    if (!(words[0] === 'công' && words[1] === 'ty') && !(words[0] === 'tổng' && words[1] === 'công' && words[2] === 'ty')) continue;
    for (let j = 2; j < words.length; j++) {
      const id = `org:${slug(words.slice(j).join(' '))}`;
      if (id === m.entityId || !orgIds.has(id)) continue;
      if (find(m.entityId) !== find(id)) parent.set(find(m.entityId), find(id));
      break;
    }
  }

  // ------------------------------------------------------------------ entities
  const entities = new Map<string, Entity>();
  const forms = new Map<string, Map<string, number>>();
  for (const ref of refs) {
    const { doc, m } = ref;
    const id = find(m.entityId);
    ref.id = id;
    let e = entities.get(id);
    if (!e) {
      const k = ix.byId.get(id);
      e = k
        ? { ...k, aliases: [...k.aliases], roles: k.roles.map((r) => ({ ...r })) }
        : { id, type: m.type, canonical: m.canonical, aliases: [], roles: [] };
      entities.set(id, e);
    }
    const nf = ref.prep.surface;
    let f = forms.get(id);
    if (!f) forms.set(id, (f = new Map()));
    f.set(nf, (f.get(nf) ?? 0) + 1);
    if (m.role && m.type === 'person') {
      if (!e.roles.some((r) => r.role === m.role && (r.source === doc.uri || r.source === 'builtin' || r.source === 'workspace'))) {
        e.roles.push({ role: m.role, gloss: m.roleGloss, source: doc.uri });
      }
    }
    if (m.acronym && !e.acronym && m.type === 'organization') e.acronym = m.acronym;
    if (m.countryCode && !e.countryCode) e.countryCode = m.countryCode;
    // A person's country, when no knowledge says it, is the one of the post the text gives them.
    if (m.type === 'person' && !e.countryCode && m.role) {
      const c = /:([A-Z]{2})/.exec(m.role)?.[1];
      if (c) e.countryCode = c;
    }
  }
  for (const [id, e] of entities) {
    const f = forms.get(id)!;
    if (!ix.byId.has(id) && e.type !== 'title') {
      // Unknown entities: persons take their longest name, others their most frequent form.
      const all = [...f.entries()];
      // An organization is named by its name rather than its acronym (`Phòng Thương mại Santiago`, not `CCS`).
      const acr = (x: string) => (e.acronym && matchKey(x) === matchKey(e.acronym) ? 1 : 0);
      all.sort((a, b) =>
        e.type === 'person'
          ? b[0].length - a[0].length || b[1] - a[1]
          : acr(a[0]) - acr(b[0]) || b[1] - a[1] || b[0].length - a[0].length,
      );
      if (all.length) e.canonical = all[0][0];
    }
    const seen = new Set([matchKey(e.canonical), ...e.aliases.map(matchKey)]);
    for (const s of f.keys()) {
      const k = matchKey(s);
      if (!seen.has(k)) {
        seen.add(k);
        e.aliases.push(s);
      }
    }
  }
  for (const ref of refs) {
    ref.canonical = entities.get(ref.id)!.canonical;
    if (ref.person) ref.person = find(ref.person);
  }
  linkTitlesByDate(refs, knowledge);

  const compacts: ResolvedMention[][] = [];
  const resolved = resolvedRefs.map((row) => {
    const out: (ResolvedMention | undefined)[] = new Array(row.length);
    const compact: ResolvedMention[] = [];
    row.forEach((ref, j) => {
      if (!ref) return;
      const r: ResolvedMention = { entityId: ref.id, canonical: ref.canonical };
      if (ref.person !== undefined) r.person = ref.person;
      out[j] = r;
      compact.push(r);
    });
    compacts.push(compact);
    return out;
  });
  if (memo) {
    memo.knowledge = knowledge;
    memo.signatures = signatures!;
    memo.entities = entities;
    memo.byUri = new Map(docs.map((doc, i) => [doc.uri, { doc, resolved: resolved[i], compact: compacts[i], row: rows[i] }]));
  }
  // Linking may have moved any mention to another entity: the hints are computed afresh.
  return { entities, findings: variantsOf(true), resolved };
}

/**
 * `Chủ tịch nước` in an article of 2023 with no name: the known holder of the post at the
 * article's reference date, when exactly one is known.
 */
function linkTitlesByDate(refs: Ref[], knowledge: KnowledgeBase) {
  const holders = new Map<string, { id: string; from?: string; to?: string }[]>();
  for (const e of knowledge.entities) {
    if (e.type !== 'person') continue;
    for (const r of e.roles) {
      const list = holders.get(r.role);
      const h = { id: e.id, from: r.from, to: r.to };
      if (list) list.push(h);
      else holders.set(r.role, [h]);
    }
  }
  for (const ref of refs) {
    const { doc, m } = ref;
    if (m.type !== 'title' || ref.person || !m.role || !doc.referenceDate?.date) continue;
    const date = doc.referenceDate.date;
    const at = (holders.get(m.role) ?? []).filter((h) => (!h.from || h.from <= date) && (!h.to || date < h.to) && (h.from || h.to));
    if (at.length === 1) ref.person = at[0].id;
  }
}
