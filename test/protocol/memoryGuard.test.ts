/**
 * The server's memory guard (issue #15): above `communique.memoryLimit` it sheds work rather than
 * running out of memory — articles that are not open are not indexed, open ones are still
 * answered — and says so once. A limit of 1 MB is crossed at the first look. Raising the limit
 * (a configuration change) ends it: every article is indexed again, and the user is told. When
 * memory falls well under the limit it resumes by itself, once per limit (`MemoryGuard.resume`,
 * tested on samples below: the server's own memory cannot be made to fall on cue).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Hover } from 'vscode-languageserver-protocol';
import { buildServer } from './build';
import { MB, MemoryGuard, RESUME_FRACTION, resumeDecision } from '../../server/src/lsp/memoryGuard';
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

  it('keeps shedding when the limit is raised but is still under what it uses, and says so with the new limit', async () => {
    const before = memoryMessages().length;
    await client.changeSettings({ memoryLimit: 2 });
    const m = await client.waitFor('the message with the new limit', () => memoryMessages().slice(before).find((x) => /limit of 2 MB/.test(x.message)));
    assert.strictEqual(m.type, 2, 'a warning');
    assert.match(m.message, /no longer indexes articles that are not open/);
    assert.deepStrictEqual(await client.request<string[]>('communique/indexedArticles', null), []);
  });

  it('indexes every article again when the limit is raised above what it uses, and says so', async () => {
    const before = client.shown.length;
    await client.changeSettings({ memoryLimit: 100000 });
    const m = await client.waitFor('the message that it resumes', () => client.shown.slice(before).find((x) => /indexes every article again/.test(x.message)));
    assert.strictEqual(m.type, 3, 'information');
    assert.match(m.message, /its memory limit is now 100,000 MB \(setting communique\.memoryLimit\)/);
    const all = [client.uri('en-president-visits-lima.txt'), client.uri('new.txt'), client.uri('vi-chu-tich-nuoc-tham-lima.txt'), client.uri('vi-thuong-mai-viet-nam-peru.txt')];
    await client.waitForAsync(async () => {
      const indexed = await client.request<string[]>('communique/indexedArticles', null);
      return all.every((u) => indexed.includes(u)) ? true : undefined;
    });
    // Indexed again, the articles are compared again: the trade article's diagnostics come back.
    await client.waitForDiagnostics(client.uri('vi-thuong-mai-viet-nam-peru.txt'));
    // Not shedding any more: a file written now is read.
    await client.writeFile('later.txt', fs.readFileSync(path.join(SAMPLES, 'vi-dai-su-chao-tu-biet-peru.txt'), 'utf8'));
    await client.waitForAsync(async () => ((await client.request<string[]>('communique/indexedArticles', null)).includes(client.uri('later.txt')) ? true : undefined));
    assert.ok(!client.shown.slice(before).some((x) => /more than its limit/.test(x.message)), 'no shedding message after it resumed');
  });
});

describe('server: the memory guard resumes (decision on samples)', () => {
  const limit = 1000 * MB;
  const use = (m: number) => ({ heapUsed: m * MB, rss: m * MB });

  it('resumes when the limit is raised above the one crossed and memory is under it; else says it is still over', () => {
    const state = { shedLimit: limit, resumedByMemory: false };
    assert.strictEqual(resumeDecision(use(900), 2000 * MB, state), 'limit');
    assert.strictEqual(resumeDecision(use(2100), 2000 * MB, state), 'still-over');
    // The same limit, or a lower one, and memory near it: keep shedding.
    assert.strictEqual(resumeDecision(use(900), limit, state), undefined);
    assert.strictEqual(resumeDecision(use(900), 500 * MB, state), undefined);
  });

  it('resumes when memory falls under three quarters of the limit, once per limit', () => {
    assert.strictEqual(RESUME_FRACTION, 0.75);
    assert.strictEqual(resumeDecision(use(760), limit, { shedLimit: limit, resumedByMemory: false }), undefined);
    assert.strictEqual(resumeDecision(use(740), limit, { shedLimit: limit, resumedByMemory: false }), 'memory');
    assert.strictEqual(resumeDecision(use(100), limit, { shedLimit: limit, resumedByMemory: true }), undefined);
  });

  it('MemoryGuard: sheds, resumes once when memory falls, sheds again for good, and resumes when the limit is raised', () => {
    let m = 500;
    let limitMb = 1000;
    const guard = new MemoryGuard(() => limitMb * MB, () => use(m));
    assert.strictEqual(guard.resume(), undefined, 'nothing to resume while not shedding');
    assert.strictEqual(guard.check(), false);
    m = 1200;
    assert.strictEqual(guard.check(), true, 'crossed: announced');
    assert.strictEqual(guard.shed, true);
    m = 900;
    assert.strictEqual(guard.resume(), undefined, 'under the limit but not well under it');
    m = 300;
    assert.strictEqual(guard.resume(), 'memory');
    assert.strictEqual(guard.shed, false);
    assert.strictEqual(guard.lastUse, 300 * MB);
    // Indexed again, the workspace does not fit: shedding again, announced again, and for good.
    m = 1100;
    assert.strictEqual(guard.check(), true, 'crossed again: announced again');
    m = 200;
    assert.strictEqual(guard.resume(), undefined, 'no second retry under the same limit');
    assert.strictEqual(guard.shed, true);
    // The user raises the limit, but not enough for what is in use.
    m = 1500;
    limitMb = 1400;
    assert.strictEqual(guard.resume(), 'still-over');
    assert.strictEqual(guard.crossedAt, 1500 * MB);
    assert.strictEqual(guard.shed, true);
    assert.strictEqual(guard.resume(), undefined, 'said once for that limit');
    // Then enough.
    limitMb = 4000;
    assert.strictEqual(guard.resume(), 'limit');
    assert.strictEqual(guard.shed, false);
    // Under the new limit, a crossing may again resume once when memory falls.
    m = 4100;
    assert.strictEqual(guard.check(), true);
    m = 100;
    assert.strictEqual(guard.resume(), 'memory');
  });
});
