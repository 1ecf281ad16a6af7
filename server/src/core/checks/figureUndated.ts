/**
 * `figure.undated`: a figure with no stated period, for a metric and subject the corpus states
 * for explicit periods. The finding says which period each value belongs to elsewhere, and which
 * period the undated figure most likely is (the one whose value it matches).
 */
import { matchKey } from '../text/textModel';
import type { Check, CheckContext, Emitted } from './types';
import { claimSignature, type Claim } from '../claims/index';
import type { RelatedLocation } from '../types';
import { groupMemo } from './memo';
import { disjoint, midValue, plausible, type Interval } from '../claims/bounds';
import { parsePeriod, periodKey } from '../claims/period';
import { claimSubjectName, figurePhrase, metricName, periodPhrase, t } from '../messages/describe';
import { baseName, formatPeriod, joinList } from '../messages/format';

function ambiguous(c: Claim): boolean {
  return (c.figure.readings?.length ?? 0) >= 2;
}


export const figureUndated: Check = {
  code: 'figure.undated',
  defaultSeverity: 'information',
  description: {
    en: 'A figure states no period although other articles give the same metric for explicit periods; the finding says which period it most likely is.',
    vi: 'Số liệu không ghi kỳ trong khi các bài khác nêu cùng chỉ số theo từng kỳ cụ thể; cảnh báo cho biết số liệu nhiều khả năng thuộc kỳ nào.',
  },
  examples: [
    {
      texts: [
        'Kim ngạch thương mại hai chiều Việt Nam-Peru đạt 600 triệu USD.',
        'Thương mại hai chiều Việt Nam-Peru năm 2022 đạt 600 triệu USD; năm 2023 đạt 486 triệu USD.',
      ],
      reported: true,
      note: { en: '600 million USD here has no year; elsewhere it is 2022.', vi: '600 triệu USD không ghi năm; nơi khác là năm 2022.' },
    },
    {
      texts: ['Thương mại hai chiều năm 2022 đạt 600 triệu USD.', 'Thương mại hai chiều năm 2023 đạt 486 triệu USD.'],
      reported: false,
      note: { en: 'Both figures are dated: a time series.', vi: 'Cả hai đều có năm: đó là chuỗi số liệu theo thời gian.' },
    },
    {
      texts: ['Lũy kế đến nay, vốn đầu tư của Việt Nam vào Peru đạt 1,24 tỷ USD.', 'Năm 2023, vốn đầu tư mới của Việt Nam vào Peru đạt 1,24 tỷ USD.'],
      reported: false,
      note: { en: 'A running total has no year by nature.', vi: 'Số lũy kế vốn không gắn với một năm.' },
    },
  ],
  run(ctx) {
    const out: Emitted[] = [];
    const L = ctx.locale;
    // An undated figure's finding depends on the claims of its (metric, subject) series, the
    // locale and the subject's name alone: computed, and kept, per series.
    const memo = groupMemo<(Emitted | null)[]>(ctx.memo, 'figure.undated');
    const done = new Map<string, { results: (Emitted | null)[]; at: Map<Claim, number> }>();
    for (const c of ctx.claims.claims) {
      if (!undated(c)) continue;
      const key = `${c.metric}|${c.subject}`;
      let s = done.get(key);
      if (!s) {
        const series = ctx.claims.series(c.metric, c.subject);
        const results = memo
          ? memo.get(key, series.map(claimSignature), `${L}|${claimSubjectName(c.metric, c.subject, L, ctx.entities)}`, () => seriesFindings(series, ctx))
          : seriesFindings(series, ctx);
        s = { results, at: new Map(series.map((x, i) => [x, i])) };
        done.set(key, s);
      }
      const e = s.results[s.at.get(c)!];
      if (e) out.push(e);
    }
    return out;
  },
};

/** Words of time: a sentence that has them is dated, even when the engine did not resolve how. */
const SPEAKS_OF_TIME = /(?<![\p{L}\p{N}])(?:năm|tháng|quý|tuần|niên vụ|mùa vụ|hiện nay|nay|kỳ|đầu năm|cuối năm|year|years|month|months|quarter|half|week|season|currently|now|today|so far|(?:19|20)\d\d)(?![\p{L}\p{N}])/u;

/** A claim the check looks at: a level with no stated period, not a running total. */
function undated(c: Claim): boolean {
  // A running total (`lũy kế`, `tính đến nay`, `so far`) is not an undated yearly figure.
  return !c.periodStated && c.role === 'level' && !ambiguous(c) && !c.cumulative;
}

