/**
 * `figure.value-change`: changes of volume, value and unit price stated together that do not
 * compose. An average price is value over volume, so its change follows from theirs: `tăng 3,73%
 * về lượng và 16,82% trị giá, giá xuất bình quân 2.487,8 USD/tấn, tăng 2,71%` cannot be — a value
 * up 16,82% on a volume up 3,73% is a price up about 12,6%.
 *
 * Precision first: the three changes must be written as one group (a volume change and a value
 * change side by side, the price change right after them in the sentence or opening the next one),
 * against one base (no two different bases written), each a plain percentage with a direction; only
 * a gap of more than a percentage point beyond what their written digits allow is reported.
 *
 * Two changes of one measure written as such a group (`tăng 19% về lượng và tăng 102,6% về lượng`)
 * are reported too: one measure word is a slip.
 */
import type { Check, Emitted } from './types';
import { perDocument } from './memo';
import { isChange } from '../claims/index';
import { signedPlausible, type Interval } from '../claims/bounds';
import { within } from '../claims/spans';
import { t } from '../messages/describe';
import { formatChange } from '../messages/format';
import { matchKey } from '../text/textModel';
import type { DocumentAnalysis, Figure, MessageLocale, Span } from '../types';

type Measure = 'volume' | 'value' | 'price';

/** A measure word right after a change (`tăng 3,73% về lượng`, `16,82% trị giá`, `up 5% in value`). */
export const VOLUME_AFTER = /^\s*(?:về\s+|in\s+|by\s+)?(?:lượng|khối lượng|sản lượng|volume|quantity)(?![\p{L}])/u;
export const VALUE_AFTER = /^\s*(?:về\s+|in\s+|by\s+)?(?:trị giá|kim ngạch|giá trị|value|turnover)(?![\p{L}])(?!\s*(?:đạt\s+)?\d)/u;
const PRICE_AFTER = /^\s*(?:về\s+)?(?:giá|đơn giá|in price)(?![\p{L}])(?!\s*(?:trị|xuất|nhập|bình|trung))/u;
/** What may stand between a unit price and its change: `2.487,8 USD/tấn, tăng 2,71%`. */
const PRICE_THEN_CHANGE = /^\s*,?\s*(?:(?:và|and)\s+)?(?:(?:tăng|giảm|up|down|rising|falling|an increase of|a decrease of|a rise of|a fall of)\s+)?(?:(?:hơn|gần|khoảng|nearly|about|over)\s+)?$/u;
/** A price named right before its change with no figure between: `giá trung bình giảm 27%`. */
const PRICE_BEFORE = /(?<![\p{L}])(?:giá(?!\s*trị)(?:\s+(?:xuất|nhập)(?:\s+khẩu)?)?(?:\s+(?:bình quân|trung bình))?|(?:the\s+)?average (?:export |import )?price)[^,;\d]{0,30}?\s(?:tăng|giảm|rose|fell|increased|decreased|was up|was down|up|down)\s+(?:(?:hơn|gần|khoảng|nearly|about|over|by)\s+)?$/u;
/** A sentence that opens on a unit price (`Giá xuất khẩu bình quân …`, `Bình quân …, giá …`). */
const PRICE_OPENING = /^\s*(?:giá(?!\s*trị)|bình quân|the average|average)/u;

/** A comparison written right after a change (`compared to December`, `so với tháng trước`), and its object. */
const COMPARED = /^\s*(?:so với|compared (?:to|with)|against|from|over)\s+(.{0,30})/u;
const SAME_PERIOD = /^(?:cùng kỳ|the same (?:period|month)|a year (?:earlier|ago)|năm trước|năm ngoái|last year|the previous year|\d{1,2}\s+tháng|[a-z]+\s+\d{4}|tháng\s+\d+\/\d{4}|cùng thời điểm)/u;

