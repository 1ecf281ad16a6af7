/**
 * The server's memory guard (issue #15): above `communique.memoryLimit` it sheds work rather than
 * running out of memory — articles that are not open are not indexed, open ones are still
 * answered — and says so once. A limit of 1 MB is crossed at the first look.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Hover } from 'vscode-languageserver-protocol';
import { buildServer } from './build';
import { TestClient } from './lspClient';
import { SAMPLES } from '../support/paths';

describe('communique-ls over stdio: the memory guard', function () {
  this.timeout(30000);
  let client: TestClient;
  let root: string;
  before(async () => {
    await buildServer();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-memory-'));
    for (const f of ['vi-chu-tich-nuoc-tham-lima.txt', 'vi-thuong-mai-viet-nam-peru.txt', 'en-president-visits-lima.txt']) fs.copyFileSync(path.join(SAMPLES, f), path.join(root, f));
    client = await TestClient.start({ root, settings: { memoryLimit: 1 } });
    await client.waitForIndexed();
  });
  after(async () => {
    if (client) await client.shutdown();
  });

  const memoryMessages = () => client.shown.filter((m) => /memoryLimit/.test(m.message));

  it('says once that it sheds work, with the limit and the setting', async () => {
    await client.waitFor('the memory message', () => (memoryMessages().length ? true : undefined));
    const [m, ...more] = memoryMessages();
    assert.strictEqual(more.length, 0, 'said once');
    assert.strictEqual(m.type, 2, 'a warning');
    assert.match(m.message, /more than its limit of 1 MB \(setting communique\.memoryLimit\)/);
    assert.match(m.message, /no longer indexes articles that are not open/);
  });

  it('indexes no article that is not open', async () => {
    assert.deepStrictEqual(await client.request<string[]>('communique/indexedArticles', null), []);
    await client.writeFile('new.txt', fs.readFileSync(path.join(SAMPLES, 'vi-quan-he-ngoai-giao.txt'), 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepStrictEqual(await client.request<string[]>('communique/indexedArticles', null), []);
  });

  it('still analyses an open article and answers hover on it', async () => {
    const uri = await client.open('vi-chu-tich-nuoc-tham-lima.txt');
    const hover = await client.waitForAsync(async () => {
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: client.position('vi-chu-tich-nuoc-tham-lima.txt', 'Peru', 1) });
      return h ?? undefined;
    });
    assert.match(JSON.stringify(hover.contents), /Peru/);
    assert.deepStrictEqual(await client.request<string[]>('communique/indexedArticles', null), [uri]);
    // Still said only once, after more looks at memory.
    await new Promise((resolve) => setTimeout(resolve, 2200));
    assert.strictEqual(memoryMessages().length, 1);
  });

  it('drops an article from the index when it is closed', async () => {
    await client.close('vi-chu-tich-nuoc-tham-lima.txt');
    await client.waitForAsync(async () => ((await client.request<string[]>('communique/indexedArticles', null)).length === 0 ? true : undefined));
  });
});
