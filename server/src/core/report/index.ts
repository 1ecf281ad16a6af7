/**
 * Pure renderers of findings, for the CLI and the language server: plain text for a terminal,
 * JSON, SARIF 2.1.0, and the Markdown consistency report of the editor command. They read only the
 * analyses handed in; positions are computed from each document's text (1-based line and column,
 * UTF-16 code units).
 */
import type { DocumentAnalysis, Finding, MessageLocale, RelatedLocation, Severity } from '../types';
import { CHECKS, checkInfo } from '../checks/index';
import { displayPath, lineIndex, sarifUri, type LineIndex } from './positions';
import { mdLinkTarget, mdText, plainLine, safeMarkdown } from './escape';
import { LazyList } from './lazy';

export interface ReportOptions {
  locale: MessageLocale;
  /** Paths are shown relative to this directory when they are inside it. */
  cwd?: string;
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'information', 'hint'];

interface Located {
  doc: DocumentAnalysis;
  path: string;
  finding: Finding;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  related: (RelatedLocation & { path: string; line?: number; column?: number; endLine?: number; endColumn?: number })[];
}

/** Each document's line index, made once and only for documents a finding is in or points at. */
function lineIndexes(docs: DocumentAnalysis[]): (uri: string) => LineIndex | null {
  const indexes = new Map<string, LineIndex>();
  const byUri = new Map(docs.map((d) => [d.uri, d]));
  return (uri) => {
    const d = byUri.get(uri);
    if (!d) return null;
    if (!indexes.has(uri)) indexes.set(uri, lineIndex(d.text));
    return indexes.get(uri)!;
  };
}

/** The documents in report order (by displayed path) and each one's findings in order. */
function* ordered(docs: DocumentAnalysis[], opts: ReportOptions): Generator<[DocumentAnalysis, Finding[]]> {
  const sorted = [...docs].sort((a, b) => displayPath(a.uri, opts.cwd).localeCompare(displayPath(b.uri, opts.cwd)));
  for (const doc of sorted) {
    if (doc.findings.length === 0) continue;
    yield [doc, [...doc.findings].sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code))];
  }
}

/** Every finding with its positions, in report order, made one at a time. */
function* located(docs: DocumentAnalysis[], opts: ReportOptions): Generator<Located> {
  const index = lineIndexes(docs);
  for (const [doc, findings] of ordered(docs, opts)) {
    const li = index(doc.uri)!;
    const path = displayPath(doc.uri, opts.cwd);
    for (const f of findings) {
      const s = li.at(f.start);
      const e = li.at(f.end);
      yield {
        doc,
        path,
        finding: f,
        line: s.line,
        column: s.column,
        endLine: e.line,
        endColumn: e.column,
        related: f.related.map((r) => {
          const ri = index(r.uri);
          const rs = ri?.at(r.start);
          const re = ri?.at(r.end);
          return { ...r, path: displayPath(r.uri, opts.cwd), line: rs?.line, column: rs?.column, endLine: re?.line, endColumn: re?.column };
        }),
      };
    }
  }
}

function collect(docs: DocumentAnalysis[], opts: ReportOptions): Located[] {
  return [...located(docs, opts)];
}

/**
 * What the summary and the SARIF rules need of the findings, without locating them: how many,
 * and the counts and codes in report order (`byCode` keeps the order codes first appear in).
 */
function tally(docs: DocumentAnalysis[], opts: ReportOptions) {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const byCode: Record<string, number> = {};
  let total = 0;
  for (const [, findings] of ordered(docs, opts)) {
    for (const f of findings) {
      total++;
      bySeverity[f.severity]++;
      byCode[f.code] = (byCode[f.code] ?? 0) + 1;
    }
  }
  return { total, bySeverity, byCode };
}

const SEVERITY_WORDS: Record<MessageLocale, Record<Severity, [string, string]>> = {
  en: { error: ['error', 'errors'], warning: ['warning', 'warnings'], information: ['information', 'information'], hint: ['hint', 'hints'] },
  vi: { error: ['lỗi', 'lỗi'], warning: ['cảnh báo', 'cảnh báo'], information: ['thông tin', 'thông tin'], hint: ['gợi ý', 'gợi ý'] },
};

