/**
 * The analysis cache (`--cache DIR`, the warm start): the output with a cold cache, a warm cache
 * and no cache is byte for byte the same; a warm run reads its analyses from the cache; a changed
 * article, other knowledge or another engine misses; a damaged entry is ignored with a note and
 * analysed again; the cache keeps under its size limit and deletes nothing but its own entries.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AnalysisCache, entryPath } from '../../server/src/cli/cache';
import { analyzeDocument } from '../../server/src/core/index';
import { FIXTURES, ROOT, SAMPLES } from '../support/paths';

const CLI = path.join(ROOT, 'bin', 'communique.js');
const ENTRY = /^[0-9a-f]{62}\.json$/;

/** Every entry file of a cache folder. */
function entries(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((s) => /^[0-9a-f]{2}$/.test(s))
    .flatMap((s) => fs.readdirSync(path.join(dir, s)).filter((n) => ENTRY.test(n)).map((n) => path.join(dir, s, n)))
    .sort();
}

describe('communique --cache (warm start)', () => {
  let work: string;
  let run: (args: string[], env?: Record<string, string>) => { code: number | null; stdout: string; stderr: string };
  let engine: string;
  let articleCount: number;
  const cacheDir = (name: string) => path.join(work, 'caches', name);

  before(function () {
    this.timeout(60000);
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(b.status, 0, b.stderr);
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-cache-'));
    // A copy of the corpus, so that articles can be changed; the CLI runs in it, so paths are relative.
    fs.cpSync(path.join(FIXTURES, 'checks', 'corpus'), path.join(work, 'corpus'), { recursive: true });
    fs.cpSync(SAMPLES, path.join(work, 'samples'), { recursive: true });
    run = (args, env = {}) => {
      const r = spawnSync(process.execPath, [CLI, ...args], {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'C', COMMUNIQUE_CACHE: '', ...env },
        maxBuffer: 256 * 1024 * 1024,
      });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const header = run(['analyze', '--claims-out', '-', 'samples']).stdout.split('\n')[0];
    engine = JSON.parse(header).engine;
    articleCount = run(['analyze', '--format', 'jsonl', 'corpus', 'samples']).stdout.trim().split('\n').length;
    assert.ok(articleCount > 100, `${articleCount} articles`);
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  const commands: string[][] = [
    ['check', '--format', 'text'],
    ['check', '--format', 'json'],
    ['check', '--format', 'sarif', '--lang', 'vi'],
    ['analyze', '--format', 'json'],
    ['analyze', '--format', 'jsonl'],
    ['analyze', '--format', 'text'],
    ['export', '--format', 'csv'],
  ];
  for (const [i, command] of commands.entries()) {
    it(`${command.join(' ')}: no cache, a cold cache and a warm cache print the same bytes`, function () {
      this.timeout(60000);
      const dir = cacheDir(`same-${i}`);
      const none = run([...command, 'corpus', 'samples']);
      const cold = run([...command, '--cache', dir, 'corpus', 'samples']);
      assert.strictEqual(entries(dir).length, articleCount, 'the cold run keeps one analysis per article');
      const before = entries(dir).map((f) => fs.readFileSync(f, 'utf8'));
      const warm = run([...command, '--cache', dir, 'corpus', 'samples']);
      assert.deepStrictEqual(entries(dir).map((f) => fs.readFileSync(f, 'utf8')), before, 'the warm run writes nothing');
      for (const r of [none, cold, warm]) assert.strictEqual(r.stderr, '');
      assert.ok(none.stdout.length > 1000);
      assert.strictEqual(cold.code, none.code);
      assert.strictEqual(warm.code, none.code);
      assert.ok(cold.stdout === none.stdout, 'the cold run prints something else');
      assert.ok(warm.stdout === none.stdout, 'the warm run prints something else');
    });
  }

  it('analyze --claims-out and --jobs: the same claims file with no cache, a cold and a warm one, and a half-warm one on threads', function () {
    this.timeout(90000);
    const dir = cacheDir('claims');
    const file = (name: string) => path.join(work, `${name}.jsonl`);
    assert.strictEqual(run(['analyze', '--claims-out', file('none'), 'corpus', 'samples']).code, 0);
    // Workers write the entries of a cold run on threads.
    const cold = run(['analyze', '--jobs', '2', '--cache', dir, '--claims-out', file('cold'), 'corpus', 'samples']);
    assert.strictEqual(cold.stderr, '');
    assert.strictEqual(entries(dir).length, articleCount);
    const warm = run(['analyze', '--cache', dir, '--claims-out', file('warm'), 'corpus', 'samples']);
    assert.strictEqual(warm.stderr, '');
    // Half the entries gone: hits and misses interleave, the misses analysed on threads.
    entries(dir).forEach((f, k) => k % 2 === 0 && fs.rmSync(f));
    const half = run(['analyze', '--jobs', '3', '--cache', dir, '--claims-out', file('half'), 'corpus', 'samples']);
    assert.strictEqual(half.stderr, '');
    assert.strictEqual(entries(dir).length, articleCount);
    const none = fs.readFileSync(file('none'));
    for (const name of ['cold', 'warm', 'half']) assert.ok(fs.readFileSync(file(name)).equals(none), `the ${name} claims file differs`);
    // And the check on threads with a half-warm cache prints what the check without one prints.
    entries(dir).forEach((f, k) => k % 3 === 0 && fs.rmSync(f));
    const checked = run(['check', '--format', 'json', '--jobs', '2', '--cache', dir, 'corpus', 'samples']);
    const plain = run(['check', '--format', 'json', 'corpus', 'samples']);
    assert.strictEqual(checked.stderr, '');
    assert.ok(checked.stdout === plain.stdout, 'check on threads with a half-warm cache prints something else');
  });

  it('a warm run reads the analyses from the cache (a doctored entry shows in the output)', function () {
    this.timeout(60000);
    const dir = cacheDir('doctored');
    const article = 'samples/vi-chu-tich-nuoc-tham-lima.txt';
    const clean = run(['analyze', '--format', 'json', '--cache', dir, article]);
    assert.strictEqual(clean.code, 0, clean.stderr);
    // The key, computed as the CLI computes it, names the one entry there is.
    const text = fs.readFileSync(path.join(work, article), 'utf8');
    const cache = AnalysisCache.open(dir, { engine, knowledge: [] })!;
    const file = entryPath(dir, cache.key({ uri: article, text }));
    assert.deepStrictEqual(entries(dir), [file]);
    // A figure's value changed in the entry, the entry still a valid analysis of the text.
    const entry = JSON.parse(fs.readFileSync(file, 'utf8'));
    const figure = entry.analysis.figures.find((f: { value: unknown }) => typeof f.value === 'number');
    figure.value = 123456789;
    fs.writeFileSync(file, JSON.stringify(entry));
    const warm = run(['analyze', '--format', 'json', '--cache', dir, article]);
    assert.strictEqual(warm.stderr, '');
    const values = (out: string) => JSON.parse(out).documents[0].figures.map((f: { value: unknown }) => f.value);
    assert.ok(values(warm.stdout).includes(123456789), 'the warm run did not read the entry');
    assert.ok(!values(clean.stdout).includes(123456789));
  });

  it('a changed article is analysed again; the others are read', function () {
    this.timeout(60000);
    const dir = cacheDir('changed');
    const copy = path.join(work, 'changed');
    fs.cpSync(path.join(work, 'samples'), copy, { recursive: true });
    assert.strictEqual(run(['check', '--format', 'json', '--cache', dir, 'changed']).stderr, '');
    const count = entries(dir).length;
    const before = new Map(entries(dir).map((f) => [f, fs.statSync(f).mtimeMs]));
    const article = path.join(copy, 'vi-chu-tich-nuoc-tham-lima.txt');
    fs.appendFileSync(article, '\nKim ngạch thương mại hai chiều Việt Nam – Peru năm 2023 đạt 999 triệu USD.\n');
    const warm = run(['check', '--format', 'json', '--cache', dir, 'changed']);
    const none = run(['check', '--format', 'json', 'changed']);
    assert.strictEqual(warm.stderr, '');
    assert.strictEqual(warm.code, none.code);
    assert.ok(warm.stdout === none.stdout, 'the run with the cache prints something else');
    assert.ok(warm.stdout.includes('999'), 'the change shows');
    const after = entries(dir);
    assert.strictEqual(after.length, count + 1, 'one new entry: the changed article');
    assert.strictEqual(after.filter((f) => !before.has(f)).length, 1);
  });

  it('other knowledge, another language hint or reference date, another engine: a miss', function () {
    this.timeout(90000);
    const dir = cacheDir('keys');
    const args = ['check', '--format', 'json', 'samples'];
    run([...args, '--cache', dir]);
    const count = entries(dir).length;
    assert.ok(count > 3);
    // Other knowledge.
    const knowledge = path.join(work, 'knowledge.yaml');
    fs.writeFileSync(knowledge, 'entities:\n  - name: Lima Group\n    type: organization\n');
    const withKnowledge = run([...args, '--cache', dir, '--knowledge', knowledge]);
    assert.strictEqual(withKnowledge.stderr, '');
    assert.strictEqual(entries(dir).length, 2 * count, 'other knowledge is another key');
    assert.ok(withKnowledge.stdout === run([...args, '--knowledge', knowledge]).stdout);
    // Another engine: the same CLI bundled with another engine version.
    const other = path.join(work, 'other-engine.js');
    const esbuild = require('esbuild') as typeof import('esbuild');
    esbuild.buildSync({
      entryPoints: [path.join(ROOT, 'server', 'src', 'cli.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: other,
      logLevel: 'warning',
      define: { __COMMUNIQUE_ENGINE__: JSON.stringify(`${engine}-other`) },
    });
    const r = spawnSync(process.execPath, [other, ...args, '--cache', dir], { cwd: work, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(entries(dir).length, 3 * count, 'another engine is another key');
    assert.ok(r.stdout === run(args).stdout);
    // In the module: what each key is made of.
    const text = fs.readFileSync(path.join(SAMPLES, 'vi-chu-tich-nuoc-tham-lima.txt'), 'utf8');
    const doc = { uri: 'a.txt', text };
    const key = (engine: string, knowledge: string[], d: object = doc) => AnalysisCache.open(dir, { engine, knowledge: knowledge.map((t) => ({ path: 'k.yaml', text: t })) })!.key({ ...doc, ...d });
    const base = key('1', []);
    assert.strictEqual(key('1', [], { uri: 'elsewhere/b.txt' }), base, 'the path is not in the key');
    for (const [why, other] of [
      ['engine', key('2', [])],
      ['knowledge', key('1', ['entities: []'])],
      ['language hint', key('1', [], { languageHint: 'en' })],
      ['reference date', key('1', [], { referenceDate: '2024-11-14', referenceDateSource: 'the date in the file name' })],
      ['reference date source', key('1', [], { referenceDate: '2024-11-14', referenceDateSource: 'elsewhere' })],
      ['text', key('1', [], { text: `${text} ` })],
    ]) {
      assert.notStrictEqual(other, base, why);
    }
  });

  it('--dated-file-names is in the key', function () {
    this.timeout(60000);
    const dir = cacheDir('dated');
    const folder = path.join(work, 'dated');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, '2019-05-02-lima.txt'), 'Xuất khẩu của Việt Nam sang Peru năm nay đạt 300 triệu USD, tăng 5% so với năm ngoái.\n');
    const plain = run(['analyze', '--format', 'json', '--cache', dir, 'dated']);
    const dated = run(['analyze', '--format', 'json', '--cache', dir, '--dated-file-names', 'dated']);
    assert.strictEqual(entries(dir).length, 2);
    assert.ok(dated.stdout === run(['analyze', '--format', 'json', '--dated-file-names', 'dated']).stdout);
    assert.ok(plain.stdout === run(['analyze', '--format', 'json', 'dated']).stdout);
    assert.notStrictEqual(dated.stdout, plain.stdout);
  });

  describe('a damaged entry is ignored with one note, analysed again and rewritten', () => {
    const damages: [string, (entry: string, other: string) => string][] = [
      ['not JSON', () => '{"communique":"analysis", garbage'],
      ['cut short', (e) => e.slice(0, Math.floor(e.length / 2))],
      ['empty', () => ''],
      ['not UTF-8', () => '\xff\xfe'],
      ['the entry of another key', (_, other) => other],
      ['a span outside the text', (e) => e.replace(/("entities":\[\{[^}]*?"end":)\d+/, '$199999999')],
      ['a mention whose text is not its slice', (e) => e.replace(/("entities":\[\{[^}]*?"text":")/, '$1X')],
      [
        'a reference date whose evidence is outside the text',
        (e) => {
          const entry = JSON.parse(e);
          entry.analysis.referenceDate = { date: '2024-01-01', source: 'text-latest-date', explanation: '…', evidence: { start: 5, end: 99999999 } };
          return JSON.stringify(entry);
        },
      ],
      ['not an analysis', () => '{"communique":"analysis","key":"x","analysis":[]}'],
    ];
    for (const [i, [why, damage]] of damages.entries()) {
      it(why, function () {
        this.timeout(60000);
        const dir = cacheDir(`damaged-${i}`);
        const none = run(['check', '--format', 'json', 'samples']);
        run(['check', '--format', 'json', '--cache', dir, 'samples']);
        const [victim, other] = entries(dir);
        const good = fs.readFileSync(victim, 'utf8');
        const bad = damage(good, fs.readFileSync(other, 'utf8'));
        assert.notStrictEqual(bad, good, 'the damage changed nothing');
        fs.writeFileSync(victim, why === 'not UTF-8' ? Buffer.from([0xff, 0xfe, 0x7b]) : bad);
        const r = run(['check', '--format', 'json', '--cache', dir, 'samples']);
        assert.strictEqual(r.code, none.code);
        assert.ok(r.stdout === none.stdout, 'the output changed');
        const lines = r.stderr.trim().split('\n');
        assert.strictEqual(lines.length, 1, r.stderr);
        assert.match(lines[0], /^communique: cache entry .* ignored \(.+\); analysed again$/);
        assert.strictEqual(fs.readFileSync(victim, 'utf8'), good, 'the entry is rewritten');
      });
    }

    it('many damaged entries: one note for the first and a count', function () {
      this.timeout(60000);
      const dir = cacheDir('damaged-many');
      const none = run(['check', 'samples']);
      run(['check', '--cache', dir, 'samples']);
      for (const f of entries(dir)) fs.writeFileSync(f, 'x');
      const r = run(['check', '--cache', dir, 'samples']);
      assert.ok(r.stdout === none.stdout);
      const lines = r.stderr.trim().split('\n');
      assert.strictEqual(lines.length, 2, r.stderr);
      assert.match(lines[1], new RegExp(`${entries(dir).length} damaged entries ignored`));
    });
  });

  it('a cache that cannot be used is said once; the run goes on without it', function () {
    this.timeout(60000);
    const none = run(['check', '--format', 'json', 'samples']);
    const notAFolder = path.join(work, 'a-file');
    fs.writeFileSync(notAFolder, 'x');
    const r = run(['check', '--format', 'json', '--cache', notAFolder, 'samples']);
    assert.strictEqual(r.code, none.code);
    assert.ok(r.stdout === none.stdout);
    assert.match(r.stderr, /^communique: cache .*a-file: not a folder; running without a cache\n$/);
    assert.strictEqual(fs.readFileSync(notAFolder, 'utf8'), 'x');
    if (process.getuid?.() !== 0) {
      // A folder that cannot be written to: said once, nothing kept.
      const locked = cacheDir('locked');
      fs.mkdirSync(locked, { recursive: true });
      fs.chmodSync(locked, 0o500);
      const l = run(['check', '--format', 'json', '--cache', locked, 'samples']);
      fs.chmodSync(locked, 0o700);
      assert.ok(l.stdout === none.stdout);
      assert.match(l.stderr, /^communique: cache .*locked: cannot be written \(EACCES\); analyses are not kept\n$/);
    }
  });

  it('$COMMUNIQUE_CACHE is the folder when --cache is not given', function () {
    this.timeout(60000);
    const dir = cacheDir('env');
    const r = run(['check', 'samples'], { COMMUNIQUE_CACHE: dir });
    assert.strictEqual(r.stderr, '');
    assert.ok(entries(dir).length > 3);
  });

  it('refuses --cache with check --claims, and a --cache-limit that is not a size', () => {
    for (const args of [
      ['check', '--claims', '--cache', cacheDir('x'), 'claims.jsonl'],
      ['check', '--cache-limit', '0', 'samples'],
      ['check', '--cache-limit', 'lots', 'samples'],
    ]) {
      const r = run(args);
      assert.strictEqual(r.code, 2, r.stderr);
      assert.strictEqual(r.stderr.trim().split('\n').length, 1);
      assert.match(r.stderr, /--cache/);
    }
  });

  describe('the size limit', () => {
    it('evicts the least recently used entries down to 90 % of the limit, and nothing but entries', () => {
      const dir = cacheDir('evict');
      const cache = AnalysisCache.open(dir, { engine: 'test', knowledge: [], limit: 10 * 1024 })!;
      const docs = Array.from({ length: 12 }, (_, i) => ({ uri: `d${i}.txt`, text: `Bài ${i}: xuất khẩu đạt ${i + 1} tỷ USD năm 2023.\n`.repeat(3) }));
      const keys = docs.map((d) => cache.key(d));
      docs.forEach((d, i) => cache.put(keys[i], analyzeDocument(d), d));
      const files = keys.map((k) => entryPath(dir, k));
      const size = fs.statSync(files[0]).size;
      assert.ok(size * 12 > 10 * 1024, `entries of ${size} bytes fill the limit`);
      // Written an hour apart, oldest first; the oldest then read (a hit makes it the most recent).
      files.forEach((f, i) => fs.utimesSync(f, 1e6 + i * 3600, 1e6 + i * 3600));
      assert.ok(cache.get(keys[0], docs[0]));
      const mine = path.join(dir, 'notes.txt');
      const lookalike = path.join(dir, keys[1].slice(0, 2), 'README');
      fs.writeFileSync(mine, 'keep me');
      fs.writeFileSync(lookalike, 'keep me too');
      cache.evict();
      const left = files.filter((f) => fs.existsSync(f));
      const total = left.reduce((n, f) => n + fs.statSync(f).size, 0);
      assert.ok(total <= 0.9 * 10 * 1024, `${total} bytes left`);
      assert.ok(left.length > 0);
      // From the least recently used: those that went are the first ones, those left the rest.
      const byUse = [...files.slice(1), files[0]];
      const kept = byUse.map((f) => fs.existsSync(f));
      const firstKept = kept.indexOf(true);
      assert.ok(firstKept > 0, 'nothing was evicted');
      assert.deepStrictEqual(kept, byUse.map((_, i) => i >= firstKept), 'an older entry stayed while a newer one went');
      assert.strictEqual(fs.readFileSync(mine, 'utf8'), 'keep me');
      assert.strictEqual(fs.readFileSync(lookalike, 'utf8'), 'keep me too');
      assert.ok(fs.existsSync(path.join(dir, 'CACHEDIR.TAG')));
    });

    it('the CLI keeps the cache under --cache-limit', function () {
      this.timeout(60000);
      const dir = cacheDir('limit');
      const none = run(['check', 'corpus']);
      const r = run(['check', '--cache', dir, '--cache-limit', '0.1', 'corpus']);
      assert.ok(r.stdout === none.stdout);
      const total = entries(dir).reduce((n, f) => n + fs.statSync(f).size, 0);
      assert.ok(total <= 0.1 * 1024 * 1024, `${total} bytes`);
      assert.ok(entries(dir).length > 0);
    });
  });
});
