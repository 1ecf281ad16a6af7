/**
 * `date.mismatch`: one event — the establishment of diplomatic relations between two countries,
 * the signing or entry into force of an agreement, a person's visit to a country — given dates
 * that cannot both be true. Dates that overlap agree: `tháng 11/1994` and `14/11/1994`; a visit of
 * 13–16 November and a meeting on 14 November; a visit and the longer trip that contains it.
 */
import type { Check, CheckContext, Emitted } from './types';
import { countryMentions, dominantPair, pairKey, signatureOf } from '../claims/index';
import { productsIn } from '../claims/frame';
import { groupMemo, perDocument, sharedBy } from './memo';
import { overlaps, parsePeriod } from '../claims/period';
import { createTextModel, matchKey } from '../text/textModel';
import { metricName, periodPhrase, subjectName, t } from '../messages/describe';
import { baseName, summarizeOthers } from '../messages/format';
import type { DocumentAnalysis, Entity, EntityMention, Finding, MessageLocale, Severity, Span } from '../types';
import data from './data/events.json';

interface EventDef {
  key: string;
  name: { en: string; vi: string };
  subject: string;
  severity: string;
  maxApartDays?: number;
  keywords: string[];
  /** Why the event is reported only for a year slip (two days that differ in their year alone). */
  quiet?: string;
}

const EVENTS = data.events as EventDef[];
/** Entities that name a kind of agreement rather than one. */
const GENERIC_AGREEMENTS = new Set(['org:fta']);
/** Names of agreements: only an agreement's signing or entry into force is one dated event. */
const AGREEMENT = new RegExp(data.agreementNames, 'iu');
const HOME = 'VN';

interface Occurrence {
  doc: DocumentAnalysis;
  event: EventDef;
  subject: string;
  date: EntityMention;
  keyword: Span;
}

/** How far the second part of a gapped keyword (`quan hệ ngoại giao … được thiết lập`) may be. */
const KEYWORD_GAP = 60;

/** Each keyword split at its gap, once. */
const GAPPED = new Map<string, string[]>();

function findKeyword(lower: string, def: EventDef): { at: number; len: number } | null {
  let best: { at: number; len: number } | null = null;
  for (const k of def.keywords) {
    let gapped = GAPPED.get(k);
    if (!gapped) GAPPED.set(k, (gapped = k.split(' … ')));
    if (gapped.length === 2) {
      // `Quan hệ ngoại giao giữa Việt Nam và Peru được thiết lập ngày …`: the passive, with the
      // parties between the two parts.
      const [a, b] = gapped;
      for (let i = lower.indexOf(a); i >= 0; i = lower.indexOf(a, i + 1)) {
        const from = i + a.length;
        const j = lower.slice(from, from + KEYWORD_GAP + b.length).indexOf(b);
        if (j >= 0) {
          if (!best || i < best.at) best = { at: i, len: from + j + b.length - i };
          break;
        }
      }
      continue;
    }
    let i = lower.indexOf(k);
    // `được ký tắt` is an initialling, a step before the signing, not the signing.
    while (i >= 0 && /^\s*tắt/.test(lower.slice(i + k.length))) i = lower.indexOf(k, i + 1);
    if (i >= 0 && (!best || i < best.at)) best = { at: i, len: k.length };
  }
  return best;
}

