/**
 * Knowledge: the entities, titles and non-entity words the entity engine knows before it reads a
 * document. Built-in knowledge comes from the JSON files in `data/` and from CLDR country names
 * (through `Intl.DisplayNames`); a workspace adds its own with `.communique/knowledge.yaml`
 * (see docs/knowledge.md), parsed here with line-precise errors.
 *
 * Invariant: this module is pure. It never reads files; front ends hand it the YAML text.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Entity, EntityType } from '../types';
import { looseKey, matchKey } from '../text/textModel';
import titlesData from './data/titles.json';
import entitiesData from './data/entities.json';
import countriesData from './data/countries.json';
import lexiconData from './data/lexicon.json';

/** A title or role phrase (`Tổng thống`, `Prime Minister`). */
export interface TitleDef {
  names: string[];
  /** The role key (`president`); a mention's role adds portfolio, place and country to it. */
  key: string;
  /** English gloss (`President`). */
  gloss: string;
  /** The country the title implies when the text names none (`Chủ tịch nước` → VN). */
  country?: string;
  /** May be followed by a ministry or field (`Bộ trưởng Ngoại giao`). */
  portfolio?: boolean;
  /** May be followed by `tại X kiêm nhiệm Y` / `to X` (ambassadors). */
  posted?: boolean;
  /** Takes an English `of` complement (`President of Peru`). */
  of?: boolean;
}

/** Built-in plus workspace knowledge, as the entity engine uses it. */
export interface KnowledgeBase {
  entities: Entity[];
  /** Matching keys (matchKey) of words and phrases that are never entities. */
  stopwords: Set<string>;
  /** Titles and role phrases; built-in titles when absent. */
  titles?: TitleDef[];
}

export function emptyKnowledge(): KnowledgeBase {
  return { entities: [], stopwords: new Set(), titles: [] };
}

/** A URL- and id-safe ASCII slug of a name: `Dina Boluarte` → `dina-boluarte`. */
export function slug(s: string): string {
  const k = looseKey(s);
  let out = '';
  let dash = false;
  for (const ch of k) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      if (dash && out) out += '-';
      out += ch;
      dash = false;
    } else dash = true;
  }
  return out;
}

interface RawEntity {
  id?: string;
  type: string;
  name: string;
  aliases?: string[];
  acronym?: string;
  country?: string;
  parent?: string;
  roles?: { role: string; gloss?: string; from?: string; to?: string }[];
}

const TYPE_PREFIX: Record<string, string> = { person: 'person', country: 'country', organization: 'org', place: 'place' };

function fromRaw(r: RawEntity, source: string): Entity {
  const type = r.type as EntityType;
  const id = r.id ?? `${TYPE_PREFIX[type] ?? type}:${type === 'country' && r.country ? r.country : slug(r.name)}`;
  const e: Entity = {
    id,
    type,
    canonical: r.name,
    aliases: [...(r.aliases ?? [])],
    roles: (r.roles ?? []).map((x) => ({ ...x, source })),
  };
  if (r.acronym) e.acronym = r.acronym;
  if (r.country) e.countryCode = r.country;
  if (r.parent) e.parent = r.parent;
  return e;
}

