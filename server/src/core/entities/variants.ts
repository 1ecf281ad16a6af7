/**
 * `entity.name-variant`: one word of a name spelled two ways in the corpus (`hoà`/`hòa` anywhere;
 * `López`/`Lopez` inside one entity's names, in one language).
 *
 * Words fall into groups: by match key (spelled differently, matched the same), and, for words of
 * four letters or more, by entity, language and loose key (differing only in diacritics). A group
 * with two spellings or more is mixed: the spelling most words use (the first in corpus order on a
 * tie) is the major one, and every other word of the group gets a hint pointing at the first three
 * of the major spelling. A word is reported once, by its match-key group first.
 *
 * The index is kept between resolutions of one workspace: an edit to one article removes that
 * article's words and adds the new ones, recomputes the summaries of the groups it touched and
 * the hints of the articles those summaries concern. Spelling counts are kept for every group;
 * the members of a group only while it is mixed (they are gathered from the corpus once when it
 * becomes mixed), so what the index holds stays close to what the corpus already holds.
 */
import type { Finding, MessageLocale } from '../types';

/** One word of a mention, as `prepare` in resolve.ts derives it. */
export interface VariantWord {
  start: number;
  end: number;
  text: string;
  /** matchKey of the text. */
  mk: string;
  /** NFC, lower-cased. */
  spell: string;
  lk: string;
  /** Four letters or more: compared loosely within one entity. */
  long: boolean;
}

/** A resolved mention: its document, its entity and its words. */
export interface VariantRef {
  doc: { uri: string; language?: string };
  id: string;
  prep: { words: VariantWord[] };
}

/** A document's resolved mentions, in text order. */
export interface VariantDocument {
  uri: string;
  refs: VariantRef[];
}

interface Member {
  ref: VariantRef;
  w: VariantWord;
}

interface Group {
  /** A loose group counts match keys; a match-key group counts spellings. */
  loose: boolean;
  counts: Map<string, number>;
  /** Only while the group is mixed: its words per document, in text order. */
  members?: Map<string, Member[]>;
}

interface Summary {
  major: string;
  other: string;
  related: { uri: string; start: number; end: number; text: string }[];
}

const keyOf = (w: VariantWord) => `k${w.mk}`;
const looseOf = (ref: VariantRef, w: VariantWord) => `l${ref.id}\u0000${ref.doc.language ?? ''}\u0000${w.lk}`;

export class VariantIndex {
  private readonly groups = new Map<string, Group>();
  private readonly summaries = new Map<string, Summary>();
  private readonly docs = new Map<string, { doc: VariantDocument; findings: Finding[] }>();

  constructor(readonly locale: MessageLocale | undefined) {}

  /**
   * Brings the index to `corpus` (every document, in corpus order). Documents are compared by
   * object: one that is not the object the index holds for its uri is taken out and put back.
   * Returns the hints per document uri.
   */
  update(corpus: readonly VariantDocument[]): Map<string, Finding[]> {
    const present = new Set<string>();
    const added: VariantDocument[] = [];
    const dirty = new Set<string>();
    const touched = new Set<string>();
    for (const doc of corpus) {
      present.add(doc.uri);
      const held = this.docs.get(doc.uri);
      if (held?.doc === doc) continue;
      if (held) this.take(held.doc, touched);
      added.push(doc);
      dirty.add(doc.uri);
    }
    for (const [uri, held] of this.docs) {
      if (present.has(uri)) continue;
      this.take(held.doc, touched);
      this.docs.delete(uri);
    }
    for (const doc of added) {
      this.docs.set(doc.uri, { doc, findings: [] });
      this.put(doc, touched);
    }
    // Groups that became mixed gather their members from the whole corpus, once.
    const gather = new Set<string>();
    for (const key of touched) {
      const g = this.groups.get(key);
      if (!g) continue;
      if (g.counts.size > 1 && !g.members) gather.add(key);
      else if (g.counts.size < 2 && g.members) {
        for (const uri of g.members.keys()) dirty.add(uri);
        g.members = undefined;
      }
    }
    if (gather.size) {
      for (const key of gather) this.groups.get(key)!.members = new Map();
      for (const { doc } of this.docs.values()) this.each(doc, (key, ref, w) => gather.has(key) && this.join(this.groups.get(key)!, ref, w));
    }
    let order: Map<string, number> | null = null;
    for (const key of touched) {
      const g = this.groups.get(key);
      const before = this.summaries.get(key);
      let after: Summary | undefined;
      if (g?.members) after = summarize(g, (order ??= new Map(corpus.map((d, i) => [d.uri, i]))));
      if (sameSummary(before, after)) continue;
      if (after) this.summaries.set(key, after);
      else this.summaries.delete(key);
      if (g?.members) for (const uri of g.members.keys()) dirty.add(uri);
    }
    for (const uri of dirty) {
      const held = this.docs.get(uri);
      if (held) held.findings = this.hints(held.doc);
    }
    const out = new Map<string, Finding[]>();
    for (const [uri, { findings }] of this.docs) if (findings.length) out.set(uri, findings);
    return out;
  }

