/**
 * "Communiqué: Check consistency": asks the server for the workspace report and shows it in a
 * new untitled Markdown document with its preview. It never modifies an article.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CONSISTENCY_REPORT, ClientCommands, type ConsistencyReportParams, type ConsistencyReportResult } from '../../server/src/lsp/protocol';

export function registerCheckConsistency(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(ClientCommands.checkConsistency, async () => {
      const params: ConsistencyReportParams = {};
      const report = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Communiqué: checking consistency' },
        () => client.sendRequest<ConsistencyReportResult>(CONSISTENCY_REPORT, params),
      );
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: report.markdown });
      await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
      try {
        await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
      } catch {
        // The Markdown extension may be disabled; the document itself shows the report.
      }
      return report;
    }),
  );
}
