/**
 * The VS Code extension's entry point: gives article files the article language, starts the
 * language server and registers the commands, the status bar item and the report panel. Each
 * concern lives in its own file.
 */
import * as vscode from 'vscode';
import { registerArticleLanguage } from './articleLanguage';
import { registerCheckConsistency } from './checkConsistency';
import { registerExports } from './exports';
import { startClient, stopClient } from './languageClient';
import { registerStatusBar } from './statusBar';
import { ReportPanel } from './reportPanel';
import type { ReportModel } from '../../server/src/core/report/model';

/** What the extension gives other extensions (and the end-to-end tests): the report on screen. */
export interface CommuniqueApi {
  shownReport(): ReportModel | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<CommuniqueApi> {
  registerArticleLanguage(context);
  const client = await startClient(context, (c) => registerStatusBar(context, c));
  registerCheckConsistency(context, client.client, client.status);
  registerExports(context, client.client);
  return { shownReport: () => ReportPanel.instance?.shown };
}

export function deactivate(): Thenable<void> | undefined {
  return stopClient();
}
