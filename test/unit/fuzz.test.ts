/**
 * Property tests of the core over random text (issue #15): whatever a folder holds, analysis and
 * the checks neither throw nor report a problem, and every span they give lies inside the text and
 * holds exactly the text it claims. Texts are built from the genre's pieces (numbers with both
 * separators, scale words, units, currencies, qualifiers, dates, names, brackets, line endings,
 * marks) by a seeded generator; a failing seed is printed so it can be kept as a fixture.
 */
import * as assert from 'assert';
import { analyzeDocument, createWorkspace } from '../../server/src/core/index';
import { generator } from '../support/random';


const PIECES = [
  'xuất khẩu', 'nhập khẩu', 'kim ngạch', 'thương mại hai chiều', 'đạt', 'tăng', 'giảm', 'so với', 'cùng kỳ', 'năm',
  'tháng', 'quý I/2024', '9 tháng đầu năm 2023', 'năm ngoái', 'Trong đó,', 'Cụ thể,', 'chiếm', 'gần', 'hơn', 'khoảng',
  'trên', 'tỷ USD', 'triệu USD', 'nghìn tấn', 'USD/tấn', '%', 'lần', 'Việt Nam', 'Hoa Kỳ', 'Trung Quốc', 'Peru', 'EU',
  'Tổng thống', 'Thủ tướng Phạm Minh Chính', 'exports', 'imports', 'reached', 'up', 'down', 'billion', 'million',
  'percent', 'year-on-year', 'in 2023', 'the US', 'China', 'ranked second with', 'It was followed by', 'from', 'to',
  '(', ')', ',', '.', ';', ':', '—', '-', '/', '$', 'US$', '€', '¥', 'hoà', 'hòa', 'mục tiêu', 'dự kiến', 'ước đạt',
  '2024-11-26', '14/11/1994', 'ngày 7/3', 'HÀ NỘI —', 'TUYÊN BỐ CHUNG', 'Ảnh:', 'TTXVN', 'lũy kế', 'tính đến hết',
  // Trailers of related stories, which hold figures and dates outside the article's sentences.
  '\nRelated news\n', '\nTin liên quan\n', '(05-07-2023)', 'Hanoi (VNA) –', 'In the first six months of 2022,',
];
const NUMBERS = ['1', '12', '2,5', '2.5', '1.234', '1,234', '1.234,5', '1,234.5', '600', '486', '0,3', '100.000', '3,750', '2023', '1994', '-504', '57.148'];
const BREAKS = [' ', ' ', ' ', ' ', '\n', '\r\n', '\r', '\n\n', '\u00a0'];

function text(next: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const n = 5 + Math.floor(next() * 120);
  let s = next() < 0.1 ? '\uFEFF' : '';
  for (let i = 0; i < n; i++) {
    s += next() < 0.35 ? pick(NUMBERS) : pick(PIECES);
    s += next() < 0.05 ? '' : pick(BREAKS);
  }
  return next() < 0.2 ? s.normalize('NFD') : s;
}

function spansHold(t: string, spans: { start: number; end: number; text?: string }[], what: string, seed: number): void {
  const body = t.replace(/^\uFEFF/, '');
  for (const s of spans) {
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= body.length, `seed ${seed}: ${what} [${s.start}, ${s.end}) outside a text of ${body.length}`);
    if (s.text !== undefined) assert.strictEqual(body.slice(s.start, s.end), s.text, `seed ${seed}: ${what} text`);
  }
}

describe('random text neither breaks the core nor its spans', function () {
  // (Hundreds of analyses: a few seconds on a loaded machine; the cost bound is the bench's.)
  this.timeout(60000);
  it('analyzes 300 random texts', () => {
    let figures = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const t = text(generator(seed));
      const a = analyzeDocument({ uri: `fuzz-${seed}.txt`, text: t });
      figures += a.figures.length;
      assert.deepStrictEqual(a.problems, [], `seed ${seed}`);
      spansHold(t, a.figures, 'figure', seed);
      spansHold(t, a.entities, 'entity', seed);
    }
    // (The texts are the genre's: they hold figures to check, or the test proves nothing.)
    assert.ok(figures > 1000, `${figures} figures in 300 texts`);
  });

  it('checks 40 workspaces of random articles', () => {
    let findings = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const next = generator(1000 + seed);
      const ws = createWorkspace({ locale: seed % 2 ? 'vi' : 'en' });
      const texts = new Map<string, string>();
      for (let k = 0; k < 6; k++) {
        const t = text(next);
        texts.set(`w${seed}-${k}.txt`, t);
        ws.set({ uri: `w${seed}-${k}.txt`, text: t });
      }
      for (const d of ws.all()) {
        assert.deepStrictEqual(d.problems, [], `seed ${1000 + seed} ${d.uri}`);
        const t = texts.get(d.uri)!;
        spansHold(t, d.findings, 'finding', 1000 + seed);
        findings += d.findings.length;
        for (const f of d.findings) for (const r of f.related) if (texts.has(r.uri)) spansHold(texts.get(r.uri)!, [r], 'related location', 1000 + seed);
      }
    }
    assert.ok(findings > 0, 'random workspaces gave no finding to check');
  });
});
