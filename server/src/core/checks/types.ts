import type { DocumentAnalysis, Entity, Finding, MessageLocale, Severity } from '../types';
import type { ClaimIndex } from '../claims/index';
import type { CheckMemo } from './memo';

/** What a check sees: the corpus, its claim index and the locale of messages. */
export interface CheckContext {
  documents: DocumentAnalysis[];
  entities: Map<string, Entity>;
  claims: ClaimIndex;
  locale: MessageLocale;
  /**
   * What the check may keep between runs over one workspace (see memo.ts); absent, the check
   * computes everything.
   */
  memo?: CheckMemo;
}

/** A finding for one document. */
export interface Emitted {
  uri: string;
  finding: Finding;
}

/**
 * An example of what a check reports or stays quiet about: one or more short texts (each a
 * document), whether the check reports them, and why.
 */
export interface CheckExample {
  texts: string[];
  reported: boolean;
  note: { en: string; vi: string };
}

export interface CheckInfo {
  /** A stable dotted code: `figure.mismatch`. */
  code: string;
  defaultSeverity: Severity;
  description: { en: string; vi: string };
  examples: CheckExample[];
}

/** A check: its description and, unless another engine produces its findings, its run function. */
export interface Check extends CheckInfo {
  run?(ctx: CheckContext): Emitted[];
}
