/**
 * Exports of the workspace's annotations for other tools: CSV (one row per entity mention, figure
 * and finding) and brat standoff (`.ann` beside each `.txt`, with an `annotation.conf`), which brat
 * and INCEpTION import. Pure: the front ends write the strings these return.
 */
import type { DocumentAnalysis, EntityType, Figure, FigureKind } from '../types';
import { displayPath, lineIndex } from './positions';
import { plainText } from './plain';

export interface ExportOptions {
  /** Paths are written relative to this directory when they are inside it. */
  cwd?: string;
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180)

export const CSV_COLUMNS = ['path', 'kind', 'type', 'text', 'start', 'end', 'line', 'column', 'value', 'unit', 'metric', 'period', 'canonical', 'code', 'severity', 'message'] as const;

/**
 * A cell: quoted when it holds a comma, a quote or a line break. A text cell that a spreadsheet
 * would take for a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe, so opening an
 * export never runs what an article wrote.
 */
function cell(v: string | number | null | undefined, text = false): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function value(f: Figure): string {
  return Array.isArray(f.value) ? `${f.value[0]}..${f.value[1]}` : String(f.value);
}

export function renderCsv(docs: DocumentAnalysis[], opts: ExportOptions = {}): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  const sorted = [...docs].sort((a, b) => displayPath(a.uri, opts.cwd).localeCompare(displayPath(b.uri, opts.cwd)));
  for (const d of sorted) {
    const path = displayPath(d.uri, opts.cwd);
    const li = lineIndex(d.text);
    const items: { start: number; row: (string | number | null | undefined | [string, true])[] }[] = [];
    for (const m of d.entities) {
      items.push({ start: m.start, row: [[path, true], 'entity', m.type, [m.text, true], m.start, m.end, null, null, m.type === 'date' ? (m.value ?? null) : null, null, null, null, [m.canonical, true], null, null, null] });
    }
    for (const f of d.figures) {
      items.push({ start: f.start, row: [[path, true], 'figure', f.kind, [f.text, true], f.start, f.end, null, null, value(f), f.unit, f.metric, f.period, null, null, null, null] });
    }
    for (const f of d.findings) {
      items.push({ start: f.start, row: [[path, true], 'finding', null, [d.text.slice(f.start, f.end), true], f.start, f.end, null, null, null, null, null, null, null, f.code, f.severity, [plainText(f.message), true]] });
    }
    items.sort((a, b) => a.start - b.start);
    for (const { start, row } of items) {
      const at = li.at(start);
      row[6] = at.line;
      row[7] = at.column;
      rows.push(row.map((c) => (Array.isArray(c) ? cell(c[0], true) : cell(c))).join(','));
    }
  }
  return rows.join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------------------------------------
// brat standoff

const ENTITY_TYPES: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  place: 'Place',
  date: 'Date',
  title: 'Title',
};
const FIGURE_TYPES: Record<FigureKind, string> = {
  money: 'Money',
  percent: 'Percent',
  percentagePoints: 'PercentagePoints',
  count: 'Count',
  measure: 'Measure',
  multiple: 'Multiple',
  number: 'Number',
};

/** The `annotation.conf` of an exported collection: every type the `.ann` files use. */
export const BRAT_CONF = [
  '# Communiqué export: entity mentions, figures and findings (as notes on the spans they concern).',
  '[entities]',
  ...Object.values(ENTITY_TYPES),
  ...Object.values(FIGURE_TYPES),
  'Finding',
  '[relations]',
  '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
  '[events]',
  '[attributes]',
  '',
].join('\n');

/**
 * Offsets in brat count Unicode code points of the `.txt` (Python strings), not UTF-16 units as
 * the core does: the two differ after a character outside the BMP.
 */
function codePointOffsets(text: string): (o: number) => number {
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const n = text.charCodeAt(i + 1);
      if (n >= 0xdc00 && n <= 0xdfff) {
        astral.push(i + 1);
        i++;
      }
    }
  }
  if (!astral.length) return (o) => o;
  return (o) => {
    let lo = 0;
    let hi = astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (astral[mid] < o) lo = mid + 1;
      else hi = mid;
    }
    return o - lo;
  };
}

/** A span as brat fragments: a span across lines is split at each line break (brat requires it). */
function fragments(text: string, start: number, end: number, cp: (o: number) => number): string {
  const parts: string[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      if (i > s) parts.push(`${cp(s)} ${cp(i)}`);
      s = i + 1;
    }
  }
  return parts.join(';');
}

/** One line of brat text: tabs and line breaks would break the format. */
function flat(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

/** The `.ann` of one article; its `.txt` must be the analysed text exactly (no BOM). */
export function renderBrat(d: DocumentAnalysis): string {
  const cp = codePointOffsets(d.text);
  const lines: string[] = [];
  let t = 0;
  let n = 0;
  const add = (type: string, start: number, end: number, note?: string) => {
    const frag = fragments(d.text, start, end, cp);
    if (!frag) return;
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${frag}\t${flat(sliceCovered(d.text, start, end))}`);
    if (note) lines.push(`#${++n}\tAnnotatorNotes ${id}\t${flat(note)}`);
  };
  for (const m of d.entities) add(ENTITY_TYPES[m.type] ?? 'Entity', m.start, m.end, m.canonical !== m.text ? m.canonical : undefined);
  for (const f of d.figures) {
    const note = [`value=${value(f)}${f.unit ? ` ${f.unit}` : ''}`, f.bound !== 'exact' ? `bound=${f.bound}` : '', f.metric ? `metric=${f.metric}` : '', f.period ? `period=${f.period}` : '']
      .filter(Boolean)
      .join('; ');
    add(FIGURE_TYPES[f.kind] ?? 'Number', f.start, f.end, note);
  }
  for (const f of d.findings) add('Finding', f.start, f.end, `${f.code} (${f.severity}): ${plainText(f.message)}`);
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** The text of a span with its line breaks as spaces (brat shows fragments joined by a space). */
function sliceCovered(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/[\r\n]+/g, ' ');
}
