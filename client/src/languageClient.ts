/**
 * Starts the language server (dist/server.js, in a Node process over IPC) and connects it to the
 * editor. The server reads settings through `workspace/configuration` and registers its own file
 * watchers; the client only says which documents it serves.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { ARTICLE_LANGUAGE_ID, ClientCommands } from '../../server/src/lsp/protocol';
import * as l10n from './l10n';
import { afterStop } from './restartPolicy';

let client: LanguageClient | undefined;

/**
 * Starts the client; `beforeStart` registers what must hear the server from its first message
 * (the status notifications of the start-up indexing).
 */
export async function startClient<T>(context: vscode.ExtensionContext, beforeStart: (c: LanguageClient) => T): Promise<{ client: LanguageClient; status: T }> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: ARTICLE_LANGUAGE_ID },
      // The knowledge file: the server reads it live and reports its errors.
      { scheme: 'file', pattern: '**/.communique/knowledge.yaml' },
    ],
    outputChannel: vscode.window.createOutputChannel('Communiqué', { log: true }),
    diagnosticCollectionName: 'communique',
    // The server sends `communique/status` (counts, indexing progress) only to clients that ask,
    // and links hovers to the report only for a client that runs that one command from them. It
    // keeps each article's analysis in the extension's storage (the warm start), one cache for
    // every workspace since entries are keyed by content.
    initializationOptions: { status: true, commandLinks: true, ...analysisCache(context) },
    markdown: { isTrusted: { enabledCommands: [ClientCommands.checkConsistency] } },
    errorHandler: restartHandler(),
  };
  const c = (client = new LanguageClient('communique', 'Communiqué', serverOptions, clientOptions));
  const status = beforeStart(c);
  await c.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
  return { client: c, status };
}

/** Where the server keeps its analysis cache: a folder in the extension's global storage, when it is on disk. */
function analysisCache(context: vscode.ExtensionContext): { cache?: string } {
  const storage = context.globalStorageUri;
  return storage.scheme === 'file' ? { cache: vscode.Uri.joinPath(storage, 'analyses').fsPath } : {};
}

export function stopClient(): Thenable<void> | undefined {
  const c = client;
  client = undefined;
  return c?.stop();
}

/**
 * Restarts a server that stopped, until it has stopped too often (restartPolicy.ts); then says
 * why it is not restarted, with the last connection error when there was one.
 */
function restartHandler(): ErrorHandler {
  let stops: number[] = [];
  let lastError: string | undefined;
  return {
    error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
      lastError = error?.message || lastError;
      // As vscode-languageclient's default: a few errors in a row are survivable.
      return { action: count && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
    },
    closed(): CloseHandlerResult {
      const next = afterStop(stops, Date.now());
      stops = next.stops;
      const d = next.decision;
      if (d.restart) return { action: CloseAction.Restart };
      let message =
        d.minutes === 1
          ? l10n.t('Communiqué’s server stopped {0} times in a minute; it will not be restarted. Reload the window to try again.', d.stops)
          : l10n.t('Communiqué’s server stopped {0} times in {1} minutes; it will not be restarted. Reload the window to try again.', d.stops, d.minutes);
      if (lastError) message += ` ${l10n.t('Last error: {0}', lastError)}`;
      return { action: CloseAction.DoNotRestart, message };
    },
  };
}
