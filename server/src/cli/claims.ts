/**
 * Claims files: the seam between the per-document step and the cross-document step, so that an
 * archive can be analysed on many machines (the map: `communique analyze --claims-out FILE` over
 * each shard) and checked in one place (the reduce: `communique check --claims FILE...`).
 *
 * A claims file is JSON lines:
 *
 *   {"communique":"claims","format":1,"engine":"0.1.0+…","knowledge":[{"path":…,"text":…}]}
 *   {"uri":…,"text":…,"language":…,"referenceDate":…,"structure":…,"entities":…,"figures":…,…}
 *   …                                              one line per document
 *   {"communique":"end","documents":N}
 *
 * A document's line is its own analysis as `analyzeDocument` returns it (no findings): that is what
 * the cross-document step reads. The checks read the text around each figure (its sentence, its
 * block, the words just before and after it, the title) and entity resolution reads every mention,
 * so the line is close to the whole analysis and is kept so, simple and exact: checking the lines
 * gives the findings a run on the articles gives (test/cli/claims.test.ts).
 *
 * The header names the engine that wrote the lines and the knowledge files it used (their text,
 * since resolution needs them again); the closing line counts the documents, so a file cut short
 * at a line's end is caught too. Files joined with `cat` stay valid: each part keeps its header and
 * closing line. A file of another engine, of other knowledge, a line that is not JSON or not a
 * document's analysis, is refused with one line naming the file and the line (exit 2): nothing is
 * checked on part of the input.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { DocumentAnalysis } from '../core/index';
import { parseKnowledge } from '../core/entities/index';
import { UsageError, type KnowledgeSource } from './inputs';

declare const __COMMUNIQUE_ENGINE__: string | undefined;

/** The engine version (set at build time by scripts/build.mjs): the package version and a digest of the sources. */
export const ENGINE_VERSION: string = typeof __COMMUNIQUE_ENGINE__ === 'string' ? __COMMUNIQUE_ENGINE__ : 'unbuilt';

/** The version of the file layout above. */
export const CLAIMS_FORMAT = 1;

export function claimsHeader(knowledge: readonly KnowledgeSource[]): string {
  return JSON.stringify({ communique: 'claims', format: CLAIMS_FORMAT, engine: ENGINE_VERSION, knowledge });
}

/** A document's line: its own analysis, without the (always empty) findings. */
export function claimsLine(analysis: DocumentAnalysis): string {
  const { findings: _findings, ...rest } = analysis;
  return JSON.stringify(rest);
}

export function claimsEnd(documents: number): string {
  return JSON.stringify({ communique: 'end', documents });
}

/**
 * Where the claims go: standard output (`-`) or a file written atomically — to a temporary file in
 * the same folder, renamed over the target only when every line is written, so a run that fails
 * leaves no file that looks complete.
 */
export class ClaimsWriter {
  private fd: number | null = null;
  private temp: string | null = null;
  private buffer: string[] = [];
  private size = 0;

  constructor(
    private readonly target: string,
    inputs: readonly string[],
  ) {
    if (target === '-') return;
    const abs = path.resolve(target);
    if (inputs.some((p) => path.resolve(p) === abs)) throw new UsageError(`--claims-out ${target} is an input article: not written over`);
    let stat: fs.Stats | null = null;
    try {
      stat = fs.lstatSync(abs);
    } catch {
      /* a new file */
    }
    if (stat && !stat.isFile()) throw new UsageError(`--claims-out ${target}: exists and is not a regular file`);
    this.temp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.tmp`);
    try {
      this.fd = fs.openSync(this.temp, 'wx');
    } catch (e) {
      throw new UsageError(`--claims-out ${target}: cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }

  line(s: string): void {
    this.buffer.push(s, '\n');
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }

  private flush(): void {
    if (!this.buffer.length) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (this.fd === null) process.stdout.write(chunk);
    else fs.writeSync(this.fd, chunk);
  }

  /** Every line is written: the file takes its name. */
  close(): void {
    this.flush();
    if (this.fd === null || this.temp === null) return;
    fs.fsyncSync(this.fd);
    fs.closeSync(this.fd);
    this.fd = null;
    fs.renameSync(this.temp, path.resolve(this.target));
    this.temp = null;
  }

