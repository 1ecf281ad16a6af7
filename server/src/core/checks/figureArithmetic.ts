/**
 * `figure.arithmetic`: a stated change or multiple (`tăng 79%`, `giảm hơn 20%`, `gấp 3 lần`,
 * `up 40%`, `trên 25%/năm`) that its endpoints do not give. Endpoints come from the sentence
 * (`từ A lên B`, `đạt B, tăng X% so với A`) or, for `so với năm 2022`, from the claim index.
 *
 * Bounds are honoured: the computed change is an interval from the endpoints' plausible values.
 * A disagreement under the lenient reading is a warning; one only under the strict reading (every
 * written digit significant, `gần` at most 5% under) is information, because rounding the writer
 * did not show could explain it.
 */
import type { Check, CheckContext, Emitted } from './types';
import type { Claim } from '../claims/index';
import { claimSentence, claimSignature, figuresWithin, isChange, sentenceFrames } from '../claims/index';
import { documentStore } from './memo';
import { sameList } from '../text/digest';
import { sameSeries } from '../claims/frame';
import { changeInterval, disjoint, midValue, plausible, ratioInterval, signedPlausible, type Interval, type Reading } from '../claims/bounds';
import { parsePeriod, yearsBetween } from '../claims/period';
import { matchKey } from '../text/textModel';
import { figurePhrase, periodPhrase, t, where } from '../messages/describe';
import { formatChange, formatNumber, baseName } from '../messages/format';
import type { DocumentAnalysis, Figure, Finding, IsoPeriod } from '../types';
import words from './data/change-words.json';

const REACHES = /^\s*,?\s*(?:lên|lên mức|lên tới|lên đến|đạt|đạt mức|to|to reach|reaching)\s+(?:mức\s+|khoảng\s+|gần\s+|hơn\s+|nearly\s+|about\s+|over\s+|more than\s+)?$/;
const VOLUME = /về lượng|về khối lượng|về sản lượng|in volume|by volume|in quantity/;

/** A clause with a subject of its own before a change: `and helps the local retail market grow by`. */
const OWN_SUBJECT_CLAUSE = /(?:^|\s)(?:and|while|whereas|và|trong khi)\s+(?:[\p{L}-]+\s+){2,8}(?:grow|grows|grew|rise|rises|rose|increase|increases|increased|fall|falls|fell|decline|declines|declined|tăng|giảm)(?![\p{L}])/u;
/** Counted nouns that name groups of traders, not quantities of goods or money. */
const GROUP_COUNT = /thị trường|market|nước|quốc gia|countr|đối tác|partner|tỉnh|province|địa phương|nền kinh tế|econom/;

type Endpoint = { uri: string; figure: Figure; period: string | null };

/** The change as written, with its qualifier (`hơn 79%`), which the figure's text may leave out. */
function written(c: Figure): string {
  const q = c.qualifier;
  return q && !c.text.toLowerCase().startsWith(q.toLowerCase()) ? `${q} ${c.text}` : c.text;
}


function perYear(doc: DocumentAnalysis, c: Figure, sentenceStart: number): boolean {
  const after = matchKey(doc.text.slice(c.end, c.end + 14));
  if (words.perYearAfter.some((w) => after.trimStart().startsWith(w)) || /\/\s*năm/.test(matchKey(c.text))) return true;
  const before = matchKey(doc.text.slice(sentenceStart, c.start));
  return words.perYearBefore.some((w) => before.includes(w));
}

/** The stated change as an interval of percentages (or of ratios for multiples). */
function stated(c: Figure, reading: Reading): Interval {
  const [lo, hi] = plausible(c, reading);
  // A multiple in words (`gấp rưỡi`, `gấp đôi`, `tripled`) is a round figure of speech: 1,64× is
  // `gấp rưỡi` to a writer, 3,13× `tripled`. Read it as loosely as `khoảng`.
  if (c.kind === 'multiple' && !/\d/.test(c.text)) {
    const r = reading === 'strict' ? 0.1 : 0.15;
    return [lo * (1 - r), hi * (1 + r)];
  }
  if (c.kind === 'multiple') return [lo, hi];
  return signedPlausible(c, reading);
}

