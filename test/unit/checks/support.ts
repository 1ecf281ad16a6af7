/**
 * Builds DocumentAnalysis values from readable JSON fixtures, so the checks can be tested without
 * the quantity and entity engines. Positions are given by substring (`at`, optional `nth`), never
 * by counted offsets.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Bound, DocumentAnalysis, EntityMention, Figure, FigureKind, Finding, MessageLocale, Span } from '../../../server/src/core/types';
import { attachSubjects, runChecks } from '../../../server/src/core/checks/index';
import { offsetOf } from '../../support/paths';
import metricVocabulary from '../../../server/src/core/quantity/metrics.json';

/**
 * The metric phrase a figure's metric came from, as the engine records it: the last phrase of the
 * metric (or of its family: `kim ngạch` for `trade.two-way`) written before the figure.
 */
function metricTextOf(text: string, at: number, metric: string | null, given?: string): { metricText?: string } {
  if (given) return { metricText: given };
  if (!metric) return {};
  const phrases = Object.entries(metricVocabulary.metrics as Record<string, string[]>)
    .filter(([k]) => metric === k || metric.startsWith(k + '.') || k.startsWith(metric + '.'))
    .flatMap(([, v]) => v)
    .concat(['kim ngạch']);
  const before = text.slice(0, at).toLowerCase();
  let best: { i: number; p: string } | null = null;
  for (const p of phrases) {
    const i = before.lastIndexOf(p.toLowerCase());
    if (i >= 0 && (!best || i + p.length > best.i + best.p.length || (i + p.length === best.i + best.p.length && p.length > best.p.length))) best = { i, p };
  }
  return best ? { metricText: text.slice(best.i, best.i + best.p.length) } : {};
}

export interface FigureSpec {
  at: string;
  nth?: number;
  value: number | [number, number];
  unit?: string | null;
  kind?: FigureKind;
  bound?: Bound;
  qualifier?: string;
  metric?: string | null;
  /** The metric phrase as written; by default the last phrase of the metric before the figure, as the engine finds it. */
  metricText?: string;
  period?: string | null;
  periodSource?: string;
  periodAt?: string;
  subject?: string | null;
  change?: { direction: 'up' | 'down' | 'none'; base?: string | null; baseAt?: string };
  readings?: { value: number; unit: string | null; explanation: string }[];
}

export interface EntitySpec {
  at: string;
  nth?: number;
  type: EntityMention['type'];
  id?: string;
  code?: string;
  value?: string;
  resolvedFrom?: string;
}

export interface DocSpec {
  uri: string;
  text: string;
  /** Lines from the one that starts with this text on are trailing site text (other articles). */
  trailerFrom?: string;
  referenceDate?: string;
  figures?: FigureSpec[];
  entities?: EntitySpec[];
}

export interface ExpectedFinding {
  uri: string;
  code: string;
  at: string;
  nth?: number;
  severity: Finding['severity'];
  related?: { uri: string; at: string; nth?: number }[];
  message?: string[];
  detail?: string[];
  data?: Record<string, unknown>;
}

export interface CheckCase {
  description: string;
  locale?: MessageLocale;
  documents: DocSpec[];
  /** Every finding of the listed codes (or of every code when `codes` is absent). */
  codes?: string[];
  expected: ExpectedFinding[];
  /** Subjects the claims layer must attach: figure `at` → subject. */
  subjects?: { uri: string; at: string; nth?: number; subject: string | null }[];
}

/** Countries recognized in fixture texts (the entity engine's job in the product). */
const COUNTRIES: Record<string, string> = {
  'Việt Nam': 'VN',
  Vietnam: 'VN',
  'Viet Nam': 'VN',
  Peru: 'PE',
  'Chi-lê': 'CL',
  Chile: 'CL',
  Argentina: 'AR',
  'Nhật Bản': 'JP',
  Japan: 'JP',
};

function span(text: string, at: string, nth = 0): Span {
  const start = offsetOf(text, at, nth);
  return { start, end: start + at.length };
}

