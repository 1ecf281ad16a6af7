/**
 * The analysis core's one entry point. It does no I/O and imports nothing from `vscode` or the LSP
 * libraries: front ends hand it documents and knowledge as strings and convert its answers.
 *
 *   const ws = createWorkspace({ locale: 'en' });
 *   ws.set({ uri, text });
 *   ws.analysis(uri)   // DocumentAnalysis with entities, figures and findings
 *
 * Analysis never throws at its caller: a failure in an extractor becomes a `problems` entry and an
 * empty result for that part.
 */
import type {
  DocumentAnalysis,
  Entity,
  EntityMention,
  Figure,
  Finding,
  Language,
  MessageLocale,
  Severity,
  SourceDocument,
  Span,
  Structure,
} from './types';
import { createTextModel, type TextModel } from './text/textModel';
import { detectLanguage } from './text/language';
import { buildStructure } from './text/structure';
import { extractQuantities } from './quantity/index';
import {
  builtinKnowledge,
  extractMentions,
  isDemonym,
  resolveEntitiesDetached,
  type DetachedResolution,
  type KnowledgeBase,
  type ResolutionMemo,
  type ResolvedMention,
} from './entities/index';
import { attachSubjects, runChecks, type CheckMemo } from './checks/index';
import { sameList } from './text/digest';
import type { ExtractContext } from './context';

export * from './types';
export { explainFigure, type FigureExplanation, type Silence } from './claims/index';
export type { ClaimFrame } from './claims/frame';
export { claimSubjectName, metricName, subjectName, periodPhrase } from './messages/describe';
export { createTextModel, matchKey, looseKey } from './text/textModel';
export type { KnowledgeBase } from './entities/index';

export interface AnalyzerOptions {
  locale?: MessageLocale;
  knowledge?: KnowledgeBase;
  /** Severity per finding code; `off` silences a code. */
  severities?: Record<string, Severity | 'off'>;
  /** Documents longer than this (UTF-16 code units) are not analysed; a problem says so. */
  maxLength?: number;
}

export const DEFAULT_MAX_LENGTH = 2_000_000;

/** Analyses one document on its own: entities, figures, dates; no cross-document findings. */
export function analyzeDocument(doc: SourceDocument, options: AnalyzerOptions = {}): DocumentAnalysis {
  const problems: string[] = [];
  const model = createTextModel(doc.text);
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (model.text.length > maxLength) {
    return {
      uri: doc.uri,
      text: model.text,
      language: doc.languageHint ?? 'vi',
      referenceDate: null,
      structure: { blocks: [], sentences: [] },
      entities: [],
      figures: [],
      findings: [],
      problems: [`not analysed: ${model.text.length} characters is more than the limit of ${maxLength}`],
    };
  }
  const language: Language = doc.languageHint ?? detectLanguage(model.lower);
  const normStructure = guard(problems, 'structure', () => buildStructure(model.norm, model.lower), {
    blocks: [],
    sentences: [],
  });
  const marker = markerDate(model);
  const imposed = marker ?? (isIsoDate(doc.referenceDate) ? doc.referenceDate : undefined);
  const ctx: ExtractContext = {
    model,
    language,
    structure: normStructure,
    referenceDate: imposed,
    referenceDateOrigin:
      marker || !imposed
        ? undefined
        : { source: 'option', explanation: `${doc.referenceDateSource ?? 'given by the editor or command line'}: ${imposed}` },
  };
  const q = guard(problems, 'figures and dates', () => extractQuantities(ctx), {
    figures: [],
    dates: [],
    referenceDate: null,
  });
  const found = guard(problems, 'entities', () => extractMentions(ctx, options.knowledge ?? builtinKnowledge()), []);
  const mentions: EntityMention[] = [];
  const demonyms: EntityMention[] = [];
  // `USD12.5 billion`, `EUR29,99`: a code glued to an amount is the figure's currency; `Feb-24` is a
  // month. Neither is an organization or a place.
  const spans = [...q.figures.filter((f) => f.kind === 'money'), ...q.dates].sort((a, b) => a.start - b.start);
  const inside = new Set<EntityMention>();
  let si = 0;
  for (const m of [...found].sort((a, b) => a.start - b.start)) {
    while (si < spans.length && spans[si].end <= m.start) si++;
    const f = spans[si];
    if ((m.type === 'organization' || m.type === 'place') && f && f.start <= m.start && m.end <= f.end) inside.add(m);
  }
  for (const m of found) {
    if (inside.has(m)) continue;
    const adjective = (m.type === 'country' || m.type === 'place') && isDemonym(model.norm.slice(m.start, m.end));
    (adjective ? demonyms : mentions).push(m);
  }

  const entities = [...q.dates, ...mentions].map((m) => toOriginalSpan(model, m)).sort(bySpan);
  const figures = q.figures.map((f) => toOriginalFigure(model, f)).sort(bySpan);
  const referenceDate = q.referenceDate?.evidence
    ? { ...q.referenceDate, evidence: mapSpan(model, q.referenceDate.evidence) }
    : q.referenceDate;
  return {
    uri: doc.uri,
    text: model.text,
    language,
    referenceDate,
    structure: mapStructure(model, normStructure),
    entities,
    ...(demonyms.length ? { demonyms: demonyms.map((m) => toOriginalSpan(model, m)).sort(bySpan) } : {}),
    figures,
    findings: [],
    problems,
  };
}

