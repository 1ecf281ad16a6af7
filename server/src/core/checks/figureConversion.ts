/**
 * `figure.conversion`: an amount in đồng with its dollar equivalent in brackets (`3 quadrillion VND
 * (127 million USD)`, `14.000 tỉ đồng (600 triệu USD)`, `VND6,200 trillion ($255.5 billion)`) whose
 * implied rate no year's rate comes near. The English editions translate `nghìn tỷ` and `triệu tỷ`
 * by hand, and a slip of a thousand shows only here.
 *
 * Precision first: the equivalent must follow the amount right after an opening bracket, one in
 * đồng and one in dollars, single values; only a rate off by more than half again from any rate of
 * the years the genre covers (VND 14,000 to 27,000 to the dollar since the late 1990s) is reported.
 */
import type { Check, Emitted } from './types';
import { perDocument } from './memo';
import { isChange } from '../claims/index';
import { figurePhrase, t } from '../messages/describe';
import { formatAmount } from '../messages/format';
import type { DocumentAnalysis, Figure, MessageLocale } from '../types';

/** The dong's rate to the dollar over the years the genre reports on: the State Bank's central rate and the market's, 1997–2026. */
const RATE_LOW = 11_000;
const RATE_HIGH = 27_000;
/** How far an implied rate may stray (rounded equivalents, a rate of the day) before it is a slip. */
const STRAY = 1.5;

/** What may stand between an amount and its equivalent: a bracket and a word of approximation. */
const BETWEEN = /^\s*\(\s*(?:(?:khoảng|tương đương(?:\s+với)?|xấp xỉ|gần|hơn|trên|chừng|tức|hay|about|approx\.?|approximately|around|roughly|nearly|over|more than|some|almost|equivalent to|or)\s+)*$/iu;

function single(f: Figure): number | null {
  return typeof f.value === 'number' && f.value > 0 && (f.readings?.length ?? 0) <= 1 ? f.value : null;
}

export const figureConversion: Check = {
  code: 'figure.conversion',
  defaultSeverity: 'warning',
  description: {
    en: 'An amount in đồng and its dollar equivalent in brackets imply a rate no year has had (a slip of a thousand, as a rule).',
    vi: 'Số tiền bằng đồng và số quy đổi ra đô la trong ngoặc cho ra một tỷ giá không năm nào có (thường là lệch nghìn lần).',
  },
  examples: [
    {
      texts: ['Tổng mức bán lẻ quý I/2023 đạt hơn 1,5 triệu tỷ đồng (khoảng 63,9 tỷ USD).'],
      reported: false,
      note: { en: '1.5 quadrillion VND at about 23,500 VND to the dollar is 63.9 billion USD.', vi: '1,5 triệu tỷ đồng theo tỷ giá khoảng 23.500 đồng/USD là 63,9 tỷ USD.' },
    },
    {
      texts: ['Retail sales in the first quarter of 2023 reached over 1.5 quadrillion VND (63.9 million USD).'],
      reported: true,
      note: { en: '1.5 quadrillion VND for 63.9 million USD is 23 million VND to the dollar: billion, not million.', vi: '1,5 triệu tỷ đồng bằng 63,9 triệu USD là 23 triệu đồng một đô la: tỷ, không phải triệu.' },
    },
  ],
  run(ctx) {
    const out: Emitted[] = [];
    const L = ctx.locale;
    for (const doc of ctx.documents) {
      for (const e of perDocument(ctx.memo, `figure.conversion:${L}`, doc, () => forDocument(doc, L))) out.push(e);
    }
    return out;
  },
};

function forDocument(doc: DocumentAnalysis, L: MessageLocale): Emitted[] {
  const out: Emitted[] = [];
  const money = doc.figures.filter((f) => f.kind === 'money' && (f.unit === 'VND' || f.unit === 'USD') && !isChange(f)).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < money.length; i++) {
    const a = money[i];
    const b = money[i + 1];
    // (The equivalent closes its bracket: an excerpt cut inside it, `($39.28`, or a word after it
    // the engine did not read, `($39.28 bilion)`, says nothing sure.)
    if (a.unit === b.unit || b.start - a.end > 40 || !BETWEEN.test(doc.text.slice(a.end, b.start)) || !/^\s*\)/.test(doc.text.slice(b.end, b.end + 4))) continue;
    // (A year before the late 1990s had other rates.)
    const year = Number((a.period ?? doc.referenceDate?.date ?? '').slice(0, 4));
    if (year && year < 1997) continue;
    const av = single(a);
    const bv = single(b);
    if (av === null || bv === null) continue;
    const [dong, dollar] = a.unit === 'VND' ? [a, b] : [b, a];
    const rate = (a.unit === 'VND' ? av : bv) / (a.unit === 'VND' ? bv : av);
    if (rate >= RATE_LOW / STRAY && rate <= RATE_HIGH * STRAY) continue;
    const thousandfold = Math.abs(Math.abs(Math.log10(rate / 20_000)) - 3) < 0.5;
    const atRate = (r: number) => formatAmount((a.unit === 'VND' ? av : bv) / r, 'USD', 'money', L);
    const message = t(L, {
      en: `${figurePhrase(dong, L)} is given as ${figurePhrase(dollar, L)}, ${formatAmount(Math.round(rate), 'VND', 'money', L)} to the dollar; at any year's rate it is ${atRate(RATE_HIGH)} to ${atRate(RATE_LOW)}${thousandfold ? ' (a slip of a thousand)' : ''}`,
      vi: `${figurePhrase(dong, L)} được quy đổi thành ${figurePhrase(dollar, L)}, tức ${formatAmount(Math.round(rate), 'VND', 'money', L)} một đô la; theo tỷ giá của bất kỳ năm nào cũng là ${atRate(RATE_HIGH)} đến ${atRate(RATE_LOW)}${thousandfold ? ' (lệch nghìn lần)' : ''}`,
    });
    const detail = t(L, {
      en: `An amount in đồng and its equivalent in dollars imply the rate between them. \`${dong.text}\` for \`${dollar.text}\` is about ${Math.round(rate).toLocaleString('en')} đồng to the dollar; the dong has traded between about ${RATE_LOW.toLocaleString('en')} and ${RATE_HIGH.toLocaleString('en')} to the dollar since the late 1990s. One of the two amounts has the wrong scale word (\`trillion\` for \`billion\`, \`million\` for \`billion\`).`,
      vi: `Số tiền bằng đồng và số quy đổi ra đô la cho ra tỷ giá giữa chúng. \`${dong.text}\` bằng \`${dollar.text}\` là khoảng ${Math.round(rate).toLocaleString('vi')} đồng một đô la; từ cuối những năm 1990 tỷ giá chỉ ở khoảng ${RATE_LOW.toLocaleString('vi')} đến ${RATE_HIGH.toLocaleString('vi')} đồng. Một trong hai con số ghi sai đơn vị (nghìn tỷ thay cho tỷ, triệu thay cho tỷ).`,
    });
    out.push({
      uri: doc.uri,
      finding: {
        code: 'figure.conversion',
        severity: 'warning',
        start: dollar.start,
        end: dollar.end,
        message,
        detail,
        related: [{ uri: doc.uri, start: dong.start, end: dong.end, message: t(L, { en: 'the amount in đồng', vi: 'số tiền bằng đồng' }) }],
        data: { rate, low: RATE_LOW, high: RATE_HIGH },
      },
    });
    i++;
  }
  return out;
}
