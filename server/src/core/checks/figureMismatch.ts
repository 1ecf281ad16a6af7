/**
 * `figure.mismatch`: two claims of one metric, subject and period whose values no reading of
 * their qualifiers and rounding reconciles. `gần 290` and `289,6` agree; `1,24 tỷ USD` and
 * `1.240 triệu USD` agree; `600 triệu USD` and `486 triệu USD` for the same year do not.
 */
import { matchKey } from '../text/textModel';
import type { Check, CheckContext, Emitted } from './types';
import type { Figure, Finding } from '../types';
import { claimKey, claimSignature, type Claim } from '../claims/index';
import { groupMemo, sharedBy } from './memo';
import { disjoint, midValue, plausible, type Interval } from '../claims/bounds';
import { figuresWithin, otherBodies, sameSeries } from '../claims/frame';
import { changePhrase, claimSubjectName, figurePhrase, metricName, periodPhrase, t } from '../messages/describe';
import { baseName, formatAmount, summarizeOthers } from '../messages/format';
import { work } from '../work';

function ratio(a: number | [number, number], b: number | [number, number]): number {
  const x = Math.abs(midValue(a));
  const y = Math.abs(midValue(b));
  return x > 0 && y > 0 ? Math.max(x, y) / Math.min(x, y) : Infinity;
}

/**
 * Two values a power of ten apart, digit for digit (`1,88 tỷ` and `18.8 billion`, `4,3 triệu` and
 * `4,34 tỷ`, `944.93` and `944.930 tấn`): a scale word or a separator written wrong, which the
 * genre does, not two quantities.
 */
function scaleSlip(a: Claim['figure'], b: Claim['figure']): number | null {
  const r = ratio(a.value, b.value);
  if (!Number.isFinite(r) || r < 9) return null;
  const k = Math.round(Math.log10(r));
  if (k < 1 || k > 3) return null;
  // Under an open bound (`hơn 843,8 triệu`) the digits as written must match closely: `hơn 1 tỷ`
  // is no slip of 171 tỷ.
  if (a.bound === 'lower' || a.bound === 'upper' || b.bound === 'lower' || b.bound === 'upper') return Math.abs(r / 10 ** k - 1) <= 0.01 ? 10 ** k : null;
  // The smaller, scaled up, falls within what the larger's own rounding allows (216,000 is no
  // slip of 217,5: the digits differ).
  const [small, large] = Math.abs(midValue(a.value)) < Math.abs(midValue(b.value)) ? [a, b] : [b, a];
  // (A round figure, `4 triệu lượt khách`, has no digits to match: no slip of 392.000.)
  if (significantDigits(large.value) < 2 || significantDigits(small.value) < 2) return null;
  const s = plausible(small, 'strict');
  return disjoint([s[0] * 10 ** k, s[1] * 10 ** k], plausible(large, 'strict')) ? null : 10 ** k;
}

