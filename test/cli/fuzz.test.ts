/**
 * Property tests of the CLI over random file trees (issue #15): odd names (spaces, quotes, shell
 * and Markdown characters, NFD, emoji, a newline, right-to-left marks), contents of every kind
 * (articles, binary, BOMs single and doubled, CR-only and CRLF lines, NUL bytes, Latin-1 and
 * UTF-16, one huge line, empty files), links (to a file, to a folder above — a cycle —, dangling),
 * a FIFO and a garbled knowledge file. Whatever the tree, the CLI exits 0, 1 or 2 as documented,
 * prints no stack trace, leaves every file byte for byte as it was, and its JSON parses.
 *
 * Seeded: every run tries the same trees; `FUZZ_RUNS=200` tries more, `FUZZ_SEED=n` one. A seed
 * that once failed is kept in KEPT_SEEDS and always runs.
 */
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, SAMPLES } from '../support/paths';
import { generator } from '../support/random';

const CLI = path.join(ROOT, 'bin', 'communique.js');

/** Seeds that failed once (with what they found); they run on every run. */
const KEPT_SEEDS: number[] = [];


const SENTENCES = fs
  .readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8').split(/(?<=[.!?])\s+|\n+/))
  .filter((s) => s.trim().length > 0);

const NAME_PIECES = [
  'bài', 'tin tức', 'a', 'Z9', ' ', '-', '.', '#', '%20', "'", '"', '$(id)', '`', '&', ';', '\\', '\n', '\t', '[x](y)', '*',
  '?', 'hoà'.normalize('NFD'), 'Hòa', '😀', '\u202e', '<b>', 'command:x', '..', '~', '=', 'ĐẠI SỨ', '\u00a0',
];
const EXTENSIONS = ['.txt', '.txt', '.txt', '.txt', '.TXT', '.md', '', '.txt.bak'];

type Rand = () => number;
const pick = <T>(next: Rand, list: readonly T[]): T => list[Math.floor(next() * list.length)];
const int = (next: Rand, lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));

function article(next: Rand, eol = '\n'): string {
  const lines = [pick(next, SENTENCES), ''];
  for (let i = int(next, 1, 12); i > 0; i--) lines.push(pick(next, SENTENCES));
  return lines.join(eol) + eol;
}

/** One file's bytes, of a kind the seed picks. */
function content(next: Rand): Buffer {
  switch (int(next, 0, 13)) {
    case 0:
      return Buffer.alloc(0);
    case 1:
      return Buffer.from('\uFEFF' + article(next));
    case 2:
      return Buffer.from('\uFEFF\uFEFF' + article(next));
    case 3:
      return Buffer.from(article(next, '\r'));
    case 4:
      return Buffer.from(article(next, '\r\n'));
    case 5: {
      const b = Buffer.alloc(int(next, 1, 4096));
      for (let i = 0; i < b.length; i++) b[i] = Math.floor(next() * 256);
      return b;
    }
    case 6:
      return Buffer.from(article(next).replace(/ /g, () => (next() < 0.05 ? '\0' : ' ')));
    case 7:
      return Buffer.from(article(next), 'latin1');
    case 8:
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article(next), 'utf16le')]);
    case 9: {
      // One huge line of figures, within a small budget.
      const unit = 'kim ngạch đạt 1.234,5 triệu USD, tăng 12,5% so với năm 2022 (gần 1,2 tỷ USD); ';
      return Buffer.from('Xuất khẩu\n\n' + unit.repeat(int(next, 100, 1500)));
    }
    case 10:
      return Buffer.from('\n \n\t\n');
    case 11:
      return Buffer.from(`% communique: date=${pick(next, ['2024-13-45', '2024-02-29', 'x', ''])}\n${article(next)}`);
    default:
      return Buffer.from(next() < 0.3 ? article(next).normalize('NFD') : article(next));
  }
}

