/**
 * The report panel: one webview for the whole workspace, opened by "Check consistency" and reused
 * (never an untitled document to save). It renders the server's report model with the core's
 * HTML renderer, shows progress while the workspace is indexed, and updates itself when the
 * server says the workspace changed. Scripts run only with the page's nonce and cannot run
 * commands (`enableCommandUris` is off); a click on a location is a message that is honoured only
 * for an article of the report, at a line it has.
 */
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import * as l10n from './l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ReportModel } from '../../server/src/core/report/model';
import { renderHtmlReport, renderProgressHtml } from '../../server/src/core/report/html';
import { CONSISTENCY_REPORT, type ConsistencyReportParams, type ConsistencyReportResult, type WorkspaceStatus } from '../../server/src/lsp/protocol';
import { messageLocale } from './locale';

export const REPORT_VIEW_TYPE = 'communique.report';

interface OpenMessage {
  type: 'open';
  uri: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export class ReportPanel implements vscode.Disposable {
  private static current: ReportPanel | undefined;
  private model: ReportModel | undefined;
  private stale = false;
  private timer: NodeJS.Timeout | undefined;
  private inflight: Promise<ConsistencyReportResult> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  /** The report the panel shows now (the extension's API returns it, for tests). */
  get shown(): ReportModel | undefined {
    return this.model;
  }

  /** The open panel, if any (for tests and the status bar). */
  static get instance(): ReportPanel | undefined {
    return ReportPanel.current;
  }

  /** Shows the one report panel (creating it the first time) and fills it with a fresh report. */
  static async show(client: LanguageClient, status: WorkspaceStatus | undefined, reveal?: string): Promise<ConsistencyReportResult> {
    let p = ReportPanel.current;
    if (p) {
      p.panel.reveal(p.panel.viewColumn ?? vscode.ViewColumn.Beside, false);
      if (status?.indexing) p.showProgress(status.indexing);
    } else {
      const panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, l10n.t('Consistency report'), vscode.ViewColumn.Beside, {
        enableScripts: true,
        enableCommandUris: false,
        enableForms: false,
        localResourceRoots: [],
      });
      p = ReportPanel.current = new ReportPanel(panel, client);
      // Something at once, however long the first report takes.
      p.showProgress(status?.indexing ?? { done: 0, total: 0 });
    }
    const report = await p.refresh();
    if (reveal) void p.panel.webview.postMessage({ type: 'reveal', id: reveal });
    return report;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m) => void this.onMessage(m)),
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) this.schedule();
      }),
    );
  }

  /** The workspace changed or is being indexed: show progress, or refresh (now or when next visible). */
  onStatus(status: WorkspaceStatus): void {
    if (status.indexing) {
      if (!this.model) this.showProgress(status.indexing);
      return;
    }
    this.stale = true;
    if (this.panel.visible) this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh().catch(() => undefined), 300);
  }

  private showProgress(p: { done: number; total: number }): void {
    this.panel.webview.html = renderProgressHtml(messageLocale(), p.done, p.total, this.htmlOptions());
  }

  async refresh(): Promise<ConsistencyReportResult> {
    this.stale = false;
    const params: ConsistencyReportParams = { locale: messageLocale() };
    const pending = (this.inflight ??= Promise.resolve(this.client.sendRequest<ConsistencyReportResult>(CONSISTENCY_REPORT, params)).finally(() => (this.inflight = undefined)));
    const report = await pending;
    if (ReportPanel.current !== this) return report;
    this.model = report.model;
    this.panel.title = l10n.t('Consistency report');
    this.panel.webview.html = renderHtmlReport(report.model, this.htmlOptions());
    return report;
  }

  private htmlOptions() {
    return { nonce: randomBytes(16).toString('base64'), mode: 'panel' as const, cspSource: this.panel.webview.cspSource };
  }

  /** Opens a location the page asks for, if it is one the report knows. */
  private async onMessage(m: unknown): Promise<void> {
    const msg = m as Partial<OpenMessage> | null;
    if (!msg || msg.type !== 'open' || typeof msg.uri !== 'string') return;
    if (!this.model?.articles.some((a) => a.uri === msg.uri)) return;
    const int = (v: unknown, min: number) => (typeof v === 'number' && Number.isInteger(v) && v >= min ? v : undefined);
    const line = int(msg.line, 1);
    const column = int(msg.column, 1);
    if (!line || !column) return;
    const start = new vscode.Position(line - 1, column - 1);
    const endLine = int(msg.endLine, 1);
    const endColumn = int(msg.endColumn, 1);
    const end = endLine && endColumn ? new vscode.Position(endLine - 1, endColumn - 1) : start;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(msg.uri, true));
    // The span selected with the cursor at its start: the status bar reads the place the link named.
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: true });
    editor.selection = new vscode.Selection(end, start);
    editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (ReportPanel.current === this) ReportPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
