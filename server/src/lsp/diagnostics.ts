/**
 * Diagnostics: a document's findings (and the problems of its analysis) as LSP diagnostics.
 * The same conversion serves push (`textDocument/publishDiagnostics`) and pull
 * (`textDocument/diagnostic`, `workspace/diagnostic`).
 */
import { createHash } from 'crypto';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { DocumentAnalysis, Finding, Severity } from '../core/index';
import type { Positions } from './convert';
import type { FeatureContext } from './context';
import { plainText } from '../core/report/plain';
import { messages } from './messages';

export const SOURCE = 'communique';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for code actions. */
export interface DiagnosticData {
  uri: string;
  code: string;
  text: string;
  reviewed: boolean;
  /** The fields of the finding's data that code actions read (see `ACTION_DATA`). */
  finding?: Record<string, unknown>;
}

/**
 * The fields of a finding's `data` a diagnostic carries, by code: only what the code actions read
 * (the other spelling of a name variant). The rest of it — every other article stating a figure,
 * with its value — goes to scripts through the CLI's JSON, not to the editor on every diagnostic:
 * in a workspace of thousands of articles on one topic it made the pushed diagnostics hundreds of
 * megabytes, and the editor's answers waited behind them.
 */
const ACTION_DATA: Record<string, readonly string[]> = { 'entity.name-variant': ['other'] };

function actionData(f: Finding): Record<string, unknown> | undefined {
  const keys = ACTION_DATA[f.code];
  if (!keys || !f.data) return undefined;
  return Object.fromEntries(keys.filter((k) => k in f.data!).map((k) => [k, f.data![k]]));
}

export function documentDiagnostics(ctx: FeatureContext, uri: string): Diagnostic[] {
  return diagnosticsWithId(ctx, uri).diagnostics;
}

/** What a document's diagnostics were made from, beyond its analysis (kept with them). */
interface Made {
  key: string;
  positions: Positions;
  /** The position converters of the documents the related locations point into. */
  others: Map<string, Positions | undefined>;
  diagnostics: Diagnostic[];
  id: string;
}

/**
 * Per analysis (the core hands out the same object while a document's findings are unchanged):
 * after an edit, the diagnostics of the thousands of documents it does not concern are not made
 * and hashed again.
 */
const made = new WeakMap<DocumentAnalysis, Made>();

/** A document's diagnostics and their `resultId`. */
export function diagnosticsWithId(ctx: FeatureContext, uri: string): { diagnostics: Diagnostic[]; id: string } {
  const located = ctx.index.get(uri);
  if (!located) return { diagnostics: [], id: resultId([]) };
  const { analysis, positions } = located;
  const key = `${ctx.locale}\u0000${ctx.reviewed.generation}\u0000${ctx.reviewed.mode}\u0000${ctx.reviewed.relative(uri)}`;
  const kept = made.get(analysis);
  if (kept && kept.key === key && kept.positions === positions && [...kept.others].every(([u, p]) => ctx.index.positions(u) === p)) return kept;
  const others = new Map<string, Positions | undefined>();
  for (const f of analysis.findings) for (const r of f.related) if (!others.has(r.uri)) others.set(r.uri, ctx.index.positions(r.uri));
  const diagnostics = makeDiagnostics(ctx, uri, analysis, positions);
  const entry: Made = { key, positions, others, diagnostics, id: resultId(diagnostics) };
  made.set(analysis, entry);
  return entry;
}

function makeDiagnostics(ctx: FeatureContext, uri: string, analysis: DocumentAnalysis, positions: Positions): Diagnostic[] {
  const t = messages(ctx.locale);
  const out: Diagnostic[] = [];
  for (const f of analysis.findings) {
    if (ctx.reviewed.hides(uri, analysis.text, f)) continue;
    const reviewed = ctx.reviewed.isReviewed(uri, analysis.text, f);
    out.push(toDiagnostic(ctx, uri, analysis.text, f, reviewed, positions.range(f)));
  }
  for (const problem of analysis.problems) {
    out.push({
      range: positions.range({ start: 0, end: 0 }),
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      code: 'analysis.problem',
      message: problemMessage(problem, t),
    });
  }
  return out;
}

function toDiagnostic(ctx: FeatureContext, uri: string, text: string, f: Finding, reviewed: boolean, range: Diagnostic['range']): Diagnostic {
  const data: DiagnosticData = { uri, code: f.code, text: text.slice(f.start, f.end), reviewed, finding: actionData(f) };
  const d: Diagnostic = {
    range,
    severity: reviewed ? DiagnosticSeverity.Hint : SEVERITY[f.severity],
    source: SOURCE,
    code: f.code,
    // The Problems panel shows plain text: a quoted span reads “hơn 79%”, not `hơn 79%`.
    message: reviewed ? `${plainText(f.message)} (${messages(ctx.locale).reviewed})` : plainText(f.message),
    data,
  };
  const related = f.related.flatMap((r) => {
    const p = ctx.index.positions(r.uri);
    return p ? [{ location: { uri: r.uri, range: p.range(r) }, message: plainText(r.message) }] : [];
  });
  if (related.length) d.relatedInformation = related;
  if (reviewed) d.tags = [DiagnosticTag.Unnecessary];
  return d;
}

/** A problem of the analysis in the message language (the core states the size limit in English). */
function problemMessage(problem: string, t: ReturnType<typeof messages>): string {
  const tooLong = /^not analysed: (\d+) characters is more than the limit of (\d+)/.exec(problem);
  if (tooLong) return t.tooLong(Number(tooLong[1]), Number(tooLong[2]));
  return problem;
}

/** A stable identifier of a diagnostics list: equal lists give equal ids (pull `resultId`, push dedup). */
export function resultId(diagnostics: Diagnostic[]): string {
  return createHash('sha1').update(JSON.stringify(diagnostics)).digest('hex').slice(0, 16);
}
