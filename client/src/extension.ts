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

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  registerArticleLanguage(context);
  const client = await startClient(context, (c) => registerStatusBar(context, c));
  registerCheckConsistency(context, client.client, client.status);
  registerExports(context, client.client);
}

export function deactivate(): Thenable<void> | undefined {
  return stopClient();
}
