/**
 * A small LSP client for protocol tests: spawns `communique-ls --stdio` (bin/communique-ls.js,
 * which runs dist/server.js), speaks JSON-RPC over its stdin/stdout, answers the server's
 * requests (configuration, registrations, progress) and records what the server sends. Waiting is
 * always for an event, with a timeout; never a sleep.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  Diagnostic,
  InitializeResult,
  Position,
  PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { FIXTURES, ROOT } from '../support/paths';

/** The npm bin (`communique-ls`), which requires dist/server.js. */
export const BIN = path.join(ROOT, 'bin', 'communique-ls.js');

export const PROTOCOL_FIXTURES = path.join(FIXTURES, 'protocol');

/** Capabilities of a modern client (push diagnostics unless `pull` is asked for). */
export function capabilities(options: { pull?: boolean; hierarchical?: boolean; noConfiguration?: boolean } = {}): ClientCapabilities {
  return {
    workspace: {
      configuration: !options.noConfiguration,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
      workspaceFolders: true,
      symbol: {},
      semanticTokens: { refreshSupport: true },
      inlayHint: { refreshSupport: true },
      codeLens: { refreshSupport: true },
      diagnostics: options.pull ? { refreshSupport: true } : undefined,
    },
    window: { workDoneProgress: true },
    textDocument: {
      synchronization: { dynamicRegistration: false },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      documentSymbol: { hierarchicalDocumentSymbolSupport: options.hierarchical ?? true },
      publishDiagnostics: { relatedInformation: true },
      diagnostic: options.pull ? { dynamicRegistration: false, relatedDocumentSupport: false } : undefined,
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor'] } }, dataSupport: true },
      semanticTokens: {
        requests: { full: true, range: true },
        tokenTypes: [],
        tokenModifiers: [],
        formats: ['relative'],
      },
      inlayHint: {},
      codeLens: {},
    },
  };
}

/** Copies a fixture folder to a fresh temporary folder (so tests may change files on disk). */
export function copyFixture(name: string): string {
  const dest = fs.mkdtempSync(path.join(os.tmpdir(), `communique-${name}-`));
  fs.cpSync(path.join(PROTOCOL_FIXTURES, name), dest, { recursive: true });
  return dest;
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

export interface StartOptions {
  root: string;
  settings?: Record<string, unknown>;
  locale?: string;
  pull?: boolean;
  hierarchical?: boolean;
  /** A client without `workspace/configuration`: settings come in initializationOptions and notifications. */
  noConfiguration?: boolean;
  initializationOptions?: unknown;
  /** Run the server as this user (a test of file permissions, when the tests run as root). */
  uid?: number;
}

export class TestClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly progress: unknown[] = [];
  /** The window messages the server showed (`window/showMessage`). */
  readonly shown: { type: number; message: string }[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  refreshes = 0;
  settings: Record<string, unknown>;
  private listeners: (() => void)[] = [];
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();
  initializeResult!: InitializeResult;

  private constructor(
    readonly connection: MessageConnection,
    readonly process: ChildProcess,
    readonly root: string,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  static async start(options: StartOptions): Promise<TestClient> {
    const child = spawn(process.execPath, [BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}) });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(connection, child, options.root, options.settings ?? {});
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.diagnostics.set(p.uri, p.diagnostics);
      client.emit();
    });
    connection.onNotification('$/progress', (p: { value: unknown }) => {
      client.progress.push(p.value);
      client.emit();
    });
    connection.onNotification('window/logMessage', () => undefined);
    connection.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      client.shown.push(p);
      client.emit();
    });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      client.emit();
      return p.items.map((item) => (item.section === 'communique' ? client.settings : null));
    });
    connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      client.registrations.push(...p.registrations);
      client.emit();
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    for (const refresh of ['workspace/diagnostic/refresh', 'workspace/semanticTokens/refresh', 'workspace/inlayHint/refresh', 'workspace/codeLens/refresh']) {
      connection.onRequest(refresh, () => {
        if (refresh === 'workspace/diagnostic/refresh') client.refreshes++;
        client.emit();
        return null;
      });
    }
    connection.listen();
    child.on('exit', (code) => {
      if (code) process.stderr.write(`communique-ls exited with ${code}\n${stderr}`);
    });
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(options.root),
      workspaceFolders: [{ uri: uriOf(options.root), name: path.basename(options.root) }],
      capabilities: capabilities(options),
      locale: options.locale ?? 'en',
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** How many messages the server has sent that may change answers (notifications, refreshes, registrations). */
  private messages = 0;

  private emit(): void {
    this.messages++;
    for (const l of [...this.listeners]) l();
  }

  /** Resolves with the first value `probe` returns that is not undefined, re-probing on every server message. */
  waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 8000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const v = probe();
        if (v !== undefined) {
          done();
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== check);
      };
      this.listeners.push(check);
      check();
    });
  }

  /** Re-runs an asynchronous probe after every server message until it answers (for requests whose answer changes). */
  async waitForAsync<T>(probe: () => Promise<T | undefined>, timeoutMs = 8000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const before = this.messages;
      const v = await probe();
      if (v !== undefined) return v;
      if (Date.now() > deadline) throw new Error('timed out waiting for an answer');
      await this.waitFor('a server message', () => (this.messages > before ? true : undefined), Math.max(1, deadline - Date.now())).catch(() => undefined);
    }
  }

  /** Waits until the diagnostics published for `uri` satisfy `ok`. */
  waitForDiagnostics(uri: string, ok: (d: Diagnostic[]) => boolean = () => true, timeoutMs?: number): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics of ${uri}`, () => {
      const d = this.diagnostics.get(uri);
      return d && ok(d) ? d : undefined;
    }, timeoutMs);
  }

  /** Resolves when the start-up indexing has ended (its work-done progress `end`). */
  waitForIndexed(): Promise<unknown> {
    return this.waitFor('indexing progress end', () => this.progress.find((p) => (p as { kind?: string }).kind === 'end'));
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  file(rel: string): string {
    return path.join(this.root, rel);
  }

  uri(rel: string): string {
    return uriOf(this.file(rel));
  }

  text(rel: string): string {
    return this.texts.get(this.uri(rel)) ?? fs.readFileSync(this.file(rel), 'utf8');
  }

  /** The position of the n-th occurrence of `needle` in the document's text (plus `delta` characters). */
  position(rel: string, needle: string, delta = 0, nth = 0): Position {
    const text = this.text(rel);
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`"${needle}" not found in ${rel}`);
    }
    const offset = at + delta;
    const before = text.slice(0, offset);
    const line = before.split(/\r\n|\r|\n/).length - 1;
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    return { line, character: offset - lineStart };
  }

  async open(rel: string, text = fs.readFileSync(this.file(rel), 'utf8'), languageId = 'communique-article'): Promise<string> {
    const uri = this.uri(rel);
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Replaces the document's whole text (a full-content change event). */
  async change(rel: string, text: string): Promise<void> {
    const uri = this.uri(rel);
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async close(rel: string): Promise<void> {
    const uri = this.uri(rel);
    this.texts.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Writes a file on disk and tells the server, as a file watcher would. */
  async writeFile(rel: string, content: string): Promise<void> {
    const existed = fs.existsSync(this.file(rel));
    fs.mkdirSync(path.dirname(this.file(rel)), { recursive: true });
    fs.writeFileSync(this.file(rel), content);
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: this.uri(rel), type: existed ? 2 : 1 }] });
  }

  async deleteFile(rel: string): Promise<void> {
    fs.rmSync(this.file(rel), { recursive: true, force: true });
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: this.uri(rel), type: 3 }] });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { communique: settings } });
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
