/**
 * `figure.part-whole`: a part larger than its whole. Two families the genre prints:
 *
 * - a market's share of a flow above the whole flow of the same goods and months (`nhập khẩu ngô 5
 *   tháng đạt 1,14 tỷ USD` and, from India alone in the same months, `17492 triệu USD`);
 * - a running total that falls: the months from January to July above the months from January to
 *   September, or above the whole year, for the same flow (`773,5 nghìn tấn` by the end of July
 *   and `644 nghìn tấn` by the end of September);
 * - a running total that stalls: the same precise figure, to the last written digit, for a period and
 *   a longer one with the same start (`557 triệu USD` for nine months and for ten).
 *
 * Precision first: both claims are levels of one metric (a flow of goods: exports or imports of
 * one product), actual counts of Việt Nam's own series (no estimate, no partner's statistics, no
 * running total since records began), with stated periods, the same unit and one reading each;
 * only a part above its whole under the generous reading (rounding, truncation, qualifiers
 * stretched) is reported. The work is linear: claims are bucketed by what they share, and each
 * bucket is swept once in order.
 */
import type { Check, Emitted } from './types';
import { countryMentions, within, type Claim } from '../claims/index';
import { plausible } from '../claims/bounds';
import { sameSeries } from '../claims/frame';
import { parsePeriod } from '../claims/period';
import { matchKey } from '../text/textModel';
import { claimSubjectName, figurePhrase, metricName, periodPhrase, t } from '../messages/describe';
import type { MessageLocale } from '../types';
import subjectData from '../claims/subjects.json';

