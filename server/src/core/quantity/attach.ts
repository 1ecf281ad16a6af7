/**
 * Attachment: the period and the metric that govern each figure, and the base of a change.
 *
 * Periods: within the figure's clause, the nearest period before it, else the nearest after it;
 * then the same within the sentence. A period never comes from another sentence (an undated figure
 * stays undated: the consistency checks say which period it most likely is). A change's base
 * (`so với năm 2022`) is not a governing period. In `từ X lên Y giai đoạn A-B` the first endpoint
 * gets the interval's start and the second its end.
 *
 * Metrics: the nearest metric phrase before the figure in its sentence; a count whose noun is a
 * metric (`thuê bao`) takes that; a bare `kim ngạch` inherits the previous trade metric of its
 * paragraph; a money or percent figure in a sentence with no metric phrase inherits the metric of
 * the figures in the sentence just before.
 */
import type { Figure, Span } from '../types';
import type { Token } from './tokens';
import type { FigureDraft } from './figures';
import { GENERIC_METRICS, METRICS } from './tables';
import { PhraseTable } from './tokens';

/** Year-on-year: the base is the same period a year earlier. */
const YOY = new PhraseTable<true>(
  ['year-on-year', 'year on year', 'y-o-y', 'yoy', 'on-year', 'from a year earlier', 'from a year ago'].map(
    (p) => [p, true] as [string, true],
  ),
);

export interface DateItem {
  /** Token range. */
  t0: number;
  t1: number;
  start: number;
  end: number;
  value: string | null;
  samePeriodLastYear?: boolean;
  /** `since 1974`: the start of a span to now, which gives no figure its period. */
  since?: boolean;
}

export interface Zone {
  start: number;
  end: number;
  /** The paragraph (block) index. */
  block: number;
  /** A sentence of the lead (the paragraph after the title). */
  lead?: boolean;
}

interface MetricHit {
  t0: number;
  t1: number;
  start: number;
  end: number;
  key: string;
}

/** Clause boundaries; parentheses are not (`2.900 tỷ yên (tương đương 26 tỷ USD) giai đoạn 1992-2022`). */
const DURATIONS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'decade']);
/** Metrics that are counts of people or things, which a count figure may take from the text before it. */
const COUNTED_METRICS = new Set(['tourists', 'subscribers', 'population']);
/** Counted nouns of vehicles, which a flow counts (`4.281 xe ôtô`, `3.900 chiếc`, `12,000 cars`). */
const VEHICLE_UNITS = /^(?:xe(?: ô ?tô| hơi| tải| con| nguyên chiếc)?|chiếc(?: xe| ô ?tô)?|ô ?tô(?: nguyên chiếc)?|cars?|vehicles?|automobiles?|units)$/;

/** A base year named relative to another (`năm trước`, `năm ngoái`, `the previous year`, `last year`). */
const RELATIVE_BASE = /(?:năm trước|năm ngoái|previous year|last year|year before|a year earlier)/;

/** Words of an event a year may date instead of a figure: `thiết lập quan hệ năm 1994`, `since 2007`. */
const EVENT_WORDS = /thiết lập|thành lập|ký kết|(?<![\p{L}])ký(?![\p{L}])|chuyến thăm|thăm chính thức|gia nhập|ra đời|khởi công|diễn ra|có hiệu lực|kể từ|từ năm|sau khi|establish|signed|visit|since|joined|took effect|took place|came into force|founded/u;
const JOINED_VERBS = new Set(['tăng', 'giảm', 'đạt', 'lên', 'vượt', 'rose', 'reached', 'increased', 'grew', 'fell', 'hit', 'rise', 'reach']);
const CLAUSE_BREAK = new Set([',', ';', 'và', 'còn', 'while', 'and', 'nhưng', 'but', ':']);
const DASHES = new Set(['–', '—', '-']);
/** After a dash, words that say more of what comes before (`US$2.2 billion – which was reached in 2015`). */
const RELATIVE = new Set(['which', 'that', 'who', 'where', 'when', 'mà', 'là', 'tức', 'hay', 'or', 'i.e.']);
/** A lower-case letter (a word that goes on a sentence, not a name). */
const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c));

/** Between the two changes of a pair: the first's measure and `và` / `and`. */
const PAIR_JOIN = /^\s*(?:về|in)\s+(?:lượng|khối lượng|trị giá|giá trị|kim ngạch|volume|value)\s*,?\s*(?:và|and)\s*$/;
/** After the second change of a pair: its measure. */
const MEASURE_AFTER = /^\s*(?:về|in)\s+(?:lượng|khối lượng|trị giá|giá trị|kim ngạch|volume|value)(?![\p{L}])/u;

