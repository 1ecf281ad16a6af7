/**
 * Finding the articles of the workspace folders on disk. The server is an adapter and may do I/O;
 * the core never does. A file is an article when its path matches the include globs (and not the
 * exclude globs), it is no larger than the size limit, and its content looks like an article.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { looksLikeArticle, matchesArticlePath } from './articles';
import type { Settings } from './settings';
import { readTextFile } from '../io/files';

/** Folders never worth descending into. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.communique', 'dist', 'out']);
const MAX_FILES = 20000;

export function uriToPath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** The path of `uri` relative to the folder that contains it, or undefined when none does. */
export function relativeToFolders(uri: string, folders: string[]): string | undefined {
  const file = uriToPath(uri);
  if (!file) return undefined;
  for (const folder of folders) {
    const root = uriToPath(folder);
    if (!root) continue;
    const rel = path.relative(root, file);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  }
  return undefined;
}

/** True when a workspace file path may be an article by its name alone. */
export function isCandidate(uri: string, folders: string[], settings: Settings): boolean {
  const rel = relativeToFolders(uri, folders);
  return rel !== undefined && matchesArticlePath(rel, settings.include, settings.exclude);
}

/**
 * Reads a file as the editor would show it (BOM dropped); undefined when it is not an article.
 * Only a regular file is read (never a FIFO or a device), and at most `maxFileSize` characters
 * (four bytes each at most); `skipped` hears why a file that may be an article was not read.
 */
export async function readArticle(uri: string, settings: Settings, skipped?: (why: string) => void): Promise<string | undefined> {
  const file = uriToPath(uri);
  if (!file) return undefined;
  const read = await readTextFile(file, { limit: settings.maxFileSize * 4, strict: false });
  if ('error' in read) {
    if (read.error !== 'no such file') skipped?.(`${file}: ${read.error}; not indexed`);
    return undefined;
  }
  const text = read.text.replace(/^\uFEFF/, '');
  if (text.length > settings.maxFileSize) {
    skipped?.(`${file}: longer than communique.maxFileSize (${settings.maxFileSize} characters); not indexed`);
    return undefined;
  }
  return looksLikeArticle(text) ? text : undefined;
}

/** Every candidate article file uri under the folders (names only; contents are checked by readArticle). */
export async function listCandidates(folders: string[], settings: Settings): Promise<string[]> {
  const out: string[] = [];
  for (const folder of folders) {
    const root = uriToPath(folder);
    if (root) await walk(root, root, settings, out);
  }
  return [...new Set(out)].sort();
}

/**
 * The candidate article files under `dirUri`, a folder inside a workspace folder that appeared
 * (created, moved or copied in): empty when it is not inside one or lies in a skipped folder.
 */
export async function listCandidatesUnder(dirUri: string, folders: string[], settings: Settings): Promise<string[]> {
  const dir = uriToPath(dirUri);
  if (!dir) return [];
  for (const folder of folders) {
    const root = uriToPath(folder);
    if (!root) continue;
    const rel = path.relative(root, dir);
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    if (rel.split(path.sep).some((part) => SKIP_DIRS.has(part))) return [];
    const out: string[] = [];
    await walk(root, dir, settings, out);
    return [...new Set(out)].sort();
  }
  return [];
}

/** True when `uri` names a folder on disk. */
export async function isFolder(uri: string): Promise<boolean> {
  const p = uriToPath(uri);
  if (!p) return false;
  try {
    return (await fs.lstat(p)).isDirectory();
  } catch {
    return false;
  }
}

async function walk(root: string, dir: string, settings: Settings, out: string[]): Promise<void> {
  let entries: import('fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (out.length >= MAX_FILES) return;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(root, full, settings, out);
    } else if (e.isFile()) {
      const rel = path.relative(root, full).split(path.sep).join('/');
      if (matchesArticlePath(rel, settings.include, settings.exclude)) out.push(pathToUri(full));
    }
  }
}
