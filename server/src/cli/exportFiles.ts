/**
 * The files of an export, for the CLI (`communique export`) and the language server's export
 * request: the `analyze` JSON contract, CSV, brat standoff (a `.txt` and an `.ann` per article and
 * `annotation.conf`) and the report as one HTML page. Names are relative paths; the caller
 * decides where they go and never writes over an article.
 */
import { randomBytes } from 'crypto';
import type { DocumentAnalysis, Entity, MessageLocale } from '../core/index';
import { buildReportModel } from '../core/report/model';
import { renderHtmlReport } from '../core/report/html';
import { BRAT_CONF, renderBrat, renderCsv } from '../core/report/exports';
import { displayPath } from '../core/report/positions';
import { plainAnalysis } from '../core/report/plain';
import { analysisToJson } from './analyzeOutput';

export type ExportFormat = 'json' | 'csv' | 'brat' | 'html';

/** The files of an export (shared with the CLI). `brat` names each pair after its article's path. */
export function exportDocuments(
  docs: DocumentAnalysis[],
  format: ExportFormat,
  locale: MessageLocale,
  cwd: string | undefined,
  entities?: Map<string, Entity>,
): { name: string; content: string }[] {
  switch (format) {
    case 'json':
      return [{ name: 'communique.json', content: JSON.stringify(analysisToJson(docs.map(plainAnalysis)), null, 2) + '\n' }];
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