export function attach(
  tokens: Token[],
  norm: string,
  zones: Zone[],
  drafts: FigureDraft[],
  dates: DateItem[],
  /** Sentences about plans and forecasts. */
  planZones: Set<number> = new Set(),
  /** The article's reference date (ISO day), when known. */
  reference: string | null = null,
): void {
  const metrics = findMetrics(tokens, drafts);
  const hitAt = new Map(metrics.map((m) => [m.t0, m] as [number, MetricHit]));
  const zoneOf = makeZoneIndex(zones);
  const dateAt = new Map<number, DateItem>();
  const inDate = new Uint8Array(tokens.length);
  for (const x of dates) {
    dateAt.set(x.t0, x);
    for (let k = x.t0; k < x.t1; k++) inDate[k] = 1;
  }
  const draftAt = new Map<number, FigureDraft>();
  for (const d of drafts) draftAt.set(d.t0, d);
  // `giảm 9,1% về lượng và 7,3% về trị giá`, `down 9.2 percent in volume and 0.1 percent in value`:
  // the second change of a pair that says its measure takes the first's direction.
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i];
    const p = drafts[i - 1];
    if (d.changeDirection || !p.changeDirection || d.figure.kind !== p.figure.kind || (d.figure.kind !== 'percent' && d.figure.kind !== 'percentagePoints')) continue;
    if (!PAIR_JOIN.test(norm.slice(p.figure.end, d.figure.start).toLowerCase())) continue;
    if (!MEASURE_AFTER.test(norm.slice(d.figure.end, d.figure.end + 24).toLowerCase())) continue;
    d.changeDirection = p.changeDirection;
  }
  // Bases of changes: a date right after `so với`, `compared with`, `over`, `from` after a change.
  const isBase = new Set<DateItem>();
  const yoyOf = new Map<FigureDraft, Span>();
  const baseOf = new Map<FigureDraft, DateItem>();
  const ownDate = new Map<FigureDraft, DateItem>();
  for (const d of drafts) {
    // `a year-on-year rise of 28 percent`: the phrase before the change.
    if (d.changeDirection) {
      for (let k = Math.max(0, d.c0 - 5); k < d.c0; k++) {
        const yoy = YOY.matchAt(tokens, k);
        // (Not a phrase that ends the change before it: `a 72% surge year-on-year and a 3.2% rise
        // against 2019`.)
        if (yoy && yoy.end <= d.c0 && !tokens.slice(yoy.end, d.c0).some((x) => ['and', 'và', ',', ';', 'while', 'but'].includes(x.text))) {
          yoyOf.set(d, { start: tokens[k].start, end: tokens[yoy.end - 1].end });
          break;
        }
      }
      if (yoyOf.has(d)) continue;
    }
    // `gấp 2 lần năm trước`: a multiple of the period right after it.
    const right = d.figure.kind === 'multiple' ? dateAt.get(d.t1) : undefined;
    if (right && right.value && (!right.value.includes('/') || right.samePeriodLastYear)) {
      isBase.add(right);
      baseOf.set(d, right);
      continue;
    }
    let limit = Math.min(tokens.length, d.t1 + 8);
    for (let k = d.t1; k < limit; k++) {
      const tx = tokens[k].text;
      // (The change's own period may stand between it and its base: `tăng 89.7% in 2022 over that
      // in 2021`. Any other number ends the search.)
      const own = k === d.t1 + 1 && (tokens[d.t1]?.text === 'in' || tokens[d.t1]?.text === 'năm') ? dateAt.get(k) : undefined;
      if (own && own.t1 > k) {
        limit = Math.min(tokens.length, own.t1 + 8);
        k = own.t1 - 1;
        continue;
      }
      if (tokens[k].type === 'num') break;
      const yoy = YOY.matchAt(tokens, k);
      if (yoy && d.changeDirection) {
        yoyOf.set(d, { start: tokens[k].start, end: tokens[yoy.end - 1].end });
        break;
      }
      // `so cùng kỳ năm trước` (a bare `so`, the trade press's shorthand) when a date follows it.
      const bare = tx === 'so' && tokens[k + 1]?.text !== 'với' && dateAt.has(k + 1);
      const two =
        (tx === 'so' && tokens[k + 1]?.text === 'với') ||
        (tx === 'compared' && (tokens[k + 1]?.text === 'with' || tokens[k + 1]?.text === 'to'));
      const one = !!d.changeDirection && (tx === 'from' || tx === 'over' || tx === 'than' || tx === 'on' || tx === 'versus' || tx === 'vs' || tx === 'against');
      // `tăng 6,4% kim ngạch xuất khẩu của cả năm 2023`: the whole year a change is measured
      // against, not its period.
      const whole = !!d.changeDirection && tx === 'của' && tokens[k + 1]?.text === 'cả' && dateAt.has(k + 2);
      if (!two && !one && !bare && !whole) continue;
      let s = k + (two || whole ? 2 : 1);
      if (tokens[s]?.text === 'the' || tokens[s]?.text === 'mức' || tokens[s]?.text === 'in') s++;
      // (`increased 89.7% in 2022 over that in 2021`, `compared with those of 2022`.)
      else if ((tokens[s]?.text === 'that' || tokens[s]?.text === 'those') && (tokens[s + 1]?.text === 'in' || tokens[s + 1]?.text === 'of')) s += 2;
      // `so với 5,3 tỉ USD năm 2019`, `over 1.2 million tonnes in 2022`: the date after the base's
      // figure is the base's period.
      const baseFigure = draftAt.get(s);
      if (baseFigure && baseFigure !== d) {
        s = baseFigure.t1;
        if (['in', 'of', 'the', 'của', 'trong'].includes(tokens[s]?.text ?? '')) s++;
      }
      const dt = dateAt.get(s) ?? dateAt.get(s + 1);
      if (dt) {
        isBase.add(dt);
        baseOf.set(d, dt);
        // (`đạt 363 triệu USD so với mức 354 triệu USD năm 2017`: the date right after the base's
        // figure is that figure's own period too.)
        if (baseFigure && baseFigure !== d && dt.t0 <= baseFigure.t1 + 1) ownDate.set(baseFigure, dt);
      }
      break;
    }
  }

  // `equaling that of 2019`, `those of 2022`, `như năm 2023`: a year a figure is compared with, no period of its own.
  for (const x of dates) {
    const a = tokens[x.t0 - 2]?.text;
    const b = tokens[x.t0 - 1]?.text;
    if ((a === 'that' || a === 'those') && b === 'of') isBase.add(x);
    // (`cơ bản như năm 2023`, `tương đương năm 2023`, `bằng năm 2023`: the same as that year, no period of its own.)
    if ((b === 'như' && a !== 'nếu') || b === 'bằng' || (a === 'tương' && b === 'đương')) isBase.add(x);
    // (`approximately the export level of the same period last year`, `the figure of 2019`: the
    // level of another period a figure is set beside.)
    {
      const k = tokens[x.t0 - 1]?.text === 'the' ? x.t0 - 1 : x.t0;
      if (tokens[k - 1]?.text === 'of' && ['level', 'levels', 'figure', 'figures', 'mức'].includes(tokens[k - 2]?.text ?? '')) isBase.add(x);
    }
    // (`gấp 2,8 lần so với năm 2024`, `so với năm 2023`, `compared with 2022`: a date right after the
    // words of comparison is what a figure is compared with, whatever figure it follows.)
    if ((a === 'so' && b === 'với') || (a === 'compared' && (b === 'with' || b === 'to'))) isBase.add(x);
    // (`vượt 20% kế hoạch năm 2024`, `đạt 90% chỉ tiêu năm 2024`, `the plan for 2024`: the year of a
    // plan a figure is measured against, no period of the figure's.)
    if ((a === 'kế' && b === 'hoạch') || ((a === 'chỉ' || a === 'mục') && b === 'tiêu') || ((b === 'plan' || b === 'target') && (a === 'the' || a === 'its' || a === 'year')) || ((a === 'plan' || a === 'target') && b === 'for')) isBase.add(x);
    // (`cao hơn năm 2023 (5,11%)`, `thấp hơn năm trước`: the year a figure is set above or below.)
    if (b === 'hơn' && COMPARED_VI.has(a ?? '')) isBase.add(x);
    // (`20.8 percent higher than 2016`, `lower than 2019`: the year a figure is set above or below.)
    if (b === 'than' && COMPARED_EN.has(a ?? '')) isBase.add(x);
    // (`the same figure as 2016`, `the same level as in 2019`, `equal to 2020`.)
    const c = tokens[x.t0 - 3]?.text;
    if ((b === 'as' && (a === 'same' || a === 'figure' || a === 'level' || a === 'amount' || a === 'that')) || (b === 'in' && a === 'as' && ['same', 'figure', 'level', 'amount', 'that'].includes(c ?? '')) || (b === 'to' && a === 'equal')) isBase.add(x);
  }
  // A base before its change: `So với tháng 2/2023 giảm 54,5% về lượng và giảm 46,7% về trị giá`,
  // `Compared with 2022, exports rose 5%`. (The changes of the clause after it share it.)
  const dateEndingAt = new Map<number, DateItem>();
  for (const x of dates) dateEndingAt.set(x.t1, x);
  let opened: { base: DateItem; upTo: number } | null = null;
  for (const d of drafts) {
    if (!d.changeDirection || baseOf.has(d) || yoyOf.has(d)) continue;
    let dt = dateEndingAt.get(d.c0) ?? (tokens[d.c0 - 1]?.text === ',' ? dateEndingAt.get(d.c0 - 1) : undefined);
    // (`Compared to 2022, wood chip exports decreased by 8.8%`, `So với năm 2022, xuất khẩu dăm gỗ
    // giảm 8,8%`: a base set before the clause, a comma after it, the change's subject between.)
    if (!dt) {
      for (let k = d.c0 - 1; k >= Math.max(0, d.c0 - 10); k--) {
        const t = tokens[k];
        if (t.text === '.' || t.text === ';' || t.nl) break;
        if (t.text !== ',') continue;
        dt = dateEndingAt.get(k);
        break;
      }
    }
    if (dt) {
      const a = tokens[dt.t0 - 2]?.text;
      const b = tokens[dt.t0 - 1]?.text;
      if (!((a === 'so' && b === 'với') || (a === 'compared' && (b === 'with' || b === 'to')))) dt = undefined;
    }
    if (dt && dt.value) {
      isBase.add(dt);
      baseOf.set(d, dt);
      opened = { base: dt, upTo: d.t1 };
    } else if (opened && d.c0 - opened.upTo <= 6 && !tokens.slice(opened.upTo, d.c0).some((t) => t.text === ';' || t.text === '.' || t.nl)) {
      baseOf.set(d, opened.base);
      opened = { base: opened.base, upTo: d.t1 };
    } else opened = null;
  }

  const byZone = new Map<number, { figs: FigureDraft[]; dates: DateItem[]; metrics: MetricHit[] }>();
  const get = (z: number) => {
    let e = byZone.get(z);
    if (!e) byZone.set(z, (e = { figs: [], dates: [], metrics: [] }));
    return e;
  };
  for (const d of drafts) get(zoneOf(d.figure.start)).figs.push(d);
  // A complete date opening the text (`2024-11-26 HÀ NỘI — …`, a page's stamp) dates the article,
  // not the figures of its first sentence.
  const stamp = (d: DateItem) => d.t0 <= 1 && /^\d{4}-\d{2}-\d{2}$/.test(d.value ?? '') && (d.t0 === 0 || tokens[0].type === 'word');
  // `vào đầu năm nay`, `đầu năm 2021`, `early 2021`, `the beginning of 2017`: the first weeks of a
  // year, whose figures are no whole year's (the sentence is dated all the same: nothing carried).
  // So are months that are not counted, `những tháng đầu năm 2021`, `the first months of 2022`,
  // `the early months of 2022` (a counted `the first six months of 2022` is a date of its own).
  const yearStart = (x: DateItem) =>
    /^\d{4}$/.test(x.value ?? '') &&
    (tokens[x.t0 - 1]?.text === 'đầu' ||
      (tokens[x.t0 - 1]?.text === 'of' && /^(?:months|weeks)$/i.test(tokens[x.t0 - 2]?.text ?? '')) ||
      tokens[x.t0]?.text === 'early' ||
      ((tokens[x.t0]?.text === 'beginning' || tokens[x.t0]?.text === 'start') && tokens[x.t0 + 1]?.text === 'of') ||
      ((tokens[x.t0]?.text === 'the' || tokens[x.t0]?.text === 'at') && (tokens[x.t0 + 1]?.text === 'beginning' || tokens[x.t0 + 1]?.text === 'start' || tokens[x.t0 + 1]?.text === 'early')));
  for (const d of dates) if (!isBase.has(d) && d.value && !d.since && !stamp(d) && !yearStart(d)) get(zoneOf(d.start)).dates.push(d);
  for (const m of metrics) get(zoneOf(m.start)).metrics.push(m);

  // Whether sentence z may go on with the previous sentence's period: same paragraph, no date of
  // its own, no plan, nothing said of now.
  const datedZones = new Set<number>();
  for (const x of dates) if (!isBase.has(x) && !x.samePeriodLastYear) datedZones.add(zoneOf(x.start));
  const carries = (z: number, acrossLead = false): boolean => {
    if (z < 1 || (zones[z].block !== zones[z - 1].block && !acrossLead) || datedZones.has(z) || planZones.has(z)) return false;
    const k0 = firstTokenAt(tokens, zones[z].start);
    if (k0 < 0) return false;
    let k1 = k0;
    while (k1 < tokens.length && tokens[k1].start < zones[z].end) k1++;
    if (saysNow(tokens, { start: zones[z].start, end: zones[z].end, t0: k0, t1: k1 })) return false;
    // A flow reported (`đạt`, `tăng`, `xuất khẩu`, `reached`), not a stock held (`có hai dự án với
    // tổng số vốn 1,24 tỷ USD`, `has 30 projects`).
    let flow = false;
    for (let k = k0; k < k1; k++) {
      const x = tokens[k].text;
      if (HOLDS.has(x)) return false;
      if (FLOWS.has(x)) flow = true;
    }
    return flow;
  };

  // Bracketed stretches of each sentence (outermost), found once per sentence.
  const parenCache = new Map<number, Span[]>();
  const parensOf = (z: number): Span[] => {
    let v = parenCache.get(z);
    if (!v) {
      v = [];
      let depth = 0;
      let open = 0;
      const zone = zones[z];
      for (let i = zone.start; i < zone.end; i++) {
        const c = norm.charCodeAt(i);
        if (c === 40) {
          if (depth++ === 0) open = i;
        } else if (c === 41 && depth > 0 && --depth === 0) v.push({ start: open, end: i + 1 });
      }
      parenCache.set(z, v);
    }
    return v;
  };

  // Periods. Every list is in text order, so the nearest candidates are found by binary search.
  const isDay = (x: DateItem) => /^\d{4}-\d{2}-\d{2}$/.test(x.value!);
  let prevPeriod: { zone: number; value: string; span: Span } | null = null;
  // A paragraph on markets (`Về thị trường, …`, `The US was the largest market, …`) right after the
  // sentence that states the period, with no date of its own, goes on reporting that period in
  // every undated sentence it holds.
  let markets: { block: number; value: string; span: Span } | null = null;
  // The first period that governs a figure of each sentence.
  const firstPeriod = new Map<number, { value: string; span: Span }>();
  for (const z of [...byZone.keys()].sort((a, b) => a - b)) {
    const e = byZone.get(z)!;
    if (z < 0) continue;
    // (Read once per sentence, whatever number of figures it holds.)
    let thatTime: boolean | undefined;
    let economyBefore: boolean | undefined;
    // (A paragraph for each market: `Germany ranked second, with …`, `Đứng thứ hai là …` go on.)
    if (markets && markets.block !== zones[z].block) {
      const m: { block: number; value: string; span: Span } = markets;
      markets = MARKETS_NEXT.test(norm.slice(zones[z].start, zones[z].end).toLowerCase()) && zones[z - 1]?.block === m.block ? { block: zones[z].block, value: m.value, span: m.span } : null;
    }
    if (!markets && z > 0 && prevPeriod && prevPeriod.zone === z - 1 && zones[z].block !== zones[z - 1].block && (!zones[z].lead || !!byZone.get(z - 1)?.figs.length) && MARKETS_OPEN.test(norm.slice(zones[z].start, zones[z].end).toLowerCase())) {
      // (The sentence's first period, when its last one is a part set apart, `…, thu về 944,97
      // triệu USD; trong đó riêng tháng 9/2017 xuất khẩu đạt …`: the markets are the whole's.)
      const first: { value: string; span: Span } | undefined = firstPeriod.get(z - 1);
      const apart: boolean = !!first && first.span.end <= prevPeriod.span.start && PART_APART.test(norm.slice(first.span.end, prevPeriod.span.start).toLowerCase());
      const from: { value: string; span: Span } = apart && first ? first : prevPeriod;
      markets = { block: zones[z].block, value: from.value, span: from.span };
    }
    // (A sentence naming a period the engine cannot read, `In the past period`, `thời gian qua`,
    // reports on that one: nothing carries into it.)
    const unreadPeriod = UNREAD_PERIOD.test(norm.slice(zones[z].start, zones[z].end).toLowerCase());
    const inMarkets = !!markets && !datedZones.has(z) && !planZones.has(z) && !unreadPeriod;
    if (inMarkets) prevPeriod = { zone: z - 1, value: markets!.value, span: markets!.span };
    // A day (`Ngày 13/3, ...`) dates an event, not the figures of the sentence.
    const opening = e.dates.filter((x) => isOpening(tokens, zones[z], x) && !isDay(x));
    // A length of time the sentence names (`Qua 10 tháng`, `trong 5 năm`) that is no period of
    // its own leaves the period of the sentence before in doubt.
    let carriesOn: boolean | undefined = unreadPeriod || e.figs.some((d) => d.figure.kind === 'measure' && DURATIONS.has(d.figure.unit ?? '')) ? false : undefined;
    let carried = false;
    // The lead's period goes on in this sentence (below).
    let acrossLead = inMarkets;
    // Periods that already govern a figure of this sentence (in text order).
    const governing: DateItem[] = [];
    let lastFig: Figure | null = null;
    let lastDraft: FigureDraft | null = null;
    for (const d of e.figs) {
      const fig = d.figure;
      const prevFig = lastFig;
      const prevDraft = lastDraft;
      lastFig = fig;
      lastDraft = d;
      // A duration (`30 năm`) has no period of its own.
      if (fig.kind === 'measure' && DURATIONS.has(fig.unit ?? '')) continue;
      const clause = clauseOf(tokens, d, zones[z], inDate, norm);
      // A date inside brackets (`tăng 5,2% (cùng kỳ năm 2023 giảm 10,2%)`) dates only what the
      // brackets hold.
      const parens = parensOf(z);
      const seen = (x: DateItem | null) => !x || ((!parens.length || visible(parens, x, fig.start)) && !inDateline(tokens, zones[z], x));
      let before = lastBefore(e.dates, fig.start);
      for (let k = 0; k < 20 && before && !seen(before); k++) before = lastBefore(e.dates, before.start);
      let after = firstAfter(e.dates, fig.end);
      for (let k = 0; k < 20 && after && !seen(after); k++) after = firstAfter(e.dates, after.end);
      if (before && !seen(before)) before = null;
      if (after && !seen(after)) after = null;
      // The end of a from–to pair is not of the start's date (`from 471.8 million USD in 2018 to 612
      // million USD in 20…`): past it, only an interval before the pair (`between 2018 and 2022`).
      if (d.role === 'to' && prevFig && before && before.start >= prevFig.end && before.end <= fig.start) {
        const outer = lastBefore(e.dates, prevFig.start);
        before = outer && outer.value?.includes('/') ? outer : null;
      }
      // (`Nếu như năm 2016, Việt Nam đón 2,7 triệu lượt khách thì năm 2017 …`: a period past `thì`
      // is the consequence's, not the condition's figure's.)
      const pastThen = !!after && /(?:^|[\s,])thì\s/u.test(norm.slice(fig.end, after.start).toLowerCase());
      const inClause =
        before && before.start >= clause.start ? before : after && !pastThen && (after.end <= clause.end || goodsJoined(tokens, clause, d, after, inDate)) ? after : null;
      // Beyond the clause: a change (`tăng 2,5% so với ...`, `tăng hơn 79%, từ ... giai đoạn
      // 2016-2022`) takes the sentence's period; a period set off before the main clause (`Năm
      // 2022, ...`) governs every figure after it; a money or percent figure in a later clause shares
      // the period of an earlier figure (`xuất khẩu năm 2023 đạt A, trong khi nhập khẩu đạt B`)
      // unless its clause says `now` (a period no figure reported on, `thiết lập quan hệ năm 1994,
      // kim ngạch đạt ...`, governs nothing).
      const measurement = fig.kind === 'money' || fig.kind === 'percent' || fig.kind === 'percentagePoints' || fig.kind === 'number';
      // A date an event word stands right before (`took effect in December 2018`, `ký kết tháng 11/2018`) dates the event.
      const eventDated = (x: DateItem) => EVENT_WORDS.test(norm.slice(Math.max(zones[z].start, x.start - 24), x.start).toLowerCase());
      const adjacent = adjacentAfter(tokens, dateAt, isBase, d) ?? ownDate.get(d) ?? null;
      // A change right after its level, no date between (`đạt 3,8 tỷ USD, tăng 19% so với cùng kỳ,
      // và dự kiến cả năm 2022 đạt 4,4 tỷ USD`), is of the level's period, not of a date a later
      // clause names.
      // (So does the next change of its list, `tăng 66,9% về lượng và 64,8% trị giá so với tháng
      // 2/2018 nâng … quý 1/2018`: the change before it took the level's period.)
      const listedAfterLevel =
        !!d.changeDirection && !d.role && !!prevDraft?.changeDirection && !prevDraft.role && !!prevFig?.period && !!prevFig.periodSpan && prevFig.periodSpan.start < prevFig.start &&
        fig.start - prevFig.end <= 30 && LISTED_CHANGE_GLUE.test(norm.slice(prevFig.end, fig.start).toLowerCase()) && (!before || before.end <= prevFig.start);
      const ofLevel =
        listedAfterLevel ||
        (!!d.changeDirection && !d.role && !!prevFig?.period && !!prevDraft && !prevDraft.changeDirection && !prevDraft.role &&
          prevFig.kind !== 'percent' && prevFig.kind !== 'multiple' && fig.start - prevFig.end <= 40 && (!before || before.end <= prevFig.start));
      // The value of a volume (`408,8 nghìn tấn, trị giá 437,9 triệu USD`) is of the volume's period.
      if (!adjacent && !inClause && !d.role && !d.changeDirection && prevFig?.period && prevFig.periodSpan && prevFig.kind === 'measure' && fig.kind === 'money' && VALUE_OF_VOLUME.test(norm.slice(prevFig.end, fig.start).toLowerCase())) {
        fig.period = prevFig.period;
        fig.periodSource = `the volume's: ${prevFig.periodSource ?? ''}`;
        fig.periodSpan = prevFig.periodSpan;
        continue;
      }
      // A period that sets off the clause just before (`– tính chung từ đầu năm đến hết tháng
      // 7/2017, lượng bông nhập về đạt 773,5 nghìn tấn`), with no figure between, governs it.
      // (The period alone in its clause, or after `tính chung`, `lũy kế`, `trong`: a year after
      // an event, `thiết lập quan hệ năm 1994, kim ngạch …`, governs nothing.)
      const setOff =
        before && !inClause && !isDay(before) && before.end <= clause.start && norm.slice(before.end, clause.start).trim() === ',' && (!prevFig || prevFig.end <= before.start) && setOffAlone(tokens, before.t0)
          ? before
          : null;
      const pick =
        adjacent ??
        inClause ??
        setOff ??
        // (Not past a semicolon: `…, giảm 15,5% so với 8 tháng năm 2022; riêng tháng 8/2023 đạt …`.)
        // (Nor a month an event is dated by right before it: `after the CPTPP took effect in December
        // 2018, …, the export value … increased by 100%`.)
        (d.changeDirection || d.role ? (before && !eventDated(before) ? before : null) ?? (ofLevel || (after && norm.slice(fig.end, after.start).includes(';')) ? null : after) : null) ??
        lastBefore(opening, fig.start) ??
        (measurement && !saysNow(tokens, clause) ? lastBefore(governing, fig.start) : null) ??
        // The one period a sentence names governs its figures after it (`Mỹ là thị trường lớn nhất
        // trong 4 tháng đầu năm 2024, đạt 304 triệu USD`) when it is months or a quarter; a year
        // alone, which may date an event (`thiết lập quan hệ năm 1994, kim ngạch đạt …`), only for
        // money and percentages and when nothing around it is an event (`trong bối cảnh năm 2023,
        // khi … kim ngạch xuất khẩu chỉ đạt 20,24 tỷ USD`).
        ((measurement || fig.kind === 'measure' || fig.kind === 'count') && e.dates.length === 1 && before === e.dates[0] && !saysNow(tokens, clause) &&
        ((/^\d{4}-\d{2}(?:\/\d{4}-\d{2})?$/.test(before.value ?? '') && !eventDated(before)) || (measurement && /^\d{4}$/.test(before.value ?? '') && !EVENT_WORDS.test(norm.slice(Math.max(zones[z].start, before.start - 60), fig.start).toLowerCase())))
          ? before
          : null);
      // `Trong đó, xuất khẩu đạt ...`: a breakdown of the previous sentence's figure. Any sentence
      // of the same paragraph that names no date of its own, plans nothing and says nothing of now
      // goes on reporting the period of the sentence before (`Xuất khẩu 9 tháng đạt 34,9 tỷ USD. Hoa
      // Kỳ vẫn là thị trường lớn nhất với 8,4 tỷ USD.`).
      // (`Trong đó` may also reach over one sentence of the paragraph that states no figure and no
      // date: `Tháng 6, xuất khẩu đạt 875 triệu USD. Đây là tháng cao nhất. Trong đó, cá tra tăng 22%`.)
      const reachesBack =
        !!prevPeriod && prevPeriod.zone === z - 2 && !byZone.has(z - 1) && !datedZones.has(z - 1) && zones[z - 1].block === zones[z].block && zones[z - 2].block === zones[z].block && continues(tokens, zones[z]);
      // (`Trong 8 tháng đầu năm 2023, Italy là thị trường lớn nhất. Cụ thể, xuất khẩu sang thị
      // trường này đạt …`: the one period of a sentence with no figure, which `Cụ thể` goes on with.)
      const before1 = byZone.get(z - 1);
      if (!pick && (!prevPeriod || prevPeriod.zone !== z - 1) && before1 && !before1.figs.length && before1.dates.length === 1 && !isDay(before1.dates[0]) && zones[z - 1].block === zones[z].block && continues(tokens, zones[z])) {
        const x = before1.dates[0];
        prevPeriod = { zone: z - 1, value: x.value!, span: { start: x.start, end: x.end } };
      }
      // (`9 tháng năm 2025, kinh tế - xã hội Tây Ninh tiếp tục chuyển biến tích cực. Tăng trưởng GRDP
      // tăng 9,52%`: a sentence of the same paragraph that opens on the period and speaks of the
      // economy as a whole, with no figure, sets the period of the report that follows.)
      if (!pick && !d.role && z > 0 && (!prevPeriod || prevPeriod.zone !== z - 1) && before1 && !before1.figs.length && zones[z - 1].block === zones[z].block && (economyBefore ??= ECONOMY_AS_A_WHOLE.test(norm.slice(zones[z - 1].start, zones[z - 1].end).toLowerCase()))) {
        const opens = before1.dates.filter((x) => isOpening(tokens, zones[z - 1], x) && !isDay(x));
        if (opens.length === 1 && before1.dates.length === 1 && carries(z)) {
          const x = opens[0];
          prevPeriod = { zone: z - 1, value: x.value!, span: { start: x.start, end: x.end } };
        }
      }
      // A lead that sets the period and states no figure (`In the first six months of 2022,
      // fertiliser export turnover surpassed …`) goes on in the first sentence of the body that
      // reports a flow with no date of its own (`Vietnam shipped 998,000 tonnes …`).
      if (!pick && !d.role && z > 0 && before1 && !before1.figs.length && zones[z - 1].lead && !zones[z].lead && zones[z - 1].block !== zones[z].block && (!prevPeriod || prevPeriod.zone !== z - 1)) {
        const opens = before1.dates.filter((x) => isOpening(tokens, zones[z - 1], x) && !isDay(x));
        if (opens.length === 1 && carries(z, true)) {
          const x = opens[0];
          prevPeriod = { zone: z - 1, value: x.value!, span: { start: x.start, end: x.end } };
          acrossLead = true;
        }
      }
      // (`Thời điểm đó, Việt Nam đã đón 646.524 lượt khách`, `At that time, …`: a time the text named
      // before, which need not be the last period a figure took: nothing is carried.)
      if (!pick && prevPeriod && (prevPeriod.zone === z - 1 || reachesBack) && !(thatTime ??= THAT_TIME.test(norm.slice(zones[z].start, Math.min(zones[z].end, zones[z].start + 40)).toLowerCase())) && (acrossLead || continues(tokens, zones[z]) || (carriesOn ??= carries(z)))) {
        fig.period = prevPeriod.value;
        fig.periodSource = `previous sentence: "${norm.slice(prevPeriod.span.start, prevPeriod.span.end)}"`;
        fig.periodSpan = prevPeriod.span;
        carried = true;
        continue;
      }
      if (ofLevel && (!pick || (listedAfterLevel && pick.start > fig.start))) {
        fig.period = prevFig!.period;
        fig.periodSource = listedAfterLevel ? prevFig!.periodSource : `its level's: ${prevFig!.periodSource ?? ''}`;
        fig.periodSpan = prevFig!.periodSpan;
        continue;
      }
      if (pick) {
        let value = pick.value!;
        let how = `${pick.start < fig.start ? '' : 'following '}${pick === inClause || pick === adjacent ? 'clause' : 'sentence'}: "${norm.slice(pick.start, pick.end)}"`;
        if (d.role && value.includes('/')) {
          const [a, b] = value.split('/');
          value = d.role === 'from' ? a : b;
          how = `${d.role === 'from' ? 'start' : 'end'} of the interval ${pick.value} (${how})`;
        }
        fig.period = value;
        fig.periodSource = how;
        fig.periodSpan = { start: pick.start, end: pick.end };
        if (!isDay(pick) && governing[governing.length - 1] !== pick && (!governing.length || governing[governing.length - 1].end <= pick.start)) governing.push(pick);
        if (!d.role) prevPeriod = { zone: z, value: pick.value!, span: fig.periodSpan };
        if (!d.role && !isDay(pick) && !firstPeriod.has(z)) firstPeriod.set(z, { value: pick.value!, span: fig.periodSpan });
      }
    }
    if (carried && prevPeriod && prevPeriod.zone === z - 1) prevPeriod = { ...prevPeriod, zone: z };
  }

  // Changes and their bases.
  for (const d of drafts) {
    if (!d.changeDirection) continue;
    const ch: NonNullable<Figure['change']> = { direction: d.changeDirection };
    const base = baseOf.get(d);
    const yoy = yoyOf.get(d);
    if (yoy) {
      ch.base = d.figure.period ? shiftYear(d.figure.period, -1) : null;
      ch.baseSpan = yoy;
    } else if (base) {
      let v = base.value;
      if (base.samePeriodLastYear) v = d.figure.period ? shiftYear(d.figure.period, -1) : v;
      // `Năm 2024, … tăng 6,4% so với năm trước`: the year before the figure's, whatever the
      // article's date makes of `năm trước` on its own.
      else if (v && /^\d{4}$/.test(v) && d.figure.period && /^\d{4}$/.test(d.figure.period) && +v >= +d.figure.period && RELATIVE_BASE.test(norm.slice(base.start, base.end)))
        v = String(+d.figure.period - 1);
      ch.base = v;
      ch.baseSpan = { start: base.start, end: base.end };
    }
    d.figure.change = ch;
  }

  // `$9.53 billion and $10.57 billion in 2021 and 2022, respectively`, `lần lượt đạt A và B trong năm
  // 2021 và 2022`: the n-th figure of the list is the n-th period's.
  for (const [z, e] of byZone) {
    if (z < 0) continue;
    const zone = zones[z];
    const lower = norm.slice(zone.start, zone.end).toLowerCase();
    const word = lower.search(/respectively|lần lượt/);
    if (word < 0) continue;
    const at = zone.start + word;
    const level = (d: FigureDraft) => !d.changeDirection && !(d.figure.kind === 'measure' && DURATIONS.has(d.figure.unit ?? ''));
    // (`lần lượt` may stand before the figures it orders, `lần lượt đạt A và B trong năm 2021 và
    // 2022`: then the list and its periods follow it.)
    const ahead = e.figs.filter((d) => level(d) && d.figure.start < at);
    const listed = ahead.length ? ahead : e.figs.filter((d) => level(d) && d.figure.start > at);
    const last = listed[listed.length - 1];
    if (!last) continue;
    const dated = dates.filter((x) => x.value && !isBase.has(x) && zoneOf(x.start) === z && x.start > last.figure.end && (!ahead.length || x.end <= at));
    const figs = listed.filter((d) => d.figure.kind === last.figure.kind && d.figure.unit === last.figure.unit);
    // Only a list as long as its periods, each period a year or months (`2021 and 2022`).
    let run = figs.slice(-dated.length);
    let periods = dated;
    if (dated.length < 2 || run.length !== dated.length) {
      // (The periods may come first, right before the word, and the list after it: `con số này ở
      // các năm 2015 và 2014 lần lượt là 2,32 tỷ USD và 2,035 tỷ USD`.)
      const prior = ahead[ahead.length - 1];
      const before = dates.filter((x) => x.value && !isBase.has(x) && zoneOf(x.start) === z && x.end <= at && (!prior || x.start >= prior.figure.end));
      const gap = before.length ? norm.slice(before[before.length - 1].end, at) : '';
      const after = e.figs.filter((d) => level(d) && d.figure.start > at);
      const same = after.filter((d) => after[0] && d.figure.kind === after[0].figure.kind && d.figure.unit === after[0].figure.unit);
      if (before.length < 2 || gap.length > 12 || /[,;.]/.test(gap) || same.length < before.length) continue;
      periods = before;
      run = same.slice(0, before.length);
    }
    if (periods.length < 2 || run.length !== periods.length || periods.some((x) => !/^\d{4}(?:-\d{2})?$/.test(x.value!))) continue;
    run.forEach((d, i) => {
      d.figure.period = periods[i].value!;
      d.figure.periodSource = `respectively: "${norm.slice(periods[i].start, periods[i].end)}"`;
      d.figure.periodSpan = { start: periods[i].start, end: periods[i].end };
    });
  }

  // Without the word, a pair of figures right before a pair of years is as plain: `values of 50
  // billion USD and 56 billion USD in 2020 and 2021`, `đạt 1,2 và 1,5 tỷ USD trong năm 2022 và 2023`.
  // (The first date starting at `from` or within `gap` after it: `dates` are in text order, and a
  // binary search keeps a text of nothing but figures linear.)
  const dateFrom = (from: number, gap: number): DateItem | undefined => {
    const x = firstAfter(dates, from);
    return x && x.start - from <= gap ? x : undefined;
  };
  for (let k = 0; k + 1 < drafts.length; k++) {
    const a = drafts[k].figure;
    const b = drafts[k + 1].figure;
    if (a.kind !== b.kind || a.unit !== b.unit || drafts[k].changeDirection || drafts[k + 1].changeDirection) continue;
    if (!/^\s*(?:and|và)\s*$/i.test(norm.slice(a.end, b.start))) continue;
    const y1 = dateFrom(b.end, 12);
    if (!y1 || !/^\d{4}$/.test(y1.value ?? '') || isBase.has(y1) || !/^\s*(?:in|trong|vào|năm)?\s*$/i.test(norm.slice(b.end, y1.start))) continue;
    const y2 = dateFrom(y1.end, 10);
    if (!y2 || !/^\d{4}$/.test(y2.value ?? '') || y2.value === y1.value || !/^\s*(?:and|và)\s*(?:năm\s*)?$/i.test(norm.slice(y1.end, y2.start))) continue;
    [a, b].forEach((f, i) => {
      const y = i ? y2 : y1;
      f.period = y.value!;
      f.periodSource = `pair: "${norm.slice(y.start, y.end)}"`;
      f.periodSpan = { start: y.start, end: y.end };
    });
  }

  // A sentence with no period of its own whose change is on a named month (`đạt 222.482 tấn, tăng
  // 1,3% so với tháng 7/2023`) reports the month after it: month on month is the month before.
  for (const [z, e] of byZone) {
    if (z < 0 || e.figs.some((d) => d.figure.period) || e.dates.some((x) => !isBase.has(x))) continue;
    const months = new Set<string>();
    let named: DateItem | undefined;
    for (const d of e.figs) {
      const b = baseOf.get(d);
      if (b && /^\d{4}-\d{2}$/.test(b.value ?? '') && !b.samePeriodLastYear && /^tháng\s+\d/.test(norm.slice(b.start, b.end).toLowerCase())) {
        months.add(b.value!);
        named = b;
      }
    }
    if (months.size !== 1 || !named) continue;
    const [y, m] = named.value!.split('-').map(Number);
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    // Only a recent month: an article of March 2024 comparing with `tháng 1/2023` is on January
    // 2024 year on year (or misprints a year), not on February 2023. Without a reference date the
    // month is a guess, and a guessed period is no period.
    if (!reference || monthsBetween(next, reference.slice(0, 7)) < 0 || monthsBetween(next, reference.slice(0, 7)) > 3) continue;
    for (const d of e.figs) {
      if (d.figure.kind === 'measure' && DURATIONS.has(d.figure.unit ?? '')) continue;
      d.figure.period = next;
      d.figure.periodSource = `the month after the one it is compared with ("${norm.slice(named.start, named.end)}")`;
      d.figure.periodSpan = { start: named.start, end: named.end };
    }
  }

  // Metrics.
  let prevSentenceMetric: { zone: number; key: string } | null = null;
  let prevNamedMetric: { zone: number; key: string } | null = null;
  // The last specific metric of each generic family (`trade` → `trade.two-way`) per paragraph.
  const lastSpecific = new Map<string, string>();
  const noteSpecific = (block: number, key: string) => {
    const dot = key.indexOf('.');
    if (dot > 0 && GENERIC_METRICS.has(key.slice(0, dot))) lastSpecific.set(`${block}:${key.slice(0, dot)}`, key);
  };
  const zonesSorted = [...byZone.keys()].filter((z) => z >= 0).sort((a, b) => a - b);
  for (const z of zonesSorted) {
    const e = byZone.get(z)!;
    const block = zones[z].block;
    let sentenceMetric: string | null = null;
    let countMetric: string | null = null;
    const hits = e.metrics;
    // Specific trade metrics seen so far in the paragraph refine a bare `kim ngạch`.
    let hi = 0;
    const figs = e.figs.sort((a, b) => a.figure.start - b.figure.start);
    for (let fi = 0; fi < figs.length; fi++) {
      const d = figs[fi];
      const fig = d.figure;
      while (hi < hits.length && hits[hi].end <= fig.start) {
        const h = hits[hi];
        noteSpecific(block, h.key);
        hi++;
      }
      let hit: MetricHit | null = hi > 0 ? hits[hi - 1] : null;
      // `giá chè xuất khẩu bình quân ước đạt 1.699 USD/tấn, tăng 1,7%`: a change right after a price,
      // with no indicator named between them, is the price's.
      const prevFig = figs[fi - 1];
      // (Not one that names its measure: `giá trung bình 635,4 USD/tấn, tăng 5,3% về lượng, nhưng giảm
      // 4,1% kim ngạch` are the flow's.)
      const afterPrice =
        !!prevFig && prevFig.figure.metric === 'price' && (fig.kind === 'percent' || fig.kind === 'percentagePoints') && !!d.changeDirection && (!hit || hit.end <= prevFig.figure.start) && fig.start - prevFig.figure.end <= 40 &&
        !/^\s*(?:về\s+)?(?:lượng|khối lượng|trị giá|giá trị|kim ngạch)(?![\p{L}])|^\s*(?:in\s+)?(?:volume|value)(?![\p{L}])/u.test(norm.slice(fig.end, fig.end + 20).toLowerCase());
      // `$5 billion in exports`, `73 billion USD in registered capital`: a metric right after.
      const after = metricRightAfter(tokens, hitAt, d);
      if (after) hit = after;
      let key: string | null = null;
      let text: string | undefined;
      const unitKey = fig.kind === 'count' && fig.unit ? unitMetric(fig.unit) : null;
      if (fig.kind === 'measure' && DURATIONS.has(fig.unit ?? '')) {
        // A duration measures no metric.
      } else if (afterPrice) {
        key = 'price';
      } else if (fig.kind === 'money' && fig.unit?.includes('/')) {
        // A price per unit is a price, whatever is traded.
        key = 'price';
      } else if (unitKey) {
        key = unitKey;
        countMetric = unitKey;
      } else if (fig.kind === 'count' && hit && (hit.key === 'import' || hit.key === 'export') && VEHICLE_UNITS.test(fig.unit ?? '') && d.t0 - hit.t1 <= 8) {
        // `nhập khẩu 4.281 xe ôtô`, `lượng xe nhập khẩu … đạt 3.900 chiếc`: vehicles counted in a flow.
        key = hit.key;
        text = norm.slice(hit.start, hit.end);
        countMetric = key;
      } else if (fig.kind === 'count' && hit && COUNTED_METRICS.has(hit.key)) {
        // `Khách quốc tế đạt 1,4 triệu lượt người`: a counted metric named before the count.
        key = hit.key;
        text = norm.slice(hit.start, hit.end);
        countMetric = key;
      }
      else if (fig.kind === 'count') key = null;
      else if (hit) {
        key = hit.key;
        text = norm.slice(hit.start, hit.end);
        // (`xuất khẩu cao su đạt 222.482 tấn với kim ngạch hơn 287 triệu USD`: a bare `kim ngạch` after
        // a flow named in its own sentence is that flow's value.)
        if (key === 'trade') {
          for (let h = hi - 2; h >= 0 && h >= hi - 10; h--) {
            const k = hits[h].key;
            if (k === 'export' || k === 'import') {
              key = k;
              break;
            }
            if (k !== 'trade') break;
          }
        }
        // (`Kim ngạch năm 2020 đạt 1,774 tỷ USD, trong đó xuất khẩu … ; nhập khẩu …`: a bare `kim ngạch`
        // its sentence breaks down into both flows is the two-way trade, whatever the paragraph said
        // before, a surplus included.)
        if (key === 'trade' && bothFlowsAfter(norm.slice(fig.end, Math.min(zones[z].end, fig.end + 300)))) key = 'trade.two-way';
        else if (GENERIC_METRICS.has(key)) key = lastSpecific.get(`${block}:${key}`) ?? key;
      } else if (sentenceMetric) {
        // A later figure of the same sentence continues its metric (`đạt 7,3 tỷ USD, tăng 8%`).
        key = sentenceMetric;
      } else if (countMetric && (fig.kind === 'percent' || fig.kind === 'multiple')) {
        // `2,000 tourists visited ..., up 50%`: the change of the counted thing.
        key = countMetric;
      } else if (
        (fig.kind === 'money' || fig.kind === 'percent' || fig.kind === 'number') &&
        prevSentenceMetric &&
        prevSentenceMetric.zone === z - 1 &&
        lightLead(tokens, zones[z], d, inDate)
      ) {
        key = prevSentenceMetric.key;
      } else if (
        (fig.kind === 'money' || fig.kind === 'percent') &&
        prevSentenceMetric &&
        prevSentenceMetric.zone === z - 1 &&
        zones[z - 1].block === zones[z].block &&
        VALUE_ANAPHOR.test(norm.slice(zones[z].start, d.figure.start).toLowerCase())
      ) {
        // (`Two-way trade increased to over 100 million USD in 2019 … Under the pandemic, the value
        // decreased slightly but increased 89.7% in 2022`: `the value` is the indicator of the
        // sentence before.)
        key = prevSentenceMetric.key;
      } else if (
        (fig.kind === 'money' || fig.kind === 'percent') &&
        prevNamedMetric &&
        prevNamedMetric.zone === z - 1 &&
        zones[z - 1].block === zones[z].block &&
        // (`It rose from …`; or a sentence that opens on its period and a verb alone, `Năm 2021 đạt hơn
        // 1,3 tỷ USD`, after one that names the indicator.)
        (ANAPHOR_OPENING.test(norm.slice(zones[z].start, Math.min(zones[z].end, zones[z].start + 48)).toLowerCase()) || (d.figure.start - zones[z].start <= 80 && PERIOD_VERB_OPENING.test(norm.slice(zones[z].start, d.figure.start).toLowerCase()))) &&
        lightLead(tokens, zones[z], d, inDate)
      ) {
        // `The two-way trade value has constantly increased. It rose from US$2.65 billion …`: `it` is
        // the indicator the sentence before names, though it gave no figure.
        key = prevNamedMetric.key;
      }
      if (key === 'investment.fdi' || key === 'investment.capital') key = refineFdi(key, norm, zones[z], fig);
      fig.metric = key;
      if (text) fig.metricText = text;
      if (key && fig.kind !== 'count') sentenceMetric = key;
      if (key) noteSpecific(block, key);
    }
    for (; hi < hits.length; hi++) noteSpecific(block, hits[hi].key);
    prevSentenceMetric = sentenceMetric ? { zone: z, key: sentenceMetric } : null;
    // (A sentence that names one indicator and gives no figure, for `it` in the next.)
    const named = new Set(hits.map((h) => h.key));
    prevNamedMetric = !figs.length && named.size === 1 ? { zone: z, key: [...named][0] } : null;
  }
}

