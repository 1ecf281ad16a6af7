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
import { readDate, resolveDate, needsReference, endDay, type RawDate } from './dates';
import { readFigures, documentConvention } from './figures';
import { attach, shiftYear, type DateItem, type Zone } from './attach';

/** The quantity engine's answer for one document. Offsets are norm offsets; `text` may be empty. */
export interface QuantityResult {
  figures: Figure[];
  /** Date mentions (`type: 'date'`, with `value` and `precision`). */
  dates: EntityMention[];
  referenceDate: ReferenceDate | null;
}

/** Finds every figure and date of one document, and its reference date. */
export function extractQuantities(ctx: ExtractContext): QuantityResult {
  const { model } = ctx;
  const tokens = tokenize(model.lower);
  const zones = contentZones(ctx);

  // Dates and periods.
  const consumed = new Uint8Array(tokens.length);
  const raws: RawDate[] = [];
  for (let i = 0; i < tokens.length; ) {
    const r = readDate(tokens, i, model.norm);
    if (r && r.t1 > i) {
      raws.push(r);
      for (let k = r.t0; k < r.t1; k++) consumed[k] = 1;
      i = r.t1;
    } else i++;
  }
  const inZone = makeZoneTest(zones);
  const dated = raws.filter((r) => !r.code && inZone(tokens[r.t0].start));

  // Figures.
  const convention = documentConvention(tokens, ctx.language);
  const drafts = readFigures({ tokens, norm: model.norm, consumed, convention, language: ctx.language }).filter((d) =>
    inZone(d.figure.start),
  );

  // A period is reported on only when a figure shares its sentence (a planned `quý III/2024` is not).
  const zoneOf = makeZoneIndex(zones);
  const figureZones = new Set(drafts.map((d) => zoneOf(d.figure.start)));
  const referenceDate = inferReference(ctx, tokens, dated, (r) => figureZones.has(zoneOf(tokens[r.t0].start)));
  const ref = referenceDate?.date ?? null;

  const items: DateItem[] = dated.map((r) => ({
    t0: r.t0,
    t1: r.t1,
    start: tokens[r.t0].start,
    end: tokens[r.t1 - 1].end,
    value: r.samePeriodLastYear ? null : resolveDate(r, ref),
    samePeriodLastYear: r.samePeriodLastYear,
  }));
  // `cùng kỳ`: the sentence's other period a year back, else the year before the reference.
  for (let k = 0; k < items.length; k++) {
    if (!items[k].samePeriodLastYear) continue;
    const zk = zoneOf(items[k].start);
    let before: DateItem | null = null;
    for (let b = k - 1; b >= 0 && zoneOf(items[b].start) === zk; b--) {
      if (items[b].value && !items[b].samePeriodLastYear) {
        before = items[b];
        break;
      }
    }
    const explicit = dated[k].a.y !== undefined ? String(dated[k].a.y) : null;
    items[k].value = before ? shiftYear(before.value!, -1) : explicit ?? (ref ? String(Number(ref.slice(0, 4)) - 1) : null);
  }
  attach(tokens, model.norm, zones, drafts, items);

  const dates: EntityMention[] = [];
  for (let k = 0; k < dated.length; k++) {
    const v = items[k].value;
    if (!v) continue;
    const r = dated[k];
    const m: EntityMention = {
      type: 'date',
      start: items[k].start,
      end: items[k].end,
      text: '',
      canonical: v,
      entityId: `date:${v}`,
      value: v,
      precision: r.precision === 'interval' && !v.includes('/') ? precisionOf(v) : r.precision,
    };
    if ((needsReference(r) || r.samePeriodLastYear) && referenceDate) {
      m.resolvedFrom = `reference date ${referenceDate.date} (${referenceDate.source})`;
    }
    dates.push(m);
  }
  return { figures: drafts.map((d) => d.figure), dates, referenceDate };
}

