/**
 * The language server session: the wiring between the LSP connection and the feature modules.
 * Every request handler is one line of intent — find the document, ask the core (through a
 * feature module), convert the answer. State that lives across requests is kept here: the index of
 * articles, the settings, the knowledge file and the reviewed findings.
 */
import * as path from 'path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  MessageType,
  RequestType,
  ShowMessageNotification,
  RequestType0,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Entity, MessageLocale } from '../core/index';
import { ArticleIndex } from './articleIndex';
import { looksLikeArticle } from './articles';
import type { FeatureContext } from './context';
import { diagnosticsWithId } from './diagnostics';
import { hover } from './hover';
import { KNOWLEDGE_PATH, REVIEWED_PATH, knowledgeDiagnostics, parseKnowledgeFile, workspaceKnowledge } from './knowledge';
import {
  ARTICLE_LANGUAGE_ID,
  CONSISTENCY_REPORT,
  EXPORT,
  INDEXED_ARTICLES,
  ServerCommands,
  WORKSPACE_STATUS,
  type ConsistencyReportParams,
  type ConsistencyReportResult,
  type ExportParams,
  type ExportResult,
} from './protocol';
import { consistencyReport, exportFiles, workspaceStatus } from './report';
import { ReviewedStore, reviewedDiagnostic } from './reviewed';
import { isCandidate, isFolder, listCandidates, listCandidatesUnder, pathToUri, readArticle, uriToPath } from './scan';
import { SECTION, toSettings, type Settings } from './settings';
import { documentSymbols } from './symbols';
import { codeActions, type KnowledgeFileState } from './codeActions';
import { codeLenses } from './codeLens';
import { inlayHints } from './inlayHints';
import { definition, documentHighlights, references, workspaceSymbols } from './navigation';
import { SEMANTIC_LEGEND, semanticTokens } from './semanticTokens';
import { SETTINGS_FILE_LIMIT, WriteRefused, readTextFile, writeFileInside } from '../io/files';
import { MB, MemoryGuard } from './memoryGuard';
import { messages } from './messages';

/** How long edits settle before the workspace's diagnostics are recomputed. */
const DEBOUNCE_MS = 150;

/** How often the memory guard looks when no document is being indexed. */
const MEMORY_CHECK_MS = 2000;

const ConsistencyReportRequest = new RequestType<ConsistencyReportParams | null, ConsistencyReportResult, void>(CONSISTENCY_REPORT);
const IndexedArticlesRequest = new RequestType0<string[], void>(INDEXED_ARTICLES);
const ExportRequest = new RequestType<ExportParams, ExportResult, void>(EXPORT);

/** One spelling per file uri, so that the editor's uri and a path read from disk meet. */
export function canonicalUri(uri: string): string {
  const p = uriToPath(uri);
  return p ? pathToUri(p) : uri;
}

export class Session implements FeatureContext {
  readonly index = new ArticleIndex();
  readonly documents = new TextDocuments(TextDocument);
  settings: Settings = toSettings(undefined);
  locale: MessageLocale = 'en';
  readonly reviewed = new ReviewedStore(() => this.folders[0]);
  private folders: string[] = [];
  private capabilities: ClientCapabilities = {};
  private clientLocale: string | undefined;
  private initializationSettings: unknown;
  /** The client asked for `communique/status` notifications (Communiqué's own VS Code client does). */
  private wantsStatus = false;
  commandLinks = false;
  private pushedIds = new Map<string, string>();
  /** Open documents by canonical uri. */
  private readonly open = new Map<string, TextDocument>();
  private knowledgeErrorsPublished = false;
  /** The knowledge file's text as last read (undefined when it does not exist). */
  private knowledgeText: string | undefined;
  private knowledgeLoaded = false;
  private timer: NodeJS.Timeout | undefined;
  private ready: Promise<void> = Promise.resolve();
  /** Watches the server's memory; above `communique.memoryLimit` only open articles are indexed. */
  private readonly memory = new MemoryGuard(() => this.settings.memoryLimit * MB);

  constructor(readonly connection: Connection) {}

  get knowledgeUri(): string | undefined {
    return this.folders[0] ? this.folders[0].replace(/\/?$/, '/') + KNOWLEDGE_PATH : undefined;
  }

