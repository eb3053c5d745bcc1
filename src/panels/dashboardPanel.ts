// The dashboard's webview panel: one panel, opened again rather than duplicated, drawn from the corpus source and
// redrawn (debounced, and only while visible) when that changes; its page's messages are checked before a document opens.
import * as vscode from 'vscode';
import { dashboardModel, parseDashboardMessage, renderDashboard } from '../dashboard';
import type { CorpusSource } from './corpusSource';

/** The panel's view type: the serializer that restores it after a reload is registered under it too. */
export const DASHBOARD_VIEW_TYPE = 'sourcelens.dashboard';
const TITLE = 'Source Lens Dashboard';
/** Corpus changes come in bursts (an analysis per open document, an index filling up): one redraw per burst. */
const REDRAW_DELAY_MS = 400;

export interface DashboardSnapshot {
  visible: boolean;
  html: string;
  /** The documents the page's marks may lead to. */
  documents: readonly string[];
}

export class DashboardPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelListeners: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private shownDocuments: readonly string[] = [];
  /** The corpus changed while the panel was hidden: it is drawn again when shown. */
  private stale = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly source: CorpusSource,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      source.onDidChange(() => this.scheduleDraw()),
      vscode.window.registerWebviewPanelSerializer(DASHBOARD_VIEW_TYPE, {
        // A panel left open when the window closed comes back with the page's own state (its scroll position).
        deserializeWebviewPanel: (panel) => {
          this.adopt(panel);
          return Promise.resolve();
        },
      }),
    );
  }

  /** Shows the panel, creating it beside the editor the first time. */
  open(): void {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      return;
    }
    const showOptions = { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false };
    const panel = vscode.window.createWebviewPanel(DASHBOARD_VIEW_TYPE, TITLE, showOptions, {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [],
      // The page is cheap to draw again, and a hidden webview kept alive costs a renderer process.
      retainContextWhenHidden: false,
    });
    this.adopt(panel);
  }

  get snapshot(): DashboardSnapshot | undefined {
    return this.panel && { visible: this.panel.visible, html: this.panel.webview.html, documents: this.shownDocuments };
  }

  /** Redraw timers waiting to fire. */
  get pendingTimers(): number {
    return this.timer === undefined ? 0 : 1;
  }

  /** Acts on a message from the page: true when it was a reveal of one of the documents drawn, and that line opened. */
  async handleMessage(message: unknown): Promise<boolean> {
    const reveal = parseDashboardMessage(message, this.shownDocuments);
    if (!reveal) {
      this.log.warn('The dashboard ignored a message that was not a reveal of one of its documents.');
      return false;
    }
    const uri = this.source.locate?.(reveal.document) ?? (await locateByName(reveal.document));
    if (!uri) {
      this.log.warn('The dashboard could not find the file of a document it showed; it may have been moved or deleted.');
      return false;
    }
    const document = await vscode.workspace.openTextDocument(uri);
    const line = Math.min(reveal.line, document.lineCount) - 1;
    const position = new vscode.Position(line, 0);
    const column = this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    const selection = new vscode.Range(position, position);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection, preview: true });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  }

  dispose(): void {
    this.clearTimer();
    this.panel?.dispose();
    this.releasePanel();
    for (const disposable of this.disposables) disposable.dispose();
    this.disposables.length = 0;
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [] };
    this.panelListeners = [
      panel.onDidDispose(() => this.releasePanel()),
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) this.draw();
      }),
      panel.webview.onDidReceiveMessage((message: unknown) => {
        this.handleMessage(message).catch((error: unknown) => {
          this.log.error(`The dashboard could not open a document: ${error instanceof Error ? error.message : String(error)}`);
        });
      }),
    ];
    this.draw();
  }

  private releasePanel(): void {
    for (const listener of this.panelListeners) listener.dispose();
    this.panelListeners = [];
    this.panel = undefined;
    this.shownDocuments = [];
    this.clearTimer();
  }

  private scheduleDraw(): void {
    if (!this.panel) return;
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.draw();
    }, REDRAW_DELAY_MS);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private draw(): void {
    const panel = this.panel;
    if (!panel) return;
    this.stale = false;
    const started = performance.now();
    const report = this.source.report();
    const model = report && dashboardModel(report);
    const nonce = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    panel.webview.html = renderDashboard(model, { nonce, cspSource: panel.webview.cspSource });
    this.shownDocuments = model?.documents ?? [];
    this.log.debug(`Dashboard drawn from ${this.shownDocuments.length} documents in ${(performance.now() - started).toFixed(1)} ms.`);
  }
}

/**
 * The file a document name from a report stands for: a URI as it is, an absolute path, or a path relative to one of
 * the workspace folders (the first where it exists). A relative name that climbs out of its folder names nothing.
 */
async function locateByName(name: string): Promise<vscode.Uri | undefined> {
  const windowsPath = /^(?:[a-z]:[\\/]|\\\\)/i.test(name);
  if (/^[a-z][a-z0-9+.-]+:/i.test(name) && !windowsPath) return vscode.Uri.parse(name, true);
  if (name.startsWith('/') || windowsPath) return vscode.Uri.file(name);
  const segments = name.split(/[\\/]/);
  if (segments.includes('..')) return undefined;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const candidate = vscode.Uri.joinPath(folder.uri, segments.join('/'));
    try {
      await vscode.workspace.fs.stat(candidate);
      return candidate;
    } catch {
      // Not in this folder: the next may have it.
    }
  }
  return undefined;
}
