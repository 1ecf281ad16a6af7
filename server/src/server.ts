/**
 * The language server's entry point. `createConnection` reads the transport from the process
 * arguments (`--stdio`, `--node-ipc`, `--socket=PORT`, `--pipe=NAME`), as every vscode-languageserver
 * server does; `bin/communique-ls.js` requires the bundle of this file.
 */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { Session } from './lsp/session';
import { HeaderResync } from './lsp/transport';

const USAGE = `communique-ls — the Communiqué language server

Usage: communique-ls --stdio | --node-ipc | --socket=PORT | --pipe=NAME

Speaks the Language Server Protocol on the given transport; editors start it for you.
See README.md for Neovim and Emacs set-ups.
`;

const args = process.argv.slice(2);
const transport = args.some((a) => /^--(stdio|node-ipc|socket=\d+|pipe=.+|clientProcessId=\d+)$/.test(a));
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
} else if (!transport) {
  process.stderr.write('communique-ls: no transport given: use --stdio, --node-ipc, --socket=PORT or --pipe=NAME (see --help)\n');
  process.exitCode = 2;
} else if (args.includes('--stdio')) {
  // stdin passes through `HeaderResync`, so a malformed header is skipped instead of leaving the
  // reader deaf. stdout carries the protocol: console output goes to stderr.
  const report = (message: string) => process.stderr.write(`${message}\n`);
  for (const k of ['log', 'info', 'warn', 'error', 'debug'] as const) console[k] = (...a: unknown[]) => report(a.map(String).join(' '));
  const connection = createConnection(ProposedFeatures.all, process.stdin.pipe(new HeaderResync(report)), process.stdout);
  new Session(connection).listen();
} else {
  const connection = createConnection(ProposedFeatures.all);
  new Session(connection).listen();
}