const FDI_WORDS = /\bfdi\b|đầu tư trực tiếp nước ngoài|foreign direct investment/;
const REGISTERED_WORDS = /đăng ký|registered|pledged|pledges|cấp mới|newly licensed/;
const DISBURSED_WORDS = /giải ngân|thực hiện|disbursed|disbursement/;

/**
 * One quantity, one metric: `đăng ký 1,5 tỷ USD vốn FDI`, `vốn FDI đăng ký đạt 1.500 triệu USD` and
 * `registered US$1.5 billion in new FDI` are all registered FDI; disbursed FDI likewise. The words
 * near the figure (its sentence, 60 characters before and 40 after) decide.
 */
function refineFdi(key: string, norm: string, zone: { start: number; end: number }, fig: { start: number; end: number }): string {
  const near = norm.slice(Math.max(zone.start, fig.start - 60), Math.min(zone.end, fig.end + 40)).toLowerCase();
  if (!FDI_WORDS.test(near)) return key;
  if (REGISTERED_WORDS.test(near)) return 'investment.fdi.registered';
  if (DISBURSED_WORDS.test(near)) return 'investment.fdi.disbursed';
  return 'investment.fdi';
}

/**
 * A sentence whose words before the figure only set a period or refer back (`Riêng 3 tháng đầu năm
 * 2023 đạt ...`, `Con số này tăng ...`, `In the first quarter, the figure was ...`) continues the
 * previous sentence's metric.
 */
