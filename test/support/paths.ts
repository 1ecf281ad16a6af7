import * as path from 'path';
import * as fs from 'fs';

export const ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const SAMPLES = path.join(ROOT, 'samples');
/** The seed articles, present beside the project in CI and on developer machines. */
export const SEEDS = path.resolve(ROOT, '..', 'shared', 'corpus', 'seeds');

export function readText(p: string): string {
  return fs.readFileSync(p, 'utf8');
}

/** The offset of the n-th occurrence (0-based) of `needle` in `text`; throws when missing. */
export function offsetOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${nth}) not found`);
  }
  return at;
}
