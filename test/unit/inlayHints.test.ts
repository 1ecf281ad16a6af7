/**
 * Inlay hints where they add something, in the article's convention, never cut: over the samples,
 * the hints of each line fit VS Code's 43 characters per line; figures in digits get none; words
 * and incomplete dates get their value.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { inlayHints } from '../../server/src/lsp/inlayHints';
import { SAMPLES } from '../support/paths';
import { featureContext } from '../support/featureContext';

const articles = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => ({ uri: `file://${path.join(SAMPLES, f)}`, text: fs.readFileSync(path.join(SAMPLES, f), 'utf8') }));
const ALL = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

describe('inlay hints', () => {
  const ctx = featureContext(articles, 'en');
  const hintsOf = (file: string) => {
    const a = articles.find((x) => x.uri.endsWith(`/${file}`))!;
    const p = ctx.index.positions(a.uri)!;
    return inlayHints(ctx, { textDocument: { uri: a.uri }, range: ALL }).map((h) => ({ ...h, before: a.text.slice(0, p.offset(h.position)) }));
  };
  for (const a of articles) {
    const file = path.basename(a.uri);
    it(`${file}: the hints of each line fit in 43 characters`, () => {
      const perLine = new Map<number, number>();
      for (const h of inlayHints(ctx, { textDocument: { uri: a.uri }, range: ALL })) perLine.set(h.position.line, (perLine.get(h.position.line) ?? 0) + String(h.label).length);
      for (const [line, n] of perLine) assert.ok(n <= 43, `line ${line + 1}: ${n} characters of hints`);
    });
  }
  const CASES: [string, string, string][] = [
    ['vi-chu-tich-nuoc-tham-lima.txt', 'ngày 13/11', ' = 13/11/2024'],
    ['vi-chu-tich-nuoc-tham-lima.txt', 'hai dự án', ' = 2 dự án'],
    ['vi-dai-su-chao-tu-biet-peru.txt', '30,000km', ' = 30.000 km'],
  ];
  for (const [file, after, label] of CASES) {
    it(`${file}: “${after}”${label}`, () => {
      const h = hintsOf(file).find((x) => x.before.endsWith(after));
      assert.ok(h, `no hint after “${after}”: ${JSON.stringify(hintsOf(file).map((x) => [x.before.slice(-15), x.label]))}`);
      assert.strictEqual(h.label, label);
    });
  }
  it('no hint after a figure written in digits', () => {
    assert.ok(!hintsOf('vi-chu-tich-nuoc-tham-lima.txt').some((h) => h.before.endsWith('600 triệu USD')));
  });
});