  /** Calls `f` for each group a document's words belong to. */
  private each(doc: VariantDocument, f: (key: string, ref: VariantRef, w: VariantWord) => void): void {
    for (const ref of doc.refs) {
      for (const w of ref.prep.words) {
        f(keyOf(w), ref, w);
        if (w.long) f(looseOf(ref, w), ref, w);
      }
    }
  }

  private put(doc: VariantDocument, touched: Set<string>): void {
    this.each(doc, (key, ref, w) => {
      let g = this.groups.get(key);
      if (!g) this.groups.set(key, (g = { loose: key[0] === 'l', counts: new Map() }));
      const s = g.loose ? w.mk : w.spell;
      g.counts.set(s, (g.counts.get(s) ?? 0) + 1);
      if (g.members) this.join(g, ref, w);
      touched.add(key);
    });
  }

  private take(doc: VariantDocument, touched: Set<string>): void {
    this.each(doc, (key, ref, w) => {
      const g = this.groups.get(key);
      if (!g) return;
      const s = g.loose ? w.mk : w.spell;
      const n = (g.counts.get(s) ?? 0) - 1;
      if (n > 0) g.counts.set(s, n);
      else g.counts.delete(s);
      g.members?.delete(ref.doc.uri);
      if (!g.counts.size) this.groups.delete(key);
      touched.add(key);
    });
  }

  private join(g: Group, ref: VariantRef, w: VariantWord): void {
    const list = g.members!.get(ref.doc.uri);
    if (list) list.push({ ref, w });
    else g.members!.set(ref.doc.uri, [{ ref, w }]);
  }

  /** A document's hints: each word that is not its group's major spelling, once, by start. */
  private hints(doc: VariantDocument): Finding[] {
    const out: Finding[] = [];
    const emitted = new Set<number>();
    const pass = (loose: boolean) => {
      for (const ref of doc.refs) {
        for (const w of ref.prep.words) {
          if (loose && !w.long) continue;
          const s = this.summaries.get(loose ? looseOf(ref, w) : keyOf(w));
          if (!s || (loose ? w.mk : w.spell) === s.major || emitted.has(w.start)) continue;
          emitted.add(w.start);
          out.push(this.hint(ref, w, s));
        }
      }
    };
    pass(false);
    pass(true);
    return out.sort((a, b) => a.start - b.start);
  }

  private hint(ref: VariantRef, w: VariantWord, s: Summary): Finding {
    const locale = this.locale;
    const en = `Name spelled two ways in the corpus: "${w.text}" here, "${s.other}" elsewhere.`;
    const vi = `Tên viết hai cách trong các bài: "${w.text}" ở đây, "${s.other}" ở chỗ khác.`;
    return {
      code: 'entity.name-variant',
      severity: 'hint',
      start: w.start,
      end: w.end,
      message: locale === 'en' ? en : locale === 'vi' ? vi : `${en} / ${vi}`,
      related: s.related.map((o) => ({
        uri: o.uri,
        start: o.start,
        end: o.end,
        message: locale === 'vi' ? `cách viết "${o.text}"` : `spelled "${o.text}"`,
      })),
      data: { entityId: ref.id, spelling: w.text, other: s.other },
    };
  }
}

/**
 * A mixed group's major spelling (most words; on a tie the one that comes first in corpus order)
 * and its first three words in corpus order.
 */
function summarize(g: Group, order: Map<string, number>): Summary {
  const spellingOf = (m: Member) => (g.loose ? m.w.mk : m.w.spell);
  let best = -1;
  const tied: string[] = [];
  for (const [s, n] of g.counts) {
    if (n > best) {
      best = n;
      tied.length = 0;
    }
    if (n === best) tied.push(s);
  }
  const at = (uri: string, i: number) => (order.get(uri) ?? 0) * 1e6 + i;
  let major = tied[0];
  if (tied.length > 1) {
    const firstAt = new Map<string, number>();
    for (const [uri, list] of g.members!) {
      list.forEach((m, i) => {
        const s = spellingOf(m);
        const p = at(uri, i);
        if ((firstAt.get(s) ?? Infinity) > p) firstAt.set(s, p);
      });
    }
    major = tied.reduce((a, b) => ((firstAt.get(b) ?? Infinity) < (firstAt.get(a) ?? Infinity) ? b : a));
  }
  const top: { p: number; m: Member }[] = [];
  for (const [uri, list] of g.members!) {
    list.forEach((m, i) => {
      if (spellingOf(m) !== major) return;
      const p = at(uri, i);
      if (top.length === 3 && p >= top[2].p) return;
      top.push({ p, m });
      top.sort((a, b) => a.p - b.p);
      if (top.length > 3) top.pop();
    });
  }
  return {
    major,
    other: top[0].m.w.text,
    related: top.map(({ m }) => ({ uri: m.ref.doc.uri, start: m.w.start, end: m.w.end, text: m.w.text })),
  };
}

function sameSummary(a: Summary | undefined, b: Summary | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.major !== b.major || a.other !== b.other || a.related.length !== b.related.length) return false;
  return a.related.every((r, i) => {
    const o = b.related[i];
    return r.uri === o.uri && r.start === o.start && r.end === o.end && r.text === o.text;
  });
}
