/**
 * The analysis cache: the warm start. Each document's own analysis (what `analyzeDocument`
 * returns, before any cross-document work) is kept on disk, one file per key, so that a run over
 * articles that have not changed reads their analyses instead of making them again. The
 * cross-document step (entity resolution, the checks) always runs: its answers depend on the
 * whole set.
 *
 * **The key** is a SHA-256 of everything a document's own analysis depends on: the engine version
 * (the package version and a digest of the core's, the CLI's and `io/`'s sources, stamped at build
 * time: see `ENGINE_VERSION`), the cache format, the analysis limit, the texts of the knowledge
 * files in the order they are merged, every field of the document but its path — its language
 * hint, its reference date and where it came from (which hovers quote) — and its text. The path is
 * not in the key, since `analyzeDocument` only copies it into the result: an article moved or
 * copied is a hit, its analysis given its new path (were the path ever read, it would have to join
 * the key).
 *
 * **An entry** is `DIR/ab/cdef….json` (the key's first two hex digits name a folder): one line of
 * JSON, `{"communique":"analysis","key":…,"analysis":{…}}`, the analysis without its path and —
 * when it is the file's text exactly — its text (read back, its fields are in the order
 * `analyzeDocument` gives them). It is written to a
 * temporary file in the same folder and renamed over the target, so a reader sees a whole entry
 * or none; runs sharing a folder are safe.
 *
 * **Nothing in the cache can fail a run or change its output.** An entry that cannot be read,
 * is not JSON, has another key or is not an analysis of this text (the checks of a claims line:
 * types, every span inside the text and holding its text) is ignored with one note on stderr
 * and the document is analysed again (and the entry rewritten). A folder that cannot be made or
 * written is said once and the run goes on without it. Output with the cache is byte for byte
 * output without it (test/cli/cache.test.ts).
 *
 * **Bounded**: after a run that wrote entries, when the entries pass the size limit (default
 * 1024 MB; about 150 MB of articles, since an analysis is some 6–7 times its text), the least
 * recently used go first — a hit touches its entry — down to 90 % of the limit. Only files named
 * like entries (and temporary files of runs gone for over an hour) are ever deleted, so a folder
 * given by mistake loses nothing else.
 */
import { createHash, randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_MAX_LENGTH, type AnalyzerOptions, type DocumentAnalysis, type SourceDocument } from '../core/index';
import { readTextFileSync } from '../io/files';
import { notAnAnalysis } from './claims';
import type { KnowledgeSource } from './inputs';

/** The layout of an entry; a new layout misses every old entry. */
export const CACHE_FORMAT = 1;
export const DEFAULT_CACHE_LIMIT_MB = 1024;
/** An entry larger than this is not read (an analysis of the largest article is well below it). */
const ENTRY_READ_LIMIT = 512 * 1024 * 1024;
const ENTRY = /^[0-9a-f]{62}\.json$/;
const SHARD = /^[0-9a-f]{2}$/;
const TEMP = /^[0-9a-f]{62}\.json\.\d+\.[0-9a-f]+\.tmp$/;
/** A temporary file this old belongs to a run that is gone. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * Every analyzer option is in the key or does not change a document's own analysis (the locale
 * and the severities are read by the cross-document step only): an option the core adds is a type
 * error here until it is placed.
 */
type Keyed = 'knowledge' | 'maxLength';
type NotRead = 'locale' | 'severities';
const everyOptionPlaced: [Exclude<keyof AnalyzerOptions, Keyed | NotRead>] extends [never] ? true : never = true;
void everyOptionPlaced;

export interface CacheOptions {
  /** The engine version: entries of another engine are never read. */
  engine: string;
  /** The knowledge files merged over the built-in knowledge, in order (their texts are in the key). */
  knowledge: readonly KnowledgeSource[];
  /** The analysis limit (`AnalyzerOptions.maxLength`). */
  maxLength?: number;
  /** The size limit in bytes. */
  limit?: number;
  /** Where notes go (one line each); by default stderr. */
  note?: (line: string) => void;
}

