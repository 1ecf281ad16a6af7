/**
 * The quantity engine: figures, dates and periods of one document, and its reference date.
 *
 * One linear pass tokenizes the normalized text; a second reads dates and periods (marking their
 * tokens), a third reads figures among the remaining tokens; then the reference date is inferred,
 * year-less and relative dates are resolved against it, and each figure gets its period, metric
 * and change. Figures and dates in article furniture (photo credits, related-article lines, the
 * source line, trailing site text) are not reported. Offsets are norm offsets; `text` is left
 * empty for the façade to fill.
 */
import type { EntityMention, Figure, ReferenceDate } from '../types';
import type { ExtractContext } from '../context';
import { tokenize } from './tokens';
import { readDate, reportedMonthCounts, resolveDate, needsReference, endDay, type RawDate } from './dates';
import { readFigures, documentConvention } from './figures';
import { attach, clauseOf, continues, isOpening, makeZoneIndex, shiftYear, type DateItem, type Zone } from './attach';

/** Words of a site's header or footer line, not of an article's dateline. */
const SITE_HEADER = /hotline|e-?mail|đường dây nóng|liên hệ quảng cáo/i;

/** The quantity engine's answer for one document. Offsets are norm offsets; `text` may be empty. */
export interface QuantityResult {
  figures: Figure[];
  /** Date mentions (`type: 'date'`, with `value` and `precision`). */
  dates: EntityMention[];
  referenceDate: ReferenceDate | null;
}

const TARGET = /mục tiêu|phấn đấu|dự kiến|kế hoạch|dự báo|hướng tới|nhất trí|thống nhất|sẽ |target|\baims?\b|expected|forecast|\bplans?\b|projected|will |agreed to|strive|seek to|\bexpects?\b|\bexpecting\b|anticipat|predict|có thể đạt|có thể vượt|dự tính|kỳ vọng|có thể|cam kết|\bcommit|pledg|lộ trình|tầm nhìn|chiến lược|quy hoạch|roadmap|vision|strategy/;

/** A plan met is a report: `đạt 104,9% kế hoạch năm`, `bằng 78,4% dự toán`, `vượt kế hoạch`. */
const PLAN_MET = /\d\s*%\s*(?:kế hoạch|dự toán|mục tiêu|chỉ tiêu)|(?:so với|vượt|hoàn thành|về đích)\s+(?:kế hoạch|mục tiêu|chỉ tiêu|dự toán)/g;
function aboutPlans(lower: string): boolean {
  return TARGET.test(lower.replace(PLAN_MET, ' '));
}

const PAST = /\bđã\b|\bstood\b|\bwas\b|\bwere\b|\breached\b|\btotall?ed\b|\brose\b|\bfell\b|\bgrew\b|\brecorded\b|ghi nhận|\bup from\b|\bdown from\b|so với/;

