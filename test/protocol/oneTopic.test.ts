/**
 * Hostile input (issue #15): a workspace of 5,000 articles on one topic — one dispatch republished
 * by many outlets with small variations of its figures (test/support/oneTopic.ts) — opened in the
 * language server over stdio. At 5,000 such articles the server once grew to 4.2 GB and aborted,
 * and the client restarted it into the same crash.
 *
 * What is asserted: the server indexes every article with its default settings, without shedding
 * work (the memory guard would say so, and leave articles out), so its memory stays under the
 * default `communique.memoryLimit` (1,536 MB) — checked again on its peak resident set, read from
 * /proc; it then answers a hover on a contradicted figure (with the conflict) and the outline of
 * that article, and is still running. Measured on 2 cores: about 60 s to index, 1.2–1.3 GB at
 * the peak (the target of issue #14 is 500 MB at 10,000 articles: the checks' findings on one
 * topic hold most of it).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { buildServer } from './build';
import { TestClient } from './lspClient';
import { writeOneTopicCorpus } from '../support/oneTopic';

const ARTICLES = 5000;
/** The server's default memory limit (settings.ts): indexing must stay under it. */
const PEAK_RSS_MB = 1536;

/** The peak resident set of a process (Linux: VmHWM in /proc), in megabytes. */
function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmHWM:\s+(\d+) kB/m.exec(status);
  assert.ok(kb, 'VmHWM in /proc/PID/status');
  return Number(kb[1]) / 1024;
}

describe('hostile input: 5,000 articles on one topic, indexed by the language server', function () {
  let root: string;
  let client: TestClient | undefined;
  let contradicted: string;
  before(async function () {
    this.timeout(60000);
    await buildServer();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-one-topic-ls-'));
    const corpus = writeOneTopicCorpus(root, ARTICLES);
    // An article whose 2023 trade figure contradicts the thousands of others.
    contradicted = corpus.articles.find((a) => a.text.includes('đạt 468 triệu USD'))!.name;
  });
  after(async () => {
    if (client && client.process.exitCode === null) await client.shutdown();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('indexes every article under its default memory limit, then answers hover and outline', async function () {
    this.timeout(300000);
    const started = Date.now();
    client = await TestClient.start({ root });
    const c = client;
    await c.waitFor('indexing progress end', () => c.progress.find((p) => (p as { kind?: string }).kind === 'end'), 280000);
    const indexedIn = (Date.now() - started) / 1000;
    const indexed = await c.request<string[]>('communique/indexedArticles', null);
    assert.strictEqual(indexed.length, ARTICLES, 'every article indexed');
    assert.deepStrictEqual(c.shown.filter((m) => /memoryLimit/.test(m.message)), [], 'no work shed');

    const uri = await c.open(contradicted);
    const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: c.position(contradicted, '468 triệu USD', 1) });
    const card = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(card, /468,000,000 USD/);
    assert.match(card, /Two-way trade · Vietnam–Peru · 2023/);
    assert.match(card, /✗ Conflicts: [^\n]*486[^\n]* million USD/, 'the card shows the conflict');
    const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.strictEqual(symbols.length, 1, 'one title');
    assert.strictEqual(symbols[0].name, c.text(contradicted).split('\n')[0]);
    assert.ok((symbols[0].children ?? []).length >= 4, 'the article\'s blocks under its title');

    assert.strictEqual(c.process.exitCode, null, 'still running');
    const peak = peakRssMb(c.process.pid!);
    console.log(`      ${ARTICLES} articles indexed in ${indexedIn.toFixed(0)} s; server peak ${peak.toFixed(0)} MB`);
    assert.ok(peak <= PEAK_RSS_MB, `server peak resident set ${peak.toFixed(0)} MB (bound ${PEAK_RSS_MB} MB)`);
    assert.strictEqual(await c.shutdown(), 0, 'exits 0 after shutdown');
    client = undefined;
  });
});