function subjectOf(doc: DocumentAnalysis, def: EventDef, sentence: Span): string | null {
  const inside = (e: Span) => e.start >= sentence.start && e.end <= sentence.end;
  const codes = [...new Set(countryMentions(doc).filter(inside).map((m) => m.countryCode!))];
  switch (def.subject) {
    case 'countries':
      if (codes.length === 2) return pairKey(codes[0], codes[1]);
      if (codes.length === 1 && codes[0] !== HOME) return pairKey(HOME, codes[0]);
      if (codes.length === 0) return dominantPair(doc);
      return null;
    case 'agreement': {
      const orgs = [
        ...new Set(
          doc.entities
            .filter((e) => e.type === 'organization' && inside(e) && AGREEMENT.test(`${e.text} ${e.canonical} ${e.acronym ?? ''}`))
            .map((e) => e.entityId),
        ),
      ];
      // (`FTA`, `free trade agreements`: a kind of agreement, not one — it names one only with the
      // countries of its sentence, as a generic name read from the text does.)
      if (orgs.length === 1 && GENERIC_AGREEMENTS.has(orgs[0])) {
        const pair = codes.length === 2 ? pairKey(codes[0], codes[1]) : codes.length === 1 && codes[0] !== HOME ? pairKey(HOME, codes[0]) : null;
        return pair ? `${orgs[0]}@${pair}` : null;
      }
      if (orgs.length) return orgs.length === 1 ? orgs[0] : null;
      // The entity engine does not know every agreement: read a named one from the text.
      // A name read from the text may be generic (`Hiệp định thương mại tự do giữa hai nước`): it
      // names one agreement only together with the countries of its sentence, else the article's.
      // (Names are read in NFC: an article in NFD writes the same name.)
      const named = agreementNamesIn(doc.text.slice(sentence.start, sentence.end).normalize('NFC'));
      if (named.length !== 1) return null;
      const pair = codes.length === 2 ? pairKey(codes[0], codes[1]) : codes.length === 1 && codes[0] !== HOME ? pairKey(HOME, codes[0]) : dominantPair(doc);
      return pair ? `${named[0]}@${pair}` : named[0];
    }
    case 'person-country': {
      const persons = [...new Set(doc.entities.filter((e) => e.type === 'person' && inside(e)).map((e) => e.entityId))];
      const foreign = codes.filter((c) => c !== HOME);
      if (persons.length !== 1 || foreign.length !== 1) return null;
      return `${persons[0]}@${foreign[0]}`;
    }
  }
  return null;
}

/** Head words of an agreement's name, capitalized as a name is (`Hiệp định khung về …`, `Memorandum of Understanding on …`). */
const NAME_HEAD = /(?:Hiệp định|Thỏa thuận|Thoả thuận|Bản ghi nhớ|Công ước|Hiệp ước|Nghị định thư|(?:[A-Z][a-z]+ )*(?:Agreement|Memorandum|Treaty|Convention|Protocol))(?=\s)/gu;
/**
 * Where a name ends: a clause mark or a word that starts the predicate (`… ngày`, `được ký`, `signed
 * on`). `giữa A và B` / `between A and B` stay in the name: they tell two memoranda apart.
 */
const NAME_END = /[,;:()\n.]|\s(?:ngày|được|đã|ký|có hiệu lực|tại|vào|từ|nhằm|là|mở|tạo|signed|on|in|at|which|that|was|took|came|entered|by)(?=\s|$)/u;
/** A head followed by a demonstrative refers back to an agreement named before (`Hiệp định này`). */
const DEMONSTRATIVE = /^(?:này|đó|trên|nói trên|this|that)?$/u;

/** A protocol's head word, in either language. */
const PROTOCOL = /(?<![\p{L}])(?:nghị định thư|protocol)(?![\p{L}])/u;
/** Forms of a product a protocol may cover apart from the fresh one (`sầu riêng đông lạnh`). */
const PRODUCT_FORM = /(?<![\p{L}])(?:đông lạnh|frozen|chế biến|processed)(?![\p{L}])/u;

/**
 * The protocol a sentence signs or brings into force, by the goods and the partner it opens a market
 * for (`Nghị định thư … kiểm dịch thực vật đối với sản phẩm khoai lang … sang Trung Quốc`, `a
 * protocol on quarantine requirements for sweet potato exports to China`): the press names one
 * protocol many ways in two languages, so its key is what it covers — one product, one partner —
 * not its words. Null when the sentence names no such protocol, several goods or no one partner.
 */
function protocolKey(doc: DocumentAnalysis, sentence: Span): string | null {
  const lower = matchKey(doc.text.slice(sentence.start, sentence.end));
  if (!PROTOCOL.test(lower)) return null;
  const keys = new Set(productsIn(lower).map((p) => p.key).filter((k) => k !== 'all'));
  if (keys.size !== 1) return null;
  const inside = (e: Span) => e.start >= sentence.start && e.end <= sentence.end;
  const foreign = [...new Set(countryMentions(doc).filter(inside).map((m) => m.countryCode!))].filter((c) => c !== HOME);
  if (foreign.length !== 1) return null;
  const form = PRODUCT_FORM.exec(lower);
  const kind = form ? (/đông|frozen/.test(form[0]) ? 'frozen' : 'processed') : null;
  return `protocol:${[...keys][0]}${kind ? `~${kind}` : ''}@${pairKey(HOME, foreign[0])}`;
}

