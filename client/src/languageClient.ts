/**
 * Starts the language server (dist/server.js, in a Node process over IPC) and connects it to the
 * editor. The server reads settings through `workspace/configuration` and registers its own file
 * watchers; the client only says which documents it serves.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ARTICLE_LANGUAGE_ID, ClientCommands } from '../../server/src/lsp/protocol';

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
    // and links hovers to the report only for a client that runs that one command from them.
    initializationOptions: { status: true, commandLinks: true },
    markdown: { isTrusted: { enabledCommands: [ClientCommands.checkConsistency] } },
  };
  const c = (client = new LanguageClient('communique', 'Communiqué', serverOptions, clientOptions));
  const status = beforeStart(c);
  await c.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
  return { client: c, status };
}

export function stopClient(): Thenable<void> | undefined {
  const c = client;
  client = undefined;
  return c?.stop();
}