/** The significant digits of a value as stated (4 000 000: 1; 392 000: 3; 3,92: 3). */
function significantDigits(v: Claim['figure']['value']): number {
  const x = Math.abs(midValue(v));
  if (!Number.isFinite(x) || x === 0) return 0;
  return String(Number(x.toPrecision(12))).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/** A level as written (`gần 290 triệu USD`); a change with its direction (`giảm 28%`). */
function phrase(c: Claim, L: CheckContext['locale']): string {
  let p = c.role === 'change' ? changePhrase(c.figure, L) : figurePhrase(c.figure, L);
  // `vượt 1,4 tỷ USD, giảm hơn 15% so với 1,7 tỷ USD`: say how far its change and base allow it.
  if (c.implied) {
    // (Shown within what the figure's own words say: `hơn 1,4 tỷ` is not shown from 1,39.)
    const v = Array.isArray(c.figure.value) ? c.figure.value[0] : c.figure.value;
    const [r0, r1] = c.implied.range;
    const hi = formatAmount(c.figure.bound === 'upper' ? Math.min(r1, v) : r1, c.figure.unit, c.figure.kind, L);
    const lo = formatAmount(c.figure.bound === 'lower' ? Math.max(r0, v) : r0, c.figure.unit, c.figure.kind, L);
    p += t(L, { en: ` (${lo} to ${hi} by its change from ${figurePhrase(c.implied.base, L)})`, vi: ` (từ ${lo} đến ${hi} theo mức thay đổi so với ${figurePhrase(c.implied.base, L)})` });
  }
  return p;
}

/** Statements listed in a finding's detail, and related locations it carries, at most. */
const SHOWN = 8;
const RELATED = 50;

/** A change's interval with its direction's sign: `giảm 14%` is −14%, beside `up 21%`. */
function signed(c: Claim, iv: Interval): Interval {
  return c.role === 'change' && c.figure.change?.direction === 'down' ? [-iv[1], -iv[0]] : iv;
}

function comparable(c: Claim): boolean {
  // (A count of things is whole: its separator is no guess, `4.281 xe` is 4,281.)
  return ((c.figure.readings?.length ?? 0) < 2 || (c.figure.kind === 'count' && Number.isInteger(c.figure.value))) && c.figure.kind !== 'multiple';
}

export const figureMismatch: Check = {
  code: 'figure.mismatch',
  defaultSeverity: 'warning',
  description: {
    en: 'The same metric, for the same subject and period, has values that their qualifiers and rounding cannot reconcile.',
    vi: 'Cùng một chỉ số, cùng chủ thể và cùng kỳ nhưng các giá trị chênh nhau quá mức làm tròn và từ hạn định cho phép.',
  },
  examples: [
    {
      texts: ['Năm 2023, kim ngạch thương mại hai chiều Việt Nam-Chile đạt 2,1 tỷ USD.', 'Kim ngạch thương mại hai chiều Việt Nam-Chile năm 2023 là 2,9 tỷ USD.'],
      reported: true,
      note: { en: 'Two values for one year.', vi: 'Hai giá trị cho cùng một năm.' },
    },
    {
      texts: ['Chín tháng đầu năm 2024, thương mại hai chiều đạt gần 290 triệu USD.', 'Trong 9 tháng đầu năm 2024, thương mại hai chiều đạt 289,6 triệu USD.'],
      reported: false,
      note: { en: '`gần 290` (just under 290) agrees with 289,6.', vi: '`gần 290` khớp với 289,6.' },
    },
    {
      texts: ['Tổng vốn đầu tư là 1,24 tỷ USD.', 'Tổng vốn đầu tư là 1.240 triệu USD.'],
      reported: false,
      note: { en: 'A change of scale word is not a change of value.', vi: 'Đổi đơn vị (tỷ/triệu) không đổi giá trị.' },
    },
    {
      texts: ['Năm 2023, xuất khẩu gạo của Việt Nam đạt 4,78 tỷ USD.', 'Năm 2023, xuất khẩu sản phẩm bán dẫn của Việt Nam đạt 12,7 tỷ USD.'],
      reported: false,
      note: { en: 'Rice and semiconductors are two products: two claims.', vi: 'Gạo và bán dẫn là hai mặt hàng: hai chỉ số khác nhau.' },
    },
    {
      texts: ['Năm 2023, thương mại hai chiều Việt Nam - Hoa Kỳ đạt 111 tỷ USD.', 'Hai bên đặt mục tiêu đưa thương mại hai chiều Việt Nam - Hoa Kỳ năm 2023 lên 130 tỷ USD.'],
      reported: false,
      note: { en: 'A target is not a result.', vi: 'Mục tiêu không phải kết quả.' },
    },
    {
      texts: ['Trong 10 tháng đầu năm 2023, xuất khẩu tôm đạt 2,8 tỷ USD, giảm 28% so với cùng kỳ năm 2022.', 'Tính đến hết tháng 10/2023, xuất khẩu tôm thu về 2,8 tỷ USD, giảm 24% so với cùng kỳ năm 2022.'],
      reported: true,
      note: { en: 'Two year-on-year changes of one product, flow and period.', vi: 'Hai mức thay đổi so với cùng kỳ của cùng mặt hàng, cùng kỳ.' },
    },
    {
      texts: ['In 2022, two-way trade between Vietnam and Peru was US$600 million.', 'Năm 2022, thương mại hai chiều Việt Nam-Peru đạt 600 triệu USD.'],
      reported: false,
      note: { en: 'The English and Vietnamese editions of one figure.', vi: 'Bản tiếng Anh và tiếng Việt của cùng một số liệu.' },
    },
  ],
  run(ctx) {
    const out: Emitted[] = [];
    // A group's findings depend on its claims, the locale and the subject's name alone.
    const memo = groupMemo<Emitted[]>(ctx.memo, 'figure.mismatch');
    for (const group of ctx.claims.groups()) {
      const c0 = group[0];
      const emitted = memo
        ? memo.get(
            claimKey(c0.metric, c0.subject, c0.period, c0.cumulative),
            group.map(claimSignature),
            `${ctx.locale}|${claimSubjectName(c0.metric, c0.subject, ctx.locale, ctx.entities)}`,
            () => groupFindings(group, ctx),
          )
        : groupFindings(group, ctx);
      for (const e of emitted) out.push(e);
    }
    return out;
  },
};

/**
 * What the comparison of two claims reads (besides their documents): claims that agree on all of
 * it are one class, and compare alike with every other claim.
 */
/** A count's noun as compared: vehicles are vehicles however a text counts them (`xe`, `chiếc`, `cars`). */
const VEHICLES = /^(?:xe(?: ô ?tô| hơi| tải| con| nguyên chiếc)?|chiếc(?: xe| ô ?tô)?|ô ?tô(?: nguyên chiếc)?|cars?|vehicles?|automobiles?|units)$/;
/**
 * Visits are visits however a text counts them (`lượt khách`, `du khách`, `visitors`, `US visitors`,
 * `arrivals`): the market is the claim's subject, not its noun's. (Not a bare `lượt`: what it
 * counts the words before it say, `khách qua lưu trú ước đạt 7,6 triệu lượt` are overnight guests.)
 */
const VISITS = /^(?:lượt (?:du )?khách|(?:du )?khách(?: du lịch)?|(?:\p{L}+ )?(?:visitors?|tourists?|arrivals?|visitor arrivals|tourist arrivals))(?: quốc tế| nước ngoài)?$/u;
/** Visitors from abroad, which a place's visitors (domestic ones too) are not: `lượt khách quốc tế`, `international arrivals`. */
const FROM_ABROAD = /(?:quốc tế|nước ngoài|international|foreign)/u;
function unitOf(c: Claim): string | null {
  const f = c.figure;
  if (f.kind !== 'count' || !f.unit) return f.unit;
  if (VEHICLES.test(f.unit)) return 'vehicle';
  if (/^tourists/.test(c.metric) && VISITS.test(f.unit)) return FROM_ABROAD.test(f.unit) ? 'visit:abroad' : 'visit';
  return f.unit;
}

function classKey(c: Claim, iv: Interval): string {
  const f = c.figure;
  const foreign = c.frame.source?.kind === 'foreign' ? c.frame.source.text : '';
  return `${unitOf(c)}|${f.kind}|${c.frame.status.value === 'estimate'}|${foreign}|${c.role === 'change'}|${f.change?.direction ?? ''}|${JSON.stringify(f.value)}|${iv[0]}|${iv[1]}`;
}

/**
 * Whether a claim `o` (of another article, neither restated nor on a relative period) disagrees
 * with `c`. Silence wherever the disagreement more likely comes from what the engine cannot see
 * than from the texts: levels three times apart or more, changes of one direction five times apart
 * (two different quantities, or a slip of scale the separator check reports; changes of opposite
 * directions always disagree), two values in one article (a writer rarely contradicts a figure a
 * few lines later; the engine more likely missed what tells them apart), a period relative to an
 * inferred article date (`năm ngoái` may be a year off), or one figure from a partner's or an
 * international body's statistics and the other not.
 */
function disagree(c: Claim, mine: Interval, o: Claim, theirs: Interval): boolean {
  work.claimsCompared++;
  return (
    unitOf(o) === unitOf(c) &&
    o.figure.kind === c.figure.kind &&
    // An estimate is right for its day and its maker: neither another's estimate (a bank's and the
    // World Bank's) nor the count that follows is held against it (a status that differs is a frame
    // that differs; the count revises the estimate, it does not contradict it).
    o.frame.status.value !== 'estimate' && c.frame.status.value !== 'estimate' &&
    // An average unit price within 1.5% of another for the same period is one average computed from
    // counts a little apart (`304,1` and `303,7 USD/tấn`), not two prices.
    !(c.role !== 'change' && c.figure.unit?.includes('/') && ratio(c.figure.value, o.figure.value) < 1.015) &&
    !levelsApart(c, o) &&
    sameSeries(o.frame, c.frame) &&
    !revisedLater(c, o) &&
    !looselyRoundedRate(c, o) &&
    !partnerCurrency(c) && !partnerCurrency(o) &&
    (c.role === 'change'
      ? o.figure.change?.direction !== c.figure.change?.direction || ratio(c.figure.value, o.figure.value) < 5
      : ratio(c.figure.value, o.figure.value) < 3 || scaleSlip(c.figure, o.figure) !== null) &&
    (disjoint(mine, theirs) || qualifiersExclude(c, o))
  );
}

/**
 * Two changes whose own levels, in their sentences, are three times apart or more measure two
 * different quantities (`xuất khẩu cá tra … đạt 175 triệu USD …, tăng gần 10%` in a paragraph on one
 * market against all pangasius exports of 1,023 tỷ USD, up 11%): whatever one of them misses in its
 * frame, their rates say nothing of each other.
 */
function levelsApart(c: Claim, o: Claim): boolean {
  if (c.role !== 'change' || o.role !== 'change') return false;
  const a = levelBefore(c);
  const b = levelBefore(o);
  return !!a && !!b && a.unit === b.unit && ratio(a.value, b.value) >= 3;
}
/** The level right before a change in its sentence, of the change's metric (read once a claim). */
const levelCache = new WeakMap<Claim, Figure | null>();
function levelBefore(c: Claim): Figure | undefined {
  let level = levelCache.get(c);
  if (level === undefined) {
    level = null;
    for (const g of figuresWithin(c.doc, { start: c.sentence.start, end: c.figure.start })) {
      if (g.end > c.figure.start || g.change || g.kind === 'percent' || g.metric !== c.figure.metric || g.unit?.includes('/')) continue;
      level = g;
    }
    levelCache.set(c, level);
  }
  return level ?? undefined;
}

/**
 * The statistics office revises its growth figures (GDP, the industrial production index) in later
 * releases: a year on, `IIP 8 tháng … tăng 8,6% (cùng kỳ năm 2023 giảm 0,2%)` quotes the revised
 * figure of a period an article of its day gave as `giảm 0,4%`. Two statements of such a figure
 * written half a year apart or more are a first figure and its revision, not a contradiction.
 */
const REVISED_INDICATORS = /^(?:iip|gdp)(?![\p{L}])/u;
const HALF_YEAR_MS = 182 * 24 * 3600 * 1000;
function revisedLater(c: Claim, o: Claim): boolean {
  if (!REVISED_INDICATORS.test(c.metric)) return false;
  const a = c.doc.referenceDate?.date;
  const b = o.doc.referenceDate?.date;
  return !!a && !!b && Math.abs(Date.parse(a) - Date.parse(b)) >= HALF_YEAR_MS;
}

/**
 * `3,9 tỷ euro`, `CHF3.61 billion`: Vietnam's statistics count trade in dollars, so trade in a
 * partner's currency is the partner's count or a conversion at some rate — two of them may differ
 * and both be right for their makers.
 */
function partnerCurrency(c: Claim): boolean {
  if (c.figure.kind !== 'money' || !c.figure.unit || !/^(?:trade|export|import)/.test(c.metric)) return false;
  if (c.figure.unit !== 'USD' && c.figure.unit !== 'VND') return true;
  // (Nor its conversion in brackets: `2.74 billion QAR (approximately US$754 million)`.)
  const lead = c.doc.text.slice(Math.max(0, c.figure.start - 40), c.figure.start);
  const open = /([\d.,]+\s*(?:billion|million|tỷ|tỉ|triệu|nghìn tỷ)?\s*([A-Z]{3}|euro|euros)\s*)\(\s*(?:approximately|about|around|roughly|some|nearly|khoảng|tương đương|xấp xỉ|gần|hơn|over)?\s*(?:us\$|\$)?\s*$/iu.exec(lead);
  return !!open && !['USD', 'VND'].includes(open[2].toUpperCase());
}

/**
 * `up 15% from 2023, he noted` beside `tăng 14,3%`: a rate of two digits or more written whole by
 * someone speaking is rounded loosely, so one within a point of it, in the same direction, is the
 * same rate. (In the text's own voice a whole rate is rounded as any figure: `giảm 3%` is not 2,3%.)
 */
const SPOKEN = /(?<![\p{L}])(?:said|says|noted|stated|told|added|stressed|highlighted|affirmed|according to (?:him|her)|cho biết|nói|nhấn mạnh|khẳng định|chia sẻ)(?![\p{L}])/u;
function looselyRoundedRate(c: Claim, o: Claim): boolean {
  if (c.role !== 'change' || o.role !== 'change' || c.figure.kind !== 'percent' || c.figure.change?.direction !== o.figure.change?.direction) return false;
  const a = c.figure.value;
  const b = o.figure.value;
  if (Array.isArray(a) || Array.isArray(b) || c.figure.bound !== 'exact' || o.figure.bound !== 'exact' || Math.abs(a - b) >= 1) return false;
  const spokenWhole = (x: Claim) => !/\d[.,]\d/.test(x.figure.text) && Math.abs(x.figure.value as number) >= 10 && SPOKEN.test(matchKey(x.doc.text.slice(x.sentence.start, x.sentence.end)));
  return spokenWhole(c) || spokenWhole(o);
}

/**
 * `hơn 2 tỷ USD` and `gần 2 tỷ USD`, `over 11` and `nearly 11`: one value bounded from both sides
 * by the same written number. The values may be close, but the two texts cannot both be right.
 */
function qualifiersExclude(c: Claim, o: Claim): boolean {
  const a = c.figure;
  const b = o.figure;
  if (Array.isArray(a.value) || Array.isArray(b.value) || a.value !== b.value || a.value === 0) return false;
  return (a.bound === 'lower' && b.bound === 'upper') || (a.bound === 'upper' && b.bound === 'lower');
}

/**
 * The claims that disagree with one claim, and what a finding says of them — shared by every claim
 * of a class (computed once per class, not once per claim: a group can hold thousands of articles
 * quoting a few values).
 */
interface Others {
  list: Claim[];
  /** The articles of `list`. */
  uris: Set<string>;
  summary: string;
  impliedNote: string;
}

function groupFindings(group: Claim[], ctx: CheckContext): Emitted[] {
  const out: Emitted[] = [];
  const L = ctx.locale;
  const claims = group.filter(comparable);
  // Each claim's interval once per group: a group can hold many articles quoting one figure.
  const range = new Map(claims.map((c) => [c, signed(c, c.implied?.range ?? plausible(c.figure, 'lenient'))]));
  // An article that restates one figure (its title, lead, body and a caption) makes one claim: its
  // first statement speaks for it, here and in the findings of others.
  const restated = new Set<Claim>();
  const firstOf = new Map<string, Claim>();
  for (const c of [...claims].sort((a, b) => a.figure.start - b.figure.start)) {
    const key = `${c.uri}|${c.figure.bound}|${String(c.figure.value)}|${c.figure.change?.direction ?? ''}`;
    if (firstOf.has(key)) restated.add(c);
    else firstOf.set(key, c);
  }
  // The claims that speak, by class (in group order within each); a claim on a period relative to
  // a guessed date neither reports nor is reported.
  const speaking = claims.filter((c) => !restated.has(c) && !c.relativePeriod);
  const order = new Map(speaking.map((c, i) => [c, i]));
  const classes = new Map<string, Claim[]>();
  for (const c of speaking) {
    const key = classKey(c, range.get(c)!);
    const members = classes.get(key);
    if (members) members.push(c);
    else classes.set(key, [c]);
  }
  const phrases = new Map<Claim, string>();
  const phraseOf = (c: Claim) => {
    let p = phrases.get(c);
    if (p === undefined) phrases.set(c, (p = phrase(c, L)));
    return p;
  };
  const describe = (list: Claim[], here: string): Others => ({
    list,
    uris: new Set(list.map((o) => o.uri)),
    summary: list.length ? summarizeOthers(list.map((o) => ({ phrase: phraseOf(o), uri: o.uri })), here, L) : '',
    impliedNote: list
      .filter((o) => o.implied)
      .slice(0, SHOWN)
      .map((o) => impliedSentence(o, here, L))
      .join(''),
  });
  // Per class: every member of the classes it disagrees with, in group order.
  const byClass = new Map<Claim[], Others>();
  const othersOfClass = (members: Claim[]): Others => {
    let o = byClass.get(members);
    if (!o) {
      const c = members[0];
      const list: Claim[] = [];
      for (const theirs of classes.values()) if (disagree(c, range.get(c)!, theirs[0], range.get(theirs[0])!)) list.push(...theirs);
      list.sort((a, b) => order.get(a)! - order.get(b)!);
      work.claimsCompared += list.length;
      byClass.set(members, (o = describe(list, '')));
    }
    return o;
  };
  // The related locations and the data's list of others depend on the others and the period alone:
  // made once for each list of others (a class's, shared by every member that is not among them),
  // and shared by the findings that carry them, so a figure restated by thousands of articles does
  // not make thousands of copies. (Findings are never changed once emitted.)
  const carriedOf = sharedBy((others: Claim[], period: string): { related: Finding['related']; others: { uri: string; value: Claim['figure']['value'] }[] } => {
    const first = others.slice(0, RELATED);
    return {
      related: first.map((o) => ({ uri: o.uri, start: o.figure.start, end: o.figure.end, message: `${phraseOf(o)} (${period})` })),
      others: first.map((o) => ({ uri: o.uri, value: o.figure.value })),
    };
  });
  for (const c of claims) {
    if (restated.has(c) || c.relativePeriod) continue;
    const shared = othersOfClass(classes.get(classKey(c, range.get(c)!))!);
    // Claims of the same article are never counterparts: an article that holds several values of
    // one group pays for its own list.
    const own = shared.uris.has(c.uri);
    const { list: others, summary, impliedNote: othersImplied } = own ? describe(shared.list.filter((o) => o.uri !== c.uri), c.uri) : shared;
    if (!others.length) continue;
    // A disagreement of qualifiers alone (`hơn 2 tỷ` against `gần 2 tỷ`) is a note: the values are close.
    const mine = range.get(c)!;
    const onlyQualifiers = others.every((o) => !disjoint(mine, range.get(o)!));
    // (So is a disagreement of two counts that name different bodies, `Tổng cục Hải quan` here and
    // `Bộ Công Thương` there: each may be right for its maker.)
    const bodies = others.every((o) => otherBodies(c.frame, o.frame));
    const severity = onlyQualifiers || bodies ? 'information' : 'warning';
    const metric = metricName(c.metric, L, c.figure.metricText);
    const subject = claimSubjectName(c.metric, c.subject, L, ctx.entities);
    const period = periodPhrase(c.period!, L);
    const mineText = phraseOf(c);
    const otherText = summary;
    const message = t(L, {
      en: `${metric} ${subject}, ${period}: ${mineText} here, but ${otherText}`,
      vi: `${metric} ${subject} ${period}: bài này ghi ${mineText}, nhưng ${otherText}`,
    });
    // What one finding carries stays bounded however widely a figure is reported: the first few
    // statements in full, then a count (every location stays in the related list, capped by the
    // façade).
    // (A rise written as a multiple shows its words in its phrase already.)
    const written = (x: Claim) => (x.figure.asMultiple ? '' : ` (\`${x.figure.text}\`)`);
    const lines = others.slice(0, SHOWN).map((o) => `- ${phraseOf(o)}${written(o)} — ${baseName(o.uri)}`);
    if (others.length > SHOWN) lines.push(t(L, { en: `- and ${others.length - SHOWN} more`, vi: `- và ${others.length - SHOWN} nơi khác` }));
    // A range the sentence's own change and base narrow (`giảm hơn 15% so với 1,7 tỷ USD`): this
    // claim's, and those of the first few others that have one.
    const impliedNote = (c.implied ? impliedSentence(c, c.uri, L) : '') + othersImplied;
    const slip = c.role === 'change' ? null : others.map((o) => scaleSlip(c.figure, o.figure)).find((x) => x !== null) ?? null;
    const slipNote = slip
      ? t(L, {
          en: ` The values are ${slip.toLocaleString('en')} times apart digit for digit: a scale word or a separator is probably written wrong (tỷ for triệu, a thousands dot read as a decimal point).`,
          vi: ` Hai giá trị chênh nhau đúng ${slip.toLocaleString('vi')} lần với cùng các chữ số: có lẽ một từ chỉ đơn vị (tỷ/triệu) hoặc một dấu phân cách bị viết sai.`,
        })
      : '';
    const detail = t(L, {
      en: `**${metric}**, ${subject}, **${period}** is stated as ${mineText}${written(c)} here and differently elsewhere:\n\n${lines.join('\n')}\n\n${onlyQualifiers ? 'The qualifiers exclude each other: one says more, the other less than the same number, though the values may be close.' : 'The values are further apart than their qualifiers and rounding allow (a whole number such as 600 is read as possibly rounded to 570–630; `gần`/`nearly` as up to 15% under).'}${impliedNote}${slipNote} One of them is probably wrong, or they describe different periods or subjects.${bodies ? ' They name different bodies (Customs, the statistics office, a ministry), whose counts of one flow may differ, so this is a note rather than a warning.' : ''}`,
      vi: `**${metric}**, ${subject}, **${period}**: bài này ghi ${mineText}${written(c)}, nơi khác ghi:\n\n${lines.join('\n')}\n\n${onlyQualifiers ? 'Hai từ hạn định loại trừ nhau: một bên nói hơn, một bên nói kém cùng một con số, dù các giá trị có thể gần nhau.' : 'Các giá trị chênh nhau nhiều hơn mức làm tròn và từ hạn định cho phép (số tròn như 600 được hiểu là có thể từ 570 đến 630; `gần` là thấp hơn tới 15%).'}${impliedNote}${slipNote} Có thể một con số sai, hoặc chúng nói về kỳ hay chủ thể khác nhau.${bodies ? ' Hai bên dẫn số liệu của hai cơ quan khác nhau (Hải quan, Thống kê, một bộ), có thể đếm khác nhau, nên đây chỉ là ghi chú.' : ''}`,
    });
    out.push({
      uri: c.uri,
      finding: {
        code: 'figure.mismatch',
        severity,
        start: c.figure.start,
        end: c.figure.end,
        message,
        detail,
        related: carriedOf(others, period).related,
        data: {
          metric: c.metric,
          subject: c.subject,
          period: c.period,
          value: c.figure.value,
          others: carriedOf(others, period).others,
          otherCount: others.length,
        },
      },
    });
  }
  return out;
}

/** `With giảm hơn 15% from 1,7 tỷ USD (a.txt), 1,4 tỷ USD can only be …`: a claim's implied range. */
function impliedSentence(o: Claim, here: string, L: CheckContext['locale']): string {
  const lo = formatAmount(o.implied!.range[0], o.figure.unit, o.figure.kind, L);
  const hi = formatAmount(o.implied!.range[1], o.figure.unit, o.figure.kind, L);
  const where = o.uri === here ? t(L, { en: 'here', vi: 'ở bài này' }) : baseName(o.uri);
  return t(L, {
    en: ` With \`${o.implied!.change.text}\` from \`${o.implied!.base.text}\` (${where}), \`${o.figure.text}\` can only be ${lo} to ${hi}.`,
    vi: ` Với \`${o.implied!.change.text}\` so với \`${o.implied!.base.text}\` (${where}), \`${o.figure.text}\` chỉ có thể từ ${lo} đến ${hi}.`,
  });
}
