/**
 * `figure.share`: a share that its part and its whole do not give. `tôm chiếm 38% kim ngạch xuất
 * khẩu thủy sản với giá trị 2,8 tỷ USD` after `xuất khẩu thủy sản đạt 7,5 tỷ USD` is 37%: fine;
 * with 5,5 tỷ it would be 51%, not 38%.
 *
 * Precision first: the share, its part and its whole are claims of one article (every field of
 * their frames stated), the part beside the share in one sentence, the whole named by the share's
 * own words (`kim ngạch xuất khẩu thủy sản`, `of the seafood export turnover`) and stated once for
 * the part's period, flow and unit, in the same paragraph before the share. A share that ends its
 * sentence (`… với 4,8 triệu lượt, chiếm gần 40%.`) is of the part's whole flow, every market's
 * (home's flow or arrivals for the same metric and period), stated anywhere before it in the
 * article; every statement of that whole must disagree. Only a disagreement under the generous
 * reading (rounding, truncation, qualifiers stretched) is reported.
 */
import type { Check, Emitted } from './types';
import { perDocument } from './memo';
import { isChange, type Claim } from '../claims/index';
import { disjoint, midValue, plausible, type Interval } from '../claims/bounds';
import { productsIn } from '../claims/frame';
import { matchKey } from '../text/textModel';
import subjectData from '../claims/subjects.json';
import { figurePhrase, t } from '../messages/describe';
import { formatNumber } from '../messages/format';
import type { DocumentAnalysis, Figure, MessageLocale } from '../types';

/** Words that make a percentage a share of a whole, and the whole's words after it. */
const SHARE_BEFORE = /(?:chiếm(?: tỷ trọng| tỉ trọng)?|accounting for|accounts for|accounted for|account for|making up|makes up|made up)\s+(?:khoảng\s+|gần\s+|hơn\s+|about\s+|nearly\s+|over\s+|more than\s+)?$/;
const WHOLE_AFTER = /^\s*(?:of\s+)?(?:the\s+)?(?:tổng\s+)?([^,;()]{3,60}?)(?=\s(?:với|with|và|and|của cả|trong|in)\s|[,;.()]|$)/;

export const figureShare: Check = {
  code: 'figure.share',
  defaultSeverity: 'warning',
  description: {
    en: 'A share (`chiếm 38%`) that its part and the whole the article states for the same period do not give.',
    vi: 'Tỷ trọng (`chiếm 38%`) không khớp với phần và tổng mà bài nêu cho cùng kỳ.',
  },
  examples: [
    {
      texts: ['Năm 2023, xuất khẩu thủy sản đạt 7,5 tỷ USD. Trong đó, xuất khẩu tôm chiếm 38% kim ngạch xuất khẩu thủy sản với 2,8 tỷ USD.'],
      reported: false,
      note: { en: '2.8 / 7.5 is 37%, which rounds to 38% when either is truncated.', vi: '2,8 / 7,5 là 37%, làm tròn thành 38% khi một số bị cắt.' },
    },
    {
      texts: ['Năm 2023, xuất khẩu thủy sản đạt 5,5 tỷ USD. Trong đó, xuất khẩu tôm chiếm 38% kim ngạch xuất khẩu thủy sản với 2,8 tỷ USD.'],
      reported: true,
      note: { en: '2.8 / 5.5 is 51%, not 38%.', vi: '2,8 / 5,5 là 51%, không phải 38%.' },
    },
  ],
  run(ctx) {
    const out: Emitted[] = [];
    const L = ctx.locale;
    for (const doc of ctx.documents) {
      const claims = ctx.claims.ofDocument(doc.uri);
      if (!claims.length) continue;
      for (const e of perDocument(ctx.memo, `figure.share:${L}`, doc, () => forDocument(doc, claims, L))) out.push(e);
    }
    return out;
  },
};

