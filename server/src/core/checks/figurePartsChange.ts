/**
 * `figure.parts-change`: a total's change that its own parts cannot make. When an article gives a
 * total with its change and, right after it, the parts of that total with theirs (`nhập khẩu 9,09 tỷ
 * USD, giảm 37,1%; trong đó khu vực FDI 6,08 tỷ USD, tăng 53,5%, khu vực trong nước 3,02 tỷ USD, tăng
 * 12,8%`), the total's base is the sum of the parts' bases, so its change is Σv ÷ Σ(v ÷ (1 + c)) − 1:
 * a mean of the parts' changes, between the smallest and the largest.
 *
 * Precision first: the total and each part are a level followed closely by a percentage change with
 * a direction, in one paragraph (or the parts opening the next one), of one unit and one measure;
 * the parts come one after another right after the total, two at least, each below it, and their
 * values add up to the total within what their written digits allow (the strict reading) — that
 * they add up is what makes them its parts; no change of the group is against the month or the
 * quarter before, or against another base than the total's. Only a total's change outside what the
 * parts give under the generous reading (every digit rounded or cut) is reported.
 */
import type { Check, Emitted } from './types';
import { perDocument } from './memo';
import { isChange, lowerBound } from '../claims/index';
import { VALUE_AFTER, VOLUME_AFTER } from './figureValueChange';
import { plausible, signedPlausible, disjoint, type Interval } from '../claims/bounds';
import { figurePhrase, t } from '../messages/describe';
import { formatChange } from '../messages/format';
import { matchKey } from '../text/textModel';
import type { DocumentAnalysis, Figure, MessageLocale, Span } from '../types';

/** The most parts a total is read with (a breakdown lists a few groups or markets). */
const MAX_PARTS = 8;
/** A change against the period just before (`so với tháng trước`, `from the previous month`): not the total's basis. */
const PREVIOUS = /^[^.;]{0,12}(?:so với|compared (?:to|with)|from|over|than)\s+(?:(?:the\s+)?(?:previous|preceding|last)\s+(?:month|quarter)|tháng|quý|a month)/u;
/** What stands between a change and the level it reaches. */
const REACHING = /^\s*,?\s*(?:to|reaching|totaling|totalling|hitting|at|lên|lên mức|đạt|đạt mức|tới)\s*(?:us\$|\$)?\s*$/u;
const COUNT_AFTER = /^[^,;.]{0,40}?(?:về số (?:dự án|lượt|lượng|doanh nghiệp|hợp đồng)|in (?:the )?number of)/u;

/** What stands between one item of a list and the next: a separator and a name (`; Mỹ `, `, the US with `). */
const SIBLING_GAP = /^\s*[;,]\s*[^\d;,.]{0,30}$/u;

interface Pair {
  level: Figure;
  change: Figure;
  block: number;
}

export const figurePartsChange: Check = {
  code: 'figure.parts-change',
  defaultSeverity: 'warning',
  description: {
    en: "A total's change that the values and changes of its own parts, listed right after it, cannot make.",
    vi: 'Mức thay đổi của một tổng không khớp với giá trị và mức thay đổi của các phần nêu ngay sau nó.',
  },
  examples: [
    {
      texts: ['Nhập khẩu máy móc 4 tháng đạt 9,09 tỷ USD, giảm 37,1%; trong đó khu vực FDI 6,08 tỷ USD, tăng 53,5%, khu vực trong nước 3,02 tỷ USD, tăng 12,8%.'],
      reported: true,
      note: { en: 'Two parts that both rose cannot make a total that fell: they give +37.6%.', vi: 'Hai phần đều tăng không thể cho một tổng giảm: chúng cho +37,6%.' },
    },
    {
      texts: ['Xuất khẩu đạt 10 tỷ USD, tăng 20%; trong đó khu vực FDI 7 tỷ USD, tăng 25%, khu vực trong nước 3 tỷ USD, tăng 10%.'],
      reported: false,
      note: { en: 'The parts give +20.1%.', vi: 'Các phần cho +20,1%.' },
    },
  ],
  run(ctx) {
    const out: Emitted[] = [];
    const L = ctx.locale;
    for (const doc of ctx.documents) {
      for (const e of perDocument(ctx.memo, `figure.parts-change:${L}`, doc, () => forDocument(doc, L))) out.push(e);
    }
    return out;
  },
};

