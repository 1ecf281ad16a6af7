/**
 * The export commands: the workspace's annotations as JSON (the `communique analyze` contract),
 * CSV, or brat standoff (a `.txt` and a `.ann` per article, with `annotation.conf`, in a folder
 * the user picks), and the report as one self-contained HTML file. The server renders the files;
 * this only asks where to put them and writes them. It never writes over an article: an article
 * file is left as it is (a brat `.txt` identical to it is simply not rewritten).
 *
 * Each command takes an optional target (a file, or a folder for brat) so that it can run without
 * a dialog (tests, keybindings, other extensions).
 */
import * as vscode from 'vscode';
import * as l10n from './l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClientCommands, EXPORT, INDEXED_ARTICLES, type ExportFormat, type ExportParams, type ExportResult } from '../../server/src/lsp/protocol';
import { messageLocale } from './locale';

const FILTERS: Record<Exclude<ExportFormat, 'brat'>, Record<string, string[]>> = {
  json: { JSON: ['json'] },
  csv: { CSV: ['csv'] },
  html: { HTML: ['html'] },
};

export function registerExports(context: vscode.ExtensionContext, client: LanguageClient): void {
  const commands: [string, ExportFormat][] = [
    [ClientCommands.exportJson, 'json'],
    [ClientCommands.exportCsv, 'csv'],
    [ClientCommands.exportBrat, 'brat'],
    [ClientCommands.exportHtml, 'html'],
  ];
  for (const [id, format] of commands) {
    context.subscriptions.push(vscode.commands.registerCommand(id, (target?: vscode.Uri | string) => exportTo(client, format, target)));
  }
}

/** Writes an export; returns the uris written (undefined when the user cancelled). */
async function exportTo(client: LanguageClient, format: ExportFormat, target?: vscode.Uri | string): Promise<string[] | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  let where = typeof target === 'string' ? vscode.Uri.parse(target, true) : target;
  if (!where) {
    if (format === 'brat') {
      const picked = await vscode.window.showOpenDialog({
        canSelectFolders: true,
        canSelectFiles: false,
        canSelectMany: false,
        defaultUri: folder,
        openLabel: l10n.t('Export here'),
        title: l10n.t('Folder for the brat annotations (.txt and .ann)'),
      });
      where = picked?.[0];
    } else {
      const name = format === 'html' ? 'communique-report.html' : `communique.${format}`;
      where = await vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, name), filters: FILTERS[format] });
    }
  }
  if (!where) return undefined;
  const params: ExportParams = { format, locale: messageLocale() };
  const [result, articles] = await Promise.all([
    client.sendRequest<ExportResult>(EXPORT, params),
    client.sendRequest<string[]>(INDEXED_ARTICLES),
  ]);
  const isArticle = (u: vscode.Uri) => articles.some((a) => vscode.Uri.parse(a).fsPath === u.fsPath);
  const written: string[] = [];
  const kept: string[] = [];
  const files = format === 'brat' ? result.files.map((f) => ({ uri: vscode.Uri.joinPath(where!, ...f.name.split('/')), content: f.content })) : [{ uri: where, content: result.files[0].content }];
  for (const f of files) {
    if (isArticle(f.uri)) {
      // Never written over: a brat .txt that is the article itself is already in place when identical.
      const same = await vscode.workspace.fs.readFile(f.uri).then((b) => Buffer.from(b).toString('utf8') === f.content, () => false);
      if (!same) kept.push(vscode.workspace.asRelativePath(f.uri));
      continue;
    }
    await vscode.workspace.fs.writeFile(f.uri, Buffer.from(f.content, 'utf8'));
    written.push(f.uri.toString());
  }
  if (kept.length) {
    void vscode.window.showWarningMessage(
      l10n.t('Not written over articles whose text differs from the analysed text (a byte-order mark, for instance): {0}', kept.join(', ')),
    );
  }
  const shown = format === 'brat' ? where : files[0].uri;
  void vscode.window.showInformationMessage(l10n.t('Communiqué: exported to {0}', vscode.workspace.asRelativePath(shown)));
  return written;
}
