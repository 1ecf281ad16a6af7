/**
 * The CLI's file reading: expands folders into their .txt articles, decodes UTF-8 strictly and
 * finds knowledge files. Everything the core needs arrives as strings.
 */
import * as fs from 'fs';
import * as path from 'path';
import { builtinKnowledge, mergeKnowledge, parseKnowledge, type KnowledgeBase } from '../core/entities/index';

export class UsageError extends Error {}

export interface InputDocument {
  /** The path as the user will recognise it: relative to the working directory when inside it. */
  path: string;
  text: string;
}

export interface Inputs {
  documents: InputDocument[];
  knowledge: KnowledgeBase;
  warnings: string[];
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);
const decoder = new TextDecoder('utf-8', { fatal: true });

export function loadInputs(paths: string[], knowledgeFile?: string): Inputs {
  const files: string[] = [];
  const knowledgeFiles: string[] = [];
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
      if (fs.existsSync(k)) knowledgeFiles.push(k);
    } else {
      files.push(p);
    }
  }
  if (knowledgeFile) {
    if (!fs.existsSync(knowledgeFile)) throw new UsageError(`${knowledgeFile}: no such knowledge file`);
    knowledgeFiles.push(knowledgeFile);
  }
  const seen = new Set<string>();
  const documents: InputDocument[] = [];
  for (const f of files) {
    const abs = path.resolve(f);
    if (seen.has(abs)) continue;
    seen.add(abs);
    documents.push({ path: displayPath(abs), text: readText(f) });
  }
  const warnings: string[] = [];
  let knowledge = builtinKnowledge();
  for (const k of knowledgeFiles) {
    const parsed = parseKnowledge(readText(k));
    for (const e of parsed.errors) warnings.push(`${displayPath(path.resolve(k))}:${e.line}:${e.column}: ${e.message}`);
    if (parsed.errors.length === 0) knowledge = mergeKnowledge(knowledge, parsed.knowledge);
    else warnings.push(`${displayPath(path.resolve(k))}: not used because of the errors above`);
  }
  return { documents, knowledge, warnings };
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

function readText(p: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${p}: cannot read (${code === 'EISDIR' ? 'is a folder' : code ?? 'error'})`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UsageError(`${p}: not UTF-8 text`);
  }
}

function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  const inside = rel && !rel.startsWith('..') && !path.isAbsolute(rel);
  return (inside ? rel : abs).split(path.sep).join('/');
}