/** The index of the paragraph that holds `offset`. */
function blockIndex(doc: DocumentAnalysis, offset: number): number {
  return lowerBound(doc.structure.blocks, offset + 1) - 1;
}

/** The levels of the document, each with the change right after it. */
function pairsOf(doc: DocumentAnalysis): Pair[] {
  const figures = [...doc.figures].sort((a, b) => a.start - b.start);
  const out: Pair[] = [];
  for (let i = 0; i + 1 < figures.length; i++) {
    let level = figures[i];
    let change = figures[i + 1];
    // (Or the change first, reaching its level: `grew by 19.3%, totaling US$5.88 billion`, `tăng 12%,
    // lên 3,2 tỷ USD`.)
    if (isChange(level) && !isChange(change) && REACHING.test(matchKey(doc.text.slice(level.end, change.start)))) [level, change] = [change, level];
    if (isChange(level) || (level.kind !== 'money' && level.kind !== 'measure') || !level.unit || level.unit.includes('/') || Array.isArray(level.value) || !(level.value > 0)) continue;
    if (!isChange(change) || change.kind !== 'percent' || !change.change || (change.change.direction !== 'up' && change.change.direction !== 'down') || Array.isArray(change.value)) continue;
    if ((level.readings?.length ?? 0) > 1 || (change.readings?.length ?? 0) > 1) continue;
    // (Plain figures only: `hơn 3,4 tỷ`, `khoảng 439 triệu` add up to anything nearby.)
    if (level.bound !== 'exact' || change.bound !== 'exact') continue;
    const first = level.start < change.start ? level : change;
    const second = first === level ? change : level;
    const between = matchKey(doc.text.slice(first.end, second.start));
    if (between.length > 40 || /[.;]/.test(between)) continue;
    const after = matchKey(doc.text.slice(change.end, change.end + 60));
    if (PREVIOUS.test(after)) continue;
    // (A change that names the other measure is not the level's: `195 nghìn tấn, tăng 48% về trị giá`.)
    if ((level.kind === 'money' && VOLUME_AFTER.test(after)) || (level.kind === 'measure' && VALUE_AFTER.test(after))) continue;
    // (Nor one of a count beside it: `19,73 tỷ USD, tăng 1,8% so với cùng kỳ năm trước về số dự án`.)
    if (COUNT_AFTER.test(after)) continue;
    out.push({ level, change, block: blockIndex(doc, level.start) });
    i++;
  }
  return out;
}

const sum = (a: Interval, b: Interval): Interval => [a[0] + b[0], a[1] + b[1]];

function forDocument(doc: DocumentAnalysis, L: MessageLocale): Emitted[] {
  const out: Emitted[] = [];
  const pairs = pairsOf(doc);
  for (let t0 = 0; t0 < pairs.length; t0++) {
    const total = pairs[t0];
    // (Two-way trade and its flows are figure.trade-sum's, which reads whose statistics they are.)
    if (total.level.metric?.startsWith('trade')) continue;
    // (Nor an item of a list of siblings, `Ấn Độ 21 triệu USD, tăng 35%; Mỹ 18 triệu USD, tăng 90%;
    // Hàn Quốc 10 triệu USD, …`: the items after it may add up to it by chance.)
    const prev = pairs[t0 - 1];
    if (prev && prev.block === total.block && SIBLING_GAP.test(doc.text.slice(prev.change.end, total.level.start))) continue;
    const tv = total.level.value as number;
    const tStrict = plausible(total.level, 'strict');
    let acc: Interval = [0, 0];
    let parts: Pair[] = [];
    for (let k = t0 + 1; k < pairs.length && k - t0 <= MAX_PARTS; k++) {
      const p = pairs[k];
      // (In the total's paragraph, or opening the next one.)
      if (p.block !== total.block && p.block !== total.block + 1) break;
      if (p.level.unit !== total.level.unit || p.level.kind !== total.level.kind || (p.level.value as number) >= tv) break;
      parts = [...parts, p];
      acc = sum(acc, plausible(p.level, 'strict'));
      if (acc[0] > tStrict[1]) break;
      if (parts.length >= 2 && !disjoint(acc, tStrict)) {
        const e = check(doc, total, parts, L);
        if (e) out.push(e);
        break;
      }
    }
  }
  return out;
}

