// The status bar item: actors and claims of the active document, or why it was skipped or failed; a click goes where it helps.
import * as vscode from 'vscode';
import type { ActiveDocument } from '../documents/activeDocument';
import { documentName, type AnalysisService } from '../documents/analysisService';
import { CommandId, ViewId } from '../commands/ids';
import { analysisSummary, skipMessage, statusText } from '../documents/documentState';
import { ownText, uiText, type UiText } from '../presentation/uiText';

/** How much of a document's name and of an error message the tooltip shows. */
const NAME_MAX = 200;
const MESSAGE_MAX = 300;

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
    const name = uiText(documentName(document), NAME_MAX);
    this.item.backgroundColor = undefined;
    let text: UiText;
    switch (state.kind) {
      case 'pending': {
        // While an edit is re-analysed, keep showing the last counts instead of flickering.
        const latest = this.service.latestAnalysis(document);
        text = latest ? statusText({ kind: 'analyzed', version: state.version, analysis: latest }) : statusText(state);
        this.item.text = latest ? ownText(`$(quote) ${text}`) : ownText(`$(sync~spin) ${text}`);
        this.item.tooltip = latest ? ownText(`Source Lens: updating ${name}…`) : ownText(`Source Lens: analysing ${name}…`);
        this.item.command = { title: 'Show Actors', command: `${ViewId.actors}.focus` };
        break;
      }
      case 'analyzed':
        text = statusText(state);
        this.item.text = ownText(`$(quote) ${text}`);
        this.item.tooltip = ownText(`Source Lens: ${name}\n${analysisSummary(state.analysis)}\nClick to show the actors.`);
        this.item.command = { title: 'Show Actors', command: `${ViewId.actors}.focus` };
        break;
      case 'skipped':
        text = statusText(state);
        this.item.text = ownText(`$(circle-slash) ${text}`);
        this.item.tooltip = ownText(`${skipMessage(state, name)}\nClick to analyse it anyway.`);
        this.item.command = { title: 'Analyze Anyway', command: CommandId.analyzeAnyway };
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        break;
      case 'failed':
        text = statusText(state);
        this.item.text = ownText(`$(error) ${text}`);
        this.item.tooltip = ownText(`Source Lens could not analyse ${name}: ${uiText(state.message, MESSAGE_MAX)}\nClick to show the log.`);
        this.item.command = { title: 'Show Log', command: CommandId.showLog };
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        break;
    }
    this.item.accessibilityInformation = { label: ownText(`Source Lens: ${text}`) };
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
