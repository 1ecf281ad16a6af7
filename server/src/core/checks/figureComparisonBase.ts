/**
 * `figure.comparison-base`: a change measured against a period of another length — the first
 * quarter of 2023 against the whole of 2022. A change compares like periods; the usual intent is
 * the same period a year earlier (`cùng kỳ`).
 */
import type { Check, Emitted } from './types';
import { perDocument } from './memo';
import { claimSentence, figuresWithin, isChange, isTarget } from '../claims/index';
import { BRINGING_YEAR } from '../claims/frame';
import { parsePeriod, type ParsedPeriod } from '../claims/period';
import { matchKey } from '../text/textModel';
import { changePhrase, periodPhrase, t } from '../messages/describe';
import { formatPeriod } from '../messages/format';
import type { DocumentAnalysis, Figure, IsoPeriod, MessageLocale } from '../types';

/** Words that make a base the same period of an earlier year, whatever the engine resolved. */
const SAME_PERIOD = /cùng kỳ|cùng thời kỳ|same period|year[- ]on[- ]year|\by\/y\b|\byoy\b|a year earlier|a year ago/;

/** A running total to a date (`tính đến`, `by the end of`), or one a month brings the year to (`BRINGING_YEAR`). */
const RUNNING = /tính đến|đến hết|lũy kế|luỹ kế|by the end of|as of|so far|to date/;

/**
 * A base that is a point in time, the end or the start of a period (`so với cuối năm 2021`,
 * `compared to the end of 2022`): a level at one date against a level at another (an index, a
 * balance), which has no period length to match.
 */
const POINT_BASE = /(?:cuối|đầu|end of|end-|start of|beginning of|close of)\s*(?:(?:năm|tháng|quý|the year|the month)\s*)?$/;

/** The same months, `years` earlier: Q1 2023 → Q1 2022. */
function shift(p: ParsedPeriod, base: ParsedPeriod): IsoPeriod {
  const pad = (n: number) => String(n).padStart(2, '0');
  const y = base.to.y;
  if (p.kind === 'year') return `${y}`;
  if (p.months === 1) return `${y}-${pad(p.from.m)}`;
  return `${y}-${pad(p.from.m)}/${y}-${pad(p.to.m)}`;
}

export const figureComparisonBase: Check = {
  code: 'figure.comparison-base',
  // A note, not a warning: it is about wording, not two figures that disagree, and the writer's
  // intent (the same period a year earlier) is usually plain. On real articles its warnings were
  // wrong more often than not (a period misread made most of them).
  defaultSeverity: 'information',
  description: {
    en: 'A change is measured against a period of another length (a quarter against a whole year).',
    vi: 'Mức tăng/giảm được so với một kỳ có độ dài khác (một quý so với cả năm).',
  },
  examples: [
    {
      texts: ['Quý I/2024, xuất khẩu đạt 50 triệu USD, tăng 4% so với năm 2023.'],
      reported: true,
      note: { en: 'A quarter compared with a year.', vi: 'So một quý với cả năm.' },
    },
    {
      texts: ['Quý I/2024, xuất khẩu đạt 50 triệu USD, tăng 4% so với cùng kỳ năm 2023.'],
      reported: false,
      note: { en: 'The same quarter a year earlier.', vi: 'So với cùng kỳ năm trước.' },
    },
  ],
  run(ctx) {
    const out: Emitted[] = [];
    const L = ctx.locale;
    for (const doc of ctx.documents) {
      // A finding of this check depends on its document alone.
      for (const e of perDocument(ctx.memo, `figure.comparison-base:${L}`, doc, () => forDocument(doc, L))) out.push(e);
    }
    return out;
  },
};