function summaryLine(bySeverity: Record<Severity, number>, n: number, files: number, locale: MessageLocale): string {
  const parts = SEVERITY_ORDER.filter((s) => bySeverity[s]).map((s) => `${bySeverity[s]} ${SEVERITY_WORDS[locale][s][bySeverity[s] === 1 ? 0 : 1]}`);
  if (locale === 'vi') {
    return n === 0 ? `Không có phát hiện nào trong ${files} tệp.` : `${n} phát hiện (${parts.join(', ')}) trong ${files} tệp.`;
  }
  const fileWord = files === 1 ? 'file' : 'files';
  return n === 0 ? `No findings in ${files} ${fileWord}.` : `${n} ${n === 1 ? 'finding' : 'findings'} (${parts.join(', ')}) in ${files} ${fileWord}.`;
}

/** Human-readable: grouped by file, `path:line:col severity code message`, related locations indented. */
export function renderText(docs: DocumentAnalysis[], opts: ReportOptions): string {
  const parts: string[] = [];
  writeText(docs, opts, (s) => parts.push(s));
  return parts.join('');
}

/**
 * `renderText` written in pieces to `write` (a file's findings at a time): the same text, never
 * held whole.
 */
export function writeText(docs: DocumentAnalysis[], opts: ReportOptions, write: (s: string) => void): void {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let n = 0;
  let lines: string[] = [];
  let current: string | null = null;
  for (const i of located(docs, opts)) {
    n++;
    bySeverity[i.finding.severity]++;
    if (i.path !== current) {
      if (current !== null) {
        lines.push('');
        write(lines.join('\n') + '\n');
        lines = [];
      }
      current = i.path;
      lines.push(plainLine(i.path));
    }
    // Names and messages are escaped to one line each: a newline in a file name cannot split one.
    lines.push(`${plainLine(i.path)}:${i.line}:${i.column} ${SEVERITY_WORDS[opts.locale][i.finding.severity][0]} ${i.finding.code} ${plainLine(i.finding.message)}`);
    for (const r of i.related) {
      const pos = r.line ? `:${r.line}:${r.column}` : '';
      lines.push(`    ${plainLine(r.path)}${pos} ${plainLine(r.message)}`);
    }
  }
  if (current !== null) lines.push('');
  lines.push(summaryLine(bySeverity, n, docs.length, opts.locale));
  write(lines.join('\n') + '\n');
}

/** `{version: 1, findings: [...], summary: {...}}`, stable for scripts. */
export function renderJson(docs: DocumentAnalysis[], opts: ReportOptions): object {
  return jsonReport(docs, opts, (made) => [...made]);
}

/**
 * `renderJson` for a streaming writer (`cli/streamJson.ts`): the same value, but its findings are
 * a `LazyList`, each made when the writer reaches it, so the output of thousands of findings is
 * never held whole. Written with `JSON.stringify(…, null, 2)`'s layout, it gives the same bytes.
 */
export function renderJsonLazy(docs: DocumentAnalysis[], opts: ReportOptions): object {
  return jsonReport(docs, opts, (made) => made);
}

/** The JSON report with its findings as `findings` gives them: an array or a `LazyList`. */
function jsonReport(docs: DocumentAnalysis[], opts: ReportOptions, findings: (made: LazyList<ReturnType<typeof jsonFinding>>) => unknown): object {
  const { total, bySeverity, byCode } = tally(docs, opts);
  return {
    version: 1,
    findings: findings(new LazyList(total, () => mapIterable(located(docs, opts), jsonFinding))),
    summary: {
      files: docs.length,
      findings: total,
      ...bySeverity,
      byCode,
    },
  };
}

function jsonFinding(i: Located) {
  return {
    path: i.path,
    code: i.finding.code,
    severity: i.finding.severity,
    message: i.finding.message,
    ...(i.finding.detail ? { detail: i.finding.detail } : {}),
    start: i.finding.start,
    end: i.finding.end,
    line: i.line,
    column: i.column,
    endLine: i.endLine,
    endColumn: i.endColumn,
    related: i.related.map((r) => ({
      path: r.path,
      start: r.start,
      end: r.end,
      ...(r.line ? { line: r.line, column: r.column } : {}),
      message: r.message,
    })),
    ...(i.finding.data ? { data: i.finding.data } : {}),
  };
}

