/**
 * "Communiqué: Check consistency": shows the workspace report in the report panel (one panel,
 * reused). It never modifies an article. Returns the report (for tests and other extensions).
 */
import * as vscode from 'vscode';
import * as l10n from './l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClientCommands } from '../../server/src/lsp/protocol';
import { ReportPanel } from './reportPanel';
import type { WorkspaceStatusTracker } from './statusBar';

export function registerCheckConsistency(context: vscode.ExtensionContext, client: LanguageClient, status: WorkspaceStatusTracker): void {
  context.subscriptions.push(
    // An optional `{ reveal }` (a hover's link) names the part of the report to show.
    vscode.commands.registerCommand(ClientCommands.checkConsistency, (arg?: { reveal?: unknown }) =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: l10n.t('Communiqué: checking consistency') }, () =>
        ReportPanel.show(client, status.current, typeof arg?.reveal === 'string' ? arg.reveal : undefined),
      ),
    ),
    { dispose: () => ReportPanel.instance?.dispose() },
  );
}
