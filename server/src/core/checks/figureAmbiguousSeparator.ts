/**
 * `figure.ambiguous-separator`: the quantity engine had to guess whether a `.` or `,` is a decimal
 * mark or a thousands separator (`30,000km` in a Vietnamese article). The finding states every
 * reading so the reader can decide.
 */
import type { Check, Emitted } from './types';
import { perDocument } from './memo';
import { formatFigure } from '../messages/format';
import { t } from '../messages/describe';
import type { DocumentAnalysis, MessageLocale } from '../types';

export const figureAmbiguousSeparator: Check = {
  code: 'figure.ambiguous-separator',
  // A hint: a note on how one figure was read, never a disagreement (none of those it gave on the
  // real articles was something an analyst would flag).
  defaultSeverity: 'hint',
  description: {
    en: 'A number whose separator may be a decimal mark or a thousands separator; the reading used is a guess.',
    vi: 'Con số có dấu phân cách có thể là dấu thập phân hoặc dấu phân cách hàng nghìn; cách đọc đang dùng chỉ là phỏng đoán.',
  },
  examples: [
    {
      texts: ['Mạng cáp quang dài 30,000km.'],
      reported: true,
      note: { en: 'Thirty thousand (English convention) or thirty (Vietnamese convention).', vi: 'Ba mươi nghìn (kiểu Anh) hay ba mươi (kiểu Việt).' },
    },
    {
      texts: ['Mạng cáp quang dài 30.000 km.'],
      reported: false,
      note: { en: 'Unambiguous in Vietnamese.', vi: 'Không mơ hồ trong tiếng Việt.' },
    },
    {
      texts: ['The port handled 4.281 cars in May, up 2.5 percent.'],
      reported: false,
      note: { en: 'A count of cars is whole: 4,281.', vi: 'Số xe là số nguyên: 4.281.' },
    },
  ],
  run(ctx) {
    const out: Emitted[] = [];
    const L = ctx.locale;
    for (const doc of ctx.documents) {
      // A finding of this check depends on its document alone.
      for (const e of perDocument(ctx.memo, `figure.ambiguous-separator:${L}`, doc, () => forDocument(doc, L))) out.push(e);
    }
    return out;
  },
};

/** Why the quantity engine read a literal one way, in Vietnamese (its explanations are English). */
const WHY_VI: [RegExp, string][] = [
  [/^a count of things is whole$/, 'số đếm là số nguyên'],
  [/^a dong amount keeps the Vietnamese thousands dot$/, 'số tiền đồng giữ dấu chấm hàng nghìn'],
  [/^"(.)000" marks thousands$/, '"$1000" là hàng nghìn'],
  [/^a decimal would not end in 0$/, 'số thập phân không viết số 0 ở cuối'],
  [/^the article writes a decimal comma and a thousands dot$/, 'bài viết dùng dấu phẩy thập phân và dấu chấm hàng nghìn'],
  [/^the article writes a decimal point and a thousands comma$/, 'bài viết dùng dấu chấm thập phân và dấu phẩy hàng nghìn'],
];
function explainVi(explanation: string, shown: string): string {
  const other = /^(.+?) read as .+? with "(.)" as (decimal mark|thousands separator)$/.exec(explanation);
  if (other) return `${other[1]} đọc là ${shown} nếu "${other[2]}" là ${other[3] === 'decimal mark' ? 'dấu thập phân' : 'dấu phân cách hàng nghìn'}`;
  const chosen = /^(.+?) read as .+?: (.+)$/.exec(explanation);
  if (chosen) {
    const why = WHY_VI.find(([re]) => re.test(chosen[2]));
    return `${chosen[1]} đọc là ${shown}${why ? `: ${chosen[2].replace(why[0], why[1])}` : ''}`;
  }
  return 'một cách đọc khác';
}

function forDocument(doc: DocumentAnalysis, L: MessageLocale): Emitted[] {
  const out: Emitted[] = [];
  for (const f of doc.figures) {
    const readings = f.readings ?? [];
    if (readings.length < 2) continue;
    // A reading the article's own convention settles (`1.737 USD` in an article that writes
    // decimal commas and thousands dots) is no guess: no note.
    if (/the article writes a /.test(readings[0].explanation)) continue;
    // A count of things (`4.281 xe`, `6.000 chiếc`) is whole: nobody counts 4.28 cars or writes six
    // as 6.000.
    if (f.kind === 'count') continue;
    const shown = readings.map((r) => formatFigure({ value: r.value, unit: r.unit, kind: f.kind }, L));
    const message = t(L, {
      en: `\`${f.text}\` is read as ${shown[0]}; it could be ${shown.slice(1).join(' or ')}`,
      vi: `\`${f.text}\` được đọc là ${shown[0]}; cũng có thể là ${shown.slice(1).join(' hoặc ')}`,
    });
    const detail = t(L, {
      en: `The separator in \`${f.text}\` can be read more than one way:\n\n${readings.map((r, i) => `- ${shown[i]}: ${r.explanation}`).join('\n')}\n\nThe first reading is used in comparisons; write the number unambiguously to be sure.`,
      vi: `Dấu phân cách trong \`${f.text}\` có thể hiểu theo nhiều cách:\n\n${readings.map((r, i) => `- ${shown[i]}: ${explainVi(r.explanation, shown[i])}`).join('\n')}\n\nCách đọc đầu tiên được dùng khi so sánh; nên viết con số rõ ràng.`,
    });
    out.push({
      uri: doc.uri,
      finding: {
        code: 'figure.ambiguous-separator',
        severity: 'hint',
        start: f.start,
        end: f.end,
        message,
        detail,
        related: [],
        data: { readings: readings.map((r) => ({ value: r.value, unit: r.unit })) },
      },
    });
  }
  return out;
}