/** What writing one entry gave: the bytes written, or why it could not be written. */
export type WriteResult = { bytes: number } | { error: string };

/** The file of a key in a cache folder. */
export function entryPath(dir: string, key: string): string {
  return path.join(dir, key.slice(0, 2), `${key.slice(2)}.json`);
}

/** An entry's content: one line of JSON (see above). */
export function cacheEntry(key: string, analysis: DocumentAnalysis, doc: SourceDocument): string {
  const { uri: _uri, text, ...rest } = analysis;
  return JSON.stringify({ communique: 'analysis', key, analysis: text === doc.text ? rest : { text, ...rest } });
}

/**
 * Writes an entry atomically (a temporary file in the same folder, renamed over the target).
 * Never throws: the worker threads of `pool.ts` call it too and report what it gave.
 */
export function writeEntry(dir: string, key: string, content: string): WriteResult {
  const target = entryPath(dir, key);
  const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(temp, content, { flag: 'wx' });
    fs.renameSync(temp, target);
    return { bytes: Buffer.byteLength(content) };
  } catch (e) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      /* nothing more to do */
    }
    return { error: (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e)) };
  }
}

export class AnalysisCache {
  /** Documents whose analysis came from the cache, and those analysed and written to it. */
  hits = 0;
  writes = 0;
  private readonly context: string;
  private readonly limit: number;
  private readonly note: (line: string) => void;
  private damaged = 0;
  private writeFailed = false;

  private constructor(
    readonly dir: string,
    options: CacheOptions,
  ) {
    this.context = createHash('sha256')
      .update(JSON.stringify(['communique-analysis', CACHE_FORMAT, options.engine, options.maxLength ?? DEFAULT_MAX_LENGTH, options.knowledge.map((k) => k.text)]))
      .digest('hex');
    this.limit = options.limit ?? DEFAULT_CACHE_LIMIT_MB * 1024 * 1024;
    this.note = options.note ?? ((line) => process.stderr.write(`${line}\n`));
  }

  /**
   * The cache in `dir`, made when missing (with a `CACHEDIR.TAG`, so that backups skip it), or
   * null — with a note — when the folder cannot be made or is not a folder: the run goes on
   * without a cache.
   */
  static open(dir: string, options: CacheOptions): AnalysisCache | null {
    const cache = new AnalysisCache(path.resolve(dir), options);
    try {
      fs.mkdirSync(cache.dir, { recursive: true });
    } catch {
      /* said below, from what is there */
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(cache.dir);
    } catch (e) {
      cache.note(`communique: cache ${dir}: cannot be made (${(e as NodeJS.ErrnoException).code ?? 'error'}); running without a cache`);
      return null;
    }
    if (!stat.isDirectory()) {
      cache.note(`communique: cache ${dir}: not a folder; running without a cache`);
      return null;
    }
    const tag = path.join(cache.dir, 'CACHEDIR.TAG');
    try {
      if (!fs.existsSync(tag)) fs.writeFileSync(tag, 'Signature: 8a477f597d28d172789f06886806bc55\n# A cache of Communiqué analyses (communique --cache): it can be deleted at any time.\n');
    } catch {
      /* a folder we cannot write to still serves its entries; a write will say why */
    }
    return cache;
  }

  /** The key of a document (see above). */
  key(doc: SourceDocument): string {
    return createHash('sha256')
      .update(this.context)
      .update(JSON.stringify(documentOptions(doc)))
      .update('\0')
      .update(doc.text)
      .digest('hex');
  }

  /** Whether an entry for `key` is there (it may still turn out damaged when read). */
  has(key: string): boolean {
    return fs.existsSync(entryPath(this.dir, key));
  }