function sentences(text: string, trailerFrom?: number): { blocks: DocumentAnalysis['structure']['blocks']; sentences: Span[] } {
  const blocks: DocumentAnalysis['structure']['blocks'] = [];
  const out: Span[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const b = { start: m.index, end: m.index + m[0].length };
    if (trailerFrom !== undefined && b.start >= trailerFrom) {
      blocks.push({ ...b, kind: 'trailer' });
      continue;
    }
    blocks.push({ ...b, kind: blocks.length === 0 ? 'title' : 'body' });
    const line = m[0];
    let from = 0;
    // Sentences end at `. ` (a period followed by a space); decimals and dates stay inside.
    const parts = line.split(/(?<=[.!?])\s+/);
    for (const part of parts) {
      const at = line.indexOf(part, from);
      out.push({ start: b.start + at, end: b.start + at + part.length });
      from = at + part.length;
    }
  }
  return { blocks, sentences: out };
}

export function buildDocument(spec: DocSpec): DocumentAnalysis {
  const text = spec.text;
  const entities: EntityMention[] = [];
  for (const [name, code] of Object.entries(COUNTRIES)) {
    let i = -1;
    while ((i = text.indexOf(name, i + 1)) >= 0) {
      const after = text.charAt(i + name.length);
      if (/\p{L}/u.test(after)) continue;
      entities.push({ type: 'country', start: i, end: i + name.length, text: name, canonical: name, entityId: `country:${code}`, countryCode: code });
    }
  }
  for (const e of spec.entities ?? []) {
    const s = span(text, e.at, e.nth);
    entities.push({
      ...s,
      type: e.type,
      text: e.at,
      canonical: e.value ?? e.at,
      entityId: e.id ?? `${e.type}:${e.at}`,
      ...(e.code ? { countryCode: e.code } : {}),
      ...(e.value ? { value: e.value } : {}),
      ...(e.resolvedFrom ? { resolvedFrom: e.resolvedFrom } : {}),
    });
  }
  entities.sort((a, b) => a.start - b.start);
  const figures: Figure[] = (spec.figures ?? []).map((f) => {
    const s = span(text, f.at, f.nth);
    const change = f.change
      ? { direction: f.change.direction, base: f.change.base ?? null, ...(f.change.baseAt ? { baseSpan: span(text, f.change.baseAt) } : {}) }
      : undefined;
    return {
      ...s,
      text: f.at,
      value: f.value,
      unit: f.unit === undefined ? 'USD' : f.unit,
      kind: f.kind ?? 'money',
      bound: f.bound ?? 'exact',
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      metric: f.metric === undefined ? null : f.metric,
      ...metricTextOf(text, s.start, f.metric ?? null, f.metricText),
      period: f.period ?? null,
      ...(f.periodSource ? { periodSource: f.periodSource } : {}),
      ...(f.periodAt ? { periodSpan: span(text, f.periodAt) } : {}),
      ...(f.subject !== undefined ? { subject: f.subject } : {}),
      ...(change ? { change } : {}),
      ...(f.readings ? { readings: f.readings } : {}),
    };
  });
  figures.sort((a, b) => a.start - b.start);
  return {
    uri: spec.uri,
    text,
    language: 'vi',
    referenceDate: spec.referenceDate ? { date: spec.referenceDate, source: 'option', explanation: 'fixture' } : null,
    structure: sentences(text, spec.trailerFrom ? offsetOf(text, spec.trailerFrom) : undefined),
    entities,
    figures,
    findings: [],
    problems: [],
  };
}

export function loadCases(dir: string): { name: string; data: CheckCase }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), data: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as CheckCase }));
}

/** Runs the claims layer and every check over hand-built documents, as the façade does. */
export function runCase(c: CheckCase): { docs: DocumentAnalysis[]; findings: Map<string, Finding[]> } {
  const docs = c.documents.map(buildDocument);
  for (const d of docs) attachSubjects(d);
  const findings = runChecks({ documents: docs, entities: new Map() }, { locale: c.locale ?? 'en' });
  for (const d of docs) d.findings = findings.get(d.uri) ?? [];
  return { docs, findings };
}

/** A finding as a short comparable line: `b.txt figure.undated "600 triệu USD" information`. */
export function describeFinding(uri: string, text: string, f: Finding): string {
  return `${uri} ${f.code} "${text.slice(f.start, f.end)}" ${f.severity}`;
}
