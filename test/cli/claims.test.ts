/**
 * The seam for archives beyond one machine: `analyze --claims-out` on shards of a corpus (the map)
 * and `check --claims` on the claims files (the reduce) give exactly what one `check` over the
 * whole corpus gives, in every format; a claims file of another engine, or damaged, is refused
 * with one line naming the file and the line, and nothing is checked on part of the input.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FIXTURES, ROOT, SAMPLES } from '../support/paths';

const CLI = path.join(ROOT, 'bin', 'communique.js');
const CORPUS = path.join(FIXTURES, 'checks', 'corpus');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C' }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every article under the folders, as the CLI lists them (relative to the working directory, sorted per folder). */
function articles(...dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(path.relative(ROOT, p));
    }
  };
  dirs.forEach(walk);
  return out;
}

/** A one-line refusal: exit 2, one line on stderr matching `message`, nothing on stdout. */
function refused(r: { code: number | null; stdout: string; stderr: string }, message: RegExp): void {
  assert.strictEqual(r.code, 2, r.stderr);
  assert.match(r.stderr, message);
  assert.strictEqual(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  assert.strictEqual(r.stdout, '');
}

describe('communique claims files (map and reduce)', () => {
  let dir: string;
  let shards: string[][];
  let claims: string[];
  before(function () {
    this.timeout(120000);
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(b.status, 0, b.stderr);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-claims-'));
    // Three shards dealt round robin, so the articles of one corpus folder (the ones that disagree
    // with each other) land in different shards.
    const all = articles(CORPUS, SAMPLES);
    shards = [[], [], []];
    all.forEach((a, i) => shards[i % 3].push(a));
    claims = shards.map((files, i) => {
      const file = path.join(dir, `claims-${i + 1}.jsonl`);
      const r = run(['analyze', '--claims-out', file, ...files]);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.strictEqual(r.stdout, '', 'analyze --claims-out writes only the claims file');
      return file;
    });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const args of [['--format', 'text'], ['--format', 'json'], ['--format', 'sarif'], ['--format', 'text', '--lang', 'vi']]) {
    it(`three shards checked from their claims equal one check over the corpus (${args.join(' ')})`, function () {
      this.timeout(60000);
      const whole = run(['check', ...args, path.relative(ROOT, CORPUS), path.relative(ROOT, SAMPLES)]);
      const reduced = run(['check', ...args, '--claims', ...claims]);
      assert.strictEqual(reduced.stderr, '');
      assert.strictEqual(reduced.code, whole.code);
      assert.strictEqual(reduced.stdout, whole.stdout);
      if (args[1] === 'json') {
        // The test means something only when findings cross shards.
        const shardOf = new Map(shards.flatMap((s, i) => s.map((p) => [p, i] as const)));
        const findings = JSON.parse(whole.stdout).findings as { path: string; related: { path: string }[] }[];
        const crossing = findings.filter((f) => f.related.some((r) => shardOf.get(r.path) !== shardOf.get(f.path)));
        assert.ok(crossing.length >= 10, `only ${crossing.length} findings cross shards`);
      }
    });
  }

  it('the claims of one shard alone miss the findings that need another shard', () => {
    const one = JSON.parse(run(['check', '--format', 'json', '--claims', claims[0]]).stdout);
    const whole = JSON.parse(run(['check', '--format', 'json', '--claims', ...claims]).stdout);
    const mine = whole.findings.filter((f: { path: string }) => shards[0].includes(f.path));
    assert.ok(one.findings.length < mine.length, `${one.findings.length} vs ${mine.length}`);
    assert.strictEqual(one.summary.files, shards[0].length);
  });

  it('claims files joined with cat, or named twice, give the same findings', () => {
    const joined = path.join(dir, 'joined.jsonl');
    fs.writeFileSync(joined, claims.map((c) => fs.readFileSync(c, 'utf8')).join(''));
    const a = run(['check', '--format', 'json', '--claims', ...claims]);
    const b = run(['check', '--format', 'json', '--claims', joined, claims[1]]);
    assert.strictEqual(b.code, a.code, b.stderr);
    assert.strictEqual(b.stdout, a.stdout);
  });

  it('a claims file holds a header with the engine version, one line per document and a closing count', () => {
    const lines = fs.readFileSync(claims[0], 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.strictEqual(lines[0].communique, 'claims');
    assert.match(lines[0].engine, /^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
    assert.deepStrictEqual(lines[0].knowledge, []);
    assert.deepStrictEqual(lines.at(-1), { communique: 'end', documents: shards[0].length });
    assert.deepStrictEqual(lines.slice(1, -1).map((l) => l.uri), shards[0]);
  });

  it('--claims-out - writes the claims to standard output; the knowledge used travels in the header', () => {
    const knowledge = path.relative(ROOT, path.join(FIXTURES, 'entities', 'knowledge.yaml'));
    const r = run(['analyze', '--knowledge', knowledge, '--claims-out', '-', ...shards[2]]);
    assert.strictEqual(r.code, 0, r.stderr);
    const header = JSON.parse(r.stdout.slice(0, r.stdout.indexOf('\n')));
    assert.deepStrictEqual(header.knowledge, [{ path: knowledge, text: fs.readFileSync(path.join(ROOT, knowledge), 'utf8') }]);
    // Shards of other knowledge cannot be checked together.
    const other = path.join(dir, 'other-knowledge.jsonl');
    fs.writeFileSync(other, r.stdout);
    refused(run(['check', '--claims', claims[0], other]), /other-knowledge\.jsonl:1: made with other knowledge files than .*claims-1\.jsonl:1/);
    // With the same knowledge everywhere, the reduce equals one run with that knowledge.
    const withK = shards.map((files, i) => {
      const file = path.join(dir, `k-${i}.jsonl`);
      assert.strictEqual(run(['analyze', '--knowledge', knowledge, '--claims-out', file, ...files]).code, 0);
      return file;
    });
    const whole = run(['check', '--format', 'json', '--knowledge', knowledge, path.relative(ROOT, CORPUS), path.relative(ROOT, SAMPLES)]);
    assert.strictEqual(run(['check', '--format', 'json', '--claims', ...withK]).stdout, whole.stdout);
  });

  describe('refusals', () => {
    /** A copy of the first claims file with `edit` applied to its lines. */
    function damaged(name: string, edit: (lines: string[]) => string[] | string): string {
      const lines = fs.readFileSync(claims[0], 'utf8').split('\n');
      const out = edit(lines);
      const file = path.join(dir, name);
      fs.writeFileSync(file, typeof out === 'string' ? out : out.join('\n'));
      return file;
    }

    it('refuses a claims file of another engine version', () => {
      const file = damaged('old.jsonl', (l) => [l[0].replace(/"engine":"[^"]*"/, '"engine":"0.0.9+000000000000"'), ...l.slice(1)]);
      refused(run(['check', '--claims', claims[1], file]), /old\.jsonl:1: made by Communiqué engine 0\.0\.9\+000000000000 .*make the claims again with this version/);
    });

    it('refuses a line cut short, naming the file and the line', () => {
      const file = damaged('cut.jsonl', (l) => l.slice(0, 4).join('\n') + '\n' + l[4].slice(0, Math.floor(l[4].length / 2)));
      refused(run(['check', '--claims', claims[1], file]), /cut\.jsonl:5: not a line of JSON \(the file is cut short or damaged\); nothing was checked/);
    });

    it('refuses a file cut short at the end of a line (no closing line)', () => {
      const file = damaged('short.jsonl', (l) => l.slice(0, 6).join('\n') + '\n');
      refused(run(['check', '--claims', file]), /short\.jsonl: cut short after line 6: no closing line/);
    });

    it('refuses a line that is not JSON', () => {
      const file = damaged('garbage.jsonl', (l) => [l[0], 'hello world', ...l.slice(1)]);
      refused(run(['check', '--claims', file]), /garbage\.jsonl:2: not a line of JSON/);
    });

    it('refuses a line of JSON that is not a document\'s analysis', () => {
      const file = damaged('shape.jsonl', (l) => {
        const doc = JSON.parse(l[3]);
        doc.figures[0].end = doc.text.length + 5;
        return [...l.slice(0, 3), JSON.stringify(doc), ...l.slice(4)];
      });
      refused(run(['check', '--claims', file]), /shape\.jsonl:4: not a document's claims \(figures\[0\] is not a span inside the text\)/);
    });

    it('refuses a closing count that does not match', () => {
      const file = damaged('count.jsonl', (l) => [l[0], ...l.slice(2)]);
      refused(run(['check', '--claims', file]), /count\.jsonl:\d+: the closing line counts \d+ documents but \d+ came before it/);
    });

    it('refuses an article, an empty file, a missing file given as claims', () => {
      refused(run(['check', '--claims', shards[0][0]]), /\.txt:1: not a Communiqué claims file/);
      const empty = path.join(dir, 'empty.jsonl');
      fs.writeFileSync(empty, '');
      refused(run(['check', '--claims', empty]), /empty\.jsonl: empty, not a Communiqué claims file/);
      refused(run(['check', '--claims', path.join(dir, 'nope.jsonl')]), /nope\.jsonl: no such file/);
    });

    it('refuses one document analysed differently in two files', () => {
      const file = damaged('twice.jsonl', (l) => {
        const doc = JSON.parse(l[1]);
        doc.problems = ['changed'];
        return [l[0], JSON.stringify(doc), '{"communique":"end","documents":1}'];
      });
      refused(run(['check', '--claims', claims[0], file]), /twice\.jsonl:2: .* is also in .*claims-1\.jsonl:2, analysed differently/);
    });

    const usage: [string, string[], RegExp][] = [
      ['--claims-out with --format', ['analyze', '--format', 'json', '--claims-out', 'x.jsonl', 'samples'], /--claims-out writes claims only: --format does not apply/],
      ['--claims-out on check', ['check', '--claims-out', 'x.jsonl', 'samples'], /--claims-out is for analyze/],
      ['--claims on analyze', ['analyze', '--claims', 'x.jsonl'], /--claims is for check/],
      ['--claims with --knowledge', ['check', '--claims', '--knowledge', 'k.yaml', 'x.jsonl'], /--knowledge belongs to the analyze --claims-out runs/],
      ['--claims without a file', ['check', '--claims'], /check --claims: no claims FILE given/],
      ['--claims-out over an input article', ['analyze', '--claims-out', 'samples/vi-quan-he-ngoai-giao.txt', 'samples'], /is an input article: not written over/],
    ];
    for (const [what, args, message] of usage) it(`says one clear line and exits 2 for ${what}`, () => refused(run(args), message));
  });
});
