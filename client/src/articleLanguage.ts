/**
 * Gives article files the `communique-article` language without taking over every `.txt` a user
 * owns: a plain-text document becomes an article when its path matches
 * `communique.articles.include` (and not `communique.articles.exclude`) and its content looks like
 * a news article (see server/src/lsp/articles.ts, which the server uses for files on disk too).
 * A document the user switches back to plain text is left alone for the rest of the session.
 */
import * as vscode from 'vscode';
import { looksLikeArticle, matchesArticlePath } from '../../server/src/lsp/articles';
import { ARTICLE_LANGUAGE_ID } from '../../server/src/lsp/protocol';
import { SECTION, SETTINGS, toSettings } from '../../server/src/lsp/settings';

const switched = new Set<string>();

export function registerArticleLanguage(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((doc) => void consider(doc)));
  for (const doc of vscode.workspace.textDocuments) void consider(doc);
}

async function consider(doc: vscode.TextDocument): Promise<void> {
  if (doc.languageId !== 'plaintext' || doc.uri.scheme !== 'file') return;
  const key = doc.uri.toString();
  if (switched.has(key)) return; // The user chose plain text after we switched it.
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  if (!folder) return;
  const config = vscode.workspace.getConfiguration(SECTION, doc.uri);
  const settings = toSettings(Object.fromEntries(SETTINGS.map((s) => [s.key, config.get(s.key)])));
  const relative = vscode.workspace.asRelativePath(doc.uri, false);
  if (!matchesArticlePath(relative, settings.include, settings.exclude)) return;
  if (doc.getText().length > settings.maxFileSize || !looksLikeArticle(doc.getText())) return;
  switched.add(key);
  await vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE_ID);
}