/** What joins two changes of one group: `tăng 19% về lượng và tăng 102,6% về lượng`, `… nhưng …`, `… and …`. */
const JOINED = /^\s*(?:về\s+|in\s+|by\s+)?(?:lượng|khối lượng|sản lượng|volume|quantity|trị giá|kim ngạch|giá trị|value|turnover)\s*,?\s*(?:và|nhưng|but|and|while)\s+(?:lại\s+)?(?:(?:tăng|giảm|up|down|rose|fell)\s+)?(?:(?:mạnh|nhẹ|hơn|gần|khoảng|by)\s+)?$/u;

/** The largest gap (a fraction of the factor) the genre's own rounding of an average price makes. */
const SLACK = 0.01;

export const figureValueChange: Check = {
  code: 'figure.value-change',
  defaultSeverity: 'warning',
  description: {
    en: 'Changes of volume, value and average price stated together do not compose (value = volume × price), or two changes of one measure stand side by side.',
    vi: 'Mức thay đổi về lượng, trị giá và giá bình quân nêu cùng nhau không khớp (trị giá = lượng × giá), hoặc hai mức thay đổi cùng một đại lượng đứng liền nhau.',
  },
  examples: [
    {
      texts: ['Xuất khẩu sang Trung Quốc tăng 5,3% về lượng và 8,99% về trị giá, giá xuất khẩu bình quân đạt 2.800 USD/tấn, tăng 3,45%.'],
      reported: false,
      note: { en: '1.053 × 1.0345 = 1.0893: the value is up 8.9%.', vi: '1,053 × 1,0345 = 1,0893: trị giá tăng 8,9%.' },
    },
    {
      texts: ['Xuất khẩu sang Hàn Quốc tăng 3,73% về lượng và 16,82% về trị giá, giá xuất khẩu bình quân đạt 2.488 USD/tấn, tăng 2,71%.'],
      reported: true,
      note: { en: 'A value up 16.82% on a volume up 3.73% is a price up 12.6%, not 2.71%.', vi: 'Trị giá tăng 16,82% khi lượng tăng 3,73% thì giá tăng 12,6%, không phải 2,71%.' },
    },
  ],
  run(ctx) {
    const out: Emitted[] = [];
    const L = ctx.locale;
    for (const doc of ctx.documents) {
      for (const e of perDocument(ctx.memo, `figure.value-change:${L}`, doc, () => forDocument(doc, L))) out.push(e);
    }
    return out;
  },
};

interface Tagged {
  figure: Figure;
  measure: Measure;
}

function measureOf(doc: DocumentAnalysis, c: Figure, price: Figure | undefined, sentence: Span): Measure | null {
  const after = matchKey(doc.text.slice(c.end, Math.min(sentence.end, c.end + 30)));
  if (VOLUME_AFTER.test(after)) return 'volume';
  if (VALUE_AFTER.test(after)) return 'value';
  if (PRICE_AFTER.test(after)) return 'price';
  if (price && price.unit?.includes('/') && PRICE_THEN_CHANGE.test(matchKey(doc.text.slice(price.end, c.start)))) return 'price';
  const before = matchKey(doc.text.slice(Math.max(sentence.start, c.start - 70), c.start));
  if (PRICE_BEFORE.test(before) && !(price && price.end > c.start - 70 && !price.unit?.includes('/'))) return 'price';
  return null;
}

/** A change as a factor interval: `tăng 3,73%` is [1,03725, 1,03735], `giảm 28%` [0,715, 0,725] leniently. */
function factor(c: Figure): Interval | null {
  if (c.kind !== 'percent' || !c.change || c.change.direction === 'none' || Array.isArray(c.value) || (c.readings?.length ?? 0) > 1) return null;
  const [lo, hi] = signedPlausible(c, 'lenient');
  return [1 + lo / 100, 1 + hi / 100];
}

