/**
 * Claims: what a figure asserts about the world — a value of a metric, for a subject, over a
 * period. The claims layer attaches subjects to figures (`attachSubjects`) and indexes every claim
 * of the workspace by (metric, subject, period), so checks look up the few claims that can
 * disagree instead of comparing all pairs.
 *
 * A figure is a claim only when every field of its frame (frame.ts) is stated by the text and its
 * subject is known: a check that does not know what a number is about says nothing about it.
 */
import { digest } from '../text/digest';
import type { DocumentAnalysis, EntityMention, Figure, IsoPeriod, Span } from '../types';
import { createTextModel, matchKey } from '../text/textModel';
import { parsePeriod, periodKey } from './period';
import { disjoint, plausible, type Interval } from './bounds';
import { lowerBound, spanAt, within } from './spans';
import { aboutPlace, figuresWithin, firmReference, frameOf, fromToEnd, isComparable, namedAsPartner, OPENINGS, previousSentence, productsIn, STAGED_INDICATORS, type ClaimFrame } from './frame';

export { figuresWithin };
import subjectData from './subjects.json';
import { builtinKnowledge } from '../entities/knowledge';

const HOME: string = subjectData.home;

function hasPrefix(metric: string | null | undefined, prefixes: string[]): boolean {
  if (!metric) return false;
  return prefixes.some((p) => metric === p || metric.startsWith(p + '.') || metric.startsWith(p + '-'));
}

export function isCountryMetric(metric: string | null | undefined): boolean {
  return hasPrefix(metric, subjectData.countryMetrics);
}

export function pairKey(a: string, b: string): string {
  return [a, b].sort().join('-');
}

export { lowerBound, within, spanAt };

export function sentenceOf(doc: DocumentAnalysis, at: Span): Span {
  return spanAt(doc.structure.sentences, at.start) ?? spanAt(doc.structure.blocks, at.start) ?? { start: 0, end: doc.text.length };
}

export function blockOf(doc: DocumentAnalysis, at: Span): Span {
  return spanAt(doc.structure.blocks, at.start) ?? { start: 0, end: doc.text.length };
}

const CONTENT = new Set(['title', 'lead', 'body']);
const FOREIGN_BLOCKS = new Set(['related', 'trailer', 'credit', 'source']);

const countryCache = new WeakMap<EntityMention[], EntityMention[]>();

/**
 * Country mentions that name a country: not part of an organization's name (`Tập đoàn Dầu khí
 * Quốc gia Việt Nam`) and not inside a figure (`US$600 million` names a currency). Sorted by
 * start; computed once per analysis.
 */
export function countryMentions(doc: DocumentAnalysis): EntityMention[] {
  const cached = countryCache.get(doc.entities);
  if (cached) return cached;
  const bySpan = (a: Span, b: Span) => a.start - b.start || a.end - b.end;
  const orgs = doc.entities.filter((e) => e.type === 'organization').sort(bySpan);
  const figures = [...doc.figures].sort(bySpan);
  // Spans that may contain or overlap `e`: those starting before its end, nearest first.
  const covered = (e: Span, list: Span[], overlap: boolean) => {
    for (let i = lowerBound(list, e.end) - 1; i >= 0 && i >= lowerBound(list, e.end) - 8; i--) {
      const o = list[i];
      if (overlap ? e.start < o.end && o.start < e.end : o.start <= e.start && e.end <= o.end) return true;
    }
    return false;
  };
  // Adjectives count (`Vietnamese exports`, `the Chinese market`): they are kept beside the entities.
  // (`the American country`, `the Southeast Asian nation`: a country of that region, named by
  // the article elsewhere, not the one the adjective names.)
  const regional = (e: EntityMention) => /^\s+(?:country|nation)\b/i.test(doc.text.slice(e.end, e.end + 10));
  const adjectives = (doc.demonyms ?? []).filter((e) => !regional(e));
  // (A sea or gulf named after a country, `vịnh Thái Lan`, `the Gulf of Thailand`, is a place of
  // water, not the country.)
  const water = (e: EntityMention) => /(?:vịnh|gulf of(?: the)?|biển|sea of)\s+$/.test(matchKey(doc.text.slice(Math.max(0, e.start - 12), e.start)));
  // (A country in a count's noun, `491,000 US visitors`, `490,880 Australian visitors`, is named:
  // only a figure's number and currency hide one, `US$`.)
  const inNoun = (e: Span) => {
    for (let i = lowerBound(figures, e.end) - 1; i >= 0 && i >= lowerBound(figures, e.end) - 8; i--) {
      const f = figures[i];
      if (f.start < e.start && e.end <= f.end) return f.kind === 'count' && /\d\s+$/u.test(doc.text.slice(f.start, e.start));
    }
    return false;
  };
  const out = [...doc.entities, ...adjectives]
    .filter((e) => e.type === 'country' && e.countryCode && !covered(e, orgs, false) && (!covered(e, figures, true) || inNoun(e)) && !water(e))
    .sort(bySpan);
  countryCache.set(doc.entities, out);
  return out;
}

const BLOCS = new Set<string>(subjectData.blocs);
const partnerCache = new WeakMap<EntityMention[], EntityMention[]>();
/** A bloc is a partner when the text links it to the other side (`Việt Nam - EU`, `sang EU`, `with ASEAN`), not when it is a setting (`thành viên ASEAN`, `Hội nghị ASEAN`). */
const BLOC_LINK_BEFORE = /(?:[-–]|\bvà|với|sang|từ|giữa|\band|\bwith|\bto|\bfrom|\binto)\s*(?:các nước|các thành viên|khối|khu vực|thị trường|the)?\s*$/;
const BLOC_LINK_AFTER = /^\s*[-–]\s*\S/;

/**
 * Trade partners named in a document: its country mentions and the blocs (EU, ASEAN) named on
 * their own, not inside another organization's name, with the bloc's entityId as its code.
 */
export function partnerMentions(doc: DocumentAnalysis): EntityMention[] {
  const cached = partnerCache.get(doc.entities);
  if (cached) return cached;
  const orgs = doc.entities.filter((e) => e.type === 'organization');
  const blocs = orgs
    .filter((e) => BLOCS.has(e.entityId) && !orgs.some((o) => o !== e && o.entityId !== e.entityId && o.start <= e.start && e.end <= o.end))
    .filter((e) => BLOC_LINK_BEFORE.test(matchKey(doc.text.slice(Math.max(0, e.start - 24), e.start))) || BLOC_LINK_AFTER.test(doc.text.slice(e.end, e.end + 4)))
    .map((e) => ({ ...e, countryCode: e.entityId }));
  const out = [...countryMentions(doc), ...blocs].sort((a, b) => a.start - b.start || a.end - b.end);
  partnerCache.set(doc.entities, out);
  return out;
}

function codesIn(mentions: EntityMention[], span: Span): string[] {
  const codes: string[] = [];
  for (const m of within(mentions, span)) if (!codes.includes(m.countryCode!)) codes.push(m.countryCode!);
  return codes;
}

/**
 * The article's dominant country pair: the home country and the partner named most often in
 * content blocks, when one partner clearly leads (named at least twice, more than any other).
 */
const pairCache = new WeakMap<EntityMention[], string | null>();

export function dominantPair(doc: DocumentAnalysis, mentions = countryMentions(doc)): string | null {
  if (pairCache.has(mentions)) return pairCache.get(mentions)!;
  const pair = computeDominantPair(doc, mentions);
  pairCache.set(mentions, pair);
  return pair;
}

function computeDominantPair(doc: DocumentAnalysis, mentions: EntityMention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const block = spanAt(doc.structure.blocks, m.start);
    if (block && !CONTENT.has(block.kind)) continue;
    counts.set(m.countryCode!, (counts.get(m.countryCode!) ?? 0) + 1);
  }
  // A leader or official of a country (`Malaysian Prime Minister`, `Tổng thống Peru`) names it too
  // (a title inside a person's mention counts once).
  const people = doc.entities.filter((e) => e.type === 'person' || e.type === 'title').sort((a, b) => a.start - b.start);
  // (Persons in text order, for a linear check of the titles inside them.)
  const persons = people.filter((p) => p.type === 'person');
  let pi = 0;
  let reach = -1;
  for (const e of people) {
    while (pi < persons.length && persons[pi].start <= e.start) reach = Math.max(reach, persons[pi++].end);
    const code = /:([A-Z]{2})$/.exec(e.role ?? '')?.[1];
    if (!code) continue;
    if (e.type === 'title' && e.end <= reach) continue;
    const block = spanAt(doc.structure.blocks, e.start);
    if (block && !CONTENT.has(block.kind)) continue;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const others = [...counts.entries()].filter(([c]) => c !== HOME).sort((a, b) => b[1] - a[1]);
  if (!others.length) return null;
  const [top, second] = others;
  if (top[1] < 2 || (second && second[1] >= top[1])) return null;
  return pairKey(HOME, top[0]);
}

/**
 * The subject of a figure given the countries named in one scope (its sentence or its paragraph).
 * Returns undefined when the scope names no country, so the caller widens the scope; null when
 * the scope is ambiguous (three countries or more), so the caller stops.
 */
function subjectFromCodes(codes: string[], metric: string | null, dominant: string | null, wider: boolean): string | null | undefined {
  if (codes.length === 0) return undefined;
  if (codes.length === 2) return pairKey(codes[0], codes[1]);
  if (codes.length > 2) return null;
  const [c] = codes;
  if (hasPrefix(metric, subjectData.pairMetrics)) {
    if (c !== HOME) return pairKey(HOME, c);
    // `thương mại hai chiều của Việt Nam với khu vực Mỹ Latinh`: the partner is a region.
    return wider ? null : dominant;
  }
  return c;
}

/** Figures that only give an order of size (lexicon.json `vagueCounts`). */
const VAGUE_FIGURE = /^(?:hàng (?:chục|trăm|nghìn|ngàn|triệu|tỷ)|vài|dozens of|hundreds of|thousands of|tens of|millions of|billions of)(?![\p{L}])/u;