/**
 * A user may state an article's reference date on a line of its own:
 * `% communique: date=2024-11-14` (see README). Returns the date when present.
 */
function markerDate(model: TextModel): string | undefined {
  const m = /^[ \t]*%\s*communique:[^\n\r]*\bdate\s*=\s*(\d{4}-\d{2}-\d{2})/m.exec(model.lower);
  return m ? m[1] : undefined;
}

function isIsoDate(s: string | undefined): s is string {
  return !!s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));
}

/**
 * The date a file name carries, when it carries one: `2024-11-14-lima.txt`, `lima_20241114.txt`,
 * `2024.11.14 Lima.txt`. Front ends use it when the user's settings say file names are dated.
 */
export function dateFromFileName(uriOrPath: string): string | undefined {
  const name = decodeURIComponentSafe(uriOrPath.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? '');
  const m = /(?:^|[^\d])((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(name);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return isIsoDate(iso) && new Date(`${iso}T00:00:00Z`).getUTCDate() === Number(m[3]) ? iso : undefined;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function guard<T>(problems: string[], what: string, f: () => T, fallback: T): T {
  try {
    return f();
  } catch (e) {
    problems.push(`${what}: internal error: ${e instanceof Error ? e.message : String(e)}`);
    return fallback;
  }
}

function bySpan(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

function mapSpan<T extends Span>(model: TextModel, s: T): T {
  return { ...s, start: model.toOriginal(s.start), end: model.toOriginal(s.end) };
}

function toOriginalSpan(model: TextModel, m: EntityMention): EntityMention {
  const s = mapSpan(model, m);
  s.text = model.text.slice(s.start, s.end);
  return s;
}

function toOriginalFigure(model: TextModel, f: Figure): Figure {
  const s = mapSpan(model, f);
  s.text = model.text.slice(s.start, s.end);
  if (f.periodSpan) s.periodSpan = mapSpan(model, f.periodSpan);
  if (f.change?.baseSpan) s.change = { ...f.change, baseSpan: mapSpan(model, f.change.baseSpan) };
  return s;
}

function mapStructure(model: TextModel, s: Structure): Structure {
  return {
    blocks: s.blocks.map((b) => mapSpan(model, b)),
    sentences: s.sentences.map((x) => mapSpan(model, x)),
  };
}

/**
 * A workspace of documents analysed together. Per-document analysis is cached until the document
 * changes; cross-document work (entity resolution, checks) is redone lazily, once per change of
 * the set, when a caller asks for results — incrementally: see `createWorkspace`.
 */
export interface Workspace {
  set(doc: SourceDocument): void;
  /**
   * Puts in a document's own analysis, made elsewhere by `analyzeDocument` (another process or
   * machine: the CLI's claims files), in place of analysing its text here. It must have been made
   * with the same engine and knowledge; findings are as if its text had been `set`. `configure`
   * analyses it again from its text.
   */
  setAnalyzed(analysis: DocumentAnalysis): void;
  delete(uri: string): void;
  has(uri: string): boolean;
  uris(): string[];
  /** The document's analysis with every finding that concerns it. */
  analysis(uri: string): DocumentAnalysis | undefined;
  /**
   * Analyses one document now, on its own (what `analysis` and `all` would do first), so that a
   * front end indexing many documents can spread the work and watch its memory between them.
   */
  prepare(uri: string): void;
  /** Every document's analysis, in uri order. */
  all(): DocumentAnalysis[];
  /** Every resolved entity of the workspace. */
  entities(): Map<string, Entity>;
  /** Changes options (locale, severities, knowledge); everything is recomputed on demand. */
  configure(options: AnalyzerOptions): void;
}

/** How a workspace is used. */
export interface WorkspaceMode {
  /**
   * One computation, then only answers (the CLI): no memo is kept for a next run, and once the
   * drafts are built the documents' own analyses are let go before the checks run, so that they
   * and the claims are never held at once. After the first `analysis`, `all` or `entities`, a
   * change of the set or of the options throws. The answers are those of any workspace.
   */
  once?: boolean;
}

/**
 * A document as the checks see it: its analysis with the resolution applied to copies of its
 * mentions (those it changes; the others are shared) and subjects attached to copies of its
 * figures. Never changed once built, so it is reused (with everything the checks derived from it)
 * while neither the analysis nor what resolution says about its mentions changes.
 */
interface Draft {
  local: DocumentAnalysis;
  resolved: (ResolvedMention | undefined)[] | null;
  doc: DocumentAnalysis;
}

/**
 * The workspace. On every change of the set, entity resolution runs over the whole corpus (it is
 * global: a name in one article can decide who a name in another is), but what it derives from
 * each mention alone is cached on the mention, and the linking of names is reused while no
 * document changes what it reads (an edit that moves mentions without changing them). Each
 * document's draft is rebuilt only when its analysis or its resolved mentions changed, and the
 * checks keep their results per document and per group of claims between runs (checks/memo.ts),
 * so re-checking after an edit to one article redoes the work that article takes part in. The
 * results are the same as a fresh workspace's (test/unit/workspace.test.ts).
 */
export function createWorkspace(initial: AnalyzerOptions = {}, mode: WorkspaceMode = {}): Workspace {
  const once = mode.once === true;
  /** A workspace made for one computation has computed: it holds its answers and nothing else. */
  let spent = false;
  const open = () => {
    if (spent) throw new Error('this workspace was made for one computation (createWorkspace(…, { once: true })) and has computed');
  };
  let options = { ...initial };
  const sources = new Map<string, SourceDocument>();
  const local = new Map<string, DocumentAnalysis>();
  let drafts = new Map<string, Draft>();
  let memo: CheckMemo = new Map();
  let resolutionMemo: ResolutionMemo = {};
  let result: { docs: Map<string, DocumentAnalysis>; entities: Map<string, Entity> } | null = null;
  /**
   * The answers of the last computation and the drafts they were made from: an answer whose draft
   * and findings are as they were is handed out again as the same object, so that front ends can
   * keep what they derived from it (the server's diagnostics) by identity.
   */
  let answered = new Map<string, { draft: DocumentAnalysis; answer: DocumentAnalysis }>();

  function compute() {
    if (result) return result;
    const locale = options.locale ?? 'en';
    const uris = [...sources.keys()].sort();
    let locals: DocumentAnalysis[] = [];
    for (const uri of uris) {
      let a = local.get(uri);
      if (!a) {
        a = analyzeDocument(sources.get(uri)!, options);
        local.set(uri, a);
      }
      locals.push(a);
    }
    const knowledge = options.knowledge ?? builtinKnowledge();
    // Problems of this computation (not of one document's own analysis), for every document.
    const shared: string[] = [];
    let resolution: DetachedResolution | null = null;
    try {
      resolution = resolveEntitiesDetached(locals, knowledge, locale, once ? undefined : resolutionMemo);
    } catch (e) {
      shared.push(`entity resolution: internal error: ${String(e)}`);
    }
    const nextDrafts = new Map<string, Draft>();
    const documents = locals.map((a, i) => {
      const resolved = resolution?.resolved[i] ?? null;
      const prev = drafts.get(a.uri);
      const draft = prev && prev.local === a && sameResolution(prev.resolved, resolved) ? prev : newDraft(a, resolved, !once);
      nextDrafts.set(a.uri, draft);
      return draft.doc;
    });
    drafts = nextDrafts;
    const entities = resolution?.entities ?? new Map<string, Entity>();
    const nameFindings = resolution?.findings;
    if (once) {
      // Nothing is computed again: the documents' own analyses (and what entity resolution keeps
      // on their mentions) and the drafts' links to them go before the checks run. The drafts'
      // documents are all the checks and the answers read.
      spent = true;
      locals = [];
      local.clear();
      drafts = new Map();
      nextDrafts.clear();
      resolution = null;
    }
    let checkFindings = new Map<string, Finding[]>();
    try {
      checkFindings = runChecks(
        { documents, entities },
        { locale, severities: options.severities, memo: once ? undefined : memo, onProblem: (p) => shared.push(p) },
      );
    } catch (e) {
      shared.push(`checks: internal error: ${String(e)}`);
    }
    const docs = new Map<string, DocumentAnalysis>();
    const nextAnswered = new Map<string, { draft: DocumentAnalysis; answer: DocumentAnalysis }>();
    for (const d of documents) {
      const found = [...(nameFindings?.get(d.uri) ?? []), ...(checkFindings.get(d.uri) ?? [])];
      const findings = applySeverities(found, options.severities).map((f) => capRelated(f, locale)).sort(bySpan);
      const problems = [...d.problems, ...shared];
      const last = answered.get(d.uri);
      const answer =
        last && last.draft === d && sameList(last.answer.problems, problems) && sameFindings(last.answer.findings, findings)
          ? last.answer
          : { ...d, findings, problems };
      docs.set(d.uri, answer);
      if (!once) nextAnswered.set(d.uri, { draft: d, answer });
    }
    answered = nextAnswered;
    result = { docs, entities };
    return result;
  }

  return {
    set(doc) {
      open();
      const prev = sources.get(doc.uri);
      if (prev && prev.text === doc.text && prev.languageHint === doc.languageHint && prev.referenceDate === doc.referenceDate) return;
      sources.set(doc.uri, doc);
      local.delete(doc.uri);
      result = null;
    },
    setAnalyzed(analysis) {
      open();
      sources.set(analysis.uri, { uri: analysis.uri, text: analysis.text });
      local.set(analysis.uri, { ...analysis, findings: [] });
      result = null;
    },
    delete(uri) {
      open();
      if (sources.delete(uri)) {
        local.delete(uri);
        result = null;
      }
    },
    has: (uri) => sources.has(uri),
    uris: () => [...sources.keys()].sort(),
    analysis: (uri) => compute().docs.get(uri),
    prepare(uri) {
      open();
      const source = sources.get(uri);
      if (source && !local.has(uri)) local.set(uri, analyzeDocument(source, options));
    },
    all: () => [...compute().docs.values()],
    entities: () => compute().entities,
    configure(next) {
      open();
      options = { ...options, ...next };
      local.clear();
      drafts = new Map();
      memo = new Map();
      resolutionMemo = {};
      answered = new Map();
      result = null;
    },
  };
}

/** A document's draft: copies of its mentions with the resolution applied, figures with subjects. */
function newDraft(local: DocumentAnalysis, resolved: (ResolvedMention | undefined)[] | null, shareResolved: boolean): Draft {
  const doc: DocumentAnalysis = {
    ...local,
    entities: local.entities.map((m, j) => {
      const r = resolved?.[j];
      // A mention resolution does not touch (a date) is shared with the analysis rather than copied:
      // nothing changes a mention once made. So is one it leaves as it is, unless the analysis is to
      // be let go (`shareResolved` false: what resolution caches on such a mention would be kept).
      if (!r || (shareResolved && r.entityId === m.entityId && r.canonical === m.canonical && r.person === m.person)) return m;
      const copy: EntityMention = { ...m, entityId: r.entityId, canonical: r.canonical };
      if (r.person !== m.person) copy.person = r.person;
      return copy;
    }),
    figures: local.figures.map((f) => ({ ...f })),
    findings: [],
    problems: [...local.problems],
  };
  try {
    attachSubjects(doc);
  } catch (e) {
    doc.problems.push(`subjects: internal error: ${String(e)}`);
  }
  return { local, resolved, doc };
}

function sameResolution(a: (ResolvedMention | undefined)[] | null, b: (ResolvedMention | undefined)[] | null): boolean {
  if (!a || !b) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (!x || !y || x.entityId !== y.entityId || x.canonical !== y.canonical || x.person !== y.person) return false;
  }
  return true;
}

/** More related locations than anyone reads: the first ones are kept and the detail says how many more. */
export const MAX_RELATED = 20;

/** Whether two lists of findings say the same, at the same places (most are the same objects). */
function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.code !== y.code || x.severity !== y.severity || x.start !== y.start || x.end !== y.end || x.message !== y.message || x.detail !== y.detail) return false;
    if (x.related.length !== y.related.length) return false;
    for (let j = 0; j < x.related.length; j++) {
      const r = x.related[j];
      const o = y.related[j];
      if (r !== o && (r.uri !== o.uri || r.start !== o.start || r.end !== o.end || r.message !== o.message)) return false;
    }
    if (x.data !== y.data && JSON.stringify(x.data) !== JSON.stringify(y.data)) return false;
  }
  return true;
}

/**
 * The capped copy made of each finding, per locale: a finding a check keeps between runs gets the
 * same copy every run (so an unchanged document is recognised by identity, not compared deeply).
 */
const capped = new WeakMap<Finding, { locale: MessageLocale; copy: Finding }>();

function capRelated(f: Finding, locale: MessageLocale): Finding {
  if (f.related.length <= MAX_RELATED) return f;
  const kept = capped.get(f);
  if (kept && kept.locale === locale) return kept.copy;
  const copy = capCopy(f, locale);
  capped.set(f, { locale, copy });
  return copy;
}

function capCopy(f: Finding, locale: MessageLocale): Finding {
  const rest = f.related.length - MAX_RELATED;
  const note = locale === 'vi' ? `(Và ${rest} vị trí khác.)` : `(And ${rest} more locations.)`;
  return { ...f, related: f.related.slice(0, MAX_RELATED), detail: f.detail ? `${f.detail}\n\n${note}` : note };
}

function applySeverities(findings: Finding[], severities?: Record<string, Severity | 'off'>): Finding[] {
  if (!severities) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const s = severities[f.code];
    if (s === 'off') continue;
    out.push(s ? { ...f, severity: s } : f);
  }
  return out;
}
