// The status bar item: actors and claims of the active document, or why it was skipped or failed; a click goes where it helps.
import * as vscode from 'vscode';
import type { ActiveDocument } from './activeDocument';
import { documentName, type AnalysisService } from './analysisService';
import { CommandId, ViewId } from './commands';
import { analysisSummary, skipMessage, statusText } from './documentState';

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly active: ActiveDocument,
    private readonly service: AnalysisService,
  ) {
    this.item = vscode.window.createStatusBarItem('sourcelens.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Source Lens';
    this.subscription = active.onDidChange(() => this.update());
    this.update();
  }

  /** What the item shows now, for the extension's API. */
  get snapshot(): { text: string; tooltip: string; visible: boolean } {
    const tooltip = this.item.tooltip;
    return { text: this.item.text, tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? ''), visible: this.visible };
  }

  private visible = false;

  private update(): void {
    const document = this.active.document;
    const state = this.active.state;
    if (!document || !state) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const name = documentName(document);
    this.item.backgroundColor = undefined;
    switch (state.kind) {
      case 'pending': {
        // While an edit is re-analysed, keep showing the last counts instead of flickering.
        const latest = this.service.latestAnalysis(document);
        this.item.text = latest ? `$(quote) ${statusText({ kind: 'analyzed', version: state.version, analysis: latest })}` : '$(sync~spin) Source Lens';
        this.item.tooltip = latest ? `Source Lens: updating ${name}…` : `Source Lens: analysing ${name}…`;
        this.item.command = { title: 'Show Actors', command: `${ViewId.actors}.focus` };
        break;
      }
      case 'analyzed':
        this.item.text = `$(quote) ${statusText(state)}`;
        this.item.tooltip = `Source Lens: ${name}\n${analysisSummary(state.analysis)}\nClick to show the actors.`;
        this.item.command = { title: 'Show Actors', command: `${ViewId.actors}.focus` };
        break;
      case 'skipped':
        this.item.text = `$(circle-slash) ${statusText(state)}`;
        this.item.tooltip = `${skipMessage(state, name)}\nClick to analyse it anyway.`;
        this.item.command = { title: 'Analyze Anyway', command: CommandId.analyzeAnyway };
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        break;
      case 'failed':
        this.item.text = `$(error) ${statusText(state)}`;
        this.item.tooltip = `Source Lens could not analyse ${name}: ${state.message}\nClick to show the log.`;
        this.item.command = { title: 'Show Log', command: CommandId.showLog };
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        break;
    }
    this.item.accessibilityInformation = { label: `Source Lens: ${this.item.text.replace(/\$\([^)]*\)\s*/g, '')}` };
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
