import type { EntityMention, Figure, ReferenceDate } from '../types';
import type { ExtractContext } from '../context';

/** The quantity engine's answer for one document. Offsets are norm offsets; `text` may be empty. */
export interface QuantityResult {
  figures: Figure[];
  /** Date mentions (`type: 'date'`, with `value` and `precision`). */
  dates: EntityMention[];
  referenceDate: ReferenceDate | null;
}

/** Finds every figure and date of one document, and its reference date. */
export function extractQuantities(_ctx: ExtractContext): QuantityResult {
  return { figures: [], dates: [], referenceDate: null };
}
