/**
 * `figure.unit-price`: a value, a volume and a unit price stated together that do not multiply —
 * `1,62 triệu tấn`, `4,2 tỷ USD`, `2.613 USD/tấn` in one sentence must give value = volume × price
 * within what their rounding and qualifiers allow.
 *
 * Precision first: the three must be in one sentence (no semicolon between them), one of each, of one period and one currency;
 * only a disagreement under the generous reading (rounding, truncation, qualifiers stretched) is
 * reported, and then as a warning. A unit price opening the next sentence is held to the pair before
 * it only for a slip of a thousand, or when it names the pair's own period and is off by more than a
 * tenth.
 */
import type { Check, Emitted } from './types';
import { perDocument } from './memo';
import { isChange, periodIsStated } from '../claims/index';
import { disjoint, plausible, type Interval } from '../claims/bounds';
import { figurePhrase, t } from '../messages/describe';
import { formatAmount } from '../messages/format';
import { matchKey } from '../text/textModel';
import type { DocumentAnalysis, Figure, MessageLocale } from '../types';

/** Kilograms per unit of volume the engine reads. */
const MASS: Record<string, number> = { t: 1000, kg: 1 };

/** A sentence that opens on a unit price (`Giá nhập khẩu bình quân đạt`, `The average export price was`). */
const PRICE_OPENING = /^\s*(?:giá(?:\s+(?:xuất|nhập)\s+khẩu)?\s+(?:bình quân|trung bình)|(?:the\s+)?average\s+(?:(?:export|import)\s+)?price)(?:[^,.;:]{0,40}?)(?:đạt|là|ở mức|was|stood at|reached|of)\s*(?:(?:gần|hơn|khoảng|nearly|about|over)\s+)?(?:us\$|\$)?\s*$/u;

function priceUnit(f: Figure): { currency: string; per: number } | null {
  const m = /^([A-Z]{3})\/(t|kg)$/.exec(f.unit ?? '');
  return m ? { currency: m[1], per: MASS[m[2]] } : null;
}

/** How far a value may stray from volume × price beyond what their written digits allow. */
const SLACK = 0.015;

export const figureUnitPrice: Check = {
  code: 'figure.unit-price',
  defaultSeverity: 'warning',
  description: {
    en: 'A value, a volume and a unit price stated together do not multiply (value = volume × price).',
    vi: 'Kim ngạch, khối lượng và đơn giá nêu cùng nhau không khớp (kim ngạch = khối lượng × đơn giá).',
  },
  examples: [
    {
      texts: ['Năm 2023, xuất khẩu cà phê đạt 1,62 triệu tấn, trị giá 4,2 tỷ USD, giá bình quân 2.600 USD/tấn.'],
      reported: false,
      note: { en: '1.62 million t × 2,600 USD/t = 4.21 billion USD.', vi: '1,62 triệu tấn × 2.600 USD/tấn = 4,21 tỷ USD.' },
    },
    {
      texts: ['Năm 2023, xuất khẩu cà phê đạt 1,62 triệu tấn, trị giá 4,2 tỷ USD, giá bình quân 3.100 USD/tấn.'],
      reported: true,
      note: { en: '1.62 million t × 3,100 USD/t is 5.02 billion USD, not 4.2.', vi: '1,62 triệu tấn × 3.100 USD/tấn là 5,02 tỷ USD, không phải 4,2.' },
    },
  ],
  run(ctx) {
    const out: Emitted[] = [];
    const L = ctx.locale;
    for (const doc of ctx.documents) {
      for (const e of perDocument(ctx.memo, `figure.unit-price:${L}`, doc, () => forDocument(doc, L))) out.push(e);
    }
    return out;
  },
};