/** Finds every figure and date of one document, and its reference date. */
export function extractQuantities(ctx: ExtractContext): QuantityResult {
  const { model } = ctx;
  const tokens = tokenize(model.lower);
  const zones = contentZones(ctx);

  // Dates and periods.
  const consumed = new Uint8Array(tokens.length);
  const raws: RawDate[] = [];
  const reportedMonths = reportedMonthCounts(tokens);
  for (let i = 0; i < tokens.length; ) {
    const r = readDate(tokens, i, model.norm, reportedMonths);
    if (r && r.t1 > i) {
      raws.push(r);
      for (let k = r.t0; k < r.t1; k++) consumed[k] = 1;
      i = r.t1;
    } else i++;
  }
  const inZone = makeZoneTest(zones);
  const dated = raws.filter((r) => !r.code && inZone(tokens[r.t0].start));

  // Figures.
  const { convention, evidence } = documentConvention(tokens, ctx.language);
  const drafts = readFigures({ tokens, norm: model.norm, consumed, convention, conventionEvidence: evidence, language: ctx.language }).filter((d) =>
    inZone(d.figure.start),
  );

  // A period is reported on only when a figure shares its sentence (a planned `quý III/2024` is not).
  const zoneOf = makeZoneIndex(zones);
  // Durations (`53 năm`) report on nothing.
  const DURATION_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'decade']);
  const figureZones = new Set(
    drafts.filter((d) => !(d.figure.kind === 'measure' && DURATION_UNITS.has(d.figure.unit ?? ''))).map((d) => zoneOf(d.figure.start)),
  );
  // Sentences about plans and forecasts do not report on their periods.
  const targetZones = new Set<number>();
  zones.forEach((z, k) => {
    if (aboutPlans(model.lower.slice(z.start, z.end))) targetZones.add(k);
  });
  // A whole year or month reports on a figure only from the figure's own clause, and not in a
  // clause about plans (`which stood at 486 million USD in 2023` does; `launched in 2014, now
  // serves 7.1 million subscribers` does not).
  const inDate = new Uint8Array(tokens.length);
  const rawAt = new Map<number, RawDate>();
  for (const r of dated) {
    rawAt.set(r.t0, r);
    for (let k = r.t0; k < r.t1; k++) inDate[k] = 1;
  }
  // `since 1974`, `kể từ năm 2016`: the start of a span that runs to now, not a period reported on.
  const since = new Set<RawDate>();
  for (const r of dated) {
    // (`từ ngày 4/5/2023` dates a change, and stays its period.)
    if (r.b || r.a.d !== undefined) continue;
    const p = tokens[r.t0 - 1]?.text;
    if (p === 'since' || (p === 'từ' && tokens[r.t0 - 2]?.text === 'kể')) since.add(r);
    else if (p === 'từ' && !['đến', 'tới', 'to', '-', '–'].includes(tokens[r.t1]?.text ?? '')) since.add(r);
    // (`Sau năm 2016, xuất khẩu … lao dốc`, `after 2016`: the years after a year, no period reported
    // on. Not `trước năm 2028`, which a plan's deadline is written with.)
    else if (r.a.m === undefined && ((p === 'sau' && tokens[r.t0]?.text === 'năm') || p === 'after')) since.add(r);
  }
  const governing = new Set<RawDate>();
  for (const d of drafts) {
    if (d.figure.kind === 'measure' && DURATION_UNITS.has(d.figure.unit ?? '')) continue;
    const z = zoneOf(d.figure.start);
    if (z < 0) continue;
    const c = clauseOf(tokens, d, zones[z], inDate, model.norm);
    const clauseText = model.lower.slice(c.start, c.end);
    if (aboutPlans(clauseText)) continue;
    // In a sentence about plans, a clause reports only with a verb of the past (`và tăng gấp đôi vào
    // năm 2030` goes on planning; `which stood at 486 million USD in 2023` reports).
    if (targetZones.has(z) && !PAST.test(clauseText)) continue;
    for (let k = c.t0; k < c.t1; k++) {
      const r = rawAt.get(k);
      if (r && !since.has(r)) governing.add(r);
    }
  }
  // An opening adverbial (`Năm 2023, xuất khẩu đạt ...`) governs the figures of its sentence.
  for (const r of dated) {
    const z = zoneOf(tokens[r.t0].start);
    if (z >= 0 && !since.has(r) && figureZones.has(z) && !targetZones.has(z) && isOpening(tokens, zones[z], r)) governing.add(r);
  }
  const referenceDate = inferReference(ctx, tokens, dated.filter((r) => !r.priceBase), (r) =>
    r.reported
      ? figureZones.has(zoneOf(tokens[r.t0].start)) && !targetZones.has(zoneOf(tokens[r.t0].start))
      : governing.has(r),
    (r) => targetZones.has(zoneOf(tokens[r.t0].start)),
  );
  const ref = referenceDate?.date ?? null;

  const items: DateItem[] = dated.map((r) => ({
    t0: r.t0,
    t1: r.t1,
    start: tokens[r.t0].start,
    end: tokens[r.t1 - 1].end,
    value: r.samePeriodLastYear || r.previousMonth || r.priceBase ? null : resolveDate(r, ref),
    samePeriodLastYear: r.samePeriodLastYear,
    since: since.has(r) || undefined,
  }));
  // A quarter named without its year (`Quý I tăng 6,54%; quý II …`) in a paragraph that has named
  // a whole year as what it reports on (`kinh tế thành phố năm 2024 …`) is that year's, not the
  // reference year's. (Not a year a figure is compared with: `so với năm 2023`.)
  for (let k = 0; k < items.length; k++) {
    const r = dated[k];
    if (r.precision !== 'quarter' || r.a.y !== undefined || (r.a.yRel ?? 0) !== 0 || !items[k].value) continue;
    // (At most fifty dates back, so that a paragraph of endless quarters stays linear.)
    for (let b = k - 1; b >= 0 && b >= k - 50; b--) {
      if (model.norm.slice(items[b].end, items[k].start).includes('\n')) break;
      const x = dated[b];
      if (x.precision !== 'year' || x.a.y === undefined || x.b || items[b].since) continue;
      const prev = tokens[x.t0 - 1]?.text;
      if (prev === 'với' || prev === 'than' || prev === 'from' || prev === 'to' || tokens[x.t0 - 2]?.text === 'compared') continue;
      items[k].value = shiftYear(items[k].value!, x.a.y - Number(items[k].value!.slice(0, 4)));
      break;
    }
  }
  // The last period the article reports on (found once, when first needed).
  let articlePeriodMemo: string | null | undefined;
  const articlePeriod = (): string | null => {
    if (articlePeriodMemo !== undefined) return articlePeriodMemo;
    articlePeriodMemo = null;
    for (let b = items.length - 1; b >= 0; b--) {
      const v = items[b].value;
      if (v && !items[b].samePeriodLastYear && dated[b].reported && v.includes('/') && (!ref || endDay(v) < ref)) {
        articlePeriodMemo = v;
        break;
      }
    }
    return articlePeriodMemo;
  };
  // `cùng kỳ`: the sentence's other period a year back, else the year before the reference.
  for (let k = 0; k < items.length; k++) {
    if (!items[k].samePeriodLastYear) continue;
    const zk = zoneOf(items[k].start);
    let before: DateItem | null = null;
    for (let b = k - 1; b >= 0 && b >= k - 50 && zoneOf(items[b].start) === zk; b--) {
      if (items[b].value && !items[b].samePeriodLastYear) {
        before = items[b];
        break;
      }
    }
    // `cùng kỳ năm 2023`: the same period in that year.
    const explicit = dated[k].sameYear;
    if (before) {
      const by = explicit !== undefined ? explicit - Number(before.value!.slice(0, 4)) : -1;
      items[k].value = shiftYear(before.value!, by);
    } else {
      // No period of its own sentence: the period the paragraph reports on (`Xuất khẩu 10 tháng đạt
      // ... Riêng sầu riêng tăng gấp đôi cùng kỳ`), else the article's, a year back.
      const zb = zk >= 0 ? zones[zk].block : -1;
      // (A paragraph that opens by breaking down the one before, `Of the figure, shrimp …`, reports
      // on its period.)
      const zbBefore = zk > 0 && zones[zk - 1].block !== zb && continues(tokens, zones[zk]) ? zones[zk - 1].block : zb;
      let carried: string | null = null;
      // (At most 50 dates back, so that a text of nothing but dates stays linear.)
      for (let b = k - 1; b >= 0 && b >= k - 50; b--) {
        const zbk = zoneOf(items[b].start);
        if (zbk < 0 || (zones[zbk].block !== zb && zones[zbk].block !== zbBefore)) break;
        const v = items[b].value;
        if (v && !items[b].samePeriodLastYear && !/^\d{4}-\d{2}-\d{2}$/.test(v) && dated[b].reported) {
          carried = v;
          break;
        }
      }
      if (!carried && explicit === undefined) carried = articlePeriod();
      if (carried) {
        const by = explicit !== undefined ? explicit - Number(carried.slice(0, 4)) : -1;
        items[k].value = shiftYear(carried, by);
      } else {
        // (With no period to shift, `the same period last year` names no period: the whole year
        // before is not what it says — nor is all of 2024 what `cùng kỳ năm 2024` says after `trong
        // 7 tháng vừa qua`.)
        items[k].value = null;
      }
    }
  }
  // `tháng trước`: the month before the sentence's month, else before the reference month.
  for (let k = 0; k < items.length; k++) {
    if (!dated[k].previousMonth) continue;
    const zk = zoneOf(items[k].start);
    let month: string | null = null;
    for (let b = k - 1; b >= 0 && b >= k - 50 && zoneOf(items[b].start) === zk; b--) {
      const v = items[b].value;
      if (v && /^\d{4}-\d{2}$/.test(v)) {
        month = v;
        break;
      }
    }
    month = month ?? (ref ? ref.slice(0, 7) : null);
    items[k].value = month ? previousMonthOf(month) : null;
  }
  attach(tokens, model.norm, zones, drafts, items, targetZones, ref);

  const dates: EntityMention[] = [];
  for (let k = 0; k < dated.length; k++) {
    const r = dated[k];
    // (`the end of 2021` shows September to December; figures report on the year.)
    const v = r.shown && items[k].value ? resolveDate({ ...r, a: r.shown.a, b: r.shown.b, precision: r.shown.precision, shown: undefined }, ref) : items[k].value;
    if (!v) continue;
    const m: EntityMention = {
      type: 'date',
      start: items[k].start,
      end: items[k].end,
      text: '',
      canonical: v,
      entityId: `date:${v}`,
      value: v,
      precision: r.shown ? r.shown.precision : r.precision === 'interval' && !v.includes('/') ? precisionOf(v) : r.precision,
    };
    if ((needsReference(r) || r.samePeriodLastYear || r.previousMonth) && referenceDate) {
      m.resolvedFrom = `reference date ${referenceDate.date} (${referenceDate.source})`;
    }
    dates.push(m);
  }
  return { figures: drafts.map((d) => d.figure), dates, referenceDate };
}

