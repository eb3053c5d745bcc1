// A tree data provider over a plain tree model of the followed document's analysis; each item reveals its range when clicked.
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/types';
import { CommandId } from '../commands';
import type { TreeNode } from './treeModel';
import { CONTEXT_VALUE } from './treeModel';

export interface TreeModel {
  roots(): TreeNode[];
  children(node: TreeNode): TreeNode[];
}

const COLLAPSIBLE: Readonly<Record<TreeNode['collapsible'], vscode.TreeItemCollapsibleState>> = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
};

export class AnalysisTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private model: TreeModel | undefined;
  private documentUri: vscode.Uri | undefined;

  constructor(private readonly buildModel: (analysis: Analysis) => TreeModel) {}

  /** Shows the analysis of a document, or nothing (the view's welcome content then shows). */
  show(document: vscode.TextDocument | undefined, analysis: Analysis | undefined): void {
    this.documentUri = document?.uri;
    this.model = analysis ? this.buildModel(analysis) : undefined;
    this.changed.fire(undefined);
  }

  /** Rebuilds the model (after a sort or filter change) for the same analysis. */
  rebuild(analysis: Analysis | undefined): void {
    this.model = analysis ? this.buildModel(analysis) : undefined;
    this.changed.fire(undefined);
  }

  get currentModel(): TreeModel | undefined {
    return this.model;
  }

  get uri(): vscode.Uri | undefined {
    return this.documentUri;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!this.model) return [];
    return node ? this.model.children(node) : this.model.roots();
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, COLLAPSIBLE[node.collapsible]);
    item.id = node.id;
    item.description = node.description;
    item.contextValue = CONTEXT_VALUE[node.kind];
    item.iconPath = new vscode.ThemeIcon(node.icon);
    if (node.tooltip) {
      // Document text in tooltips is escaped by the model; the string is still never trusted.
      const tooltip = new vscode.MarkdownString(node.tooltip);
      tooltip.isTrusted = false;
      tooltip.supportHtml = false;
      tooltip.supportThemeIcons = false;
      item.tooltip = tooltip;
    }
    if (node.target && this.documentUri) {
      // The node, not its offsets: the command maps them through edits made since the analysis, when it runs.
      item.command = { title: 'Reveal in Editor', command: CommandId.revealItem, arguments: [node, true] };
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