function forDocument(doc: DocumentAnalysis, L: MessageLocale): Emitted[] {
  const out: Emitted[] = [];
  const figures = [...doc.figures].sort((a, b) => a.start - b.start);
  let k = 0;
  let pair: { sentence: { start: number; end: number }; value: Figure; volume: Figure } | null = null;
  for (const sentence of doc.structure.sentences) {
    while (k < figures.length && figures[k].start < sentence.start) k++;
    const inside: Figure[] = [];
    for (let i = k; i < figures.length && figures[i].end <= sentence.end; i++) if (!isChange(figures[i])) inside.push(figures[i]);
    const prices = inside.filter((f) => f.kind === 'money' && priceUnit(f));
    const values = inside.filter((f) => f.kind === 'money' && !priceUnit(f) && !f.unit?.includes('/'));
    const volumes = inside.filter((f) => f.kind === 'measure' && f.unit !== null && MASS[f.unit] !== undefined);
    // A sentence of a value and a volume, then one of their unit price alone (`… 7,1 triệu tấn, trị
    // giá hơn 4,2 triệu USD … Giá nhập khẩu bình quân đạt 591 USD/tấn`): the price may be an
    // average of more than these goods, so only a slip of a thousand is said.
    const before = pair;
    pair = prices.length === 0 && values.length === 1 && volumes.length === 1 ? { sentence, value: values[0], volume: volumes[0] } : null;
    let across = false;
    let price: Figure, value: Figure, volume: Figure;
    if (inside.length >= 3 && prices.length === 1 && values.length === 1 && volumes.length === 1) [price, value, volume] = [prices[0], values[0], volumes[0]];
    else if (before && prices.length === 1 && inside.length === 1 && !doc.text.slice(before.sentence.end, sentence.start).includes('\n') && PRICE_OPENING.test(matchKey(doc.text.slice(sentence.start, prices[0].start)))) {
      [price, value, volume] = [prices[0], before.value, before.volume];
      across = true;
    } else continue;
    // (Not across a semicolon: `Giá bình quân … đạt 1.581 USD/tấn, …; Đài Loan … với 4,6 nghìn tấn
    // chè, trị giá 7,89 triệu USD` prices one market, then gives another's value and volume.)
    if (!across) {
      const from = Math.min(price.start, value.start, volume.start);
      const to = Math.max(price.end, value.end, volume.end);
      if (doc.text.slice(from, to).includes(';')) continue;
    }
    const unit = priceUnit(price)!;
    if (value.unit !== unit.currency || (value.readings?.length ?? 0) > 1 || (volume.readings?.length ?? 0) > 1 || (price.readings?.length ?? 0) > 1) continue;
    // (Across two sentences, three figures with no period at all are of one unstated period.)
    if ((!value.period && !(across && !volume.period && !price.period)) || value.period !== volume.period || value.period !== price.period) continue;
    const v = plausible(volume, 'lenient');
    const p = plausible(price, 'lenient');
    const scale = MASS[volume.unit!] / unit.per;
    const product: Interval = [v[0] * scale * p[0], v[1] * scale * p[1]];
    // (A gap of a percent or two is how the genre rounds an average price or writes `gần 2,28 triệu
    // tấn` for 2,2828: `786,88 triệu USD` beside 2,28 million t at 344,7 USD/t is no error.)
    if (!disjoint([product[0] * (1 - SLACK), product[1] * (1 + SLACK)], plausible(value, 'lenient'))) continue;
    const mid = ((Array.isArray(volume.value) ? (volume.value[0] + volume.value[1]) / 2 : volume.value) * scale) * (Array.isArray(price.value) ? (price.value[0] + price.value[1]) / 2 : price.value);
    const valueMid = Array.isArray(value.value) ? (value.value[0] + value.value[1]) / 2 : value.value;
    const thousandfold = valueMid > 0 && Math.abs(Math.log10(mid / valueMid)) > 2.9 && Math.abs(Math.abs(Math.log10(mid / valueMid)) - 3) < 0.1;
    // (Or a price its sentence dates to the pair's own period, `Giá xuất khẩu bình quân trong năm
    // 2023 đạt 6.376 USD/tấn` after `năm 2023 … 16.136 tấn …, 83 triệu USD`, off by more than a tenth
    // even read generously: an average of other goods would not name their period.)
    const dated = !!price.period && price.period === value.period && periodIsStated(price) && /^(?:sentence|clause)\b/.test(price.periodSource ?? '') && disjoint([product[0] * (1 - 0.1), product[1] * (1 + 0.1)], plausible(value, 'lenient'));
    if (across && !thousandfold && !dated) continue;
    const computed = formatAmount(mid, unit.currency, 'money', L);
    const message = across
      ? t(L, {
          en: `${figurePhrase(volume, L)} × ${figurePhrase(price, L)} (the sentence after) is ${computed}, but this sentence gives ${figurePhrase(value, L)}${thousandfold ? ': a thousandfold slip' : ''}`,
          vi: `${figurePhrase(volume, L)} × ${figurePhrase(price, L)} (câu sau) là ${computed}, nhưng câu này ghi ${figurePhrase(value, L)}${thousandfold ? ': lệch nghìn lần' : ''}`,
        })
      : t(L, {
          en: `${figurePhrase(volume, L)} × ${figurePhrase(price, L)} is ${computed}, but this sentence gives ${figurePhrase(value, L)}`,
          vi: `${figurePhrase(volume, L)} × ${figurePhrase(price, L)} là ${computed}, nhưng câu này ghi ${figurePhrase(value, L)}`,
        });
    const detail = t(L, {
      en: `A value is its volume times its unit price. Even read generously (rounding, truncation, qualifiers stretched), \`${volume.text}\` × \`${price.text}\` cannot give \`${value.text}\`: one of the three is probably wrong, or they are not of the same goods or period.`,
      vi: `Kim ngạch bằng khối lượng nhân đơn giá. Kể cả đọc rộng (làm tròn, cắt số, từ hạn định nới rộng), \`${volume.text}\` × \`${price.text}\` không thể ra \`${value.text}\`: có thể một trong ba con số sai, hoặc chúng không cùng mặt hàng hay cùng kỳ.`,
    });
    out.push({
      uri: doc.uri,
      finding: {
        code: 'figure.unit-price',
        severity: 'warning',
        start: value.start,
        end: value.end,
        message,
        detail,
        related: [
          { uri: doc.uri, start: volume.start, end: volume.end, message: t(L, { en: 'the volume', vi: 'khối lượng' }) },
          { uri: doc.uri, start: price.start, end: price.end, message: t(L, { en: 'the unit price', vi: 'đơn giá' }) },
        ],
        data: { computed: mid, stated: value.value },
      },
    });
  }
  return out;
}