function* mapIterable<A, B>(items: Iterable<A>, f: (a: A) => B): Generator<B> {
  for (const a of items) yield f(a);
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0: one run, a rule per registered code, a result per finding with related locations. */
export function renderSarif(docs: DocumentAnalysis[], opts: ReportOptions): object {
  const { byCode } = tally(docs, opts);
  return sarif(Object.keys(byCode), opts, (result) => collect(docs, opts).map(result));
}

/** `renderSarif` for a streaming writer: its results are a `LazyList` (see `renderJsonLazy`). */
export function renderSarifLazy(docs: DocumentAnalysis[], opts: ReportOptions): object {
  const { total, byCode } = tally(docs, opts);
  return sarif(Object.keys(byCode), opts, (result) => new LazyList(total, () => mapIterable(located(docs, opts), result)));
}

/** The SARIF log, given the findings' codes in report order and how to list the results. */
function sarif(codes: string[], opts: ReportOptions, results: (result: (i: Located) => object) => unknown): object {
  const rules = CHECKS.map((c) => ({
    id: c.code,
    shortDescription: { text: c.description[opts.locale] },
    fullDescription: { text: c.description[opts.locale] },
    defaultConfiguration: { level: SARIF_LEVEL[c.defaultSeverity] },
  }));
  for (const code of codes) {
    if (!rules.some((r) => r.id === code)) {
      rules.push({ id: code, shortDescription: { text: code }, fullDescription: { text: code }, defaultConfiguration: { level: 'warning' } });
    }
  }
  const location = (uri: string, start: number, end: number, pos?: { line?: number; column?: number; endLine?: number; endColumn?: number }) => ({
    physicalLocation: {
      artifactLocation: sarifUri(uri, opts.cwd),
      region: {
        ...(pos?.line ? { startLine: pos.line, startColumn: pos.column, endLine: pos.endLine, endColumn: pos.endColumn } : {}),
        charOffset: start,
        charLength: Math.max(0, end - start),
      },
    },
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'communique', fullName: 'Communiqué', version: '0.1.0', rules } },
        ...(opts.cwd ? { originalUriBaseIds: { '%SRCROOT%': { uri: sarifUri(opts.cwd.replace(/[\\/]*$/, '/')).uri.replace(/\/?$/, '/') } } } : {}),
        columnKind: 'utf16CodeUnits',
        results: results((i) => ({
          ruleId: i.finding.code,
          ruleIndex: rules.findIndex((r) => r.id === i.finding.code),
          level: SARIF_LEVEL[i.finding.severity],
          message: { text: i.finding.message, ...(i.finding.detail ? { markdown: safeMarkdown(i.finding.detail) } : {}) },
          locations: [location(i.doc.uri, i.finding.start, i.finding.end, i)],
          ...(i.related.length
            ? {
                relatedLocations: i.related.map((r, k) => ({
                  id: k,
                  ...location(r.uri, r.start, r.end, r),
                  message: { text: r.message },
                })),
              }
            : {}),
          ...(i.finding.data ? { properties: { data: i.finding.data } } : {}),
        })),
      },
    ],
  };
}

/** A link target for a location: the uri itself (file URIs open in the editor) with a line fragment. */
function link(uri: string, line?: number, column?: number): string {
  const target = mdLinkTarget(uri);
  return line ? `${target}#L${line}${column ? `,${column}` : ''}` : target;
}

/**
 * Groups the findings of one code that describe one issue: a conflict between articles is a
 * finding on each of them, each pointing at the others. Findings connected through their
 * locations form one issue, shown once in the report.
 */
function issues(items: Located[]): Located[][] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const key = (code: string, uri: string, start: number, end: number) => `${code}|${uri}|${start}|${end}`;
  const add = (k: string) => {
    if (!parent.has(k)) parent.set(k, k);
  };
  for (const i of items) {
    const own = key(i.finding.code, i.doc.uri, i.finding.start, i.finding.end);
    add(own);
    for (const r of i.related) {
      const other = key(i.finding.code, r.uri, r.start, r.end);
      add(other);
      parent.set(find(other), find(own));
    }
  }
  const groups = new Map<string, Located[]>();
  for (const i of items) {
    const root = find(key(i.finding.code, i.doc.uri, i.finding.start, i.finding.end));
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(i);
  }
  return [...groups.values()];
}

/**
 * The workspace consistency report an analyst reads at a glance: totals, a table of counts per
 * code, then each issue once — a conflict between articles is one issue however many articles
 * carry it — with its reasoning and links to every location.
 */
