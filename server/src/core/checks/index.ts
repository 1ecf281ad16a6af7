import type { DocumentAnalysis, Entity, Finding, MessageLocale, Severity } from '../types';

export interface CheckOptions {
  locale: MessageLocale;
  /** Severity per finding code; `off` silences a code. */
  severities?: Record<string, Severity | 'off'>;
}

/** What the checks see: every document's analysis (findings still empty) and the resolved entities. */
export interface CheckCorpus {
  documents: DocumentAnalysis[];
  entities: Map<string, Entity>;
}

/** Runs every registered check over the corpus; returns findings per document uri. */
export function runChecks(_corpus: CheckCorpus, _options: CheckOptions): Map<string, Finding[]> {
  return new Map();
}

/** Fills `figure.subject` from the entities of each figure's sentence and article. */
export function attachSubjects(_doc: DocumentAnalysis): void {}