  get reviewedUri(): string | undefined {
    return this.folders[0] ? this.folders[0].replace(/\/?$/, '/') + REVIEWED_PATH : undefined;
  }

  entities(): Map<string, Entity> {
    return this.index.core.entities();
  }

  knowledgeSource(): { uri: string; text: string } | undefined {
    const uri = this.knowledgeUri;
    const text = uri && (this.openDocument(uri)?.getText() ?? this.knowledgeText);
    return uri && text !== undefined ? { uri, text } : undefined;
  }

  /** True when the client pulls diagnostics (LSP 3.17); push otherwise. */
  get pull(): boolean {
    return !!this.capabilities.textDocument?.diagnostic;
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => this.guard(this.initialized()));
    c.onDidChangeConfiguration((p) => this.guard(this.reloadSettings(p.settings)));
    c.onDidChangeWatchedFiles((p) => this.guard(this.filesChanged(p.changes)));
    c.onHover((p) => this.whenReady(() => hover(this, this.at(p))));
    c.onDocumentSymbol((p) =>
      this.whenReady(() => documentSymbols(this, this.at(p), !!this.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport)),
    );
    c.languages.diagnostics.on((p) =>
      this.whenReady(() => {
        const { diagnostics: items, id } = diagnosticsWithId(this, canonicalUri(p.textDocument.uri));
        return p.previousResultId === id ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId: id } : { kind: DocumentDiagnosticReportKind.Full, resultId: id, items };
      }),
    );
    c.languages.diagnostics.onWorkspace((p) => this.whenReady(() => ({ items: this.workspaceDiagnostics(p.previousResultIds) })));
    c.onWorkspaceSymbol((p) => this.whenReady(() => workspaceSymbols(this, p)));
    c.onDefinition((p) => this.whenReady(() => definition(this, this.at(p))));
    c.onReferences((p) => this.whenReady(() => references(this, this.at(p))));
    c.onDocumentHighlight((p) => this.whenReady(() => documentHighlights(this, this.at(p))));
    c.languages.semanticTokens.on((p) => this.whenReady(() => semanticTokens(this, this.at(p))));
    c.languages.semanticTokens.onRange((p) => this.whenReady(() => semanticTokens(this, this.at(p))));
    c.languages.inlayHint.on((p) => this.whenReady(() => inlayHints(this, this.at(p))));
    c.onCodeLens((p) => this.whenReady(() => codeLenses(this, this.at(p))));
    c.onCodeAction((p) => this.whenReady(() => codeActions(this, this.at(p), this.knowledgeFile())));
    c.onRequest(ConsistencyReportRequest, (p) => this.whenReady(() => consistencyReport(this.index, p?.locale ?? this.locale, uriToPath(this.folders[0] ?? ''))));
    c.onRequest(IndexedArticlesRequest, () => this.whenReady(() => this.index.uris()));
    c.onRequest(ExportRequest, (p) => this.whenReady(() => exportFiles(this.index, p.format, p.locale ?? this.locale, uriToPath(this.folders[0] ?? ''))));
    c.onExecuteCommand((p) => this.executeCommand(p.command, p.arguments ?? []));
    this.documents.onDidOpen((e) => this.opened(e.document));
    this.documents.onDidChangeContent((e) => this.opened(e.document));
    this.documents.onDidClose((e) => {
      this.open.delete(canonicalUri(e.document.uri));
      this.guard(this.closed(e.document));
    });
    this.documents.listen(c);
    c.listen();
  }

  /**
   * Runs background work (notifications, timers) so that a failure is logged and the server
   * carries on: an unhandled rejection would end the process.
   */
  private guard(work: Promise<unknown>): void {
    work.catch((e) => this.connection.console.error(`communique: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
  }

  /** Rewrites a request's document uri to its canonical spelling. */
  private at<T extends { textDocument: { uri: string } }>(p: T): T {
    return { ...p, textDocument: { ...p.textDocument, uri: canonicalUri(p.textDocument.uri) } };
  }

  /**
   * Requests wait for the start-up index so that the first answers are complete. A failed start-up
   * (already logged) does not fail every later request: they answer from what was indexed.
   */
  private async whenReady<T>(f: () => T): Promise<T> {
    await this.ready.catch(() => undefined);
    return f();
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.capabilities = params.capabilities;
    this.clientLocale = params.locale;
    this.initializationSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    this.wantsStatus = (params.initializationOptions as { status?: unknown } | undefined)?.status === true;
    this.commandLinks = (params.initializationOptions as { commandLinks?: unknown } | undefined)?.commandLinks === true;
    // The analysis cache, in a folder the client owns (VS Code: the extension's global storage).
    const cache = (params.initializationOptions as { cache?: unknown } | undefined)?.cache;
    if (typeof cache === 'string' && cache) this.index.useCache(cache, (line) => this.connection.console.warn(line));
    this.folders = (params.workspaceFolders ?? []).map((f) => canonicalUri(f.uri));
    if (!this.folders.length && params.rootUri) this.folders = [canonicalUri(params.rootUri)];
    this.settings = toSettings(this.initializationSettings);
    this.locale = this.resolveLocale();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Communiqué' },
        diagnosticProvider: this.pull ? { identifier: 'communique', interFileDependencies: true, workspaceDiagnostics: true } : undefined,
        workspaceSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true, range: true },
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor] },
        executeCommandProvider: { commands: [ServerCommands.markReviewed] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'communique-ls', version: '0.1.0' },
    };
  }

  private resolveLocale(): MessageLocale {
    if (this.settings.locale !== 'auto') return this.settings.locale;
    return this.clientLocale?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
  }

  private async initialized(): Promise<void> {
    const caps = this.capabilities.workspace;
    if (caps?.didChangeConfiguration?.dynamicRegistration) {
      this.guard(this.connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION }));
    }
    if (caps?.didChangeWatchedFiles?.dynamicRegistration) {
      this.guard(this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] }));
    }
    if (caps?.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => canonicalUri(f.uri)));
        this.folders = [...this.folders.filter((f) => !removed.has(f)), ...e.added.map((f) => canonicalUri(f.uri))];
        this.ready = this.ready.catch(() => undefined).then(() => this.reindex()).then(() => this.changed());
      });
    }
    setInterval(() => this.watchMemory(), MEMORY_CHECK_MS).unref();
    this.ready = this.startUp();
    await this.ready;
  }

  /**
   * Samples the server's memory (between documents while indexing, and on a timer). The first time
   * it is above the limit, the server sheds work: articles that are not open leave the index and
   * no more are read until the limit is raised or memory falls well under it (`watchMemory`,
   * `reloadSettings`); open ones are still analysed. It says so once. True while shedding.
   */
  private checkMemory(): boolean {
    if (this.memory.check()) {
      const text = messages(this.locale).memoryShed(Math.round((this.memory.crossedAt ?? 0) / MB), this.settings.memoryLimit);
      this.connection.console.warn(`communique: ${text}`);
      this.say(MessageType.Warning, text);
      for (const uri of this.index.uris()) if (!this.openDocument(uri)) this.index.delete(uri);
      this.changed();
    }
    return this.memory.shed;
  }

  /**
   * The timer's look at memory: shed above the limit; while shedding, resume when memory has
   * fallen well under it (once per limit, see `MemoryGuard`) and index the workspace again.
   */
  private watchMemory(): void {
    if (!this.memory.shed) this.checkMemory();
    else if (this.resumeIfAllowed()) this.guard(this.reindex().then(() => this.changed()));
  }

  /**
   * While shedding, asks the guard whether to stop: the limit was raised (a configuration change)
   * or memory fell. Says what it decided; true when the workspace is to be indexed again. A limit
   * raised but still under what the server uses keeps shedding, and says so with the new limit.
   */
  private resumeIfAllowed(): boolean {
    const why = this.memory.resume();
    if (!why) return false;
    const used = Math.round((this.memory.lastUse ?? 0) / MB);
    const words = messages(this.locale);
    const text =
      why === 'still-over' ? words.memoryShed(used, this.settings.memoryLimit) : why === 'limit' ? words.memoryResumedLimit(used, this.settings.memoryLimit) : words.memoryResumedFall(used, this.settings.memoryLimit);
    const type = why === 'still-over' ? MessageType.Warning : MessageType.Info;
    if (why === 'still-over') this.connection.console.warn(`communique: ${text}`);
    else this.connection.console.info(`communique: ${text}`);
    this.say(type, text);
    return why !== 'still-over';
  }

  /** Indexes the workspace again, one run at a time (a run that overlapped another could drop what it kept). */
  private reindex(): Promise<void> {
    this.reindexing = this.reindexing.catch(() => undefined).then(() => this.indexWorkspace());
    return this.reindexing;
  }

  private reindexing: Promise<void> = Promise.resolve();

  /** Reads settings, the knowledge and reviewed files, and indexes every article with progress. */
  private async startUp(): Promise<void> {
    await this.loadSettings();
    await this.loadKnowledge();
    await this.loadReviewed();
    await this.reindex();
    this.publishAll();
    this.sendStatus();
  }

  /** The workspace's counts for the client's status bar and report panel, when it asked for them. */
  private sendStatus(indexing?: { done: number; total: number }): void {
    if (!this.wantsStatus) return;
    const status = indexing ? { articles: this.index.uris().length, findings: 0, bySeverity: { error: 0, warning: 0, information: 0, hint: 0 }, indexing } : workspaceStatus(this.index);
    void this.connection.sendNotification(WORKSPACE_STATUS, status);
  }

  private async loadSettings(pushed?: unknown): Promise<void> {
    let raw: unknown = pushed ?? this.initializationSettings;
    if (this.capabilities.workspace?.configuration) {
      try {
        raw = await this.connection.workspace.getConfiguration({ section: SECTION });
      } catch (e) {
        this.connection.console.warn(`communique: could not read settings: ${String(e)}`);
      }
    }
    this.settings = toSettings(raw);
    this.locale = this.resolveLocale();
    this.reviewed.mode = this.settings.reviewed;
    this.index.configure({
      locale: this.locale,
      severities: this.settings.severity,
      maxLength: this.settings.maxFileSize,
      languageHint: this.settings.languageHint === 'auto' ? undefined : this.settings.languageHint,
      datedFileNames: this.settings.referenceDateFromFileName,
    });
  }

  private async reloadSettings(pushed: unknown): Promise<void> {
    const before = JSON.stringify([this.settings.include, this.settings.exclude, this.settings.maxFileSize]);
    const section = pushed && typeof pushed === 'object' && SECTION in pushed ? (pushed as Record<string, unknown>)[SECTION] : undefined;
    await this.loadSettings(section);
    // A raised memory limit ends shedding: the workspace is indexed again.
    const resumed = this.memory.shed && this.resumeIfAllowed();
    if (resumed || JSON.stringify([this.settings.include, this.settings.exclude, this.settings.maxFileSize]) !== before) await this.reindex();
    this.changed();
  }

  /**
   * Reads one of the files the extension keeps (the open document's text wins). A file that is
   * missing is undefined; one that cannot be read (permissions, a FIFO, a device, too large, not
   * UTF-8) is undefined too, and the user is told why, once per reason.
   */
  private async readFolderFile(uri: string | undefined): Promise<string | undefined> {
    const open = uri && this.openDocument(uri);
    if (open) return open.getText();
    const file = uri && uriToPath(uri);
    if (!file) return undefined;
    const read = await readTextFile(file, { limit: SETTINGS_FILE_LIMIT });
    if ('text' in read) {
      this.unreadable.delete(file);
      return read.text;
    }
    if (read.error === 'no such file') {
      this.unreadable.delete(file);
      return undefined;
    }
    const message = `Communiqué: ${path.basename(file)} cannot be read (${read.error}); it is not used.`;
    this.connection.console.warn(`communique: ${file}: ${read.error}; not used`);
    if (this.unreadable.get(file) !== message) this.say(MessageType.Warning, message);
    this.unreadable.set(file, message);
    return undefined;
  }

  /** Says in the log why a file that may be an article was not read. */
  private readonly skipped = (why: string): void => this.connection.console.info(`communique: ${why}`);

  /** Files the user was told cannot be read, with what they were told. */
  private readonly unreadable = new Map<string, string>();

  /** Tells the user something in a window message (and the log). */
  private say(type: MessageType, message: string): void {
    void this.connection.sendNotification(ShowMessageNotification.type, { type, message });
  }

  /** Reads the knowledge file; on errors, reports them on the file and keeps the last good knowledge. */
  private async loadKnowledge(text?: string): Promise<void> {
    const uri = this.knowledgeUri;
    if (!uri) {
      if (!this.knowledgeLoaded) this.index.configure({ knowledge: workspaceKnowledge(undefined), knowledgeTexts: [] });
      this.knowledgeLoaded = true;
      return;
    }
    const read = text ?? (await this.readFolderFile(uri));
    this.knowledgeText = read;
    const content = read ?? '';
    const parsed = parseKnowledgeFile(content);
    // On errors the last good knowledge stays (the built-in knowledge at first).
    if (!parsed.errors.length) this.index.configure({ knowledge: workspaceKnowledge(parsed), knowledgeTexts: read === undefined ? [] : [content] });
    else if (!this.knowledgeLoaded) this.index.configure({ knowledge: workspaceKnowledge(undefined), knowledgeTexts: [] });
    this.knowledgeLoaded = true;
    if (parsed.errors.length || this.knowledgeErrorsPublished) {
      void this.connection.sendDiagnostics({ uri, diagnostics: knowledgeDiagnostics(parsed.errors, content) });
      this.knowledgeErrorsPublished = parsed.errors.length > 0;
    }
  }

  /** Reads the reviewed findings; a file that does not parse is reported at its line and left alone. */
  private async loadReviewed(text?: string): Promise<void> {
    const content = text ?? (await this.readFolderFile(this.reviewedUri));
    const problem = this.reviewed.load(content);
    const uri = this.reviewedUri;
    if (problem) this.connection.console.warn(`communique: ${REVIEWED_PATH}:${problem.line}:${problem.column}: ${problem.message}; keeping the previous list`);
    if (uri && (problem || this.reviewedErrorsPublished)) {
      void this.connection.sendDiagnostics({ uri, diagnostics: problem ? [reviewedDiagnostic(problem)] : [] });
      this.reviewedErrorsPublished = !!problem;
    }
  }

  private reviewedErrorsPublished = false;

  /** Indexes every article of the workspace folders, reporting work-done progress. */
  private async indexWorkspace(): Promise<void> {
    const candidates = await listCandidates(this.folders, this.settings);
    const progress = this.capabilities.window?.workDoneProgress ? await this.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Communiqué: indexing articles', 0, `${candidates.length} files`, false);
    const keep = new Set<string>();
    let done = 0;
    for (const uri of candidates) {
      const open = this.openDocument(uri);
      if (open) {
        if (this.isArticleDocument(open)) keep.add(uri);
      } else if (!this.checkMemory()) {
        const text = await readArticle(uri, this.settings, this.skipped);
        if (text !== undefined) {
          // Analysed now (or read from the analysis cache), one at a time, so that the memory
          // guard sees the heap grow.
          this.index.load(uri, text);
          keep.add(uri);
        }
      }
      done++;
      if (done % 20 === 0 || done === candidates.length) {
        progress?.report(Math.round((done / candidates.length) * 50), `reading ${done}/${candidates.length}`);
        this.sendStatus({ done, total: candidates.length });
      }
    }
    // Files that are no longer articles (settings changed) leave the index; open articles stay.
    for (const uri of this.index.uris()) {
      if (!keep.has(uri) && !this.openDocument(uri)) this.index.delete(uri);
    }
    // The analysis itself (every article, then the cross-document checks) is the long part.
    progress?.report(50, `analysing ${keep.size} articles`);
    await new Promise((resolve) => setImmediate(resolve)); // Let the report reach the client first.
    this.checkMemory();
    this.index.all();
    this.index.indexed();
    progress?.done();
    this.connection.console.info(`communique: indexed ${this.index.uris().length} articles`);
  }

  /** An open document is an article when the client says so, or when a candidate path holds article-like text. */
  private isArticleDocument(doc: TextDocument): boolean {
    if (doc.languageId === ARTICLE_LANGUAGE_ID) return true;
    return isCandidate(doc.uri, this.folders, this.settings) && doc.getText().length <= this.settings.maxFileSize && looksLikeArticle(doc.getText());
  }

  /** The open document of a canonical uri (the editor may spell the uri differently). */
  private openDocument(uri: string): TextDocument | undefined {
    return this.open.get(uri);
  }

  private opened(doc: TextDocument): void {
    const uri = canonicalUri(doc.uri);
    this.open.set(uri, doc);
    if (uri === this.knowledgeUri) {
      this.guard(this.loadKnowledge(doc.getText()).then(() => this.changed()));
      return;
    }
    if (uri === this.reviewedUri) {
      this.guard(this.loadReviewed(doc.getText()).then(() => this.changed()));
      return;
    }
    if (this.isArticleDocument(doc)) this.index.set(uri, doc.getText());
    else if (!this.index.has(uri)) return;
    else this.index.delete(uri);
    this.changed();
  }

  /**
   * Events for one article, counted: a read from disk that an event overtook (the file deleted while
   * it was being read after a close) is dropped rather than putting the article back.
   */
  private readonly generation = new Map<string, number>();
  private bump(uri: string): number {
    const g = (this.generation.get(uri) ?? 0) + 1;
    this.generation.set(uri, g);
    return g;
  }

  /** A closed article falls back to its text on disk (or leaves the index when it has none). */
  private async closed(doc: TextDocument): Promise<void> {
    const uri = canonicalUri(doc.uri);
    if (uri === this.knowledgeUri) return void (await this.loadKnowledge()), this.changed();
    if (!this.index.has(uri)) return;
    const g = this.bump(uri);
    // Shedding work, an article that is closed leaves the index.
    const text = isCandidate(uri, this.folders, this.settings) && !this.checkMemory() ? await readArticle(uri, this.settings, this.skipped) : undefined;
    if (this.generation.get(uri) !== g) return;
    if (text !== undefined) this.index.set(uri, text);
    else this.index.delete(uri);
    this.changed();
  }

  private async filesChanged(changes: { uri: string; type: FileChangeType }[]): Promise<void> {
    let any = false;
    for (const change of changes) {
      const uri = canonicalUri(change.uri);
      if (uri === this.knowledgeUri) {
        if (!this.openDocument(uri)) await this.loadKnowledge();
        any = true;
        continue;
      }
      if (uri === this.reviewedUri) {
        if (!this.openDocument(uri)) await this.loadReviewed();
        any = true;
        continue;
      }
      if (this.openDocument(uri)) continue; // The editor's text wins over the disk's.
      // Shedding work, files that are not open are not read.
      if (change.type !== FileChangeType.Deleted && this.checkMemory()) continue;
      if (change.type === FileChangeType.Deleted) {
        // A deleted folder arrives as one event for the folder.
        const prefix = uri.replace(/\/?$/, '/');
        this.bump(uri);
        for (const u of this.index.uris()) {
          if ((u === uri || u.startsWith(prefix)) && !this.openDocument(u)) {
            this.bump(u);
            any = this.index.delete(u) || any;
          }
        }
        if (this.knowledgeUri?.startsWith(prefix)) await this.loadKnowledge();
        if (this.reviewedUri?.startsWith(prefix)) await this.loadReviewed();
        continue;
      }
      // A folder created, moved or copied in arrives as one event for the folder: its articles are read.
      if (await isFolder(uri)) {
        const prefix = uri.replace(/\/?$/, '/');
        if (this.knowledgeUri?.startsWith(prefix) && !this.openDocument(this.knowledgeUri)) await this.loadKnowledge();
        if (this.reviewedUri?.startsWith(prefix) && !this.openDocument(this.reviewedUri)) await this.loadReviewed();
        for (const u of await listCandidatesUnder(uri, this.folders, this.settings)) {
          if (this.openDocument(u)) continue;
          const text = await readArticle(u, this.settings, this.skipped);
          if (text !== undefined) this.index.set(u, text);
          else this.index.delete(u);
          any = true;
        }
        continue;
      }
      if (!isCandidate(uri, this.folders, this.settings)) continue;
      const g = this.bump(uri);
      const text = await readArticle(uri, this.settings, this.skipped);
      if (this.generation.get(uri) !== g) continue;
      if (text !== undefined) this.index.set(uri, text);
      else this.index.delete(uri);
      any = true;
    }
    if (any) this.changed();
  }

  /** Something changed: recompute and publish every affected document's diagnostics, debounced. */
  private changed(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.guard(
        this.ready
          .catch(() => undefined)
          .then(() => {
            this.publishAll();
            this.sendStatus();
          }),
      );
    }, DEBOUNCE_MS);
  }

  /** Push: sends the diagnostics that changed. Pull: asks the client to pull again. */
  private publishAll(): void {
    const ws = this.capabilities.workspace;
    if (ws?.semanticTokens?.refreshSupport) this.guard(this.connection.languages.semanticTokens.refresh());
    if (ws?.inlayHint?.refreshSupport) this.guard(this.connection.languages.inlayHint.refresh());
    if (ws?.codeLens?.refreshSupport) this.guard(this.connection.sendRequest('workspace/codeLens/refresh'));
    if (this.pull) {
      if (this.capabilities.workspace?.diagnostics?.refreshSupport) this.guard(this.connection.languages.diagnostics.refresh());
      return;
    }
    const current = new Set(this.index.uris());
    for (const uri of current) {
      const { diagnostics, id } = diagnosticsWithId(this, uri);
      if (this.pushedIds.get(uri) === id) continue;
      this.pushedIds.set(uri, id);
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
    for (const uri of [...this.pushedIds.keys()]) {
      if (current.has(uri)) continue;
      this.pushedIds.delete(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }

  private workspaceDiagnostics(previous: { uri: string; value: string }[]): WorkspaceDocumentDiagnosticReport[] {
    const before = new Map(previous.map((p) => [canonicalUri(p.uri), p.value]));
    return this.index.uris().map((uri) => {
      const { diagnostics: items, id } = diagnosticsWithId(this, uri);
      const version = this.openDocument(uri)?.version ?? null;
      return before.get(uri) === id
        ? { kind: DocumentDiagnosticReportKind.Unchanged, uri, version, resultId: id }
        : { kind: DocumentDiagnosticReportKind.Full, uri, version, resultId: id, items };
    });
  }

  /** The knowledge file as the code actions see it; undefined when no edit can reach it. */
  private knowledgeFile(): KnowledgeFileState | undefined {
    const uri = this.knowledgeUri;
    if (!uri) return undefined;
    const edit = this.capabilities.workspace?.workspaceEdit;
    const canCreate = !!edit?.documentChanges && !!edit.resourceOperations?.includes('create');
    const open = this.openDocument(uri);
    const text = open ? open.getText() : this.knowledgeText;
    if (text === undefined && !canCreate) return undefined;
    return { uri, text, version: open?.version ?? null, canCreate, documentChanges: !!edit?.documentChanges };
  }

  private async executeCommand(command: string, args: unknown[]): Promise<unknown> {
    if (command === ServerCommands.markReviewed) return this.markReviewed(args[0]);
    return null;
  }

  /**
   * Records a finding in .communique/reviewed.json (creating it) and republishes. The file is read
   * again first: when it does not parse (a hand edit in progress) or cannot be read, it is left as
   * it is and the user is told where. The write is atomic and only inside the workspace folder.
   */
  private async markReviewed(arg: unknown): Promise<boolean> {
    const a = arg as { uri?: string; code?: string; text?: string; message?: string } | undefined;
    const root = uriToPath(this.folders[0] ?? '');
    const file = uriToPath(this.reviewedUri ?? '');
    if (!a?.uri || !a.code || typeof a.text !== 'string' || !file || !root) return false;
    const open = this.openDocument(this.reviewedUri!);
    const current = open ? { text: open.getText() } : await readTextFile(file, { limit: SETTINGS_FILE_LIMIT });
    if ('error' in current && current.error !== 'no such file') {
      this.say(MessageType.Error, `Communiqué: ${REVIEWED_PATH} cannot be read (${current.error}); nothing was written.`);
      return false;
    }
    await this.loadReviewed('text' in current ? current.text : '');
    const problem = this.reviewed.problem;
    if (problem) {
      this.say(MessageType.Error, `Communiqué: ${REVIEWED_PATH} does not parse (line ${problem.line}, column ${problem.column}: ${problem.message}); it was left as it is. Fix it, then mark the finding again.`);
      return false;
    }
    const content = this.reviewed.withEntry({ file: this.reviewed.relative(canonicalUri(a.uri)), code: a.code, text: a.text, message: a.message });
    try {
      await writeFileInside(root, file, content);
    } catch (e) {
      const why = e instanceof WriteRefused ? e.message : `${(e as NodeJS.ErrnoException).code ?? ''} ${e instanceof Error ? e.message : String(e)}`.trim();
      this.say(MessageType.Error, `Communiqué: ${REVIEWED_PATH} was not written: ${why}`);
      return false;
    }
    await this.loadReviewed(content);
    this.changed();
    return true;
  }
}
