/**
 * The output of `communique analyze`. The JSON is a contract other tools build on (version 1):
 * field names and meanings below are kept; new fields may be added.
 */
import type { DocumentAnalysis, EntityMention, Figure, Finding } from '../core/index';
import { lineIndex } from '../core/report/positions';
import { plainLine } from '../core/report/escape';

export interface AnalyzeJson {
  version: 1;
  documents: AnalyzeJsonDocument[];
}

export interface AnalyzeJsonDocument {
  path: string;
  language: 'vi' | 'en';
  referenceDate: string | null;
  referenceDateSource?: { source: string; explanation: string; start?: number; end?: number };
  entities: EntityMention[];
  figures: Figure[];
  findings: (Omit<Finding, 'related'> & { related: { path: string; start: number; end: number; message: string }[] })[];
  problems?: string[];
}

export function analysisToJson(docs: DocumentAnalysis[]): AnalyzeJson {
  return {
    version: 1,
    documents: docs.map((d) => {
      const out: AnalyzeJsonDocument = {
        path: d.uri,
        language: d.language,
        referenceDate: d.referenceDate?.date ?? null,
        entities: d.entities,
        figures: d.figures,
        findings: d.findings.map((f) => ({
          ...f,
          related: f.related.map((r) => ({ path: r.uri, start: r.start, end: r.end, message: r.message })),
        })),
      };
      if (d.referenceDate) {
        out.referenceDateSource = {
          source: d.referenceDate.source,
          explanation: d.referenceDate.explanation,
          ...(d.referenceDate.evidence ?? {}),
        };
      }
      if (d.problems.length) out.problems = d.problems;
      return out;
    }),
  };
}

/** A listing for people: one line per entity, figure and finding, with line:column positions. */
export function analysisToText(docs: DocumentAnalysis[]): string {
  const lines: string[] = [];
  for (const d of docs) {
    const index = lineIndex(d.text);
    const pos = (offset: number) => {
      const { line, column } = index.at(offset);
      return `${line}:${column}`;
    };
    lines.push(`${plainLine(d.uri)}  (${d.language}; reference date ${d.referenceDate?.date ?? 'unknown'})`);
    for (const p of d.problems) lines.push(`  problem: ${plainLine(p)}`);
    if (d.entities.length) lines.push('  entities:');
    for (const e of d.entities) {
      const extra = e.type === 'date' ? e.value : e.canonical !== e.text ? `= ${e.canonical}` : '';
      lines.push(`    ${pos(e.start)}  ${e.type.padEnd(12)} ${e.text}${extra ? `  ${extra}` : ''}`);
    }
    if (d.figures.length) lines.push('  figures:');
    for (const f of d.figures) {
      const value = Array.isArray(f.value) ? `${f.value[0]}–${f.value[1]}` : String(f.value);
      const facts = [`${value}${f.unit ? ` ${f.unit}` : ''}`, f.bound !== 'exact' ? f.bound : '', f.metric ?? '', f.period ?? '']
        .filter(Boolean)
        .join(', ');
      lines.push(`    ${pos(f.start)}  ${f.kind.padEnd(12)} ${f.text}  (${facts})`);
    }
    if (d.findings.length) lines.push('  findings:');
    for (const f of d.findings) lines.push(`    ${pos(f.start)}  ${f.severity} ${f.code}: ${plainLine(f.message)}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** `analysisToText` written to `write` a document at a time: the same text, never held whole. */
export function writeAnalysisText(docs: DocumentAnalysis[], write: (s: string) => void): void {
  if (docs.length === 0) return write('\n');
  // Each document's listing ends with an empty line; the whole joins them with line breaks.
  docs.forEach((d, i) => write((i > 0 ? '\n' : '') + analysisToText([d])));
}
