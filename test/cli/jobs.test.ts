/**
 * `--jobs N`: each document's own analysis runs on N worker threads, and nothing the CLI prints or
 * writes depends on N — the same bytes, in the same order, for one thread and for several.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FIXTURES, ROOT, SAMPLES } from '../support/paths';

const CLI = path.join(ROOT, 'bin', 'communique.js');
const CORPUS = path.relative(ROOT, path.join(FIXTURES, 'checks', 'corpus'));
const SAMPLE_DIR = path.relative(ROOT, SAMPLES);

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C' }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('communique --jobs', () => {
  let dir: string;
  before(function () {
    this.timeout(60000);
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(b.status, 0, b.stderr);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-jobs-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const commands: string[][] = [
    ['analyze', '--format', 'json'],
    ['analyze', '--format', 'jsonl'],
    ['analyze', '--format', 'text'],
    ['check', '--format', 'text'],
    ['check', '--format', 'sarif', '--lang', 'vi'],
    ['export', '--format', 'csv'],
  ];
  for (const command of commands) {
    it(`${command.join(' ')}: --jobs 1 and --jobs 2 print the same bytes`, function () {
      this.timeout(60000);
      const one = run([...command, '--jobs', '1', CORPUS, SAMPLE_DIR]);
      const two = run([...command, '--jobs', '2', CORPUS, SAMPLE_DIR]);
      assert.strictEqual(one.stderr, '');
      assert.strictEqual(two.stderr, '');
      assert.strictEqual(two.code, one.code);
      assert.ok(one.stdout.length > 1000);
      assert.ok(one.stdout === two.stdout, 'the outputs differ');
    });
  }

  it('analyze --claims-out: --jobs 1 and --jobs 3 write the same file', function () {
    this.timeout(60000);
    const files = [1, 3].map((n) => {
      const file = path.join(dir, `claims-${n}.jsonl`);
      const r = run(['analyze', '--jobs', String(n), '--claims-out', file, CORPUS, SAMPLE_DIR]);
      assert.strictEqual(r.code, 0, r.stderr);
      return fs.readFileSync(file);
    });
    assert.ok(files[0].equals(files[1]), 'the claims files differ');
  });

  for (const bad of ['0', '-1', 'two', '1.5']) {
    it(`refuses --jobs ${bad} with one line and exit 2`, () => {
      const r = run(['check', `--jobs=${bad}`, SAMPLE_DIR]);
      assert.strictEqual(r.code, 2, r.stderr);
      assert.match(r.stderr, /--jobs .*: give a whole number of threads, at least 1/);
      assert.strictEqual(r.stderr.trim().split('\n').length, 1);
    });
  }
});