/** Agreements named in a text, keyed by their lower-cased name (`text:hiệp định khung về kết nối việt nam - singapore`). */
export function agreementNamesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAME_HEAD)) {
    const rest = text.slice(m.index! + m[0].length);
    const end = NAME_END.exec(rest);
    const tail = (end ? rest.slice(0, end.index) : rest).trim();
    // A bare head (`Hiệp định này`, `the Agreement`) or a one-word tail names nothing in particular.
    if (DEMONSTRATIVE.test(tail) || tail.split(/\s+/).length < 2) continue;
    const key = `text:${matchKey(`${m[0]} ${tail}`).replace(/[\s\-–]+/g, ' ').trim()}`;
    if (!out.includes(key)) out.push(key);
  }
  return out;
}

/** A sentence that refers back to the agreement of the sentence before (`Văn kiện được ký …`). */
const ANAPHOR = /^(?:văn kiện(?:\s+(?:này|đó|trên|nói trên))?|(?:hiệp định|thỏa thuận|thoả thuận|bản ghi nhớ)\s+(?:này|đó|trên|nói trên)|the (?:agreement|document|memorandum|deal|accord|treaty))\s/;

const RANGE_BEFORE = /(?:\d{1,2}\s*[-–—]\s*|\b(?:đến|tới|until|to|through)\s+(?:hết\s+)?(?:ngày\s+)?)$/u;
/** `một năm EVFTA có hiệu lực`, `5 năm thực thi`, `three years since`: the event is counted from, not dated. */
const YEARS_SINCE = /(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm\s+(?:\S+\s+){0,4}?(?:có hiệu lực|thực thi|thực hiện|triển khai)|nhân dịp|tròn\s+\d+\s+năm|\b(?:one|two|three|four|five|\d+)[- ]years?\s+(?:of|since|after)|\bfirst year of\b/u;

/** Lines a finding's detail lists, and entries its data holds, before it says how many more. */
const SHOWN = 8;
const DATA_LIMIT = 50;

/** The date of the event in its sentence: the first after the keyword, else the nearest before. */
function eventDate(doc: DocumentAnalysis, sentence: Span, kw: Span, anniversary: boolean, reach = 60): EntityMention | null {
  // The end of a range (`(1 - 31.8.2020)`, `từ 1 đến 31/8`) dates a programme, not the event.
  const rangeEnd = (e: Span) => RANGE_BEFORE.test(matchKey(doc.text.slice(Math.max(sentence.start, e.start - 24), e.start)));
  // A page's stamp on the first line (`date 2024-01-11 Indonesia was the first …`) dates the page.
  const firstLine = doc.text.indexOf('\n', doc.text.search(/\S/));
  const stamp = (e: EntityMention) => (firstLine < 0 || e.end <= firstLine) && /^\d{4}-\d{2}(?:-\d{2})?$/.test(e.text);
  const dates = doc.entities.filter(
    (e) => e.type === 'date' && e.value && parsePeriod(e.value) && e.start >= sentence.start && e.end <= sentence.end && !rangeEnd(e) && !stamp(e),
  );
  // An event to come (`sẽ có hiệu lực trong năm 2024`, `will take effect`) has no date yet.
  const lead = matchKey(doc.text.slice(Math.max(sentence.start, kw.start - 40), kw.start));
  if (/(?:sẽ|dự kiến|sắp|will|would|is expected to|are expected to|is set to)\s*$/.test(lead)) return null;
  // (`đẩy nhanh đàm phán để sớm hoàn tất việc ký kết Hiệp định trong năm 2021`: a wish, not a date.)
  if (/(?<![\p{L}])(?:sớm|nhằm|phấn đấu|hướng tới|mong muốn|aims? to|plans? to|hopes? to|seeks? to|in order to)(?:\s+[\p{L}]+){0,3}\s*$/u.test(lead)) return null;
  // A keyword may run into its date (`ký ngày 6/12/2006`). In a sentence that counts years from
  // the event (`Sau 4 năm CPTPP có hiệu lực, năm 2022, …`), a date past a comma is the period of
  // what follows, not the event's.
  const after = dates.filter((d) => d.start >= kw.start && d.end > kw.end && d.start - kw.end <= (anniversary ? 25 : reach) && !(anniversary && doc.text.slice(kw.end, d.start).includes(',')));
  // (`kỷ niệm 70 năm thiết lập quan hệ ngoại giao năm 2024`: a year after a count of years is the
  // anniversary's, not the event's.)
  if (after.length && anniversary && /^\d{4}$/.test(after[0].value ?? '') && /(?<![\p{L}\d])\d{1,3}\s*(?:năm|years?|(?:th|st|nd|rd)\s+anniversary)(?![\p{L}])/u.test(matchKey(doc.text.slice(sentence.start, kw.start)))) return null;
  if (after.length) return anniversary && after[0].resolvedFrom ? null : after[0];
  if (anniversary) return null;
  // `… kể từ khi thiết lập quan hệ ngoại giao` refers to the event without dating it.
  if (/(?:kể từ|từ khi|từ ngày|since|ever since)\s*(?:khi\s*)?(?:hai nước\s*)?$/.test(lead)) return null;
  // A date before the keyword dates the event only when no figure sits between them (else it is
  // the figure's period: `năm 2022 đạt 600 triệu USD, cao nhất kể từ khi …`).
  const before = dates.filter(
    (d) => d.end <= kw.start && kw.start - d.end <= reach && !doc.figures.some((f) => f.start >= d.end && f.end <= kw.start),
  );
  return before.length ? before[before.length - 1] : null;
}

function occurrences(doc: DocumentAnalysis): Occurrence[] {
  const out: Occurrence[] = [];
  let previous: Span | null = null;
  for (const sentence of doc.structure.sentences) {
    const before = previous;
    previous = sentence;
    const lower = matchKey(doc.text.slice(sentence.start, sentence.end));
    const anniversary = data.anniversary.some((w) => lower.includes(w)) || YEARS_SINCE.test(lower);
    for (const def of EVENTS) {
      const k = findKeyword(lower, def);
      if (!k) continue;
      // matchKey keeps one code unit per cluster; map back through the sentence's own model.
      const kw = approxSpan(doc, sentence, lower, k);
      // (A protocol's long name may stand between its date and its verb: `ngày 22/11/2022, Nghị
      // định thư yêu cầu kiểm dịch thực vật đối với … khoai lang … sang Trung Quốc được ký kết`.)
      const protocol = def.subject === 'agreement' ? protocolKey(doc, sentence) : null;
      const date = eventDate(doc, sentence, kw, anniversary, protocol ? 160 : 60);
      if (!date) continue;
      let subject = protocol ?? subjectOf(doc, def, sentence);
      // `Văn kiện được ký ngày 7/3/2024`: the agreement named alone in the sentence before.
      if (!subject && def.subject === 'agreement' && before && ANAPHOR.test(lower.trimStart())) subject = subjectOf(doc, def, before);
      if (!subject) continue;
      out.push({ doc, event: def, subject, date, keyword: kw });
      break; // One event per sentence: the first listed kind wins.
    }
  }
  return out;
}

/** The keyword's span in the original text (exact for NFC text, close otherwise). */
function approxSpan(doc: DocumentAnalysis, sentence: Span, lower: string, k: { at: number; len: number }): Span {
  const original = doc.text.slice(sentence.start, sentence.end);
  if (original.length === lower.length) return { start: sentence.start + k.at, end: sentence.start + k.at + k.len };
  // (NFD or tone marks moved: map through the text model, exactly.)
  const model = createTextModel(original);
  return { start: sentence.start + model.toOriginal(k.at), end: sentence.start + model.toOriginal(k.at + k.len) };
}

/** ` (the protocol on sweet potato exports, Vietnam–China)` for a protocol's key; empty for any other subject. */
function protocolLabel(subject: string, L: MessageLocale, entities: Map<string, Entity>): string {
  const m = /^protocol:([^~@]+)(?:~([^@]+))?@(.+)$/.exec(subject);
  if (!m) return '';
  const forms: Record<string, { en: string; vi: string }> = { frozen: { en: 'frozen', vi: 'đông lạnh' }, processed: { en: 'processed', vi: 'chế biến' } };
  const goods = `${metricName(`export:${m[1]}`, L)}${m[2] && forms[m[2]] ? ` (${t(L, forms[m[2]])})` : ''}`;
  return t(L, { en: ` (the protocol on ${goods}, ${subjectName(m[3], L, entities)})`, vi: ` (nghị định thư về ${goods}, ${subjectName(m[3], L, entities)})` });
}

export const dateMismatch: Check = {
  code: 'date.mismatch',
  defaultSeverity: 'warning',
  description: {
    en: 'One event (establishment of diplomatic relations, a signing, an entry into force, a visit) is given dates that cannot both be true.',
    vi: 'Cùng một sự kiện (thiết lập quan hệ ngoại giao, lễ ký kết, ngày có hiệu lực, chuyến thăm) được ghi các ngày không thể cùng đúng.',
  },
  examples: [
    {
      texts: ['Quan hệ ngoại giao giữa Việt Nam và Peru được thiết lập ngày 14/11/1994.', 'Peru và Việt Nam thiết lập quan hệ ngoại giao ngày 14/11/1995.'],
      reported: true,
      note: { en: 'Two years for one establishment.', vi: 'Hai năm khác nhau cho cùng một sự kiện.' },
    },
    {
      texts: ['Chủ tịch nước thăm chính thức Peru từ ngày 12 đến 16/11/2024.', 'Ngày 14/11/2024, trong chuyến thăm chính thức Peru, Chủ tịch nước hội kiến Thị trưởng Lima.'],
      reported: false,
      note: { en: 'A meeting within the longer trip.', vi: 'Một cuộc gặp nằm trong chuyến thăm dài hơn.' },
    },
    {
      texts: ['Quan hệ ngoại giao giữa Việt Nam và Peru được thiết lập ngày 14/11/1994.', 'Ngày 14/11/2024, Việt Nam và Peru kỷ niệm 30 năm thiết lập quan hệ ngoại giao.'],
      reported: false,
      note: { en: 'An anniversary is celebrated on another date than the event.', vi: 'Lễ kỷ niệm diễn ra vào ngày khác với sự kiện.' },
    },
  ],
  run(ctx) {
    const out: Emitted[] = [];
    const L = ctx.locale;
    const groups = new Map<string, Occurrence[]>();
    for (const doc of ctx.documents) {
      for (const o of perDocument(ctx.memo, 'date.mismatch:occurrences', doc, () => occurrences(doc))) {
        const k = `${o.event.key}|${o.subject}`;
        if (!groups.has(k)) groups.set(k, []);
        groups.get(k)!.push(o);
      }
    }
    // A group's findings depend on its occurrences, the locale and the subject's name alone.
    const memo = groupMemo<Emitted[]>(ctx.memo, 'date.mismatch');
    for (const [key, group] of groups) {
      const o0 = group[0];
      const emitted = memo
        ? memo.get(
            key,
            group.map(occurrenceSignature),
            `${L}|${o0.event.subject === 'countries' ? subjectName(o0.subject, L, ctx.entities) : protocolLabel(o0.subject, L, ctx.entities)}`,
            () => groupFindings(group, ctx),
          )
        : groupFindings(group, ctx);
      for (const e of emitted) out.push(e);
    }
    return out;
  },
};

/**
 * Two days that differ in their year alone (`14/1/2019`, `14/1/2020`): a year written wrong, not
 * two steps of one event. The only disagreement an event marked `quiet` reports.
 */
function yearSlip(a: string, b: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(a) && /^\d{4}-\d{2}-\d{2}$/.test(b) && a.slice(4) === b.slice(4) && a.slice(0, 4) !== b.slice(0, 4);
}

const occurrenceSignatures = new WeakMap<Occurrence, string>();

/** Everything the findings of a group read of an occurrence. */
function occurrenceSignature(o: Occurrence): string {
  let s = occurrenceSignatures.get(o);
  if (s === undefined) occurrenceSignatures.set(o, (s = signatureOf([o.doc.uri, o.event.key, o.subject, o.date, o.keyword])));
  return s;
}

function groupFindings(group: Occurrence[], ctx: CheckContext): Emitted[] {
  const out: Emitted[] = [];
  const L = ctx.locale;
  const parsed = new Map(group.map((x) => [x, parsePeriod(x.date.value)!]));
  // A date whose year rests on a year the engine guessed for the article (`tháng 12 vừa qua` in an
  // article dated only by the years it reports) may be a year off: it says nothing.
  const guessed = (x: Occurrence) => !!x.date.resolvedFrom && /text-year/.test(x.date.resolvedFrom);
  // (What disagrees with a date depends on its value alone, and a group holds few values: the
  // others are found once a value, in the group's order, so a date restated by thousands of
  // articles stays linear.)
  const othersByValue = new Map<string, Occurrence[]>();
  const summaryByValue = new Map<string, { phrases: { phrase: string; uri: string }[]; uris: Set<string>; text: string }>();
  const othersOf = (o: Occurrence): Occurrence[] => {
    let others = othersByValue.get(o.date.value!);
    if (others) return others;
    const mine = parsed.get(o)!;
    others = group.filter((x) => {
      if (x === o || guessed(x)) return false;
      const p = parsed.get(x)!;
      if (overlaps(mine, p)) return false;
      const apart = Math.max(p.firstDay - mine.lastDay, mine.firstDay - p.lastDay);
      if (o.event.quiet && !yearSlip(o.date.value!, x.date.value!)) return false;
      return !(o.event.maxApartDays && apart > o.event.maxApartDays);
    });
    othersByValue.set(o.date.value!, others);
    return others;
  };
  // The related locations and the data's list of others depend on the others and the event's name
  // alone: made once for each list of others (one a value) and shared by the findings that carry
  // them. (Findings are never changed once emitted.)
  const carriedOf = sharedBy((others: Occurrence[], name: string): { related: Finding['related']; others: { uri: string; date: string | undefined }[] } => {
    const first = others.slice(0, DATA_LIMIT);
    return {
      related: first.map((x) => ({ uri: x.doc.uri, start: x.date.start, end: x.date.end, message: `${name}: ${periodPhrase(x.date.value!, L)}` })),
      others: first.map((x) => ({ uri: x.doc.uri, date: x.date.value })),
    };
  });
  for (const o of group) {
    if (guessed(o)) continue;
    const others = othersOf(o);
    if (!others.length) continue;
    const explicit = [o, ...others].every((x) => !x.date.resolvedFrom);
    const severity: Severity = explicit && o.event.severity === 'warning' ? 'warning' : 'information';
    const name = t(L, o.event.name);
    const subject = o.event.subject === 'countries' ? ` (${subjectName(o.subject, L, ctx.entities)})` : protocolLabel(o.subject, L, ctx.entities);
    // (The summary of the others is the same for every article of one date, unless the article is
    // itself among them: once a date.)
    let summary = summaryByValue.get(o.date.value!);
    if (!summary) {
      const phrases = others.map((x) => ({ phrase: periodPhrase(x.date.value!, L), uri: x.doc.uri }));
      summaryByValue.set(o.date.value!, (summary = { phrases, uris: new Set(others.map((x) => x.doc.uri)), text: summarizeOthers(phrases, '', L) }));
    }
    const otherText = summary.uris.has(o.doc.uri) ? summarizeOthers(summary.phrases, o.doc.uri, L) : summary.text;
    const message = t(L, {
      en: `${name}${subject}: ${periodPhrase(o.date.value!, L)} here, but ${otherText}`,
      vi: `${name}${subject}: bài này ghi ${periodPhrase(o.date.value!, L)}, nhưng ${otherText}`,
    });
    // (What one finding carries is bounded: the first few lines, then how many more.)
    const lines = others.slice(0, SHOWN).map(
      (x) => `- ${periodPhrase(x.date.value!, L)} (\`${x.date.text}\`${x.date.resolvedFrom ? `, ${x.date.resolvedFrom}` : ''}) — ${baseName(x.doc.uri)}`,
    );
    if (others.length > SHOWN) lines.push(t(L, { en: `- … and ${others.length - SHOWN} more`, vi: `- … và ${others.length - SHOWN} bài khác` }));
    const resolved = o.date.resolvedFrom ? ` (${o.date.resolvedFrom})` : '';
    const detail = t(L, {
      en: `The ${name}${subject} is dated **${periodPhrase(o.date.value!, L)}** here (\`${o.date.text}\`${resolved}) and differently elsewhere:\n\n${lines.join('\n')}\n\nThe dates do not overlap, so they cannot both be the date of one event.${severity === 'information' ? ' A date whose year was inferred, or an event that may recur, makes this a note rather than a warning.' : ''}`,
      vi: `${name}${subject} được ghi **${periodPhrase(o.date.value!, L)}** trong bài này (\`${o.date.text}\`${resolved}), nơi khác ghi:\n\n${lines.join('\n')}\n\nCác ngày không trùng nhau nên không thể cùng là ngày của một sự kiện.${severity === 'information' ? ' Năm được suy ra hoặc sự kiện có thể lặp lại nên đây chỉ là ghi chú.' : ''}`,
    });
    out.push({
      uri: o.doc.uri,
      finding: {
        code: 'date.mismatch',
        severity,
        start: o.date.start,
        end: o.date.end,
        message,
        detail,
        // (Bounded, as the data: a date restated by thousands of articles is listed once each, up to a limit.)
        related: carriedOf(others, name).related,
        data: { event: o.event.key, subject: o.subject, date: o.date.value, others: carriedOf(others, name).others, othersCount: others.length },
      },
    });
  }
  return out;
}