/** The latest year-less day (`ngày 14/11`) placed in year y that falls after `after`. */
function latestYearless(raws: RawDate[], y: number, after: string): { day: string; r: RawDate } | null {
  let best: { day: string; r: RawDate } | null = null;
  for (const r of raws) {
    if (r.a.y !== undefined || r.a.yRel !== undefined || r.a.d === undefined || r.a.m === undefined) continue;
    const last = r.b ?? r.a;
    const day = `${y}-${String(last.m).padStart(2, '0')}-${String(last.d).padStart(2, '0')}`;
    if (day > after && (!best || day > best.day)) best = { day, r };
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
    zones.push({ start: s.start, end: s.end, block: b });
  }
  blocks.forEach((bl, k) => {
    if (bl.kind === 'caption') zones.push({ start: bl.start, end: bl.end, block: k });
  });
  zones.sort((x, y) => x.start - y.start);
  return zones;
}

function makeZoneIndex(zones: Zone[]): (pos: number) => number {
  return (pos) => {
    let lo = 0;
    let hi = zones.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (zones[mid].end <= pos) lo = mid + 1;
      else if (zones[mid].start > pos) hi = mid - 1;
      else return mid;
    }
    return -1;
  };
}

function makeZoneTest(zones: Zone[]): (pos: number) => boolean {
  const index = makeZoneIndex(zones);
  return (pos) => index(pos) >= 0;
}


/**
 * The article's reference date. A marker line wins. Otherwise the latest complete date (day, month
 * and year written), unless the article reports on a later period (`9 tháng đầu năm 2024`): then
 * the year of that period, with the latest year-less day after its end (`ngày 14/11`) when there is
 * one. Failing both, the latest year mentioned.
 */
function inferReference(
  ctx: ExtractContext,
  tokens: ReturnType<typeof tokenize>,
  raws: RawDate[],
  withFigure: (r: RawDate) => boolean,
): ReferenceDate | null {
  if (ctx.referenceDate) {
    return { date: ctx.referenceDate, source: 'marker', explanation: `marker line: date=${ctx.referenceDate}` };
  }
  const span = (r: RawDate) => ({ start: tokens[r.t0].start, end: tokens[r.t1 - 1].end });
  const textOf = (r: RawDate) => ctx.model.norm.slice(tokens[r.t0].start, tokens[r.t1 - 1].end);
  let latest: { day: string; r: RawDate } | null = null;
  let reported: { day: string; r: RawDate } | null = null;
  let latestYear: { y: number; r: RawDate } | null = null;
  for (const r of raws) {
    if (r.samePeriodLastYear || r.ytd || needsReference(r)) continue;
    const v = resolveDate(r, null);
    if (!v) continue;
    const day = endDay(v);
    const hasDay = (r.b ?? r.a).d !== undefined;
    if (hasDay && (!latest || day > latest.day)) latest = { day, r };
    if (r.reported && withFigure(r) && (!reported || day > reported.day)) reported = { day, r };
    const prev = tokens[r.t0 - 1]?.text;
    const target = prev === 'đến' || prev === 'tới' || prev === 'by' || prev === 'until' || prev === 'to';
    const y = Number(day.slice(0, 4));
    if (!target && (!latestYear || y > latestYear.y)) latestYear = { y, r };
  }
  if (latest && (!reported || latest.day >= reported.day)) {
    // A year-less day later in the same year (`Sáng 20/10` beside a full `25/3/2024`) is the
    // article's own date more often than not.
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
  if (reported) {
    const y = Number(reported.day.slice(0, 4));
    const best = latestYearless(raws, y, reported.day);
    if (best) {
      return {
        date: best.day,
        source: 'text-year',
        evidence: span(best.r),
        explanation: `year ${y} from the period reported on ("${textOf(reported.r)}"), day from "${textOf(best.r)}"`,
      };
    }
    const next = new Date(Date.parse(reported.day + 'T00:00:00Z') + 86400000).toISOString().slice(0, 10);
    return {
      date: next,
      source: 'text-year',
      evidence: span(reported.r),
      explanation: `the day after the period reported on: "${textOf(reported.r)}"`,
    };
  }
  if (latest) {
    return { date: latest.day, source: 'text-latest-date', evidence: span(latest.r), explanation: `latest complete date in the text: ${textOf(latest.r)}` };
  }
  if (latestYear) {
    return {
      date: `${latestYear.y}-12-31`,
      source: 'text-year',
      evidence: span(latestYear.r),
      explanation: `latest year mentioned: ${textOf(latestYear.r)}`,
    };
  }
  return null;
}