/** The latest year-less day (`ngày 14/11`) placed in year y that falls after `after`. */
function hasDayDate(r: RawDate): boolean {
  return (r.b ?? r.a).d !== undefined;
}

function latestYearless(raws: RawDate[], y: number, after: string, inclusive = false): { day: string; r: RawDate } | null {
  let best: { day: string; r: RawDate } | null = null;
  for (const r of raws) {
    if (r.a.y !== undefined || r.a.yRel !== undefined || r.a.d === undefined || r.a.m === undefined) continue;
    const last = r.b ?? r.a;
    const day = `${y}-${String(last.m).padStart(2, '0')}-${String(last.d).padStart(2, '0')}`;
    if ((day > after || (inclusive && day === after)) && (!best || day > best.day)) best = { day, r };
  }
  return best;
}

function precisionOf(v: string): 'day' | 'month' | 'year' {
  return v.length === 10 ? 'day' : v.length === 7 ? 'month' : 'year';
}

/** Content zones: sentences of the title, lead and body, and image captions. */
function contentZones(ctx: ExtractContext): Zone[] {
  const { structure } = ctx;
  const zones: Zone[] = [];
  const blocks = structure.blocks;
  let b = 0;
  for (const s of structure.sentences) {
    while (b < blocks.length && blocks[b].end < s.end) b++;
    // The marker line (`% communique: date=...`) is not content.
    if (ctx.model.norm.startsWith('% communique', s.start)) continue;
    zones.push({ start: s.start, end: s.end, block: b, lead: blocks[b]?.kind === 'lead' });
  }
  blocks.forEach((bl, k) => {
    if (bl.kind === 'caption') zones.push({ start: bl.start, end: bl.end, block: k });
  });
  zones.sort((x, y) => x.start - y.start);
  return zones;
}