function check(doc: DocumentAnalysis, total: Pair, parts: Pair[], L: MessageLocale): Emitted | null {
  // Every change of the group against one base, when the text names bases.
  const bases = [total, ...parts].map((p) => p.change.change?.base).filter((b): b is string => !!b);
  if (new Set(bases).size > 1) return null;
  const factor = (c: Figure): Interval => {
    const [lo, hi] = signedPlausible(c, 'lenient');
    return [1 + lo / 100, 1 + hi / 100];
  };
  let base: Interval = [0, 0];
  let now: Interval = [0, 0];
  for (const p of parts) {
    const v = plausible(p.level, 'lenient');
    const f = factor(p.change);
    if (f[0] <= 0) return null;
    base = sum(base, [v[0] / f[1], v[1] / f[0]]);
    now = sum(now, v);
  }
  const tv = plausible(total.level, 'lenient');
  // (The total as stated, else the parts' sum where it is narrower: both bound this year's value.)
  const end: Interval = [Math.max(tv[0], now[0]), Math.min(tv[1], now[1])];
  if (end[0] > end[1] || base[0] <= 0) return null;
  const implied: Interval = [(end[0] / base[1] - 1) * 100, (end[1] / base[0] - 1) * 100];
  const stated = signedPlausible(total.change, 'lenient');
  if (!disjoint(implied, stated)) return null;
  // (A gap of a point at least: the genre rounds shares and changes loosely.)
  if (Math.min(Math.abs(implied[0] - stated[1]), Math.abs(stated[0] - implied[1])) < 1) return null;
  const mid = (() => {
    let b = 0;
    let n = 0;
    for (const p of parts) {
      const v = p.level.value as number;
      const s = (p.change.change?.direction === 'down' ? -1 : 1) * (p.change.value as number);
      b += v / (1 + s / 100);
      n += v;
    }
    return (n / b - 1) * 100;
  })();
  const stated0 = (total.change.change?.direction === 'down' ? -1 : 1) * (total.change.value as number);
  const list = parts.map((p) => `\`${p.level.text}\` (${formatChange((p.change.change?.direction === 'down' ? -1 : 1) * (p.change.value as number), L)})`).join(', ');
  const at = (s: Span, message: string) => ({ uri: doc.uri, start: s.start, end: s.end, message });
  return {
    uri: doc.uri,
    finding: {
      code: 'figure.parts-change',
      severity: 'warning',
      start: total.change.start,
      end: total.change.end,
      message: t(L, {
        en: `A total of ${figurePhrase(total.level, L)}, ${formatChange(stated0, L)}: the parts listed after it, with their changes, make ${formatChange(mid, L)}`,
        vi: `Tổng ${figurePhrase(total.level, L)}, ${formatChange(stated0, L)}: các phần nêu sau nó, cùng mức thay đổi của chúng, cho ${formatChange(mid, L)}`,
      }),
      detail: t(L, {
        en: `The parts ${list} add up to \`${total.level.text}\`, so last year's total is the sum of their own bases, and the total's change is a mean of theirs: ${formatChange(mid, L)}. Read as generously as their digits allow, that is not \`${total.change.text}\`: one of the figures is probably wrong, or the changes are not against the same period.`,
        vi: `Các phần ${list} cộng lại bằng \`${total.level.text}\`, nên tổng kỳ gốc bằng tổng các kỳ gốc của chúng, và mức thay đổi của tổng là trung bình của các mức thay đổi ấy: ${formatChange(mid, L)}. Kể cả đọc rộng nhất theo các chữ số đã viết, con số ấy không phải \`${total.change.text}\`: có thể một con số sai, hoặc các mức thay đổi không so với cùng một kỳ.`,
      }),
      related: parts.flatMap((p) => [at(p.level, t(L, { en: 'a part', vi: 'một phần' })), at(p.change, t(L, { en: "the part's change", vi: 'mức thay đổi của phần' }))]),
      data: { computed: mid, stated: stated0, parts: parts.length },
    },
  };
}
