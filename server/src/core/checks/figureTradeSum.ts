/**
 * `figure.trade-sum`: a two-way trade figure that its own article's exports and imports do not add
 * up to, or a balance that is not their difference (`kim ngạch hai chiều đạt 2,5 tỷ USD, trong đó
 * xuất khẩu 1,7 tỷ USD và nhập khẩu 620,2 triệu USD`: 1,7 + 0,62 is 2,32, not 2,5).
 *
 * Precision first: the three figures are of one article, one pair of countries, one stated period,
 * all goods, one currency and one status (actual against actual, estimate against estimate), none a
 * running total, none the partner's statistics, each with one reading; only a total outside what
 * the parts allow under the generous reading (rounding, truncation, qualifiers stretched) is
 * reported. A figure stated twice with two values makes every combination a candidate: one that
 * adds up keeps the check silent.
 *
 * Year-on-year changes follow: the two-way trade's change is a weighted mean of its flows' changes,
 * so it lies between them (`two-way +26%` beside exports `+20%` and imports `+17,3%` cannot be), and
 * where the article also gives both flows' values, it is exactly what their bases imply (exports
 * 615,3 triệu USD `+48,5%` and imports 549,7 triệu USD `−16,1%` make `+8,9%`, not `+9,2%`).
 */
import type { Check, Emitted } from './types';
import { perDocument } from './memo';
import type { Claim } from '../claims/index';
import { disjoint, plausible, signedPlausible, type Interval } from '../claims/bounds';
import { claimSubjectName, figurePhrase, metricName, periodPhrase, t } from '../messages/describe';
import { formatChange, formatNumber } from '../messages/format';
import type { MessageLocale } from '../types';
import subjectData from '../claims/subjects.json';

const HOME: string = subjectData.home;
const PAIR = /^([A-Z]{2})-([A-Z]{2})$/;
const FLOW = /^([A-Z]{2})>([A-Z]{2})$/;
/** The most claims of one kind a bucket looks at (an article states a total a few times at most). */
const CAP = 4;

type Kind = 'total' | 'export' | 'import' | 'balance' | 'totalChange' | 'exportChange' | 'importChange';

function kindOf(c: Claim): Kind | null {
  switch (c.metric) {
    case 'trade.two-way~value.yoy':
      return 'totalChange';
    case 'export~value.yoy':
      return 'exportChange';
    case 'import~value.yoy':
      return 'importChange';
    case 'trade.two-way':
      return 'total';
    case 'trade.surplus':
    case 'trade.deficit':
    case 'trade.balance':
      return 'balance';
    case 'export':
      return 'export';
    case 'import':
      return 'import';
  }
  return null;
}

/** The partner of home's flow or pair: `VN>PH`, `PH-VN` → `PH`. */
function partnerOf(c: Claim, kind: Kind): string | null {
  const oneWay = kind === 'export' || kind === 'import' || kind === 'exportChange' || kind === 'importChange';
  const m = (oneWay ? FLOW : PAIR).exec(c.subject);
  if (!m) return null;
  if (m[1] === HOME && m[2] !== HOME) return m[2];
  if (!oneWay && m[2] === HOME && m[1] !== HOME) return m[1];
  return null;
}

/** What every figure the check reads must be: a stated period of the country's own count, one reading. */
function counted(c: Claim): boolean {
  return c.periodStated && !!c.period && !c.cumulative && !c.relativePeriod && c.frame.source?.kind !== 'foreign' && !c.frame.local && !Array.isArray(c.figure.value) && (c.figure.readings?.length ?? 0) < 2;
}

function eligible(c: Claim, kind: Kind): boolean {
  if (!counted(c)) return false;
  if (kind === 'totalChange' || kind === 'exportChange' || kind === 'importChange') {
    return c.role === 'change' && c.figure.kind === 'percent' && (c.figure.change?.direction === 'up' || c.figure.change?.direction === 'down');
  }
  return (c.role === 'level' || c.role === 'base' || c.role === 'end') && c.figure.kind === 'money' && !!c.figure.unit && (c.figure.value as number) > 0;
}

type Bucket = Record<Kind, Claim[]>;
const emptyBucket = (): Bucket => ({ total: [], export: [], import: [], balance: [], totalChange: [], exportChange: [], importChange: [] });

/** A change as a signed interval of percentages under the generous reading. */
function signedChange(c: Claim): Interval {
  return signedPlausible(c.figure, 'lenient');
}