function computed(base: Figure, end: Figure, c: Figure, reading: Reading, years: number | null): Interval | null {
  const b = plausible(base, reading);
  const e = plausible(end, reading);
  if (c.kind === 'multiple') return ratioInterval(b, e);
  const pct = changeInterval(b, e);
  if (!pct || years === null) return pct;
  const rate = (x: number) => (Math.sign(1 + x / 100) * Math.abs(1 + x / 100) ** (1 / years) - 1) * 100;
  return [rate(pct[0]), rate(pct[1])];
}

/**
 * The power of a thousand (3 or -3, as an exponent of ten) by which the base would have to be
 * scaled for the endpoints to give the stated change under the generous reading, if one does.
 */
function scaleSlip(base: Figure, end: Figure, c: Figure, years: number | null): number | null {
  for (const k of [3, -3]) {
    const f = 10 ** k;
    const v = base.value;
    const scaled: Figure = { ...base, value: Array.isArray(v) ? [v[0] * f, v[1] * f] : v * f };
    const len = computed(scaled, end, c, 'lenient', years);
    if (len && !disjoint(len, stated(c, 'lenient'))) return k;
  }
  return null;
}

function fmtInterval(i: Interval, c: Figure, L: 'vi' | 'en'): string {
  if (c.kind === 'multiple') return `${formatNumber(i[0], L, 2)}–${formatNumber(i[1], L, 2)}×`;
  return `${formatChange(i[0], L)} … ${formatChange(i[1], L)}`;
}

export const figureArithmetic: Check = {
  code: 'figure.arithmetic',
  defaultSeverity: 'warning',
  description: {
    en: 'A stated change or multiple disagrees with the values it goes from and to, stated in the same article or elsewhere in the corpus.',
    vi: 'Mức tăng/giảm hoặc số lần nêu ra không khớp với giá trị đầu và cuối được nêu trong cùng bài hoặc ở bài khác.',
  },
  examples: [
    {
      texts: ['Xuất khẩu tăng 40%, từ 100 triệu USD lên 120 triệu USD.'],
      reported: true,
      note: { en: '100 → 120 is +20%, not +40%.', vi: '100 → 120 là tăng 20%, không phải 40%.' },
    },
    {
      texts: ['Xuất khẩu tăng khoảng 20%, từ gần 100 triệu USD lên 120 triệu USD.'],
      reported: false,
      note: { en: 'Within the qualifiers.', vi: 'Nằm trong phạm vi của từ hạn định.' },
    },
    {
      texts: ['Giai đoạn 2016-2022, thương mại hai chiều Việt Nam-Peru tăng hơn 79%, từ gần 354 triệu USD lên 600 triệu USD.'],
      reported: true,
      note: {
        en: 'Reported as information: 354 → 600 is +69.5%, and only a generous reading of the bounds reaches 79%.',
        vi: 'Ghi chú: 354 → 600 là tăng 69,5%; chỉ khi đọc rộng các con số mới đạt 79%.',
      },
    },
  ],
  run(ctx) {
    const out: Emitted[] = [];
    const L = ctx.locale;
    const claimOf = new Map<Figure, Claim>();
    for (const c of ctx.claims.claims) claimOf.set(c.figure, c);
    // A document's findings depend on the document and on the claims it looked up as bases
    // elsewhere in the corpus (`so với năm 2022`): kept per document with those claims' signatures.
    const kept = documentStore<{ locale: string; lookups: Lookup[]; emitted: Emitted[] }>(ctx.memo, 'figure.arithmetic');
    for (const doc of ctx.documents) {
      let entry = kept?.get(doc);
      if (!entry || entry.locale !== L || !entry.lookups.every((l) => sameList(ctx.claims.lookup(...l.args).map(claimSignature), l.signatures))) {
        const lookups: Lookup[] = [];
        const lookup = (...args: Lookup['args']) => {
          const found = ctx.claims.lookup(...args);
          lookups.push({ args, signatures: found.map(claimSignature) });
          return found;
        };
        entry = { locale: L, lookups, emitted: forDocument(doc, ctx, claimOf, lookup) };
        kept?.set(doc, entry);
      }
      for (const e of entry.emitted) out.push(e);
    }
    return out;
  },
};

interface Lookup {
  args: [metric: string, subject: string, period: IsoPeriod, cumulative: boolean];
  signatures: string[];
}