function forDocument(doc: DocumentAnalysis, L: MessageLocale): Emitted[] {
  const out: Emitted[] = [];
  for (const f of doc.figures) {
    if (!isChange(f) || !f.change?.base) continue;
    const sentence = claimSentence(doc, f);
    if (SAME_PERIOD.test(matchKey(doc.text.slice(sentence.start, sentence.end)))) continue;
    // The change's own period, else the period of the level it qualifies (`đạt X, tăng Y%`).
    let own: Figure | undefined = f.period ? f : undefined;
    if (!own) {
      own = figuresWithin(doc, { start: sentence.start, end: f.start })
        .filter((g) => !isChange(g) && g.period)
        .pop();
    }
    // Precision first: the change's period must be stated in its own clause or in the clause of
    // the level it qualifies, never carried from another sentence or resolved from the article's date.
    const ownPeriodText = own?.periodSpan ? doc.text.slice(own.periodSpan.start, own.periodSpan.end) : own?.periodSource ?? '';
    if (!own || /previous sentence|reference|tham chiếu/.test(own.periodSource ?? '') || !/\d{4}/.test(ownPeriodText)) continue;
    // A plan or a forecast, or a running total to a date (`by the end of December`), is no
    // period's change.
    const lead = matchKey(doc.text.slice(sentence.start, f.start));
    if (isTarget(doc, f, sentence) || RUNNING.test(lead) || BRINGING_YEAR.test(lead)) continue;
    const period = own?.period ?? null;
    const p = parsePeriod(period);
    const b = parsePeriod(f.change.base);
    if (!p || !b || p.days || b.days) continue;
    if (p.months === b.months) continue;
    const like = shift(p, b);
    // `so với năm 2022` names a whole year; `so với năm trước` often means the same period a
    // year earlier in agency copy, so a relative base is a note, not a warning.
    const baseText = f.change.baseSpan ? doc.text.slice(f.change.baseSpan.start, f.change.baseSpan.end) : '';
    // A base named relatively (`so với năm trước`) usually means the same period a year earlier.
    if (!/\d{4}/.test(baseText)) continue;
    // (Nor a change whose own period is itself a base misread, `up 4.4 per cent compared to November
    // 2023 and up 18.94 per cent compared to the end of 2022`.)
    if (own.periodSpan && /(?:so với|compared (?:to|with)|against)\s+(?:the\s+)?(?:(?:cuối|đầu|end of|start of)\s+)?(?:năm\s+)?$/.test(matchKey(doc.text.slice(Math.max(0, own.periodSpan.start - 30), own.periodSpan.start)))) continue;
    // (Nor a period stated after the base: it opens what follows, `… so với 9 tháng năm 2018,
    // riêng tháng 9/2019 …`, `rose 3.5-fold from 2015, when the plan for 2015-2020 began`.)
    if (own === f && own.periodSpan && f.change.baseSpan && own.periodSpan.start >= f.change.baseSpan.end) continue;
    if (f.change.baseSpan && POINT_BASE.test(matchKey(doc.text.slice(Math.max(0, f.change.baseSpan.start - 24), f.change.baseSpan.start)) + matchKey(baseText).replace(/\d{4}.*$/, ''))) continue;
    const severity = 'information' as const;
    const message = t(L, {
      en: `${changePhrase(f, L)} compares ${formatPeriod(period!, L)} with ${formatPeriod(f.change.base, L)}, a period of another length`,
      vi: `Mức ${changePhrase(f, L)} so sánh ${periodPhrase(period!, L)} với ${periodPhrase(f.change.base, L)}, hai kỳ dài khác nhau`,
    });
    const detailBody = t(L, {
      en: `The change \`${f.text}\` is for **${formatPeriod(period!, L)}** (${p.months} months) but is measured against **${formatPeriod(f.change.base, L)}** (${b.months} months). A change compares like periods: the writer probably meant the same period a year earlier (${formatPeriod(like, L)}, \`cùng kỳ\`).`,
      vi: `Mức thay đổi \`${f.text}\` thuộc **${periodPhrase(period!, L)}** (${p.months} tháng) nhưng được so với **${periodPhrase(f.change.base, L)}** (${b.months} tháng). Phép so sánh phải cùng loại kỳ: nhiều khả năng người viết muốn so với cùng kỳ năm trước (${periodPhrase(like, L)}).`,
    });
    const detail = detailBody;
    const related = [];
    if (f.change.baseSpan) {
      related.push({ uri: doc.uri, ...f.change.baseSpan, message: t(L, { en: 'the base period', vi: 'kỳ gốc so sánh' }) });
    }
    if (own && own !== f && own.periodSpan) {
      related.push({ uri: doc.uri, ...own.periodSpan, message: t(L, { en: 'the period of the figure', vi: 'kỳ của số liệu' }) });
    }
    out.push({
      uri: doc.uri,
      finding: {
        code: 'figure.comparison-base',
        severity,
        start: f.start,
        end: f.end,
        message,
        detail,
        related,
        data: { period, base: f.change.base, likePeriod: like },
      },
    });
  }
  return out;
}