  /** The analysis of `doc` kept under `key`, or undefined (a miss, or an entry ignored with a note). */
  get(key: string, doc: SourceDocument): DocumentAnalysis | undefined {
    const file = entryPath(this.dir, key);
    const read = readTextFileSync(file, { limit: ENTRY_READ_LIMIT });
    if ('error' in read) {
      if (read.error !== 'no such file') this.damagedEntry(file, read.error);
      return undefined;
    }
    let value: unknown;
    try {
      value = JSON.parse(read.text);
    } catch {
      return this.damagedEntry(file, 'not JSON');
    }
    if (!isObject(value) || value.communique !== 'analysis' || !isObject(value.analysis)) return this.damagedEntry(file, 'not a Communiqué analysis');
    if (value.key !== key) return this.damagedEntry(file, 'the entry of another key');
    const stored = value.analysis;
    if (!Array.isArray(stored.findings) || stored.findings.length) return this.damagedEntry(file, 'findings in an analysis of its own');
    const analysis = { uri: doc.uri, text: typeof stored.text === 'string' ? stored.text : doc.text, ...stored } as unknown as DocumentAnalysis;
    const why = notAnAnalysis(analysis);
    if (why) return this.damagedEntry(file, why);
    this.hits++;
    // Used now: the last to be evicted.
    try {
      const now = new Date();
      fs.utimesSync(file, now, now);
    } catch {
      /* a read-only cache still serves */
    }
    return analysis;
  }

  /** Keeps the analysis of `doc` under `key`. */
  put(key: string, analysis: DocumentAnalysis, doc: SourceDocument): void {
    if (this.writeFailed) return;
    this.wrote(writeEntry(this.dir, key, cacheEntry(key, analysis, doc)));
  }

  /** Counts an entry written here or by a worker thread; the first failure is said, and writing stops. */
  wrote(result: WriteResult): void {
    if ('bytes' in result) {
      this.writes++;
      return;
    }
    if (this.writeFailed) return;
    this.writeFailed = true;
    this.note(`communique: cache ${this.dir}: cannot be written (${result.error}); analyses are not kept`);
  }

  /** Whether entries may still be written (false after a write failed). */
  get writable(): boolean {
    return !this.writeFailed;
  }

  /** The run is over: the cache is brought under its limit when entries were written. */
  close(): void {
    if (this.damaged > 1) this.note(`communique: cache ${this.dir}: ${this.damaged} damaged entries ignored in all; their documents were analysed again`);
    if (this.writes > 0) this.evict();
  }

  /** Deletes the least recently used entries until the cache is at 90 % of its limit. */
  evict(now = Date.now()): void {
    const entries: { file: string; size: number; time: number }[] = [];
    let total = 0;
    let shards: string[];
    try {
      shards = fs.readdirSync(this.dir).filter((s) => SHARD.test(s));
    } catch {
      return;
    }
    for (const shard of shards) {
      let names: string[];
      try {
        names = fs.readdirSync(path.join(this.dir, shard));
      } catch {
        continue;
      }
      for (const name of names) {
        const file = path.join(this.dir, shard, name);
        const entry = ENTRY.test(name);
        if (!entry && !TEMP.test(name)) continue;
        let stat: fs.Stats;
        try {
          stat = fs.lstatSync(file);
        } catch {
          continue;
        }
        if (!stat.isFile()) continue;
        if (!entry) {
          if (now - stat.mtimeMs > STALE_TEMP_MS) remove(file);
          continue;
        }
        entries.push({ file, size: stat.size, time: stat.mtimeMs });
        total += stat.size;
      }
    }
    if (total <= this.limit) return;
    entries.sort((a, b) => a.time - b.time || (a.file < b.file ? -1 : 1));
    const target = this.limit * 0.9;
    for (const e of entries) {
      if (total <= target) break;
      if (remove(e.file)) total -= e.size;
    }
  }

  private damagedEntry(file: string, why: string): undefined {
    this.damaged++;
    if (this.damaged === 1) this.note(`communique: cache entry ${file} ignored (${why}); analysed again`);
    return undefined;
  }
}

/**
 * Everything of a document but its path and text, in a stable order: the language hint, the
 * reference date and where it came from, and whatever a `SourceDocument` may carry in the future.
 */
function documentOptions(doc: SourceDocument): [string, unknown][] {
  const { uri: _uri, text: _text, ...rest } = doc;
  return Object.entries(rest)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function remove(file: string): boolean {
  try {
    fs.unlinkSync(file);
    return true;
  } catch {
    return false;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
