/**
 * The language server's entry point. `createConnection` reads the transport from the process
 * arguments (`--stdio`, `--node-ipc`, `--socket=PORT`, `--pipe=NAME`), as every vscode-languageserver
 * server does; `bin/communique-ls.js` requires the bundle of this file.
 */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { Session } from './lsp/session';

const connection = createConnection(ProposedFeatures.all);
new Session(connection).listen();
