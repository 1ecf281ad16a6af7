/**
 * Property tests of the language server over random LSP message streams on stdio (issue #15):
 * valid and malformed headers, bodies that are not JSON or not messages, lengths that are off,
 * unknown methods, requests on unknown documents, parameters of the wrong shape, didChange ranges
 * out of every bound, random settings and file events. Whatever the stream, the server stays up
 * and answers a final valid request within a bound, then exits cleanly on shutdown and exit — or,
 * when its input simply ends (unrecoverable), exits by itself with no stack trace.
 *
 * Seeded: every run sends the same streams; `FUZZ_RUNS=100` sends more, `FUZZ_SEED=n` one. A seed
 * that once failed is kept in KEPT_SEEDS and always runs.
 */
import * as assert from 'assert';
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { buildServer } from './build';
import { BIN } from './lspClient';
import { SAMPLES } from '../support/paths';
import { generator } from '../support/random';

/** Seeds that failed once (with what they found); they run on every run. */
const KEPT_SEEDS: number[] = [];

/** How long the server may take to answer the final request, and to exit. */
const ANSWER_MS = 8000;

type Rand = () => number;
const pick = <T>(next: Rand, list: readonly T[]): T => list[Math.floor(next() * list.length)];
const int = (next: Rand, lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));

const ARTICLE = fs.readFileSync(path.join(SAMPLES, 'vi-thuong-mai-viet-nam-peru.txt'), 'utf8');
const METHODS = [
  'textDocument/hover', 'textDocument/documentSymbol', 'textDocument/semanticTokens/full', 'textDocument/inlayHint',
  'textDocument/codeAction', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight',
  'textDocument/codeLens', 'textDocument/diagnostic', 'workspace/symbol', 'communique/consistencyReport', 'communique/export',
  'communique/indexedArticles', 'workspace/executeCommand', 'x/unknown', '$/unknown', 'initialize', 'textDocument/semanticTokens/range',
];
const NUMBERS = [0, 1, -1, 2 ** 31, -(2 ** 31), 1e9, 0.5, NaN, 3];

function randomJson(next: Rand, depth = 0): unknown {
  switch (int(next, 0, depth > 2 ? 4 : 6)) {
    case 0:
      return null;
    case 1:
      return pick(next, NUMBERS);
    case 2:
      return pick(next, ['', 'x', '\u0000', '\ud800', 'file:///', '::::', ARTICLE.slice(0, int(next, 0, 200))]);
    case 3:
      return next() < 0.5;
    case 4:
      return { uri: 'file:///nowhere.txt' };
    case 5:
      return Array.from({ length: int(next, 0, 3) }, () => randomJson(next, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = int(next, 0, 4); i > 0; i--) o[pick(next, ['textDocument', 'position', 'range', 'uri', 'query', 'format', 'command', 'arguments', 'context', 'x'])] = randomJson(next, depth + 1);
      return o;
    }
  }
}