/** Words that open a breakdown of the figure before them. */
const BREAKDOWN_WORDS = ['trong đó', 'trong số đó', 'of which', 'in which', 'including', 'bao gồm'];
// (Matched in the original text, NFC or NFD.)
// (`…, with Korea accounting for around $200 million of the total`: a part named after the whole.)
const BREAKDOWN_AFTER = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${[...new Set(BREAKDOWN_WORDS.flatMap((w) => [w.normalize('NFC'), w.normalize('NFD')]))].join('|')})(?![\\p{L}\\p{M}])|(?<![\\p{L}])with\\s+(?:[\\p{L}.'’-]+\\s+){1,4}(?:accounting|accounted|making up|representing|taking up)(?![\\p{L}])`,
  'iu',
);

/** The sentence up to a breakdown that follows the figure. */
function breakdownScope(doc: DocumentAnalysis, f: Span, sentence: Span): Span {
  const cut = BREAKDOWN_AFTER.exec(doc.text.slice(f.end, sentence.end));
  return cut ? { start: sentence.start, end: f.end + cut.index } : sentence;
}

/** Words that point at the pair of countries just named. */
const TWO_SIDES = /(?<![\p{L}])(?:hai nước|hai quốc gia|hai bên|the two countries|the two nations|the two sides|both countries|both sides)(?![\p{L}])/u;

/** An organization's possessive right before a flow word, or a flow word right before `của` and an organization. */
const ORG_FLOW_AFTER = /^\s*(?:'s|’s|')\s+(?:[\p{L}-]+\s+){0,2}(?:exports?|imports?|shipments?|purchases?|sales|revenues?)(?![\p{L}])/u;
// (`doanh thu của Samsung Việt Nam đạt 74,2 tỷ USD …, kim ngạch xuất khẩu đạt 65,5 tỷ USD`: a body's
// accounts named before its flow in one sentence make the flow the body's too.)
const FLOW_OF_BEFORE = /(?:xuất khẩu|nhập khẩu|doanh thu|lợi nhuận)(?:\s+[\p{L}]+){0,4}\s+của\s*$/u;
function companyFlow(doc: DocumentAnalysis, f: Figure, sentence: Span): boolean {
  for (const e of within(doc.entities, { start: sentence.start, end: f.start })) {
    if (e.type !== 'organization') continue;
    if (ORG_FLOW_AFTER.test(doc.text.slice(e.end, Math.min(f.start, e.end + 40)))) return true;
    if (FLOW_OF_BEFORE.test(matchKey(doc.text.slice(Math.max(sentence.start, e.start - 50), e.start)))) return true;
  }
  return false;
}

/** The pair of home and the one foreign country named in the three sentences before, if any. */
function pairBefore(doc: DocumentAnalysis, partners: EntityMention[], sentence: Span): string | null {
  let prev = previousSentence(doc, sentence.start, true);
  for (let k = 0; prev && k < 3; k++) {
    const foreign = [...new Set(codesIn(within(partners, prev), prev))].filter((c) => c !== HOME);
    if (foreign.length === 1) return [HOME, foreign[0]].sort().join('-');
    if (foreign.length > 1) return null;
    prev = previousSentence(doc, prev.start, true);
  }
  return null;
}

/** The part of a sentence between the semicolons around a figure. */
function semicolonSegment(doc: DocumentAnalysis, f: Span, sentence: Span): Span {
  // (Searched within the sentence only: a long text with no semicolon stays linear.)
  const before = doc.text.slice(sentence.start, f.start).lastIndexOf(';');
  const after = doc.text.slice(f.end, sentence.end).indexOf(';');
  return {
    start: before >= 0 ? sentence.start + before + 1 : sentence.start,
    end: after >= 0 ? f.end + after : sentence.end,
  };
}

/** Partners that are not countries: the world, a region, a bloc. */
const WIDER = /thế giới|toàn cầu|khu vực|châu lục|châu âu|châu á|châu phi|châu mỹ|mỹ latinh|mỹ la-tinh|asean|liên minh châu âu|\beu\b|apec|các nước|các thị trường|world|global|region|latin america|bloc|member states/;

/** The clause of a sentence that holds a figure. */
function clauseOf(doc: DocumentAnalysis, f: Span, sentence: Span): Span {
  const cuts = clauseCuts(doc, sentence);
  let start = sentence.start;
  let end = sentence.end;
  for (const at of cuts) {
    if (at <= f.start) start = at;
    else if (at >= f.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/**
 * Where the clauses of a sentence start (absolute offsets, each just after a break), read once per
 * sentence: every figure of a long sentence asks for them.
 */
const clauseCutCache = new WeakMap<DocumentAnalysis, Map<string, number[]>>();
function clauseCuts(doc: DocumentAnalysis, sentence: Span): number[] {
  let bySentence = clauseCutCache.get(doc);
  if (!bySentence) clauseCutCache.set(doc, (bySentence = new Map()));
  const key = `${sentence.start}:${sentence.end}`;
  let cuts = bySentence.get(key);
  if (!cuts) {
    cuts = [];
    for (const m of doc.text.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAK)) cuts.push(sentence.start + m.index! + 1);
    bySentence.set(key, cuts);
  }
  return cuts;
}

/** `nước này`, `this country`: the country just named (not `the country`, which is as often home). */
const THIS_COUNTRY = /(?<![\p{L}])(?:nước này|quốc gia này|đặc khu này|vùng lãnh thổ này|this country|this territory)(?![\p{L}])/u;
/** The market of an export that points back at the country just named (`exported … to the country`). */
const TO_THE_COUNTRY = /(?<![\p{L}])(?:to|into) the country(?![\p{L}])/u;
/** Words that cite a body as the source: `theo`, `according to`. */
const CITED_BEFORE = /(?:theo|according to|data from|số liệu của|báo cáo của|thống kê của)\s*(?:số liệu\s+|thống kê\s+|báo cáo\s+|dữ liệu\s+)?(?:(?:của|từ)\s+)?$/u;

/** Places the knowledge gives no country: regions, continents, oceans. */
let regions: Set<string> | null = null;
function regionIds(): Set<string> {
  if (!regions) regions = new Set(builtinKnowledge().entities.filter((e) => e.type === 'place' && !e.countryCode).map((e) => e.id));
  return regions;
}

/** The place (province, city) named last in the figure's clause before it, with no country or bloc named between. */
function actingPlace(doc: DocumentAnalysis, f: Figure, sentence: Span, places: EntityMention[], partners: EntityMention[]): string | null {
  const head = doc.text.slice(sentence.start, f.start);
  let start = sentence.start;
  for (const m of head.matchAll(CLAUSE_BREAK)) start = sentence.start + m.index! + 1;
  // (A region or continent, `Africa`, `Đông Nam Á`, is no place acting: it widens the figure, or is
  // only said of a country, `a large economy of Africa`.)
  const before = within(places, { start, end: f.start }).filter((p) => !regionIds().has(p.entityId));
  if (!before.length) return null;
  const p = before[before.length - 1];
  return within(partners, { start: p.end, end: f.start }).length ? null : p.entityId;
}

/**
 * Metrics only a body (a company, a bank) has, or that the engine compares only as a body's: a
 * revenue with no body named is some sector's of a country or a place (e-commerce, insurance,
 * tourism), which the frame does not tell apart.
 */
const BODY_METRICS = /^(?:profit|revenue$)/;
/** The one body whose revenue or profit the sentence before (same paragraph) gives, if any. */
function bodyBefore(doc: DocumentAnalysis, f: Figure, sentence: Span): string | null {
  const prev = previousSentence(doc, sentence.start);
  if (!prev) return null;
  const bodies = new Set(figuresWithin(doc, prev).filter((g) => BODY_METRICS.test(g.metric ?? '') && g.subject && /^org:/.test(g.subject)).map((g) => g.subject!.replace(/\/parent$/, '')));
  if (bodies.size !== 1) return null;
  const body = [...bodies][0];
  return PARENT_COMPANY.test(matchKey(doc.text.slice(sentence.start, f.start))) ? `${body}/parent` : body;
}
/** A bloc made the partner in a paragraph: `giữa Việt Nam và khối EAEU`, `Vietnam and the bloc`. */
const BLOC_PARTNER = /(?:giữa việt nam và|việt nam với|việt nam và) (?:khối|liên minh|cộng đồng|các nước thành viên)|(?:between vietnam and|vietnam and|vietnam with) the (?:bloc|union|eurasian|gulf|member)/u;
/** A state, province or region of a foreign country made the partner: `the state`, `bang Victoria`, `tỉnh bang Ontario` (not `Liên bang`, a federation). */
const SUBNATIONAL_PARTNER = /(?<![\p{L}])(?:the state|the province|the prefecture|(?<!liên )(?:tiểu )?bang|tỉnh bang|state of|province of)(?![\p{L}])/u;
/**
 * `between Ontario and Vietnam`, `giữa Quảng Tây và Việt Nam`: a partner named by a word that is no
 * country the text names there (a state or province of one).
 */
function namedNonCountryPartner(doc: DocumentAnalysis, sentence: Span): boolean {
  const m = /(?:between|giữa)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:and|và)\s+(?:[Vv]iet ?[Nn]am|[Vv]iệt [Nn]am|VIET ?NAM|VIỆT NAM)(?![\p{L}])/u.exec(doc.text.slice(sentence.start, sentence.end).normalize('NFC'));
  if (!m) return false;
  // (Compared by text, in NFC as the match: a country or bloc named in the partner's words is one.)
  return !within(partnerMentions(doc), sentence).some((c) => m[1].includes(doc.text.slice(c.start, c.end).normalize('NFC')));
}
/** Home's own people counted (`Vietnamese tourists`, `lượt khách Việt Nam`, `người Việt`): travellers abroad. */
const HOME_TRAVELLERS = /(?<![\p{L}])(?:vietnamese|việt nam|viet nam|vietnam|người việt|khách việt)(?![\p{L}])/u;
/** Whether a subject (`IN-VN`, `place:lam-dong@VN`, `VN>US`) names a country other than home. */
function namesForeign(subject: string): boolean {
  return subject.replace(/^.*@/, '').split(/[->]/).some((c) => c !== HOME);
}
/** A parent company's own accounts, not the group's consolidated ones. */
const PARENT_COMPANY = /(?<![\p{L}])(?:công ty mẹ|parent company|parent firm|parent-company|báo cáo riêng|riêng lẻ|standalone|separate (?:financial )?statements?)(?![\p{L}])/u;

/**
 * Fills `figure.subject` for every figure of a document: a country pair (sorted ISO codes joined
 * by `-`) from the countries named in the figure's sentence, else its paragraph, else the
 * article's dominant pair; for a figure about an organization (a metric that is not a country
 * metric, with an organization named before it in its sentence), the organization's entityId.
 */
export function attachSubjects(doc: DocumentAnalysis): void {
  const countries = countryMentions(doc);
  const partners = partnerMentions(doc);
  // The agency of a dateline (`Hà Nội (TTXVN) -`) reports the figures; it is not their subject.
  const dateline = (e: Span) => /\(\s*$/.test(doc.text.slice(Math.max(0, e.start - 2), e.start)) && /^\s*\)\s*[-–—]/.test(doc.text.slice(e.end, e.end + 5));
  const orgs = doc.entities.filter((e) => e.type === 'organization' && !dateline(e)).sort((a, b) => a.start - b.start);
  // (Nor the place the dateline writes from, `Hanoi (VNA) –`, `HÀ NỘI –`: no place acting.)
  const placeDateline = (e: Span) => /(?:^|\n)\s*$/.test(doc.text.slice(Math.max(0, e.start - 3), e.start)) && /^\s*(?:\([^()]{2,30}\)\s*)?[-–—:]\s/.test(doc.text.slice(e.end, e.end + 36));
  const places = doc.entities.filter((e) => e.type === 'place' && !placeDateline(e)).sort((a, b) => a.start - b.start);
  const dominant = dominantPair(doc, countries);
  for (const f of doc.figures) {
    if (f.subject !== undefined && f.subject !== null) continue;
    const sentence = claimSentence(doc, f);
    if (!isCountryMetric(f.metric)) {
      // (A body the sentence cites, `Theo Cục Đầu tư nước ngoài, …`, reports the figure: no subject.)
      const before = within(orgs, { start: sentence.start, end: f.start }).filter((o) => !CITED_BEFORE.test(matchKey(doc.text.slice(Math.max(sentence.start, o.start - 30), o.start))));
      if (before.length) {
        f.subject = before[before.length - 1].entityId;
        // (A parent company's own accounts, `công ty mẹ Viettel … lợi nhuận trước thuế là 40.009 tỷ
        // đồng`, are another series than the group's consolidated ones.)
        if (BODY_METRICS.test(f.metric ?? '') && PARENT_COMPANY.test(matchKey(doc.text.slice(sentence.start, f.start)))) f.subject = `${f.subject}/parent`;
        continue;
      }
      // (A profit or a revenue is compared as a body's: with none named before it, it is nobody's
      // the text says, never a country's or the article's pair.)
      if (BODY_METRICS.test(f.metric ?? '')) {
        // (Unless the sentence before, in its paragraph, gives a body's figure of the same kind:
        // `… doanh thu hợp nhất của Tập đoàn Viettel đạt 172.520 tỷ đồng. Lợi nhuận trước thuế hợp
        // nhất đạt 46.331 tỷ đồng` goes on with that body.)
        f.subject = bodyBefore(doc, f, sentence);
        continue;
      }
    }
    // A region or place makes the figure a wider one (trade with Latin America) only in the
    // figure's own clause: `… đạt 486 triệu USD, giảm 19% do nhu cầu tại Nam Mỹ chững lại` names
    // the region in a clause about causes, and the figure stays the country pair's.
    const clause = clauseOf(doc, f, sentence);
    const wider = WIDER.test(matchKey(doc.text.slice(clause.start, clause.end))) || within(places, clause).length > 0;
    // The figure's own clause first: `Là thành viên ASEAN, năm 2023 Việt Nam xuất khẩu đạt 354 tỷ
    // USD; thương mại Việt Nam - ASEAN đạt 81,9 tỷ USD` pairs only the second with ASEAN.
    // A sentence naming three partners or more stays ambiguous (a list splits into clauses).
    // (Countries a ranking compares with, `sau Đức, Anh, Hà Lan, Italia`, are nobody's partner.)
    // (Markets a breakdown names after the figure, `…, trong đó hàng sang Trung Quốc và Mỹ lần lượt
    // tăng …`, are the parts', not the total's.)
    const scope = breakdownScope(doc, f, sentence);
    const inSentence = codesIn(outsideRankings(doc, within(partners, scope), sentence), scope);
    const inClause = inSentence.length <= 2 ? codesIn(outsideRankings(doc, within(partners, clause), sentence), clause) : [];
    // A pair's figure whose sentence makes a state, province or region of a foreign country the
    // partner (`two-way trade between Ontario and Vietnam`, `cooperation between the state and
    // Vietnamese localities`) and names no foreign country is that place's: not the country's.
    if (hasPrefix(f.metric, subjectData.pairMetrics) && inSentence.every((c) => c === HOME) && (SUBNATIONAL_PARTNER.test(matchKey(doc.text.slice(sentence.start, sentence.end))) || namedNonCountryPartner(doc, sentence))) {
      f.subject = null;
      continue;
    }
    // `Đến năm 2024, nước này có hơn 70 dự án … tại Việt Nam`: `nước này` is the one foreign
    // country the sentence before names.
    if (inSentence.every((c) => c === HOME) && THIS_COUNTRY.test(matchKey(doc.text.slice(sentence.start, f.start)))) {
      const prev = previousSentence(doc, sentence.start);
      const named = prev ? [...new Set(codesIn(within(partners, prev), prev))].filter((c) => c !== HOME) : [];
      if (named.length === 1) {
        inSentence.push(named[0]);
        if (inClause.length) inClause.push(named[0]);
      } else {
        // (Pointed at and not named: some partner's, not home's with the world, `Việt Nam xuất siêu
        // sang đặc khu này 10,4 tỷ USD` under a heading the sentence before cannot name.)
        f.subject = null;
        continue;
      }
    }
    let subject = subjectFromCodes(inClause.length ? inClause : inSentence, f.metric, dominant, wider);
    // (`khách du lịch châu Á … đạt khoảng 3,4 triệu lượt, chiếm 73% tổng lượng khách quốc tế đến Việt
    // Nam`: visitors from a region named in the figure's clause are that region's, not all the
    // country's.)
    if (subject === HOME && wider && /^tourists/.test(f.metric ?? '')) subject = null;
    if (subject === undefined && wider && hasPrefix(f.metric, subjectData.pairMetrics)) subject = null;
    const block = blockOf(doc, f);
    // (Nor the paragraph's countries, the article's pair or one the sentences before name, when the
    // paragraph makes a bloc the partner, `giữa Việt Nam và khối EAEU`, `between Vietnam and the
    // bloc`: a pair's figure there is the bloc's, which the entities may not have recognised as one.)
    const blocPartner = subject === undefined && hasPrefix(f.metric, subjectData.pairMetrics) && BLOC_PARTNER.test(matchKey(doc.text.slice(block.start, block.end)));
    if (blocPartner) subject = null;
    if (subject === undefined) subject = subjectFromCodes(codesIn(outsideRankings(doc, within(countries, block), block), block), f.metric, dominant, false);
    // `between the two countries`, `giữa hai nước`: the pair the sentences just before name (one
    // foreign country, with or without home), when the article has no pair of its own.
    if ((subject === undefined || subject === null) && !blocPartner && !dominant && hasPrefix(f.metric, subjectData.pairMetrics) && TWO_SIDES.test(matchKey(doc.text.slice(clause.start, clause.end)))) {
      subject = pairBefore(doc, partners, sentence) ?? subject;
    }
    if (subject === undefined) subject = dominant;
    // A national index (`IIP tháng 8 ước tính tăng 2,0%`) in an article that names no foreign
    // country is home's: the statistics office reports it for the country, unnamed.
    // (Not in an article or a paragraph about a province or city, unless the sentence says the
    // whole country's: `Tổng mức bán lẻ … ước đạt 118.100 tỷ đồng` in an article on Cần Thơ.)
    // (Not one whose clause names a region or a wider area: `khách du lịch châu Á … đạt khoảng 3,4
    // triệu lượt` is Asia's visitors, a part of the country's.)
    if (!subject && !wider && hasPrefix(f.metric, subjectData.homeMetrics) && countries.every((m) => m.countryCode === HOME) && (NATIONWIDE.test(matchKey(doc.text.slice(sentence.start, sentence.end))) || !aboutPlace(doc, f))) subject = HOME;
    if (subject && isCountryMetric(f.metric)) {
      // `Khánh Hòa đón 1,1 triệu lượt khách Hàn Quốc`: a province or city acting in the figure's
      // clause, with no country named after it, makes the figure that place's, not the country's.
      const place = actingPlace(doc, f, sentence, places, partners);
      if (place) subject = `${place}@${subject}`;
    }
    f.subject = subject;
  }
}

// ---------------------------------------------------------------------------------------------
// Claims

export type ClaimRole = 'level' | 'base' | 'end' | 'change';

export interface Claim {
  uri: string;
  doc: DocumentAnalysis;
  figure: Figure;
  metric: string;
  subject: string;
  /** The period the claim is about (refined from the figure's: `từ A lên B giai đoạn 2016-2022`). */
  period: IsoPeriod | null;
  /** True when the text states the period (not inferred from the article's reference date). */
  periodStated: boolean;
  /**
   * `base`: the value a stated change starts from; `end`: the value it reaches; `change`: a stated
   * year-on-year change (`giảm 28% so với cùng kỳ`), whose metric names the change
   * (`export:shrimp~value.yoy`) so it is only ever grouped with changes of the same frame; its
   * direction is the figure's (`change.direction`), and checks compare changes signed.
   */
  role: ClaimRole;
  sentence: Span;
  /** A running total (`lũy kế`, `tính đến nay`, `so far`): never compared with a period's flow. */
  cumulative: boolean;
  /** The period is relative to an inferred reference date (`năm ngoái`, `this year`). */
  relativePeriod: boolean;
  /** Everything the figure is about, with the words each field came from (see frame.ts). */
  frame: ClaimFrame;
  /**
   * The values a level can take once the change and base its sentence states are counted
   * (`vượt 1,4 tỷ USD, giảm hơn 15% so với 1,7 tỷ USD` is 1,4–1,45 tỷ), with the texts that imply
   * it; absent when the sentence states no such pair.
   */
  implied?: { range: Interval; change: Figure; base: Figure };
}

/** Words of running totals. */
export const CUMULATIVE = /lũy kế|luỹ kế|còn hiệu lực|valid projects|tích lũy|tích luỹ|tổng cộng|tính đến|tính tới|đến nay|từ trước đến nay|so far|to date|cumulative|in total|accumulated|as of|by the end of/;

/** A record (`cao nhất từ trước đến nay`, `the highest to date`) is not a running total. */
const RECORD = /cao nhất|kỷ lục|thấp nhất|highest|record|lowest|largest|biggest/;
/** Clause breaks: a comma or semicolon before a space (never a decimal comma), or a contrast. */
// (`đưa` after a wish or a purpose, `mong muốn đưa kim ngạch lên 3,5 tỷ USD`, begins no clause: the
// wish governs the figure.)
const CLAUSE_BREAK = /[,;](?=\s)|\s(?:trong khi|trong đó|while|whereas|bringing)(?=\s)|(?<!(?:mong muốn|phấn đấu|nhằm|để|hướng tới|hướng đến|nỗ lực|quyết tâm|cam kết|cố gắng|mục tiêu|kỳ vọng|hy vọng|hi vọng))\sđưa(?=\s)/g;

/**
 * Whether a figure is a running total: a word of running totals in its own clause, or in a
 * figure-less clause leading it that is no record (`Lũy kế đến hết năm 2023, EU có … với
 * tổng vốn 28,2 tỷ USD`). `registered US$1.5 billion in 2023, bringing the accumulated capital to
 * US$28.2 billion` makes only the second a total.
 */
function isCumulative(doc: DocumentAnalysis, f: Figure, sentence: Span, figures: Figure[]): boolean {
  const { bounds, running } = runningClauses(doc, sentence, figures);
  // (The clause the figure starts in: the last bound at or before it.)
  let lo = 0;
  let hi = bounds.length - 2;
  if (hi < 0 || f.start < bounds[0] || f.start >= bounds[bounds.length - 1]) return false;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid] <= f.start) lo = mid;
    else hi = mid - 1;
  }
  return running[lo];
}

/**
 * For each clause of a sentence, whether a figure in it is a running total: a word of running totals
 * in the clause, or a figure-less clause of them (`Lũy kế đến hết năm 2023,`) leading it. Read once a
 * sentence (every figure of a long sentence asks).
 */
const runningCache = new WeakMap<Figure[], Map<string, { bounds: number[]; running: boolean[] }>>();
function runningClauses(doc: DocumentAnalysis, sentence: Span, figures: Figure[]): { bounds: number[]; running: boolean[] } {
  let bySentence = runningCache.get(figures);
  if (!bySentence) runningCache.set(figures, (bySentence = new Map()));
  const key = `${sentence.start}:${sentence.end}`;
  const known = bySentence.get(key);
  if (known) return known;
  const bounds = [sentence.start, ...clauseCuts(doc, sentence), sentence.end];
  const starts = figures.map((g) => g.start).sort((a, b) => a - b);
  const running: boolean[] = [];
  // A figure-less clause of running totals leads the next clause that holds figures, not the ones
  // after it (`…, trong đó năm 2023 đạt 6,6 tỷ USD`).
  let leading = false;
  let k = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const lower = matchKey(doc.text.slice(bounds[i], bounds[i + 1]));
    const cumulative = CUMULATIVE.test(lower);
    running.push(leading || cumulative);
    while (k < starts.length && starts[k] < bounds[i]) k++;
    const holdsFigure = k < starts.length && starts[k] < bounds[i + 1];
    if (holdsFigure) leading = false;
    else if (cumulative && !RECORD.test(lower)) leading = true;
  }
  const result = { bounds, running };
  bySentence.set(key, result);
  return result;
}

