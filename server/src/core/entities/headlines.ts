/**
 * Headlines in capitals (`TUYÊN BỐ CHUNG VIỆT NAM - CHILE`, `TĂNG CƯỜNG QUAN HỆ ĐỐI TÁC`): on such a
 * line every word is capitalized, so a capital says nothing and the name patterns read phrases as
 * people and words as acronyms. On a line in capitals a person or an organization stands only when
 * the lexicon knows it (`ASEAN`, `BỘ NGOẠI GIAO`) or the article names it in ordinary case too
 * (`TÔ LÂM THĂM PHÁP` keeps `TÔ LÂM` when the body says `Tô Lâm`), or it is two or three words led by a
 * Vietnamese family name (a byline, `PHẠM KIÊN`); countries, places and titles come
 * from the lexicon and stay, and so does an organization of several words (its head noun was found:
 * `BỘ NGOẠI GIAO HOA KỲ`); a lone word in capitals is no acronym there (`TUYÊN`).
 */
import type { EntityMention } from '../types';
import type { ExtractContext } from '../context';
import type { KnowledgeBase } from './knowledge';
import { indexOf, matchEntity, tokenize } from './lexicon';
import { looseKey } from '../text/textModel';

/** [start, end) of every line of at least three words and ten letters, nearly all in capitals. */
function capitalLines(norm: string): [number, number][] {
  const out: [number, number][] = [];
  let a = 0;
  while (a < norm.length) {
    let b = norm.indexOf('\n', a);
    if (b < 0) b = norm.length;
    // (Most lines have lower-case ASCII letters: counted first, cheaply.)
    let ascii = 0;
    for (let k = a; k < b && ascii * 20 <= b - a; k++) {
      const c = norm.charCodeAt(k);
      if (c >= 97 && c <= 122) ascii++;
    }
    if (ascii * 20 > b - a || b - a < 10) {
      a = b + 1;
      continue;
    }
    let upper = 0;
    let lower = 0;
    let words = 0;
    let inWord = false;
    for (let k = a; k < b; k++) {
      const c = norm[k];
      const lc = c.toLowerCase();
      const uc = c.toUpperCase();
      const letter = lc !== uc;
      if (letter) {
        if (c === uc) upper++;
        else lower++;
        if (!inWord) words++;
      }
      inWord = letter || (inWord && /[\u0300-\u036f]/.test(c));
    }
    if (words >= 3 && upper >= 10 && lower <= upper / 20) out.push([a, b]);
    a = b + 1;
  }
  return out;
}

export function dropCapitalHeadlineNames(ctx: ExtractContext, kb: KnowledgeBase, mentions: EntityMention[]): EntityMention[] {
  const norm = ctx.model.norm;
  const lines = capitalLines(norm);
  if (!lines.length) return mentions;
  const onLine = (m: EntityMention) => lines.some(([a, b]) => m.start >= a && m.end <= b);
  // What the article names in ordinary case, by loose key.
  const body = new Map<string, EntityMention>();
  for (const m of mentions) {
    if ((m.type !== 'person' && m.type !== 'organization') || onLine(m)) continue;
    body.set(`${m.type}|${looseKey(norm.slice(m.start, m.end))}`, m);
    // (A person's span may hold a title: `Tổng Bí thư Tô Lâm` names `Tô Lâm`.)
    if (m.canonical) body.set(`${m.type}|${looseKey(m.canonical)}`, m);
  }
  const ix = indexOf(kb);
  const out: EntityMention[] = [];
  /** Persons dropped (null) or renamed on a line in capitals, for the titles linked to them. */
  const moved = new Map<string, string | null>();
  for (const m of mentions) {
    if ((m.type !== 'person' && m.type !== 'organization') || !onLine(m)) {
      out.push(m);
      continue;
    }
    const text = norm.slice(m.start, m.end);
    const toks = tokenize(text, ctx.model.lower.slice(m.start, m.end), m.start);
    const known = toks.length > 0 && matchEntity(ix, toks, 0, norm)?.end === toks.length;
    // (An organization of several words has a head noun the patterns found: `BỘ NGOẠI GIAO HOA KỲ`.)
    const headed = m.type === 'organization' && toks.length > 1;
    if (known || headed || body.has(`${m.type}|${looseKey(text)}`)) {
      out.push(m);
      continue;
    }
    // A byline or a short name led by a Vietnamese family name (`PHẠM KIÊN`) is a person still.
    if (m.type === 'person' && toks.length >= 2 && toks.length <= 3 && ix.family.has(toks[0].k) && !body.has(`organization|${looseKey(text)}`)) {
      let prefixed = false;
      for (let e = toks.length - 1; e >= 1 && !prefixed; e--) prefixed = body.has(`person|${looseKey(norm.slice(toks[0].s, toks[e - 1].e))}`);
      if (!prefixed) {
        out.push(m);
        continue;
      }
    }
    // The longest run of its first words that the article names in ordinary case.
    moved.set(m.entityId, null);
    for (let e = toks.length - 1; e >= 1; e--) {
      const same = body.get(`${m.type}|${looseKey(norm.slice(toks[0].s, toks[e - 1].e))}`);
      if (same) {
        out.push({ ...m, end: toks[e - 1].e, canonical: same.canonical, entityId: same.entityId });
        moved.set(m.entityId, same.entityId);
        break;
      }
    }
  }
  if (!moved.size) return out;
  return out.map((m) => {
    if (m.type !== 'title' || !m.person || !moved.has(m.person)) return m;
    const to = moved.get(m.person);
    const t = { ...m };
    if (to) t.person = to;
    else delete t.person;
    return t;
  });
}
