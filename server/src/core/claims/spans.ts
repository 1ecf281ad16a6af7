/**
 * Spans in lists sorted by start: a binary search, the spans inside another, the one that holds an
 * offset. Shared by the claims (frames and claims) so that every lookup stays logarithmic.
 */
import type { Span } from '../types';

/** The index of the first span of a list sorted by start whose start is >= `offset`. */
export function lowerBound(list: Span[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans of a list sorted by start that lie inside `span`. */
export function within<T extends Span>(list: T[], span: Span): T[] {
  const out: T[] = [];
  for (let i = lowerBound(list, span.start); i < list.length && list[i].start < span.end; i++) {
    if (list[i].end <= span.end) out.push(list[i]);
  }
  return out;
}

/** The span of `list` (sorted by start, not overlapping) that contains `offset`, or null. */
export function spanAt<T extends Span>(list: T[], offset: number): T | null {
  const i = lowerBound(list, offset + 1) - 1;
  if (i >= 0 && list[i].start <= offset && offset < list[i].end) return list[i];
  // Lists that are not sorted or that overlap: a linear scan.
  for (const s of list) if (s.start <= offset && offset < s.end) return s;
  return null;
}