/** The finding of each undated claim of one (metric, subject) series (null for the others). */
function seriesFindings(all: Claim[], ctx: CheckContext): (Emitted | null)[] {
  const L = ctx.locale;
  // Per unit: the dated claims, those of whole years latest first, and what every finding says of
  // each of them. Many undated figures of one series share them.
  interface Dated {
    claims: Claim[];
    /** Each claim's lenient interval as an index into `distinct` (many claims share a value). */
    intervalOf: Int32Array;
    distinct: Interval[];
    years: { o: Claim; lastDay: number }[];
  }
  const dated = new Map<string, Dated>();
  const datedSeries = (c: Claim): Dated => {
    const k = String(c.figure.unit);
    let d = dated.get(k);
    if (!d) {
      const claims = all.filter((o) => o.periodStated && o.period && !o.relativePeriod && !ambiguous(o) && o.figure.unit === c.figure.unit);
      const years = claims
        .map((o) => ({ o, p: parsePeriod(o.period) }))
        .filter((x) => x.p?.kind === 'year')
        .sort((a, b) => b.p!.lastDay - a.p!.lastDay)
        .map((x) => ({ o: x.o, lastDay: x.p!.lastDay }));
      const ids = new Map<string, number>();
      const distinct: Interval[] = [];
      const intervalOf = new Int32Array(claims.length);
      claims.forEach((o, i) => {
        const iv = plausible(o.figure, 'lenient');
        const k = `${iv[0]}:${iv[1]}`;
        let id = ids.get(k);
        if (id === undefined) ids.set(k, (id = distinct.push(iv) - 1));
        intervalOf[i] = id;
      });
      d = { claims, intervalOf, distinct, years };
      dated.set(k, d);
    }
    return d;
  };
  const entryKeys = new Map<Claim, string>();
  const entryKey = (o: Claim) => {
    let k = entryKeys.get(o);
    if (k === undefined) entryKeys.set(o, (k = `${periodKey(o.period)}|${figurePhrase(o.figure, L)}`));
    return k;
  };
  const relatedOf = new Map<Claim, RelatedLocation>();
  const related = (o: Claim) => {
    let r = relatedOf.get(o);
    if (!r) {
      r = { uri: o.uri, start: o.figure.start, end: o.figure.end, message: `${figurePhrase(o.figure, L)} — ${periodPhrase(o.period!, L)}` };
      relatedOf.set(o, r);
    }
    return r;
  };
  const relatedOfAll = (groups: Claim[][]) => {
    const out: RelatedLocation[] = [];
    for (const g of groups) for (const o of g) out.push(related(o));
    return out;
  };
  // What the findings of undated figures of one value share: the claims that fit the value, and
  // what a set of candidates gives (entries by period and value, clauses, sources, locations).
  const byInterval = new Map<string, { fits: boolean[]; matching: Claim[]; likely: string[] }>();
  interface Shape {
    ordered: Claim[][];
    clauses: string;
    sources: string;
    related: RelatedLocation[];
    candidates: { period: string | null; value: number | [number, number]; uris: string[] }[];
  }
  const shapes = new Map<string, Shape | null>();
  const ownOf = new Map<Dated, Map<string, number[]>>();
  return all.map((c) => (undated(c) ? finding(c) : null));

  function finding(c: Claim): Emitted | null {
    const d = datedSeries(c);
    const { claims: series, intervalOf, distinct, years: allYears } = d;
    const mineInterval = plausible(c.figure, 'lenient');
    // (Every claim of `series` has the unit of `c`, so compatibility is the intervals'.)
    const ivKey = `${String(c.figure.unit)}|${mineInterval[0]}:${mineInterval[1]}`;
    let fit = byInterval.get(ivKey);
    if (!fit) {
      const fits = distinct.map((iv) => !disjoint(mineInterval, iv));
      const matching = series.filter((_, i) => fits[intervalOf[i]]);
      fit = { fits, matching, likely: [...new Set(matching.map((o) => o.period!))] };
      byInterval.set(ivKey, fit);
    }
    let byUri = ownOf.get(d);
    if (!byUri) {
      byUri = new Map();
      series.forEach((o, i) => {
        const l = byUri!.get(o.uri);
        if (l) l.push(i);
        else byUri!.set(o.uri, [i]);
      });
      ownOf.set(d, byUri);
    }
    // Precision first: a note only when the value is dated elsewhere, to one period, and its own
    // sentence says nothing of time (a sentence with `6 tháng đầu năm` or `this year` is dated in
    // a way the engine did not resolve, and a value no other article gives has no likely period).
    if (fit.likely.length !== 1 || SPEAKS_OF_TIME.test(matchKey(c.doc.text.slice(c.sentence.start, c.sentence.end)))) return null;
    // …and only when another article states the same number (a restated figure: `1,1 tỷ` is not
    // `1,14 tỷ`, `16.26` not `16.3`), not a value a qualifier or rounding merely allows.
    const restates = (o: Claim) => o.figure.bound === c.figure.bound && midValue(o.figure.value) === midValue(c.figure.value);
    if (!fit.matching.some(restates)) return null;
    const own = byUri.get(c.uri) ?? [];
    // The article dates the value itself elsewhere: it is a restatement, not an undated figure.
    if (own.some((i) => fit!.fits[intervalOf[i]])) return null;
    if (own.length === series.length) return null;
    // One entry per (period, value): the claims elsewhere that match the value (none of this
    // article's does, or it returned above), then the latest full year.
    const { matching, likely } = fit;
    // The latest year is a candidate only for a value of the same order (a cumulative total
    // beside one year's flow is another quantity, not an undated one).
    const near = (o: Claim) => {
      const a = Math.abs(midValue(c.figure.value));
      const b = Math.abs(midValue(o.figure.value));
      return a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= 3;
    };
    // The latest whole year stated elsewhere: claims of one period share its last day, so they
    // follow each other in `allYears`.
    const first = allYears.findIndex((y) => y.o.uri !== c.uri);
    const hasYears = first >= 0;
    const latestYear: number[] = [];
    if (hasYears) {
      const { o: latest, lastDay } = allYears[first];
      for (let i = first; i < allYears.length && allYears[i].lastDay === lastDay; i++) {
        const o = allYears[i].o;
        if (o.uri !== c.uri && o.period === latest.period && near(o)) latestYear.push(i);
      }
    }
    // A value that agrees with every dated value of its metric, here and elsewhere, leaves nothing
    // to tell apart, and a note says nothing the reader needs (the seeds' 600 has 486 triệu USD of
    // another year beside it).
    if (fit.fits.every((x) => x)) return null;
    // Nor when no later year has another value: a reader takes an undated figure for the latest,
    // and the note is for the value of an older year that would then be set against a later one's
    // (the seeds' 600, 2022's, beside 2023's 486), not for the latest year's own (`12,6 triệu lượt
    // khách quốc tế` with no year beside 2023's 12.6 million).
    // (Only a whole year's: a restated running total, `Jan–Nov 2020`, is no year to mistake.)
    const matched = parsePeriod(likely[0]);
    const matchedYear = matched?.kind === 'year' ? matched.to.y : undefined;
    if (matchedYear === undefined || !allYears.some((y) => parsePeriod(y.o.period)!.from.y > matchedYear && disjoint(mineInterval, plausible(y.o.figure, 'lenient')))) return null;
    const shapeKey = `${ivKey}|${latestYear.join(',')}`;
    let shape = shapes.get(shapeKey);
    if (shape === undefined) {
      shape = computeShape(matching, latestYear.map((i) => allYears[i].o));
      shapes.set(shapeKey, shape);
    }
    if (!shape) return null;
    const { ordered, clauses } = shape;
    const mine = figurePhrase(c.figure, L);
    const message = t(L, {
      en: `${mine} here has no ${likely.length || hasYears ? 'year' : 'period'}; elsewhere ${clauses}`,
      vi: `${mine} ở đây không ghi ${likely.length || hasYears ? 'năm' : 'kỳ'}; ở bài khác ${clauses}`,
    });
    const metric = metricName(c.metric, L, c.figure.metricText);
    const subject = claimSubjectName(c.metric, c.subject, L, ctx.entities);
    let guess = '';
    if (likely.length === 1) {
      guess = t(L, {
        en: `\n\nIt most likely refers to **${formatPeriod(likely[0], L)}**, the period whose value it matches.`,
        vi: `\n\nNhiều khả năng đây là số liệu **${periodPhrase(likely[0], L)}**, kỳ có giá trị trùng khớp.`,
      });
      const ref = c.doc.referenceDate;
      const late = ordered
        .map((g) => g[0].period!)
        .filter((p) => ref && parsePeriod(p)!.lastDay * 86_400_000 > Date.parse(ref.date));
      if (ref && late.length) {
        guess += t(L, {
          en: ` ${joinList(late.map((p) => formatPeriod(p, L)), L)} ${late.length === 1 ? 'ends' : 'end'} after this article's date (${formatPeriod(ref.date, L)}), so it cannot report ${late.length === 1 ? 'that period' : 'those periods'} in full.`,
          vi: ` ${joinList(late.map((p) => periodPhrase(p, L)), L)} kết thúc sau ngày của bài này (${formatPeriod(ref.date, L)}), nên bài không thể nêu số liệu trọn kỳ đó.`,
        });
      }
    } else if (likely.length > 1) {
      guess = t(L, {
        en: `\n\nIts value matches several periods (${joinList(likely.map((p) => formatPeriod(p, L)), L)}); state the period.`,
        vi: `\n\nGiá trị này khớp với nhiều kỳ (${joinList(likely.map((p) => periodPhrase(p, L)), L)}); nên ghi rõ kỳ.`,
      });
    } else {
      guess = t(L, {
        en: '\n\nIts value matches none of them: it may be another period, or one of the values is wrong.',
        vi: '\n\nGiá trị này không khớp kỳ nào: có thể là một kỳ khác, hoặc một con số bị sai.',
      });
    }
    const detail = t(L, {
      en: `${mine} (\`${c.figure.text}\`) gives **${metric}** (${subject}) without a period. Other articles date this metric:\n\n${shape.sources}${guess}`,
      vi: `${mine} (\`${c.figure.text}\`) nêu **${metric}** (${subject}) mà không ghi kỳ. Các bài khác ghi rõ kỳ:\n\n${shape.sources}${guess}`,
    });
    return {
      uri: c.uri,
      finding: {
        code: 'figure.undated',
        severity: 'information',
        start: c.figure.start,
        end: c.figure.end,
        message,
        detail,
        related: shape.related.slice(),
        data: {
          metric: c.metric,
          subject: c.subject,
          likely: likely.slice(),
          candidates: shape.candidates.map((x) => ({ period: x.period, value: x.value, uris: x.uris.slice() })),
        },
      },
    };
  }

  /** What every finding with these candidates (matching values, then the latest year's) says. */
  function computeShape(matching: Claim[], latestYear: Claim[]): Shape | null {
    const pickedSet = new Set<Claim>(matching);
    const picked = [...matching];
    for (const o of latestYear) if (!pickedSet.has(o)) pickedSet.add(o), picked.push(o);
    if (!picked.length) return null;
    const entries = new Map<string, Claim[]>();
    for (const o of picked) {
      const k = entryKey(o);
      const list = entries.get(k);
      if (list) list.push(o);
      else entries.set(k, [o]);
    }
    const ordered = [...entries.values()].sort(
      (a, b) => parsePeriod(a[0].period)!.firstDay - parsePeriod(b[0].period)!.firstDay,
    );
    // One clause per period: `486 triệu USD là năm 2023`, `44,9 và gần 45 tỷ USD là năm 2023`.
    const byPeriod = new Map<string, Claim[][]>();
    for (const g of ordered) {
      const k = periodKey(g[0].period)!;
      if (!byPeriod.has(k)) byPeriod.set(k, []);
      byPeriod.get(k)!.push(g);
    }
    const clauses = [...byPeriod.values()].map((gs) => {
      const values = joinList(gs.map((g) => figurePhrase(g[0].figure, L)), L);
      const verb = gs.length > 1 ? t(L, { en: 'are', vi: 'là' }) : t(L, { en: 'is', vi: 'là' });
      return `${values} ${verb} ${periodPhrase(gs[0][0].period!, L)}`;
    });
    const sources = ordered.map(
      (g) => `- ${figurePhrase(g[0].figure, L)} — ${periodPhrase(g[0].period!, L)} (${[...new Set(g.map((o) => baseName(o.uri)))].join(', ')})`,
    );
    return {
      ordered,
      clauses: joinList(clauses, L),
      sources: sources.join('\n'),
      related: relatedOfAll(ordered),
      candidates: ordered.map((g) => ({ period: g[0].period, value: g[0].figure.value, uris: [...new Set(g.map((o) => o.uri))] })),
    };
  }
}