const LIGHT = new Set([
  'riêng', 'trong', 'tính', 'đến', 'hết', 'chỉ', 'còn', 'với', 'đã', 'đạt', 'tăng', 'giảm', 'ở', 'mức', 'là', 'con',
  'số', 'này', 'và', 'cũng', 'tiếp', 'tục', 'riêng', 'năm', 'tháng', 'quý', 'đầu', 'cuối', 'nay', 'ngoái', 'trước', 'lên',
  'in', 'the', 'alone', 'it', 'this', 'that', 'figure', 'reached', 'was', 'stood', 'at', 'during', 'of', 'for', 'up', 'down',
  'rose', 'fell', 'hit', 'totalled', 'amounted', 'to', 'by', 'over', 'nearly', 'about', 'more', 'than', 'gần', 'hơn', 'khoảng',
  'first', 'months', 'quarter', 'half', 'year', 'mục', 'tiêu', 'phấn', 'đấu', 'hướng', 'dự', 'kiến', 'sẽ', 'target', 'aim',
  'expected', 'is', 'are', 'will', 'be', 'i', 'ii', 'iii', 'iv', 'q', 'sang', 'tới', 'vào', 'cả', 'trở', 'lại', 'mốc',
  'represents', 'represented', 'marks', 'marked', 'reflects', 'a', 'an', 'however', 'nevertheless', 'then', 'further',
  'but', 'went', 'and', 'from',
  // `Tính chung 2 tháng đầu năm, Việt Nam đã thu về 29,2 triệu USD`: a running total of the flow
  // of the sentence before.
  'tính', 'chung', 'cộng', 'lũy', 'luỹ', 'kế', 'việt', 'nam', 'đã', 'thu', 'về',
  // `Lũy kế nửa đầu năm, mặt hàng nông sản này đã mang về 687 triệu USD`: the goods of the sentence
  // before, pointed back at, and what they earned.
  'mặt', 'hàng', 'nông', 'sản', 'chiến', 'lược', 'chủ', 'lực', 'mang', 'đem',
  // `Đây là con số cao kỷ lục và tăng 12%`: this figure, the sentence before's.
  'đây', 'cao', 'kỷ', 'lục',
]);
function lightLead(tokens: Token[], zone: Span, d: FigureDraft, inDate: Uint8Array): boolean {
  const limit = Math.max(0, d.c0 - 40);
  for (let k = d.c0 - 1; k >= 0 && tokens[k].start >= zone.start; k--) {
    if (k < limit) return false;
    const t = tokens[k];
    if (t.type !== 'word' || LIGHT.has(t.text) || inDate[k]) continue;
    return false;
  }
  return true;
}

