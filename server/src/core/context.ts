import type { Language, Structure } from './types';
import type { TextModel } from './text/textModel';

/**
 * What every per-document extractor receives. All offsets in `structure` are norm offsets of
 * `model` (see text/textModel.ts); extractors return norm offsets too.
 */
export interface ExtractContext {
  model: TextModel;
  language: Language;
  structure: Structure;
  /** A reference date (`YYYY-MM-DD`) imposed by a marker line or by the caller, overriding inference. */
  referenceDate?: string;
  /** Where an imposed reference date came from (default: the marker line). */
  referenceDateOrigin?: { source: 'marker' | 'option'; explanation: string };
}
