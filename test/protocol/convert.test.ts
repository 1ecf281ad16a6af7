import * as assert from 'assert';
import { Positions } from '../../server/src/lsp/convert';
import { articleContentProblems, matchesArticlePath } from '../../server/src/lsp/articles';

describe('positions: core offsets ↔ LSP positions (convert.ts)', () => {
  it('counts UTF-16 code units and every kind of line break', () => {
    const text = 'Tiêu đề\r\nDòng hai 😀 tiếp\rba\nbốn';
    const p = new Positions(text);
    const at = text.indexOf('tiếp');
    assert.deepStrictEqual(p.position(at), { line: 1, character: 'Dòng hai 😀 '.length });
    assert.deepStrictEqual(p.position(text.indexOf('ba')), { line: 2, character: 0 });
    assert.deepStrictEqual(p.position(text.indexOf('bốn')), { line: 3, character: 0 });
    assert.strictEqual(p.offset({ line: 1, character: 'Dòng hai 😀 '.length }), at);
  });

  it('shifts by one when the client text starts with a BOM the core does not see', () => {
    const core = 'Hà Nội\nNgày 12/3';
    const p = new Positions('\uFEFF' + core);
    assert.deepStrictEqual(p.position(core.indexOf('Nội')), { line: 0, character: 4 });
    assert.deepStrictEqual(p.position(core.indexOf('12/3')), { line: 1, character: 5 });
    assert.strictEqual(p.offset({ line: 0, character: 4 }), core.indexOf('Nội'));
    assert.strictEqual(p.offset({ line: 0, character: 0 }), 0);
  });

  it('clamps positions past the end of a line to the line', () => {
    const p = new Positions('ab\ncd');
    assert.strictEqual(p.offset({ line: 0, character: 99 }), 2);
    assert.strictEqual(p.offset({ line: 9, character: 0 }), 3);
  });
});

describe('which files are articles (articles.ts)', () => {
  it('matches include globs and honours excludes', () => {
    assert.ok(matchesArticlePath('news/2024/a.txt', ['**/*.txt'], []));
    assert.ok(matchesArticlePath('a.txt', ['**/*.txt'], []));
    assert.ok(!matchesArticlePath('node_modules/x/a.txt', ['**/*.txt'], ['**/node_modules/**']));
    assert.ok(matchesArticlePath('bai/a.md', ['bai/*.{txt,md}'], []));
    assert.ok(!matchesArticlePath('khac/a.md', ['bai/*.{txt,md}'], []));
  });

  it('tells prose from logs and tables', () => {
    const article = 'Việt Nam và Ghana ký kết hợp tác\n\nNgày 12/3, hai bên đã ký kết bản ghi nhớ về hợp tác nông nghiệp và giáo dục trong giai đoạn tới.';
    assert.deepStrictEqual(articleContentProblems(article), []);
    assert.ok(articleContentProblems('2024-03-12 10:00:01 INFO a\n2024-03-12 10:00:02 WARN b\n2024-03-12 10:00:03 INFO c').includes('looks like a log'));
    assert.ok(articleContentProblems('a,b,c\n1,2,3\n4,5,6\n7,8,9').includes('looks like a table'));
    assert.deepStrictEqual(articleContentProblems('% communique: date=2024-01-01\nx'), []);
  });
});