function metricRightAfter(tokens: Token[], hitAt: Map<number, MetricHit>, d: FigureDraft): MetricHit | null {
  let k = d.t1;
  const w = tokens[k]?.text;
  // `US$4.2 billion from exporting fruits`, `3 tỷ USD từ xuất khẩu gạo`: what the money was earned by.
  if ((w === 'from' || w === 'từ') && hitAt.get(k)?.key === 'export') return hitAt.get(k)!;
  // `spent US$4.3 million on importing coal`: what the money was spent on. (Not `spent $3.4 billion
  // importing plastics products` nor `chi 6,9 tỷ USD để nhập khẩu hoá chất`: on the real set those
  // made claims of goods the vocabulary does not tell apart — plastic products from plastic
  // materials — and of totals whose parts a broken sentence had cut off, and nothing right.)
  if (w === 'on' && d.figure.kind === 'money' && !d.changeDirection) {
    const on = hitAt.get(k + 1);
    return on && on.key === 'import' && !tokens[k + 1].nl ? on : null;
  }
  // `US$77.2 million worth of Vietnamese exports`: the flow after `worth of` and a word or two.
  if (w === 'worth' && tokens[k + 1]?.text === 'of' && d.figure.kind === 'money' && !d.changeDirection) {
    for (let j = k + 2; j < Math.min(tokens.length, k + 5); j++) {
      if (tokens[j].type !== 'word' || tokens[j].nl) break;
      const hit = hitAt.get(j);
      if (hit) return hit.key === 'export' || hit.key === 'import' ? hit : null;
    }
  }
  // `148.943,1 tỷ đồng doanh thu thuần và 2.407,4 tỷ đồng lợi nhuận sau thuế`: a body's revenue or
  // profit named right after its money.
  if (d.figure.kind === 'money' && !d.changeDirection && tokens[k]?.type === 'word' && !tokens[k].nl) {
    const own = hitAt.get(k);
    if (own && /^(?:profit|revenue$)/.test(own.key)) return own;
  }
  if (w === 'in' || w === 'of' || w === 'worth') k++;
  // `gần 3.000 tỷ yên vốn ODA`, `2 tỷ USD vốn FDI`: a money figure before the capital it counts.
  else if (!(d.figure.kind === 'money' && !d.changeDirection && w === 'vốn' && !tokens[k].nl)) return null;
  const hit = hitAt.get(k);
  if (hit) return hit;
  // `5.2 billion USD in fruit and vegetable exports`: the goods between `in` and the flow.
  if (w !== 'in' || d.figure.kind !== 'money') return null;
  for (let j = k; j < Math.min(tokens.length, k + 4); j++) {
    if (tokens[j].type !== 'word' || tokens[j].nl) return null;
    const later = hitAt.get(j + 1);
    if (later && (later.key === 'export' || later.key === 'import')) return later;
  }
  return null;
}

