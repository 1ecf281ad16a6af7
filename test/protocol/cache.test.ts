/**
 * The language server's analysis cache (the warm start): given a folder in `initializationOptions`
 * (`cache`: VS Code's client gives one in the extension's storage), the server keeps the analysis
 * of every article it reads from disk and, started again, reads it back. Answers are the same with
 * no cache, a cold one and a warm one; a warm server does read it; the article index analyses an
 * article again with its own options (language hint, dated file names) after a configuration
 * change, and without the knowledge's texts it uses no cache.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildServer } from './build';
import { TestClient } from './lspClient';
import { ArticleIndex } from '../../server/src/lsp/articleIndex';
import { AnalysisCache, entryPath } from '../../server/src/cli/cache';
import { builtinKnowledge, mergeKnowledge, parseKnowledge } from '../../server/src/core/entities/index';
import { FIXTURES, ROOT, SAMPLES } from '../support/paths';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { engineVersion } = require('../../scripts/engine-version.cjs') as { engineVersion: (root: string) => string };

const ENTRY = /^[0-9a-f]{62}\.json$/;

function entries(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((s) => /^[0-9a-f]{2}$/.test(s))
    .flatMap((s) => fs.readdirSync(path.join(dir, s)).filter((n) => ENTRY.test(n)).map((n) => path.join(dir, s, n)))
    .sort();
}

/** Every .txt under `dir`, relative to it. */
function articles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