export function renderMarkdownReport(docs: DocumentAnalysis[], opts: ReportOptions): string {
  const L = opts.locale;
  const items = collect(docs, opts);
  const { bySeverity, byCode } = tally(docs, opts);
  const out: string[] = [];
  out.push(L === 'vi' ? '# Báo cáo nhất quán' : '# Consistency report', '');
  out.push(summaryLine(bySeverity, items.length, docs.length, L), '');
  if (!items.length) {
    out.push(L === 'vi' ? 'Các số liệu, ngày tháng và tên gọi giữa các bài không mâu thuẫn nhau.' : 'Figures, dates and names agree across the articles.', '');
    return out.join('\n');
  }
  const codes = Object.keys(byCode).sort((a, b) => {
    const sa = SEVERITY_ORDER.indexOf(worst(items, a));
    const sb = SEVERITY_ORDER.indexOf(worst(items, b));
    return sa - sb || a.localeCompare(b);
  });
  const grouped = new Map(codes.map((c) => [c, issues(items.filter((i) => i.finding.code === c))]));
  out.push(
    L === 'vi' ? '| Mã | Mức | Vấn đề | Phát hiện | Ý nghĩa |' : '| Code | Severity | Issues | Findings | What it means |',
    '|---|---|---:|---:|---|',
  );
  for (const code of codes) {
    const info = checkInfo(code);
    out.push(`| \`${code}\` | ${SEVERITY_WORDS[L][worst(items, code)][0]} | ${grouped.get(code)!.length} | ${byCode[code]} | ${info ? mdText(info.description[L]) : ''} |`);
  }
  out.push('');
  for (const code of codes) {
    const groups = grouped.get(code)!;
    out.push(`## \`${code}\` (${groups.length})`, '');
    const info = checkInfo(code);
    if (info) out.push(`*${mdText(info.description[L])}*`, '');
    for (const group of groups) {
      // The finding that sees most of the issue speaks for it; the others are listed as locations.
      const i = [...group].sort((a, b) => b.related.length - a.related.length || SEVERITY_ORDER.indexOf(a.finding.severity) - SEVERITY_ORDER.indexOf(b.finding.severity))[0];
      const f = i.finding;
      out.push(`### [${mdText(i.path)}:${i.line}:${i.column}](${link(i.doc.uri, i.line, i.column)}) — ${SEVERITY_WORDS[L][f.severity][0]}`, '');
      out.push(`> \`${i.doc.text.slice(f.start, f.end).replace(/`/g, "'")}\` ${L === 'vi' ? 'trong' : 'in'}: ${mdText(excerpt(i.doc.text, f.start, f.end))}`, '');
      out.push(`**${mdText(f.message)}**`, '');
      if (f.detail) out.push(safeMarkdown(f.detail), '');
      const seen = new Set<string>([`${i.doc.uri}|${f.start}`]);
      const lines: string[] = [];
      for (const r of i.related) {
        seen.add(`${r.uri}|${r.start}`);
        const pos = r.line ? `:${r.line}:${r.column}` : '';
        lines.push(`- [${mdText(r.path)}${pos}](${link(r.uri, r.line, r.column)}) — ${mdText(r.message)}`);
      }
      for (const o of group) {
        if (seen.has(`${o.doc.uri}|${o.finding.start}`)) continue;
        seen.add(`${o.doc.uri}|${o.finding.start}`);
        lines.push(`- [${mdText(o.path)}:${o.line}:${o.column}](${link(o.doc.uri, o.line, o.column)}) — ${mdText(o.finding.message)}`);
      }
      if (lines.length) out.push(L === 'vi' ? 'Vị trí liên quan:' : 'Related locations:', '', ...lines, '');
      if (group.length > 1) {
        out.push(
          L === 'vi'
            ? `*Cùng vấn đề được báo trên ${group.length} vị trí.*`
            : `*The same issue is reported at ${group.length} locations.*`,
          '',
        );
      }
    }
  }
  return out.join('\n');
}

function worst(items: Located[], code: string): Severity {
  let best: Severity = 'hint';
  for (const i of items) {
    if (i.finding.code === code && SEVERITY_ORDER.indexOf(i.finding.severity) < SEVERITY_ORDER.indexOf(best)) best = i.finding.severity;
  }
  return best;
}

/** The words around a span, on one line, for context. */
function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 60);
  const to = Math.min(text.length, end + 60);
  const s = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${s}${to < text.length ? '…' : ''}`;
}

export type { ReportOptions as RenderOptions };