const unitMetricCache = new Map<string, string | null>();
function unitMetric(unit: string): string | null {
  let v = unitMetricCache.get(unit);
  if (v !== undefined) return v;
  v = null;
  for (const p of ['thuê bao', 'subscribers', 'lượt khách', 'du khách', 'khách du lịch', 'tourists', 'visitors', 'arrivals']) {
    if (unit.includes(p)) {
      v = p === 'thuê bao' || p === 'subscribers' ? 'subscribers' : 'tourists';
      break;
    }
  }
  unitMetricCache.set(unit, v);
  return v;
}

/** What stands between two changes of one list: a measure, `và`, a direction (`về lượng và`, `in volume and`). */
const LISTED_CHANGE_GLUE = /^\s*(?:về\s+|in\s+)?(?:lượng|khối lượng|trị giá|kim ngạch|giá trị|volume|value)?\s*(?:,\s*)?(?:và|and)\s+(?:(?:tăng|giảm|up|down)\s+)?$/u;

/** A period right after the figure (`600 triệu USD năm 2022`, `$600 million in 2023`). */
function adjacentAfter(tokens: Token[], dateAt: Map<number, DateItem>, isBase: Set<DateItem>, d: FigureDraft): DateItem | null {
  let k = d.t1;
  // `đạt 300 triệu USD (năm 2019)`, `$381 million (2019)`: brackets holding the figure's period alone.
  const bracket = tokens[k]?.text === '(';
  if (bracket) k++;
  const w = tokens[k]?.text;
  if (w === 'vào' || w === 'trong' || w === 'in' || w === 'of' || w === 'during') k++;
  // `2.1 million visitors in the first quarter of this year`.
  if (k > d.t1 && tokens[k]?.text === 'the' && tokens[k - 1]?.text !== 'trong') k++;
  const x = dateAt.get(k);
  if (bracket && (!x || tokens[x.t1]?.text !== ')')) return null;
  return x && x.value && !isBase.has(x) ? x : null;
}

/** The last item ending at or before pos (items in text order, not overlapping). */
/** Whether a date may govern a figure at `pos`: it stands outside brackets, or in the figure's own. */
function visible(parens: Span[], x: DateItem, pos: number): boolean {
  // (Outermost brackets do not overlap and come in text order: the last one opening before the
  // date is the only one that can hold it.)
  let lo = 0;
  let hi = parens.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (parens[mid].start <= x.start) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const p = at >= 0 && x.end <= parens[at].end ? parens[at] : null;
  return !p || (p.start <= pos && pos < p.end);
}

