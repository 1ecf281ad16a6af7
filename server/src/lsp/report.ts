/**
 * The workspace report and exports for the client: the consistency report (as data for the
 * report panel, and as Markdown), the counts the status bar shows, and the export files. They only
 * read the index: nothing here changes an article.
 */
import type { MessageLocale } from '../core/index';
import { renderMarkdownReport } from '../core/report/index';
import { buildReportModel } from '../core/report/model';
import { exportDocuments } from '../cli/exportFiles';
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

