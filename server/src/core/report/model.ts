/**
 * The workspace report as plain data: what the report panel, the HTML export and the tests read.
 * Built from the analyses and the resolved entities alone (no I/O); every string in it is either
 * the engine's own words in the report's locale or text quoted from an article, which every
 * renderer must escape.
 *
 * - `summary`: the counts a reader takes in at a glance;
 * - `groups`: findings by check, each issue once (a conflict between articles is a finding on each
 *   of them; findings connected through their locations are one issue), with every location;
 * - `series`: for each (metric, subject, unit), every value the corpus states, with its period —
 *   the values a chart shows, conflicting and undated ones marked;
 * - `entities`: people (with their roles over time), organizations, countries and places, with
 *   how often and in how many articles each is mentioned.
 */
import type { DocumentAnalysis, Entity, EntityType, Figure, Finding, MessageLocale, Severity } from '../types';
import { checkInfo } from '../checks/index';
import { explainFigure } from '../claims/index';
import { parsePeriod } from '../claims/period';
import { claimSubjectName, metricName, periodPhrase, figurePhrase } from '../messages/describe';
import { displayPath, lineIndex, type LineIndex } from './positions';
import { capitalizeFirst, plainText } from './plain';
import { SEVERITY_ORDER } from './words';

export { SEVERITY_ORDER };