/** Country entities for every ISO region CLDR names, with Vietnamese canonical names. */
function countryEntities(): Entity[] {
  const vi = new Intl.DisplayNames(['vi'], { type: 'region', fallback: 'none' });
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const exclude = new Set(countriesData.exclude);
  const aliases = countriesData.aliases as Record<string, string[]>;
  const adjectives = countriesData.adjectives as Record<string, string[]>;
  const out: Entity[] = [];
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of A) {
    for (const b of A) {
      const code = a + b;
      if (exclude.has(code)) continue;
      const v = vi.of(code);
      const e = en.of(code);
      if (!v || !e) continue;
      const names = new Set<string>();
      for (const n of [v, e]) {
        names.add(n);
        // `Myanmar (Miến Điện)`, `Congo - Kinshasa`: the part before the qualifier is a name too.
        const cut = n.split(/ \(| - |, /)[0];
        if (cut && cut !== n) names.add(cut);
      }
      for (const x of aliases[code] ?? []) names.add(x);
      for (const x of adjectives[code] ?? []) names.add(x);
      const canonical = (aliases[code]?.[0] && code === 'VN') ? 'Việt Nam' : v.split(/ \(| - /)[0];
      names.delete(canonical);
      out.push({ id: `country:${code}`, type: 'country', canonical, aliases: [...names], roles: [], countryCode: code });
    }
  }
  return out;
}

let demonyms: Set<string> | null = null;

/**
 * Whether a country or place mention is written as an adjective (`Vietnamese`, `Chilean`, `Latin
 * American`): a demonym, not a name. Strings that are also names (`Myanmar`, `New Zealand`) are not.
 */
export function isDemonym(text: string): boolean {
  if (!demonyms) {
    const adjectives = countriesData.adjectives as Record<string, string[]>;
    demonyms = new Set<string>();
    for (const list of Object.values(adjectives)) for (const x of list) demonyms.add(matchKey(x));
    for (const x of countriesData.regionAdjectives) demonyms.add(matchKey(x));
    // A name that is also a country's adjective stays a name.
    const cldr = [new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }), new Intl.DisplayNames(['vi'], { type: 'region', fallback: 'none' })];
    for (const code of Object.keys(adjectives)) for (const dn of cldr) demonyms.delete(matchKey((dn.of(code) ?? '').split(' (')[0]));
    for (const list of Object.values(countriesData.aliases as Record<string, string[]>)) for (const x of list) demonyms.delete(matchKey(x));
  }
  return demonyms.has(matchKey(text));
}

let builtin: KnowledgeBase | null = null;

/** The built-in knowledge (computed once; callers must not mutate it). */
export function builtinKnowledge(): KnowledgeBase {
  if (builtin) return builtin;
  const entities: Entity[] = countryEntities();
  for (const r of entitiesData.entities as RawEntity[]) entities.push(fromRaw(r, 'builtin'));
  for (const p of entitiesData.provincesVN) entities.push(fromRaw({ type: 'place', name: p, country: 'VN' }, 'builtin'));
  const stopwords = new Set(lexiconData.stopwords.map(matchKey));
  builtin = { entities, stopwords, titles: titlesData.titles as TitleDef[] };
  return builtin;
}

/**
 * Merges two knowledge bases; `b` wins. Entities with the same id are merged: aliases and roles
 * are united, scalar fields of `b` replace those of `a`.
 */
export function mergeKnowledge(a: KnowledgeBase, b: KnowledgeBase): KnowledgeBase {
  const byId = new Map<string, Entity>();
  for (const e of a.entities) byId.set(e.id, e);
  for (const e of b.entities) {
    const prev = byId.get(e.id);
    if (!prev) {
      byId.set(e.id, e);
      continue;
    }
    const aliases = [...new Set([...prev.aliases, ...e.aliases, ...(prev.canonical !== e.canonical ? [prev.canonical] : [])])].filter(
      (x) => x !== e.canonical,
    );
    const roles = [...prev.roles];
    for (const r of e.roles) {
      if (!roles.some((x) => x.role === r.role && x.from === r.from && x.to === r.to)) roles.push(r);
    }
    byId.set(e.id, { ...prev, ...e, aliases, roles });
  }
  const titles = [...(a.titles ?? []), ...(b.titles ?? [])];
  return { entities: [...byId.values()], stopwords: new Set([...a.stopwords, ...b.stopwords]), titles };
}

// ---------------------------------------------------------------------------------------------
// The workspace knowledge file

export interface KnowledgeError {
  /** 1-based line and column in the YAML text. */
  line: number;
  column: number;
  message: string;
}

