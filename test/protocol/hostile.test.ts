/**
 * What a hostile folder or client can do to the language server (issue #15): each case is a probe
 * that once took the server down, hung it, or cost the user a file.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol';
import { buildServer } from './build';
import { spawn } from 'child_process';
import { BIN, TestClient } from './lspClient';
import { link } from '../../server/src/lsp/context';

function tmpFolder(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `communique-hostile-${name}-`));
}

/** An article of `n` one-sentence paragraphs, each with two entities and a figure. */
function longArticle(n: number): string {
  const lines = ['Việt Nam và Peru thúc đẩy hợp tác thương mại', ''];
  for (let i = 0; i < n; i++) lines.push(`Đoạn ${i}: Chủ tịch nước Võ Văn Thưởng gặp Tổng thống Peru, kim ngạch đạt ${i},5 tỷ USD năm 2023.`);
  return lines.join('\n');
}

describe('communique-ls over stdio: hostile input', function () {
  this.timeout(30000);
  before(() => buildServer());

  describe('the outline of a very long article', () => {
    let client: TestClient;
    before(async () => {
      client = await TestClient.start({ root: tmpFolder('outline') });
      await client.waitForIndexed();
    });
    after(async () => {
      if (client) await client.shutdown();
    });

    it('answers at once with at most 2,000 symbols and says how many it left out', async function () {
      // 5,000 paragraphs took 20 s when every block scanned every mention; it is one pass now.
      this.timeout(15000);
      await client.open('long.txt', longArticle(5000));
      const [title] = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri('long.txt') } });
      let count = 0;
      const walk = (s: DocumentSymbol) => {
        count++;
        s.children?.forEach(walk);
      };
      walk(title);
      assert.ok(count <= 2001, `${count} symbols`);
      const last = title.children![title.children!.length - 1];
      assert.match(last.name, /^… \d+ more not shown/);
      // What is shown is the start of the article, in order.
      const paragraphs = title.children!.filter((c) => c.detail === 'lead' || c.detail === 'paragraph');
      assert.match(paragraphs[0].name, /^Đoạn 0:/);
      assert.match(paragraphs[1].name, /^Đoạn 1:/);
    });
  });

  describe('the files the server writes: .communique/reviewed.json', () => {
    const ARTICLE = 'Việt Nam và Peru thúc đẩy hợp tác\n\nNăm 2023, kim ngạch thương mại hai chiều đạt 290 triệu USD.\n';
    const GOOD = '{\n  "version": 1,\n  "reviewed": [\n    { "file": "old.txt", "code": "figure.mismatch", "text": "1 tỷ USD" }\n  ]\n}\n';
    // A hand edit in progress: a comma after the last property of line 4.
    const BROKEN = '{\n  "version": 1,\n  "reviewed": [\n    { "file": "old.txt", "code": "figure.mismatch", "text": "1 tỷ USD", }\n  ]\n}\n';
    let root: string;
    let outside: string;
    let client: TestClient;
    const mark = () =>
      client.request<boolean>('workspace/executeCommand', {
        command: 'communique.markReviewed',
        arguments: [{ uri: client.uri('a.txt'), code: 'figure.mismatch', text: '290 triệu USD', message: 'm' }],
      });
    const shownSince = (n: number) => client.shown.slice(n).map((m) => m.message).join('\n');

    beforeEach(async () => {
      root = tmpFolder('reviewed');
      outside = tmpFolder('outside');
      fs.writeFileSync(path.join(root, 'a.txt'), ARTICLE);
    });
    afterEach(async () => {
      if (client) await client.shutdown();
    });
    const start = async () => {
      client = await TestClient.start({ root });
      await client.waitForIndexed();
    };

    it('refuses to write through a .communique folder that is a link out of the workspace, and says so', async () => {
      fs.symlinkSync(outside, path.join(root, '.communique'));
      await start();
      const n = client.shown.length;
      assert.strictEqual(await mark(), false);
      assert.deepStrictEqual(fs.readdirSync(outside), [], 'nothing is written outside the workspace');
      assert.match(shownSince(n), /outside the workspace/);
    });

    it('refuses to write through a reviewed.json that is a link to a file outside the workspace', async () => {
      fs.mkdirSync(path.join(root, '.communique'));
      const target = path.join(outside, 'precious.json');
      fs.writeFileSync(target, GOOD);
      fs.symlinkSync(target, path.join(root, '.communique', 'reviewed.json'));
      await start();
      const n = client.shown.length;
      assert.strictEqual(await mark(), false);
      assert.strictEqual(fs.readFileSync(target, 'utf8'), GOOD);
      assert.ok(fs.lstatSync(path.join(root, '.communique', 'reviewed.json')).isSymbolicLink(), 'the link is left as it is');
      assert.match(shownSince(n), /is a link; nothing was written/);
    });

    it('never overwrites a reviewed.json that does not parse: reports it at its line, writes once it is fixed', async () => {
      fs.mkdirSync(path.join(root, '.communique'));
      const file = path.join(root, '.communique', 'reviewed.json');
      fs.writeFileSync(file, BROKEN);
      await start();
      const uri = client.uri('.communique/reviewed.json');
      const d = await client.waitForDiagnostics(uri, (x: Diagnostic[]) => x.length > 0);
      assert.strictEqual(d[0].code, 'reviewed.invalid');
      assert.strictEqual(d[0].range.start.line, 3, 'the comma on line 4');
      const n = client.shown.length;
      assert.strictEqual(await mark(), false);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), BROKEN, 'the user\'s file is kept byte for byte');
      assert.match(shownSince(n), /does not parse \(line 4, column \d+/);
      // Fixed by hand: the next mark keeps the user's entry and adds the new one.
      fs.writeFileSync(file, GOOD);
      assert.strictEqual(await mark(), true);
      const written = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert.deepStrictEqual(written.reviewed.map((e: { text: string }) => e.text), ['1 tỷ USD', '290 triệu USD']);
      await client.waitForDiagnostics(uri, (x: Diagnostic[]) => x.length === 0);
    });

    it('writes atomically: a new file replaces the old one (a hard link to the old one keeps it), no temporary file is left', async () => {
      fs.mkdirSync(path.join(root, '.communique'));
      const file = path.join(root, '.communique', 'reviewed.json');
      fs.writeFileSync(file, GOOD);
      const copy = path.join(outside, 'hard-link.json');
      fs.linkSync(file, copy);
      await start();
      assert.strictEqual(await mark(), true);
      assert.strictEqual(fs.readFileSync(copy, 'utf8'), GOOD, 'the old file was not written in place');
      assert.match(fs.readFileSync(file, 'utf8'), /290 triệu USD/);
      assert.deepStrictEqual(fs.readdirSync(path.join(root, '.communique')), ['reviewed.json']);
    });
  });

  describe('the files the server reads: .communique/knowledge.yaml', () => {
    let client: TestClient | undefined;
    afterEach(async () => {
      if (client) await client.shutdown();
      client = undefined;
    });

    it('skips a knowledge.yaml that is a FIFO, says why, and answers requests', async () => {
      const root = tmpFolder('fifo');
      fs.mkdirSync(path.join(root, '.communique'));
      execFileSync('mkfifo', [path.join(root, '.communique', 'knowledge.yaml')]);
      fs.writeFileSync(path.join(root, 'a.txt'), longArticle(3));
      client = await TestClient.start({ root });
      await client.waitForIndexed();
      const uris = await client.request<string[]>('communique/indexedArticles', null);
      assert.deepStrictEqual(uris, [client.uri('a.txt')]);
      await client.waitFor('a message about knowledge.yaml', () => client!.shown.find((m) => /knowledge\.yaml cannot be read \(a named pipe \(FIFO\), not a regular file\)/.test(m.message)));
    });

    it('says so when knowledge.yaml cannot be read for its permissions', async () => {
      const root = tmpFolder('unreadable');
      fs.chmodSync(root, 0o755);
      fs.mkdirSync(path.join(root, '.communique'), { mode: 0o755 });
      const k = path.join(root, '.communique', 'knowledge.yaml');
      fs.writeFileSync(k, 'entities: []\n', { mode: 0o000 });
      fs.chmodSync(k, 0o000);
      // Root reads every file: the server runs as nobody then.
      const uid = process.getuid?.() === 0 ? 65534 : undefined;
      client = await TestClient.start({ root, uid });
      await client.waitForIndexed();
      await client.waitFor('a message about knowledge.yaml', () => client!.shown.find((m) => /knowledge\.yaml cannot be read \(permission denied\)/.test(m.message)));
    });
  });

  describe('a malformed message header', () => {
    const frame = (o: object) => {
      const body = Buffer.from(JSON.stringify(o));
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
    };
    const initialize = frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    /** Writes `garbage` then an initialize request; resolves with "answered" or "exited", never waits past the timeout. */
    const after = (garbage: string) =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        const timer = setTimeout(() => {
          child.kill();
          reject(new Error(`no answer and no exit after ${JSON.stringify(garbage)}; stderr: ${err}`));
        }, 8000);
        child.stdout.on('data', (d) => {
          out += d;
          if (/"id":1,"result":\{"capabilities"/.test(out)) {
            clearTimeout(timer);
            child.kill();
            resolve(`answered; ${err}`);
          }
        });
        child.stderr.on('data', (d) => (err += d));
        child.on('exit', () => {
          clearTimeout(timer);
          resolve('exited');
        });
        child.stdin.write(garbage);
        child.stdin.write(initialize);
      });
    const GARBAGE: [string, string][] = [
      ['a line with no colon', 'garbage\r\n\r\n'],
      ['a length that is not a number', 'Content-Length: abc\r\n\r\n'],
      ['an absurd length', 'Content-Length: 99999999999\r\n\r\n'],
      ['bytes before a header', 'xx'],
      ['binary', '\u0000\u0001\u00ff\r\n\r\n\r\n'],
    ];
    for (const [what, garbage] of GARBAGE) {
      it(`answers the next valid message after ${what}`, async () => {
        const result = await after(garbage);
        assert.match(result, /^answered; communique-ls: malformed message header/);
      });
    }
  });

  describe('folders that appear, move and go', () => {
    let client: TestClient;
    let root: string;
    before(async () => {
      root = tmpFolder('folders');
      fs.writeFileSync(path.join(root, 'a.txt'), longArticle(2));
      client = await TestClient.start({ root });
      await client.waitForIndexed();
    });
    after(async () => {
      if (client) await client.shutdown();
    });
    const folderEvent = (rel: string, type: number) =>
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(rel), type }] });
    const indexed = async () => (await client.request<string[]>('communique/indexedArticles', null)).map((u) => u.slice(client.uri('').length + 1));
    const until = (want: string[]) =>
      client.waitForAsync(async () => {
        const got = await indexed();
        return JSON.stringify(got) === JSON.stringify(want) ? got : undefined;
      });

    it('indexes the articles of a folder moved into the workspace, however deep', async () => {
      const away = tmpFolder('away');
      fs.mkdirSync(path.join(away, 'sub'));
      fs.writeFileSync(path.join(away, 'b.txt'), longArticle(3));
      fs.writeFileSync(path.join(away, 'sub', 'c.txt'), longArticle(4));
      fs.cpSync(away, path.join(root, 'moved'), { recursive: true });
      await folderEvent('moved', 1);
      assert.deepStrictEqual(await until(['a.txt', 'moved/b.txt', 'moved/sub/c.txt']), ['a.txt', 'moved/b.txt', 'moved/sub/c.txt']);
    });

    it('follows a folder renamed inside the workspace (deleted here, created there)', async () => {
      fs.renameSync(path.join(root, 'moved'), path.join(root, 'renamed'));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [
          { uri: client.uri('moved'), type: 3 },
          { uri: client.uri('renamed'), type: 1 },
        ],
      });
      assert.deepStrictEqual(await until(['a.txt', 'renamed/b.txt', 'renamed/sub/c.txt']), ['a.txt', 'renamed/b.txt', 'renamed/sub/c.txt']);
    });

    it('drops everything under a deleted folder', async () => {
      fs.rmSync(path.join(root, 'renamed'), { recursive: true });
      await folderEvent('renamed', 3);
      assert.deepStrictEqual(await until(['a.txt']), ['a.txt']);
    });
  });

  it('a hover link to a file with a hostile name stays one link to that file', () => {
    const md = link('a)[e](command:x', 'file:///tmp/a)[e](command:evil).txt', 2, 4);
    assert.strictEqual(md, '[a\\)\\[e\\]\\(command:x](file:///tmp/a%29%5Be%5D%28command:evil%29.txt#L3,5)');
  });
});