function forDocument(doc: DocumentAnalysis, ctx: CheckContext, claimOf: Map<Figure, Claim>, lookup: (...args: Lookup['args']) => Claim[]): Emitted[] {
  const out: Emitted[] = [];
  const L = ctx.locale;
  for (const c of doc.figures) {
    if (!isChange(c) || c.kind === 'percentagePoints') continue;
    if (c.kind !== 'multiple' && (!c.change || c.change.direction === 'none')) continue;
    if ((c.readings?.length ?? 0) >= 2) continue;
    const sentence = claimSentence(doc, c);
    // A change in volume (`tăng 20% về lượng`) is not a change of the value beside it.
    // (Unless the change's own claim says which measure it is, `giảm 5,7% về lượng và giá trị giảm
    // 16,2%`: then its end is the level of that measure.)
    const measure = /~(value|volume)\./.exec(claimOf.get(c)?.metric ?? '')?.[1] as 'value' | 'volume' | undefined;
    if (!measure && VOLUME.test(matchKey(doc.text.slice(sentence.start, sentence.end)))) continue;
    const ofMeasure = (g: Figure) => !measure || (measure === 'value' ? g.kind === 'money' : g.kind === 'measure');
    const inSentence = figuresWithin(doc, sentence);
    const { roles } = sentenceFrames(doc, inSentence, sentence);
    let base: Endpoint[] = [];
    let end: Endpoint | null = null;
    // (A from–to pair is the change's only when no other level stands between its end and the
    // change: `rose from 2.65 billion in 2013 to 2.99 billion in 2014, 2.93 billion in 2015 and 1.72
    // billion in seven months of 2016, up 17 per cent` is the last level's change.)
    // (Nor when another change owns it, standing right before it, `Quảng Ninh tăng 42,4% (từ 42,4
    // triệu tấn lên 55,554 triệu tấn), khu vực An Giang tăng 218%`; nor when the change reaches a
    // level of its own, `Campuchia … từ 20,8 lên 166,3 triệu USD, trong khi Ấn Độ tăng 34 lần lên mức
    // hơn 152 triệu USD`.)
    const nextLevel = inSentence.find((g) => !isChange(g) && g.start >= c.end && g.unit !== '%');
    const reachesOwn = !!nextLevel && REACHES.test(matchKey(doc.text.slice(c.end, nextLevel.start)));
    const pair = reachesOwn
      ? undefined
      : [...roles.entries()].find(
          ([f, r]) =>
            r.role === 'base' &&
            r.partner &&
            f.unit !== '%' &&
            ofMeasure(f) &&
            !inSentence.some((g) => !isChange(g) && g.unit !== '%' && g.start >= r.partner!.end && g.end <= c.start) &&
            !inSentence.some((g) => g !== c && isChange(g) && g.end <= f.start && f.start - g.end <= 16) &&
            // (Nor when a clause of its own, with a subject of its own, stands between: `from 111.2
            // billion USD in 2007 to 327.7 billion USD in 2015 and helps the local retail market grow
            // by 20-25 percent each year`.)
            !OWN_SUBJECT_CLAUSE.test(matchKey(doc.text.slice(r.partner!.end, c.start))) &&
            // (Nor across a full stop the sentence splitter did not see, `… up 135% … revenue. his
            // momentum follows the surge in 2024, when exports jumped from $141 million to $404 million`.)
            !/[.!?]\s/.test(doc.text.slice(Math.min(c.end, r.partner!.end), Math.max(c.start, f.start))) &&
            // (Nor when the change names a base the pair does not start from: `from 8.4 billion USD
            // in 2013 to 14.65 billion USD in 2017 – a year-on-year rise of 12.3 percent` is 2017's
            // change on 2016.)
            !(c.change?.base && /^\d{4}/.test(c.change.base) && /^\d{4}/.test(claimOf.get(f)?.period ?? f.period ?? '') && !(claimOf.get(f)?.period ?? f.period)!.startsWith(c.change.base.slice(0, 4))),
        );
    if (pair) {
      const [b, r] = pair;
      base = [{ uri: doc.uri, figure: b, period: claimOf.get(b)?.period ?? null }];
      end = { uri: doc.uri, figure: r.partner!, period: claimOf.get(r.partner!)?.period ?? null };
    } else {
      // The end is the level the change reaches (`tăng 20% lên 120 triệu USD`, `up 20% to
      // US$120 million`), else the level it qualifies (`đạt 120 triệu USD, tăng 20%`).
      const next = inSentence.find((g) => !isChange(g) && g.start >= c.end && g.unit !== '%' && !roles.has(g));
      const reaches = next && ofMeasure(next) && REACHES.test(matchKey(doc.text.slice(c.end, next.start))) ? next : undefined;
      const before = inSentence.filter((g) => !isChange(g) && g.end <= c.start && g.unit !== '%' && !roles.has(g) && ofMeasure(g));
      const e = reaches ?? before[before.length - 1];
      if (!e || (!reaches && (c.start - e.end > 120 || matchKey(doc.text.slice(e.end, c.start)).length > 40))) continue;
      if (c.metric && e.metric && c.metric !== e.metric) continue;
      end = { uri: doc.uri, figure: e, period: claimOf.get(e)?.period ?? e.period };
      const statedBase = [...roles.entries()].find(([f, r]) => r.role === 'base' && !r.partner && f.start > c.start && f.unit === e.unit);
      // (`tăng 62% so với cùng kỳ và cao hơn nhiều so với mức 5,62 tỷ USD của cả năm 2024`: a level of
      // its own period, not the one the change is on, is another comparison's base.)
      const ownBase = statedBase ? (claimOf.get(statedBase[0])?.period ?? (statedBase[0].periodSpan ? statedBase[0].period : undefined)) : undefined;
      if (statedBase && ownBase && c.change?.base && ownBase !== c.change.base) continue;
      if (statedBase) {
        base = [{ uri: doc.uri, figure: statedBase[0], period: c.change?.base ?? null }];
      } else {
        const ec = claimOf.get(e);
        const bp = parsePeriod(c.change?.base);
        const ep = parsePeriod(ec?.period);
        // (A base must come before the end: `năm trước đó` resolved to the end's own year is a misreading.)
        if (!ec || !bp || !ep || !ec.periodStated || bp.months !== ep.months || bp.days || ep.days || bp.lastDay >= ep.firstDay) continue;
        // A base from another article must be an actual value of the same statistics.
        if (ec.frame.status.value !== 'actual') continue;
        const found = lookup(ec.metric, ec.subject, c.change!.base!, ec.cumulative)
          .filter((b) => b.figure.unit === e.unit && b.figure !== e && (b.figure.readings?.length ?? 0) < 2)
          // (Not across articles when the change's own period is read from a guessed date of writing.)
          .filter((b) => b.uri === doc.uri || (!ec.relativePeriod && b.frame.status.value === 'actual' && sameSeries(b.frame, ec.frame)));
        // From another article, only a base stated as a plain number is reported against (`gần 9
        // tỷ` there is too loose a base for a change stated here), and only when no other statement
        // of the base, plain or not, agrees with the change (`topped 5.3` beside `3.5`: the
        // articles disagree on the base, which figure.mismatch says).
        const agrees = found.some((b) => {
          const len = computed(b.figure, e, c, 'lenient', null);
          return !!len && !disjoint(len, stated(c, 'lenient'));
        });
        base = agrees ? [] : found.filter((b) => b.uri === doc.uri || b.figure.bound === 'exact').map((b) => ({ uri: b.uri, figure: b.figure, period: b.period }));
        // (A base only one other article states is as often another series read as the same — a
        // partner's statistics, a coverage the next sentence narrows, another year's figure: on the
        // real set every such note was wrong. Two articles that state it make it the series.)
        if (base.length && base.every((b) => b.uri !== doc.uri) && new Set(base.map((b) => b.uri)).size < 2) base = [];
      }
    }
    if (!end || !base.length) continue;
    // (`gấp đôi so với 3 thị trường nhập khẩu nhiều nhất`: a count of markets or countries names a
    // group whose value is compared, not an endpoint.)
    if ([end, ...base].some((e) => e.figure.kind === 'count' && GROUP_COUNT.test(matchKey(e.figure.unit ?? '')))) continue;
    let years: number | null = null;
    if (c.kind === 'percent' && perYear(doc, c, sentence.start)) {
      const bp = parsePeriod(base[0].period);
      const ep = parsePeriod(end.period);
      if (!bp || !ep) continue;
      years = yearsBetween(bp, ep);
      if (years < 1) continue;
    }
    // Report only when every candidate base disagrees; the severity follows the mildest.
    let severity: Finding['severity'] | null = 'warning';
    for (const b of base) {
      const len = computed(b.figure, end.figure, c, 'lenient', years);
      const str = computed(b.figure, end.figure, c, 'strict', years);
      if (!len || !str) {
        severity = null;
        break;
      }
      if (!disjoint(len, stated(c, 'lenient'))) {
        if (disjoint(str, stated(c, 'strict'))) severity = 'information';
        else {
          severity = null;
          break;
        }
      }
    }
    // `gần 300 lần`, `khoảng 20%`: a writer who says nearly or about allows what a generous
    // reading allows; only a close reading would object, and that is no finding.
    // A base from another article disagrees at most by a close reading: too little to say.
    if (!severity || (severity === 'information' && (c.bound === 'upper' || c.bound === 'approx' || base.some((b) => b.uri !== doc.uri)))) continue;
    const b0 = base[0];
    const nominalRatio = midValue(end.figure.value) / midValue(b0.figure.value);
    // A base only another article gives makes the disagreement an inference across sources (the
    // two articles may count different series, or one of them the base wrong): a note, never a
    // warning. Whatever the gap, only the texts together can say which figure is off.
    if (base.every((b) => b.uri !== doc.uri)) severity = 'information';
    // Endpoints whose growth factor is two and a half times the stated one or more (a multiple five
    // times) are more likely endpoints of another quantity than a writer's slip: silence.
    const statedFactor = c.kind === 'multiple' ? midValue(c.value) : years !== null ? null : 1 + (c.change?.direction === 'down' ? -1 : 1) * midValue(c.value) / 100;
    // Unless the endpoints are off from the stated change by a power of a thousand, digit for digit
    // (`10 times higher than 38.61 tons` for 399,189: the base must be 38,610): a slip of scale in
    // one sentence, which the writer of the change did not make.
    let slip: number | null = null;
    if (statedFactor !== null && (statedFactor <= 0 || nominalRatio <= 0 || Math.max(statedFactor, nominalRatio) / Math.min(statedFactor, nominalRatio) > (c.kind === 'multiple' ? 5 : 2.5))) {
      slip = base.length === 1 && b0.uri === doc.uri && severity === 'warning' ? scaleSlip(b0.figure, end.figure, c, years) : null;
      if (slip === null) continue;
    }
    const nominal =
      c.kind === 'multiple'
        ? nominalRatio
        : years !== null
          ? (nominalRatio ** (1 / years) - 1) * 100
          : (nominalRatio - 1) * 100;
    const shownNominal = c.kind === 'multiple' ? `${formatNumber(nominal, L, 2)}×` : formatChange(nominal, L);
    const route = `${figurePhrase(b0.figure, L)} → ${figurePhrase(end.figure, L)}`;
    const perYearWord = years !== null ? t(L, { en: ' a year', vi: '/năm' }) : '';
    const slipWords = slip === null ? null : slip > 0 ? { en: 'a base a thousand times larger', vi: 'giá trị gốc lớn gấp nghìn lần' } : { en: 'a base a thousand times smaller', vi: 'giá trị gốc nhỏ hơn nghìn lần' };
    const message = t(L, {
      en: `\`${written(c)}\` disagrees with its endpoints: ${route} is ${shownNominal}${perYearWord}${slipWords ? `; ${slipWords.en} would fit (a slip of scale)` : ''}`,
      vi: `\`${written(c)}\` không khớp với số liệu đầu và cuối: ${route} là ${shownNominal}${perYearWord}${slipWords ? `; ${slipWords.vi} thì khớp (nhầm hàng đơn vị)` : ''}`,
    });
    const strictI = computed(b0.figure, end.figure, c, 'strict', years)!;
    const lenientI = computed(b0.figure, end.figure, c, 'lenient', years)!;
    const statedS = stated(c, 'strict');
    const place = (e: Endpoint) => `${figurePhrase(e.figure, L)} (\`${e.figure.text}\`${e.period ? `, ${periodPhrase(e.period, L)}` : ''}) ${where(e.uri, doc.uri, L)}`;
    const yearsNote = years !== null ? t(L, { en: ` over ${formatNumber(years, L, 1)} years (compound yearly rate)`, vi: ` trong ${formatNumber(years, L, 1)} năm (tốc độ bình quân năm)` }) : '';
    const verdict =
      severity === 'warning'
        ? t(L, {
            en: `Even the most generous reading of the figures (${fmtInterval(lenientI, c, L)}) does not reach the stated ${fmtInterval(stated(c, 'lenient'), c, L)}.`,
            vi: `Ngay cả cách đọc rộng nhất các con số (${fmtInterval(lenientI, c, L)}) cũng không đạt mức đã nêu ${fmtInterval(stated(c, 'lenient'), c, L)}.`,
          })
        : t(L, {
            en: `Read closely (every written digit significant, \`gần\`/nearly at most 5% under, \`hơn\`/more than at most 25% over) the endpoints give ${fmtInterval(strictI, c, L)}, outside the stated ${fmtInterval(statedS, c, L)}. Only a generous reading (whole numbers rounded, qualifiers stretched: ${fmtInterval(lenientI, c, L)}) reconciles them, so this is a note, not a warning.`,
            vi: `Đọc sát (mọi chữ số đều có nghĩa, \`gần\` thấp hơn tối đa 5%, \`hơn\` cao hơn tối đa 5%) các số liệu cho ${fmtInterval(strictI, c, L)}, nằm ngoài mức đã nêu ${fmtInterval(statedS, c, L)}. Chỉ khi đọc rộng (số tròn đã làm tròn, từ hạn định nới rộng: ${fmtInterval(lenientI, c, L)}) mới khớp, nên đây là ghi chú chứ không phải cảnh báo.`,
          });
    const detail = t(L, {
      en: `The stated change \`${written(c)}\` goes from ${place(b0)} to ${place(end)}${yearsNote}. Those values give **${shownNominal}**${perYearWord}.\n\n${verdict}`,
      vi: `Mức thay đổi \`${written(c)}\` đi từ ${place(b0)} đến ${place(end)}${yearsNote}. Các giá trị này cho **${shownNominal}**${perYearWord}.\n\n${verdict}`,
    });
    const endpoints = [...base, end];
    // (Bounded: a figure many articles restate is one base, listed once per value.)
    const bases = [...new Set(base.map((b) => JSON.stringify(b.figure.value)))].slice(0, 50).map((v) => JSON.parse(v) as Figure['value']);
    const data = { computed: nominal, stated: c.value, perYear: years !== null, base: bases, baseCount: base.length, end: end.figure.value };
    out.push({
      uri: doc.uri,
      finding: {
        code: 'figure.arithmetic',
        severity,
        start: c.start,
        end: c.end,
        message,
        detail,
        related: endpoints.map((e) => ({
          uri: e.uri,
          start: e.figure.start,
          end: e.figure.end,
          message: `${e === end ? t(L, { en: 'end', vi: 'giá trị cuối' }) : t(L, { en: 'base', vi: 'giá trị gốc' })}: ${figurePhrase(e.figure, L)}`,
        })),
        data,
      },
    });
    // The other documents involved get the finding too, pointing back at the stated change — as a
    // note: their figure is only an endpoint of a change another article states.
    for (const e of endpoints) {
      if (e.uri === doc.uri) continue;
      out.push({
        uri: e.uri,
        finding: {
          code: 'figure.arithmetic',
          severity: 'information',
          start: e.figure.start,
          end: e.figure.end,
          message: t(L, {
            en: `${figurePhrase(e.figure, L)} is an endpoint of \`${written(c)}\` in ${baseName(doc.uri)}, which it does not give (${shownNominal})`,
            vi: `${figurePhrase(e.figure, L)} là số liệu gốc của \`${written(c)}\` trong ${baseName(doc.uri)}, nhưng không khớp (${shownNominal})`,
          }),
          detail,
          related: [{ uri: doc.uri, start: c.start, end: c.end, message: written(c) }],
          data,
        },
      });
    }
  }
  return out;
}