function name(next: Rand, taken: Set<string>): string {
  for (;;) {
    let n = '';
    for (let i = int(next, 1, 4); i > 0; i--) n += pick(next, NAME_PIECES);
    n = (n + pick(next, EXTENSIONS)).replace(/\//g, '_');
    if (n === '.' || n === '..' || Buffer.byteLength(n) > 200 || taken.has(n)) continue;
    taken.add(n);
    return n;
  }
}

/** Builds a random tree under `root`. */
function tree(next: Rand, root: string, depth = 0): void {
  const taken = new Set<string>();
  for (let i = int(next, 1, depth ? 3 : 6); i > 0; i--) fs.writeFileSync(path.join(root, name(next, taken)), content(next));
  if (depth === 0 && next() < 0.6) {
    const sub = path.join(root, name(next, taken).replace(/\.[^.]*$/, '') || 'sub');
    fs.mkdirSync(sub);
    tree(next, sub, depth + 1);
    if (next() < 0.5) fs.symlinkSync('..', path.join(sub, name(next, new Set())));
  }
  if (depth === 0) {
    const files = fs.readdirSync(root).filter((f) => fs.lstatSync(path.join(root, f)).isFile());
    if (files.length && next() < 0.5) fs.symlinkSync(pick(next, files), path.join(root, name(next, taken)));
    if (next() < 0.3) fs.symlinkSync('does-not-exist.txt', path.join(root, name(next, taken)));
    if (next() < 0.2) spawnSync('mkfifo', [path.join(root, 'fifo.txt')]);
    if (next() < 0.3) {
      fs.mkdirSync(path.join(root, '.communique'));
      fs.writeFileSync(path.join(root, '.communique', 'knowledge.yaml'), next() < 0.5 ? content(next) : Buffer.from('entities:\n  - name: [\n'));
    }
  }
}

/** Every entry under `root`, links not followed: its kind and bytes (or target). */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const f of fs.readdirSync(dir)) {
      const p = path.join(dir, f);
      const s = fs.lstatSync(p);
      if (s.isSymbolicLink()) out.set(p, `link ${fs.readlinkSync(p)}`);
      else if (s.isDirectory()) {
        out.set(p, 'dir');
        walk(p);
      } else if (s.isFile()) out.set(p, `file ${s.mode} ${fs.readFileSync(p).toString('base64')}`);
      else out.set(p, `special ${s.mode}`);
    }
  };
  walk(root);
  return out;
}

const COMMANDS: string[][] = [
  ['check', '--format', 'json'],
  ['analyze', '--format', 'json'],
  ['check', '--format', 'sarif'],
  ['analyze', '--format', 'jsonl'],
  ['check', '--format', 'text', '--lang', 'vi'],
  ['analyze', '--format', 'text'],
];

function run(args: string[]): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, LANG: 'C' }, timeout: 20000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

async function probe(seed: number): Promise<void> {
  const next = generator(seed);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `communique-cli-fuzz-${seed}-`));
  try {
    tree(next, root);
    const before = snapshot(root);
    const args = [...COMMANDS[seed % COMMANDS.length], root];
    const r = await run(args);
    const where = `seed ${seed} (communique ${args.join(' ')}; keep it in KEPT_SEEDS if it fails)`;
    assert.ok(r.code === 0 || r.code === 1 || r.code === 2, `${where}: exit ${r.code ?? r.signal}\n${r.stderr}`);
    if (args[0] === 'analyze') assert.notStrictEqual(r.code, 1, `${where}: analyze exits 0 or 2`);
    assert.doesNotMatch(r.stderr, /\n\s+at |\b(TypeError|RangeError|ReferenceError|SyntaxError)\b|internal error/, `${where}: stack trace or internal error\n${r.stderr}`);
    if (r.code !== 2) {
      const format = args[2];
      if (format === 'json' || format === 'sarif') assert.doesNotThrow(() => JSON.parse(r.stdout), `${where}: output is not JSON`);
      if (format === 'jsonl') for (const line of r.stdout.split('\n').filter(Boolean)) assert.doesNotThrow(() => JSON.parse(line), `${where}: a line is not JSON`);
      if (args[0] === 'analyze' && format === 'json') assert.strictEqual(JSON.parse(r.stdout).version, 1, where);
    }
    assert.deepStrictEqual(snapshot(root), before, `${where}: a file changed`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

describe('communique CLI: random file trees (property tests)', function () {
  this.timeout(60000);
  before(function () {
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(b.status, 0, b.stderr);
  });

  const one = process.env.FUZZ_SEED ? [Number(process.env.FUZZ_SEED)] : undefined;
  const runs = Number(process.env.FUZZ_RUNS ?? 8);
  const seeds = one ?? [...KEPT_SEEDS, ...Array.from({ length: runs }, (_, i) => 1001 + i)];
  it(`exits 0/1/2, prints no stack trace, changes no file and writes JSON that parses (${seeds.length} trees)`, async () => {
    // Two at a time: CI has two cores.
    for (let i = 0; i < seeds.length; i += 2) await Promise.all(seeds.slice(i, i + 2).map(probe));
  });
});