function frame(body: string | Buffer): Buffer {
  const b = typeof body === 'string' ? Buffer.from(body) : body;
  return Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`), b]);
}
const message = (m: unknown) => frame(JSON.stringify({ jsonrpc: '2.0', ...(m as object) }));

/** A random stream of `n` messages, good and bad, for a server whose folder is `root`. */
function stream(next: Rand, root: string, n: number): Buffer[] {
  const uris = [pathToFileURL(path.join(root, 'a.txt')).href, pathToFileURL(path.join(root, 'open.txt')).href, 'file:///nowhere/x.txt', 'untitled:Untitled-1', 'http://example.invalid/a.txt', '%%%'];
  const pos = () => ({ line: pick(next, NUMBERS), character: pick(next, NUMBERS) });
  const out: Buffer[] = [];
  let id = 100;
  for (let i = 0; i < n; i++) {
    const uri = pick(next, uris);
    switch (int(next, 0, 14)) {
      case 0:
        out.push(message({ id: id++, method: pick(next, METHODS), params: randomJson(next) }));
        break;
      case 1:
        out.push(message({ id: id++, method: pick(next, METHODS), params: { textDocument: { uri }, position: pos(), range: { start: pos(), end: pos() }, context: { diagnostics: [] } } }));
        break;
      case 2:
        out.push(message({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: pick(next, ['communique-article', 'plaintext', 'x']), version: int(next, 0, 5), text: next() < 0.5 ? ARTICLE : String(randomJson(next)) } } }));
        break;
      case 3:
        out.push(message({ method: 'textDocument/didChange', params: { textDocument: { uri, version: pick(next, NUMBERS) }, contentChanges: [next() < 0.2 ? { text: ARTICLE.slice(int(next, 0, 500)) } : { range: { start: pos(), end: pos() }, text: pick(next, ['', 'x', '\r\n', '1.234,5 tỷ USD', '\ud800']) }] } }));
        break;
      case 4:
        out.push(message({ method: 'textDocument/didClose', params: { textDocument: { uri } } }));
        break;
      case 5:
        out.push(message({ method: 'workspace/didChangeWatchedFiles', params: { changes: [{ uri: pick(next, [...uris, pathToFileURL(root).href, 'file:///']), type: int(next, 0, 4) }] } }));
        break;
      case 6:
        out.push(message({ method: 'workspace/didChangeConfiguration', params: { settings: next() < 0.5 ? randomJson(next) : { communique: { articles: { include: pick(next, [['**/*'], [], 5, ['[']]) }, maxFileSize: pick(next, NUMBERS), locale: 'vi' } } } }));
        break;
      case 7:
        out.push(message({ method: pick(next, ['$/cancelRequest', '$/setTrace', 'x/notify', 'initialized']), params: { id: int(next, 0, id) } }));
        break;
      case 8:
        out.push(Buffer.from(pick(next, ['Content-Length: abc\r\n\r\n{}', 'Content-Type: x\r\n\r\n{}', 'Content-Length: 99999999999\r\n\r\n', 'garbage\r\n\r\n', 'Content-Length: 5\r\nX\r\n\r\n{}', '\r\n\r\n'])));
        break;
      case 9: {
        const b = Buffer.alloc(int(next, 1, 300));
        for (let k = 0; k < b.length; k++) b[k] = Math.floor(next() * 256);
        out.push(next() < 0.5 ? b : frame(b));
        break;
      }
      case 10:
        out.push(frame(JSON.stringify(pick(next, [[], 5, null, 'x', { jsonrpc: '2.0' }, { jsonrpc: '2.0', id: 7, result: 1 }, { jsonrpc: '1.0', method: 'x' }, [{ jsonrpc: '2.0', id: 1, method: 'x' }]]))));
        break;
      case 11: {
        // A length that is off: the rest of the body, or the start of the next message, is garbage.
        const body = JSON.stringify({ jsonrpc: '2.0', id: id++, method: 'textDocument/hover', params: { textDocument: { uri }, position: pos() } });
        out.push(Buffer.concat([Buffer.from(`Content-Length: ${Math.max(0, Buffer.byteLength(body) + int(next, -40, 200))}\r\n\r\n`), Buffer.from(body)]));
        break;
      }
      case 12:
        out.push(message({ id: id++, method: 'workspace/executeCommand', params: { command: 'communique.markReviewed', arguments: [randomJson(next)] } }));
        break;
      default:
        out.push(message({ id: id++, method: 'textDocument/hover', params: { textDocument: { uri }, position: pos() } }));
    }
  }
  return out;
}

/** Reads framed messages from the server's stdout. */
function reader(child: ChildProcess, onMessage: (m: { id?: unknown; method?: string; result?: unknown; error?: unknown }) => void): void {
  let buffer = Buffer.alloc(0);
  child.stdout!.on('data', (d: Buffer) => {
    buffer = Buffer.concat([buffer, d]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const m = /Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString('latin1'));
      if (!m) throw new Error(`the server wrote a header without a length: ${buffer.subarray(0, end).toString()}`);
      const total = end + 4 + Number(m[1]);
      if (buffer.length < total) return;
      onMessage(JSON.parse(buffer.subarray(end + 4, total).toString('utf8')));
      buffer = buffer.subarray(total);
    }
  });
}

/** The exit code, or 'hung' when the process has not exited within ANSWER_MS. */
function within(exited: Promise<number | null>): Promise<number | null | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), ANSWER_MS)));
  return Promise.race([exited, hung]).finally(() => clearTimeout(timer));
}

async function probe(seed: number): Promise<void> {
  const next = generator(seed);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `communique-ls-fuzz-${seed}-`));
  fs.writeFileSync(path.join(root, 'a.txt'), ARTICLE);
  const child = spawn(process.execPath, [BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let alive = true;
  void exited.then(() => (alive = false));
  const answers = new Map<unknown, unknown>();
  const waiting = new Map<unknown, () => void>();
  reader(child, (m) => {
    if (m.method && m.id !== undefined) {
      // A request of the server's own (configuration, registration): answered, as a client would.
      child.stdin!.write(message({ id: m.id, result: m.method === 'workspace/configuration' ? [null] : null }));
    } else if (m.id !== undefined && !m.method) {
      answers.set(m.id, m);
      waiting.get(m.id)?.();
    }
  });
  child.stdin!.on('error', () => undefined);
  const answered = (id: string) =>
    new Promise<unknown>((resolve, reject) => {
      if (answers.has(id)) return resolve(answers.get(id));
      const timer = setTimeout(() => reject(new Error(`seed ${seed}: no answer to "${id}" within ${ANSWER_MS} ms (keep it in KEPT_SEEDS)\n${stderr.slice(-2000)}`)), ANSWER_MS);
      waiting.set(id, () => {
        clearTimeout(timer);
        resolve(answers.get(id));
      });
    });
  try {
    const where = `seed ${seed} (keep it in KEPT_SEEDS if it fails)`;
    if (next() < 0.2) child.stdin!.write('Content-Length: x\r\n\r\nnot a message');
    child.stdin!.write(message({ id: 'init', method: 'initialize', params: { processId: null, rootUri: pathToFileURL(root).href, capabilities: next() < 0.5 ? {} : { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { diagnostic: {} } } } }));
    child.stdin!.write(message({ method: 'initialized', params: {} }));
    await answered('init');
    for (const b of stream(next, root, int(next, 20, 80))) child.stdin!.write(b);
    // Whatever a length that was off swallowed ends inside this filler, which is then skipped.
    child.stdin!.write(' '.repeat(1024));
    if (next() < 0.25) {
      // Unrecoverable: the input ends. The server exits by itself, without a stack trace.
      child.stdin!.end();
      const code = await within(exited);
      assert.ok(code === 0 || code === 1, `${where}: after its input ended the server ${code === 'hung' ? 'did not exit' : `exited with ${code}`}\n${stderr.slice(-2000)}`);
    } else {
      child.stdin!.write(message({ id: 'final', method: 'communique/indexedArticles', params: null }));
      const final = (await answered('final')) as { result?: unknown };
      assert.ok(alive, `${where}: the server died\n${stderr.slice(-2000)}`);
      assert.ok(Array.isArray(final.result), `${where}: the final answer is ${JSON.stringify(final)}`);
      child.stdin!.write(message({ id: 'shutdown', method: 'shutdown', params: null }));
      await answered('shutdown');
      child.stdin!.write(message({ method: 'exit' }));
      const code = await within(exited);
      assert.strictEqual(code, 0, `${where}: exit after shutdown\n${stderr.slice(-2000)}`);
    }
    assert.doesNotMatch(stderr, /uncaught|unhandled/i, `${where}: ${stderr.slice(-2000)}`);
  } finally {
    if (alive) child.kill();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

describe('communique-ls over stdio: random message streams (property tests)', function () {
  this.timeout(120000);
  before(() => buildServer());
  const one = process.env.FUZZ_SEED ? [Number(process.env.FUZZ_SEED)] : undefined;
  const runs = Number(process.env.FUZZ_RUNS ?? 8);
  const seeds = one ?? [...KEPT_SEEDS, ...Array.from({ length: runs }, (_, i) => 2001 + i)];
  it(`stays up, answers a final request and exits cleanly (${seeds.length} streams)`, async () => {
    for (let i = 0; i < seeds.length; i += 2) await Promise.all(seeds.slice(i, i + 2).map(probe));
  });
});
