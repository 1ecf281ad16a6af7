/**
 * The adapters' file access (the CLI and the language server; the core does none): what they read
 * and how they write. Everything here keeps three rules.
 *
 * - **Only regular files are read, up to a size limit.** A file is opened without blocking (a FIFO
 *   would otherwise wait for a writer forever) and checked on the open descriptor: a FIFO, a
 *   device (`/dev/zero`), a socket or a folder is refused, and so is a file larger than the limit
 *   (read at most one byte past it, so a file that grows while read is caught too). Every refusal
 *   says why, in words a user can act on.
 * - **Writes are atomic.** The new content goes to a temporary file in the same folder, is flushed,
 *   then renamed over the target: a reader sees the old file or the new one, never half of one.
 * - **Writes stay inside the workspace.** The target's folder is resolved to its real path (links
 *   followed) and must lie under the workspace folder's real path; a target that is itself a link,
 *   or exists and is not a regular file, is refused.
 */
import * as fs from 'fs';
import * as path from 'path';

/** The limit for the files the extension keeps (knowledge.yaml, reviewed.json). */
export const SETTINGS_FILE_LIMIT = 5 * 1024 * 1024;

export type ReadResult = { text: string } | { error: string };

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

function kind(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

function errorWords(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return code ?? (e instanceof Error ? e.message : String(e));
  }
}

function tooLarge(size: number, limit: number): string {
  return `too large (${size > limit ? `${size} bytes` : `more than ${limit} bytes`}; the limit is ${limit} bytes)`;
}

export interface ReadOptions {
  /** The most bytes read; a larger file is refused. */
  limit: number;
  /** Refuse bytes that are not UTF-8 (default); otherwise they become U+FFFD. */
  strict?: boolean;
}

// `ignoreBOM` keeps a leading BOM in the text: the core removes exactly one, so a doubled BOM
// (the second one is text) is not lost twice.
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

function decode(bytes: Uint8Array, strict: boolean): ReadResult {
  try {
    return { text: (strict ? strictDecoder : lenientDecoder).decode(bytes) };
  } catch {
    return { error: 'not UTF-8 text' };
  }
}

/** Why a file is not read, from its stat: not a regular file, or larger than the limit. */
function unreadable(stat: fs.Stats, limit: number): ReadResult | null {
  if (!stat.isFile()) return { error: `${kind(stat)}, not a regular file` };
  if (stat.size > limit) return { error: tooLarge(stat.size, limit) };
  return null;
}

/** Reads a regular file as UTF-8 text (a BOM kept), or says why not (never throws, never blocks on a special file). */
export function readTextFileSync(file: string, options: ReadOptions): ReadResult {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (e) {
    return { error: errorWords(e) };
  }
  try {
    const stat = fs.fstatSync(fd);
    const refused = unreadable(stat, options.limit);
    if (refused) return refused;
    const buffer = Buffer.alloc(Math.min(stat.size, options.limit) + 1);
    let length = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) {
        if (length > options.limit) return { error: tooLarge(length, options.limit) };
        break;
      }
    }
    return decode(buffer.subarray(0, length), options.strict ?? true);
  } catch (e) {
    return { error: errorWords(e) };
  } finally {
    fs.closeSync(fd);
  }
}

/** The asynchronous `readTextFileSync`, for the language server. */
export async function readTextFile(file: string, options: ReadOptions): Promise<ReadResult> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, OPEN_FLAGS);
  } catch (e) {
    return { error: errorWords(e) };
  }
  try {
    const stat = await handle.stat();
    const refused = unreadable(stat, options.limit);
    if (refused) return refused;
    const buffer = Buffer.alloc(Math.min(stat.size, options.limit) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) {
        if (length > options.limit) return { error: tooLarge(length, options.limit) };
        break;
      }
    }
    return decode(buffer.subarray(0, length), options.strict ?? true);
  } catch (e) {
    return { error: errorWords(e) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Thrown when a write is refused; the message says why, for the user. */
export class WriteRefused extends Error {}

function inside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Writes `content` to `file` atomically, only when `file` lies in `root` once every link is
 * resolved. Creates the file's folder (inside `root`) when missing. Throws `WriteRefused` with the
 * reason when the write would leave the workspace or replace something that is not a regular file.
 */
export async function writeFileInside(root: string, file: string, content: string): Promise<void> {
  let realRoot: string;
  try {
    realRoot = await fs.promises.realpath(root);
  } catch (e) {
    throw new WriteRefused(`the workspace folder ${root} cannot be resolved (${errorWords(e)})`);
  }
  const dir = path.dirname(file);
  if (!inside(path.resolve(root), path.resolve(dir))) throw new WriteRefused(`${file} is outside the workspace folder ${root}`);
  // Create the missing folders one by one, each checked, so that none is made through a link.
  const missing: string[] = [];
  let existing = dir;
  for (;;) {
    try {
      await fs.promises.lstat(existing);
      break;
    } catch {
      missing.unshift(existing);
      const up = path.dirname(existing);
      if (up === existing) break;
      existing = up;
    }
  }
  const realExisting = await fs.promises.realpath(existing).catch(() => existing);
  if (!inside(realRoot, realExisting)) {
    throw new WriteRefused(`${existing} is a link that leads outside the workspace (to ${realExisting}); nothing was written`);
  }
  for (const m of missing) {
    await fs.promises.mkdir(m).catch((e) => {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    });
  }
  const realDir = await fs.promises.realpath(dir);
  if (!inside(realRoot, realDir)) throw new WriteRefused(`${dir} leads outside the workspace (to ${realDir}); nothing was written`);
  const target = path.join(realDir, path.basename(file));
  const existingTarget = await fs.promises.lstat(target).catch(() => undefined);
  if (existingTarget?.isSymbolicLink()) throw new WriteRefused(`${file} is a link; nothing was written (replace it with a regular file)`);
  if (existingTarget && !existingTarget.isFile()) throw new WriteRefused(`${file} is ${kind(existingTarget)}; nothing was written`);
  await writeAtomic(target, content, existingTarget ? existingTarget.mode & 0o777 : 0o644);
}

/** Temporary file in the target's folder, flushed, renamed over the target. */
async function writeAtomic(target: string, content: string, mode: number): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  // `wx` fails when the name exists, link or not: the temporary file is always a new one.
  const handle = await fs.promises.open(temp, 'wx', mode);
  try {
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temp, target);
  } catch (e) {
    await fs.promises.unlink(temp).catch(() => undefined);
    throw e;
  }
}