function lastBefore(list: DateItem[], pos: number): DateItem | null {
  let lo = 0;
  let hi = list.length - 1;
  let best: DateItem | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= pos) {
      best = list[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The first item starting at or after pos. */
function firstAfter(list: DateItem[], pos: number): DateItem | null {
  let lo = 0;
  let hi = list.length - 1;
  let best: DateItem | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start >= pos) {
      best = list[mid];
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return best;
}


/** A sentence that opens on a period and a verb of reaching alone: `Năm 2021 đạt `, `In 2021 it reached `. */
const PERIOD_VERB_OPENING = /^\s*(?:riêng\s+)?(?:(?:trong\s+)?năm\s+\d{4}|(?:in\s+)?\d{4})\s*,?\s*(?:đạt|reached|stood at|was)\s+(?:(?:hơn|gần|khoảng|trên|over|nearly|about|more than)\s+)?(?:us\$|\$)?\s*$/u;

const FLOWS = new Set([
  'đạt', 'tăng', 'giảm', 'đón', 'hút', 'xuất', 'nhập', 'thu', 'chi', 'giải', 'reached', 'rose', 'fell', 'grew', 'increased',
  'decreased', 'welcomed', 'attracted', 'exported', 'imported', 'totalled', 'totaled', 'hit', 'amounted', 'received', 'disbursed',
  'shipped', 'sold', 'bought', 'earned', 'bán', 'mua', 'dropped', 'declined', 'jumped', 'surged', 'climbed', 'slid', 'shrank',
  'contracted', 'fetched', 'generated', 'recorded', 'posted', 'expanded', 'soared', 'plunged', 'gained', 'sụt', 'vượt',
]);
const HOLDS = new Set(['có', 'has', 'have', 'had', 'owns', 'sở']);
/** A sentence opening on a time named before: `Thời điểm đó`, `Khi đó`, `Lúc đó`, `At that time`, `Back then`. */
const THAT_TIME = /^\s*(?:(?:vào |tại )?(?:thời điểm|lúc|khi|hồi|thời) (?:đó|ấy|này)|at (?:that|the) time|back then|by then|then)(?![\p{L}])/u;
/** A sentence about the economy as a whole (`tình hình kinh tế - xã hội`, `the local economy`). */
const ECONOMY_AS_A_WHOLE = /(?<![\p{L}])(?:kinh tế|tình hình kinh tế|economy|economic situation|socio-economic)(?![\p{L}])/u;

/** A breakdown into exports and imports after a figure: `, trong đó xuất khẩu … nhập khẩu …`. */
function bothFlowsAfter(rest: string): boolean {
  const r = rest.toLowerCase();
  return /^\s*(?:\([^)]*\)\s*)?[,;:(]?\s*(?:trong đó|of which|including|bao gồm|with)\s/u.test(r) && /xuất khẩu|exports?(?![\p{L}])/u.test(r) && /nhập khẩu|imports?(?![\p{L}])/u.test(r);
}

/** Sentences that break down the previous one: `Trong đó, ...`, `Of which ...`, `Of the total, ...`. */
export function continues(tokens: Token[], zone: Span): boolean {
  const k = firstTokenAt(tokens, zone.start);
  if (k < 0) return false;
  const a = tokens[k]?.text;
  const b = tokens[k + 1]?.text;
  const c = tokens[k + 2]?.text;
  return (
    (a === 'trong' && (b === 'đó' || (b === 'số' && (c === 'đó' || c === 'này')))) ||
    (a === 'of' && (b === 'which' || b === 'this' || b === 'that')) ||
    (a === 'of' && b === 'the' && (c === 'total' || c === 'figure' || c === 'amount' || c === 'sum')) ||
    (a === 'cụ' && b === 'thể' && c === ',') ||
    (a === 'specifically' && b === ',') ||
    // `This represents a 2.3% decrease in volume …`: the figures of the sentence before, compared.
    (a === 'this' && (b === 'represents' || b === 'marks' || b === 'reflects' || b === 'represented' || b === 'marked')) ||
    (a === 'in' && b === 'particular' && c === ',') ||
    // `Meanwhile, imports …`, `Trong khi đó, nhập khẩu …`, `As a result, total trade …`: the other
    // side or the sum of the flows just reported, in their period.
    (a === 'meanwhile' && b === ',') ||
    (a === 'trong' && b === 'khi' && c === 'đó') ||
    (a === 'as' && b === 'a' && c === 'result')
  );
}

function firstTokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start >= pos) {
      best = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return best;
}

/** What stands between a volume and its value: `, trị giá`, `, worth`, `, valued at`. */
const VALUE_OF_VOLUME = /^\s*,?\s*(?:với\s+)?(?:trị giá|kim ngạch|giá trị|tương đương|thu về|worth|valued at|with a value of)\s*(?:(?:gần|hơn|khoảng|trên|xấp xỉ|nearly|about|over|more than|almost|around)\s*)?(?:us\$|\$|usd)?\s*$/u;

/**
 * A period set off before the main clause: a comma after it, and before it the sentence start
 * (at most three words: `Trong năm 2023,`) or a comma (`Theo Tổng cục Hải quan, từ đầu năm đến nay,`).
 */
export function isOpening(tokens: Token[], zone: Span, x: { t0: number; t1: number }): boolean {
  // A comma right after the period, or after one more word (`In 2023 alone,`, `Năm 2023 vừa qua,`).
  const nx = tokens[x.t1];
  const comma = (t: Token | undefined) => !!t && t.text === ',';
  if (!comma(nx) && !(nx?.type === 'word' && comma(tokens[x.t1 + 1])) && !(nx?.type === 'word' && tokens[x.t1 + 1]?.type === 'word' && comma(tokens[x.t1 + 2]))) return false;
  let k = x.t0 - 1;
  // After a verb of saying (`Bộ trưởng cho biết năm 2023, ...`, `He said that in 2023, ...`).
  if (afterSaying(tokens, k)) return true;
  let words = 0;
  let leading = true;
  while (k >= 0 && tokens[k].start >= zone.start) {
    if (tokens[k].text === ',') return words <= 3;
    // A dateline ends before it: `TP Hồ Chí Minh, ngày 5/7/2024 - Sáu tháng đầu năm 2024, ...`,
    // `Hanoi (VNA) - In 2023, ...`.
    // (`Hanoi (VNA) – In the first six months of 2022, ...`: a preposition and article between.)
    if (leading && '-–—'.includes(tokens[k].text) && tokens[k].space && (tokens[k - 1]?.text === ')' || tokens[k - 1]?.type === 'num')) return true;
    if (tokens[k].type === 'punct' || ++words > 3) return false;
    if (!LEAD_INS.has(tokens[k].text)) leading = false;
    k--;
  }
  return true;
}

/** A period named in words the engine does not resolve (matched in lower case). */
const UNREAD_PERIOD = /(?<![\p{L}])(?:in the past period|over the past period|in the period|in recent (?:days|weeks|months)|thời gian (?:vừa )?qua|giai đoạn vừa qua|thời gian gần đây|những ngày (?:gần đây|qua))(?![\p{L}])/u;

/** The opening of a paragraph on markets (matched in lower case). */
const MARKETS_OPEN = /^\s*(?:(?:về|xét về|xét theo|theo|phân theo|tính theo|còn về) thị trường|(?:in terms of|by|regarding|as for|as to) (?:export |import )?markets?\b|(?:[^\s,.;]+\s+){1,5}(?:là|vẫn là|tiếp tục là|giữ vị trí|dẫn đầu|đứng đầu)\s+(?:thị trường|nhà nhập khẩu|đối tác|điểm đến)|(?:[^\s,.;]+\s+){0,4}(?:xuất khẩu|nhập khẩu|xuất|nhập)\s+(?:nhiều nhất|chủ yếu|lớn nhất)\s+(?:sang|từ|tới|vào)\s|(?:the\s+)?(?:[^\s,.;]+\s+){1,4}(?:was|remained|is|stayed|continued to be|ranked)\s+(?:the\s+)?(?:largest|biggest|top|leading|main|first|second)\s+(?:[^\s,.;]+\s+)?(?:market|importer|buyer|destination)|[^.;]{0,120}?(?:nhập khẩu|xuất khẩu|nhập|xuất|imported|exported|shipped)\s+(?:[^\s,.;]+\s+){0,4}(?:từ|sang|tới|đến|from|to)\s+\d+\s+(?:quốc gia|thị trường|nước|countries|markets))/u;

/** A part set apart after a whole (`; trong đó riêng tháng 9/2017`, `, of which in September alone`). */
const PART_APART = /(?:trong đó|riêng|of which|alone)/u;

/** A paragraph that goes on ranking markets (matched in lower case). */
const MARKETS_NEXT = /^\s*(?:(?:the\s+)?(?:[^\s,.;]+\s+){1,4}(?:ranked|came|was|were|stood)\s+(?:second|third|fourth|fifth|next)\b|(?:[^\s,.;]+\s+){1,5}(?:đứng|xếp)\s+(?:thứ|vị trí thứ)\s+\S+|(?:đứng|xếp) (?:thứ|vị trí thứ) \S+ (?:là|thuộc về)|tiếp theo (?:là|đó là)|next (?:came|was))/u;

/** A sentence that opens by pointing back at the indicator of the sentence before. */
// (May follow an opening year: `In 2025, the figure reached …`, `Năm 2023, con số này đạt …`.)
/** A value pointed back at, anywhere before the figure in its sentence: `the value`, `this value`, `giá trị này`, `kim ngạch này`. */
const VALUE_ANAPHOR = /(?:^|[\s,])(?:the value|this value|that value|the turnover|this turnover|giá trị này|kim ngạch này|con số này|this figure|the figure)(?![\p{L}\p{N}])(?!\s+of\s)/u;
const ANAPHOR_OPENING = /^\s*(?:(?:in\s+|during\s+|trong\s+|riêng\s+)?(?:năm\s+)?\d{4}\s*,\s*)?(?:it|nó|con số này|this figure|the figure|this \(\p{L}+\) figure)\s/u;

/**
 * A date of the dateline that opens a sentence (`Hanoi, May 22, 2021 - Vietnam earned …`, `Hà Nội,
 * ngày 20/5/2021 – …`): where and when the story was filed, never the period of its figures. A few
 * words and commas before it, a spaced dash right after it.
 */
function inDateline(tokens: Token[], zone: Span, x: DateItem): boolean {
  // (A page's stamp, `date 2024-03 (TBTCO) - Theo …`, opening the sentence, is one too.)
  if (tokens[x.t0 - 1]?.text === 'date' && (x.t0 - 1 === 0 || tokens[x.t0 - 2].start < zone.start)) return true;
  let k = x.t1;
  // (`Hanoi, May 22, 2021 (VNA) -`: the agency in brackets between.)
  if (tokens[k]?.text === '(') {
    let close = k + 1;
    while (close < tokens.length && close <= k + 6 && tokens[close].text !== ')') close++;
    if (tokens[close]?.text !== ')') return false;
    k = close + 1;
  }
  const dash = tokens[k];
  if (!dash || !DASHES.has(dash.text) || !dash.space) return false;
  let words = 0;
  for (let j = x.t0 - 1; j >= 0 && tokens[j].start >= zone.start; j--) {
    const t = tokens[j];
    if (t.type === 'word') {
      if (++words > 6) return false;
    } else if (t.text !== ',' && t.text !== '(' && t.text !== ')' && t.text !== '.') return false;
  }
  return true;
}

/** Words between a dateline's dash and the period it opens with (`– In the first six months …`). */
const LEAD_INS = new Set(['in', 'the', 'during', 'over', 'trong', 'for', 'kết', 'thúc', 'hết', 'tính', 'chung', 'riêng', 'cả', 'sau', 'by', 'end', 'of']);

const SAYING = new Set(['said', 'says', 'noted', 'added', 'stated', 'reported', 'nói']);
const SAYING_PAIRS = new Set(['cho biết', 'cho hay', 'nhấn mạnh', 'khẳng định', 'thông tin', 'thông báo', 'chia sẻ', 'báo cáo']);
/**
 * Whether the words ending at token k are a verb of saying, possibly followed by `that`/`rằng` and a
 * preposition (`said that in`, `cho biết trong`); `that`/`rằng` after a comma count too.
 */
function afterSaying(tokens: Token[], k: number): boolean {
  if (['in', 'during', 'trong', 'vào'].includes(tokens[k]?.text ?? '')) k--;
  if (tokens[k]?.text === 'that' || tokens[k]?.text === 'rằng') {
    if (tokens[k - 1]?.text === ',') return true;
    k--;
  }
  const t = tokens[k];
  if (!t || t.type !== 'word') return false;
  if (SAYING.has(t.text)) return true;
  const p = tokens[k - 1];
  return !!p && p.type === 'word' && SAYING_PAIRS.has(`${p.text} ${t.text}`);
}

const NOT_NOW_BEFORE_HIEN = new Set(['thực', 'thể', 'xuất', 'phát', 'biểu', 'tái']);
const NOW = new Set(['hiện', 'nay', 'now', 'currently', 'today', 'presently']);
function saysNow(tokens: Token[], clause: Clause): boolean {
  for (let k = clause.t0; k < clause.t1; k++) {
    // `thực hiện` (disbursed), `thể hiện`, `xuất hiện`, `phát hiện` say nothing about now.
    if (NOW.has(tokens[k].text) && !(tokens[k].text === 'hiện' && NOT_NOW_BEFORE_HIEN.has(tokens[k - 1]?.text ?? ''))) return true;
  }
  return false;
}


/** The clause around a figure: bounded by commas, semicolons and coordinating words. */
export interface Clause extends Span {
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
}

/** Words that may open a clause before the period that sets it off. */
const SET_OFF_WORDS = new Set(['tính', 'chung', 'cộng', 'dồn', 'gộp', 'lũy', 'luỹ', 'kế', 'trong', 'riêng', 'cả', 'nếu', 'như', 'in', 'for', 'during', 'over', 'the', 'if']);

/** Whether the date at token `t0` is alone in its clause, but for a few opening words. */
function setOffAlone(tokens: Token[], t0: number): boolean {
  for (let k = t0 - 1, n = 0; k >= 0; k--, n++) {
    const x = tokens[k];
    if (x.text === ',' || x.text === ';' || x.text === ':' || x.text === '.' || (DASHES.has(x.text) && x.space)) return true;
    // (A page's date stamp before the title, `date 2023-06 Năm ngoái, …`, ends what came before.)
    if (x.type === 'num' && !x.space && tokens[k - 1]?.text === '-' && tokens[k - 2]?.type === 'num' && /^\d{4}$/.test(tokens[k - 2].text)) return true;
    if (n >= 3 || !SET_OFF_WORDS.has(x.text)) return false;
    if (x.nl) return true;
  }
  return true;
}

/** Words after `và`/`and` that make what follows a clause of its own, not more goods. */
const NOT_GOODS_AFTER_AND = new Set(['đến', 'tới', 'until', 'by', 'to', 'dự', 'kiến', 'sẽ', 'will', 'expected', 'mục', 'tiêu', 'kế', 'hoạch', 'target', 'plan', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'là', 'có', 'được', 'đã', 'đang', 'its', 'their', 'it', 'they']);
/**
 * `903,8 triệu USD từ xuất khẩu dây điện và dây cáp điện trong 5 tháng đầu năm 2020`, `from exporting
 * electric wires and cables in the first five months of 2020`: a `và`/`and` that joins two goods
 * does not end the figure's clause, so the period after the second is the figure's. Only a few words
 * between the `và` and the period, none a verb, a figure or a plan's word.
 */
function goodsJoined(tokens: Token[], clause: Clause, d: FigureDraft, date: DateItem, inDate: Uint8Array): boolean {
  const k0 = clause.t1;
  const w = tokens[k0]?.text;
  if ((w !== 'và' && w !== 'and') || date.t0 <= k0 + 1 || date.t0 - k0 > 8) return false;
  // (Goods on both sides: a word before the `và`, not a date or a figure's, `up 29% from 2021 and
  // doubling the figure of 2013`.)
  // (And some words between the figure and the `và`: `35-36 tỷ USD và đến cuối năm 2022` joins two
  // statements.)
  if (tokens[k0 - 1]?.type !== 'word' || inDate[k0 - 1] || k0 - 1 < d.t1 + 1) return false;
  for (let k = k0 + 1; k < date.t0; k++) {
    const x = tokens[k];
    if (x.type !== 'word' || CLAUSE_BREAK.has(x.text) || FLOWS.has(x.text) || NOT_GOODS_AFTER_AND.has(x.text) || x.nl) return false;
  }
  return true;
}

/**
 * Where clauses break, once per text: for each token the nearest break at or before it and at or
 * after it (a text of nothing but figures asks for the clause of every one of them).
 */
interface BreakIndex {
  prev: Int32Array;
  next: Int32Array;
}
const breakIndexCache = new WeakMap<Uint8Array, Map<string | undefined, BreakIndex>>();

function breakIndex(tokens: Token[], inDate: Uint8Array, norm: string | undefined): BreakIndex {
  let byNorm = breakIndexCache.get(inDate);
  if (!byNorm) breakIndexCache.set(inDate, (byNorm = new Map()));
  let ix = byNorm.get(norm);
  if (ix) return ix;
  // Words inside a date (`between 2019 and 2023`) do not break clauses.
  // (`đã tăng và đạt 3,5 tỷ USD`, `rose and reached`: `và` between two verbs of one subject.)
  // A dash set off by spaces before a lower-case word (`so với tháng 6 – tính chung từ đầu năm`)
  // opens a clause; before a name (`Việt Nam – Peru`) it joins the pair.
  const dashBreak = (k: number) =>
    norm !== undefined && DASHES.has(tokens[k].text) && tokens[k].space && !!tokens[k + 1]?.space && tokens[k + 1].type === 'word' && isLower(norm.charCodeAt(tokens[k + 1].start)) && !RELATIVE.has(tokens[k + 1].text);
  const breaks = (k: number) => ((CLAUSE_BREAK.has(tokens[k].text) && !((tokens[k].text === 'và' || tokens[k].text === 'and') && JOINED_VERBS.has(tokens[k + 1]?.text ?? '') && JOINED_VERBS.has(tokens[k - 1]?.text ?? ''))) || dashBreak(k)) && !inDate[k];
  const n = tokens.length;
  const prev = new Int32Array(n);
  const next = new Int32Array(n);
  // (Each token is tested once; the second sweep reads the first's answers.)
  let last = -1;
  for (let k = 0; k < n; k++) {
    if (breaks(k)) last = k;
    prev[k] = last;
  }
  last = n;
  for (let k = n - 1; k >= 0; k--) {
    if (prev[k] === k) last = k;
    next[k] = last;
  }
  ix = { prev, next };
  byNorm.set(norm, ix);
  return ix;
}

export function clauseOf(tokens: Token[], d: FigureDraft, zone: Span, inDate: Uint8Array, norm?: string): Clause {
  // A clause is at most 60 tokens either side (so that a text without punctuation stays linear),
  // bounded by its zone and by the nearest breaks (see breakIndex): the walk from the figure stops
  // at the first of them.
  const { prev, next } = breakIndex(tokens, inDate, norm);
  const n = tokens.length;
  let a = d.c0 - 1;
  if (a >= 0) {
    // (The last token before the zone: tokens are in text order.)
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start < zone.start) lo = mid + 1;
      else hi = mid;
    }
    a = Math.min(a, Math.max(prev[a], d.c0 - 60, lo - 1, -1));
  }
  let b = d.t1;
  if (b < n) {
    // (The first token that ends past the zone.)
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= zone.end) lo = mid + 1;
      else hi = mid;
    }
    b = Math.min(next[b], d.t1 + 60, Math.max(lo, d.t1), n);
  }
  const start = a >= 0 && tokens[a].start >= zone.start ? tokens[a].end : zone.start;
  const end = b < n && tokens[b].end <= zone.end ? tokens[b].start : zone.end;
  return { start, end, t0: a + 1, t1: b };
}

