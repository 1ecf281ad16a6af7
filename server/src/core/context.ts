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
  /** A reference date (`YYYY-MM-DD`) the caller imposes, overriding inference. */
  referenceDate?: string;
}
