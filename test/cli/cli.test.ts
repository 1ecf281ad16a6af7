import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, SAMPLES, SEEDS } from '../support/paths';

const CLI = path.join(ROOT, 'bin', 'communique.js');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'communique-cli-'));
}

describe('communique CLI', () => {
  before(function () {
    this.timeout(60000);
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(b.status, 0, b.stderr);
  });

  describe('usage', () => {
    it('prints help and exits 0', () => {
      const r = run(['--help']);
      assert.strictEqual(r.code, 0);
      assert.match(r.stdout, /communique analyze \[--format json\|jsonl\|text\] PATH/);
      assert.match(r.stdout, /communique check \[--format text\|json\|sarif\] PATH/);
    });

    const bad: [string, string[], RegExp][] = [
      ['no command', [], /no command given/],
      ['an unknown command', ['frobnicate', 'x'], /unknown command "frobnicate"/],
      ['no path', ['check'], /no PATH given/],
      ['a missing path', ['analyze', 'does/not/exist.txt'], /does\/not\/exist\.txt: no such file or folder/],
      ['a format the command lacks', ['analyze', '--format', 'sarif', 'samples'], /--format sarif is not available for analyze/],
      ['an unknown option', ['check', '--colour', 'samples'], /Unknown option '--colour'/],
      ['an unknown message language', ['check', '--lang', 'fr', 'samples'], /--lang fr is not available/],
    ];
    for (const [what, args, message] of bad) {
      it(`says one clear line and exits 2 for ${what}`, () => {
        const r = run(args);
        assert.strictEqual(r.code, 2, r.stderr);
        assert.match(r.stderr, message);
        assert.strictEqual(r.stderr.trim().split('\n').length, 1, r.stderr);
        assert.doesNotMatch(r.stderr, /\n\s+at /);
      });
    }

    it('refuses a file that is not UTF-8 text', () => {
      const dir = tmpdir();
      fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69]));
      const r = run(['analyze', path.join(dir, 'latin1.txt')]);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /latin1\.txt: not UTF-8 text/);
    });
  });

  describe('communique-ls', () => {
    const LS = path.join(ROOT, 'bin', 'communique-ls.js');
    it('prints its usage for --help', () => {
      const r = spawnSync(process.execPath, [LS, '--help'], { encoding: 'utf8' });
      assert.strictEqual(r.status, 0);
      assert.match(r.stdout, /Usage: communique-ls --stdio/);
    });
    it('says one clear line and exits 2 without a transport', () => {
      const r = spawnSync(process.execPath, [LS], { encoding: 'utf8', timeout: 10000 });
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /^communique-ls: no transport given/);
      assert.strictEqual(r.stderr.trim().split('\n').length, 1);
    });
  });

  describe('analyze --format jsonl', () => {
    it('writes one document per line, each the json contract\'s document', () => {
      const json = JSON.parse(run(['analyze', '--format', 'json', SAMPLES]).stdout);
      const r = run(['analyze', '--format', 'jsonl', SAMPLES]);
      assert.strictEqual(r.code, 0, r.stderr);
      const lines = r.stdout.trimEnd().split('\n');
      assert.strictEqual(lines.length, json.documents.length);
      assert.deepStrictEqual(lines.map((l) => JSON.parse(l)), json.documents);
    });
  });

  describe('analyze --format json', () => {
    // The seeds are beside the project in CI and on developer machines; a bare clone uses the samples.
    const corpus = fs.existsSync(SEEDS) ? SEEDS : SAMPLES;
    it(`follows the version 1 contract on ${path.basename(corpus)}`, () => {
      const r = run(['analyze', '--format', 'json', corpus]);
      assert.strictEqual(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.strictEqual(out.version, 1);
      assert.strictEqual(out.documents.length, fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).length);
      for (const d of out.documents) {
        const text = fs.readFileSync(path.resolve(ROOT, d.path), 'utf8').replace(/^\uFEFF/, '');
        assert.ok(d.language === 'vi' || d.language === 'en');
        assert.ok(d.referenceDate === null || /^\d{4}-\d{2}-\d{2}$/.test(d.referenceDate), d.referenceDate);
        for (const e of d.entities) {
          assert.ok(['person', 'country', 'organization', 'place', 'date', 'title'].includes(e.type), e.type);
          assert.strictEqual(text.slice(e.start, e.end), e.text);
          assert.strictEqual(typeof e.canonical, 'string');
        }
        for (const f of d.figures) {
          assert.strictEqual(text.slice(f.start, f.end), f.text);
          assert.ok(typeof f.value === 'number' || (Array.isArray(f.value) && f.value.length === 2));
          assert.ok(['exact', 'approx', 'lower', 'upper'].includes(f.bound));
          assert.ok('metric' in f && 'period' in f && 'unit' in f && 'kind' in f);
        }
        for (const f of d.findings) {
          assert.match(f.code, /^[a-z]+(\.[a-z-]+)+$/);
          assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity));
          assert.ok(Array.isArray(f.related));
          for (const rel of f.related) assert.ok(typeof rel.path === 'string' && rel.end >= rel.start);
        }
      }
    });

    it('counts offsets after a BOM, in NFD text and with CRLF line ends', () => {
      const dir = tmpdir();
      const body = 'Kim ngạch thương mại hai chiều năm 2023 đạt 486 triệu USD.\r\nTổng thống Peru Dina Boluarte tiếp Đại sứ.';
      fs.writeFileSync(path.join(dir, 'bom.txt'), '\uFEFF' + body.normalize('NFD'));
      const r = run(['analyze', '--format', 'json', dir]);
      assert.strictEqual(r.code, 0, r.stderr);
      const [d] = JSON.parse(r.stdout).documents;
      const text = body.normalize('NFD');
      for (const x of [...d.entities, ...d.figures]) assert.strictEqual(text.slice(x.start, x.end), x.text);
    });
  });

  describe('--dated-file-names', () => {
    it('takes the reference date from the file name, and only when asked', () => {
      const dir = tmpdir();
      fs.writeFileSync(path.join(dir, '2023-11-20-lima.txt'), 'Chủ tịch nước thăm Lima\n\nNgày 14/11, Chủ tịch nước gặp Thị trưởng Lima tại tòa thị chính.\n');
      const dated = JSON.parse(run(['analyze', '--dated-file-names', dir]).stdout).documents[0];
      assert.strictEqual(dated.referenceDate, '2023-11-20');
      assert.strictEqual(dated.referenceDateSource.source, 'option');
      assert.ok(dated.entities.some((e: { type: string; value?: string }) => e.type === 'date' && e.value === '2023-11-14'));
      const plain = JSON.parse(run(['analyze', dir]).stdout).documents[0];
      assert.notStrictEqual(plain.referenceDate, '2023-11-20');
    });
  });

  describe('analyze --format text', () => {
    it('lists every document with its language and reference date', () => {
      const r = run(['analyze', '--format', 'text', SAMPLES]);
      assert.strictEqual(r.code, 0, r.stderr);
      const docs = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'));
      assert.ok(docs.length >= 4);
      for (const f of docs) assert.match(r.stdout, new RegExp(`samples/${f.replace(/\./g, '\\.')}  \\((vi|en); reference date`));
    });
  });
});
