// The status bar item of a workspace too large to index without asking: one click indexes it.
import * as vscode from 'vscode';
import { CommandId } from '../commands/ids';
import { ownText } from '../presentation/uiText';
import type { WorkspaceIndex } from './workspaceIndex';

export class IndexStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourcelens.index', vscode.StatusBarAlignment.Left, 0);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly index: WorkspaceIndex) {
    this.item.name = 'Source Lens Workspace Index';
    this.item.command = CommandId.indexWorkspace;
    this.subscription = index.onDidChange(() => this.update());
    this.update();
  }

  private update(): void {
    const stats = this.index.stats();
    if (stats.state !== 'waiting') {
      this.item.hide();
      return;
    }
    this.item.text = '$(database) Index Workspace';
    this.item.tooltip = ownText(
      `Source Lens: ${stats.found} documents, more than sourcelens.index.maxFiles; click to index them in the background`,
    );
    this.item.accessibilityInformation = { label: ownText(`Index the ${stats.found} documents of this workspace`) };
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