/** English words of comparison before `than` (`higher than 2016`). */
const COMPARED_EN = new Set(['higher', 'lower', 'more', 'less', 'greater', 'bigger', 'smaller', 'larger', 'above', 'below']);
/** Vietnamese adjectives of comparison before `hơn` (`cao hơn năm 2023`). */
const COMPARED_VI = new Set(['cao', 'thấp', 'lớn', 'nhỏ', 'nhiều', 'ít', 'tốt', 'nhanh', 'chậm', 'mạnh']);

/** Words before `prices` that make them the basis of a value: `current prices`, `constant (2010) prices`. */
const PRICE_BASIS = new Set(['current', 'constant', 'comparable', 'fixed', 'market']);

function findMetrics(tokens: Token[], drafts: FigureDraft[]): MetricHit[] {
  const inFigure = new Uint8Array(tokens.length);
  for (const d of drafts) for (let k = d.t0; k < d.t1; k++) inFigure[k] = 1;
  const out: MetricHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].type !== 'word' || inFigure[i]) {
      i++;
      continue;
    }
    const m = METRICS.matchAt(tokens, i);
    // (`giảm 16,5% về kim ngạch`, `tăng 0,3% kim ngạch`: a bare `kim ngạch` after `về` or a percentage
    // names the measure of a change, not an indicator.)
    const measureWord = !!m && m.value === 'trade' && m.end === i + 2 && (tokens[i - 1]?.text === 'về' || (i > 0 && inFigure[i - 1] === 1 && tokens[i - 1].text === '%'));
    // (`at current prices`, `at constant 2010 prices`: the prices a value is measured at, no price.)
    const pricesOf = !!m && m.value === 'price' && m.end === i + 1 && (PRICE_BASIS.has(tokens[i - 1]?.text ?? '') || (tokens[i - 1]?.type === 'num' && PRICE_BASIS.has(tokens[i - 2]?.text ?? '')) || (tokens[i - 1]?.type === 'num' && tokens[i - 2]?.text === 'in'));
    if (m && !measureWord && !pricesOf) {
      // (`Giá cao su xuất khẩu tăng gần 31%`, `giá gạo xuất khẩu`: a flow after `giá` and the goods
      // names the flow's price — not `giá trị xuất khẩu`, its value.)
      let key = m.value;
      if ((key === 'export' || key === 'import') && m.end === i + 2) {
        for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
          const w = tokens[k];
          if (w.type !== 'word' || inFigure[k]) break;
          if (w.text === 'giá') {
            if (k < i - 1 && tokens[k + 1].text !== 'trị' && tokens[k + 1].text !== 'cả') key = 'price';
            break;
          }
        }
      }
      out.push({ t0: i, t1: m.end, start: tokens[i].start, end: tokens[m.end - 1].end, key });
      i = m.end;
    } else i++;
  }
  return out;
}

/** Shifts every year of an ISO period. */
/** Whole months from `a` to `b` (both `YYYY-MM`). */
function monthsBetween(a: string, b: string): number {
  return (+b.slice(0, 4) - +a.slice(0, 4)) * 12 + (+b.slice(5, 7) - +a.slice(5, 7));
}

export function shiftYear(iso: string, by: number): string {
  return iso.replace(/\b(\d{4})\b/g, (y) => String(Number(y) + by));
}

/** The index of the zone (sentence) that contains a position, or -1; zones are sorted and disjoint. */
export function makeZoneIndex(zones: Zone[]): (pos: number) => number {
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