const HOME: string = subjectData.home;
/** A flow of goods whose parts add up: exports, imports (of one product or all). */
const FLOW = /^(?:export|import)(?::[^~#]+)?$/;
/** A market's flow: `VN>US`. */
const MARKET = /^[A-Z]{2}>[A-Z]{2}$/;
/** How many shorter periods' claims a falling running total is set against. */
const TOP = 6;

/** Words that make a flow the country's whole (`cả nước đã nhập`, `tổng kim ngạch`, `nationwide`; not `Tổng cục Hải quan`). */
const NATIONAL = /(?<![\p{L}])(?:cả nước|toàn quốc|tổng (?:kim ngạch|giá trị|trị giá|lượng|khối lượng|cộng)|total|nationwide|the country(?:'s)?|country's)(?![\p{L}])/u;
/** Words that mix other quantities into a flow (`tiêu thụ ở thị trường trong nước và xuất khẩu`). */
// (Also one company's: `Prosi Thăng Long là doanh nghiệp xuất khẩu quế nhiều nhất cả nước, … đạt 1.228 tấn`.)
const MIXED = /(?<![\p{L}])(?:tiêu thụ|sản xuất|sản lượng|trong nước|nội địa|consum\w*|produc\w*|output|domestic|sales|doanh nghiệp|công ty|tập đoàn|company|firm|enterprise)(?![\p{L}])/u;

/** The sentence up to the figure. */
function lead(c: Claim): string {
  return matchKey(c.doc.text.slice(c.sentence.start, c.figure.start));
}

/**
 * A whole (the country's flow) only when its sentence says so: a figure read as the country's may
 * be of one market (`sang xứ kim chi`) or one kind of the goods (`tôm sú`) the sentence does not
 * name as such.
 */
function national(c: Claim): boolean {
  // (Not the value of a share of the whole, `iPhone chiếm 46,05% tổng kim ngạch nhập khẩu điện thoại
  // …, tương đương 1,162 tỷ USD`: the part's.)
  if (SHARE_VALUE.test(lead(c))) return false;
  return NATIONAL.test(matchKey(c.doc.text.slice(c.sentence.start, c.sentence.end)));
}
/** A value given as a share's equivalent (`chiếm 46,05% tổng …, tương đương`, `accounting for 30% …, or`). */
const SHARE_VALUE = /(?:chiếm|accounting for|accounted for|account for|making up|made up)[^.;]*%[^.;]*(?:tương đương|tương ứng|tức|equivalent to|equal to|or|worth)\s*(?:với\s+|khoảng\s+|gần\s+|hơn\s+|about\s+|nearly\s+|over\s+)?(?:us\$|\$)?\s*$/u;

/**
 * A running total is the country's when its sentence says so, or names the country as the one
 * that trades (`9 tháng năm 2019, Việt Nam nhập khẩu hơn 105,7 nghìn tấn thịt gà`, `Viet Nam
 * imported 215,700 tonnes`) and no other country.
 */
const HOME_TRADES = /(?<![\p{L}])(?:việt nam|viet nam|vietnam|nước ta)(?:'s)?\s+(?:đã\s+)?(?:nhập khẩu|xuất khẩu|nhập|xuất|imported|exported|shipped|spent|earned|thu về|chi)(?![\p{L}])/u;
function nationalTotal(c: Claim): boolean {
  if (national(c)) return true;
  if (c.subject !== HOME) return false;
  const text = matchKey(c.doc.text.slice(c.sentence.start, c.sentence.end));
  return HOME_TRADES.test(text) && !within(countryMentions(c.doc), c.sentence).some((e) => e.countryCode && e.countryCode !== HOME);
}

/** What `eligible` said of each claim (claims are kept per document between runs). */
const eligibleOf = new WeakMap<Claim, boolean>();

function eligible(c: Claim): boolean {
  let v = eligibleOf.get(c);
  if (v === undefined) eligibleOf.set(c, (v = isEligible(c)));
  return v;
}

function isEligible(c: Claim): boolean {
  return (
    !MIXED.test(lead(c)) &&
    (c.role === 'level' || c.role === 'base' || c.role === 'end') &&
    FLOW.test(c.metric) &&
    c.periodStated &&
    !!c.period &&
    !c.cumulative &&
    c.frame.status.value === 'actual' &&
    c.frame.source?.kind !== 'foreign' &&
    !c.frame.local &&
    (c.figure.kind === 'money' || c.figure.kind === 'measure') &&
    !!c.figure.unit &&
    !c.figure.unit.includes('/') &&
    !Array.isArray(c.figure.value) &&
    c.figure.value > 0 &&
    (c.figure.readings?.length ?? 0) < 2 &&
    (c.subject === HOME || MARKET.test(c.subject))
  );
}

export const figurePartWhole: Check = {
  code: 'figure.part-whole',
  defaultSeverity: 'warning',
  description: {
    en: 'A part above its whole: one market above all markets of the same goods and months, or a running total that falls (or stays the same to the last digit) from a period to a longer one.',
    vi: 'Phần vượt tổng: một thị trường vượt tổng mọi thị trường của cùng mặt hàng, cùng kỳ; hoặc số lũy kế giảm (hay giữ nguyên đến chữ số cuối) từ kỳ ngắn sang kỳ dài.',
  },
  examples: [
    {
      texts: ['Trong 5 tháng đầu năm 2021, cả nước nhập khẩu ngô đạt 1,14 tỷ USD. Riêng từ Ấn Độ, nhập khẩu ngô 5 tháng đầu năm 2021 đạt 1.749 triệu USD.'],
      reported: true,
      note: { en: 'India alone (1.75 billion) is more than all corn imports (1.14 billion) of the same months.', vi: 'Riêng Ấn Độ (1,75 tỷ) đã lớn hơn toàn bộ ngô nhập khẩu (1,14 tỷ) cùng kỳ.' },
    },
    {
      texts: ['Trong 7 tháng đầu năm 2017, cả nước nhập khẩu 773,5 nghìn tấn bông.', 'Trong 9 tháng đầu năm 2017, cả nước nhập khẩu 644 nghìn tấn bông.'],
      reported: true,
      note: { en: 'Nine months cannot bring in less than the first seven.', vi: 'Chín tháng không thể ít hơn bảy tháng đầu.' },
    },
    {
      texts: ['Trong 5 tháng đầu năm 2021, cả nước nhập khẩu ngô đạt 1,14 tỷ USD, trong đó từ Argentina đạt 450,77 triệu USD.'],
      reported: false,
      note: { en: 'A part below its whole.', vi: 'Phần nhỏ hơn tổng.' },
    },
    {
      texts: ['Trong 9 tháng đầu năm 2022, xuất khẩu mực và bạch tuộc đạt 557 triệu USD.', 'Trong 10 tháng đầu năm 2022, xuất khẩu mực và bạch tuộc đạt 557 triệu USD.'],
      reported: true,
      note: { en: 'The same figure for nine months and for ten: October sold nothing, or a period is mislabelled.', vi: 'Cùng một con số cho 9 tháng và 10 tháng: tháng 10 không xuất khẩu gì, hoặc ghi nhầm kỳ.' },
    },
    {
      texts: ['Năm 2023, xuất khẩu tôm đạt 3,4 tỷ USD.', 'Tháng 1/2024, xuất khẩu tôm đạt 4,1 tỷ USD.'],
      reported: false,
      note: { en: 'Periods that do not contain each other.', vi: 'Hai kỳ không chứa nhau.' },
    },
  ],
  run(ctx) {
    const L = ctx.locale;
    const out: Emitted[] = [];
    // Buckets: (metric, unit, period) for markets against the whole; (metric, subject, unit, first
    // day) for running totals.
    const byPeriod = new Map<string, { whole: Claim[]; parts: Claim[] }>();
    const byStart = new Map<string, Claim[]>();
    for (const c of ctx.claims.claims) {
      if (!eligible(c)) continue;
      const p = parsePeriod(c.period);
      if (!p || p.days) continue;
      const k = `${c.metric}|${c.figure.unit}|${p.firstDay}:${p.lastDay}`;
      let b = byPeriod.get(k);
      if (!b) byPeriod.set(k, (b = { whole: [], parts: [] }));
      (c.subject === HOME ? b.whole : b.parts).push(c);
      const s = `${c.metric}|${c.subject}|${c.figure.unit}|${p.firstDay}`;
      const l = byStart.get(s);
      if (l) l.push(c);
      else byStart.set(s, [c]);
    }
    const seen = new Set<string>();
    const emit = (part: Claim, whole: Claim, kind: 'market' | 'months' | 'stall') => {
      const key = `${part.uri}#${part.figure.start}|${whole.uri}#${whole.figure.start}`;
      if (seen.has(key)) return;
      seen.add(key);
      for (const e of findings(part, whole, kind, L)) out.push(e);
    };
    // A falling total against every shorter period above it: one finding on each of those, and one
    // on the longer period naming them all (its message quotes the largest).
    const emitFall = (parts: Claim[], whole: Claim) => {
      let onWhole: Emitted | null = null;
      for (const part of parts) {
        const key = `${part.uri}#${part.figure.start}|${whole.uri}#${whole.figure.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const [p, w] = findings(part, whole, 'months', L);
        out.push(p);
        if (!onWhole) out.push((onWhole = w));
        else onWhole.finding.related.push(...w.finding.related);
      }
    };
    // A market above the whole: the largest part of each bucket against the smallest whole.
    for (const b of byPeriod.values()) {
      if (!b.whole.length || !b.parts.length) continue;
      const whole = minBy(b.whole, (c) => plausible(c.figure, 'lenient')[1]);
      const wMax = plausible(whole.figure, 'lenient')[1];
      for (const part of b.parts) {
        if (plausible(part.figure, 'lenient')[0] <= wMax || !sameSeries(part.frame, whole.frame)) continue;
        if (!national(whole)) continue;
        emit(part, whole, 'market');
      }
    }
    // A running total that falls: in order of the period's end, a claim below the largest lower
    // bound of the shorter periods before it. Only the longer one must be the country's whole: the
    // shorter may be any part of the same flow (one kind of the goods, an unnamed market), and a
    // part of the first months is still no more than the whole of more months.
    for (const list of byStart.values()) {
      if (list.length < 2) continue;
      const ends = list.map((c) => ({ c, end: parsePeriod(c.period)!.lastDay, lo: plausible(c.figure, 'lenient')[0], hi: plausible(c.figure, 'lenient')[1] }));
      ends.sort((a, b) => a.end - b.end);
      // (The shorter periods' claims with the largest lower bounds so far, largest first: a few are
      // enough to name every statement a falling total contradicts, and the sweep stays linear.)
      const top: (typeof ends)[number][] = [];
      // (The shorter period's claim of each value, for a total that stalls: one lookup a claim.)
      const earlier = new Map<number, Claim[]>();
      let i = 0;
      while (i < ends.length) {
        // (Claims of one period are figure.mismatch's business.)
        let j = i;
        while (j < ends.length && ends[j].end === ends[i].end) j++;
        for (let k = i; k < j; k++) {
          if (!top.length || ends[k].hi >= top[0].lo || !nationalTotal(ends[k].c)) continue;
          // (A floor far below the shorter period's total says nothing against it: `exports to China
          // still fetched over $1 billion` in ten months, beside 30.84 billion in seven, is a floor
          // any larger total meets, however oddly chosen.)
          const floor = ends[k].c.figure.bound === 'lower';
          const above = top.filter((s) => ends[k].hi < s.lo && !(floor && s.lo >= 3 * ends[k].hi) && sameSeries(s.c.frame, ends[k].c.frame)).map((s) => s.c);
          if (above.length) emitFall(above, ends[k].c);
        }
        // A running total that stays the same to the last written digit over a longer period
        // (`557 triệu USD` for nine months and for ten): a month that sold nothing, or a period mislabelled.
        for (let k = i; k < j; k++) for (const shorter of earlier.get(ends[k].c.figure.value as number) ?? []) if (stalls(shorter, ends[k].c)) emit(shorter, ends[k].c, 'stall');
        // (A few statements of each value are enough: one widely restated figure stays linear.)
        for (let k = i; k < j; k++) {
          const v = ends[k].c.figure.value as number;
          const list = earlier.get(v);
          if (!list) earlier.set(v, [ends[k].c]);
          else if (list.length < 4) list.push(ends[k].c);
        }
        for (let k = i; k < j; k++) {
          let at = top.findIndex((s) => ends[k].lo > s.lo);
          if (at < 0) at = top.length;
          if (at < TOP) top.splice(at, 0, ends[k]);
          if (top.length > TOP) top.pop();
        }
        i = j;
      }
    }
    return out;
  },
};

/** A running total stated as the same number for a period and a longer one. */
function stallFindings(shorter: Claim, longer: Claim, metric: string, shortPeriod: string, longPeriod: string, L: MessageLocale): Emitted[] {
  const value = figurePhrase(shorter.figure, L);
  const message = t(L, {
    en: `${metric}: ${value} for ${shortPeriod} and again for the longer ${longPeriod}`,
    vi: `${metric}: ${value} cho ${shortPeriod} và cũng ${value} cho kỳ dài hơn, ${longPeriod}`,
  });
  const detail = t(L, {
    en: `A running total grows with every month it counts. The same figure, to the last written digit, for ${shortPeriod} and ${longPeriod} would mean the months between sold nothing: one of the two periods is probably mislabelled.`,
    vi: `Số lũy kế tăng theo từng tháng. Cùng một con số, đến chữ số cuối, cho ${shortPeriod} và ${longPeriod} nghĩa là các tháng giữa không có giao dịch nào: có thể một trong hai kỳ bị ghi nhầm.`,
  });
  const data = { kind: 'stall', value: shorter.figure.value, shorterPeriod: shorter.period, longerPeriod: longer.period };
  const at = (c: Claim, message: string) => ({ uri: c.uri, start: c.figure.start, end: c.figure.end, message });
  const one = (c: Claim, other: Claim, label: string): Emitted => ({
    uri: c.uri,
    finding: { code: 'figure.part-whole', severity: 'warning', start: c.figure.start, end: c.figure.end, message, detail, related: [at(other, label)], data },
  });
  return [one(shorter, longer, t(L, { en: 'the longer period', vi: 'kỳ dài hơn' })), one(longer, shorter, t(L, { en: 'the shorter period', vi: 'kỳ ngắn hơn' }))];
}

/** Two running totals of one flow, the second over more months, written as the same precise number. */
function stalls(shorter: Claim, longer: Claim): boolean {
  // (Significant digits: `557` has three, `700` one; trailing zeros may be rounding.)
  const digits = (/\d[\d.,]*/.exec(shorter.figure.text)?.[0] ?? '').replace(/\D/g, '').replace(/0+$/, '').length;
  // (`hơn 3,079 tỷ USD` for four months after `$3.079 billion` for three: `hơn` before four
  // significant digits leaves less than one unit of the last, so the total still stalls.)
  return (
    shorter.figure.value === longer.figure.value &&
    shorter.figure.bound === 'exact' &&
    (longer.figure.bound === 'exact' || (longer.figure.bound === 'lower' && digits >= 4)) &&
    digits >= 3 &&
    sameSeries(shorter.frame, longer.frame)
  );
}

function minBy<T>(xs: T[], f: (x: T) => number): T {
  let best = xs[0];
  for (const x of xs) if (f(x) < f(best)) best = x;
  return best;
}

function findings(part: Claim, whole: Claim, kind: 'market' | 'months' | 'stall', L: MessageLocale): Emitted[] {
  const metric = metricName(whole.metric, L);
  const partPeriod = periodPhrase(part.period!, L);
  const wholePeriod = periodPhrase(whole.period!, L);
  const market = kind === 'market' ? claimSubjectName(part.metric, part.subject, L) : '';
  if (kind === 'stall') return stallFindings(part, whole, metric, partPeriod, wholePeriod, L);
  const message =
    kind === 'market'
      ? t(L, {
          en: `${metric} from one market, ${market}, ${partPeriod}: ${figurePhrase(part.figure, L)}, more than the ${figurePhrase(whole.figure, L)} of all markets`,
          vi: `${metric}, riêng ${market}, ${partPeriod}: ${figurePhrase(part.figure, L)}, lớn hơn tổng ${figurePhrase(whole.figure, L)} của mọi thị trường`,
        })
      : t(L, {
          en: `${metric}: ${figurePhrase(part.figure, L)} for ${partPeriod}, yet ${figurePhrase(whole.figure, L)} for the longer ${wholePeriod}`,
          vi: `${metric}: ${figurePhrase(part.figure, L)} cho ${partPeriod}, nhưng ${figurePhrase(whole.figure, L)} cho kỳ dài hơn, ${wholePeriod}`,
        });
  const detail =
    kind === 'market'
      ? t(L, {
          en: `One market's part of a flow cannot exceed the whole flow of the same goods and months. Even read generously (rounding, truncation, qualifiers stretched), \`${part.figure.text}\` is more than \`${whole.figure.text}\`: one of them is probably wrong (a scale word or a decimal slip), or they are not of the same goods or months.`,
          vi: `Phần của một thị trường không thể lớn hơn tổng của cùng mặt hàng, cùng kỳ. Kể cả đọc rộng (làm tròn, cắt số, từ hạn định nới rộng), \`${part.figure.text}\` vẫn lớn hơn \`${whole.figure.text}\`: có thể một trong hai con số sai (nhầm đơn vị hay dấu thập phân), hoặc chúng không cùng mặt hàng hay cùng kỳ.`,
        })
      : t(L, {
          en: `A running total cannot fall: ${wholePeriod} contains ${partPeriod}, so it carries at least as much. Even read generously (rounding, truncation, qualifiers stretched), \`${part.figure.text}\` is more than \`${whole.figure.text}\`: one of them is probably wrong, or its period is mislabelled.`,
          vi: `Số lũy kế không thể giảm: ${wholePeriod} bao gồm ${partPeriod}, nên ít nhất cũng bằng. Kể cả đọc rộng (làm tròn, cắt số, từ hạn định nới rộng), \`${part.figure.text}\` vẫn lớn hơn \`${whole.figure.text}\`: có thể một trong hai con số sai, hoặc ghi nhầm kỳ.`,
        });
  const data = { kind, part: part.figure.value, whole: whole.figure.value, partPeriod: part.period, wholePeriod: whole.period };
  const partLabel = t(L, { en: kind === 'market' ? 'the market' : 'the shorter period', vi: kind === 'market' ? 'thị trường' : 'kỳ ngắn hơn' });
  const wholeLabel = t(L, { en: kind === 'market' ? 'all markets' : 'the longer period', vi: kind === 'market' ? 'mọi thị trường' : 'kỳ dài hơn' });
  const at = (c: Claim, message: string) => ({ uri: c.uri, start: c.figure.start, end: c.figure.end, message });
  const one = (c: Claim, other: Claim, label: string): Emitted => ({
    uri: c.uri,
    finding: { code: 'figure.part-whole', severity: 'warning', start: c.figure.start, end: c.figure.end, message, detail, related: [at(other, label)], data },
  });
  return [one(part, whole, wholeLabel), one(whole, part, partLabel)];
}
