// The document the views and the status bar follow: the active editor's, when Source Lens handles it; sets the context keys menus read.
import * as vscode from 'vscode';
import { liveDocument, sameDocument, type AnalysisService } from './analysisService';
import { ContextKey } from '../commands/ids';
import type { DocumentState } from './documentState';

export class ActiveDocument implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the followed document changes, or its state does. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private followed: vscode.TextDocument | undefined;
  private lastContext = '';

  constructor(private readonly service: AnalysisService) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      service.onDidChangeState((document) => {
        const active = vscode.window.activeTextEditor?.document;
        if ((this.followed && sameDocument(document, this.followed)) || (active && sameDocument(document, active))) this.update();
      }),
      // A language switch reopens the document: follow the new object and re-check whether it applies.
      vscode.workspace.onDidOpenTextDocument((document) => {
        const active = vscode.window.activeTextEditor?.document;
        if (active && sameDocument(document, active)) this.update();
      }),
    );
    this.update();
  }

  /** The followed document, if any. */
  get document(): vscode.TextDocument | undefined {
    return this.followed;
  }

  get state(): DocumentState | undefined {
    return this.followed ? this.service.stateOf(this.followed) : undefined;
  }

  /** Re-reads the active editor (also after settings changed which languages apply). */
  update(): void {
    const active = vscode.window.activeTextEditor?.document;
    const document = active && liveDocument(active);
    this.followed = document && this.service.appliesTo(document) ? document : undefined;
    const state = this.state;
    const skipped = state?.kind === 'skipped';
    const analyzable = this.followed !== undefined && !skipped;
    // setContext crosses to the renderer: only when a value really changes.
    const context = `${analyzable}|${skipped}`;
    if (context !== this.lastContext) {
      this.lastContext = context;
      void vscode.commands.executeCommand('setContext', ContextKey.activeEditorAnalyzable, analyzable);
      void vscode.commands.executeCommand('setContext', ContextKey.activeDocumentSkipped, skipped);
    }
    this.changed.fire();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
