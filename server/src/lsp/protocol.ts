/**
 * Communiqué's own protocol additions, declared once and imported by both the server and the
 * client. Each says which way it travels. Method names and types only: the server and the client
 * each build request types from their own copy of the protocol library.
 */
import type { ReportModel } from '../core/report/model';

export interface ConsistencyReportParams {
  /** Message language; the server's locale when absent. */
  locale?: 'en' | 'vi';
}
export interface ConsistencyReportResult {
  /** The workspace report in Markdown. */
  markdown: string;
  /** How many articles it covers and how many findings it lists. */
  documents: number;
  findings: number;
  /** The report as data: what the report panel renders (core/report/html.ts). */
  model: ReportModel;
}

/** client → server: the workspace consistency report (never modifies an article). */
export const CONSISTENCY_REPORT = 'communique/consistencyReport';

/**
 * server → client notification: the workspace's counts, sent after every change of the index and
 * while the articles are read at start-up (`indexing`). The status bar and the report panel use it.
 */
export const WORKSPACE_STATUS = 'communique/status';
export interface WorkspaceStatus {
  articles: number;
  findings: number;
  bySeverity: { error: number; warning: number; information: number; hint: number };
  /** Present while the workspace is being indexed. */
  indexing?: { done: number; total: number };
}

/** client → server: the workspace's annotations or report as files to write (never an article). */
export const EXPORT = 'communique/export';
export type ExportFormat = 'json' | 'csv' | 'brat' | 'html';
export interface ExportParams {
  format: ExportFormat;
  locale?: 'en' | 'vi';
}
export interface ExportResult {
  /**
   * Files to write, by a relative path. `brat` gives a `.txt` (the analysed text) and a `.ann` per
   * article, with `annotation.conf`; the others one file.
   */
  files: { name: string; content: string }[];
}

/** client → server: the uris of every indexed article (for the client's status and tests). */
export const INDEXED_ARTICLES = 'communique/indexedArticles';

/** Commands the server executes through `workspace/executeCommand`. */
export const ServerCommands = {
  /** Arguments: [{ uri, code, text, message }] — records a finding as reviewed in .communique/reviewed.json. */
  markReviewed: 'communique.markReviewed',
} as const;

/** Commands the client contributes (package.json `contributes.commands`). */
export const ClientCommands = {
  checkConsistency: 'communique.checkConsistency',
  exportJson: 'communique.exportJson',
  exportCsv: 'communique.exportCsv',
  exportBrat: 'communique.exportBrat',
  exportHtml: 'communique.exportHtml',
} as const;

/** The language id the extension gives articles. */
export const ARTICLE_LANGUAGE_ID = 'communique-article';
