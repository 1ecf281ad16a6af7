/**
 * What a hostile folder or pipe can do to the CLI (issue #15): each case once hung it, grew it
 * without bound, printed a stack trace or lost the whole run for one file.
 */
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, SAMPLES } from '../support/paths';

const CLI = path.join(ROOT, 'bin', 'communique.js');
const ARTICLE = 'Việt Nam và Peru thúc đẩy hợp tác\n\nNăm 2023, kim ngạch thương mại hai chiều đạt 290 triệu USD, Tổng thống Peru Dina Boluarte cho biết.\n';

function run(args: string[], options: { uid?: number } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
    timeout: 20000,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI in a shell pipeline; returns the CLI's own exit status and its stderr. */
function piped(args: string[], into: string) {
  const err = path.join(tmpdir(), 'stderr.txt');
  const quoted = [process.execPath, CLI, ...args].map((a) => `'${a}'`).join(' ');
  const status = execFileSync('bash', ['-c', `${quoted} 2>'${err}' ${into}; echo "\${PIPESTATUS[0]}"`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C' }, timeout: 20000 });
  return { code: Number(status.trim()), stderr: fs.readFileSync(err, 'utf8') };
}

function tmpdir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-cli-hostile-'));
  fs.chmodSync(dir, 0o755);
  return dir;
}

const oneLine = (stderr: string) => assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');

describe('communique CLI: hostile input', () => {
  before(function () {
    this.timeout(60000);
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(b.status, 0, b.stderr);
  });

  describe('output that cannot be written', () => {
    it('ends quietly with its usual exit code when the reader goes away (| head)', () => {
      const analyze = piped(['analyze', '--format', 'json', SAMPLES], '| head -c 100 >/dev/null');
      assert.strictEqual(analyze.code, 0, analyze.stderr);
      assert.strictEqual(analyze.stderr, '');
      // The samples, eight times over: findings enough to fill a pipe.
      const corpus = tmpdir();
      for (let i = 0; i < 8; i++) fs.cpSync(SAMPLES, path.join(corpus, `copy-${i}`), { recursive: true });
      const full = run(['check', '--format', 'json', corpus]);
      assert.strictEqual(full.code, 1, 'the samples hold warnings');
      assert.ok(full.stdout.length > 65536, 'enough output to fill a pipe');
      const check = piped(['check', '--format', 'json', corpus], '| head -c 100 >/dev/null');
      assert.strictEqual(check.code, full.code, check.stderr);
      assert.strictEqual(check.stderr, '');
    });

    it('says one clear line and exits 2 on a full disk', () => {
      const r = piped(['check', SAMPLES], '>/dev/full');
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.stderr, 'communique: cannot write the output: no space left on device\n');
    });
  });

  describe('files that cannot be read', () => {
    it('skips a file that is not UTF-8 with a message and analyses the rest', () => {
      const dir = tmpdir();
      fs.writeFileSync(path.join(dir, 'a-latin1.txt'), Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69]));
      fs.writeFileSync(path.join(dir, 'b.txt'), ARTICLE);
      const r = run(['analyze', '--format', 'json', dir]);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stderr, /a-latin1\.txt: not UTF-8 text; skipped\n$/);
      oneLine(r.stderr);
      const docs = JSON.parse(r.stdout).documents;
      assert.deepStrictEqual(docs.map((d: { path: string }) => path.basename(d.path)), ['b.txt']);
      assert.ok(docs[0].figures.length > 0);
    });

    it('skips an article given by name that is a FIFO, without waiting for it', () => {
      const dir = tmpdir();
      execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
      fs.writeFileSync(path.join(dir, 'b.txt'), ARTICLE);
      const r = run(['analyze', path.join(dir, 'pipe.txt'), path.join(dir, 'b.txt')]);
      assert.strictEqual(r.signal, null, 'it ended by itself');
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stderr, /pipe\.txt: a named pipe \(FIFO\), not a regular file; skipped/);
      assert.strictEqual(JSON.parse(r.stdout).documents.length, 1);
    });

    it('does not use a folder\'s knowledge.yaml that is a FIFO, and says why', () => {
      const dir = tmpdir();
      fs.mkdirSync(path.join(dir, '.communique'));
      execFileSync('mkfifo', [path.join(dir, '.communique', 'knowledge.yaml')]);
      fs.writeFileSync(path.join(dir, 'b.txt'), ARTICLE);
      const r = run(['check', dir]);
      assert.strictEqual(r.signal, null, 'it ended by itself');
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      assert.match(r.stderr, /knowledge\.yaml: cannot be read \(a named pipe \(FIFO\), not a regular file\); not used/);
    });

    it('refuses --knowledge /dev/zero at once instead of reading it forever', () => {
      const r = run(['check', '--knowledge', '/dev/zero', SAMPLES]);
      assert.strictEqual(r.signal, null, 'it ended by itself');
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.stderr, 'communique: /dev/zero: cannot be read as a knowledge file (a device, not a regular file)\n');
    });

    it('refuses a knowledge file larger than 5 MB', () => {
      const dir = tmpdir();
      const k = path.join(dir, 'big.yaml');
      fs.writeFileSync(k, '#'.repeat(5 * 1024 * 1024 + 1));
      const r = run(['check', '--knowledge', k, SAMPLES]);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /big\.yaml: cannot be read as a knowledge file \(too large \(5242881 bytes; the limit is 5242880 bytes\)\)/);
    });

    it('says so when a folder\'s knowledge.yaml cannot be read for its permissions, and goes on', () => {
      const dir = tmpdir();
      fs.mkdirSync(path.join(dir, '.communique'), { mode: 0o755 });
      const k = path.join(dir, '.communique', 'knowledge.yaml');
      fs.writeFileSync(k, 'entities: []\n');
      fs.chmodSync(k, 0o000);
      fs.writeFileSync(path.join(dir, 'b.txt'), ARTICLE);
      // Root reads every file: the CLI runs as nobody then.
      const r = run(['analyze', dir], { uid: process.getuid?.() === 0 ? 65534 : undefined });
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stderr, /knowledge\.yaml: cannot be read \(permission denied\); not used/);
      assert.strictEqual(JSON.parse(r.stdout).documents.length, 1);
    });
  });

  describe('file names', () => {
    it('a newline in a file name never splits a line of check output or of a warning', () => {
      const dir = tmpdir();
      for (const f of fs.readdirSync(SAMPLES).filter((n) => n.endsWith('.txt'))) fs.copyFileSync(path.join(SAMPLES, f), path.join(dir, `x\nsplit ${f}`));
      fs.writeFileSync(path.join(dir, 'bad\nname.txt'), Buffer.from([0xff, 0xfe]));
      const r = run(['check', dir]);
      assert.strictEqual(r.code, 1, r.stderr);
      assert.strictEqual(r.stderr, `communique: ${path.join(dir, 'bad')}\\nname.txt: not UTF-8 text; skipped\n`);
      assert.doesNotMatch(r.stdout, /^split /m);
      assert.match(r.stdout, /x\\nsplit /);
    });
  });

  describe('marks', () => {
    it('counts offsets past one BOM only: a second BOM is text', () => {
      const dir = tmpdir();
      fs.writeFileSync(path.join(dir, 'bom2.txt'), '\uFEFF\uFEFF' + ARTICLE);
      const r = run(['analyze', '--format', 'json', dir]);
      assert.strictEqual(r.code, 0, r.stderr);
      const [d] = JSON.parse(r.stdout).documents;
      const text = '\uFEFF' + ARTICLE;
      assert.ok(d.figures.length > 0 && d.entities.length > 0);
      for (const x of [...d.entities, ...d.figures]) assert.strictEqual(text.slice(x.start, x.end), x.text);
    });
  });
});