function forDocument(doc: DocumentAnalysis, L: MessageLocale): Emitted[] {
  const out: Emitted[] = [];
  const figures = [...doc.figures].sort((a, b) => a.start - b.start);
  const sentences = doc.structure.sentences;
  const bySentence = sentences.map((s) => within(figures, s));
  const tagsOf = new Map<number, Tagged[]>();
  const tags = (i: number): Tagged[] => {
    let list = tagsOf.get(i);
    if (!list) {
      // (The last level before each change, carried along: linear in a sentence of many figures.)
      list = [];
      let level: Figure | undefined;
      for (const f of bySentence[i]) {
        if (!isChange(f)) {
          level = f;
          continue;
        }
        const m = measureOf(doc, f, level && level.end <= f.start ? level : undefined, sentences[i]);
        if (m) list.push({ figure: f, measure: m });
      }
      tagsOf.set(i, list);
    }
    return list;
  };
  for (let i = 0; i < sentences.length; i++) {
    const list = tags(i);
    for (let k = 0; k + 1 < list.length; k++) {
      const [a, b] = [list[k], list[k + 1]];
      if (a.measure === b.measure && a.measure !== 'price') {
        const e = sameMeasure(doc, a.figure, b.figure, a.measure, L);
        if (e) out.push(e);
        continue;
      }
      if (new Set([a.measure, b.measure]).size !== 2 || a.measure === 'price' || b.measure === 'price') continue;
      if (b.figure.start - a.figure.end > 120 || matchKey(doc.text.slice(a.figure.end, b.figure.start)).length > 40) continue;
      const volume = a.measure === 'volume' ? a.figure : b.figure;
      const value = a.measure === 'value' ? a.figure : b.figure;
      // The price change right after the pair in its sentence, or opening the next sentence.
      let price: Figure | null = null;
      const next = list[k + 2];
      if (next && next.measure === 'price') price = next.figure;
      else if (!next && i + 1 < sentences.length) {
        const s = sentences[i + 1];
        const gap = doc.text.slice(sentences[i].end, s.start);
        const first = tags(i + 1)[0];
        // (Across a paragraph break only for a price of the pair's own period: `Tính chung 8 tháng
        // … giảm 16,6% về trị giá.` then `Giá xuất khẩu bình quân trong 8 tháng đầu năm …`.)
        const samePeriod = !!first && !!value.period && first.figure.period === value.period;
        if (first && first.measure === 'price' && (!/\n\s*\n/.test(gap) || samePeriod) && PRICE_OPENING.test(matchKey(doc.text.slice(s.start, Math.min(s.end, s.start + 40))))) price = first.figure;
      }
      if (!price) continue;
      // One base for all three: no two different bases written (`up 0.9 per cent compared to
      // December` is no year-on-year change), and a base the price names must be the pair's.
      const bases = [volume, value, price].map((f) => f.change?.base).filter((x): x is string => !!x);
      if (new Set(bases).size > 1) continue;
      if (price.change?.base && !volume.change?.base && !value.change?.base) continue;
      const comparedAfter = COMPARED.exec(matchKey(doc.text.slice(price.end, price.end + 50)));
      if (comparedAfter && !SAME_PERIOD.test(comparedAfter[1]) && !(price.change?.base && bases.length > 1)) continue;
      const v = factor(volume);
      const w = factor(value);
      const p = factor(price);
      if (!v || !w || !p) continue;
      const implied: Interval = [w[0] / v[1], w[1] / v[0]];
      if (implied[1] < p[0] - SLACK || p[1] < implied[0] - SLACK) {
        const mid = ((implied[0] + implied[1]) / 2 - 1) * 100;
        const written = (f: Figure) => {
          const word = f.change?.direction === 'down' ? { en: 'down', vi: 'giảm' } : { en: 'up', vi: 'tăng' };
          return `${t(L, word)} ${f.text}`;
        };
        out.push({
          uri: doc.uri,
          finding: {
            code: 'figure.value-change',
            severity: 'warning',
            start: price.start,
            end: price.end,
            message: t(L, {
              en: `The price ${written(price)} does not follow from the volume ${written(volume)} and the value ${written(value)}: together they give a price change of ${formatChange(mid, L)}`,
              vi: `Giá ${written(price)} không khớp với lượng ${written(volume)} và trị giá ${written(value)}: hai mức này cho giá thay đổi ${formatChange(mid, L)}`,
            }),
            detail: t(L, {
              en: `An average price is value divided by volume, so its change is (1 + value change) ÷ (1 + volume change) − 1. Read as generously as their digits allow, \`${value.text}\` and \`${volume.text}\` give ${formatChange((implied[0] - 1) * 100, L)} to ${formatChange((implied[1] - 1) * 100, L)}, not \`${price.text}\`: one of the three is probably wrong, or they are not measured against the same period.`,
              vi: `Giá bình quân bằng trị giá chia lượng, nên mức thay đổi của giá là (1 + mức thay đổi trị giá) ÷ (1 + mức thay đổi lượng) − 1. Đọc rộng nhất theo các chữ số đã viết, \`${value.text}\` và \`${volume.text}\` cho ${formatChange((implied[0] - 1) * 100, L)} đến ${formatChange((implied[1] - 1) * 100, L)}, không phải \`${price.text}\`: có thể một trong ba con số sai, hoặc chúng không so với cùng một kỳ.`,
            }),
            related: [
              { uri: doc.uri, start: volume.start, end: volume.end, message: t(L, { en: 'the volume change', vi: 'mức thay đổi về lượng' }) },
              { uri: doc.uri, start: value.start, end: value.end, message: t(L, { en: 'the value change', vi: 'mức thay đổi về trị giá' }) },
            ],
            data: { computed: mid, stated: price.value },
          },
        });
      }
      k++;
    }
  }
  return out;
}

