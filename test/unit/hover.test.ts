/**
 * Hover cards that read at a glance, over the samples: a figure's claim in words with its
 * agreements and conflicts a line each, an entity's role in the user's language, a date with its
 * reference date — a few lines, no internal keys, no tables.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { MessageLocale } from '../../server/src/core/index';
import { hover } from '../../server/src/lsp/hover';
import { SAMPLES } from '../support/paths';
import { featureContext } from '../support/featureContext';

const articles = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => ({ uri: `file://${path.join(SAMPLES, f)}`, text: fs.readFileSync(path.join(SAMPLES, f), 'utf8') }));

function card(locale: MessageLocale, file: string, needle: string, after = ''): string {
  const ctx = featureContext(articles, locale, true);
  const a = articles.find((x) => x.uri.endsWith(`/${file}`))!;
  const at = a.text.indexOf(needle, a.text.indexOf(after));
  assert.ok(at >= 0, `${needle} not in ${file}`);
  const h = hover(ctx, { textDocument: { uri: a.uri }, position: ctx.index.positions(a.uri)!.position(at + 1) });
  assert.ok(h, `no hover on ${needle}`);
  return (h.contents as { value: string }).value;
}

const CASES: { name: string; locale: MessageLocale; file: string; needle: string; after?: string; want: RegExp[] }[] = [
  {
    name: 'a figure no other article can be set against says why, with its metric and period in words',
    locale: 'en',
    file: 'en-president-visits-lima.txt',
    needle: 'US$1.24 billion',
    want: [/Metric: /, /Not compared with other articles: the text does not say whose flow it is/],
  },
  {
    name: 'a conflicting figure names the other value and where it is, in one line',
    locale: 'vi',
    file: 'vi-thuong-mai-viet-nam-peru.txt',
    needle: '164,8 triệu USD',
    want: [/^\*\*“164,8 triệu USD”\*\* → 164\.800\.000 USD/, /Kim ngạch thương mại hai chiều · Việt Nam–Peru · quý I\/2023/, /✗ Mâu thuẫn: 146,8 triệu USD — \[vi-dai-su-chao-tu-biet-peru\.txt:12\]/, /\[Mở báo cáo nhất quán\]\(command:communique\.checkConsistency\?%5B%7B%22reveal%22%3A%22s-trade\.two-way_7CPE-VN_7CUSD%22%7D%5D\)/],
  },
  {
    name: 'an agreeing figure lists the articles that state the same',
    locale: 'en',
    file: 'vi-thuong-mai-viet-nam-peru.txt',
    needle: '486 triệu USD',
    want: [/Two-way trade · Vietnam–Peru · 2023/, /Compared with the other articles/, /✓ Agrees: 486 million USD — \[en-president-visits-lima\.txt:14\]/, /✓ Agrees: 486 million USD — \[vi-chu-tich-nuoc-tham-lima\.txt:14\]/],
  },
  {
    name: 'a person: the role held on the article’s date as a Vietnamese article writes it',
    locale: 'vi',
    file: 'vi-chu-tich-nuoc-tham-lima.txt',
    needle: 'Lương Cường',
    want: [/^\*\*Lương Cường\*\* — người/, /Chức vụ vào 14\/11\/2024: \*\*Chủ tịch nước\*\* \(từ 21\/10\/2024\)/, /\d+ lần nhắc trong \d bài: \[/],
  },
  {
    name: 'a date: its value, weekday and the reference date it was completed from',
    locale: 'en',
    file: 'vi-chu-tich-nuoc-tham-lima.txt',
    needle: 'ngày 13/11',
    want: [/^\*\*“ngày 13\/11”\*\* → 13 Nov 2024 `2024-11-13` · Wednesday/, /Completed from the reference date 14 Nov 2024/, /Reference date: 14 Nov 2024 `2024-11-14` — inferred from the text \(“Ngày 14\/11\/2024”\)/],
  },
];

describe('hover cards', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const md = card(c.locale, c.file, c.needle, c.after);
      for (const w of c.want) assert.match(md, w);
      // The card itself (before any finding's reasoning) is a few lines.
      assert.ok(md.split('\n\n---')[0].split('\n').length <= 8, `more than 8 lines:\n${md}`);
      // (The report link's argument names the series by its key; the reader sees only the link text.)
      assert.doesNotMatch(md.replace(/\(command:[^)]*\)/g, ''), /trade\.two-way|PE-VN|text-latest-date|\((money|count|percent)\)|\|---/, `internal words:\n${md}`);
    });
  }
});
