/**
 * The CLI's file reading: expands folders into their .txt articles, decodes UTF-8 strictly and
 * finds knowledge files. Everything the core needs arrives as strings.
 *
 * Only regular files are read, each up to a limit (see `io/files.ts`). An article that cannot be
 * read or decoded is skipped with a warning and the rest is analysed; a folder's knowledge file
 * that cannot be read is not used, with a warning; a knowledge file named by `--knowledge` must be
 * readable (it is usage).
 */
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_MAX_LENGTH } from '../core/index';
import { builtinKnowledge, mergeKnowledge, parseKnowledge, type KnowledgeBase } from '../core/entities/index';
import { SETTINGS_FILE_LIMIT, readTextFileSync } from '../io/files';

export class UsageError extends Error {}

export interface InputDocument {
  /** The path as the user will recognise it: relative to the working directory when inside it. */
  path: string;
  /** The file's text; a leading BOM is kept (the core removes one). */
  text: string;
}

/** A knowledge file that is used: its path as shown and its text (a BOM removed). */
export interface KnowledgeSource {
  path: string;
  text: string;
}

export interface Inputs {
  documents: InputDocument[];
  knowledge: KnowledgeBase;
  /** The knowledge files used, in the order they are merged over the built-in knowledge. */
  knowledgeSources: KnowledgeSource[];
  warnings: string[];
  /** How many article files were skipped (unreadable, not UTF-8, too large, not a regular file). */
  skipped: number;
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);
/** An article longer than the core analyses is not worth reading: at most 4 bytes a character. */
const ARTICLE_LIMIT = DEFAULT_MAX_LENGTH * 4;

export function loadInputs(paths: string[], knowledgeFile?: string): Inputs {
  const files: string[] = [];
  const knowledgeFiles: { file: string; given: boolean }[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new UsageError(`${p}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      walk(p, files);
      const k = path.join(p, '.communique', 'knowledge.yaml');
      if (fs.existsSync(k)) knowledgeFiles.push({ file: k, given: false });
    } else {
      files.push(p);
    }
  }
  if (knowledgeFile) {
    if (!fs.existsSync(knowledgeFile)) throw new UsageError(`${knowledgeFile}: no such knowledge file`);
    knowledgeFiles.push({ file: knowledgeFile, given: true });
  }
  const warnings: string[] = [];
  const seen = new Set<string>();
  const documents: InputDocument[] = [];
  let skipped = 0;
  for (const f of files) {
    const abs = path.resolve(f);
    if (seen.has(abs)) continue;
    seen.add(abs);
    const read = readTextFileSync(f, { limit: ARTICLE_LIMIT });
    if ('error' in read) {
      warnings.push(`${displayPath(abs)}: ${read.error}; skipped`);
      skipped++;
    } else documents.push({ path: displayPath(abs), text: read.text });
  }
  const knowledgeSources: KnowledgeSource[] = [];
  for (const { file, given } of knowledgeFiles) {
    const shown = displayPath(path.resolve(file));
    const read = readTextFileSync(file, { limit: SETTINGS_FILE_LIMIT });
    if ('error' in read) {
      if (given) throw new UsageError(`${file}: cannot be read as a knowledge file (${read.error})`);
      warnings.push(`${shown}: cannot be read (${read.error}); not used`);
      continue;
    }
    const text = read.text.replace(/^\uFEFF/, '');
    const parsed = parseKnowledge(text);
    for (const e of parsed.errors) warnings.push(`${shown}:${e.line}:${e.column}: ${e.message}`);
    if (parsed.errors.length === 0) knowledgeSources.push({ path: shown, text });
    else warnings.push(`${shown}: not used because of the errors above`);
  }
  return { documents, knowledge: knowledgeFrom(knowledgeSources), knowledgeSources, warnings, skipped };
}

/**
 * The knowledge of a run: the built-in knowledge with each file merged over it in order. Files
 * that do not parse are never among the sources (see `loadInputs`), so nothing here can fail.
 */
export function knowledgeFrom(sources: readonly KnowledgeSource[]): KnowledgeBase {
  let knowledge = builtinKnowledge();
  for (const s of sources) knowledge = mergeKnowledge(knowledge, parseKnowledge(s.text).knowledge);
  return knowledge;
}

function walk(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new UsageError(`${dir}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p, out);
    } else if (e.isFile() && e.name.toLowerCase().endsWith('.txt')) {
      out.push(p);
    }
  }
}

function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  const inside = rel && !rel.startsWith('..') && !path.isAbsolute(rel);
  return (inside ? rel : abs).split(path.sep).join('/');
}