/**
 * `tăng 19% về lượng và tăng 102,6% về lượng so với 8 tháng đầu năm 2020`: two changes of one
 * measure, side by side, against one base, cannot both be — one was meant for the other measure (a
 * template's slip). Only two changes joined by `và`/`nhưng`/`and`, each naming its measure, neither
 * with a base of its own before the second, of different values.
 */
function sameMeasure(doc: DocumentAnalysis, a: Figure, b: Figure, measure: Measure, L: MessageLocale): Emitted | null {
  if (!JOINED.test(matchKey(doc.text.slice(a.end, b.start)))) return null;
  if (a.change?.base && b.change?.base && a.change.base !== b.change.base) return null;
  const fa = factor(a);
  const fb = factor(b);
  if (!fa || !fb || !(fa[1] < fb[0] || fb[1] < fa[0])) return null;
  const written = (f: Figure) => `${t(L, f.change?.direction === 'down' ? { en: 'down', vi: 'giảm' } : { en: 'up', vi: 'tăng' })} ${f.text}`;
  const name = measure === 'volume' ? { en: 'volume', vi: 'lượng' } : { en: 'value', vi: 'trị giá' };
  const other = measure === 'volume' ? { en: 'value', vi: 'trị giá' } : { en: 'volume', vi: 'lượng' };
  return {
    uri: doc.uri,
    finding: {
      code: 'figure.value-change',
      severity: 'warning',
      start: b.start,
      end: b.end,
      message: t(L, {
        en: `Two changes of ${name.en} side by side: ${written(a)} and ${written(b)} against the same base; one is probably of ${other.en}`,
        vi: `Hai mức thay đổi về ${name.vi} liền nhau: ${written(a)} và ${written(b)} so với cùng một kỳ; có thể một mức là về ${other.vi}`,
      }),
      detail: t(L, {
        en: `The sentence gives \`${a.text}\` and \`${b.text}\`, both of ${name.en}, joined as one group against one base. One quantity cannot change by both: the usual template is a change of volume and a change of value, so one of the two measure words is probably a slip.`,
        vi: `Câu nêu \`${a.text}\` và \`${b.text}\`, cùng về ${name.vi}, nối thành một cụm so với một kỳ gốc. Một đại lượng không thể thay đổi theo cả hai mức: mẫu câu thường gặp là một mức về lượng và một mức về trị giá, nên có thể một trong hai chữ chỉ đại lượng bị viết nhầm.`,
      }),
      related: [{ uri: doc.uri, start: a.start, end: a.end, message: t(L, { en: `the other change of ${name.en}`, vi: `mức thay đổi kia về ${name.vi}` }) }],
      data: { kind: 'same-measure', measure, values: [a.value, b.value] },
    },
  };
}