/** The base a level and its change imply: `615,3` up `48,5%` was 413,9–414,6. */
function baseOf(level: Interval, change: Interval): Interval | null {
  const f: Interval = [1 + change[0] / 100, 1 + change[1] / 100];
  if (f[0] <= 0) return null;
  return [level[0] / f[1], level[1] / f[0]];
}

const sum = (a: Interval, b: Interval): Interval => [a[0] + b[0], a[1] + b[1]];
/** |a − b| over intervals. */
function gap(a: Interval, b: Interval): Interval {
  const lo = Math.max(0, a[0] - b[1], b[0] - a[1]);
  const hi = Math.max(Math.abs(a[1] - b[0]), Math.abs(b[1] - a[0]));
  return [lo, hi];
}

/** Distinct values only: a figure restated in the title and the body is one. */
function distinct(list: Claim[]): Claim[] {
  const seen = new Set<string>();
  const out: Claim[] = [];
  for (const c of [...list].sort((a, b) => a.figure.start - b.figure.start)) {
    const k = `${c.figure.bound}|${String(c.figure.value)}|${c.figure.change?.direction ?? ""}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(c);
  }
  return out.slice(0, CAP);
}

export const figureTradeSum: Check = {
  code: 'figure.trade-sum',
  defaultSeverity: 'warning',
  description: {
    en: "Two-way trade that its article's own exports and imports do not add up to, or a trade balance that is not their difference.",
    vi: 'Kim ngạch hai chiều không bằng tổng xuất khẩu và nhập khẩu mà chính bài viết nêu, hoặc cán cân không bằng hiệu của chúng.',
  },
  examples: [
    {
      texts: ['Trong 5 tháng đầu năm 2021, kim ngạch thương mại hai chiều Việt Nam - Philippines đạt 2,5 tỷ USD, trong đó Việt Nam xuất khẩu sang Philippines 1,7 tỷ USD và nhập khẩu từ Philippines 620,2 triệu USD.'],
      reported: true,
      note: { en: '1.7 billion and 620.2 million make 2.32 billion, not 2.5.', vi: '1,7 tỷ và 620,2 triệu cộng lại là 2,32 tỷ, không phải 2,5.' },
    },
    {
      texts: ['Năm 2022, kim ngạch thương mại hai chiều Việt Nam - Ba Lan đạt 2,9 tỷ USD, trong đó Việt Nam xuất khẩu sang Ba Lan 2,4 tỷ USD và nhập khẩu từ Ba Lan 503 triệu USD.'],
      reported: false,
      note: { en: '2.4 billion and 503 million make 2.9 billion, as rounded.', vi: '2,4 tỷ và 503 triệu cộng lại là 2,9 tỷ, đúng khi làm tròn.' },
    },
    {
      texts: ['Năm 2022, kim ngạch thương mại hai chiều Việt Nam - Ba Lan đạt 2,9 tỷ USD. Trong 6 tháng đầu năm 2023, Việt Nam xuất khẩu sang Ba Lan 1,1 tỷ USD và nhập khẩu 200 triệu USD.'],
      reported: false,
      note: { en: 'The parts are of another period.', vi: 'Các phần thuộc kỳ khác.' },
    },
  ],
  run(ctx) {
    const L = ctx.locale;
    const out: Emitted[] = [];
    // Every bucket is one article's: the work is per document, kept while the document is.
    for (const doc of ctx.documents) {
      const claims = ctx.claims.ofDocument(doc.uri);
      if (!claims.length) continue;
      for (const e of perDocument(ctx.memo, `figure.trade-sum:${L}`, doc, () => forDocument(claims, L))) out.push(e);
    }
    return out;
  },
};

/** One article's findings: its claims by partner, period and status; levels by currency, changes apart. */
function forDocument(claims: Claim[], L: MessageLocale): Emitted[] {
  const out: Emitted[] = [];
  const buckets = new Map<string, { b: Bucket; levels: string; change: boolean }>();
  for (const c of claims) {
    const kind = kindOf(c);
    if (!kind || !eligible(c, kind)) continue;
    const partner = partnerOf(c, kind);
    if (!partner) continue;
    const change = kind === 'totalChange' || kind === 'exportChange' || kind === 'importChange';
    const levels = JSON.stringify([partner, c.period, c.frame.status.value]);
    const k = JSON.stringify([levels, change ? '%' : c.figure.unit]);
    let entry = buckets.get(k);
    if (!entry) buckets.set(k, (entry = { b: emptyBucket(), levels, change }));
    entry.b[kind].push(c);
  }
  // Changes, with the money levels of the same article, partner, period and status.
  const levelsOf = new Map<string, Bucket[]>();
  for (const { b, levels, change } of buckets.values()) {
    if (change) continue;
    const list = levelsOf.get(levels);
    if (list) list.push(b);
    else levelsOf.set(levels, [b]);
  }
  for (const { b, levels, change } of buckets.values()) {
    if (!change || !b.totalChange.length || !b.exportChange.length || !b.importChange.length) continue;
    for (const e of growthFindings(b, levelsOf.get(levels) ?? [], L)) out.push(e);
  }
  for (const { b, change } of buckets.values()) {
    if (change || !b.export.length || !b.import.length || (!b.total.length && !b.balance.length)) continue;
    const exports = distinct(b.export);
    const imports = distinct(b.import);
    // Every combination of the parts, under the generous reading.
    const pairs = exports.flatMap((e) => imports.map((i) => ({ e, i, ei: plausible(e.figure, 'lenient'), ii: plausible(i.figure, 'lenient') })));
    for (const total of distinct(b.total)) {
      const ti = plausible(total.figure, 'lenient');
      if (pairs.some((p) => !disjoint(sum(p.ei, p.ii), ti))) continue;
      const p = pairs[0];
      const slip = scaleSlip(p.e, p.ei, p.ii, ti) ?? scaleSlip(p.i, p.ii, p.ei, ti);
      out.push(...findings(total, p.e, p.i, 'total', L, slip));
    }
    for (const balance of distinct(b.balance)) {
      const bi = plausible(balance.figure, 'lenient');
      if (pairs.some((p) => !disjoint(gap(p.ei, p.ii), bi))) continue;
      out.push(...findings(balance, pairs[0].e, pairs[0].i, 'balance', L, null));
    }
  }
return out;
}

/**
 * The two-way trade's change against its flows' changes: outside the span of the two, or, with both
 * flows' values in one currency, outside what their bases imply. Every combination of restated
 * values must disagree.
 */
function growthFindings(b: Bucket, levels: Bucket[], L: MessageLocale): Emitted[] {
  const out: Emitted[] = [];
  const eChanges = distinct(b.exportChange);
  const iChanges = distinct(b.importChange);
  const withValues = levels.filter((l) => l.export.length && l.import.length);
  for (const total of distinct(b.totalChange)) {
    const ti = signedChange(total);
    let between = true;
    let implied = true;
    let shown: { e: Claim; i: Claim; computed: number; ev?: Claim; iv?: Claim } | null = null;
    for (const e of eChanges) {
      for (const i of iChanges) {
        const ei = signedChange(e);
        const ii = signedChange(i);
        const hull: Interval = [Math.min(ei[0], ii[0]), Math.max(ei[1], ii[1])];
        if (!disjoint(hull, ti)) between = false;
        shown ??= { e, i, computed: NaN };
        if (!withValues.length) implied = false;
        for (const l of withValues) {
          for (const ev of distinct(l.export)) {
            for (const iv of distinct(l.import)) {
              const eb = baseOf(plausible(ev.figure, 'lenient'), ei);
              const ib = baseOf(plausible(iv.figure, 'lenient'), ii);
              // (Values that do not make the total the article states are wrong somewhere else:
              // `figure.trade-sum` says so there, and nothing can be inferred from them here.)
              const now = sum(plausible(ev.figure, 'lenient'), plausible(iv.figure, 'lenient'));
              if (!eb || !ib || (l.total.length && !l.total.some((tv) => !disjoint(plausible(tv.figure, 'lenient'), now)))) {
                implied = false;
                continue;
              }
              const then = sum(eb, ib);
              const range: Interval = [(now[0] / then[1] - 1) * 100, (now[1] / then[0] - 1) * 100];
              if (!disjoint(range, ti)) implied = false;
              else if (shown && Number.isNaN(shown.computed)) {
                const base = (ev.figure.value as number) / (1 + signedValue(e) / 100) + (iv.figure.value as number) / (1 + signedValue(i) / 100);
                shown = { e, i, ev, iv, computed: (((ev.figure.value as number) + (iv.figure.value as number)) / base - 1) * 100 };
              }
            }
          }
        }
      }
    }
    if (!shown || (!between && !implied)) continue;
    const metric = metricName('trade.two-way', L);
    const subject = claimSubjectName(total.metric, total.subject, L);
    const period = periodPhrase(total.period!, L);
    const eText = formatChange(signedValue(shown.e), L);
    const iText = formatChange(signedValue(shown.i), L);
    const tText = formatChange(signedValue(total), L);
    const message = between
      ? t(L, {
          en: `${metric}, ${subject}, ${period}: ${tText} year on year, outside the ${eText} of exports and ${iText} of imports this article gives`,
          vi: `${metric}, ${subject}, ${period}: ${tText} so với cùng kỳ, nằm ngoài mức ${eText} của xuất khẩu và ${iText} của nhập khẩu bài này nêu`,
        })
      : t(L, {
          en: `${metric}, ${subject}, ${period}: ${tText} year on year, but the exports and imports this article gives, with their changes, make ${formatChange(shown.computed, L)}`,
          vi: `${metric}, ${subject}, ${period}: ${tText} so với cùng kỳ, nhưng xuất khẩu và nhập khẩu bài này nêu, cùng mức tăng giảm của chúng, cho ${formatChange(shown.computed, L)}`,
        });
    const detail = between
      ? t(L, {
          en: `Two-way trade is exports plus imports, so its change is a mean of theirs weighted by their bases: it lies between the two. Even read generously, \`${total.figure.text}\` is outside \`${shown.e.figure.text}\` (exports) and \`${shown.i.figure.text}\` (imports): one of the three is probably wrong, or they are not of the same period or partner.`,
          vi: `Kim ngạch hai chiều là tổng xuất khẩu và nhập khẩu, nên mức tăng của nó là trung bình mức tăng của hai chiều theo quy mô kỳ gốc: phải nằm giữa hai mức ấy. Kể cả đọc rộng, \`${total.figure.text}\` vẫn nằm ngoài \`${shown.e.figure.text}\` (xuất khẩu) và \`${shown.i.figure.text}\` (nhập khẩu): có thể một trong ba con số sai, hoặc chúng không cùng kỳ hay cùng đối tác.`,
        })
      : t(L, {
          en: `Exports of \`${shown.ev!.figure.text}\` after \`${shown.e.figure.text}\` and imports of \`${shown.iv!.figure.text}\` after \`${shown.i.figure.text}\` put last year's two-way trade at their bases' sum, and this year's at theirs: ${formatChange(shown.computed, L)}. Even read generously (every written digit rounded), that is not \`${total.figure.text}\`: one of the figures is probably wrong.`,
          vi: `Xuất khẩu \`${shown.ev!.figure.text}\` sau mức \`${shown.e.figure.text}\` và nhập khẩu \`${shown.iv!.figure.text}\` sau mức \`${shown.i.figure.text}\` cho kim ngạch hai chiều kỳ gốc bằng tổng hai kỳ gốc, kỳ này bằng tổng hai giá trị: ${formatChange(shown.computed, L)}. Kể cả đọc rộng (mọi chữ số đều có thể đã làm tròn), con số ấy không phải \`${total.figure.text}\`: có thể một con số sai.`,
        });
    const at = (c: Claim, message: string) => ({ uri: c.uri, start: c.figure.start, end: c.figure.end, message });
    const related = [at(shown.e, t(L, { en: 'exports', vi: 'xuất khẩu' })), at(shown.i, t(L, { en: 'imports', vi: 'nhập khẩu' }))];
    if (!between) related.push(at(shown.ev!, t(L, { en: 'exports', vi: 'xuất khẩu' })), at(shown.iv!, t(L, { en: 'imports', vi: 'nhập khẩu' })));
    out.push({
      uri: total.uri,
      finding: {
        code: 'figure.trade-sum',
        severity: 'warning',
        start: total.figure.start,
        end: total.figure.end,
        message,
        detail,
        related,
        data: { kind: between ? 'growth-between' : 'growth-implied', stated: signedValue(total), exports: signedValue(shown.e), imports: signedValue(shown.i), ...(between ? {} : { computed: shown.computed }) },
      },
    });
  }
  return out;
}

