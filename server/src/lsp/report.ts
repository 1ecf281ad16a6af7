/**
 * The workspace consistency report for the client's "Check consistency" command: the core's
 * Markdown renderer over every indexed article. It only reads the index: it never changes an
 * article.
 */
import type { MessageLocale } from '../core/index';
import { renderMarkdownReport } from '../core/report/index';
import type { ArticleIndex } from './articleIndex';
import type { ConsistencyReportResult } from './protocol';

export function consistencyReport(index: ArticleIndex, locale: MessageLocale, cwd?: string): ConsistencyReportResult {
  const docs = index.all().map((d) => d.analysis);
  const findings = docs.reduce((n, d) => n + d.findings.length, 0);
  return { markdown: renderMarkdownReport(docs, { locale, cwd }), documents: docs.length, findings };
}
