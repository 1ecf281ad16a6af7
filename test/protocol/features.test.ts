import * as assert from 'assert';
import type { CodeLens, DocumentSymbol, Hover, InlayHint, MarkupContent, SemanticTokens } from 'vscode-languageserver-protocol';
import { buildServer } from './build';
import { TestClient, copyFixture } from './lspClient';

const VISIT = 'vi/tham-nam-phi.txt';

function markdown(h: Hover | null): string {
  assert.ok(h, 'expected a hover');
  return (h.contents as MarkupContent).value;
}

/** Decodes relative semantic tokens into [line, character, length, type] tuples. */
function decode(tokens: SemanticTokens, legend: string[]): { line: number; character: number; length: number; type: string }[] {
  const out = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, length, type] = tokens.data.slice(i, i + 4);
    line += dl;
    character = dl ? dc : character + dc;
    out.push({ line, character, length, type: legend[type] });
  }
  return out;
}

describe('communique-ls over stdio: figures and dates', function () {
  this.timeout(20000);
  let client: TestClient;
  before(async () => {
    await buildServer();
    client = await TestClient.start({ root: copyFixture('corpus') });
    await client.waitForIndexed();
    await client.open(VISIT);
  });
  after(async () => {
    if (client) await client.shutdown();
  });

  it('hovers a figure: normalized value, its claim in words, the other articles in a line each; short, no table', async () => {
    const h = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: client.uri(VISIT) },
      position: client.position(VISIT, '1,2 tỷ USD', 2),
    });
    const md = markdown(h);
    assert.match(md, /1,200,000,000 USD/);
    // The claim in words, never as internal keys. `Hai bên` (both sides) in an article on the visit
    // of Ghana's foreign minister is Vietnam and Ghana (the title names the partner).
    assert.match(md, /Two-way trade · Vietnam–Ghana · 2023/);
    assert.match(md, /✗ Conflicts: 1\.5 billion USD — \[hop-tac-ghana\.txt:3\]/);
    assert.match(md, /✓ Agrees: about 1\.2 billion USD — \[ghana-visit-en\.txt:5\]/);
    assert.doesNotMatch(md, /trade\.two-way/);
    // A card to read at a glance: a few lines, no table, no kind of figure in internal words.
    assert.doesNotMatch(md, /\|---|\(money\)/);
    // (The finding's reasoning follows the card under a rule.)
    assert.ok(md.split('\n---')[0].split('\n').length <= 8, `a long card:\n${md}`);
    assert.deepStrictEqual(h.range!.start, client.position(VISIT, '1,2 tỷ USD'));
  });

  it('hovers a date: ISO value, weekday and the reference date used', async () => {
    const md = markdown(
      await client.request<Hover>('textDocument/hover', {
        textDocument: { uri: client.uri(VISIT) },
        position: client.position(VISIT, '12/3/2024', 1),
      }),
    );
    assert.match(md, /`2024-03-12`/);
    assert.match(md, /Tuesday/);
    assert.match(md, /Reference date/);
  });

  it('puts figures under their paragraph in the outline', async () => {
    const [title] = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri(VISIT) } });
    const trade = title.children!.find((c) => c.children?.some((x) => x.name === '1,2 tỷ USD'));
    assert.ok(trade, 'the trade paragraph holds the figure');
    assert.match(trade.name, /^Hai bên đánh giá/);
    const figure = trade.children!.find((x) => x.name === '1,2 tỷ USD')!;
    assert.match(figure.detail!, /1,200,000,000 USD/);
  });

  it('shows what the text leaves to work out as inlay hints, and none when the setting is off', async () => {
    // Opened in the editor only (never written to disk): a figure in words and a date without its year.
    const rel = 'vi/goi-y.txt';
    const text = 'Hai nước mở rộng hợp tác giáo dục\n\nNgày 14/11/2024, tại Hà Nội, hai bên cho biết năm nay số học bổng tăng gấp đôi so với năm trước. Trước đó, ngày 13/11, hai bộ đã ký biên bản ghi nhớ về đào tạo.\n';
    await client.open(rel, text);
    const range = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
    const hints = await client.waitForAsync(async () => {
      const h = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: client.uri(rel) }, range });
      return h.length ? h : undefined;
    });
    const at = (needle: string) => {
      const p = client.position(rel, needle, needle.length);
      return hints.find((h) => h.position.line === p.line && h.position.character === p.character);
    };
    assert.match(String(at('gấp đôi')?.label), /^ = 2 ?×$/);
    assert.strictEqual(at('ngày 13/11')?.label, ' = 13/11/2024', `the year from the reference date, in the article’s convention: ${JSON.stringify(hints)}`);
    assert.strictEqual(at('năm trước')?.label, ' = 2023');
    assert.ok(!at('Ngày 14/11/2024'), 'a complete date needs no hint');
    await client.changeSettings({ inlayHints: { enabled: false } });
    const off = await client.waitForAsync(async () => {
      const h = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: client.uri(rel) }, range });
      return h.length === 0 ? h : undefined;
    });
    assert.deepStrictEqual(off, []);
    await client.changeSettings({});
    await client.close(rel);
  });

  it('colours figures and dates with semantic tokens', async () => {
    const legend = client.initializeResult.capabilities.semanticTokensProvider!.legend.tokenTypes;
    const tokens = decode(await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: client.uri(VISIT) } }), legend);
    const figure = client.position(VISIT, '1,2 tỷ USD');
    assert.ok(tokens.some((t) => t.line === figure.line && t.character === figure.character && t.length === '1,2 tỷ USD'.length && t.type === 'number'));
    const date = client.position(VISIT, 'Ngày 12/3/2024');
    assert.ok(tokens.some((t) => t.line === date.line && t.character === date.character && t.type === 'event'));
  });

  it('summarises the article in a code lens on its first line', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: client.uri(VISIT) } });
    assert.strictEqual(lenses.length, 1);
    assert.strictEqual(lenses[0].range.start.line, 0);
    assert.match(lenses[0].command!.title, /2 figures/);
    assert.strictEqual(lenses[0].command!.command, 'communique.checkConsistency');
  });

  it('counts a BOM in the client text when placing results', async () => {
    const rel = 'vi/bom.txt';
    const text = client.text(rel);
    assert.strictEqual(text.charCodeAt(0), 0xfeff, 'the fixture starts with a BOM');
    await client.open(rel, text);
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri(rel) }, position: client.position(rel, '800 triệu USD', 1) });
    assert.match(markdown(h), /800,000,000 USD/);
    assert.deepStrictEqual(h.range, { start: client.position(rel, '800 triệu USD'), end: client.position(rel, '800 triệu USD', '800 triệu USD'.length) });
    const [title] = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri(rel) } });
    assert.deepStrictEqual(title.selectionRange.start, { line: 0, character: 1 }, 'the title starts after the BOM');
  });
});

