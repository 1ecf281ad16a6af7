/**
 * `communique export` as a user runs it, and the plain text of `check`: every format writes what
 * its readers expect (brat offsets that pick out exactly the annotated words of the `.txt`, CSV
 * rows, the JSON contract, a self-contained HTML page), an input article is never written over,
 * and terminal messages carry no Markdown.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, SAMPLES } from '../support/paths';

const CLI = path.join(ROOT, 'bin', 'communique.js');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('communique export and plain messages', () => {
  before(function () {
    this.timeout(60000);
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(b.status, 0, b.stderr);
  });
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-export-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('brat: a .txt and an .ann per article and annotation.conf; each offset pair picks out its text', () => {
    const r = run(['export', '--format', 'brat', '--out', dir, SAMPLES]);
    assert.strictEqual(r.code, 0, r.stderr);
    const conf = fs.readFileSync(path.join(dir, 'annotation.conf'), 'utf8');
    // Each pair keeps the article's path relative to the working directory (samples/…).
    const out = path.join(dir, path.relative(ROOT, SAMPLES));
    const txts = fs.readdirSync(out).filter((f) => f.endsWith('.txt'));
    assert.strictEqual(txts.length, fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).length);
    for (const t of txts) {
      const text = [...fs.readFileSync(path.join(out, t), 'utf8')]; // brat counts code points
      const ann = fs.readFileSync(path.join(out, t.replace(/\.txt$/, '.ann')), 'utf8').trimEnd().split('\n');
      assert.ok(ann.length > 5, `${t}: few annotations`);
      for (const line of ann) {
        const m = /^T\d+\t(\w+) ([\d ;]+)\t(.*)$/.exec(line);
        if (!m) {
          assert.match(line, /^#\d+\tAnnotatorNotes T\d+\t\S/, `${t}: not a brat line: ${line}`);
          continue;
        }
        assert.ok(new RegExp(`^${m[1]}$`, 'm').test(conf), `${m[1]} is not declared in annotation.conf`);
        const covered = m[2].split(';').map((p) => { const [a, b] = p.split(' ').map(Number); return text.slice(a, b).join(''); }).join(' ');
        assert.strictEqual(covered, m[3], `${t}: ${line}`);
      }
    }
  });

  it('csv, json and html to a file or to standard output', () => {
    const csv = run(['export', '--format', 'csv', SAMPLES]);
    assert.strictEqual(csv.code, 0, csv.stderr);
    const rows = csv.stdout.trimEnd().split('\r\n');
    assert.strictEqual(rows[0], 'path,kind,type,text,start,end,line,column,value,unit,metric,period,canonical,code,severity,message');
    assert.ok(rows.some((r) => /,figure,money,/.test(r)) && rows.some((r) => /,finding,/.test(r)) && rows.some((r) => /,entity,person,/.test(r)));
    const json = run(['export', '--format', 'json', '--out', path.join(dir, 'a.json'), SAMPLES]);
    assert.strictEqual(json.code, 0, json.stderr);
    assert.strictEqual(JSON.parse(fs.readFileSync(path.join(dir, 'a.json'), 'utf8')).version, 1);
    const html = run(['export', '--format', 'html', '--lang', 'vi', '--out', path.join(dir, 'r.html'), SAMPLES]);
    assert.strictEqual(html.code, 0, html.stderr);
    const page = fs.readFileSync(path.join(dir, 'r.html'), 'utf8');
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
    assert.match(page, /Báo cáo nhất quán/);
    assert.match(page, /<svg class="chart"/);
    assert.doesNotMatch(page, /<script|<link|src=/, 'the exported page loads and runs nothing');
  });

  it('never writes over an input article', () => {
    const article = path.join(dir, 'a.txt');
    fs.copyFileSync(path.join(SAMPLES, 'vi-thuong-mai-viet-nam-peru.txt'), article);
    const before = fs.readFileSync(article, 'utf8');
    const r = run(['export', '--format', 'csv', '--out', article, article]);
    assert.match(r.stderr, /is an input article: not written over/);
    assert.strictEqual(fs.readFileSync(article, 'utf8'), before);
  });

  it('says what is missing: a format, a brat folder', () => {
    assert.match(run(['export', SAMPLES]).stderr, /--format is required/);
    assert.match(run(['export', '--format', 'brat', SAMPLES]).stderr, /--out DIR is required/);
  });

  for (const lang of ['en', 'vi']) {
    it(`check --lang ${lang}: no Markdown in terminal messages, severities in ${lang}`, () => {
      const r = run(['check', '--lang', lang, SAMPLES]);
      assert.doesNotMatch(r.stdout, /`|\*\*/);
      assert.match(r.stdout, /“/, 'quoted article text is in quotation marks');
      assert.match(r.stdout, lang === 'vi' ? /:\d+:\d+ cảnh báo date\.mismatch / : /:\d+:\d+ warning date\.mismatch /);
      const json = JSON.parse(run(['check', '--format', 'json', '--lang', lang, SAMPLES]).stdout);
      for (const f of json.findings) assert.doesNotMatch(f.message, /`/);
    });
  }
});
