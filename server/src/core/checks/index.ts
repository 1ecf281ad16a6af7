/**
 * The consistency checks: one module per check, registered in `CHECKS` (alphabetical by code).
 * `runChecks` builds the claim index once and runs every check over it; each finding goes to the
 * document it is about, and a conflict between documents gives a finding on each of them, with
 * related locations pointing at the others.
 */
import type { DocumentAnalysis, Entity, Finding, MessageLocale, Severity } from '../types';
import { attachSubjects as attachFigureSubjects, buildClaimIndex, documentClaims } from '../claims/index';
import { finishRun, perDocument, type CheckMemo } from './memo';
import type { Check, CheckInfo, CheckContext } from './types';
import { dateMismatch } from './dateMismatch';
import { entityNameVariant } from './entityNameVariant';
import { figureAmbiguousSeparator } from './figureAmbiguousSeparator';
import { figureArithmetic } from './figureArithmetic';
import { figureComparisonBase } from './figureComparisonBase';
import { figureConversion } from './figureConversion';
import { figureMismatch } from './figureMismatch';
import { figurePartWhole } from './figurePartWhole';
import { figurePartsChange } from './figurePartsChange';
import { figureShare } from './figureShare';
import { figureTradeSum } from './figureTradeSum';
import { figureUndated } from './figureUndated';
import { figureUnitPrice } from './figureUnitPrice';
import { figureValueChange } from './figureValueChange';

export type { Check, CheckInfo, CheckExample, CheckContext, Emitted } from './types';
export type { CheckMemo } from './memo';

export interface CheckOptions {
  locale: MessageLocale;
  /** Severity per finding code; `off` silences a code. */
  severities?: Record<string, Severity | 'off'>;
  /**
   * Kept by the caller between runs over one workspace: checks reuse what the changes since the
   * last run cannot affect. The documents must then be objects that never change (a changed
   * document is a new object). Results are the same with or without it.
   */
  memo?: CheckMemo;
  /** Where a failing check's error goes; without it, into every document's `problems`. */
  onProblem?: (problem: string) => void;
}

/** What the checks see: every document's analysis (findings still empty) and the resolved entities. */
export interface CheckCorpus {
  documents: DocumentAnalysis[];
  entities: Map<string, Entity>;
}

const ALL: Check[] = [
  dateMismatch,
  entityNameVariant,
  figureAmbiguousSeparator,
  figureArithmetic,
  figureComparisonBase,
  figureConversion,
  figureMismatch,
  figurePartWhole,
  figurePartsChange,
  figureShare,
  figureTradeSum,
  figureUndated,
  figureUnitPrice,
  figureValueChange,
];

/** The registry: every finding code with its default severity, description and examples. */
export const CHECKS: readonly CheckInfo[] = Object.freeze(
  ALL.map(({ code, defaultSeverity, description, examples }) => Object.freeze({ code, defaultSeverity, description, examples })),
);

/** The registry entry of a code, if any. */
export function checkInfo(code: string): CheckInfo | undefined {
  return CHECKS.find((c) => c.code === code);
}

/**
 * Runs every registered check over the corpus; returns findings per document uri. A check that
 * fails is skipped (its error is recorded in the documents' `problems`); the others still run.
 * Severity overrides are applied by the caller (the façade); a code set to `off` is not run.
 */
export function runChecks(corpus: CheckCorpus, options: CheckOptions): Map<string, Finding[]> {
  const memo = options.memo;
  const ctx: CheckContext = {
    documents: corpus.documents,
    entities: corpus.entities,
    claims: buildClaimIndex(corpus.documents, memo ? (d) => perDocument(memo, 'claims', d, () => documentClaims(d)) : undefined),
    locale: options.locale,
    memo,
  };
  const byUri = new Map<string, Finding[]>();
  for (const check of ALL) {
    if (!check.run || options.severities?.[check.code] === 'off') continue;
    let emitted;
    try {
      emitted = check.run(ctx);
    } catch (e) {
      const problem = `check ${check.code}: internal error: ${e instanceof Error ? e.message : String(e)}`;
      if (options.onProblem) options.onProblem(problem);
      else for (const d of corpus.documents) d.problems.push(problem);
      continue;
    }
    for (const { uri, finding: emittedFinding } of emitted) {
      // Emitted findings may be kept by a check between runs: never change them, copy.
      const finding = capitalized(emittedFinding);
      let list = byUri.get(uri);
      if (!list) byUri.set(uri, (list = []));
      // One finding per code and span: a second one (a base shared by two stated changes) adds
      // its related locations to the first.
      const i = list.findIndex((f) => f.code === finding.code && f.start === finding.start && f.end === finding.end);
      if (i < 0) list.push(finding);
      else {
        const same = list[i];
        const related = [...same.related];
        for (const r of finding.related) {
          if (!related.some((x) => x.uri === r.uri && x.start === r.start && x.end === r.end)) related.push(r);
        }
        list[i] = { ...same, related };
      }
    }
  }
  finishRun(memo);
  return byUri;
}

/** The capitalized copy of each emitted finding (the same copy every run for a finding a check keeps). */
const capitals = new WeakMap<Finding, Finding>();

function capitalized(f: Finding): Finding {
  const kept = capitals.get(f);
  if (kept) return kept;
  let out = f;
  const message = capitalize(f.message);
  const detail = f.detail ? capitalize(f.detail) : f.detail;
  if (message !== f.message || detail !== f.detail) {
    out = { ...f, message };
    if (detail !== undefined) out.detail = detail;
  }
  capitals.set(f, out);
  return out;
}

const FIRST_LOWER = /^\p{Ll}/u;

/** Messages start with a capital letter, whatever phrase a check puts first. */
function capitalize(s: string): string {
  return s.replace(FIRST_LOWER, (c) => c.toUpperCase());
}

/** Fills `figure.subject` from the entities of each figure's sentence and article. */
export function attachSubjects(doc: DocumentAnalysis): void {
  attachFigureSubjects(doc);
}
