/**
 * The command-line front end: reads files, hands them to the core's workspace, prints results.
 *
 *   communique analyze [--format json|jsonl|text] PATH...
 *   communique analyze --claims-out FILE PATH...        the per-document step only (see cli/claims.ts)
 *   communique check   [--format text|json|sarif] PATH...
 *   communique check   [--format text|json|sarif] --claims FILE...
 *   communique export  --format json|csv|brat|html [--out FILE|DIR] PATH...
 *   … --cache DIR                                          keep each article's analysis (cli/cache.ts)
 *
 * Exit codes: 0 success (check: no warning or error), 1 check found a warning or error,
 * 2 bad usage or unreadable input (one line on stderr, never a stack trace).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import { isMainThread } from 'worker_threads';
import { analyzeDocument, createWorkspace, dateFromFileName, type DocumentAnalysis, type MessageLocale, type SourceDocument, type Workspace } from './core/index';
import { renderJsonLazy, renderSarifLazy, writeText } from './core/report/index';
import { plainAnalysis } from './core/report/plain';
import { plainLine } from './core/report/escape';
import { knowledgeFrom, loadInputs, UsageError, type InputDocument, type KnowledgeSource } from './cli/inputs';
import { ClaimsWriter, ENGINE_VERSION, claimsEnd, claimsHeader, claimsLine, readClaimsFiles } from './cli/claims';
import { AnalysisCache, DEFAULT_CACHE_LIMIT_MB } from './cli/cache';
import { analyzeOnWorkers, runWorker } from './cli/pool';
import { analysisToJson, writeAnalysisText } from './cli/analyzeOutput';
import { exportDocuments, type ExportFormat } from './cli/exportFiles';
import { writeJson } from './cli/streamJson';

const HELP = `Communiqué — annotates diplomatic news articles and checks their figures.

Usage:
  communique analyze [--format json|jsonl|text] PATH... entities, figures, dates and findings
  communique check [--format text|json|sarif] PATH... consistency findings across all PATHs
  communique analyze --claims-out FILE PATH...
                    the per-document step alone: writes what the checks need of each article
                    to FILE (JSON lines; - is standard output) and nothing else
  communique check [--format text|json|sarif] --claims FILE...
                    the cross-document step alone: the findings of the articles the claims
                    files were made from, the same as check on the articles themselves
  communique export --format json|csv|brat|html [--out FILE|DIR] PATH...
                    annotations as JSON or CSV, brat standoff (a .txt and an .ann per article
                    and annotation.conf in the --out folder), or the report as one HTML page
                    (to --out, or to standard output); an input article is never written over

PATH is a .txt article or a folder of them (searched recursively); all PATHs are analysed
together, so findings across documents appear. A folder's .communique/knowledge.yaml is used.

Options:
  --format F        output format (analyze: json, jsonl, text; check: text, json, sarif;
                    export: json, csv, brat, html)
  --out P           export: the file to write (json, csv, html) or the folder (brat)
  --lang vi|en      language of messages (default: from $LANG, else en)
  --knowledge FILE  a knowledge file (YAML) to use besides the folders' own
  --claims-out FILE analyze: write claims instead of the analysis (see above)
  --claims          check: the FILEs are claims files of analyze --claims-out, not articles;
                    all must come from this version of communique and the same knowledge
  -j, --jobs N      analyse the articles on N threads (default: one per core, once there is
                    enough text to repay starting them); the output is the same for any N
  --cache DIR       keep each article's own analysis in DIR (made if missing; default:
                    $COMMUNIQUE_CACHE) and reuse it while the article, the knowledge and
                    this version of communique are unchanged; the output is the same
  --cache-limit MB  the most the cache may hold (default ${DEFAULT_CACHE_LIMIT_MB}); the least recently
                    used analyses go first
  --dated-file-names
                    a date in a file's name (2024-11-14-lima.txt) is its reference date,
                    unless the article has a "% communique: date=YYYY-MM-DD" line
  -h, --help        this help
  -v, --version     the version

Exit status: 0 ok; 1 check found a warning or an error; 2 bad usage or unreadable input.

Archives beyond one machine: analyse batches anywhere (the map), check their claims in one
place (the reduce), from the same working folder so that paths read the same:
  find articles/ -name '*.txt' |
    parallel -N 500 communique analyze --claims-out claims-{#}.jsonl {}
  communique check --claims claims-*.jsonl
`;

/** Below this much text in all (UTF-16 code units), the default is to analyse on the main thread. */
const WORKERS_FROM_CHARACTERS = 1_000_000;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        knowledge: { type: 'string' },
        'dated-file-names': { type: 'boolean' },
        'claims-out': { type: 'string' },
        claims: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        cache: { type: 'string' },
        'cache-limit': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]} (see communique --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (!command) throw new UsageError('no command given: use "communique analyze PATH..." or "communique check PATH..." (see --help)');
  if (command !== 'analyze' && command !== 'check' && command !== 'export') {
    throw new UsageError(`unknown command "${command}": use analyze, check or export (see --help)`);
  }
  const formats = command === 'analyze' ? ['json', 'jsonl', 'text'] : command === 'check' ? ['text', 'json', 'sarif'] : ['json', 'csv', 'brat', 'html'];
  if (command === 'export' && !values.format) throw new UsageError(`export: --format is required (${formats.join(', ')})`);
  if (command === 'export' && values.format === 'brat' && !values.out) throw new UsageError('export --format brat: --out DIR is required (the folder for the .txt and .ann files)');
  const format = values.format ?? formats[0];
  if (!formats.includes(format)) {
    throw new UsageError(`--format ${format} is not available for ${command}: use ${formats.join(', ')}`);
  }
  const locale = messageLocale(values.lang);
  const claimsOut = values['claims-out'];
  if (claimsOut !== undefined && command !== 'analyze') throw new UsageError(`--claims-out is for analyze, not ${command} (see --help)`);
  if (claimsOut !== undefined && values.format) throw new UsageError('analyze --claims-out writes claims only: --format does not apply');
  if (values.claims && command !== 'check') throw new UsageError(`--claims is for check, not ${command} (see --help)`);
  if (values.claims && (values.knowledge || values['dated-file-names'])) {
    throw new UsageError(`check --claims: ${values.knowledge ? '--knowledge' : '--dated-file-names'} belongs to the analyze --claims-out runs that made the claims`);
  }
  if (values.claims && values.cache !== undefined) throw new UsageError('check --claims: --cache belongs to the runs that analyse articles; the claims are analyses already');
  const cacheLimit = values['cache-limit'] === undefined ? DEFAULT_CACHE_LIMIT_MB : Number(values['cache-limit']);
  if (!(cacheLimit > 0) || !Number.isFinite(cacheLimit)) throw new UsageError(`--cache-limit ${values['cache-limit']}: give a size in megabytes, more than 0`);
  const cacheDir = values.cache ?? (values.claims ? undefined : process.env.COMMUNIQUE_CACHE || undefined);
  if (cacheDir === '') throw new UsageError('--cache: give a folder');
  const jobs = values.jobs === undefined ? os.availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs ${values.jobs}: give a whole number of threads, at least 1`);
  if (paths.length === 0) throw new UsageError(values.claims ? 'check --claims: no claims FILE given' : `${command}: no PATH given (a .txt file or a folder)`);

  const out = (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
  if (values.claims) {
    // The reduce: every document's own analysis comes from the claims files, not from articles.
    return report(checkClaims(paths, locale), format, locale);
  }

  const inputs = loadInputs(paths, values.knowledge);
  for (const w of inputs.warnings) process.stderr.write(`communique: ${plainLine(w)}\n`);
  if (inputs.documents.length === 0 && inputs.skipped > 0) throw new UsageError('nothing to analyse: every file given was skipped (see above)');
  const sources = inputs.documents.map((doc) => sourceDocument(doc, !!values['dated-file-names']));
  const cache = cacheDir === undefined ? null : openCache(cacheDir, inputs.knowledgeSources, cacheLimit);
  const keys = cache ? sources.map((d) => cache.key(d)) : [];
  // The documents to analyse: those whose analysis is not in the cache (an entry found here may
  // still turn out damaged when read: that document is then analysed on the main thread).
  const missing = sources.map((_, i) => i).filter((i) => !cache || !cache.has(keys[i]));
  // Each document's own analysis on worker threads: as many as --jobs says, or by default as many
  // as there are cores once the text is large enough to repay a thread's start (about 0.3 s).
  const large = missing.reduce((n, i) => n + sources[i].text.length, 0) >= WORKERS_FROM_CHARACTERS;
  const threads = values.jobs !== undefined || large ? Math.min(jobs, missing.length) : 1;
  /**
   * Hands on each document's own analysis (or, with `lines`, its claims line) in document order:
   * read from the cache, made on the worker threads, or made here — and kept in the cache.
   */
  const analyses = async <T extends DocumentAnalysis | string>(lines: boolean, each: (value: T) => void): Promise<void> => {
    const give = (a: DocumentAnalysis) => each((lines ? claimsLine(a) : a) as T);
    const analyse = (i: number): DocumentAnalysis => {
      const a = analyzeDocument(sources[i], { knowledge: inputs.knowledge });
      cache?.put(keys[i], a, sources[i]);
      return a;
    };
    let next = 0;
    // Every document before `end` that the workers do not analyse.
    const upTo = (end: number) => {
      for (; next < end; next++) give((cache && cache.get(keys[next], sources[next])) || analyse(next));
    };
    if (threads > 1) {
      const pool = cache?.writable ? { dir: cache.dir, keys: missing.map((i) => keys[i]), wrote: cache.wrote.bind(cache) } : undefined;
      await analyzeOnWorkers<T>(__filename, missing.map((i) => sources[i]), { knowledge: inputs.knowledgeSources, lines, threads, cache: pool }, (k, value) => {
        upTo(missing[k]);
        each(value);
        next = missing[k] + 1;
      });
    }
    upTo(sources.length);
    cache?.close();
  };
  if (claimsOut !== undefined) {
    // The map: each document's own analysis, one line each, and no cross-document work.
    const writer = new ClaimsWriter(claimsOut, inputs.documents.map((d) => d.path));
    try {
      writer.line(claimsHeader(inputs.knowledgeSources));
      await analyses<string>(true, (line) => writer.line(line));
      writer.line(claimsEnd(inputs.documents.length));
      writer.close();
    } catch (e) {
      writer.abort();
      throw e;
    }
    return 0;
  }
  // (A variable `check` sets to null to let go of the workspace before it writes its report.)
  let ws: Workspace | null = createWorkspace({ locale, knowledge: inputs.knowledge }, { once: true });
  if (cache || threads > 1) {
    // An analysis from a worker or the cache brings its own copy of the text: the file's is put in
    // its place, so that one copy of each text is kept.
    const texts = new Map(sources.map((d) => [d.uri, d.text]));
    await analyses<DocumentAnalysis>(false, (analysis) => {
      const text = texts.get(analysis.uri);
      ws!.setAnalyzed(text === analysis.text ? { ...analysis, text } : analysis);
    });
  } else for (const doc of sources) ws.set(doc);
  const uris = inputs.documents.map((d) => d.path);

  if (command === 'export') {
    const raw = uris.map((uri) => ws!.analysis(uri)!);
    writeExport(exportDocuments(raw, format as ExportFormat, locale, process.cwd(), ws!.entities()), format, values.out, uris, out);
    return 0;
  }
  if (command === 'analyze') {
    // A terminal and the formats of other tools show plain text: Markdown code spans become quotes.
    const docs: DocumentAnalysis[] = uris.map((uri) => plainAnalysis(ws!.analysis(uri)!));
    const write = (s: string) => void process.stdout.write(s);
    // `jsonl`: one document per line, written as each is done, so no corpus is too large to print
    // (the `json` contract is one object holding every document, written in pieces all the same).
    if (format === 'jsonl') for (const d of docs) out(JSON.stringify(analysisToJson([d]).documents[0]));
    else if (format === 'json') {
      writeJson(analysisToJson(docs), write);
      write('\n');
    } else writeAnalysisText(docs, write);
    return 0;
  }
  const docs = reportDocuments(ws!, uris);
  ws = null;
  return report(docs, format, locale);
}

/** `check --claims`: the cross-document step on the claims files' analyses, as `check` prints from. */
function checkClaims(paths: string[], locale: MessageLocale): DocumentAnalysis[] {
  const claims = readClaimsFiles(paths);
  const ws = createWorkspace({ locale, knowledge: knowledgeFrom(claims.knowledge) }, { once: true });
  for (const a of claims.analyses) ws.setAnalyzed(a);
  return reportDocuments(ws, claims.analyses.map((a) => a.uri));
}

/**
 * What `check` prints from, taken out of the workspace: each document's path, text and findings
 * (as plain text), and nothing else of its analysis. The workspace (analyses, drafts, the checks'
 * memo, entity resolution's caches) is left behind, so that its memory is free while the report
 * is written.
 */
function reportDocuments(ws: Workspace, uris: string[]): DocumentAnalysis[] {
  return uris.map((uri) => {
    const a = ws.analysis(uri)!;
    return {
      uri: a.uri,
      text: a.text,
      language: a.language,
      referenceDate: null,
      structure: { blocks: [], sentences: [] },
      entities: [],
      figures: [],
      findings: plainAnalysis(a).findings,
      problems: [],
    };
  });
}

/**
 * The analysis cache of this run, or null: a cache needs an engine version stamped by the build
 * (scripts/build.mjs), and a folder that cannot be used is said and the run goes on without it.
 */
function openCache(dir: string, knowledge: KnowledgeSource[], limitMb: number): AnalysisCache | null {
  if (ENGINE_VERSION === 'unbuilt') {
    process.stderr.write('communique: --cache: this engine was not built with a version (run npm run build); running without a cache\n');
    return null;
  }
  return AnalysisCache.open(dir, { engine: ENGINE_VERSION, knowledge, limit: limitMb * 1024 * 1024 });
}

/** What the core is handed for an article: its text, and the date in its name when names are dated. */
function sourceDocument(doc: InputDocument, datedFileNames: boolean): SourceDocument {
  const referenceDate = datedFileNames ? dateFromFileName(doc.path) : undefined;
  return referenceDate ? { uri: doc.path, text: doc.text, referenceDate, referenceDateSource: 'the date in the file name' } : { uri: doc.path, text: doc.text };
}

/**
 * `check`'s output; exit 1 when a finding is a warning or an error. JSON and SARIF are written in
 * pieces (`cli/streamJson.ts`): the same bytes, never the whole text as one string.
 */
function report(docs: DocumentAnalysis[], format: string, locale: MessageLocale): number {
  const cwd = process.cwd();
  const write = (s: string) => void process.stdout.write(s);
  if (format === 'json' || format === 'sarif') {
    // The findings are made one at a time as they are written (`LazyList`): the output is never held whole.
    writeJson(format === 'json' ? renderJsonLazy(docs, { locale, cwd }) : renderSarifLazy(docs, { locale, cwd }), write);
    write('\n');
  } else writeText(docs, { locale, cwd }, write);
  const serious = docs.some((d) => d.findings.some((f) => f.severity === 'error' || f.severity === 'warning'));
  return serious ? 1 : 0;
}

/**
 * Writes an export: one file to `--out` or standard output, or brat's files into the `--out`
 * folder. An input article is never written over (a brat `.txt` that is the article itself, with
 * the same text, is left in place).
 */
function writeExport(files: { name: string; content: string }[], format: string, outPath: string | undefined, inputs: string[], out: (s: string) => void): void {
  const articles = new Set(inputs.map((p) => path.resolve(p)));
  const guard = (target: string, content: string): boolean => {
    if (!articles.has(path.resolve(target))) return true;
    let same = false;
    try {
      same = fs.readFileSync(target, 'utf8') === content;
    } catch {
      /* unreadable: not written either */
    }
    if (!same) process.stderr.write(`communique: ${target} is an input article: not written over\n`);
    return false;
  };
  if (format !== 'brat') {
    if (!outPath) return out(files[0].content);
    if (guard(outPath, files[0].content)) fs.writeFileSync(outPath, files[0].content);
    return;
  }
  for (const f of files) {
    const target = path.join(outPath!, ...f.name.split('/'));
    if (!guard(target, f.content)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, f.content);
  }
}

function messageLocale(lang: string | undefined): MessageLocale {
  if (lang !== undefined) {
    if (lang === 'vi' || lang === 'en') return lang;
    throw new UsageError(`--lang ${lang} is not available: use vi or en`);
  }
  return /^vi/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '') ? 'vi' : 'en';
}

function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
    return String(pkg.version);
  } catch {
    return 'unknown';
  }
}

/**
 * The output cannot be written. A reader that has gone (`| head`: EPIPE) wanted no more: the run
 * ends quietly with the exit code it has. A full disk or any other failure is one line and exit 2.
 */
function outputFailed(e: NodeJS.ErrnoException): never {
  if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  const why = e.code === 'ENOSPC' ? 'no space left on device' : (e.code ?? e.message);
  try {
    process.stderr.write(`communique: cannot write the output: ${why}\n`);
  } catch {
    /* stderr is gone too: the exit code says it */
  }
  process.exit(2);
}

function failed(e: unknown): void {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EPIPE' || code === 'ENOSPC' || (e as NodeJS.ErrnoException).syscall === 'write') outputFailed(e as NodeJS.ErrnoException);
  if (e instanceof UsageError) {
    process.stderr.write(`communique: ${e.message}\n`);
  } else {
    process.stderr.write(`communique: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  }
  process.exitCode = 2;
}

// The same bundle runs the worker threads of `cli/pool.ts`.
if (isMainThread) {
  process.stdout.on('error', outputFailed);
  main(process.argv.slice(2)).then((code) => (process.exitCode = code), failed);
} else {
  runWorker();
}
