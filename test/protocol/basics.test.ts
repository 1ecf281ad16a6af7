import * as assert from 'assert';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { buildServer } from './build';
import { TestClient, copyFixture, uriOf } from './lspClient';

describe('communique-ls over stdio: the basics', function () {
  this.timeout(20000);
  let client: TestClient;
  before(async () => {
    await buildServer();
    client = await TestClient.start({ root: copyFixture('corpus') });
    await client.waitForIndexed();
  });
  after(async () => {
    if (client) assert.strictEqual(await client.shutdown(), 0);
  });

  it('answers initialize with the features it serves', () => {
    const caps = client.initializeResult.capabilities;
    assert.ok(caps.hoverProvider);
    assert.ok(caps.documentSymbolProvider);
    assert.strictEqual(client.initializeResult.serverInfo?.name, 'communique-ls');
  });

  it('indexes the articles of the workspace on start-up and leaves logs and tables out', async () => {
    const uris = await client.request<string[]>('communique/indexedArticles', null);
    const names = uris.map((u) => u.slice(u.lastIndexOf('/') + 1)).sort();
    assert.deepStrictEqual(names, ['bom.txt', 'ghana-visit-en.txt', 'hop-tac-ghana.txt', 'tham-nam-phi.txt']);
  });

  it('publishes diagnostics for every article, open or not', async () => {
    for (const rel of ['vi/tham-nam-phi.txt', 'vi/hop-tac-ghana.txt', 'ghana-visit-en.txt']) {
      const d = await client.waitForDiagnostics(client.uri(rel));
      assert.ok(Array.isArray(d));
    }
    assert.strictEqual(client.diagnostics.has(client.uri('notes/server.log.txt')), false);
  });

  it('outlines an opened article: the title with its paragraphs, furniture left out', async () => {
    await client.open('vi/tham-nam-phi.txt');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri('vi/tham-nam-phi.txt') } });
    assert.strictEqual(symbols.length, 1);
    assert.strictEqual(symbols[0].name, 'Thủ tướng Việt Nam tiếp Bộ trưởng Ngoại giao Ghana');
    const children = symbols[0].children!.filter((c) => c.detail === 'lead' || c.detail === 'paragraph');
    assert.strictEqual(children.length, 3);
    assert.ok(!symbols[0].children!.some((c) => c.name.includes('TTXVN')), 'source and credit lines are not in the outline');
  });

  it('hovers nothing on a plain word', async () => {
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: client.uri('vi/tham-nam-phi.txt') },
      position: client.position('vi/tham-nam-phi.txt', 'đánh giá', 2),
    });
    assert.strictEqual(h, null);
  });

  it('indexes a workspace folder added later, and forgets it when removed', async () => {
    const other = copyFixture('names');
    const folder = { uri: uriOf(other), name: 'names' };
    const extra = uriOf(`${other}/hop-tac.txt`);
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
    await client.waitForAsync(async () => ((await client.request<string[]>('communique/indexedArticles', null)).includes(extra) ? true : undefined));
    await client.waitForDiagnostics(extra);
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
    const after = await client.waitForAsync(async () => {
      const uris = await client.request<string[]>('communique/indexedArticles', null);
      return uris.includes(extra) ? undefined : uris;
    });
    assert.strictEqual(after.length, 4);
  });

  it('takes a plain-text document for an article by its path and content (Neovim, Emacs)', async () => {
    const rel = 'notes/ghi-chu.txt';
    const text = 'Ghi chú về chuyến thăm Ghana\n\nĐoàn công tác đã làm việc với Bộ Công Thương về kế hoạch xúc tiến thương mại trong năm 2024.\n';
    await client.open(rel, text, 'text');
    await client.waitForDiagnostics(client.uri(rel));
    await client.open('notes/server.log.txt', client.text('notes/server.log.txt'), 'text');
    const uris = await client.request<string[]>('communique/indexedArticles', null);
    assert.ok(uris.includes(client.uri(rel)));
    assert.ok(!uris.includes(client.uri('notes/server.log.txt')));
    await client.close(rel);
    await client.close('notes/server.log.txt');
    // Closed, with nothing on disk: it leaves the index.
    const after = await client.waitForAsync(async () => {
      const u = await client.request<string[]>('communique/indexedArticles', null);
      return u.includes(client.uri(rel)) ? undefined : u;
    });
    assert.strictEqual(after.length, 4);
  });
});