describe('communique-ls over stdio: an older client in Vietnamese', function () {
  this.timeout(20000);
  let client: TestClient;
  before(async () => {
    await buildServer();
    client = await TestClient.start({
      root: copyFixture('corpus'),
      locale: 'vi-VN',
      hierarchical: false,
      noConfiguration: true,
      initializationOptions: { settings: { inlayHints: { enabled: false } } },
    });
    await client.waitForIndexed();
    await client.open(VISIT);
  });
  after(async () => {
    if (client) await client.shutdown();
  });

  it('writes hovers in the language of initialize.locale', async () => {
    const md = markdown(await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri(VISIT) }, position: client.position(VISIT, 'Phạm Minh Chính', 1) }));
    assert.match(md, /— người/);
    assert.match(md, /4 lần nhắc trong 3 bài/);
    const figure = markdown(await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri(VISIT) }, position: client.position(VISIT, '1,2 tỷ USD', 1) }));
    assert.match(figure, /≈1\.200\.000\.000 USD/, 'Vietnamese number marks');
  });

  it('gives a flat outline with containers to a client without hierarchical symbols', async () => {
    const symbols = await client.request<{ name: string; containerName?: string; location: { uri: string } }[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri(VISIT) } });
    const figure = symbols.find((s) => s.name === '1,2 tỷ USD');
    assert.ok(figure);
    assert.match(figure.containerName!, /^Hai bên đánh giá/);
    assert.strictEqual(symbols[0].name, 'Thủ tướng Việt Nam tiếp Bộ trưởng Ngoại giao Ghana');
    assert.strictEqual(symbols[0].containerName, undefined);
  });

  it('takes settings from initializationOptions when the client has no workspace/configuration', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
    assert.deepStrictEqual(await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: client.uri(VISIT) }, range }), []);
  });

  it('does not analyse an article over the size limit, and says so', async () => {
    await client.changeSettings({ maxFileSize: 100 });
    const d = await client.waitForDiagnostics(client.uri(VISIT), (x) => x.some((y) => y.code === 'analysis.problem'));
    assert.match(String(d.find((y) => y.code === 'analysis.problem')!.message), /^Không phân tích: /);
    // Closed files over the limit leave the index; the open one stays, unanalysed.
    const uris = await client.waitForAsync(async () => {
      const u = await client.request<string[]>('communique/indexedArticles', null);
      return u.length === 1 ? u : undefined;
    });
    assert.deepStrictEqual(uris, [client.uri(VISIT)]);
  });
});