  /** The run failed: the temporary file goes, the target is left as it was. */
  abort(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
    if (this.temp !== null) fs.rmSync(this.temp, { force: true });
    this.temp = null;
  }
}

export interface ClaimsInput {
  analyses: DocumentAnalysis[];
  knowledge: KnowledgeSource[];
}

/**
 * Reads claims files, checking each line: the header's engine and knowledge, every document's
 * shape, the closing count. Throws a `UsageError` (one line: `FILE:LINE: why`) on the first fault.
 * A document in two files is kept once when the lines agree, and refused when they do not.
 */
export function readClaimsFiles(files: readonly string[]): ClaimsInput {
  const analyses: DocumentAnalysis[] = [];
  const seen = new Map<string, { where: string; line: string }>();
  let knowledge: { sources: KnowledgeSource[]; key: string; where: string } | null = null;
  for (const file of files) {
    const shown = file;
    // The part of the file being read: from a header to its closing line.
    let part: { line: number; count: number } | null = null;
    let lines = 0;
    for (const { text, number } of linesOf(file)) {
      lines = number;
      if (!text.trim()) continue;
      const at = `${shown}:${number}`;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        if (!part) throw new UsageError(`${at}: not a Communiqué claims file (no claims header before this line; make one with communique analyze --claims-out)`);
        throw new UsageError(`${at}: not a line of JSON (the file is cut short or damaged); nothing was checked`);
      }
      const tag = isObject(value) ? value.communique : undefined;
      if (tag === 'claims') {
        if (part) throw new UsageError(`${at}: a new header before the closing line of the one on line ${part.line} (the part before is cut short); nothing was checked`);
        const header = value as Record<string, unknown>;
        if (header.format !== CLAIMS_FORMAT || header.engine !== ENGINE_VERSION) {
          throw new UsageError(
            `${at}: made by Communiqué engine ${String(header.engine)} (format ${String(header.format)}); this is engine ${ENGINE_VERSION} (format ${CLAIMS_FORMAT}): make the claims again with this version (communique analyze --claims-out)`,
          );
        }
        const sources = knowledgeSources(header.knowledge);
        if (!sources) throw new UsageError(`${at}: the header's knowledge is not a list of knowledge files that parse; nothing was checked`);
        const key = JSON.stringify(sources.map((s) => s.text));
        if (!knowledge) knowledge = { sources, key, where: at };
        else if (knowledge.key !== key) {
          throw new UsageError(`${at}: made with other knowledge files than ${knowledge.where}: analyse every shard with the same knowledge (--knowledge FILE)`);
        }
        part = { line: number, count: 0 };
        continue;
      }
      if (!part) throw new UsageError(`${at}: not a Communiqué claims file (no claims header before this line; make one with communique analyze --claims-out)`);
      if (tag === 'end') {
        const n = (value as Record<string, unknown>).documents;
        if (n !== part.count) throw new UsageError(`${at}: the closing line counts ${String(n)} documents but ${part.count} came before it; nothing was checked`);
        part = null;
        continue;
      }
      const why = notAnAnalysis(value);
      if (why) throw new UsageError(`${at}: not a document's claims (${why}); nothing was checked`);
      part.count++;
      const analysis = { ...(value as Omit<DocumentAnalysis, 'findings'>), findings: [] } as DocumentAnalysis;
      const before = seen.get(analysis.uri);
      if (before) {
        if (before.line !== text) throw new UsageError(`${at}: ${analysis.uri} is also in ${before.where}, analysed differently; nothing was checked`);
        continue;
      }
      seen.set(analysis.uri, { where: at, line: text });
      analyses.push(analysis);
    }
    if (lines === 0) throw new UsageError(`${shown}: empty, not a Communiqué claims file`);
    if (part) throw new UsageError(`${shown}: cut short after line ${lines}: no closing line for the header on line ${part.line} (the analyze run that wrote it did not finish); nothing was checked`);
  }
  return { analyses, knowledge: knowledge?.sources ?? [] };
}

/**
 * The lines of a file, read in chunks (a claims file may be larger than one string can hold),
 * each decoded as UTF-8 strictly. Only a regular file is read; a FIFO or a device is refused.
 */