function signedValue(c: Claim): number {
  const v = c.figure.value as number;
  return c.figure.change?.direction === 'down' ? -Math.abs(v) : v;
}

/** Scales a writer slips by: a scale word swapped (`tỷ` for `triệu`) or left out (`309,4 USD`). */
const SLIPS = [1e-3, 1e3, 1e6, 1e-6, 1e9];

/** A part that, a thousand or a million times larger or smaller, would make the sum: the slip. */
function scaleSlip(part: Claim, mine: Interval, other: Interval, total: Interval): { part: Claim; value: number } | null {
  for (const f of SLIPS) {
    if (!disjoint(sum([mine[0] * f, mine[1] * f], other), total)) return { part, value: (part.figure.value as number) * f };
  }
  return null;
}

function findings(whole: Claim, e: Claim, i: Claim, kind: 'total' | 'balance', L: MessageLocale, slip: { part: Claim; value: number } | null): Emitted[] {
  const metric = metricName(whole.metric, L);
  const subject = claimSubjectName(whole.metric, whole.subject, L);
  const period = periodPhrase(whole.period!, L);
  const ev = e.figure.value as number;
  const iv = i.figure.value as number;
  const computed = kind === 'total' ? ev + iv : Math.abs(ev - iv);
  const shown = figurePhrase({ ...whole.figure, value: computed, bound: 'exact', qualifier: undefined, text: formatNumber(computed, L) }, L);
  const slipText = slip ? { en: figurePhrase({ ...slip.part.figure, value: slip.value }, 'en'), vi: figurePhrase({ ...slip.part.figure, value: slip.value }, 'vi') } : null;
  const exportsText = figurePhrase(e.figure, L);
  const importsText = figurePhrase(i.figure, L);
  const message =
    kind === 'total'
      ? t(L, {
          en: `${metric}, ${subject}, ${period}: ${figurePhrase(whole.figure, L)}, but the exports (${exportsText}) and imports (${importsText}) this article gives add up to ${shown}${slipText ? `; as ${slipText.en}, \`${slip!.part.figure.text}\` would fit (a slip of scale)` : ''}`,
          vi: `${metric}, ${subject}, ${period}: ${figurePhrase(whole.figure, L)}, nhưng xuất khẩu (${exportsText}) và nhập khẩu (${importsText}) bài này nêu cộng lại là ${shown}${slipText ? `; nếu là ${slipText.vi}, \`${slip!.part.figure.text}\` thì khớp (nhầm hàng đơn vị)` : ''}`,
        })
      : t(L, {
          en: `${metric}, ${subject}, ${period}: ${figurePhrase(whole.figure, L)}, but the exports (${exportsText}) and imports (${importsText}) this article gives differ by ${shown}`,
          vi: `${metric}, ${subject}, ${period}: ${figurePhrase(whole.figure, L)}, nhưng xuất khẩu (${exportsText}) và nhập khẩu (${importsText}) bài này nêu chênh nhau ${shown}`,
        });
  const detail =
    kind === 'total'
      ? t(L, {
          en: `Two-way trade is exports plus imports. Even read generously (whole numbers rounded, truncation, qualifiers stretched), \`${e.figure.text}\` and \`${i.figure.text}\` cannot make \`${whole.figure.text}\`: ${slipText ? `read as ${slipText.en}, \`${slip!.part.figure.text}\` would fit (a slip of scale).` : 'one of the three figures is probably wrong, or they are not of the same period or partner.'}`,
          vi: `Kim ngạch hai chiều là tổng xuất khẩu và nhập khẩu. Kể cả đọc rộng (số tròn đã làm tròn, cắt số, từ hạn định nới rộng), \`${e.figure.text}\` và \`${i.figure.text}\` không thể cộng thành \`${whole.figure.text}\`: ${slipText ? `nếu đọc là ${slipText.vi}, \`${slip!.part.figure.text}\` thì khớp (nhầm hàng đơn vị).` : 'có thể một trong ba con số sai, hoặc chúng không cùng kỳ hay cùng đối tác.'}`,
        })
      : t(L, {
          en: `A trade balance is the difference of exports and imports. Even read generously (whole numbers rounded, truncation, qualifiers stretched), \`${e.figure.text}\` and \`${i.figure.text}\` cannot differ by \`${whole.figure.text}\`: one of the three figures is probably wrong, or they are not of the same period or partner.`,
          vi: `Cán cân thương mại là hiệu của xuất khẩu và nhập khẩu. Kể cả đọc rộng (số tròn đã làm tròn, cắt số, từ hạn định nới rộng), \`${e.figure.text}\` và \`${i.figure.text}\` không thể chênh nhau \`${whole.figure.text}\`: có thể một trong ba con số sai, hoặc chúng không cùng kỳ hay cùng đối tác.`,
        });
  const data = { kind, whole: whole.figure.value, exports: ev, imports: iv, computed, period: whole.period };
  const at = (c: Claim, message: string) => ({ uri: c.uri, start: c.figure.start, end: c.figure.end, message });
  const exportsLabel = t(L, { en: 'exports', vi: 'xuất khẩu' });
  const importsLabel = t(L, { en: 'imports', vi: 'nhập khẩu' });
  return [
    {
      uri: whole.uri,
      finding: {
        code: 'figure.trade-sum',
        severity: 'warning',
        start: whole.figure.start,
        end: whole.figure.end,
        message,
        detail,
        related: [at(e, exportsLabel), at(i, importsLabel)],
        data: slip ? { ...data, slip: slip.value } : data,
      },
    },
  ];
}