/** A place in an article: 1-based line and column in UTF-16 code units, and the offsets. */
export interface ReportLocation {
  uri: string;
  /** The path shown to the reader (relative to the workspace when inside it). */
  path: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ReportIssue {
  code: string;
  severity: Severity;
  /** Plain text (no Markdown). */
  message: string;
  /** The reasoning, in Markdown as the checks write it. */
  detail?: string;
  /** The words the finding is on, and the sentence around them. */
  text: string;
  excerpt: string;
  at: ReportLocation;
  related: { at: ReportLocation; message: string }[];
  /** How many findings (one per article or place) report this issue. */
  findings: number;
}

export interface ReportGroup {
  code: string;
  /** What the check looks for, in the report's locale. */
  title: string;
  severity: Severity;
  issues: ReportIssue[];
  findings: number;
}

export interface SeriesPoint {
  /** The value plotted (the middle of a range) and the range a written figure allows. */
  value: number;
  low: number;
  high: number;
  /** The figure as written and as the engine restates it (`gần 290 triệu USD`). */
  text: string;
  phrase: string;
  period: string | null;
  periodLabel: string;
  /** The value disagrees with another article's for the same claim (figure.mismatch). */
  conflict: boolean;
  /** The article gives no period for it. */
  undated: boolean;
  at: ReportLocation;
}

export interface ReportSeries {
  key: string;
  /** `Kim ngạch thương mại hai chiều · Việt Nam–Peru`. */
  title: string;
  metric: string;
  subject: string;
  unit: string | null;
  kind: Figure['kind'];
  points: SeriesPoint[];
  conflicts: number;
}

export interface ReportEntity {
  id: string;
  type: EntityType;
  name: string;
  /** Acronym or other short names. */
  aka: string[];
  /** People: roles with the dates they were held, when known (`2024-10-21`–…). */
  roles: { label: string; from?: string; to?: string }[];
  mentions: number;
  articles: number;
  at: ReportLocation;
}

export interface ReportModel {
  version: 1;
  locale: MessageLocale;
  summary: {
    articles: number;
    findings: number;
    issues: number;
    bySeverity: Record<Severity, number>;
    series: number;
    conflicts: number;
    entities: number;
  };
  groups: ReportGroup[];
  series: ReportSeries[];
  entities: { person: ReportEntity[]; organization: ReportEntity[]; country: ReportEntity[]; place: ReportEntity[] };
  /** Articles in report order, for links and exports. */
  articles: { uri: string; path: string; language: string; findings: number }[];
}

export interface ReportModelOptions {
  locale: MessageLocale;
  /** Paths are shown relative to this directory when they are inside it. */
  cwd?: string;
  /** The workspace's resolved entities (the core's `Workspace.entities()`). */
  entities?: Map<string, Entity>;
}

/** Builds the report of a set of analysed articles. Linear in the size of the analyses. */
export function buildReportModel(docs: DocumentAnalysis[], opts: ReportModelOptions): ReportModel {
  const L = opts.locale;
  const sorted = [...docs].sort((a, b) => displayPath(a.uri, opts.cwd).localeCompare(displayPath(b.uri, opts.cwd)));
  const locate = locator(sorted, opts.cwd);
  const groups = findingGroups(sorted, locate, L);
  const series = buildSeries(sorted, locate, L, opts.entities);
  const entities = entityIndex(sorted, locate, L, opts.entities ?? new Map());
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let findings = 0;
  for (const d of sorted) {
    for (const f of d.findings) {
      bySeverity[f.severity]++;
      findings++;
    }
  }
  return {
    version: 1,
    locale: L,
    summary: {
      articles: sorted.length,
      findings,
      issues: groups.reduce((n, g) => n + g.issues.length, 0),
      bySeverity,
      series: series.length,
      conflicts: series.reduce((n, s) => n + s.conflicts, 0),
      entities: entities.person.length + entities.organization.length + entities.country.length + entities.place.length,
    },
    groups,
    series,
    entities,
    articles: sorted.map((d) => ({ uri: d.uri, path: displayPath(d.uri, opts.cwd), language: d.language, findings: d.findings.length })),
  };
}

type Locate = (uri: string, start: number, end: number) => ReportLocation | null;

function locator(docs: DocumentAnalysis[], cwd?: string): Locate {
  const byUri = new Map(docs.map((d) => [d.uri, d]));
  const indexes = new Map<string, LineIndex>();
  return (uri, start, end) => {
    const d = byUri.get(uri);
    if (!d) return null;
    let li = indexes.get(uri);
    if (!li) indexes.set(uri, (li = lineIndex(d.text)));
    const s = li.at(start);
    const e = li.at(end);
    return { uri, path: displayPath(uri, cwd), start, end, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };
}

// ---------------------------------------------------------------------------------------------
// Findings

interface Located {
  doc: DocumentAnalysis;
  finding: Finding;
}

function findingGroups(docs: DocumentAnalysis[], locate: Locate, L: MessageLocale): ReportGroup[] {
  const byCode = new Map<string, Located[]>();
  for (const doc of docs) {
    for (const finding of [...doc.findings].sort((a, b) => a.start - b.start || a.end - b.end)) {
      const list = byCode.get(finding.code) ?? [];
      list.push({ doc, finding });
      byCode.set(finding.code, list);
    }
  }
  const groups: ReportGroup[] = [];
  for (const [code, items] of byCode) {
    const info = checkInfo(code);
    const issues = connected(items).map((group) => toIssue(group, locate));
    issues.sort((a, b) => rank(a.severity) - rank(b.severity) || a.at.path.localeCompare(b.at.path) || a.at.start - b.at.start);
    const severity = issues.reduce<Severity>((w, i) => (rank(i.severity) < rank(w) ? i.severity : w), 'hint');
    groups.push({ code, title: info ? plainText(info.description[L]) : code, severity, issues, findings: items.length });
  }
  return groups.sort((a, b) => rank(a.severity) - rank(b.severity) || a.code.localeCompare(b.code));
}

function rank(s: Severity): number {
  return SEVERITY_ORDER.indexOf(s);
}

/** Findings of one code connected through their locations (union-find over `uri|start|end`). */
function connected(items: Located[]): Located[][] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let x = k;
    while (parent.get(x) !== r) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  const add = (k: string) => {
    if (!parent.has(k)) parent.set(k, k);
  };
  const own = (i: Located) => `${i.doc.uri}|${i.finding.start}|${i.finding.end}`;
  for (const i of items) {
    add(own(i));
    for (const r of i.finding.related) {
      const other = `${r.uri}|${r.start}|${r.end}`;
      add(other);
      parent.set(find(other), find(own(i)));
    }
  }
  const groups = new Map<string, Located[]>();
  for (const i of items) {
    const root = find(own(i));
    const g = groups.get(root) ?? [];
    g.push(i);
    groups.set(root, g);
  }
  return [...groups.values()];
}

function toIssue(group: Located[], locate: Locate): ReportIssue {
  // The finding that sees most of the issue speaks for it; the others are listed as locations.
  const main = [...group].sort((a, b) => b.finding.related.length - a.finding.related.length || rank(a.finding.severity) - rank(b.finding.severity))[0];
  const f = main.finding;
  const seen = new Set<string>([`${main.doc.uri}|${f.start}`]);
  const related: ReportIssue['related'] = [];
  for (const r of f.related) {
    const at = locate(r.uri, r.start, r.end);
    if (!at || seen.has(`${r.uri}|${r.start}`)) continue;
    seen.add(`${r.uri}|${r.start}`);
    related.push({ at, message: plainText(r.message) });
  }
  for (const o of group) {
    const key = `${o.doc.uri}|${o.finding.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    related.push({ at: locate(o.doc.uri, o.finding.start, o.finding.end)!, message: plainText(o.finding.message) });
  }
  return {
    code: f.code,
    severity: group.reduce<Severity>((w, i) => (rank(i.finding.severity) < rank(w) ? i.finding.severity : w), 'hint'),
    message: plainText(f.message),
    ...(f.detail ? { detail: capitalizeFirst(f.detail) } : {}),
    text: main.doc.text.slice(f.start, f.end),
    excerpt: excerpt(main.doc.text, f.start, f.end),
    at: locate(main.doc.uri, f.start, f.end)!,
    related,
    findings: group.length,
  };
}

/** The words around a span, on one line. */
export function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 60);
  const to = Math.min(text.length, end + 60);
  const s = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${s}${to < text.length ? '…' : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Series

/** Codes whose finding on a figure marks its value as conflicting. */
const CONFLICT_CODES = new Set(['figure.mismatch']);

function buildSeries(docs: DocumentAnalysis[], locate: Locate, L: MessageLocale, entities?: Map<string, Entity>): ReportSeries[] {
  const byKey = new Map<string, ReportSeries>();
  for (const doc of docs) {
    const conflicting = new Set(doc.findings.filter((f) => CONFLICT_CODES.has(f.code)).map((f) => `${f.start}|${f.end}`));
    const undatedFinding = new Set(doc.findings.filter((f) => f.code === 'figure.undated').map((f) => `${f.start}|${f.end}`));
    for (const f of doc.figures) {
      if (!f.metric) continue;
      const claim = explainFigure(doc, f).claim;
      // Levels (and the ends of a stated change) are values of the metric; a change is not.
      if (!claim || claim.role === 'change' || claim.metric.includes('~') || claim.cumulative) continue;
      const key = `${claim.metric}|${claim.subject}|${f.unit ?? ''}`;
      let s = byKey.get(key);
      if (!s) {
        const title = `${capitalize(metricName(claim.metric, L, f.metricText))} · ${claimSubjectName(claim.metric, claim.subject, L, entities)}`;
        s = { key, title, metric: claim.metric, subject: claim.subject, unit: f.unit, kind: f.kind, points: [], conflicts: 0 };
        byKey.set(key, s);
      }
      const [low, high] = Array.isArray(f.value) ? f.value : [f.value, f.value];
      const period = claim.periodStated ? claim.period : null;
      const conflict = conflicting.has(`${f.start}|${f.end}`);
      s.points.push({
        value: (low + high) / 2,
        low,
        high,
        text: f.text,
        phrase: figurePhrase(f, L),
        period,
        periodLabel: period ? periodPhrase(period, L) : L === 'vi' ? 'không rõ kỳ' : 'no period',
        conflict,
        undated: !period || undatedFinding.has(`${f.start}|${f.end}`),
        at: locate(doc.uri, f.start, f.end)!,
      });
      if (conflict) s.conflicts++;
    }
  }
  const list = [...byKey.values()];
  for (const s of list) s.points.sort((a, b) => comparePeriods(a.period, b.period) || a.value - b.value || a.at.path.localeCompare(b.at.path));
  // Series that conflict first, then the longest; a lone value is no series.
  return list
    .filter((s) => s.points.length >= 2)
    .sort((a, b) => b.conflicts - a.conflicts || b.points.length - a.points.length || a.title.localeCompare(b.title));
}

/** Periods by their first day, then the shorter first; no period last. */
export function comparePeriods(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return a.localeCompare(b);
  return pa.firstDay - pb.firstDay || pa.lastDay - pb.lastDay;
}

function capitalize(s: string): string {
  return s ? s[0].toLocaleUpperCase() + s.slice(1) : s;
}

// ---------------------------------------------------------------------------------------------
// Entities

const INDEXED: EntityType[] = ['person', 'organization', 'country', 'place'];

function entityIndex(docs: DocumentAnalysis[], locate: Locate, L: MessageLocale, entities: Map<string, Entity>): ReportModel['entities'] {
  const stats = new Map<string, { type: EntityType; name: string; mentions: number; docs: Set<string>; first: { uri: string; start: number; end: number }; titles: Map<string, string> }>();
  for (const doc of docs) {
    for (const m of doc.entities) {
      if (!INDEXED.includes(m.type)) continue;
      let s = stats.get(m.entityId);
      if (!s) {
        s = { type: m.type, name: m.canonical, mentions: 0, docs: new Set(), first: { uri: doc.uri, start: m.start, end: m.end }, titles: new Map() };
        stats.set(m.entityId, s);
      }
      s.mentions++;
      s.docs.add(doc.uri);
      // A role's name in the report's language: a title as a Vietnamese article writes it.
      if (m.role && m.title && doc.language === L && !s.titles.has(m.role)) s.titles.set(m.role, m.title);
    }
  }
  const out: ReportModel['entities'] = { person: [], organization: [], country: [], place: [] };
  for (const [id, s] of stats) {
    const e = entities.get(id);
    const roles: ReportEntity['roles'] = [];
    for (const r of e?.roles ?? []) {
      const label = L === 'en' ? (r.gloss ?? s.titles.get(r.role)) : s.titles.get(r.role);
      if (!label || roles.some((x) => x.label === label && x.from === r.from && x.to === r.to)) continue;
      roles.push({ label, ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) });
    }
    roles.sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
    const aka = e?.acronym && e.acronym !== (e?.canonical ?? s.name) ? [e.acronym] : [];
    (out[s.type as keyof ReportModel['entities']] ??= []).push({
      id,
      type: s.type,
      name: e?.canonical ?? s.name,
      aka,
      roles,
      mentions: s.mentions,
      articles: s.docs.size,
      at: locate(s.first.uri, s.first.start, s.first.end)!,
    });
  }
  for (const list of Object.values(out)) list.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, L));
  return out;
}