/** A window counted back or ahead from the day of writing (`the past two months`, `3 ngày tiếp theo`): never compared. */
const ROLLING = /\b(?:past|last|next|coming) \S+ (?:days|weeks|months|years)\b|\S+ năm (?:qua|tới|vừa qua|vừa rồi|tiếp theo|sắp tới|gần đây)|\b(?:months|weeks|days) ago\b|fortnight ago|(?:ngày|tuần) (?:vừa qua|vừa rồi|tiếp theo|sắp tới)/;
const YEAR_SO_FAR = /(?:từ đầu năm|since the (?:beginning|start) of (?:the|this) year|so far this year|year to date|year-to-date)(?! (?:đến|tới|to|until) (?:hết |ngày |the end of )?(?:tháng|ngày|\d))/;
/** A bare `this year`, `năm nay`: the whole year only once it is over. */
const THIS_YEAR_ALONE = /(?:^|[\s:"“(])(?:this year|năm nay)"?\s*$/;
const RELATIVE = /\b(?:years?|decades?) ago\b|năm ngoái|năm trước|năm nay|năm qua|cùng kỳ(?! (?:năm )?\d{4})|last year|this year|previous year|a year earlier|same period(?! (?:of |in )?\d{4})/;

/**
 * Exports and imports have a direction. `xuất khẩu của Việt Nam sang Peru` is `VN>PE`: the
 * country named first is the exporter (for `export`) or the importer (for `import`); one foreign
 * country named as the partner (`sang Peru`) means home's trade with it. Mirror statistics (Peru's
 * imports from Việt Nam) are another metric and never compared with Việt Nam's exports. Returns
 * null when the sentence does not say whose flow it is.
 */
function directional(doc: DocumentAnalysis, f: Figure, metric: string, sentence: Span, productNamed = false, depth = 0): string | null {
  if (!/^(export|import)/.test(metric)) return f.subject ?? null;
  // One company's flow (`Hoa Phat’s imports from Australia`, `xuất khẩu của Samsung`) is no
  // country's.
  if (companyFlow(doc, f, sentence)) return null;
  // One-way flows take their partner from their own sentence only, leaving out the countries a
  // ranking compares with (`đứng thứ hai thế giới, sau Trung Quốc và Ấn Độ`).
  // (Markets a breakdown names after the figure are the parts': `…, trong đó hàng sang Trung Quốc
  // và Mỹ lần lượt tăng …`.)
  // (A semicolon closes what a flow's partner may be named in: `… sang Trung Quốc đạt 1,45 triệu tấn,
  // …; Ngược lại, xuất khẩu sang Ấn Độ tăng …`.)
  // (Only when the figure's part names a country itself: `…; nhập khẩu đạt 514,6 triệu USD` goes on
  // with the partner the sentence named before.)
  const segment = semicolonSegment(doc, f, sentence);
  const inSegment = segment.start === sentence.start && segment.end === sentence.end ? [] : outsideRankings(doc, within(partnerMentions(doc), breakdownScope(doc, f, segment)), segment);
  const segmentScoped = inSegment.some((m) => m.countryCode !== HOME);
  // (Nor a country named in brackets after the figure, an aside on something else: `… khoảng 3,3 tỷ
  // USD, … (năm đầu tiên sầu riêng Việt Nam xuất khẩu chính ngạch sang Trung Quốc)`.)
  const asides = bracketsAfter(doc, f, sentence);
  const mentions = (segmentScoped ? inSegment : outsideRankings(doc, within(partnerMentions(doc), breakdownScope(doc, f, sentence)), sentence)).filter(
    (m) => !asides.some((a) => m.start >= a.start && m.end <= a.end),
  );
  const scope = segmentScoped ? segment : sentence;
  // A flow to a market the engine does not know (`exports to Europe contracted by 9%`) is that
  // market's, whatever country the sentence names elsewhere.
  const clause = clauseOf(doc, f, sentence);
  // (A region as the market, `sang thị trường châu Âu … đạt 1.235 tấn, đặc biệt … sang Vương quốc
  // Anh`: the region's flow, not the country the sentence names after.)
  // (In the sentence before the figure, with no country named between the region and the figure.)
  const regionLead = matchKey(doc.text.slice(sentence.start, f.start));
  let region = -1;
  for (const m of regionLead.matchAll(REGION_MARKET_ALL)) region = m.index! + m[0].length;
  // (Offsets compared in the key's own terms: NFD text is longer than its key.)
  if (region >= 0 && !mentions.some((m) => m.countryCode && m.countryCode !== HOME && m.start >= sentence.start && m.start < f.start && matchKey(doc.text.slice(sentence.start, m.start)).length >= region)) return null;
  for (const m of doc.text.slice(clause.start, f.start).matchAll(FLOW_TO_NAME)) {
    const at = clause.start + m.index! + m[0].length - m[1].length;
    if (!mentions.some((x) => x.start <= at && at < x.end)) return null;
  }
  const codes = codesIn(mentions, sentence);
  if (codes.length === 2) {
    // The one the text makes a partner (`sang Mỹ`, `Mỹ là thị trường xuất khẩu lớn nhất của Việt
    // Nam`) is the partner, wherever it stands; two partners (`sang Mỹ đạt A; sang Trung Quốc đạt
    // B`) are home's, the figure's the nearest before it.
    const partner = (code: string) => mentions.filter((m) => m.countryCode === code).some((m) => namedAsPartner(doc, m));
    const [a, b] = codes;
    // `the US was the largest destination of pepper export from Vietnam`: home named as where an
    // export comes from beside a market is home's export to that market.
    if (partner(a) && partner(b) && codes.includes(HOME) && /^export/.test(metric)) {
      const other = codes.find((c) => c !== HOME)!;
      const home = mentions.filter((m) => m.countryCode === HOME);
      if (home.every((m) => /(?:từ|from)\s*$/.test(matchKey(doc.text.slice(Math.max(0, m.start - 6), m.start))))) return `${HOME}>${other}`;
    }
    // `Mỹ là nhà cung cấp bông lớn nhất cho Việt Nam`, `the largest supplier to Vietnam`, `nhập khẩu
    // từ Czech vào Việt Nam`: home named as where an import goes is home's import from the other.
    if (partner(a) && partner(b) && codes.includes(HOME) && /^import/.test(metric)) {
      const other = codes.find((c) => c !== HOME)!;
      const home = mentions.filter((m) => m.countryCode === HOME);
      if (home.every((m) => /(?:cho|to|for|vào|into)\s*$/.test(matchKey(doc.text.slice(Math.max(0, m.start - 6), m.start))))) return `${HOME}>${other}`;
    }
    if (partner(a) && partner(b)) {
      const near = mentions.filter((m) => m.end <= f.start && namedAsPartner(doc, m)).pop();
      return near && near.countryCode !== HOME && !codes.includes(HOME) ? `${HOME}>${near.countryCode}` : null;
    }
    // One foreign country's flow with another (`Thái Lan xuất khẩu gạo sang Philippines`): only
    // when the reporter is named as the one that trades; two foreign markets of a ranking (`đứng thứ
    // hai là Ấn Độ …, kế đến là thị trường Australia`) are home's, and which one the text leaves open.
    if (codes.includes(HOME)) {
      if (partner(a) !== partner(b)) return partner(a) ? `${b}>${a}` : `${a}>${b}`;
      return `${a}>${b}`;
    }
    const reporter = partner(a) !== partner(b) ? (partner(a) ? b : a) : a;
    const trades = mentions.filter((m) => m.countryCode === reporter).some((m) => REPORTER_TRADES.test(matchKey(doc.text.slice(m.end, Math.min(doc.text.length, m.end + 24)))));
    if (!trades) return null;
    if (partner(a) !== partner(b)) return partner(a) ? `${b}>${a}` : `${a}>${b}`;
    return `${a}>${b}`;
  }
  // `nhập khẩu … từ Việt Nam`, `từ nước ta`: home is where an import comes from, not who imports.
  if (/^import/.test(metric) && FROM_HOME.test(matchKey(doc.text.slice(scope.start, scope.end)))) return null;
  // One foreign country is the partner of home's flow only when the text makes it one (`sang Hàn
  // Quốc`, `to Korea`); named as the sentence's subject (`Thái Lan xuất khẩu gạo`) it reports a
  // flow of its own, whose partner the sentence does not give.
  // (Once the text has made it the partner before the figure, the country named again after it in
  // some other role, `xuất khẩu sang Mỹ đạt 891 triệu USD, … trước mốc 9/7 - thời điểm Hoa Kỳ áp dụng
  // thuế`, is still that partner.)
  if (codes.length === 1 && codes[0] !== HOME) {
    const before = mentions.filter((m) => m.start < f.start);
    const named = before.length && before.every((m) => namedAsPartner(doc, m)) ? before : mentions;
    return named.every((m) => namedAsPartner(doc, m)) ? `${HOME}>${codes[0]}` : null;
  }
  // `nhập khẩu vào thị trường Việt Nam`, `imported into Vietnam`: home's own imports.
  if (/^import/.test(metric) && codes.every((c) => c === HOME) && INTO_HOME.test(matchKey(doc.text.slice(sentence.start, f.start)))) return HOME;
  // (A flow to a number of markets, `sang ba thị trường này`, `to the top five markets`, is their
  // sum: some part of the country's flow, no one market's.)
  if (MARKETS_COUNTED.test(matchKey(doc.text.slice(sentence.start, f.start)))) return null;
  // A market the sentence points at without naming it (`sang thị trường này`, `sang thị trường tỷ
  // dân`, `to this market`): the one foreign market the sentence before names, else a partner the
  // claim cannot name.
  if (codes.filter((c) => c !== HOME).length === 0 && unnamedMarket(matchKey(doc.text.slice(sentence.start, f.start)))) {
    if (!THIS_MARKET.test(matchKey(doc.text.slice(sentence.start, f.start)))) return null;
    return flowToMarketBefore(doc, sentence);
  }
  // (`Trong tháng 5/2022 kim ngạch xuất khẩu mặt hàng này đạt 87,1 triệu USD, … chiếm 23,1% tổng trị giá
  // xuất khẩu … sang thị trường này`: the market the sentence points at after the figure is the
  // figure's too.)
  // (Read a few clauses after the figure only: a long sentence of many figures stays linear.)
  if (codes.filter((c) => c !== HOME).length === 0 && THIS_MARKET.test(matchKey(doc.text.slice(f.end, Math.min(sentence.end, f.end + 240))))) {
    return flowToMarketBefore(doc, sentence);
  }
  // (`It exported 3.1 million tons of rice to the country in 2023`: the market is the one foreign
  // country the sentence before names, else one the claim cannot name.)
  if (/^export/.test(metric) && codes.filter((c) => c !== HOME).length === 0 && TO_THE_COUNTRY.test(matchKey(doc.text.slice(sentence.start, Math.min(sentence.end, f.end + 60))))) {
    return flowToMarketBefore(doc, sentence);
  }
  // `However, the exports dropped by 50.5%` after a sentence on the exports to one market: that
  // market's (the flow pointed back at).
  // (So does a breakdown of the sentence before, `Trong đó, xuất khẩu của Việt Nam đạt …` after the
  // two-way trade with Hungary; after one with a region, `châu Phi`, no partner.)
  const lead = matchKey(doc.text.slice(sentence.start, f.start));
  // (`Trung Quốc là thị trường xuất khẩu lớn nhất … Cụ thể trong tháng 8/2023, xuất khẩu mặt hàng này
  // đạt …`: the market the sentence before makes one.)
  const specifically = /^\s*(?:cụ thể|specifically|in particular)(?![\p{L}])/u.test(lead) && marketBefore(doc, sentence);
  // (`Năm 2022, thủy sản xuất khẩu vào thị trường này đạt 2,1 tỷ USD. Riêng xuất khẩu tôm tăng … lên 807
  // triệu USD`: a sentence that singles out a part, naming no market, goes on with the market of the
  // flow of the sentence before, however that one named it.)
  if (depth < 3 && codes.every((c) => c === HOME) && /^\s*(?:riêng|cụ thể|specifically|in particular)(?![\p{L}])/u.test(lead)) {
    const prev = previousSentence(doc, sentence.start);
    const family = /^export/.test(metric) ? /^export/ : /^import/;
    const prevFlow = prev ? figuresWithin(doc, prev).find((g) => family.test(g.metric ?? '') && !isChange(g) && (g.kind === 'money' || g.kind === 'measure')) : undefined;
    const inherited = prevFlow ? directional(doc, prevFlow, prevFlow.metric!, prev!, productNamed, depth + 1) : null;
    if (inherited && inherited.startsWith(`${HOME}>`)) return inherited;
  }
  const pointedBack = FLOW_POINTED_BACK.test(lead) || specifically;
  // (A breakdown opening a paragraph breaks down the paragraph before's last sentence: `Of the
  // total, …` is never about a total it has not named.)
  const prev0 = !pointedBack && OPENINGS.breakdownOfPair.test(lead) ? previousSentence(doc, sentence.start, true) : null;
  const breaksDownPair = !!prev0 && figuresWithin(doc, prev0).some((g) => g.metric?.startsWith('trade.'));
  if (codes.filter((c) => c !== HOME).length === 0 && (pointedBack || breaksDownPair)) {
    const prev = previousSentence(doc, sentence.start, breaksDownPair);
    const prevText = prev ? matchKey(doc.text.slice(prev.start, prev.end)) : '';
    const named = prev ? [...new Set(codesIn(within(partnerMentions(doc), prev), prev))].filter((c) => c !== HOME) : [];
    return named.length === 1 && !WIDER.test(prevText) ? `${HOME}>${named[0]}` : null;
  }
  // Home alone or no country at all: home's flow with the world, unless the article is about one
  // partner (`xuất khẩu của Việt Nam đạt 187,3 triệu USD` in a Việt Nam–Peru article is probably
  // to Peru, but the sentence does not say so).
  // A product's flow with no partner named (`xuất khẩu cà phê tháng 1 đạt 623 triệu USD`) is the
  // national total of that product, whatever market the article dwells on.
  // (Not a sentence listing the pair's main goods, `Một số mặt hàng xuất khẩu chính … như: điện
  // thoại … đạt 77,42 triệu USD` in a Việt Nam–Colombia article: those are the pair's.)
  if (codes.length <= 1 && productNamed && MAIN_GOODS.test(matchKey(doc.text.slice(sentence.start, f.start))) && dominantPair(doc)) return null;
  // (`Ecuador's total shrimp export volume in 2022 reached 1,061 million tons. Total export value
  // also reached 6.7 billion USD`: a sentence naming no country goes on with the flow of the same
  // direction a foreign country reported as its own in the sentence before.)
  if (codes.length === 0 && foreignFlowBefore(doc, sentence, metric)) return null;
  // (`Kim ngạch song phương hai nước … đạt 4,1 tỷ USD. Hoạt động xuất khẩu đạt 2,1 tỷ USD và nhập
  // khẩu đạt 2 tỷ USD`: a sentence naming no country that gives both flows, right after the pair's
  // two-way trade in its paragraph, breaks that trade down: home's exports to the partner and imports
  // from it.)
  if (codes.length === 0 && !productNamed) {
    const partner = pairBrokenDown(doc, sentence);
    if (partner) return `${HOME}>${partner}`;
  }
  // (`Trong khối CPTPP, kim ngạch xuất khẩu cá tra … đạt 305 triệu USD, tăng 36% … và chiếm 17% tổng
  // kim ngạch xuất khẩu cá tra`: a flow its sentence makes a share of the total is a part of it, some
  // market's or group's the engine did not name, never home's whole flow.)
  if (codes.length <= 1 && SHARE_OF_TOTAL_AFTER.test(matchKey(doc.text.slice(f.end, Math.min(sentence.end, f.end + 160))))) return null;
  if (codes.length <= 1) return productNamed || !dominantPair(doc) ? HOME : null;
  return null;
}
const SHARE_OF_TOTAL_AFTER = /^[^.;]{0,80}?(?:chiếm(?: tỷ trọng| tỉ trọng)?\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?[\d.,]+\s*%\s+(?:trong\s+)?tổng|accounting for\s+(?:about\s+|nearly\s+|over\s+)?[\d.,]+\s*(?:%|per cent|percent)\s+of\s+(?:the\s+)?(?:country's\s+)?total)/u;

/**
 * The partner whose two-way trade with home the sentence before gives (same paragraph), when this
 * sentence gives a level of exports and one of imports and nothing of any goods: its breakdown.
 */
function pairBrokenDown(doc: DocumentAnalysis, sentence: Span): string | null {
  const own = figuresWithin(doc, sentence).filter((g) => !isChange(g) && g.kind === 'money');
  if (!own.some((g) => /^export$/.test(g.metric ?? '')) || !own.some((g) => /^import$/.test(g.metric ?? ''))) return null;
  const prev = previousSentence(doc, sentence.start);
  if (!prev) return null;
  const pairs = new Set(
    figuresWithin(doc, prev)
      .filter((g) => !isChange(g) && g.kind === 'money' && g.metric === 'trade.two-way' && g.subject)
      .map((g) => g.subject!),
  );
  if (pairs.size !== 1) return null;
  const codes = [...pairs][0].split('-');
  if (codes.length !== 2 || !codes.includes(HOME)) return null;
  return codes.find((c) => c !== HOME) ?? null;
}

/** Home's flow to the one foreign country the sentence before names (in the same paragraph), else null. */
function flowToMarketBefore(doc: DocumentAnalysis, sentence: Span): string | null {
  const prev = previousSentence(doc, sentence.start);
  const named = prev ? codesIn(within(partnerMentions(doc), prev), prev).filter((c) => c !== HOME) : [];
  return named.length === 1 ? `${HOME}>${named[0]}` : null;
}

/** A region named as a flow's market (`sang thị trường châu Âu`, `to Africa`). */
const REGION_MARKET = /(?<![\p{L}])(?:sang|tới|đến|vào|từ|to|from|into)\s+(?:(?:the|các)\s+)?(?:thị trường\s+|khu vực\s+|nước\s+)?(?:thị trường\s+|khu vực\s+)?(?:âu\s*[-–]\s*mỹ|châu âu\s*[-–]\s*châu mỹ|châu âu|châu á|châu phi|châu mỹ|châu đại dương|trung đông|đông nam á|nam á|đông á|bắc mỹ|mỹ latinh|mỹ la tinh|europe|asia|africa|the middle east|middle east|southeast asia|latin america|north america|oceania)(?![\p{L}])/u;
const REGION_MARKET_ALL = new RegExp(REGION_MARKET.source, 'gu');
/** A country named as the one that trades (`Thái Lan xuất khẩu`, `India imported`, `Brazil's exports`). */
const REPORTER_TRADES = /^(?:'s)?\s*(?:(?:đã|cũng|vẫn|tiếp tục|also|has|have|had)\s+)*(?:xuất khẩu|nhập khẩu|xuất|nhập|exported|imported|exports?|imports?|shipped|bought|sold|mua|bán)(?![\p{L}])/u;
const EXPORT_WORDS = /(?<![\p{L}])(?:xuất khẩu|xuất|exports?|exported|exporting|shipments?|shipped)(?![\p{L}])/u;
const IMPORT_WORDS = /(?<![\p{L}])(?:nhập khẩu|nhập|imports?|imported|importing|purchases|bought)(?![\p{L}])/u;
/**
 * The sentence before (in the paragraph) reports a foreign country's own flow in the direction of
 * `metric`: it names foreign countries and not home, none of them as a partner, and speaks of that
 * flow (`Ecuador exported more than 1 million tons`, `Thái Lan xuất khẩu …`).
 */
function foreignFlowBefore(doc: DocumentAnalysis, sentence: Span, metric: string): boolean {
  const words = /^export/.test(metric) ? EXPORT_WORDS : /^import/.test(metric) ? IMPORT_WORDS : null;
  if (!words) return false;
  const prev = previousSentence(doc, sentence.start);
  if (!prev) return false;
  const mentions = within(partnerMentions(doc), prev).filter((m) => m.countryCode);
  if (!mentions.length || mentions.some((m) => m.countryCode === HOME || namedAsPartner(doc, m))) return false;
  return words.test(matchKey(doc.text.slice(prev.start, prev.end)));
}
const MAIN_GOODS = /(?<![\p{L}])(?:(?:mặt hàng|nhóm hàng|sản phẩm|hàng hóa|hàng hoá)\s+(?:xuất khẩu|nhập khẩu|xuất|nhập)\s+(?:chính|chủ yếu|chủ lực)|(?:xuất khẩu|nhập khẩu)\s+chủ yếu|(?:main|major|key|principal)\s+(?:export|import)(?:s|ed)?(?:\s+(?:items|products|goods|commodities))?)(?![\p{L}])/u;

/** A sentence opening on the flow just named: `However, the exports …`, `These shipments …`. */
const FLOW_POINTED_BACK = /^\s*(?:(?:however|meanwhile|also|in addition|moreover)\s*,?\s*)?(?:the|these|such|those)\s+(?:exports|imports|shipments)(?![\p{L}])/u;
/** Whether the sentence before names exactly one foreign country, as a market (`là thị trường …`). */
function marketBefore(doc: DocumentAnalysis, sentence: Span): boolean {
  const prev = previousSentence(doc, sentence.start);
  if (!prev) return false;
  const mentions = within(partnerMentions(doc), prev).filter((m) => m.countryCode !== HOME);
  return new Set(mentions.map((m) => m.countryCode)).size === 1 && mentions.some((m) => namedAsPartner(doc, m));
}

/** Bracketed stretches that open after a figure, in the 300 characters after it (an unclosed one runs to the sentence's end). */
function bracketsAfter(doc: DocumentAnalysis, f: Span, sentence: Span): Span[] {
  const out: Span[] = [];
  const end = Math.min(sentence.end, f.end + 300);
  for (let i = f.end; i < end; i++) {
    if (doc.text[i] !== '(') continue;
    const close = doc.text.indexOf(')', i);
    const to = close < 0 || close >= sentence.end ? sentence.end : close + 1;
    out.push({ start: i, end: to });
    i = to - 1;
  }
  return out;
}

const INTO_HOME = /(?:vào|into)\s+(?:thị trường\s+|the\s+)?(?:việt nam|vietnam|viet nam|vietnamese market|nước ta)/;
const MARKETS_COUNTED = /(?:sang|tới|đến|vào|từ|to|from|into)\s+(?:(?:các|những|the|these|those|top|its)\s+)?(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thị trường|nước|quốc gia|markets|countries)(?![\p{L}])/u;
const UNNAMED_MARKET = /(?:sang|tới|đến|vào|từ|to|from|into)\s+(?:(?:các|những|the|this|that|these)\s+)?(?:thị trường|nước|quốc gia|siêu cường|cường quốc|market|markets|country|(?:[\p{L}-]+\s+){0,2}nation)(?!\s+(?:thế giới|quốc tế|nước ngoài|world|global|international))/u;
/**
 * Every market, named as such and nothing after it but the period or the verb (`xuất khẩu … sang các
 * nước trong 5 tháng đầu năm`, `to all countries, reaching`): the country's whole flow, no unnamed one.
 */
const ALL_MARKETS = /(?:sang|tới|đến|to)\s+(?:các|all)\s+(?:thị trường|nước|quốc gia|markets|countries)(?=\s*(?:[,.;:]|$|(?:trong|đạt|năm|tháng|quý|in|reaching|reached)(?![\p{L}])))/gu;
/** A market the text points at without naming it (every market named as such left out). */
function unnamedMarket(lead: string): boolean {
  return UNNAMED_MARKET.test(lead) && UNNAMED_MARKET.test(lead.replace(ALL_MARKETS, ' '));
}
const FLOW_TO_NAME = /(?:exports?|exported|shipments|imports?|imported|xuất khẩu|nhập khẩu|xuất|nhập|XK|NK)(?:\s+[\p{L}-]+){0,3}?\s+(?:to|into|from|sang|từ)\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*)(?![\p{L}.$-])/gu;
/**
 * Countries a ranking compares with: `sau Trung Quốc và Ấn Độ`, `(sau Đức, Anh, Hà Lan, Italia)`,
 * `after China and India`, `behind the US`, `sau khi vượt qua Brazil`, `ahead of Japan` — a list of names after the ranking word (read in NFC,
 * by their capitals).
 */
const NAME = '(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)*';
const RANKED_AFTER = new RegExp(`(?<![\\p{L}])(?:[Ss]au|chỉ sau|[Aa]fter|[Bb]ehind|only after|trailing|vượt qua|overtaking|overtook|surpassing|ahead of)\\s+${NAME}(?:\\s*(?:,|và|and|,\\s*and)\\s*${NAME})*`, 'gu');

/** Mentions outside the lists of countries a ranking compares with, within `span`. */
function outsideRankings<T extends Span>(doc: DocumentAnalysis, mentions: T[], span: Span): T[] {
  if (!mentions.length) return mentions;
  const original = doc.text.slice(span.start, span.end);
  const nfc = original.normalize('NFC');
  const model = nfc.length === original.length ? null : createTextModel(original);
  const compared: Span[] = [];
  for (const m of nfc.matchAll(RANKED_AFTER)) {
    // (NFC and the original differ only for decomposed text: map through the model's norm, which is NFC.)
    const a = model ? model.toOriginal(m.index!) : m.index!;
    const b = model ? model.toOriginal(m.index! + m[0].length) : m.index! + m[0].length;
    compared.push({ start: span.start + a, end: span.start + b });
  }
  return compared.length ? mentions.filter((x) => !compared.some((c) => c.start <= x.start && x.end <= c.end)) : mentions;
}
/** A market pointed back at (`thị trường này`, `thị trường láng giềng`, `the neighbouring market`). */
const THIS_MARKET = /(?:thị trường|market|siêu cường|cường quốc)\s+(?:này|đó|nói trên|láng giềng|this|that)|(?:this|that|the same|the neighbouring|the neighboring)\s+market/;

const FROM_HOME = /(?:từ|from)\s+(?:việt nam|nước ta|vietnam|viet nam)/;

/**
 * Two changes that a `respectively` pairs with the volume and the value before them (`141,000
 * tonnes of pork worth 334.4 million USD …, a rise of 382 percent and 500 percent …, respectively`,
 * `tăng lần lượt 12% và 15%`): the first is the first level's measure, the second the second's.
 */
const RESPECTIVELY = /(?<![\p{L}])(?:respectively|lần lượt)(?![\p{L}])/u;
function respectiveMeasure(doc: DocumentAnalysis, f: Figure, sentence: Span): 'value' | 'volume' | null {
  if (f.kind !== 'percent' || !RESPECTIVELY.test(matchKey(doc.text.slice(sentence.start, sentence.end)))) return null;
  const figs = figuresWithin(doc, sentence);
  const changes = figs.filter((g) => g.kind === 'percent' && isChange(g));
  if (changes.length !== 2) return null;
  const [c1, c2] = changes;
  if (!/^\s*(?:%|percent|per cent)?\s*(?:and|và|,)\s*$/u.test(matchKey(doc.text.slice(c1.end, c2.start)))) return null;
  const levels = figs.filter((g) => g.end <= c1.start && !isChange(g) && (g.kind === 'money' || g.kind === 'measure') && !g.unit?.includes('/'));
  if (levels.length < 2) return null;
  const [g1, g2] = levels.slice(-2);
  const m = (g: Figure) => (g.kind === 'money' ? 'value' : 'volume');
  if (m(g1) === m(g2)) return null;
  return f === c1 ? m(g1) : f === c2 ? m(g2) : null;
}

/**
 * The product a `respectively` gives a change of a list (`Shrimp and crab exports surged 20 percent
 * and 59 percent, respectively`, `xuất khẩu tôm và cua tăng lần lượt 20% và 59%`): as many changes,
 * one after the other, as the sentence names products before them, each product once and no level
 * between; the nth change is the nth product's. Null otherwise.
 */
function respectiveProduct(doc: DocumentAnalysis, f: Figure, sentence: Span): { key: string; text: string } | null {
  // (A list that `respectively` pairs is a short sentence's: a sentence of endless figures is none.)
  if (f.kind !== 'percent' || sentence.end - sentence.start > 600 || !RESPECTIVELY.test(matchKey(doc.text.slice(sentence.start, sentence.end)))) return null;
  const figs = figuresWithin(doc, sentence);
  const changes = figs.filter((g) => g.kind === 'percent' && isChange(g));
  const i = changes.indexOf(f);
  if (i < 0 || changes.length < 2) return null;
  for (let k = 1; k < changes.length; k++) {
    if (!/^\s*(?:%|percent|per cent)?\s*(?:,|and|và|,\s*and|,\s*và)\s*$/u.test(matchKey(doc.text.slice(changes[k - 1].end, changes[k].start)))) return null;
  }
  if (figs.some((g) => !isChange(g) && g.start < changes[changes.length - 1].end)) return null;
  const named = productsIn(matchKey(doc.text.slice(sentence.start, changes[0].start))).filter((p) => p.key !== 'all');
  if (named.length !== changes.length || new Set(named.map((p) => p.key)).size !== named.length) return null;
  return { key: named[i].key, text: named[i].text };
}

/** Whether a percentage change has another right beside it, joined by `and` alone (`15.4% and 14.4%`, `12% và 15%`). */
function backToBackChange(doc: DocumentAnalysis, f: Figure, sentence: Span): boolean {
  // (Only the figures right around it: a sentence of endless figures stays linear.)
  const near = { start: Math.max(sentence.start, f.start - 40), end: Math.min(sentence.end, f.end + 40) };
  const changes = figuresWithin(doc, near).filter((g) => g.kind === 'percent' && isChange(g));
  const i = changes.indexOf(f);
  const joined = (a: Figure | undefined, b: Figure | undefined) => !!a && !!b && /^\s*(?:%|percent|per cent)?\s*(?:and|và)\s*$/u.test(matchKey(doc.text.slice(a.end, b.start)));
  return joined(changes[i - 1], f) || joined(f, changes[i + 1]);
}

/** A figure that states a change or a multiple: `tăng 2,5%`, `gấp 3 lần`. */
export function isChange(f: Figure): boolean {
  return f.kind === 'multiple' || ((f.kind === 'percent' || f.kind === 'percentagePoints') && !!f.change);
}

export function periodIsStated(f: Figure): boolean {
  return !!f.period && !/reference|tham chiếu/i.test(f.periodSource ?? '');
}

const FROM_BEFORE = /(?:^|[\s,(])(?:từ|from)\s+(?:mức\s+|con số\s+)?(?:(?:gần|khoảng|hơn|trên|dưới|xấp xỉ|chừng|nearly|about|around|over|more than|almost|under)\s+)?(?:us\$\s*|\$\s*)?$/;
const TO_BETWEEN = /^[\s,]*(?:(?:usd|vnd|đồng)\s+)?(?:(?:năm|in)\s+\d{4}\s*,?\s*)?(?:lên|lên tới|lên đến|đến|tới|to|up to)\s+(?:mức\s+)?[^\d]{0,12}$/;
const BASE_BEFORE = /(?:so với|compared with|compared to|against|from|(?:higher|greater|larger|bigger|lower|smaller|times) than)\s+(?:mức\s+|con số\s+)?(?:[^\d\s]+\s+)?$/;

export interface FrameRoles {
  /** Each figure that is an end of a change frame, with its role and, for `từ A lên B`, its partner. */
  roles: Map<Figure, { role: 'base' | 'end'; partner?: Figure }>;
}

/**
 * Finds the change frames of a sentence: `từ (mức) A lên B` gives A as base and B as end, and a
 * figure right after `so với` is the base a change is measured from.
 */
export function sentenceFrames(doc: DocumentAnalysis, figures: Figure[], sentence: Span): FrameRoles {
  const roles: FrameRoles['roles'] = new Map();
  const lower = (s: Span) => matchKey(doc.text.slice(s.start, s.end));
  const levels = figures.filter((f) => !isChange(f));
  for (let i = 0; i < levels.length; i++) {
    const a = levels[i];
    const before = lower({ start: Math.max(sentence.start, a.start - 20), end: a.start });
    if (FROM_BEFORE.test(before)) {
      const b = levels[i + 1];
      // (An aside in brackets between them, `from $13.2 billion in 2021 (a year-on-year increase of
      // 37 per cent) to $15 billion`, is the start's own.)
      if (b && b.unit === a.unit && TO_BETWEEN.test(lower({ start: a.end, end: b.start }).replace(/\([^()]*\)/g, ' '))) {
        roles.set(a, { role: 'base', partner: b });
        roles.set(b, { role: 'end', partner: a });
        i++;
        continue;
      }
    }
    // `so với (mức) 600 triệu USD`: the base of a change stated before or after it.
    if (BASE_BEFORE.test(before) && figures.some((c) => isChange(c))) {
      roles.set(a, { role: 'base' });
    }
  }
  return { roles };
}

function yearsEnds(iso: IsoPeriod | null): [string, string] | null {
  const p = parsePeriod(iso);
  if (!p || p.kind !== 'years') return null;
  return [String(p.from.y), String(p.to.y)];
}

const TARGET = /mục tiêu|phấn đấu|hướng tới|hướng đến|dự kiến|kế hoạch|dự báo|kỳ vọng|nhắm tới|nhắm đến|sẽ đạt|dự tính|nhiều khả năng|có khả năng|\blikely to\b|sẽ là|có thể đạt|tiềm năng|(?:để|nhằm) (?:sớm )?(?:đưa|nâng|đạt)|sớm đưa|sớm đạt|\btarget|\baims? (?:to|for|at)|\baiming|\bgoal|expected to|forecast|projected|\bseeks? to|\bstriv|\bhopes? to|\bplans? to|\bwill reach|\bcould reach|\bwould reach|\b(?:will|would) (?:set|hit|top|exceed|surpass|total|amount to|climb to|rise to|grow to|increase to)\b|\bpotential|\beye(?:s|ing)\b|\bheading (?:to|for|towards)\b|\b(?:to|will|would) (?:raise|lift|boost|bring|push|increase) (?:the |their |bilateral |two-way )|mong muốn|quyết tâm|nỗ lực (?:đưa|nâng)/;

const TARGET_ALL = new RegExp(TARGET.source, 'g');

/**
 * Whether a figure is a target or a forecast rather than a record: its sentence says so, its
 * period is a coming one (`năm tới`, `next year`), or it starts after a reference date the user
 * stated. (An inferred reference date is only the latest date the text mentions, so it is no
 * evidence that a period is in the future.)
 */
export function isTarget(doc: DocumentAnalysis, f: Figure, sentence: Span): boolean {
  if (/năm tới|năm sau|sắp tới|next year|coming year/i.test(f.periodSource ?? '')) return true;
  const ref = doc.referenceDate;
  const p = parsePeriod(f.period);
  if (p && ref && (ref.source === 'marker' || ref.source === 'option') && p.firstDay * 86_400_000 > Date.parse(ref.date)) return true;
  // The sentence up to the end of the figure's clause: `đã đạt 40,4 tỷ USD năm 2021, và dự kiến
  // tăng lên 45 tỷ USD năm 2022` makes only the second a forecast.
  const model = createTextModel(doc.text.slice(sentence.start, clauseOf(doc, f, sentence).end));
  let last = -1;
  // (A plan word after the figure past a new predicate, `totaled 515 million USD in 2020 and is
  // expected to reach 1 billion USD`, is the next figure's.)
  let fEnd = 0;
  for (let lo = 0, hi = model.lower.length, target = f.end - sentence.start; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (model.toOriginal(mid) >= target) {
      fEnd = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  for (const m of model.lower.matchAll(TARGET_ALL)) {
    if (m.index! >= fEnd && /(?:^|\s)(?:and|và|but|nhưng|while|trong khi)\s/u.test(model.lower.slice(fEnd, m.index!))) continue;
    // (After the figure, the plan it is set against is no plan of its own: `tăng 12,2% (vượt kế
    // hoạch năm)`, `up 12.7% (with a target of 9-10% growth)`, `…, vượt kế hoạch năm gần 3%`, `…,
    // gần chạm kế hoạch đề ra`, `đạt 95% kế hoạch`.)
    if (m.index! >= fEnd && (/\([^()]*$/.test(model.lower.slice(fEnd, m.index!)) || /(?:vượt|chạm|đạt|hoàn thành|so với|thấp hơn|cao hơn|exceeding|surpassing|beating|above|over|below|close to|meeting|short of|missing)\s*$/u.test(model.lower.slice(fEnd, m.index!)))) continue;
    // (`still hold great potential … although two-way trade reached only 1.2 billion USD`: a
    // concession opens a predicate of its own.)
    if (m.index! < fEnd && /(?:^|\s)(?:although|though|whereas|nhưng|tuy nhiên|mặc dù)\s/u.test(model.lower.slice(m.index! + m[0].length, fEnd))) continue;
    last = m.index! + m[0].length;
  }
  if (last < 0) return false;
  // `Sau khi vượt mục tiêu 5 tỷ USD năm 2019, … đạt 11 tỷ USD năm 2022`: the plan's words govern
  // the figure they name, not a later one past it. (But the end of the pair they name, `agreed to
  // raise the two-way trade from $13.2 billion in 2021 to $15 billion`: the start is where it stands,
  // the end the plan.)
  const at = sentence.start + model.toOriginal(last);
  return !doc.figures.some((g) => g !== f && g.start >= at && g.end <= f.start && !isChange(g) && g.kind === f.kind && !fromToEnd(doc, g, f));
}

/**
 * A sentence as the claims read it. No news sentence runs past a few hundred characters; a text
 * with no full stop (a table pasted as one line, thousands of figures) is read in stretches of about
 * 800 characters cut at a comma or semicolon, so that reading each figure's frame stays linear.
 */
const LONG_SENTENCE = 1500;
const STRETCH = 800;
const stretchCache = new WeakMap<DocumentAnalysis, Map<number, Span[]>>();
function windowOf(doc: DocumentAnalysis, sentence: Span, f: Span): Span {
  if (sentence.end - sentence.start <= LONG_SENTENCE) return sentence;
  let bySentence = stretchCache.get(doc);
  if (!bySentence) stretchCache.set(doc, (bySentence = new Map()));
  let stretches = bySentence.get(sentence.start);
  if (!stretches) {
    stretches = [];
    for (let start = sentence.start; start < sentence.end; ) {
      let end = Math.min(sentence.end, start + STRETCH);
      if (end < sentence.end) {
        const cut = Math.max(doc.text.lastIndexOf(',', end), doc.text.lastIndexOf(';', end));
        if (cut > start + STRETCH / 2) end = cut + 1;
      }
      stretches.push({ start, end });
      start = end;
    }
    bySentence.set(sentence.start, stretches);
  }
  const w = spanAt(stretches, f.start) ?? stretches[stretches.length - 1];
  // (A figure across a cut belongs to the stretch it starts in, which then reaches its end.)
  return f.end > w.end ? { start: w.start, end: f.end } : w;
}

/** The stretch of text the claims read a figure in: its sentence, or a part of an endless one. */
export function claimSentence(doc: DocumentAnalysis, at: Span): Span {
  return windowOf(doc, sentenceOf(doc, at), at);
}

/** The flow a unit price's words name (`giá xuất khẩu bình quân`: export; `giá nhập khẩu trung bình`: import), if one. */
function priceFlow(text: string | undefined): 'export' | 'import' | null {
  const t = text ?? '';
  const exp = /xuất khẩu|export/.test(t);
  const imp = /nhập khẩu|import/.test(t);
  return exp === imp ? null : exp ? 'export' : 'import';
}

/** Every claim of one document. Needs subjects attached. */
export function documentClaims(doc: DocumentAnalysis): Claim[] {
  const out: Claim[] = [];
  const bySentence = new Map<string, [Span, Figure[]]>();
  for (const f of doc.figures) {
    // Related-article lines and trailing site text quote other articles.
    const block = spanAt(doc.structure.blocks, f.start);
    if (block && FOREIGN_BLOCKS.has(block.kind)) continue;
    const s = windowOf(doc, sentenceOf(doc, f), f);
    const key = `${s.start}:${s.end}`;
    if (!bySentence.has(key)) bySentence.set(key, [s, []]);
    bySentence.get(key)![1].push(f);
  }
  for (const [sentence, figures] of bySentence.values()) {
    const first = out.length;
    claimsOfSentence(doc, sentence, figures, out);
    dropRestatedKeys(doc, out, first);
    impliedRanges(doc, out.slice(first), figures);
  }
  shareEstimates(out);
  dropSelfContradicted(out);
  dropLooseTitles(doc, out);
  // An article on provinces merged or about to be (`Quảng Ngãi (cũ)`, `trước sáp nhập`, `the merged
  // province`) may give one name to the old province and to the new: its provinces' and cities'
  // figures are compared with no one's.
  const merged = MERGER.test(matchKey(doc.text));
  // `Trong đó, khách nhập cảnh bằng đường không … gần 1,5 triệu lượt`, `Trong số này, khách qua lưu
  // trú …`, `Trong đó, có 3,6 triệu lượt khách quốc tế`: visitors a breakdown counts are a part of
  // the total before it (by air, staying overnight, from abroad), not the place's visitors, unless
  // the part is a market the text names.
  // (Nor home's travellers abroad, `248,000 Vietnamese tourists who traveled to Malaysia`: a pair of
  // countries does not say which way they went.)
  // (The opening of a sentence is all `Trong đó` needs: read once per sentence, whatever its length.)
  const opensOnParts = new Map<number, boolean>();
  const partsOpening = (s: Span) => {
    let v = opensOnParts.get(s.start);
    if (v === undefined) opensOnParts.set(s.start, (v = OPENINGS.partsOfTotal.test(matchKey(doc.text.slice(s.start, Math.min(s.end, s.start + 40))))));
    return v;
  };
  const part = (c: Claim) => /^tourists/.test(c.metric) && ((!namesForeign(c.subject) && partsOpening(c.sentence)) || HOME_TRAVELLERS.test(matchKey(c.figure.text)));
  return merged || out.some(part) ? out.filter((c) => !(merged && c.subject.includes('place:')) && !part(c)) : out;
}

/**
 * A title rounds and shortens: `nhập siêu gần 2 tỷ USD trong nửa đầu năm 2021` over a body that
 * gives `thâm hụt 1,96 tỷ USD` to 15 June. A title's figure that the body gives again (within the
 * title's rounding) for another period, or for none it states, is the body's figure: the title's
 * period is no claim of its own.
 */
function dropLooseTitles(doc: DocumentAnalysis, out: Claim[]): void {
  const inTitle = (at: number) => spanAt(doc.structure.blocks, at)?.kind === 'title';
  const titles = out.filter((c) => c.role === 'level' && !c.figure.change && inTitle(c.figure.start));
  // (A title is a line or two: a longer run of figures read as one is no headline.)
  if (!titles.length || titles.length > 4) return;
  const drop = new Set<Claim>();
  for (const c of titles) {
    const [lo, hi] = plausible(c.figure, 'lenient');
    for (const g of doc.figures) {
      if (g.start <= c.figure.end || g.change || g.kind !== c.figure.kind || g.unit !== c.figure.unit || Array.isArray(g.value) || inTitle(g.start)) continue;
      if (!sameIndicator(g.metric, c.figure.metric) || g.period === c.figure.period) continue;
      if (g.value >= lo && g.value <= hi) {
        drop.add(c);
        break;
      }
    }
  }
  if (!drop.size) return;
  let w = 0;
  for (let r = 0; r < out.length; r++) if (!drop.has(out[r])) out[w++] = out[r];
  out.length = w;
}
/** One indicator, however the words name it: a balance (`thâm hụt`, `cán cân`) is the surplus or deficit a title says. */
function sameIndicator(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const balance = (m: string) => (/^trade\.(?:balance|surplus|deficit)$/.test(m) ? 'trade.balance' : m);
  return balance(a) === balance(b);
}

/** Words of provinces merged (2025): a place's name may then be the old province's or the new one's. */
const MERGER = /(?<![\p{L}])(?:sáp nhập|hợp nhất tỉnh|tỉnh mới|\(cũ\)|\(mới\)|trước sáp nhập|sau sáp nhập|merged provinces?|the merger|after merging|before merging|newly merged|(?:new|former) (?:\p{L}+ )?province)(?![\p{L}])/u;

/**
 * Two values of one article for the same frame of a body that cannot both be true as written
 * (`480.662 tỷ đồng` and `580.537 tỷ đồng`, both `doanh thu` of one group in 2024: the parent
 * company's and the group's) mean the frame missed what tells them apart. The article's own
 * contradiction is not said (within an article it is as likely a scope the text does not name),
 * and neither value is held against another article's.
 */
function dropSelfContradicted(out: Claim[]): void {
  const keyOf = (c: Claim) => `${c.metric}|${c.subject}|${c.period}|${c.role}|${c.cumulative}|${c.figure.kind}|${c.figure.unit}`;
  const groups = new Map<string, Claim[]>();
  for (const c of out) {
    // (A body's figures only: a group's and its parent company's, the consolidated and the separate
    // accounts, are what one report gives side by side under one name. A country's two values for one
    // frame are more often one of them a slip another article confirms.)
    if (!c.period || Array.isArray(c.figure.value) || !c.subject.startsWith('org:')) continue;
    const k = keyOf(c);
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  const drop = new Set<Claim>();
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const iv = g.map((c) => plausible(c.figure, 'lenient'));
    let apart = false;
    for (let i = 0; i < g.length && !apart; i++) for (let j = i + 1; j < g.length && !apart; j++) apart = disjoint(iv[i], iv[j]);
    if (apart) for (const c of g) drop.add(c);
  }
  if (!drop.size) return;
  let w = 0;
  for (let r = 0; r < out.length; r++) if (!drop.has(out[r])) out[w++] = out[r];
  out.length = w;
}

/**
 * One figure restated in an article (title, lead, body) is one claim: when one of its statements
 * says it is an estimate (`số liệu của Tổng cục Thống kê`, `ước đạt`), so are the others.
 */
function shareEstimates(out: Claim[]): void {
  const keyOf = (c: Claim) => `${c.metric}|${c.subject}|${periodKey(c.period)}|${c.role}|${c.figure.kind}|${c.figure.unit}|${JSON.stringify(c.figure.value)}`;
  const estimated = new Map<string, Claim>();
  for (const c of out) if (c.frame.status.value === 'estimate') estimated.set(keyOf(c), c);
  if (!estimated.size) return;
  for (const c of out) {
    const e = c.frame.status.value === 'actual' ? estimated.get(keyOf(c)) : undefined;
    if (e) c.frame.status = e.frame.status;
  }
}

/**
 * `the import turnover of chemicals … was 1.8 billion USD, only chemicals imported to prepare other
 * compounds reached 1.02 billion USD`, `the export of tra and tuna fish brought home US$447 million
 * and US$179 million … respectively`: two values one sentence gives for the same frame mean the frame
 * missed what tells them apart (a part, a kind, a list's order). None of them is a claim. (Claims of
 * one sentence, from `first` on.)
 */
function dropRestatedKeys(doc: DocumentAnalysis, out: Claim[], first: number): void {
  const keyOf = (c: Claim) => `${c.metric}|${c.subject}|${c.period}|${c.role}|${c.cumulative}|${c.figure.kind}|${c.figure.unit}|${c.frame.status.value}`;
  // (The start of a from–to pair whose end has its frame, `from approximately US$30 million in the
  // early years to nearly US$120 million in 2022`, took the end's period: it is no claim, the end is.)
  const starts = new Set<Claim>();
  for (let r = first; r < out.length; r++) for (let q = first; q < out.length; q++) if (q !== r && keyOf(out[r]) === keyOf(out[q]) && fromToEnd(doc, out[r].figure, out[q].figure)) starts.add(out[r]);
  if (starts.size) {
    let k = first;
    for (let r = first; r < out.length; r++) if (!starts.has(out[r])) out[k++] = out[r];
    out.length = k;
  }
  const values = new Map<string, Set<string>>();
  for (let r = first; r < out.length; r++) {
    const k = keyOf(out[r]);
    const v = values.get(k) ?? new Set<string>();
    v.add(JSON.stringify(out[r].figure.value));
    values.set(k, v);
  }
  let w = first;
  for (let r = first; r < out.length; r++) if (values.get(keyOf(out[r]))!.size === 1) out[w++] = out[r];
  out.length = w;
}

/**
 * A level followed by a change from a stated base (`đạt 1,4 tỷ USD, giảm 15% so với 1,7 tỷ USD`):
 * the base and the change bound the level more tightly than its own digits may.
 */
function impliedRanges(doc: DocumentAnalysis, claims: Claim[], figures: Figure[]): void {
  for (const c of claims) {
    if (c.role !== 'level' || c.figure.kind !== 'money' || Array.isArray(c.figure.value)) continue;
    const after = figures.filter((g) => g.start >= c.figure.end);
    const ch = after[0];
    if (!ch || ch.kind !== 'percent' || !ch.change || (ch.change.direction !== 'up' && ch.change.direction !== 'down') || matchKey(doc.text.slice(c.figure.end, ch.start)).length > 12) continue;
    const base = after[1];
    if (!base || base.unit !== c.figure.unit || base.kind !== c.figure.kind || Array.isArray(base.value) || (base.readings?.length ?? 0) >= 2) continue;
    const between = matchKey(doc.text.slice(ch.end, base.start));
    if (!/^\s*(?:so với|compared with|compared to|from)\s+(?:mức\s+|the\s+)?(?:[^\d\s]+\s+)?$/.test(between)) continue;
    // (The base and the change read closely: the writer computed one from the other.)
    const [b0, b1] = plausible(base, 'strict');
    const [p0, p1] = plausible(ch, 'strict');
    const sign = ch.change.direction === 'down' ? -1 : 1;
    const ends = [b0 * (1 + (sign * p0) / 100), b0 * (1 + (sign * p1) / 100), b1 * (1 + (sign * p0) / 100), b1 * (1 + (sign * p1) / 100)];
    const own = plausible(c.figure, 'lenient');
    const range: Interval = [Math.max(own[0], Math.min(...ends)), Math.min(own[1], Math.max(...ends))];
    // (Disagreeing pairs are the arithmetic check's; a range no narrower than the figure's own adds nothing.)
    if (range[0] > range[1] || (range[0] <= own[0] && range[1] >= own[1])) continue;
    c.implied = { range, change: ch, base };
  }
}

function claimsOfSentence(doc: DocumentAnalysis, sentence: Span, figures: Figure[], out: Claim[]): void {
  {
    const { roles } = sentenceFrames(doc, figures, sentence);
    const changes = figures.filter(isChange);
    const levels = figures.filter((g) => !isChange(g));
    for (const f of figures) {
      if (isChange(f)) {
        // (A rise written as a multiple, `tăng gấp 6,5 lần`, `2.8 times year-on-year`, is the change it states.)
        // (`the economy expanded 8.02 percent`: a rise of the product, on a copy of the figure.)
        const asRate = multipleAsRate(doc, f, sentence) ?? (f.metric === 'gdp.growth' ? { ...f, metric: 'gdp' } : null);
        const c = (asRate ? changeClaim(doc, asRate, sentence, levels) : changeClaim(doc, f, sentence, levels)) ?? rankedChange(doc, f, sentence, levels, out);
        if (c) out.push(c);
        continue;
      }
      // (A product's growth written as a rate, `tăng trưởng GRDP 7,76% trong năm 2024`, `GDP growth
      // of 5.05%`, is its change on the year before, like `GRDP tăng 7,76%`.)
      const growth = growthRate(doc, f, sentence);
      if (growth) {
        const c = changeClaim(doc, growth, sentence, levels);
        if (c) out.push(c);
        continue;
      }
      const frame = roles.get(f);
      const metric0 = f.metric ?? frame?.partner?.metric ?? null;
      // (A balance, `cán cân xuất nhập khẩu`, `trade balance`, is a surplus or a deficit the words do
      // not say: no claim, and no longer the two-way trade its words contain.)
      if (metric0 === 'trade.balance') continue;
      if (!metric0 || f.metric === 'trade') {
        // `Trung Quốc đứng thứ 2 với hơn 3,4 tỷ USD`, `The EU followed with $6.5 billion`: the
        // next market of the ranking the sentence before began.
        const ranked = rankedMarket(doc, f, sentence, out) ?? listedMarket(doc, f, sentence, out);
        if (ranked) out.push(ranked);
        continue;
      }
      if (isTarget(doc, f, sentence)) continue;
      // `billions of US dollars`, `hàng trăm doanh nghiệp`: an order of size, no value to compare.
      if (VAGUE_FIGURE.test(matchKey(f.text))) continue;
      // The whole frame must be stated by the text: a guessed indicator or product, a plan, or a
      // difference (`tăng 500 triệu USD`) is no claim a check may compare.
      const claimFrame = frameOf(doc, f, sentence, clauseOf(doc, f, sentence).start, levels);
      if (!isComparable(claimFrame, !!frame?.partner)) continue;
      // A product narrows the metric: rice exports and all exports are two metrics.
      const product = claimFrame.product.value;
      let metric = product && product !== 'all' ? `${metric0}:${product}` : metric0;
      // Investment and aid are counted in stages: ODA committed is not ODA disbursed. A figure of
      // such a flow whose sentence names no stage, or one the metric contradicts, is not compared.
      if (STAGED_INDICATORS.test(metric0)) {
        const stage = claimFrame.stage?.value;
        const refined = /\.(registered|disbursed)$/.exec(metric0)?.[1];
        if (!stage || (refined && refined !== stage)) continue;
        if (!refined) metric = `${metric}#${stage}`;
      }
      // An export unit price of a product (`giá xuất khẩu bình quân cà phê`, `giá chè xuất khẩu`) is
      // home's unless the sentence names a country, whatever pair the article dwells on; a world
      // market's price is no export price.
      // An import unit price (`giá nhập khẩu trung bình`, `average import price`) likewise.
      const flowPrice = metric0 === 'price' && !!product && product !== 'all' && !foreignInParagraph(doc, f, sentence) ? priceFlow(claimFrame.indicator.text) : null;
      // (An import price beside other markets may be one market's: not compared.)
      if (!flowPrice && metric0 === 'price' && priceFlow(claimFrame.indicator.text) === 'import') continue;
      let subject = flowPrice ? HOME : directional(doc, f, metric0, sentence, !!product && product !== 'all') ?? (claimFrame.localPlace && isCountryMetric(metric0) ? HOME : null);
      if (flowPrice) metric = metric.replace(/^price/, `price.${flowPrice}`);
      if (!subject) continue;
      // One sector's part of the flow (`khu vực có vốn đầu tư nước ngoài đạt 259,95 tỷ USD`) is no
      // country's whole.
      if (claimFrame.sector) continue;
      // A province or city named before the figure in its sentence makes the figure that city's
      // (`TP.HCM nhận 7,1 tỷ USD kiều hối`); one the vocabulary cannot name makes a national
      // subject a guess.
      if (claimFrame.local && !subject.includes('@') && !subject.startsWith('place:')) {
        if (!claimFrame.localPlace) continue;
        subject = `${claimFrame.localPlace}@${subject}`;
      }
      [metric, subject] = mirrored(metric, subject, claimFrame);
      // A bare `$` beside a partner that counts in dollars of its own (`$16.9 billion` in an article
      // on Australia) may not be US dollars.
      if (f.unit === 'USD' && /(?:^|[^A-Za-z])\$/.test(f.text) && !/US\s?\$|USD|U\.S\./i.test(f.text) && DOLLAR_COUNTRIES.test(subject)) continue;
      const inferredRef = !firmReference(doc);
      let period = f.period;
      let stated = periodIsStated(f);
      if (frame?.role === 'base' && !frame.partner) {
        // `tăng 2,5% so với 146,8 triệu USD`: the base belongs to the change's base period,
        // unless the text dates it itself (`so với mức 600 triệu USD năm 2022`).
        const change = [...changes].sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0];
        const own = stated && f.period !== change?.period && f.period !== (change ? figures.find((g) => !isChange(g) && g !== f && g.period)?.period : undefined);
        if (!own) {
          period = change?.change?.base ?? null;
          stated = !!period;
        }
      } else if (frame) {
        const ends = yearsEnds(f.period) ?? yearsEnds(frame.partner?.period ?? null);
        if (ends) period = frame.role === 'base' ? ends[0] : ends[1];
        else if (frame.role === 'base' && frame.partner && f.period === frame.partner.period && !ownPeriods(f, frame.partner)) {
          // `Năm 2023, xuất khẩu tăng từ 100 lên 120 triệu USD`: the sentence's period is the
          // end's; the base's period is not stated.
          period = null;
          stated = false;
        }
      }
      if (tinyNationalTotal(metric, subject, f, claimFrame.yearToDate && period === f.period ? claimFrame.yearToDate.period : period)) continue;
      let cumulative = isCumulative(doc, f, sentence, figures);
      if (claimFrame.yearToDate && period === f.period) {
        // `tính đến hết tháng 9`: the nine months from January, a flow like `9 tháng đầu năm`.
        period = claimFrame.yearToDate.period;
        cumulative = false;
      } else if (cumulative && (isYearToDate(period) || twelveMonths(period))) {
        // `lũy kế 8 tháng đầu năm`: a year-to-date flow, the same claim as `8 tháng đầu năm`.
        // (`Lũy kế 12 tháng năm 2023`: the year's flow.)
        cumulative = false;
      }
      out.push({
        uri: doc.uri,
        doc,
        figure: f,
        metric,
        subject,
        period,
        periodStated: stated,
        role: frame?.role ?? 'level',
        sentence,
        cumulative,
        relativePeriod: relativeOnly(doc, f, period, figures, inferredRef),
        frame: unfinished(doc, period, inferredRef) && claimFrame.status.value === 'actual' ? { ...claimFrame, status: { value: 'estimate', text: 'before its period ended' } } : claimFrame,
      });
    }
  }
}

/**
 * Whether a period ends after a firm date of writing (`10 tháng năm 2025 … đạt 67.960 tỷ đồng` on
 * 29 October): what is reported for it can only be an estimate, whatever verb it is written with.
 */
function unfinished(doc: DocumentAnalysis, period: IsoPeriod | null, inferredRef: boolean): boolean {
  if (inferredRef || !doc.referenceDate) return false;
  const p = parsePeriod(period);
  const ref = Date.parse(doc.referenceDate.date);
  return !!p && !Number.isNaN(ref) && p.lastDay * 86_400_000 > ref;
}

/**
 * All goods' exports or imports of home, in dollars, were above 400 million USD a month by the
 * mid-1990s, 2 billion by 2005, 4 billion by 2010 (a Tết February included), 10 billion by 2015
 * and 17 billion by 2020: a "national total" under about half that a month (`Quý I năm 2024, xuất
 * khẩu đạt 110,5 triệu USD`, `tổng kim ngạch xuất khẩu 10 tháng đầu năm 2025 đạt khoảng 7,05 tỷ USD`
 * in an article on one industry) is some goods' the engine did not read, and says nothing. The
 * floor for a period is the one of the year it starts in.
 */
const NATIONAL_FLOOR_PER_MONTH = 300e6;
const NATIONAL_FLOORS: [number, number][] = [
  [2020, 8e9],
  [2015, 5e9],
  [2010, 2e9],
  [2005, 1e9],
];
function nationalFloorPerMonth(year: number): number {
  for (const [from, floor] of NATIONAL_FLOORS) if (year >= from) return floor;
  return NATIONAL_FLOOR_PER_MONTH;
}
/**
 * Likewise the country's retail sales of goods and services, in dong, above 50 trillion a month
 * since 2008: `tổng mức bán lẻ … tháng 8 đạt 6.370 tỷ đồng` is a province's, whose name the text
 * did not give.
 */
const RETAIL_FLOOR_PER_MONTH = 50e12;
function tinyNationalTotal(metric: string, subject: string, f: Figure, period: IsoPeriod | null): boolean {
  if (subject !== HOME || f.kind !== 'money' || Array.isArray(f.value)) return false;
  const retail = /^retail/.test(metric) && f.unit === 'VND';
  if (!retail && ((metric !== 'export' && metric !== 'import') || f.unit !== 'USD')) return false;
  const p = parsePeriod(period);
  // (Before 1995 the floor does not hold: 2,4 tỷ USD was all of 1990's exports.)
  if (p && p.from.y < (retail ? 2008 : 1995)) return false;
  const months = p && !p.days ? Math.max(1, p.months) : 1;
  return (f.value as number) < (retail ? RETAIL_FLOOR_PER_MONTH : p ? nationalFloorPerMonth(p.from.y) : NATIONAL_FLOOR_PER_MONTH) * months;
}

/** Two figures each dated by words of its own (`từ 165 triệu USD năm 2012 lên 364 triệu USD vào năm ngoái`). */
function ownPeriods(a: Figure, b: Figure): boolean {
  return !!a.periodSpan && !!b.periodSpan && a.periodSpan.start !== b.periodSpan.start;
}

/**
 * A period read relative to a guessed date of writing (`năm ngoái`, `this year`), which may be a
 * year off, or a rolling one (`the past ten months`) — unless a change in the sentence names its
 * base in full, a year before (`totaled 8.6 billion USD last year, up 29% from 2021`, `5 tháng đầu
 * năm nay …, tăng 2% so với cùng kỳ năm 2023`): the text itself then fixes the year.
 */
/**
 * Whether the words a period came from name no year (`the January - May period`, `tháng 9`): with
 * a date of writing only inferred, the year is a guess.
 */
function yearGuessed(source: string): boolean {
  const quoted = [...source.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  return quoted.length > 0 && quoted.every((q) => !/\d{4}|[-/'’]\s?\d{2}(?!\d)/.test(q));
}

/**
 * A window counted back from a firm date of writing in the first days of a month that is the year
 * so far (`in the last 10 months`, written on 2 November: January to October): the text fixes it.
 * (`the past two months` written on 15 March runs from mid-January: no calendar period.)
 */
function yearSoFar(doc: DocumentAnalysis, period: IsoPeriod | null): boolean {
  const m = /^(\d{4})-01\/(\d{4})-(\d{2})$/.exec(period ?? '');
  const ref = /^(\d{4})-(\d{2})-(\d{2})$/.exec(doc.referenceDate?.date ?? '');
  if (!m || !ref || m[1] !== m[2] || Number(ref[3]) > 7) return false;
  return Number(ref[1]) * 12 + Number(ref[2]) === Number(m[2]) * 12 + Number(m[3]) + 1;
}

function relativeOnly(doc: DocumentAnalysis, f: Figure, period: IsoPeriod | null, figures: Figure[], inferredRef: boolean): boolean {
  const source = matchKey(f.periodSource ?? '');
  // (A year so far the text ends nowhere, `lũy kế từ đầu năm` on 2 December, ends where the date of
  // writing guesses: the data are often a month or two older.)
  if (ROLLING.test(source) || YEAR_SO_FAR.test(source)) return !(!inferredRef && yearSoFar(doc, period));
  // (`has exported 15.59 million tons this year` in September: the year so far, not the whole year.)
  if (/^\d{4}$/.test(period ?? '') && THIS_YEAR_ALONE.test(source) && Number((doc.referenceDate?.date ?? '').slice(5, 7) || 12) < 12 && (doc.referenceDate?.date ?? '').startsWith(period!)) return true;
  if (!inferredRef) return false;
  if (!RELATIVE.test(source) && !yearGuessed(source)) return false;
  if (!period) return true;
  if (monthAnchored(doc, f, period)) return false;
  const yearBefore = period.replace(/\d{4}/g, (y) => String(Number(y) - 1));
  return !figures.some((g) => {
    const c = g.change;
    return isChange(g) && c?.base === yearBefore && !!c.baseSpan && /\d{4}/.test(doc.text.slice(c.baseSpan.start, c.baseSpan.end)) && g.period === period;
  });
}

/**
 * Whether the months from January a figure's period counts (`Luỹ kế 6 tháng`) end on a month the
 * text dates in full just before it — in its sentence or the one before in its paragraph (`… trong
 * tháng 6/2025 đã giảm 26%. Luỹ kế 6 tháng, xuất khẩu … đạt 891 triệu USD`): the text fixes the year.
 */
function monthAnchored(doc: DocumentAnalysis, f: Figure, period: IsoPeriod): boolean {
  const m = /^(\d{4})-01\/(\d{4})-(\d{2})$/.exec(period);
  if (!m || m[1] !== m[2]) return false;
  const month = `${m[1]}-${m[3]}`;
  const sentence = claimSentence(doc, f);
  const prev = previousSentence(doc, sentence.start);
  const near = [...(prev ? figuresWithin(doc, prev) : []), ...figuresWithin(doc, sentence).filter((g) => g.end <= f.start)];
  return near.some((g) => g.period === month && /\d{4}/.test(g.periodSource ?? ''));
}

/**
 * The claim of a market a ranking goes on with: a sentence that opens on a country and a ranking
 * verb (`Trung Quốc đứng ở vị trí thứ 2 với …`, `The US ranked second with …`, `The EU followed
 * with …`) right before its figure, after a sentence of the same paragraph whose claim is home's
 * flow to another market. The flow, product, period and status are that claim's; the partner is
 * the country named. Anything else — another kind of figure, no such claim — says nothing.
 */
const RANKING_LEAD = /^\s*(?:the\s+)?(\p{L}[\p{L} ().-]{0,40}?)\s+(?:(?:vẫn\s+)?(?:đứng|xếp)(?:\s+ở)?(?:\s+vị trí)?\s+thứ\s+\S+|ranked\s+\S+|came\s+\S+|was\s+(?:second|third|fourth|fifth)|followed|(?:là\s+)?thị trường\s+(?:lớn\s+)?thứ\s+\S+)\s*,?\s*(?:\S+\s+){0,3}?(?:với|with|đạt|at)\s+(?:(?:hơn|gần|khoảng|trên|more than|nearly|about|over|some)\s+)?(?:us\$|\$)?\s*$/u;
const FOLLOWED_BY = /^\s*(?:it|this|they|that)\s+(?:was|were|is|are)\s+followed\s+by\s+(?:the\s+)?\p{L}[\p{L} ().-]{0,40}?\s+(?:with|at)\s+(?:(?:more than|nearly|about|over|some)\s+)?(?:us\$|\$)?\s*$/u;
/** `Đứng sau (thị trường) X là (thị trường) `, `Xếp thứ hai là `: group 1 is the lead up to the market. */
const INVERTED_RANKING = /^(\s*(?:đứng|xếp)\s+(?:ở\s+)?(?:vị trí\s+)?(?:thứ\s+\S+|sau\s[^,.;]{1,80}?)\s+là\s+(?:thị trường\s+)?)\p{L}[\p{L} ().-]{0,40}?\s*,?\s*(?:với|đạt)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/u;

/** What stands between a ranked market's volume and its value: `, tương đương 590 triệu USD`. */
const VALUE_AFTER_VOLUME = /^(?:\s+(?:trong|in)\s[^,;]{1,40})?\s*,?\s*(?:tương đương|trị giá|với trị giá|đạt trị giá|worth|valued at)\s+(?:(?:hơn|gần|khoảng|trên|more than|nearly|about|over)\s+)?(?:us\$|\$)?\s*$/u;

function rankedMarket(doc: DocumentAnalysis, f: Figure, sentence: Span, claims: Claim[]): Claim | null {
  let lead = matchKey(doc.text.slice(sentence.start, f.start));
  // (The value after a ranked market's volume, `Brazil đứng thứ 2 với 279 nghìn tấn …, tương đương 492
  // triệu USD`, is the market's too: read from the volume's lead.)
  if (f.kind === 'money' && !RANKING_LEAD.test(lead) && !FOLLOWED_BY.test(lead)) {
    const volume = figuresWithin(doc, { start: sentence.start, end: f.start }).filter((g) => g.kind === 'measure').pop();
    if (volume && VALUE_AFTER_VOLUME.test(matchKey(doc.text.slice(volume.end, f.start))) && RANKING_LEAD.test(matchKey(doc.text.slice(sentence.start, volume.start)))) {
      lead = matchKey(doc.text.slice(sentence.start, volume.start));
    }
  }
  const followed = FOLLOWED_BY.test(lead);
  // `Đứng sau thị trường chủ đạo Achentina là thị trường Brazil đạt 1,43 triệu tấn`: the market is
  // the one named after `là`, the one before it is compared.
  const inverted = !followed && !RANKING_LEAD.test(lead) ? INVERTED_RANKING.exec(lead) : null;
  if (!followed && !inverted && !RANKING_LEAD.test(lead)) return null;
  // (A bloc opening the ranking sentence is a market too: `The EU followed with $6.5 billion`.)
  const blocAtStart = doc.entities.filter((e) => e.type === 'organization' && BLOCS.has(e.entityId) && e.start >= sentence.start && /^\s*(?:the\s+)?$/i.test(doc.text.slice(sentence.start, e.start))).map((e) => ({ ...e, countryCode: e.entityId }));
  const mentions = [...blocAtStart, ...within(partnerMentions(doc), { start: sentence.start, end: f.start })].sort((a, b) => a.start - b.start);
  const first = inverted ? mentions[mentions.length - 1] : mentions[0];
  if (!first || first.countryCode === HOME) return null;
  if (inverted) {
    // (Only the country right after `là`, nothing between it and the figure but the ranking's words.)
    if (matchKey(doc.text.slice(sentence.start, first.start)).trimEnd() !== inverted[1].trimEnd()) return null;
  } else {
    if (!followed && matchKey(doc.text.slice(sentence.start, first.start)).replace(/^\s*the\s+/, '').trim() !== '') return null;
    if (codesIn(mentions, { start: sentence.start, end: f.start }).length !== 1) return null;
  }
  // (A paragraph for each market: the sentence before may close the paragraph before. Sentences on
  // the first market that state no flow — its price, its share, what it ranks elsewhere — may stand
  // between, up to three of them.)
  // (The level of the same measure: `Exports to the US reached 64,112 tonnes, valued at $337.8
  // million` before `Germany ranked second, with 14,346 tonnes`.)
  let prev = previousSentence(doc, sentence.start, true);
  let before: Claim | undefined;
  for (let k = 0; prev && k < 4; k++) {
    const p = prev;
    const inPrev = claims.filter((c) => c.sentence.start >= p.start && c.sentence.end <= p.end);
    before = [...inPrev].reverse().find((c) => c.role === 'level' && /^(?:export|import)/.test(c.metric) && /^VN>[A-Z]{2}$/.test(c.subject) && c.figure.kind === f.kind && c.figure.unit === f.unit);
    if (before || inPrev.some((c) => c.role === 'level' && (c.figure.kind === 'money' || c.figure.kind === 'measure') && !c.figure.unit?.includes('/') && /^(?:export|import|trade)/.test(c.metric))) break;
    prev = previousSentence(doc, p.start, true);
  }
  if (!before || !before.period || !before.periodStated) return null;
  // (A period of its own, stated in the ranking sentence, is the market's: `Brazil đứng thứ 2 với 338
  // nghìn tấn trong 5 tháng đầu năm` after seven months of the first market.)
  const own = !!f.period && !!f.periodSpan && f.periodSpan.start >= sentence.start && f.periodSpan.end <= sentence.end;
  if (f.period && f.period !== before.period && f.period !== before.figure.period && !own) return null;
  const subject = `${HOME}>${first.countryCode}`;
  if (subject === before.subject) return null;
  return { ...before, figure: f, subject, sentence, implied: undefined, ...(own && f.period !== before.period ? { period: f.period, cumulative: false } : {}) };
}

/** Words of a list of markets (`Other major destinations include`, `các thị trường khác như`). */
const MARKET_LIST = /(?:destinations?|markets?|importers?|buyers?|thị trường|đối tác|nhà nhập khẩu)\b[^.;]{0,40}?(?:include|included|including|are|were|such as|namely|gồm|bao gồm|như|là)\b/u;

/**
 * A market's level in brackets after its name in a list of markets (`Other major destinations
 * include the UAE (14,540 tons, 6.6%, up 45%), Germany (13,737 tons, …)`): the frame of the level the
 * sentence before gives for another market, in the same measure, for this one.
 */
function listedMarket(doc: DocumentAnalysis, f: Figure, sentence: Span, claims: Claim[]): Claim | null {
  // (Looked for just before the figure: a search back through the whole text for each figure would
  // make a text without brackets quadratic.)
  const from = Math.max(sentence.start, f.start - 8);
  const at = doc.text.slice(from, f.start).lastIndexOf('(');
  const open = at < 0 ? -1 : from + at;
  if (open < sentence.start || doc.text.slice(open + 1, f.start).trim() !== '') return null;
  const mentions = within(partnerMentions(doc), { start: sentence.start, end: open });
  const market = mentions[mentions.length - 1];
  if (!market || market.countryCode === HOME || doc.text.slice(market.end, open).trim() !== '') return null;
  const head = matchKey(doc.text.slice(sentence.start, mentions[0].start));
  if (!MARKET_LIST.test(head)) return null;
  const prev = previousSentence(doc, sentence.start, true);
  if (!prev) return null;
  const before = [...claims].reverse().find((c) => c.sentence.start >= prev.start && c.sentence.end <= prev.end && c.role === 'level' && /^(?:export|import)/.test(c.metric) && /^VN>[A-Z]{2}$/.test(c.subject) && c.figure.kind === f.kind && c.figure.unit === f.unit);
  if (!before || !before.period || !before.periodStated) return null;
  if (f.period && f.period !== before.period && f.period !== before.figure.period) return null;
  const subject = `${HOME}>${market.countryCode}`;
  if (subject === before.subject) return null;
  return { ...before, figure: f, subject, sentence, implied: undefined };
}

/**
 * The year-on-year change of a ranked market's level (`Trung Quốc đứng ở vị trí thứ 2 với hơn 3,4
 * tỷ USD, giảm 14% so với cùng kỳ năm trước`): the frame of the level's claim, the measure of its
 * figure.
 */
function rankedChange(doc: DocumentAnalysis, f: Figure, sentence: Span, levels: Figure[], claims: Claim[]): Claim | null {
  if (f.kind !== 'percent' || !f.change || (f.change.direction !== 'up' && f.change.direction !== 'down') || f.metric) return null;
  const before = levels.filter((g) => g.end <= f.start && f.start - g.end <= 40).pop();
  if (!before) return null;
  const level = claims.find((c) => c.figure === before && c.role === 'level' && c.sentence.start === sentence.start);
  const leadIn = matchKey(doc.text.slice(sentence.start, before.start));
  if (!level || !(RANKING_LEAD.test(leadIn) || FOLLOWED_BY.test(leadIn))) return null;
  const after = matchKey(doc.text.slice(f.end, Math.min(sentence.end, f.end + 80)));
  const p = parsePeriod(level.period);
  if (!p || PREVIOUS_PERIOD.test(after)) return null;
  const implicit = !f.change.base && !/^[^.;]{0,12}(?:so với|compared|from|over|than)/.test(after) && (p.kind === 'year' || (p.from.m === 1 && p.months > 1));
  if (!implicit && !YEAR_ON_YEAR.test(after)) return null;
  const measure = before.kind === 'money' ? 'value' : before.kind === 'measure' || before.kind === 'count' ? 'volume' : null;
  if (!measure) return null;
  return { ...level, figure: f, role: 'change', metric: `${level.metric}~${measure}.yoy`, implied: undefined };
}


/**
 * A partner's imports from home (`Trung Quốc nhập khẩu hạt điều từ Việt Nam`) are home's exports to
 * it, as home's statistics count them, unless the text names the partner's own statistics.
 */
function mirrored(metric: string, subject: string, frame: ClaimFrame): [string, string] {
  const m = /^([A-Z]{2})>([A-Z]{2})$/.exec(subject);
  if (!m || m[2] !== HOME || m[1] === HOME || !/^import(?=$|[:#~])/.test(metric) || frame.source?.kind === 'foreign') return [metric, subject];
  return [metric.replace(/^import/, 'export'), `${HOME}>${m[1]}`];
}

/**
 * Whether a country other than home is named in the figure's sentence or earlier in its paragraph
 * (`Xếp thứ 2 là thị trường Trung Quốc … Giá xuất khẩu đạt 5.576 USD/tấn`): a price there is that
 * market's.
 */
function foreignInParagraph(doc: DocumentAnalysis, f: Figure, sentence: Span): boolean {
  const block = spanAt(doc.structure.blocks, f.start);
  // (At most a stretch of the paragraph before the figure: a paragraph of endless figures stays linear.)
  const span = { start: Math.max(block ? Math.min(block.start, sentence.start) : sentence.start, Math.min(sentence.start, f.start - STRETCH)), end: sentence.end };
  return codesIn(within(partnerMentions(doc), span), span).some((c) => c !== HOME) || unnamedMarket(matchKey(doc.text.slice(span.start, f.start)));
}

/** Partners whose own currency is a dollar. */
const DOLLAR_COUNTRIES = /\b(?:AU|CA|SG|NZ|HK|TW)\b/;

/** A period of whole months from January within one year (`2023-01/2023-08`): a year-to-date flow. */
function isYearToDate(iso: IsoPeriod | null): boolean {
  const p = parsePeriod(iso);
  return !!p && !p.days && p.from.m === 1 && p.from.y === p.to.y && p.months > 1 && p.months < 12;
}

/** The twelve months of one year written as months (`2023-01/2023-12`, `12 tháng năm 2023`), not as a year. */
function twelveMonths(iso: IsoPeriod | null): boolean {
  const p = parsePeriod(iso);
  return !!p && !p.days && p.from.m === 1 && p.from.y === p.to.y && p.months === 12 && !!iso && iso.includes('/');
}

/** Words after a change that make its base the same period a year earlier. */
const YEAR_ON_YEAR = /^[^.;]{0,12}(?:so với cùng kỳ|so cùng kỳ|cùng kỳ năm|year[- ]on[- ]year|y-o-y|\byoy\b|from a year earlier|from a year ago|over the same period|compared to the same period|compared with the same period|on the same period)/;
/** Words after a change that make its base the month or quarter before. */
const PREVIOUS_PERIOD = /^[^.;]{0,12}(?:so với tháng trước|so với quý trước|so với tháng \d|month[- ]on[- ]month|from the previous month|from a month earlier|quarter[- ]on[- ]quarter)/;
const PAIRED_CHANGE = /^(\s*(?:về|in)\s+(?:lượng|khối lượng|trị giá|giá trị|kim ngạch|volume|value))\s*(?:và|and|but|nhưng|,)\s+(?:(?:tăng|giảm|up|down)\s+)?(?:mạnh\s+|tới\s+|lên\s+)?[\d.,]+\s*(?:%|percent|per cent)\s*(?:về|in)\s+(?:lượng|khối lượng|trị giá|giá trị|kim ngạch|volume|value)/;
// (`down 16.9 per cent year-on-year in volume`: the words of the base may come first.)
const DIRECTION_NOUN = '(?:(?:year-on-year|year on year|y-o-y|yoy|so với cùng kỳ|so cùng kỳ)\\s+)?(?:(?:decrease|increase|decline|rise|drop|fall|growth|surge|jump|gain|slump)\\s+)?';
const VOLUME_AFTER = new RegExp(`^\\s*${DIRECTION_NOUN}(?:về|in|by)\\s+(?:lượng|số lượng|khối lượng|sản lượng|volume|quantity)`);
const VALUE_AFTER = new RegExp(`^\\s*${DIRECTION_NOUN}(?:(?:về|in|in terms of)\\s+)?(?:trị giá|giá trị|kim ngạch|value|revenue)(?![\\p{L}])`, 'u');
const PRICE_AFTER = new RegExp(`^\\s*${DIRECTION_NOUN}(?:(?:về|in|in terms of)\\s+)(?:giá|đơn giá|(?:the\\s+)?(?:average\\s+)?(?:unit\\s+)?prices?)(?!\\s*trị)(?![\\p{L}])`, 'u');
/** A change of volume right before, joined by `và`/`and` (and the next change's verb). */
const AFTER_VOLUME_CHANGE = /\d\s*(?:%|percent|per cent)\s+(?:về|in|by)\s+(?:lượng|khối lượng|số lượng|volume|quantity)\s*(?:và|and)\s+(?:(?:tăng|giảm|up|down|rose|fell)\s+)?(?:mạnh\s+|tới\s+|lên\s+|by\s+)?$/u;
/** The measure named right before a change in its clause (`khối lượng … giảm 2,3%`, `giá trị lại tăng 48,2%`). */
// (`lượng` alone, not of `năng lượng`, energy, or `chất lượng`, quality.)
const VOLUME_BEFORE = /(?:khối lượng|sản lượng|(?<![\p{L}])(?<!(?:năng|chất)\s)lượng|volume)(?:\s+[^\s\d,;]+){0,6}\s*$/u;
const VALUE_BEFORE = /(?:giá trị|trị giá|kim ngạch|(?<![\p{L}])value)(?:\s+[^\s\d,;]+){0,6}\s*$/u;
const VOLUME_WORDS = /(?<![\p{L}])(?<!(?:năng|chất)\s)(?:lượng|khối lượng|sản lượng|tấn|volume|tonnes|tons)(?![\p{L}])/u;

const CHANGE_INDICATORS = /^(?:export|import|trade|investment|fdi|remittance|tourists|aid|price|iip|gdp$|retail$|budget$)/;
/**
 * Indices and aggregates whose change has one measure, the index's or the aggregate's (`chỉ số sản
 * xuất công nghiệp (IIP) … tăng 8,6%`, `GRDP … tăng 7,17%`, `tổng mức bán lẻ … tăng 9,6%`).
 */
const INDEX_INDICATORS = /^(?:iip|gdp|retail|budget)$/;
/**
 * The branch of an aggregate named between its name and the change (`GDP tăng 5,05%, trong đó khu
 * vực dịch vụ tăng 6,82%`; `doanh thu dịch vụ lưu trú, ăn uống tăng 13%`): that branch's change; so
 * is the product per head (`GRDP bình quân đầu người đạt 81,84 triệu đồng, tăng 10,48%`).
 */
const AGGREGATE_BRANCH = /(?<![\p{L}])(?:đầu người|per capita|per head|nội địa|xuất nhập khẩu|dầu thô|thuế|phí|tiền sử dụng đất|domestic|crude|taxes?|fees?|khu vực|ngành|nhóm ngành|lĩnh vực|doanh thu|dịch vụ|nông|lâm|thủy sản|thuỷ sản|công nghiệp|xây dựng|bán buôn|lưu trú|du lịch|sectors?|industry|industries|agricultur\w*|services|manufacturing|construction|tourism|accommodation|catering)(?![\p{L}])/u;
/** Aggregates' names, after which the branch words are looked for. */
const AGGREGATE_NAME = /(?:tăng trưởng kinh tế|economic growth|(?:economy|kinh tế) (?:grew|expanded|grows|expands|tăng trưởng)|thu ngân sách(?: nhà nước)?|ngân sách nhà nước|(?:state )?budget revenues?|grdp|gdp|tổng sản phẩm(?: trong nước| quốc nội| trên địa bàn)?|gross (?:regional )?domestic product|tổng mức bán lẻ hàng hóa và doanh thu dịch vụ(?: tiêu dùng)?|tổng mức bán lẻ|retail sales(?: of (?:consumer )?goods and (?:consumer )?services)?)/gu;
/** Bodies whose numbers on a product's growth are projections: international lenders, rating agencies, banks. */
const FORECASTERS = /(?<![\p{L}])(?:imf|wb|adb|amro|oecd|hsbc|uob|standard chartered|fitch|moody'?s|world bank|ngân hàng thế giới|quỹ tiền tệ quốc tế|international monetary fund|ngân hàng phát triển châu á|asian development bank)(?![\p{L}])/u;
const OIL_EXCLUDED = /(?:trừ|không (?:tính|kể|bao gồm)|ngoài)\s+(?:dầu|dầu thô|dầu khí)|(?:excluding|without|ex-?)\s*(?:crude\s+)?(?:oil|gas)|(?:oil|gas)(?:\s+and\s+(?:crude\s+)?(?:oil|gas))?\s+excluded/;
/** A change in real terms beside the nominal one (`nếu loại trừ yếu tố giá tăng 7,1%`, `in real terms`). */
const REAL_TERMS = /loại trừ yếu tố giá|loại trừ yếu tố tăng giá|theo giá so sánh|excluding (?:the )?price|in real terms|at constant prices/;
/** Words that make an index one branch's, one product's or one place's. */
const BRANCH = /(?<![\p{L}])(?:ngành|nhóm ngành|lĩnh vực|sản phẩm|mặt hàng|sản xuất và phân phối|khai khoáng|chế biến|địa phương|tỉnh|thành phố|sectors?|industry|industries|products?|manufacturing|processing|mining|electricity|province|city|localities)(?![\p{L}])/u;
/** The whole of industry, which the national index is of. */
const WHOLE_INDUSTRY = /(?:toàn ngành công nghiệp|chỉ số sản xuất công nghiệp|whole industry|industrial production|industrial sector as a whole)/gu;

function yearEarlier(iso: IsoPeriod): IsoPeriod {
  return iso.replace(/\d{4}/g, (y) => String(+y - 1));
}

/**
 * A stated year-on-year change as a claim: `tôm giảm 28% so với cùng kỳ` in a sentence on the
 * first ten months of 2023. Every field of its frame must be stated, as for a level; its measure
 * is the value unless the text says volume (`giảm 6,1% về lượng`), or the level it follows is a
 * volume; a change whose sentence speaks of volume and value and does not say which is no claim.
 */
/** `tăng trưởng GRDP`, `tăng trưởng kinh tế`, `GDP growth`, `economic growth` right before a rate. */
// (`tăng trưởng GRDP của tỉnh Tây Ninh đạt 9,52%`: the place whose product it is may stand between;
// `GRDP estimated at 9.63%`: a product's rate is its growth.)
const GROWTH_BEFORE = /(?:tăng trưởng(?:\s+(?:kinh tế|gdp|grdp))?(?:\s+của(?:\s+[\p{L}.]+){1,5}?(?=\s+(?:đạt|ước đạt|ước tính|là|ở mức)))?(?:\s+(?:của|đạt|ước đạt|ước tính|là|ở mức))*|(?:gdp|grdp|economic) growth(?:\s+(?:of|at|was|reached|stood at|rate of))*|(?:gdp|grdp|economy) (?:grew|expanded)(?:\s+by)?|(?:gdp|grdp) (?:was |is )?estimated at)\s*(?:(?:khoảng|gần|hơn|trên|about|nearly|over|some)\s+)?$/u;

/**
 * A product's growth rate written as a level (`tăng trưởng GRDP 7,76%`), as the change it states:
 * the same figure with the direction its sign gives. Null for anything else.
 */
function growthRate(doc: DocumentAnalysis, f: Figure, sentence: Span): Figure | null {
  if (f.kind !== 'percent' || f.change || Array.isArray(f.value) || !(f.metric === 'gdp' || f.metric === 'gdp.growth')) return null;
  const before = matchKey(doc.text.slice(Math.max(sentence.start, f.start - 60), f.start));
  if (!GROWTH_BEFORE.test(before) && !growthInClause(doc, f, sentence)) return null;
  const down = f.value < 0 || /(?:âm|giảm|negative|contraction of)\s*$/.test(before);
  return { ...f, metric: 'gdp', value: Math.abs(f.value), change: { direction: down ? 'down' : 'up' } };
}

/**
 * Words of a product's growth (`tốc độ tăng GRDP`: the statistics office's); words that make a rate
 * a share, a contribution or an average over years (`tốc độ tăng bình quân 6%`) instead.
 */
const GROWTH_WORD = /(?<![\p{L}])(?:tăng trưởng|tốc độ tăng|growth)(?![\p{L}])/u;
const NOT_GROWTH = /(?<![\p{L}])(?:chiếm|tỷ trọng|tỉ trọng|đóng góp|bình quân|trung bình|average|share|accounts? for|accounted for|contribut\p{L}*|per capita|of (?:the )?(?:gdp|grdp))(?![\p{L}])/u;

/**
 * `tốc độ tăng trưởng kinh tế (GRDP) 9 tháng đầu năm của tỉnh đạt 9,52%`, `the local economy
 * maintained a high growth rate, GRDP estimated at 9.63%`: a product's rate in a clause that speaks
 * of its growth and of no share, with no other figure between.
 */
function growthInClause(doc: DocumentAnalysis, f: Figure, sentence: Span): boolean {
  let from = Math.max(sentence.start, f.start - 120);
  for (const g of figuresWithin(doc, { start: from, end: f.start })) if (g !== f && g.end <= f.start) from = Math.max(from, g.end);
  const before = matchKey(doc.text.slice(from, f.start));
  const after = matchKey(doc.text.slice(f.end, Math.min(sentence.end, f.end + 30)));
  return GROWTH_WORD.test(before) && !NOT_GROWTH.test(before) && !/^\s*(?:của|of)\s+(?:gdp|grdp|tăng trưởng|growth)/u.test(after) && !/^\s*(?:so với|compared)/u.test(after);
}

/** A verb of rise right before a multiple (`tăng gấp`, `rose`, `up`, `grew to`), or the pair it ends (`up 43% in quantity and 2.8 times in value`). */
const RISE_BEFORE = /(?:tăng|cao|lớn|nhiều)(?:\s+(?:mạnh|vọt|tới|đến|lên|hơn))*\s+(?:gấp\s+)?$|(?:up|rose|risen|increased|grew|jumped|surged|soared)(?:\s+(?:by|to|nearly|almost|over|more than|exponentially))*\s+$|(?:%|times|lần)(?:\s+(?:in|về)\s+(?:volume|value|quantity|lượng|trị giá|kim ngạch))?\s+(?:and|và)\s+(?:tăng\s+)?(?:gấp\s+)?$/u;
/** A period named as the base after a multiple: `so với cùng kỳ`, `year-on-year`, `from the previous year`. */
const TIME_BASE_AFTER = /^[^.;]{0,30}?(?:so với (?:cùng kỳ|năm|tháng|quý|\d)|so cùng kỳ|cùng kỳ|year-on-year|year on year|y-o-y|yoy|on-year|(?:from|over|than|compared (?:to|with)) (?:the (?:previous|same|prior|last|corresponding)|a year|last year|\d{4}|the year before))/u;
/** A noun of rise right after: `a fourfold increase`, `a 3.5-fold rise`. */
const RISE_AFTER = /^\s*(?:increase|rise|jump|growth)(?![\p{L}])/u;

/**
 * A rise written as a multiple of its base (`tăng gấp 6,5 lần so với cùng kỳ`, `up 2.8 times
 * year-on-year`, `a fourfold increase from the previous year`), as the rate it states: ×6,5 is
 * +550%, on a copy whose text is that rate, so its rounding is the multiple's (6,5 is 6,45 to 6,55,
 * so +545% to +555%). Only with a word of rise next to it: `gấp đôi Trung Quốc` compares two
 * things, not a period with its base. Null for anything else.
 */
function multipleAsRate(doc: DocumentAnalysis, f: Figure, sentence: Span): Figure | null {
  if (f.kind !== 'multiple' || Array.isArray(f.value) || f.value <= 1 || f.value > 1000 || (f.readings?.length ?? 0) >= 2) return null;
  if (f.change && f.change.direction !== 'up') return null;
  const before = matchKey(doc.text.slice(Math.max(sentence.start, f.start - 30), f.start));
  const after = matchKey(doc.text.slice(f.end, Math.min(sentence.end, f.end + 20)));
  if (!RISE_BEFORE.test(before) && !RISE_AFTER.test(after)) return null;
  // (And only against a period the text names as its base: `lớn gấp đôi sang Trung Quốc` compares
  // two markets, though a rise word stands before it.)
  if (!f.change?.base && !TIME_BASE_AFTER.test(matchKey(doc.text.slice(f.end, Math.min(sentence.end, f.end + 60))))) return null;
  const rate = Math.round((f.value - 1) * 100 * 1e6) / 1e6;
  return { ...f, kind: 'percent', unit: '%', value: rate, text: `${rate}%`, asMultiple: f.text, change: { ...(f.change ?? {}), direction: 'up' } };
}

function changeClaim(doc: DocumentAnalysis, f: Figure, sentence: Span, levels: Figure[]): Claim | null {
  if (f.kind !== 'percent' || !f.change || f.change.direction === 'none' || (f.readings?.length ?? 0) >= 2) return null;
  // Changes of flows whose subject the frame can name; a company's revenue or a price is not one.
  if (!f.metric || !CHANGE_INDICATORS.test(f.metric) || !f.period || !periodIsStated(f) || isTarget(doc, f, sentence)) return null;
  // `tăng gần 11% từ năm 2020 đến năm 2021`: a change over two consecutive years is the later
  // year's, on the earlier.
  const consecutive = /^(\d{4})\/(\d{4})$/.exec(f.period);
  const ownPeriod = consecutive && +consecutive[2] === +consecutive[1] + 1 && /(?:từ|from|between)\s+(?:năm\s+)?\d{4}\s+(?:đến|tới|sang|to|and)\s+(?:năm\s+)?\d{4}/.test(matchKey(doc.text.slice(f.end, Math.min(sentence.end, f.end + 40)))) ? consecutive[2] : f.period;
  const p = parsePeriod(ownPeriod);
  // (Nor a change over a span of years, `cao nhất trong 10 năm gần đây`, which is no year's on the year before.)
  if (!p || p.days || p.months > 12) return null;
  // (An index of one branch is not the country's: `IIP ngành chế biến, chế tạo tăng 9,7%`, `sectors
  // reported an IIP higher …, including rubber and plastic products up 30%`.)
  if (f.metric === 'iip' && BRANCH.test(matchKey(doc.text.slice(sentence.start, f.start)).replace(WHOLE_INDUSTRY, ' '))) return null;
  if (f.metric === 'gdp' || f.metric === 'retail' || f.metric === 'budget') {
    const lead = matchKey(doc.text.slice(sentence.start, f.start));
    let end = -1;
    for (const m of lead.matchAll(AGGREGATE_NAME)) end = m.index! + m[0].length;
    // (A product's growth is in real terms as a rule; retail's and revenue's real-terms rise is a
    // second figure beside the nominal one.)
    if (end < 0 || AGGREGATE_BRANCH.test(lead.slice(end)) || (f.metric !== 'gdp' && REAL_TERMS.test(lead.slice(Math.max(0, lead.length - 40))))) return null;
    // (A product without its oil and gas, `GRDP (trừ dầu khí)`, `with crude oil excluded`, is another aggregate.)
    if (OIL_EXCLUDED.test(matchKey(doc.text.slice(sentence.start, Math.min(sentence.end, f.end + 40))))) return null;
    // (A product's growth an international body or a bank puts a number on, `IMF và WB nhận định
    // tăng trưởng kinh tế của Việt Nam đạt 6,1%`, is its projection, whatever the verb: not the
    // statistics office's count.)
    if (f.metric === 'gdp' && FORECASTERS.test(matchKey(doc.text.slice(sentence.start, sentence.end)))) return null;
  }
  const cf = frameOf(doc, f, sentence, clauseOf(doc, f, sentence).start, levels);
  const listed = respectiveProduct(doc, f, sentence);
  if (listed) cf.product = { value: listed.key, text: listed.text, sure: true };
  if (!cf.indicator.sure || !cf.product.sure || (cf.local && !cf.localPlace) || cf.periodInDoubt || (cf.status.value !== 'actual' && cf.status.value !== 'estimate')) return null;
  let after = matchKey(doc.text.slice(f.end, Math.min(sentence.end, f.end + 120)));
  const overTwoYears = ownPeriod !== f.period;
  // `giảm 30,3% về lượng và giảm 31% về trị giá so với tháng 1/2022`: the base after the pair is
  // the first change's too.
  const paired = PAIRED_CHANGE.exec(after);
  if (paired) after = paired[1] + after.slice(paired[0].length);
  let basis: 'yoy' | 'mom';
  // (`Tháng 2/2024 … giảm 46,7% so với tháng 2/2023`: the same month a year before.)
  const sameMonthBefore = /so với (?:cùng )?tháng (\d{1,2})\s*[/.-]\s*(\d{4})/.exec(after);
  if (sameMonthBefore && p.kind === 'month' && p.months === 1 && +sameMonthBefore[1] === p.from.m && +sameMonthBefore[2] === p.from.y - 1) basis = 'yoy';
  else if (PREVIOUS_PERIOD.test(after)) {
    // Month on month: a single month against the month before it (`tháng 2/2022 … giảm 30,3% so
    // với tháng 1/2022`), when the text names that month or says `tháng trước`.
    if (p.kind !== 'month' || p.months !== 1) return null;
    const named = /so với tháng (\d{1,2})(?:\s*[/.-]\s*(\d{4}))?/.exec(after);
    if (named) {
      const prevMonth = p.from.m === 1 ? 12 : p.from.m - 1;
      const prevYear = p.from.m === 1 ? p.from.y - 1 : p.from.y;
      if (+named[1] !== prevMonth || (named[2] && +named[2] !== prevYear)) return null;
    } else if (/quý|quarter/.test(after.slice(0, 40))) return null;
    basis = 'mom';
  } else {
    // A change of a whole year, or of the months from January, that names no base is on the same
    // period a year earlier (`xuất khẩu năm 2023 đạt 61,2 tỷ USD, tăng 5,6%`).
    const implicit = !f.change.base && !/^[^.;]{0,12}(?:so với|compared|from|over|than)/.test(after) && (p.kind === 'year' || (p.from.m === 1 && p.months > 1));
    const yoy = overTwoYears || implicit || YEAR_ON_YEAR.test(after) || (!!f.change.base && periodKey(f.change.base) === periodKey(yearEarlier(f.period)));
    if (!yoy) return null;
    basis = 'yoy';
  }
  // (Distances in matching-key characters, so NFD text reads the same.)
  const before = levels.filter((g) => g.end <= f.start && f.start - g.end <= 120 && matchKey(doc.text.slice(g.end, f.start)).length <= 40).pop();
  const clauseLead = matchKey(doc.text.slice(clauseOf(doc, f, sentence).start, f.start));
  // (`giảm 24,8% về giá`, `down 5% in price`: a change of the unit price, which a flow's metric does
  // not name.)
  if (PRICE_AFTER.test(after) && f.metric !== 'price') return null;
  const respective = respectiveMeasure(doc, f, sentence);
  // (Two changes written back to back, `up by 15.4% and 14.4% compared to last year`, after a total
  // and one of its parts: which is whose the text leaves to the reader unless a `respectively`
  // pairs them with a volume and a value.)
  if (!respective && !listed && backToBackChange(doc, f, sentence)) return null;
  let measure: 'value' | 'volume' | 'price' | null = INDEX_INDICATORS.test(f.metric) ? 'value' : respective ?? (VOLUME_AFTER.test(after) ? 'volume' : VALUE_AFTER.test(after) ? 'value' : null);
  let priceOf: 'export' | 'import' | null = null;
  // The change of an export unit price (`giá xuất khẩu bình quân đạt 5.084 USD/tấn, tăng 51,7%`).
  if (f.metric === 'price') {
    if (measure || !before || before.metric !== 'price' || !before.unit?.includes('/') || !cf.product.value || cf.product.value === 'all') return null;
    priceOf = priceFlow(cf.indicator.text);
    if (!priceOf || foreignInParagraph(doc, f, sentence)) return null;
    measure = 'price';
  }
  // (The measure named between the level and the change is the change's: `giảm còn 36,2 triệu tấm
  // nhưng giá trị nhập khẩu vẫn tăng 224,4%`.)
  const lead = before ? matchKey(doc.text.slice(before.end, f.start)) : clauseLead;
  // (The second of a pair whose first says volume and it says nothing, `tăng 100,6% về lượng và
  // tăng 75,8% so với cùng kỳ`, `up 12% in volume and 9% year-on-year`, is the value's.)
  if (!measure && AFTER_VOLUME_CHANGE.test(matchKey(doc.text.slice(Math.max(sentence.start, f.start - 60), f.start)))) measure = 'value';
  // (The nearer of the two: `giảm 5,7% về lượng và giá trị giảm 16,2%`.)
  if (!measure) {
    const vol = VOLUME_BEFORE.exec(lead)?.index ?? -1;
    const val = VALUE_BEFORE.exec(lead)?.index ?? -1;
    measure = vol < 0 && val < 0 ? null : vol > val ? 'volume' : 'value';
  }
  if (!measure) {
    // (The change of a unit price, `3.570 USD/tấn, tăng 50,4%`, is the price's, not the flow's.)
    if (before) measure = before.kind === 'money' && !before.unit?.includes('/') ? 'value' : before.kind === 'measure' || before.kind === 'count' ? 'volume' : null;
    else if (!VOLUME_WORDS.test(matchKey(doc.text.slice(sentence.start, sentence.end)))) measure = 'value';
  }
  if (!measure) return null;
  // The change of the level it follows (`xuất khẩu sang Trung Quốc đạt 61,2 tỷ USD, tăng 5,6%`)
  // has that level's subject.
  // The change of an estimated level (`ước đạt 5.329 USD/tấn, giảm 8,6%`) is an estimate too.
  if (before && cf.status.value === 'actual') {
    const bf = frameOf(doc, before, sentence, clauseOf(doc, before, sentence).start, levels);
    if (bf.status.value === 'estimate') cf.status = bf.status;
  }
  let subject = measure === 'price' ? HOME : directional(doc, before && before.metric === f.metric ? before : f, f.metric, sentence, !!cf.product.value && cf.product.value !== 'all');
  if (!subject && cf.localPlace && isCountryMetric(f.metric)) subject = HOME;
  if (!subject) return null;
  // (A province's or city's change, `kim ngạch nhập khẩu của tỉnh Bình Dương … tăng 12,2%`, is that place's.)
  if (cf.local && !subject.includes('@') && !subject.startsWith('place:')) subject = `${cf.localPlace}@${subject}`;
  const period = cf.yearToDate?.period ?? ownPeriod;
  // (Nor the change of a level too small to be all goods' national total: below.)
  if (before && measure === 'value' && (!cf.product.value || cf.product.value === 'all') && tinyNationalTotal(f.metric ?? '', subject, before, period)) return null;
  const product = cf.product.value;
  const indicator = measure === 'price' ? `price.${priceOf}` : f.metric;
  let base = product && product !== 'all' ? `${indicator}:${product}` : indicator;
  if (STAGED_INDICATORS.test(f.metric)) {
    const refined = /\.(registered|disbursed)$/.exec(f.metric)?.[1];
    if (!cf.stage || (refined && refined !== cf.stage.value)) return null;
    if (!refined) base = `${base}#${cf.stage.value}`;
  }
  const inferredRef = !firmReference(doc);
  const [metric, mirroredSubject] = mirrored(`${base}~${measure}.${basis}`, subject, cf);
  return {
    uri: doc.uri,
    doc,
    figure: f,
    metric,
    subject: mirroredSubject,
    period,
    periodStated: true,
    role: 'change',
    sentence,
    cumulative: false,
    relativePeriod: relativeOnly(doc, f, period, figuresWithin(doc, sentence), inferredRef),
    frame: cf,
  };
}

export interface ClaimIndex {
  claims: Claim[];
  /** One document's claims, in text order (empty when it has none). */
  ofDocument(uri: string): Claim[];
  /** Claims with a stated period, by (metric, subject, period); running totals apart. */
  lookup(metric: string, subject: string, period: IsoPeriod, cumulative?: boolean): Claim[];
  /** Every claim of a (metric, subject) series, dated or not; running totals apart. */
  series(metric: string, subject: string, cumulative?: boolean): Claim[];
  /** The (metric, subject, period) groups with at least two claims. */
  groups(): Claim[][];
}

/** Words that make a figure the whole country's. */
const NATIONWIDE = /(?<![\p{L}])(?:cả nước|toàn quốc|nationwide|national|the country(?:'s|’s)?|nationally|việt nam|vietnam|viet nam)(?![\p{L}])/u;

export function claimKey(metric: string, subject: string, period: IsoPeriod | null, cumulative = false): string {
  return `${metric}${cumulative ? '+total' : ''}|${subject}|${periodKey(period) ?? ''}`;
}

/**
 * Indexes the claims of every document by (metric, subject, period). `claimsOf` may give each
 * document's claims from a cache (they depend on the document alone).
 */
export function buildClaimIndex(documents: DocumentAnalysis[], claimsOf: (doc: DocumentAnalysis) => Claim[] = documentClaims): ClaimIndex {
  // One document whose claims cannot be read (an engine bug on an odd text) costs that document's
  // claims, not every check of the workspace.
  const byDocument = new Map<string, Claim[]>();
  const claims = documents.flatMap((d) => {
    let own: Claim[];
    try {
      own = claimsOf(d);
    } catch (e) {
      d.problems.push(`claims: internal error: ${e instanceof Error ? e.message : String(e)}`);
      own = [];
    }
    if (own.length) byDocument.set(d.uri, own);
    return own;
  });
  const byKey = new Map<string, Claim[]>();
  const bySeries = new Map<string, Claim[]>();
  for (const c of claims) {
    const s = `${c.metric}${c.cumulative ? '+total' : ''}|${c.subject}`;
    if (!bySeries.has(s)) bySeries.set(s, []);
    bySeries.get(s)!.push(c);
    if (!c.period || !c.periodStated) continue;
    const k = claimKey(c.metric, c.subject, c.period, c.cumulative);
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k)!.push(c);
  }
  return {
    claims,
    ofDocument: (uri) => byDocument.get(uri) ?? [],
    lookup: (m, s, p, cum = false) => byKey.get(claimKey(m, s, p, cum)) ?? [],
    series: (m, s, cum = false) => bySeries.get(`${m}${cum ? '+total' : ''}|${s}`) ?? [],
    groups: () => [...byKey.values()].filter((g) => g.length > 1),
  };
}

const signatures = new WeakMap<Claim, string>();

/**
 * Whether plain JSON would blur something in `v`: a non-finite number or negative zero, or anything
 * it would not read as plain data (a `toJSON`, nesting too deep to be data), when the careful way is taken.
 */
function blurred(v: unknown, depth: number): boolean {
  if (typeof v === 'number') return !Number.isFinite(v) || Object.is(v, -0);
  if (typeof v !== 'object' || v === null) return false;
  if (depth > 64 || typeof (v as { toJSON?: unknown }).toJSON === 'function') return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (blurred(v[i], depth + 1)) return true;
    return false;
  }
  for (const k in v) {
    if (Object.prototype.hasOwnProperty.call(v, k) && blurred((v as Record<string, unknown>)[k], depth + 1)) return true;
  }
  return false;
}

/** JSON that keeps what plain JSON would blur: non-finite numbers and negative zero. */
function exactJson(value: unknown): string {
  // Most values hold no such number: plain JSON then writes the same, without a call per value.
  if (!blurred(value, 0)) return JSON.stringify(value);
  return JSON.stringify(value, (_k, v) =>
    typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)) ? `\u0000${Object.is(v, -0) ? '-0' : String(v)}` : v,
  );
}

/**
 * Everything a check can read of a claim, as one string: two claims with the same signature give
 * the same findings. Checks that keep results between runs compare the signatures of the claims
 * a result was computed from (the claim objects of an edited document are new ones).
 */
export function claimSignature(c: Claim): string {
  let s = signatures.get(c);
  if (s === undefined) {
    // (Kept as a digest: the JSON of every claim's figure and frame would be kept for as long as the claim.)
    s = digest(exactJson([
      c.uri,
      c.metric,
      c.subject,
      c.period,
      c.periodStated,
      c.role,
      c.sentence.start,
      c.sentence.end,
      c.cumulative,
      c.relativePeriod,
      c.doc.referenceDate,
      c.figure,
      c.frame,
    ]));
    signatures.set(c, s);
  }
  return s;
}

/** The same JSON as claim signatures use, for other records a check keeps results for. */
export { exactJson as signatureOf };

/** Why a figure is not compared with other articles (null: it is). */
export type Silence = 'plan' | 'no-indicator' | 'share' | 'no-product' | 'difference' | 'period-in-doubt' | 'local' | 'sector' | 'no-subject' | 'no-period' | 'change-frame';

export interface FigureExplanation {
  /** The claim the checks compare, when the figure is one. */
  claim: Claim | null;
  /** The figure's frame as read from its sentence (also for a figure that is not compared). */
  frame: ClaimFrame | null;
  silence: Silence | null;
}

const claimsCache = new WeakMap<DocumentAnalysis, Claim[]>();
const copies = new WeakMap<DocumentAnalysis, DocumentAnalysis>();

/**
 * What the checks make of one figure: its claim and frame, or the reason it is not compared — for
 * hovers that say why a number is silent as plainly as why another is flagged.
 */
export function explainFigure(doc0: DocumentAnalysis, f0: Figure): FigureExplanation {
  // An analysis as the façade returns it has no subjects (the checks attach them to copies): attach
  // them to a copy here, once per analysis.
  let claims = claimsCache.get(doc0);
  let doc = doc0;
  if (!claims) {
    if (doc0.figures.some((g) => g.subject === undefined)) {
      doc = { ...doc0, figures: doc0.figures.map((g) => ({ ...g })) };
      attachSubjects(doc);
    }
    claims = documentClaims(doc);
    claimsCache.set(doc0, claims);
    copies.set(doc0, doc);
  } else doc = copies.get(doc0) ?? doc0;
  const f = doc.figures[doc0.figures.indexOf(f0)] ?? f0;
  // (A growth rate written as a level is claimed as the change it states, on a copy of its figure.)
  const claim = claims.find((c) => c.figure === f) ?? claims.find((c) => c.figure.start === f.start && c.figure.end === f.end) ?? null;
  if (claim) return { claim, frame: claim.frame, silence: claim.periodStated && claim.period ? null : 'no-period' };
  const sentence = claimSentence(doc, f);
  const inSentence = figuresWithin(doc, sentence);
  const levels = inSentence.filter((g) => !isChange(g));
  const frame = frameOf(doc, f, sentence, clauseOf(doc, f, sentence).start, levels);
  let silence: Silence;
  if (isTarget(doc, f, sentence) || frame.status.value === 'target' || frame.status.value === 'forecast') silence = 'plan';
  else if (frame.difference) silence = 'difference';
  else if (!frame.indicator.sure) silence = 'no-indicator';
  else if (isChange(f) || growthRate(doc, f, sentence) || multipleAsRate(doc, f, sentence)) silence = 'change-frame';
  else if (frame.measure === 'rate') silence = 'share';
  else if (!frame.product.sure) silence = 'no-product';
  else if (frame.periodInDoubt) silence = 'period-in-doubt';
  else if (frame.local) silence = 'local';
  else if (frame.sector) silence = 'sector';
  else silence = 'no-subject';
  return { claim: null, frame, silence };
}