function* linesOf(file: string): Generator<{ text: string; number: number }> {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? 'cannot be read')}`);
  }
  try {
    if (!fs.fstatSync(fd).isFile()) throw new UsageError(`${file}: not a regular file`);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const chunk = Buffer.alloc(1 << 20);
    let pending: Buffer[] = [];
    let number = 0;
    const decode = (bytes: Buffer): string => {
      try {
        return decoder.decode(bytes);
      } catch {
        throw new UsageError(`${file}:${number}: not UTF-8 text; nothing was checked`);
      }
    };
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      let from = 0;
      for (let nl = chunk.indexOf(10, 0); nl >= 0 && nl < n; nl = chunk.indexOf(10, from)) {
        number++;
        const piece = chunk.subarray(from, nl);
        const bytes = pending.length ? Buffer.concat([...pending, piece]) : piece;
        pending = [];
        from = nl + 1;
        yield { text: decode(bytes), number };
      }
      if (from < n) pending.push(Buffer.from(chunk.subarray(from, n)));
    }
    if (pending.length) {
      number++;
      yield { text: decode(Buffer.concat(pending)), number };
    }
  } finally {
    fs.closeSync(fd);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function knowledgeSources(v: unknown): KnowledgeSource[] | null {
  if (!Array.isArray(v)) return null;
  const out: KnowledgeSource[] = [];
  for (const s of v) {
    if (!isObject(s) || typeof s.path !== 'string' || typeof s.text !== 'string') return null;
    if (parseKnowledge(s.text).errors.length) return null;
    out.push({ path: s.path, text: s.text });
  }
  return out;
}

/**
 * Why a parsed line is not a document's analysis, or null when it is: the fields the checks read
 * have their types, and every span lies inside the text (an entity's or a figure's `text` is its
 * slice), so a damaged line is refused rather than checked wrongly.
 */
export function notAnAnalysis(v: unknown): string | null {
  if (!isObject(v)) return 'not an object';
  if (typeof v.uri !== 'string' || !v.uri) return 'no "uri"';
  if (typeof v.text !== 'string') return 'no "text"';
  const length = v.text.length;
  if (v.language !== 'vi' && v.language !== 'en') return 'no "language"';
  const span = (s: unknown): s is { start: number; end: number } =>
    isObject(s) && Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) >= 0 && (s.start as number) <= (s.end as number) && (s.end as number) <= length;
  if (v.referenceDate !== null && !(isObject(v.referenceDate) && typeof v.referenceDate.date === 'string' && (v.referenceDate.evidence === undefined || span(v.referenceDate.evidence)))) {
    return 'a bad "referenceDate"';
  }
  if (!Array.isArray(v.problems) || v.problems.some((p) => typeof p !== 'string')) return 'no "problems"';
  const spans = (list: unknown, name: string, each?: (s: Record<string, unknown>) => boolean): string | null => {
    if (!Array.isArray(list)) return `no "${name}"`;
    for (let i = 0; i < list.length; i++) {
      const s = list[i];
      if (!span(s)) return `${name}[${i}] is not a span inside the text`;
      if (each && !each(s as unknown as Record<string, unknown>)) return `${name}[${i}] is not what the analysis writes`;
    }
    return null;
  };
  const text = v.text;
  const sliced = (s: Record<string, unknown>) => s.text === text.slice(s.start as number, s.end as number);
  const mention = (s: Record<string, unknown>) => sliced(s) && typeof s.type === 'string' && typeof s.canonical === 'string' && typeof s.entityId === 'string';
  const value = (x: unknown) => typeof x === 'number' || (Array.isArray(x) && x.length === 2 && typeof x[0] === 'number' && typeof x[1] === 'number');
  const figure = (s: Record<string, unknown>) => sliced(s) && value(s.value) && typeof s.kind === 'string' && typeof s.bound === 'string';
  if (!isObject(v.structure)) return 'no "structure"';
  return (
    spans(v.structure.blocks, 'structure.blocks', (b) => typeof b.kind === 'string') ??
    spans(v.structure.sentences, 'structure.sentences') ??
    spans(v.entities, 'entities', mention) ??
    (v.demonyms === undefined ? null : spans(v.demonyms, 'demonyms', mention)) ??
    spans(v.figures, 'figures', figure)
  );
}
