/**
 * The VS Code extension's entry point: gives article files the article language, starts the
 * language server and registers the commands. Each concern lives in its own file.
 */
import * as vscode from 'vscode';
import { registerArticleLanguage } from './articleLanguage';
import { registerCheckConsistency } from './checkConsistency';
import { startClient, stopClient } from './languageClient';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  registerArticleLanguage(context);
  const client = await startClient(context);
  registerCheckConsistency(context, client);
}

export function deactivate(): Thenable<void> | undefined {
  return stopClient();
}
