/**
 * Writes JSON in pieces: the same bytes as `JSON.stringify(value, null, 2)`, but never the whole
 * text as one string. The members of objects and the elements of arrays, down to `depth` levels,
 * are stringified one at a time and handed to `write` in chunks of about 64 KB; what lies deeper
 * is stringified whole and indented to its place.
 *
 * Why: `check --format json` on thousands of articles about one topic printed hundreds of
 * megabytes, built first as one string (and again as its UTF-8 bytes on the way out), which was
 * most of the CLI's peak memory. Written in pieces, the output costs a chunk.
 */

import { LazyList } from '../core/report/lazy';

const CHUNK = 64 * 1024;

/** What JSON.stringify leaves out of an object, and writes as null in an array. */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

export function writeJson(value: unknown, write: (s: string) => void, depth = 5): void {
  let buffer = '';
  const put = (s: string) => {
    buffer += s;
    if (buffer.length >= CHUNK) {
      write(buffer);
      buffer = '';
    }
  };
  const emit = (v: unknown, indent: string, level: number): void => {
    // A lazy list (core/report/lazy.ts) is written as the array of its elements, made one at a time.
    const lazy = v instanceof LazyList;
    const walk = lazy || (level < depth && v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function');
    if (!walk) {
      const s = JSON.stringify(v, null, 2);
      // A value JSON leaves out (undefined, a function) at the top is no text at all, as JSON.stringify gives.
      if (s !== undefined) put(indent ? s.replace(/\n/g, `\n${indent}`) : s);
      return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(v) || lazy) {
      const list = v as ArrayLike<unknown> & Iterable<unknown>;
      if (list.length === 0) return put('[]');
      put('[\n');
      const item = (x: unknown, i: number) => {
        put(inner);
        if (omitted(x)) put('null');
        else emit(x, inner, level + 1);
        put(i < list.length - 1 ? ',\n' : '\n');
      };
      if (lazy) {
        let i = 0;
        for (const x of list) item(x, i++);
      } else (v as unknown[]).forEach(item);
      return put(`${indent}]`);
    }
    const entries = Object.keys(v as object)
      .map((k) => [k, (v as Record<string, unknown>)[k]] as const)
      .filter(([, x]) => !omitted(x));
    if (entries.length === 0) return put('{}');
    put('{\n');
    entries.forEach(([k, x], i) => {
      put(`${inner}${JSON.stringify(k)}: `);
      emit(x, inner, level + 1);
      put(i < entries.length - 1 ? ',\n' : '\n');
    });
    put(`${indent}}`);
  };
  emit(value, '', 0);
  if (buffer) write(buffer);
}
