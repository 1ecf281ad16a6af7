/**
 * Digests for the caches that compare what a result was computed from: a long signature (every
 * mention of a document, everything a check reads of a claim) is kept as a short string that
 * tells two signatures apart, not as the signature itself.
 */
/**
 * A 106-bit digest of a string (two independent 53-bit hashes, cyrb53's mixing): what tells two
 * signatures apart, in 30 characters whatever the document's length.
 */
export function digest(str: string): string {
  const half = (seed: number) => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < str.length; i++) {
      const ch = str.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  };
  return `${str.length.toString(36)}:${half(0)}:${half(0x9e3779b9)}`;
}

/** Whether two signatures (lists of digests or keys) are the same, element by element. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