function forDocument(doc: DocumentAnalysis, claims: Claim[], L: MessageLocale): Emitted[] {
  const out: Emitted[] = [];
  const levels = claims.filter((c) => c.role === 'level' && c.periodStated && c.period && !c.cumulative && !Array.isArray(c.figure.value) && (c.figure.readings?.length ?? 0) < 2);
  for (const s of doc.figures) {
    if (s.kind !== 'percent' || isChange(s) || Array.isArray(s.value) || s.value <= 0 || s.value >= 100) continue;
    // (The cheap test first: most percentages are no share.)
    if (!SHARE_BEFORE.test(matchKey(doc.text.slice(Math.max(0, s.start - 40), s.start)))) continue;
    const sentence = levels.find((c) => c.sentence.start <= s.start && s.end <= c.sentence.end)?.sentence;
    if (!sentence) continue;
    const lead = matchKey(doc.text.slice(Math.max(sentence.start, s.start - 40), s.start));
    if (!SHARE_BEFORE.test(lead)) continue;
    const after = matchKey(doc.text.slice(s.end, Math.min(sentence.end, s.end + 80)));
    const whole = WHOLE_AFTER.exec(after);
    // (`Trung Quốc … với gần 4,8 triệu lượt trong 11 tháng, chiếm gần 40%.`: a share that ends its
    // sentence is of the part's whole flow, every market's, which the article states before.)
    const ofTheFlow = !whole && SHARE_ENDS.test(after);
    if (!whole && !ofTheFlow) continue;
    const wholeProducts = whole ? [...new Set(productsIn(whole[1]).map((p) => p.key))] : [];
    if (whole && wholeProducts.length !== 1) continue;
    // The part: the nearest level beside the share in its sentence, no other figure between.
    const part = nearestPart(doc, s, sentence, levels);
    if (!part) continue;
    const indicator = part.metric.split(/[:#~]/)[0];
    const wholeMetric = ofTheFlow ? part.metric : wholeProducts[0] === 'all' ? indicator : `${indicator}:${wholeProducts[0]}`;
    const wholeSubject = ofTheFlow ? homeOfPair(part.subject) : part.subject;
    if (!wholeSubject || (!ofTheFlow && wholeMetric === part.metric)) continue;
    const block = blockOf(doc, s.start);
    const candidates = levels.filter(
      (w) =>
        w !== part &&
        w.metric === wholeMetric &&
        w.period === part.period &&
        w.subject === wholeSubject &&
        (w.figure.unit === part.figure.unit || (ofTheFlow && sameCountedNoun(w.figure.unit, part.figure.unit))) &&
        w.figure.kind === part.figure.kind &&
        w.figure.start < s.start &&
        (ofTheFlow || !block || w.figure.start >= block.start),
    );
    if (!candidates.length) continue;
    // (The whole stated once, or — for a whole flow the article may give first rounded, `19,1
    // triệu` then `19,15 triệu` — as often as it likes, so long as every statement of it disagrees.)
    const values = new Set(candidates.map((w) => String(w.figure.value)));
    if (!ofTheFlow && values.size !== 1) continue;
    const pv = plausible(part.figure, 'lenient');
    const sv = plausible(s, 'lenient');
    const impliedBy = (w: Claim): Interval | null => {
      const wv = plausible(w.figure, 'lenient');
      if (wv[0] <= 0 || pv[1] > wv[1] * 1.5) return null;
      return [(pv[0] / wv[1]) * 100, (pv[1] / wv[0]) * 100];
    };
    if (!candidates.every((w) => { const iv = impliedBy(w); return !!iv && disjoint(iv, sv); })) continue;
    // (The statement nearest before the share is the one it reads from.)
    const w = candidates.reduce((a, b) => (b.figure.start > a.figure.start ? b : a));
    const implied = impliedBy(w)!;
    const computed = formatNumber(((midValue(part.figure.value) / midValue(w.figure.value)) * 100), L, 1);
    const message = t(L, {
      en: `${figurePhrase(part.figure, L)} of ${figurePhrase(w.figure, L)} is ${computed}%, not ${figurePhrase(s, L)}`,
      vi: `${figurePhrase(part.figure, L)} trên ${figurePhrase(w.figure, L)} là ${computed}%, không phải ${figurePhrase(s, L)}`,
    });
    const detail = t(L, {
      en: `The share \`${s.text}\` is of ${whole ? `\`${whole[1]}\`` : 'the whole flow (every market), as nothing after it names another whole'}, which this article gives as \`${w.figure.text}\` for the same period; its part here is \`${part.figure.text}\`. Even read generously (rounding, truncation, qualifiers stretched) the part is ${formatNumber(implied[0], L, 1)}–${formatNumber(implied[1], L, 1)}% of the whole. One of the three is probably wrong, or the share is of another whole.`,
      vi: `Tỷ trọng \`${s.text}\` là của ${whole ? `\`${whole[1]}\`` : 'toàn bộ dòng (mọi thị trường), vì sau nó không nêu tổng nào khác'}, mà bài này ghi là \`${w.figure.text}\` cho cùng kỳ; phần tương ứng là \`${part.figure.text}\`. Kể cả đọc rộng (làm tròn, cắt số, từ hạn định nới rộng), phần này chỉ chiếm ${formatNumber(implied[0], L, 1)}–${formatNumber(implied[1], L, 1)}% tổng. Có thể một trong ba con số sai, hoặc tỷ trọng là của một tổng khác.`,
    });
    out.push({
      uri: doc.uri,
      finding: {
        code: 'figure.share',
        severity: 'warning',
        start: s.start,
        end: s.end,
        message,
        detail,
        related: [
          { uri: doc.uri, start: part.figure.start, end: part.figure.end, message: t(L, { en: 'the part', vi: 'phần' }) },
          { uri: doc.uri, start: w.figure.start, end: w.figure.end, message: t(L, { en: 'the whole', vi: 'tổng' }) },
        ],
        data: { share: s.value, part: part.figure.value, whole: w.figure.value },
      },
    });
  }
  return out;
}