const ENTITY_TYPES = new Set(['person', 'country', 'organization', 'place']);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ENTITY_KEYS = new Set(['id', 'type', 'name', 'aliases', 'acronym', 'country', 'parent', 'roles']);
const ROLE_KEYS = new Set(['role', 'gloss', 'from', 'to']);
const TITLE_KEYS = new Set(['names', 'key', 'gloss', 'country', 'portfolio', 'posted', 'of']);

/**
 * Parses `.communique/knowledge.yaml`. Never throws: problems are returned with 1-based line and
 * column; entries with errors are left out and the valid ones kept.
 */
export function parseKnowledge(yamlText: string): { knowledge: KnowledgeBase; errors: KnowledgeError[] } {
  const lc = new LineCounter();
  const errors: KnowledgeError[] = [];
  const knowledge = emptyKnowledge();
  const at = (node: { range?: [number, number, number] | null } | null | undefined, message: string) => {
    const off = node?.range?.[0] ?? 0;
    const p = lc.linePos(off);
    errors.push({ line: p.line, column: p.col, message });
  };
  let doc;
  try {
    doc = parseDocument(yamlText, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    errors.push({ line: 1, column: 1, message: `not YAML: ${e instanceof Error ? e.message : String(e)}` });
    return { knowledge, errors };
  }
  for (const err of doc.errors) {
    const p = lc.linePos(err.pos[0]);
    errors.push({ line: p.line, column: p.col, message: err.message.split('\n')[0] });
  }
  if (doc.errors.length) return { knowledge, errors };
  const root = doc.contents as YamlNode | null;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { knowledge, errors };
  if (!isMap(root)) {
    at(root, 'the knowledge file must be a mapping with `entities`, `titles` and/or `notEntities`');
    return { knowledge, errors };
  }
  const str = (n: unknown, what: string): string | undefined => {
    if (isScalar(n) && typeof n.value === 'string' && n.value.trim()) return n.value.trim();
    at(n as YamlNode, `${what} must be a non-empty string`);
    return undefined;
  };
  const strList = (n: unknown, what: string): string[] => {
    if (isScalar(n) && typeof n.value === 'string') return [n.value];
    if (!isSeq(n)) {
      at(n as YamlNode, `${what} must be a list of strings`);
      return [];
    }
    const out: string[] = [];
    for (const it of n.items) {
      const s = str(it, `each of ${what}`);
      if (s) out.push(s);
    }
    return out;
  };
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value;
    if (key === 'entities') {
      if (!isSeq(value)) {
        at(value as YamlNode, '`entities` must be a list');
        continue;
      }
      for (const item of value.items) {
        const e = parseEntity(item);
        if (e) knowledge.entities.push(e);
      }
    } else if (key === 'notEntities') {
      for (const w of strList(value, '`notEntities`')) knowledge.stopwords.add(matchKey(w));
    } else if (key === 'titles') {
      if (!isSeq(value)) {
        at(value as YamlNode, '`titles` must be a list');
        continue;
      }
      for (const item of value.items) {
        if (!isMap(item)) {
          at(item as YamlNode, 'a title must be a mapping with `names`, `key` and `gloss`');
          continue;
        }
        const t: Partial<TitleDef> = {};
        let ok = true;
        for (const p of item.items) {
          const k = isScalar(p.key) ? String(p.key.value) : '';
          if (!TITLE_KEYS.has(k)) {
            at(p.key as YamlNode, `unknown title field \`${k}\` (expected one of ${[...TITLE_KEYS].join(', ')})`);
            ok = false;
          } else if (k === 'names') t.names = strList(p.value, '`names`');
          else if (k === 'portfolio' || k === 'posted' || k === 'of') t[k] = isScalar(p.value) && p.value.value === true;
          else if (k === 'country') {
            const c = str(p.value, '`country`');
            if (c && !/^[A-Z]{2}$/.test(c)) {
              at(p.value as YamlNode, '`country` must be an ISO 3166 alpha-2 code such as PE');
              ok = false;
            } else if (c) t.country = c;
          } else {
            const s = str(p.value, `\`${k}\``);
            if (s) (t as Record<string, unknown>)[k] = s;
            else ok = false;
          }
        }
        if (!t.names?.length || !t.key || !t.gloss) {
          at(item, 'a title needs `names`, `key` and `gloss`');
          ok = false;
        }
        if (ok) knowledge.titles!.push(t as TitleDef);
      }
    } else {
      at(pair.key as YamlNode, `unknown section \`${key}\` (expected entities, titles or notEntities)`);
    }
  }
  return { knowledge, errors };

  function parseEntity(item: unknown): Entity | undefined {
    if (!isMap(item)) {
      at(item as YamlNode, 'an entity must be a mapping with at least `type` and `name`');
      return undefined;
    }
    const raw: Partial<RawEntity> = {};
    let ok = true;
    for (const p of item.items) {
      const k = isScalar(p.key) ? String(p.key.value) : '';
      const v = p.value;
      if (!ENTITY_KEYS.has(k)) {
        at(p.key as YamlNode, `unknown entity field \`${k}\` (expected one of ${[...ENTITY_KEYS].join(', ')})`);
        ok = false;
        continue;
      }
      if (k === 'aliases') raw.aliases = strList(v, '`aliases`');
      else if (k === 'roles') {
        if (!isSeq(v)) {
          at(v as YamlNode, '`roles` must be a list of {role, gloss, from, to}');
          ok = false;
          continue;
        }
        raw.roles = [];
        for (const r of v.items) {
          if (!isMap(r)) {
            at(r as YamlNode, 'a role must be a mapping with `role` and optional `gloss`, `from`, `to`');
            ok = false;
            continue;
          }
          const role: Record<string, string> = {};
          for (const rp of r.items) {
            const rk = isScalar(rp.key) ? String(rp.key.value) : '';
            if (!ROLE_KEYS.has(rk)) {
              at(rp.key as YamlNode, `unknown role field \`${rk}\` (expected role, gloss, from, to)`);
              ok = false;
              continue;
            }
            const rv = isScalar(rp.value) ? rp.value.value : undefined;
            const s = typeof rv === 'number' ? String(rv) : typeof rv === 'string' ? rv.trim() : undefined;
            if (!s) {
              at(rp.value as YamlNode, `\`${rk}\` must be a string`);
              ok = false;
              continue;
            }
            if ((rk === 'from' || rk === 'to') && !DATE.test(s)) {
              at(rp.value as YamlNode, `\`${rk}\` must be a date YYYY, YYYY-MM or YYYY-MM-DD`);
              ok = false;
              continue;
            }
            role[rk] = s;
          }
          if (!role.role) {
            at(r, 'a role needs `role` (e.g. president:PE)');
            ok = false;
          } else raw.roles.push(role as { role: string });
        }
      } else {
        const s = str(v, `\`${k}\``);
        if (!s) {
          ok = false;
          continue;
        }
        if (k === 'type' && !ENTITY_TYPES.has(s)) {
          at(v as YamlNode, `\`type\` must be one of person, country, organization, place (got \`${s}\`)`);
          ok = false;
          continue;
        }
        if (k === 'country' && !/^[A-Z]{2}$/.test(s)) {
          at(v as YamlNode, '`country` must be an ISO 3166 alpha-2 code such as PE');
          ok = false;
          continue;
        }
        if (k === 'id' && !/^[a-z]+:[^\s]+$/.test(s)) {
          at(v as YamlNode, '`id` must look like `person:dina-boluarte` or `org:viettel`');
          ok = false;
          continue;
        }
        (raw as Record<string, unknown>)[k] = s;
      }
    }
    if (!raw.type || !raw.name) {
      // A field already reported (a bad type, a misspelt key) is not reported twice.
      if (ok) at(item, 'an entity needs `type` and `name`');
      return undefined;
    }
    if (raw.type === 'country' && !raw.country && !raw.id) {
      at(item, 'a country needs `country` (its ISO code)');
      return undefined;
    }
    return ok ? fromRaw(raw as RawEntity, 'workspace') : undefined;
  }
}
