/**
 * The archive-scale benchmark (issue #14): the CLI and the language server on generated workspaces
 * of 1,000 and 10,000 articles, beside a bare `/[\p{L}\p{N}]+/gu` scan of the same files. It reports
 * and writes BENCHMARKS.md; it asserts nothing (tests assert correctness, `npm run bench` the
 * per-article targets).
 *
 *   npm run bench:scale                      # 1,000 and 10,000 articles
 *   npm run bench:scale -- --articles 1000   # one size
 *
 * The corpus: bench-corpus.cjs's articles (as `npm run bench` builds its 500), plus two articles
 * on one claim whose edit the server must carry to the other's diagnostics.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { buildServer } from '../test/protocol/build';
import { TestClient } from '../test/protocol/lspClient';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { benchArticle } = require('./bench-corpus.cjs') as { benchArticle: (samples: string[], i: number) => string };

const ROOT = path.resolve(__dirname, '..');
const arg = process.argv.indexOf('--articles');
const SIZES = arg > 0 ? process.argv[arg + 1].split(',').map(Number) : [1000, 10000];

const samplesDir = path.join(ROOT, 'samples');
const samples = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(samplesDir, f), 'utf8'));

const PAIR_A = 'zz-pair-a.txt';
const PAIR_B = 'zz-pair-b.txt';
const pairText = (value: string) => `Thương mại Việt Nam – Peru năm 2031\n\nHà Nội, ngày 5/1/2032 - Năm 2031, kim ngạch thương mại hai chiều Việt Nam – Peru đạt ${value} triệu USD.\n`;

function writeCorpus(dir: string, n: number): number {
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const text = benchArticle(samples, i);
    const sub = path.join(dir, `d${Math.floor(i / 1000)}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `a-${i}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  fs.writeFileSync(path.join(dir, PAIR_A), pairText('600'));
  fs.writeFileSync(path.join(dir, PAIR_B), pairText('600'));
  return bytes;
}

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (e.name.endsWith('.txt')) out.push(p);
  }
  return out;
}

/** The bare scan: read every file and count its words, the floor any analysis stands on. */
function bareScan(dir: string): number {
  const t0 = Date.now();
  let words = 0;
  for (const f of files(dir)) for (const _ of fs.readFileSync(f, 'utf8').matchAll(/[\p{L}\p{N}]+/gu)) words++;
  if (words < 0) throw new Error('unreachable');
  return (Date.now() - t0) / 1000;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

interface Row {
  n: number;
  mb: number;
  bare: number;
  cli: number;
  cliRss: number;
  index: number;
  serverRss: number;
  hover: [number, number];
  edit: [number, number];
  /** Whether the server's memory guard shed work while indexing (it says so in a window message). */
  shed: boolean;
}

/** `communique check --format json` on the folder, its output thrown away: wall time and peak RSS. */
function runCli(dir: string): { seconds: number; rssMb: number } {
  const out = path.join(os.tmpdir(), `communique-rss-${process.pid}.txt`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'test', 'support', 'peakRss.cjs'), out, path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', dir], {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (Date.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`communique check exited ${r.status}: ${r.stderr}`);
  const rssMb = Number(fs.readFileSync(out, 'utf8')) / 2 ** 20;
  fs.rmSync(out, { force: true });
  return { seconds, rssMb };
}

function peakRssMb(pid: number): number {
  const kb = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return kb ? Number(kb[1]) / 1024 : NaN;
}

async function runServer(dir: string): Promise<Pick<Row, 'index' | 'serverRss' | 'hover' | 'edit' | 'shed'>> {
  const t0 = Date.now();
  const c = await TestClient.start({ root: dir });
  await c.waitFor('indexing progress end', () => c.progress.find((p) => (p as { kind?: string }).kind === 'end'), 30 * 60 * 1000);
  const index = (Date.now() - t0) / 1000;
  const serverRss = peakRssMb(c.process.pid!);
  const shed = c.shown.some((m) => /memoryLimit/.test(m.message));
  // Hovers on the figures of an open article.
  const rel = path.relative(dir, files(dir).find((f) => /a-1\.txt$/.test(f))!);
  const uri = await c.open(rel);
  const text = fs.readFileSync(path.join(dir, rel), 'utf8');
  const spots = [...text.matchAll(/\d[\d.,]* (?:triệu|tỷ|million|billion)/g)].map((m) => m.index!);
  const hovers: number[] = [];
  for (let k = 0; k < 60; k++) {
    const at = spots[k % spots.length] ?? 0;
    const h0 = process.hrtime.bigint();
    await c.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: c.position(rel, text.slice(at, at + 12), 1) });
    hovers.push(Number(process.hrtime.bigint() - h0) / 1e6);
  }
  // An edit that makes (and unmakes) a conflict with another open article: until the other's
  // diagnostics say so.
  await c.open(PAIR_A);
  const uriB = await c.open(PAIR_B);
  const mismatch = (d: Diagnostic[]) => d.some((x) => x.code === 'figure.mismatch');
  const edits: number[] = [];
  for (let k = 0; k < 12; k++) {
    const conflicting = k % 2 === 0;
    const e0 = process.hrtime.bigint();
    await c.change(PAIR_A, pairText(conflicting ? '486' : '600'));
    await c.waitForDiagnostics(uriB, (d) => mismatch(d) === conflicting, 120000);
    edits.push(Number(process.hrtime.bigint() - e0) / 1e6);
  }
  await c.shutdown();
  return { index, serverRss, shed, hover: [quantile(hovers, 0.5), quantile(hovers, 0.95)], edit: [quantile(edits, 0.5), quantile(edits, 0.95)] };
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  await buildServer();
  const rows: Row[] = [];
  for (const n of SIZES) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `communique-scale-${n}-`));
    try {
      const mb = writeCorpus(dir, n) / 1e6;
      const bare = bareScan(dir);
      const cli = runCli(dir);
      const server = await runServer(dir);
      const row: Row = { n, mb, bare, cli: cli.seconds, cliRss: cli.rssMb, ...server };
      rows.push(row);
      console.log(JSON.stringify(row));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const f1 = (x: number) => x.toFixed(1);
  const f0 = (x: number) => x.toFixed(0);
  const table = rows
    .map((r) => `| ${r.n.toLocaleString('en')} articles (${f1(r.mb)} MB) | ${f1(r.bare)} s | ${f1(r.cli)} s (${f1(r.mb / r.cli)} MB/s, ${f0(r.cli / Math.max(r.bare, 0.001))}× the scan) | ${f0(r.cliRss)} MB | ${f1(r.index)} s | ${f0(r.serverRss)} MB${r.shed ? ' (work shed at the memory limit)' : ''} | ${f1(r.hover[0])} / ${f1(r.hover[1])} ms | ${f0(r.edit[0])} / ${f0(r.edit[1])} ms |`)
    .join('\n');
  const cpus = os.cpus();
  const doc = `# Benchmarks at archive scale

Written by \`npm run bench:scale\` (scripts/bench-scale.ts) on ${new Date().toISOString().slice(0, 10)}: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${f0(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}. The machine may be shared: read the growth from one size to the next and the ratio to the bare scan, measured in the same run, rather than the absolute times.

Method: a generated workspace (the samples with their years moved and, in one article of three, their figures changed, so some periods hold real conflicts), written to a temporary folder. *Bare scan*: reading every file and matching \`/[\\p{L}\\p{N}]+/gu\`. *CLI*: \`communique check --format json\` on the folder (output discarded), wall time and peak resident set (getrusage, worker threads included). *Server*: \`communique-ls --stdio\` opened on the folder by a client of its own (the protocol tests'), time until the indexing progress ends and peak resident set (VmHWM); then 60 hovers on the figures of an open article (p50 / p95), and 12 edits of one open article that make or unmake a conflict with another open article, each timed until that other article's diagnostics say so (p50 / p95).

| workspace | bare scan | CLI \`check\` | CLI peak | server cold index | server peak | hover p50 / p95 | edit → diagnostics p50 / p95 |
|---|---|---|---|---|---|---|---|
${table}

Targets (issue #14): 10,000 articles indexed in ≤ 15 s and under 500 MB resident, hover p95 ≤ 10 ms, an edit that changes a cross-document finding reaching every affected document's diagnostics with p95 ≤ 50 ms; core speed at least 5 MB/s per core, within 10× of the bare scan.
`;
  fs.writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), doc);
  console.log(doc);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