/** Counted nouns of which one is the other with more words (`lượt`, `lượt khách quốc tế`). */
function sameCountedNoun(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(`${short} `);
}

/** Nothing after a share but the end of its sentence or clause. */
const SHARE_ENDS = /^\s*(?:[.;]|$)/;

/** The home country of a flow with one partner (`VN>US`, `CN-VN`): the whole flow's subject. */
function homeOfPair(subject: string | null | undefined): string | null {
  const m = /^([A-Z]{2})(?:>|-)([A-Z]{2})$/.exec(subject ?? '');
  if (!m) return null;
  if (m[1] === HOME) return HOME;
  return m[2] === HOME && subject!.includes('-') ? HOME : null;
}
const HOME: string = subjectData.home;

function nearestPart(doc: DocumentAnalysis, s: Figure, sentence: { start: number; end: number }, levels: Claim[]): Claim | null {
  const inSentence = doc.figures.filter((g) => g !== s && g.start >= sentence.start && g.end <= sentence.end).sort((a, b) => a.start - b.start);
  const before = inSentence.filter((g) => g.end <= s.start).pop();
  const after = inSentence.find((g) => g.start >= s.end);
  const pick = [before, after]
    .filter((g): g is Figure => !!g && !isChange(g) && g.kind !== 'percent')
    .map((g) => ({ g, gap: g.end <= s.start ? s.start - g.end : g.start - s.end }))
    .filter((x) => x.gap <= 60)
    .sort((a, b) => a.gap - b.gap)[0];
  return pick ? levels.find((c) => c.figure.start === pick.g.start && c.figure.end === pick.g.end) ?? null : null;
}

function blockOf(doc: DocumentAnalysis, at: number): { start: number; end: number } | undefined {
  return doc.structure.blocks.find((b) => b.start <= at && at <= b.end);
}

