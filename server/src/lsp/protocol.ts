/**
 * Communiqué's own protocol additions, declared once and imported by both the server and the
 * client. Each says which way it travels. Method names and types only: the server and the client
 * each build request types from their own copy of the protocol library.
 */

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
}

/** client → server: the workspace consistency report (never modifies an article). */
export const CONSISTENCY_REPORT = 'communique/consistencyReport';

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
} as const;

/** The language id the extension gives articles. */
export const ARTICLE_LANGUAGE_ID = 'communique-article';
