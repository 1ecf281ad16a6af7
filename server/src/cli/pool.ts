/**
 * Each document's own analysis on worker threads. The core is pure, so a worker needs only
 * strings: it is handed the knowledge files' texts once and then documents, and returns each
 * document's analysis (or its claims line, already serialized) — the same value `analyzeDocument`
 * returns in the main thread, so findings and output do not depend on the number of threads
 * (test/cli/jobs.test.ts). Results are handed on in the order of the documents.
 *
 * The worker is the CLI's own bundle started again (`dist/cli.js`), which calls `runWorker` when
 * it is not the main thread. With the analysis cache (`cache.ts`), each worker writes the entries
 * of the documents it analyses itself, and says in its reply what the write gave.
 */
import { Worker, parentPort, workerData } from 'worker_threads';
import { analyzeDocument, type DocumentAnalysis, type SourceDocument } from '../core/index';
import { knowledgeFrom, type KnowledgeSource } from './inputs';
import { claimsLine } from './claims';
import { cacheEntry, writeEntry, type WriteResult } from './cache';

interface Task {
  id: number;
  doc: SourceDocument;
  /** The document's cache key, when its analysis is to be kept in the cache. */
  key?: string;
}

type Reply = { id: number; value: DocumentAnalysis | string; cached?: WriteResult } | { id: number; error: string };

interface WorkerInput {
  knowledge: KnowledgeSource[];
  /** Return claims lines (strings) rather than analyses. */
  lines: boolean;
  /** The cache folder that analyses are written to, if any. */
  cache?: string;
}

/** The analysis cache as the pool sees it: where entries go, each document's key, and what each write gave. */
export interface PoolCache {
  dir: string;
  keys: readonly string[];
  wrote(result: WriteResult): void;
}

/** The worker's side: analyse what comes, answer with the analysis or its claims line. */
export function runWorker(): void {
  const input = workerData as WorkerInput;
  const knowledge = knowledgeFrom(input.knowledge);
  parentPort!.on('message', (task: Task) => {
    let reply: Reply;
    try {
      const analysis = analyzeDocument(task.doc, { knowledge });
      const cached = input.cache && task.key ? writeEntry(input.cache, task.key, cacheEntry(task.key, analysis, task.doc)) : undefined;
      reply = { id: task.id, value: input.lines ? claimsLine(analysis) : analysis, ...(cached ? { cached } : {}) };
    } catch (e) {
      reply = { id: task.id, error: e instanceof Error ? e.message : String(e) };
    }
    parentPort!.postMessage(reply);
  });
}

/** How many tasks a worker holds at once: one working, one waiting, so it never idles on the main thread. */
const IN_FLIGHT = 2;

/**
 * Analyses `docs` on `threads` workers started from `script`, calling `each(i, value)` in document
 * order (value: the analysis, or the claims line when `lines`). With `cache`, the workers write
 * each analysis to the cache under its key. Rejects when a worker fails.
 */
export function analyzeOnWorkers<T extends DocumentAnalysis | string>(
  script: string,
  docs: readonly SourceDocument[],
  options: { knowledge: KnowledgeSource[]; lines: boolean; threads: number; cache?: PoolCache },
  each: (i: number, value: T) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const threads = Math.max(1, Math.min(options.threads, docs.length));
    const workers: Worker[] = [];
    const done = new Map<number, T>();
    let next = 0; // the next document to hand out
    let emit = 0; // the next document to hand on
    let failed = false;
    const finish = (error?: Error) => {
      if (failed) return;
      if (error) failed = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (w: Worker) => {
      if (next < docs.length) {
        w.postMessage({ id: next, doc: docs[next], key: options.cache?.keys[next] } satisfies Task);
        next++;
      }
    };
    if (docs.length === 0) return resolve();
    for (let t = 0; t < threads; t++) {
      const w = new Worker(script, { workerData: { knowledge: options.knowledge, lines: options.lines, cache: options.cache?.dir } satisfies WorkerInput });
      workers.push(w);
      w.on('message', (reply: Reply) => {
        if (failed) return;
        if ('error' in reply) return finish(new Error(`analysis of ${docs[reply.id].uri} failed: ${reply.error}`));
        if (reply.cached) options.cache?.wrote(reply.cached);
        done.set(reply.id, reply.value as T);
        try {
          while (done.has(emit)) {
            const value = done.get(emit)!;
            done.delete(emit);
            each(emit, value);
            emit++;
          }
        } catch (e) {
          return finish(e as Error);
        }
        if (emit === docs.length) return finish();
        feed(w);
      });
      w.on('error', (e) => finish(e));
      w.on('exit', (code) => {
        if (emit < docs.length) finish(new Error(`a worker thread stopped (exit code ${code}) before every document was analysed`));
      });
      for (let k = 0; k < IN_FLIGHT; k++) feed(w);
    }
  });
}
