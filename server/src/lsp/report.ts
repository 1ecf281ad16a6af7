/**
 * The workspace consistency report for the client's "Check consistency" command.
 *
 * The core's report renderer (server/src/core/report) is not in this checkout yet; until it lands
 * this module renders a plain Markdown list of every article's findings from the same analyses.
 * It only reads the index: it never changes an article.
 */
import type { MessageLocale } from '../core/index';
import type { ArticleIndex } from './articleIndex';
import { displayName } from './context';
import type { ConsistencyReportResult } from './protocol';

export function consistencyReport(index: ArticleIndex, locale: MessageLocale): ConsistencyReportResult {
  const docs = index.all();
  const findings = docs.reduce((n, d) => n + d.analysis.findings.length, 0);
  const lines = [locale === 'vi' ? '# Báo cáo nhất quán' : '# Consistency report', ''];
  lines.push(locale === 'vi' ? `${docs.length} bài, ${findings} phát hiện.` : `${docs.length} articles, ${findings} findings.`, '');
  for (const { analysis, positions } of docs) {
    lines.push(`## ${displayName(analysis.uri)}`, '');
    if (!analysis.findings.length) lines.push(locale === 'vi' ? '_Không có phát hiện._' : '_No findings._', '');
    for (const f of analysis.findings) {
      const p = positions.position(f.start);
      lines.push(`- **${f.severity}** \`${f.code}\` line ${p.line + 1}: ${f.message}`);
    }
    lines.push('');
  }
  return { markdown: lines.join('\n'), documents: docs.length, findings };
}
