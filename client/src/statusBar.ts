/**
 * The status bar item: the workspace's articles and findings, from the server's
 * `communique/status` notifications; a click opens the report. It also forwards each status to
 * the report panel, which refreshes itself.
 */
import * as vscode from 'vscode';
import * as l10n from './l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClientCommands, WORKSPACE_STATUS, type WorkspaceStatus } from '../../server/src/lsp/protocol';
import { ReportPanel } from './reportPanel';

export interface WorkspaceStatusTracker {
  current: WorkspaceStatus | undefined;
}

export function registerStatusBar(context: vscode.ExtensionContext, client: LanguageClient): WorkspaceStatusTracker {
  const tracker: WorkspaceStatusTracker = { current: undefined };
  const item = vscode.window.createStatusBarItem('communique.status', vscode.StatusBarAlignment.Left, 50);
  item.name = l10n.t('Communiqué');
  item.command = ClientCommands.checkConsistency;
  context.subscriptions.push(
    item,
    client.onNotification(WORKSPACE_STATUS, (s: WorkspaceStatus) => {
      tracker.current = s;
      render(item, s);
      ReportPanel.instance?.onStatus(s);
    }),
  );
  return tracker;
}

function render(item: vscode.StatusBarItem, s: WorkspaceStatus): void {
  if (s.indexing) {
    item.text = `$(sync~spin) ${l10n.t('Communiqué: {0}/{1}', s.indexing.done, s.indexing.total)}`;
    item.tooltip = l10n.t('Indexing the articles…');
    item.show();
    return;
  }
  const serious = s.bySeverity.error + s.bySeverity.warning;
  const icon = s.bySeverity.error ? '$(error)' : serious ? '$(warning)' : '$(check)';
  item.text = `$(file-text) ${s.articles} ${icon} ${s.findings}`;
  item.tooltip = l10n.t(
    'Communiqué: {0} articles, {1} findings ({2} errors, {3} warnings). Click for the consistency report.',
    s.articles,
    s.findings,
    s.bySeverity.error,
    s.bySeverity.warning,
  );
  item.accessibilityInformation = { label: String(item.tooltip) };
  item.backgroundColor = s.bySeverity.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  item.show();
}
