/**
 * The workspace report and exports for the client: the consistency report (as data for the
 * report panel, and as Markdown), the counts the status bar shows, and the export files. They only
 * read the index: nothing here changes an article.
 */
import { randomBytes } from 'crypto';
import type { MessageLocale } from '../core/index';
import { renderMarkdownReport } from '../core/report/index';
import { buildReportModel } from '../core/report/model';
import { renderHtmlReport } from '../core/report/html';
import { BRAT_CONF, renderBrat, renderCsv } from '../core/report/exports';
import { displayPath } from '../core/report/positions';
import { analysisToJson } from '../cli/analyzeOutput';
import type { ArticleIndex } from './articleIndex';
import type { ConsistencyReportResult, ExportFormat, ExportResult, WorkspaceStatus } from './protocol';

export function consistencyReport(index: ArticleIndex, locale: MessageLocale, cwd?: string): ConsistencyReportResult {
  const docs = index.all().map((d) => d.analysis);
  const model = buildReportModel(docs, { locale, cwd, entities: index.core.entities() });
  return { markdown: renderMarkdownReport(docs, { locale, cwd }), documents: docs.length, findings: model.summary.findings, model };
}

export function workspaceStatus(index: ArticleIndex, indexing?: { done: number; total: number }): WorkspaceStatus {
  const bySeverity = { error: 0, warning: 0, information: 0, hint: 0 };
  let findings = 0;
  for (const { analysis } of index.all()) {
    for (const f of analysis.findings) {
      bySeverity[f.severity]++;
      findings++;
    }
  }
  return { articles: index.uris().length, findings, bySeverity, ...(indexing ? { indexing } : {}) };
}

export function exportFiles(index: ArticleIndex, format: ExportFormat, locale: MessageLocale, cwd?: string): ExportResult {
  const docs = index.all().map((d) => d.analysis);
  return { files: exportDocuments(docs, format, locale, cwd, index.core.entities()) };
}

/** The files of an export (shared with the CLI). `brat` names each pair after its article's path. */
export function exportDocuments(
  docs: Parameters<typeof renderCsv>[0],
  format: ExportFormat,
  locale: MessageLocale,
  cwd: string | undefined,
  entities?: Parameters<typeof buildReportModel>[1]['entities'],
): ExportResult['files'] {
  switch (format) {
    case 'json':
      return [{ name: 'communique.json', content: JSON.stringify(analysisToJson(docs), null, 2) + '\n' }];
    case 'csv':
      return [{ name: 'communique.csv', content: renderCsv(docs, { cwd }) }];
    case 'html': {
      const model = buildReportModel(docs, { locale, cwd, entities });
      return [{ name: 'communique-report.html', content: renderHtmlReport(model, { nonce: randomBytes(16).toString('base64'), mode: 'file' }) }];
    }
    case 'brat': {
      const files = [{ name: 'annotation.conf', content: BRAT_CONF }];
      const used = new Set<string>();
      for (const d of docs) {
        // A relative path keeps articles of different folders apart; one outside `cwd` keeps its name.
        let base = displayPath(d.uri, cwd).replace(/\\/g, '/').replace(/^\/+/, '');
        if (base.split('/').includes('..') || /^[A-Za-z]:/.test(base)) base = base.split('/').pop()!;
        base = base.replace(/\.txt$/i, '');
        let name = base;
        for (let k = 2; used.has(name); k++) name = `${base}-${k}`;
        used.add(name);
        files.push({ name: `${name}.txt`, content: d.text }, { name: `${name}.ann`, content: renderBrat(d) });
      }
      return files;
    }
  }
}