function makeZoneTest(zones: Zone[]): (pos: number) => boolean {
  const index = makeZoneIndex(zones);
  return (pos) => index(pos) >= 0;
}


/**
 * The article's reference date. A marker line wins. Otherwise the text gives a floor: the day after
 * the latest period a figure reports on (`9 tháng đầu năm 2024` with a figure → after 2024-09-30; a
 * whole year with a figure, `486 million USD in 2023` → after 2023), targets and bases excepted
 * (a sentence about plans counts only in a clause with a verb of the past; a plan met, `đạt 104,9%
 * kế hoạch`, is a report; a year after `since` starts a span to now). A whole year beside the first
 * months of the same year is the year under way. The latest complete date outside plans is the
 * reference when it reaches the floor; otherwise the floor's year with the latest year-less day
 * after the floor (`ngày 14/11`), or the floor itself. A year-less day later in the year of the
 * latest complete date wins over it (`Sáng 20/10` beside a full `25/3/2024`). Failing all, the
 * latest year named outside plans (an interval counts from its start; `cùng kỳ năm 2023` names
 * 2024), with a year-less day in it. Years named only in plans date nothing.
 */
function inferReference(
  ctx: ExtractContext,
  tokens: ReturnType<typeof tokenize>,
  raws: RawDate[],
  reportsOnFigure: (r: RawDate) => boolean,
  inPlan: (r: RawDate) => boolean,
): ReferenceDate | null {
  if (ctx.referenceDate) {
    const origin = ctx.referenceDateOrigin ?? { source: 'marker', explanation: `marker line: date=${ctx.referenceDate}` };
    return { date: ctx.referenceDate, ...origin };
  }
  const span = (r: RawDate) => ({ start: tokens[r.t0].start, end: tokens[r.t1 - 1].end });
  const textOf = (r: RawDate) => ctx.model.norm.slice(tokens[r.t0].start, tokens[r.t1 - 1].end);
  let latest: { day: string; r: RawDate } | null = null;
  // (`weak`: the floor is only a year after a base — `so với năm 2021`, the start of `từ A năm 2012
  // lên B vào năm ngoái` — so the article may be any year later: no day in the text firms it.)
  let floor: { day: string; r: RawDate; weak?: boolean } | null = null;
  let partialFloor: { day: string; r: RawDate } | null = null;
  let latestYear: { y: number; r: RawDate } | null = null;
  // A date written as what a figure is compared with (`so với tháng 2/2024`, `compared to January
  // 2023`, `from 2021`, `than …`), not as what it reports.
  const isBase = (r: RawDate): boolean => {
    const prev = tokens[r.t0 - 1]?.text;
    const prev2 = tokens[r.t0 - 2]?.text;
    const next = tokens[r.t1]?.text;
    // (`So sánh với hai tháng đầu năm 2024, …`: compared with, as `so với`.)
    return (prev2 === 'so' && prev === 'với') || (prev2 === 'sánh' && prev === 'với' && tokens[r.t0 - 3]?.text === 'so') || prev === 'than' || prev === 'from' || prev === 'against' || prev2 === 'compared' || next === 'lên' || (next === 'to' && tokens[r.t1 + 1]?.type === 'num');
  };
  // A site's header line at the top of the page (`15:11 ngày 24/11/2024 | HOTLINE: … | Email: …`)
  // gives the day the page was fetched, not the article's. (Only the first few hundred characters
  // are read: a page's header stands there, and a long text stays linear.)
  const top = ctx.model.norm.slice(0, 400);
  const siteHeader = (r: (typeof raws)[number]): boolean => {
    const at = tokens[r.t0].start;
    if (at >= top.length) return false;
    const from = top.lastIndexOf('\n', at) + 1;
    const to = top.indexOf('\n', at);
    return SITE_HEADER.test(top.slice(from, to < 0 ? top.length : to));
  };
  for (const r of raws) {
    // `cùng kỳ năm 2023` compares with 2023: the article is in 2024 at least.
    if (r.sameYear !== undefined && !inPlan(r) && (!latestYear || r.sameYear + 1 > latestYear.y)) latestYear = { y: r.sameYear + 1, r };
    if (r.samePeriodLastYear || r.ytd || r.previousMonth || needsReference(r)) continue;
    const v = resolveDate(r, null);
    if (!v) continue;
    const prev = tokens[r.t0 - 1]?.text;
    const prev2 = tokens[r.t0 - 2]?.text;
    // (`Tính đến đầu năm 2017`, `early 2017`: the start of the year, not its end.)
    const early = (prev === 'đầu' || prev === 'early') && r.precision === 'year' && !r.b;
    const day = early ? `${v.slice(0, 4)}-01-31` : endDay(v);
    const hasDay = (r.b ?? r.a).d !== undefined;
    // (`compared to January 2023` is a base, not a deadline.)
    const target = prev === 'đến' || prev === 'tới' || prev === 'by' || prev === 'until' || (prev === 'to' && prev2 !== 'compared') || prev === 'trước' || (prev === 'hết' && (prev2 === 'đến' || prev2 === 'tới'));
    // (`có hiệu lực từ ngày 1/7/2025, sẽ bãi bỏ ...`, `áp dụng đến ngày 30/6/2026`: a date in a plan or
    // a deadline is ahead of the article.)
    if (hasDay && !inPlan(r) && !target && !siteHeader(r) && (!latest || day > latest.day)) latest = { day, r };
    const base = isBase(r);
    // A plan's interval (`action plan for 2024-2027`) and a year straddled (`the 2024-25 financial
    // year`, `năm học 2024-2025`) say the article is at least at their start, not at their end.
    const startYear = Number(v.slice(0, 4));
    const straddle = !!r.b && (Number(day.slice(0, 4)) - startYear <= 1 || inPlan(r));
    const y = straddle ? startYear : Number(day.slice(0, 4));
    if (!target && !inPlan(r) && (!latestYear || y > latestYear.y)) latestYear = { y, r };
    const reportsOn = (r.reported || r.precision === 'year' || r.precision === 'month') && !target && !base && reportsOnFigure(r);
    if (reportsOn && r.precision !== 'year' && (!partialFloor || day > partialFloor.day)) partialFloor = { day, r };
    if (reportsOn && (!floor || day > floor.day)) floor = { day, r };
    // `up 29% from 2021`: what is compared with a whole year is the year after it at least, so the
    // article is later still.
    if (base && !target && !inPlan(r) && r.precision === 'year' && !r.b && r.a.y !== undefined) {
      const yearAfter = `${r.a.y + 1}-12-31`;
      if (!floor || yearAfter > floor.day) floor = { day: yearAfter, r, weak: true };
    }
    // `Vietnam exported … in January …, nearly double compared to January 2023`: a month compared
    // with the same month of a named year, which the text names again without one, is that month a
    // year later.
    const m0 = r.a.m;
    if (base && !target && !inPlan(r) && r.precision === 'month' && !r.b && r.a.y !== undefined && m0 !== undefined) {
      const again = raws.some((x) => x !== r && !inPlan(x) && !isBase(x) && x.a.y === undefined && (x.a.yRel ?? 0) === 0 && !x.b && x.a.m === m0 && x.a.d === undefined);
      if (again) {
        const monthAfter = nextDay(endDay(`${r.a.y + 1}-${String(m0).padStart(2, '0')}`));
        if (!floor || monthAfter > floor.day) floor = { day: monthAfter, r, weak: true };
      }
    }
  }
  // A whole year Y reported beside the first months of Y (`Mười tháng đầu năm 2024, ...`; `năm 2024
  // phía bạn dành chỉ tiêu ...`) is the year under way, not a year completed.
  if (floor && partialFloor && floor.r.precision === 'year' && !floor.r.b && floor.day.slice(0, 4) === partialFloor.day.slice(0, 4)) floor = partialFloor;
  // The floor is the day after the last period reported on.
  if (floor) floor = { day: nextDay(floor.day), r: floor.r, weak: floor.weak };
  // `10/7/2023` on a page that reports the first nine months of 2023 is written month first
  // (7 October): the day-first reading would date the article before what it reports.
  // (Months reported without a year, `the first nine months`, are months of the article's year.)
  let after = floor?.day;
  if (latest && !after) {
    let month = 0;
    for (const r of raws) {
      const last = r.b ?? r.a;
      if (r.reported && r.a.y === undefined && (r.a.yRel ?? 0) === 0 && last.m !== undefined && last.d === undefined && !inPlan(r)) month = Math.max(month, last.m);
    }
    if (month) after = nextDay(endDay(`${latest.day.slice(0, 4)}-${String(month).padStart(2, '0')}`));
  }
  if (latest && after && latest.day < after) {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(textOf(latest.r).trim());
    if (m && +m[1] <= 12 && +m[2] <= 31) {
      const swapped = `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
      if (swapped >= after && !Number.isNaN(Date.parse(swapped))) {
        return { date: swapped, source: 'text-latest-date', evidence: span(latest.r), explanation: `latest complete date in the text, month first: ${textOf(latest.r)}` };
      }
    }
  }
  // A complete date on the article's first line (a dateline, a page's stamp) is its date, whatever
  // years the text reports on.
  const firstLine = ctx.model.norm.indexOf('\n', ctx.model.norm.search(/\S/));
  if (latest && hasDayDate(latest.r) && (firstLine < 0 || tokens[latest.r.t0].start < firstLine) && (!floor || latest.day.slice(0, 4) >= floor.day.slice(0, 4) || +floor.day.slice(0, 4) - +latest.day.slice(0, 4) === 1)) {
    return { date: latest.day, source: 'text-latest-date', evidence: span(latest.r), explanation: `the date on the article's first line: ${textOf(latest.r)}` };
  }
  // (A floor that is only a year after a compared year gives way to a complete date in the year
  // after that one: `So với năm 2018, … tăng` in a page stamped 18/10/2019.)
  if (latest && (!floor || latest.day >= floor.day || (floor.weak && latest.day >= `${+floor.day.slice(0, 4) - 1}-01-01`))) {
    const later = latestYearless(raws, Number(latest.day.slice(0, 4)), latest.day);
    if (later) {
      return {
        date: later.day,
        source: 'text-year',
        evidence: span(later.r),
        explanation: `year from the latest complete date ("${textOf(latest.r)}"), day from "${textOf(later.r)}"`,
      };
    }
    return {
      date: latest.day,
      source: 'text-latest-date',
      evidence: span(latest.r),
      explanation: `latest complete date in the text: ${textOf(latest.r)}`,
    };
  }
  // A page's month stamp opening the first line (`date 2024-01 PNJ công bố …`) is the month of
  // writing, when nothing reported is later: an article of January 2024 that reports `quý IV`
  // reports Q4 2023.
  // (Only a stamp in ISO form, `2024-01`: `Tháng 6/2023, xuất khẩu đạt …` opening an article is a
  // period reported on.)
  const stamp = raws.find((r) => r.precision === 'month' && !r.b && r.a.y !== undefined && r.a.m !== undefined && (firstLine < 0 || tokens[r.t0].start < firstLine) && /^\s*(?:date\s+)?$/i.test(ctx.model.norm.slice(0, tokens[r.t0].start)) && /^\d{4}-\d{2}$/.test(textOf(r).trim()));
  if (stamp) {
    const month = `${stamp.a.y}-${String(stamp.a.m).padStart(2, '0')}`;
    if (!floor || floor.day <= nextDay(endDay(month))) {
      return { date: endDay(month), source: 'text-year', evidence: span(stamp), explanation: `the month on the article's first line: ${textOf(stamp)}`, dayInText: true };
    }
  }
  if (floor) {
    // (`over the same period in 2018` beside a period of 2017: the article is of 2019 at least.)
    const compared = latestYear && latestYear.r.sameYear !== undefined && latestYear.y > Number(floor.day.slice(0, 4)) ? latestYear.y : null;
    const y = compared ?? Number(floor.day.slice(0, 4));
    const best = latestYearless(raws, y, compared ? `${compared}-01-01` : floor.day, true);
    if (best) {
      return {
        date: best.day,
        source: 'text-year',
        evidence: span(best.r),
        explanation: `year ${y}, after the period reported on ("${textOf(floor.r)}"), day from "${textOf(best.r)}"`,
        ...(floor.weak ? {} : { dayInText: true }),
      };
    }
    // `so với cùng kỳ 2022` beside `tháng 9` and `năm 2022`: the article reports on the months of
    // the year after, at least up to the last month it names without a year.
    if (raws.some((r) => r.sameYear === y - 1 && !inPlan(r))) {
      let month = 0;
      let at: RawDate | null = null;
      for (const r of raws) {
        const last = r.b ?? r.a;
        if (r.a.y !== undefined || (r.a.yRel !== undefined && r.a.yRel !== 0) || last.m === undefined || last.d !== undefined || r.samePeriodLastYear || r.previousMonth || r.thisYear || inPlan(r)) continue;
        if (last.m > month) {
          month = last.m;
          at = r;
        }
      }
      // (Never before the day after a period the text reports in full: `quý I` beside `đến ngày
      // 15/4/2025` is written after 15 April.)
      const after = nextDay(endDay(`${y}-${String(month).padStart(2, '0')}`));
      if (at && after >= floor.day) {
        return {
          date: after,
          source: 'text-year',
          evidence: span(at),
          explanation: `year ${y}, the one after the same period compared with; month from "${textOf(at)}"`,
          dayInText: true,
        };
      }
    }
    return {
      date: floor.day,
      source: 'text-year',
      evidence: span(floor.r),
      explanation: `the day after the period reported on: "${textOf(floor.r)}"`,
    };
  }
  // Nothing outside sentences of plans: a period reported as past (`Bốn tháng đầu năm 2023` in a
  // headline run together with a plan) still dates the article, as a last resort.
  if (!latestYear) {
    for (const r of raws) {
      if (!r.reported || !inPlan(r) || needsReference(r)) continue;
      const v = resolveDate(r, null);
      if (!v) continue;
      const day = nextDay(endDay(v));
      if (!floor || day > floor.day) floor = { day, r };
    }
    if (floor) return { date: floor.day, source: 'text-year', evidence: span(floor.r), explanation: `the day after the period reported on: "${textOf(floor.r)}"` };
  }
  if (latestYear) {
    // A day without its year (`ngày 20/9`) in the latest year named.
    const day = latestYearless(raws, latestYear.y, `${latestYear.y}-01-01`, true);
    if (day) {
      return {
        date: day.day,
        source: 'text-year',
        evidence: span(day.r),
        explanation: `latest year in the text, ${latestYear.y} ("${textOf(latestYear.r)}"), day from "${textOf(day.r)}"`,
      };
    }
    return {
      date: `${latestYear.y}-12-31`,
      source: 'text-year',
      evidence: span(latestYear.r),
      explanation: `latest year in the text, ${latestYear.y}: "${textOf(latestYear.r)}"`,
    };
  }
  return null;
}

function previousMonthOf(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

const nextDays = new Map<string, string>();
function nextDay(day: string): string {
  let next = nextDays.get(day);
  if (next === undefined) {
    next = new Date(Date.parse(day + 'T00:00:00Z') + 86_400_000).toISOString().slice(0, 10);
    if (nextDays.size >= 10_000) nextDays.clear();
    nextDays.set(day, next);
  }
  return next;
}
