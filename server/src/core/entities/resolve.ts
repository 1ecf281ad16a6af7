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
import type { Entity, EntityMention, Finding, Language, MessageLocale } from '../types';
import { matchKey } from '../text/textModel';
import type { KnowledgeBase } from './knowledge';
import { indexOf, matchHead, tokenize } from './lexicon';
import { containsRun, looseTokens } from './extract';

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

interface Ref {
  doc: ResolvableDocument;
  m: EntityMention;
}

export function resolveEntitiesImpl(docs: ResolvableDocument[], knowledge: KnowledgeBase, locale?: MessageLocale): Resolution {
  const ix = indexOf(knowledge);
  const refs: Ref[] = [];
  for (const doc of docs) for (const m of doc.entities) if (RESOLVED_TYPES.has(m.type)) refs.push({ doc, m });

  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let x = id;
    for (let guard = 0; guard < 50 && parent.has(x); guard++) x = parent.get(x)!;
    return x;
  };

  // ------------------------------------------------------------------ persons
  const personNames = new Map<string, { toks: string[][]; docs: Set<string>; known: boolean }>();
  for (const { doc, m } of refs) {
    if (m.type !== 'person') continue;
    let p = personNames.get(m.entityId);
    if (!p) {
      const known = ix.byId.get(m.entityId);
      p = { toks: [], docs: new Set(), known: !!known };
      if (known) for (const nm of [known.canonical, ...known.aliases]) p.toks.push(looseTokens(nm));
      personNames.set(m.entityId, p);
    }
    p.docs.add(doc.uri);
    p.toks.push(looseTokens(m.name ?? m.canonical));
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
    const names = [k.canonical, ...k.aliases].map(looseTokens);
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
  for (const { m } of refs) {
    if (m.type !== 'organization' || !m.acronym || matchKey(m.text) === matchKey(m.acronym)) continue;
    if (!acronymOwner.has(m.acronym)) acronymOwner.set(m.acronym, m.entityId);
  }
  for (const { m } of refs) {
    if (m.type !== 'organization' || ix.byId.has(m.entityId)) continue;
    const owner = m.acronym ? acronymOwner.get(m.acronym) : undefined;
    if (owner && find(owner) !== m.entityId && matchKey(m.text) === matchKey(m.acronym!)) parent.set(m.entityId, find(owner));
  }

  // `ABC` in one document, `Tập đoàn ABC` in another: a bare name is the one body whose name is
  // a head noun plus that name, when exactly one is.
  const withHead = new Map<string, Set<string>>();
  const bare = new Map<string, string[]>();
  for (const { m } of refs) {
    if (m.type !== 'organization' || ix.byId.has(m.entityId)) continue;
    const name = m.canonical;
    const toks = tokenize(name, name.toLowerCase());
    if (!toks.length) continue;
    const h = matchHead(ix, toks, 0, name);
    if (h > 0 && h < toks.length) {
      const rest = toks.slice(h).map((t) => t.lk).join(' ');
      let set = withHead.get(rest);
      if (!set) withHead.set(rest, (set = new Set()));
      set.add(m.entityId);
    } else if (h < 0) {
      const key = toks.map((t) => t.lk).join(' ');
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

  // ------------------------------------------------------------------ entities
  const entities = new Map<string, Entity>();
  const forms = new Map<string, Map<string, number>>();
  for (const { doc, m } of refs) {
    const id = find(m.entityId);
    m.entityId = id;
    let e = entities.get(id);
    if (!e) {
      const k = ix.byId.get(id);
      e = k
        ? { ...k, aliases: [...k.aliases], roles: k.roles.map((r) => ({ ...r })) }
        : { id, type: m.type, canonical: m.canonical, aliases: [], roles: [] };
      entities.set(id, e);
    }
    const surface = (m.type === 'person' ? m.name : m.type === 'title' ? m.canonical : doc.text.slice(m.start, m.end)) ?? m.text;
    const nf = surface.normalize('NFC');
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
  for (const { m } of refs) {
    m.canonical = entities.get(m.entityId)!.canonical;
    if (m.person) m.person = find(m.person);
  }
  linkTitlesByDate(refs, knowledge);

  return { entities, findings: variantFindings(refs, locale) };
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
  for (const { doc, m } of refs) {
    if (m.type !== 'title' || m.person || !m.role || !doc.referenceDate?.date) continue;
    const date = doc.referenceDate.date;
    const at = (holders.get(m.role) ?? []).filter((h) => (!h.from || h.from <= date) && (!h.to || date < h.to) && (h.from || h.to));
    if (at.length === 1) m.person = at[0].id;
  }
}

interface Word {
  ref: Ref;
  start: number;
  end: number;
  text: string;
}

/** `entity.name-variant`: one word of a name spelled two ways in the corpus. */
function variantFindings(refs: Ref[], locale?: MessageLocale): Map<string, Finding[]> {
  const byKey = new Map<string, Word[]>();
  const byLoose = new Map<string, Word[]>();
  for (const ref of refs) {
    const { doc, m } = ref;
    const s = doc.text.slice(m.start, m.end);
    for (const t of tokenize(s, s.toLowerCase(), 0)) {
      if (t.digit || t.e - t.s < 2) continue;
      const w: Word = { ref, start: m.start + t.s, end: m.start + t.e, text: s.slice(t.s, t.e) };
      const mk = matchKey(w.text);
      const list = byKey.get(mk);
      if (list) list.push(w);
      else byKey.set(mk, [w]);
      if (t.e - t.s >= 4 && m.type !== 'title') {
        const lk = `${m.entityId}\u0000${doc.language ?? ''}\u0000${t.lk}`;
        const l2 = byLoose.get(lk);
        if (l2) l2.push(w);
        else byLoose.set(lk, [w]);
      }
    }
  }
  const findings = new Map<string, Finding[]>();
  const emitted = new Set<string>();
  const spell = (w: Word) => w.text.normalize('NFC').toLowerCase();
  const report = (groups: Map<string, Word[]>, spelling: (w: Word) => string) => {
    for (const words of groups.values()) {
      const bySpelling = new Map<string, Word[]>();
      for (const w of words) {
        const k = spelling(w);
        const l = bySpelling.get(k);
        if (l) l.push(w);
        else bySpelling.set(k, [w]);
      }
      if (bySpelling.size < 2) continue;
      const ranked = [...bySpelling.values()].sort((a, b) => b.length - a.length);
      const major = ranked[0];
      for (const minor of ranked.slice(1)) {
        for (const w of minor) {
          const key = `${w.ref.doc.uri}#${w.start}`;
          if (emitted.has(key)) continue;
          emitted.add(key);
          const other = major[0].text;
          const en = `Name spelled two ways in the corpus: "${w.text}" here, "${other}" elsewhere.`;
          const vi = `Tên viết hai cách trong các bài: "${w.text}" ở đây, "${other}" ở chỗ khác.`;
          const f: Finding = {
            code: 'entity.name-variant',
            severity: 'hint',
            start: w.start,
            end: w.end,
            message: locale === 'en' ? en : locale === 'vi' ? vi : `${en} / ${vi}`,
            detail: `${en}\n\n${vi}`,
            related: major.slice(0, 3).map((o) => ({
              uri: o.ref.doc.uri,
              start: o.start,
              end: o.end,
              message: locale === 'vi' ? `cách viết "${o.text}"` : `spelled "${o.text}"`,
            })),
            data: { entityId: w.ref.m.entityId, spelling: w.text, other },
          };
          const list = findings.get(w.ref.doc.uri);
          if (list) list.push(f);
          else findings.set(w.ref.doc.uri, [f]);
        }
      }
    }
  };
  report(byKey, spell);
  report(byLoose, (w) => matchKey(w.text));
  for (const list of findings.values()) list.sort((a, b) => a.start - b.start);
  return findings;
}
