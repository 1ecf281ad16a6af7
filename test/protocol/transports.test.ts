import * as assert from 'assert';
import { fork, spawn } from 'child_process';
import * as net from 'net';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  SocketMessageReader,
  SocketMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { buildServer } from './build';
import { BIN, copyFixture, uriOf } from './lspClient';

async function handshake(connection: MessageConnection, root: string): Promise<InitializeResult> {
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const result = await connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: uriOf(root), capabilities: {}, workspaceFolders: null });
  await connection.sendNotification('initialized', {});
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  return result;
}

describe('communique-ls: transports other than stdio', function () {
  this.timeout(20000);
  before(() => buildServer());

  it('speaks LSP over Node IPC (--node-ipc)', async () => {
    const child = fork(BIN, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const result = await handshake(createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child)), copyFixture('corpus'));
    assert.strictEqual(result.serverInfo?.name, 'communique-ls');
    assert.strictEqual(await exited, 0);
  });

  it('speaks LSP over a socket (--socket=PORT)', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    const accepted = new Promise<net.Socket>((resolve) => server.once('connection', resolve));
    const child = spawn(process.execPath, [BIN, `--socket=${port}`], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const socket = await accepted;
    const result = await handshake(createMessageConnection(new SocketMessageReader(socket), new SocketMessageWriter(socket)), copyFixture('corpus'));
    assert.ok(result.capabilities.hoverProvider);
    assert.strictEqual(await exited, 0);
    server.close();
  });
});