describe('communique-ls: the analysis cache (warm start)', function () {
  this.timeout(60000);
  let root: string;
  let caches: string;
  let count: number;

  before(async () => {
    await buildServer();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-ls-cache-'));
    caches = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-ls-caches-'));
    const work = path.join(root, 'work');
    fs.cpSync(SAMPLES, path.join(work, 'samples'), { recursive: true });
    for (const folder of ['conflicts-chile', 'blind-evfta', 'arithmetic-across']) {
      fs.cpSync(path.join(FIXTURES, 'checks', 'corpus', folder), path.join(work, folder), { recursive: true });
    }
    count = articles(work).length;
    assert.ok(count > 8, `${count} articles`);
  });
  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(caches, { recursive: true, force: true });
  });

  /** Starts a server on the work folder, waits for every article's diagnostics, and stops it. */
  async function diagnostics(cache?: string): Promise<{ all: string; byFile: Map<string, unknown[]> }> {
    const client = await TestClient.start({ root: path.join(root, 'work'), ...(cache ? { initializationOptions: { cache } } : {}) });
    try {
      await client.waitForIndexed();
      await client.waitFor('every article\'s diagnostics', () => (client.diagnostics.size >= count ? true : undefined));
      const byFile = new Map([...client.diagnostics].sort(([a], [b]) => (a < b ? -1 : 1)).map(([uri, d]) => [path.relative(path.join(root, 'work'), new URL(uri).pathname), d]));
      return { all: JSON.stringify([...byFile]), byFile };
    } finally {
      await client.shutdown();
    }
  }

  it('no cache, a cold cache and a warm cache give the same diagnostics; the cold start keeps one analysis per article', async () => {
    const dir = path.join(caches, 'same');
    const none = await diagnostics();
    const cold = await diagnostics(dir);
    assert.strictEqual(entries(dir).length, count);
    const written = entries(dir).map((f) => fs.readFileSync(f, 'utf8'));
    const warm = await diagnostics(dir);
    assert.deepStrictEqual(entries(dir).map((f) => fs.readFileSync(f, 'utf8')), written, 'the warm start writes nothing');
    assert.ok(none.all.length > 1000 && none.all.includes('figure.mismatch'), 'findings to compare');
    assert.ok(cold.all === none.all, 'the cold start answers otherwise');
    assert.ok(warm.all === none.all, 'the warm start answers otherwise');
  });

  it('a warm start reads the cache (an entry doctored to hold no figures loses its findings)', async () => {
    const dir = path.join(caches, 'doctored');
    const cold = await diagnostics(dir);
    // An article with findings on its figures; its entry made to hold none.
    const [victim] = [...cold.byFile].find(([, d]) => (d as { code?: string }[]).some((x) => /^figure\./.test(String(x.code)))) ?? [];
    assert.ok(victim, 'an article with findings on figures');
    // Its key as the server makes it: no language hint, no dated name, the default analysis limit.
    const text = fs.readFileSync(path.join(root, 'work', victim), 'utf8');
    const file = entryPath(dir, AnalysisCache.open(dir, { engine: engineVersion(ROOT), knowledge: [], maxLength: 2_000_000 })!.key({ uri: 'any', text }));
    assert.ok(entries(dir).includes(file), 'the victim\'s entry is where its key says');
    const entry = JSON.parse(fs.readFileSync(file, 'utf8'));
    entry.analysis.figures = [];
    fs.writeFileSync(file, JSON.stringify(entry));
    const warm = await diagnostics(dir);
    const figureFindings = (d: unknown[] | undefined) => (d as { code?: string }[]).filter((x) => /^figure\./.test(String(x.code))).length;
    assert.ok(figureFindings(cold.byFile.get(victim)) > 0);
    assert.strictEqual(figureFindings(warm.byFile.get(victim)), 0, 'the warm start did not read the entry');
  });

  describe('the article index', () => {
    const folder = () => path.join(root, 'work');
    const dated = '2019-05-02-lima.txt';
    const datedText = 'Xuất khẩu của Việt Nam sang Peru năm nay đạt 300 triệu USD, tăng 5% so với năm ngoái. Năm ngoái đạt 285 triệu USD.\n';
    const knowledge = 'entities:\n  - name: Lima Group\n    type: organization\n';
    const kb = () => mergeKnowledge(builtinKnowledge(), parseKnowledge(knowledge).knowledge);
    const load = (index: ArticleIndex) => {
      for (const rel of articles(folder())) index.load(`file:///work/${rel}`, fs.readFileSync(path.join(folder(), rel), 'utf8'));
      index.load(`file:///work/${dated}`, datedText);
    };
    const answers = (index: ArticleIndex) => JSON.stringify(index.all().map((l) => l.analysis));

    it('analyses again with the article\'s own options after a configuration change, as an index without a cache does', () => {
      const dir = path.join(caches, 'index');
      const notes: string[] = [];
      const make = (cached: boolean) => {
        const index = new ArticleIndex({ locale: 'en' });
        if (cached) index.useCache(dir, (l) => notes.push(l), 'test-engine');
        index.configure({ datedFileNames: true, languageHint: 'vi', maxLength: 2_000_000 });
        index.configure({ knowledge: builtinKnowledge(), knowledgeTexts: [] });
        load(index);
        return index;
      };
      const plain = make(false);
      const cold = make(true);
      assert.strictEqual(entries(dir).length, count + 1);
      const warm = make(true);
      assert.ok(answers(cold) === answers(plain), 'the cold index answers otherwise');
      assert.ok(answers(warm) === answers(plain), 'the warm index answers otherwise');
      assert.match(answers(plain), /the date in the file name/, 'the dated name is read');
      // New knowledge: the analyses of the warm index (put in from the cache) are made again, with
      // the article's language hint and dated name.
      for (const index of [plain, warm]) index.configure({ knowledge: kb(), knowledgeTexts: [knowledge], locale: 'vi' });
      assert.ok(answers(warm) === answers(plain), 'the warm index answers otherwise after a configuration change');
      assert.match(answers(warm), /the date in the file name/);
      assert.deepStrictEqual(notes, []);
    });

    it('other knowledge is another key; knowledge without its texts uses no cache', () => {
      const dir = path.join(caches, 'knowledge');
      const index = new ArticleIndex({ locale: 'en' });
      index.useCache(dir, () => undefined, 'test-engine');
      index.configure({ knowledge: builtinKnowledge(), knowledgeTexts: [] });
      load(index);
      assert.strictEqual(entries(dir).length, count + 1);
      const other = new ArticleIndex({ locale: 'en' });
      other.useCache(dir, () => undefined, 'test-engine');
      other.configure({ knowledge: kb(), knowledgeTexts: [knowledge] });
      load(other);
      assert.strictEqual(entries(dir).length, 2 * (count + 1));
      const blind = new ArticleIndex({ locale: 'en' });
      blind.useCache(path.join(caches, 'blind'), () => undefined, 'test-engine');
      blind.configure({ knowledge: kb() });
      load(blind);
      assert.deepStrictEqual(entries(path.join(caches, 'blind')), []);
      assert.ok(answers(blind) === answers(other));
    });
  });
});

