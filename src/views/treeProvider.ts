// A tree data provider over a plain tree model of the followed document's analysis; each item reveals its range when clicked.
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/types';
import { CommandId } from '../commands/ids';
import type { TreeNode, TreeSnapshot } from './treeModel';
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

/** The document and analysis a node was made from. */
export interface NodeSource {
  document: vscode.TextDocument;
  analysis: Analysis;
}

export class AnalysisTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private model: TreeModel | undefined;
  private source: NodeSource | undefined;
  /**
   * Where each node handed out came from: a click can arrive just after the view moved on to a newer analysis, and
   * the node's offsets are those of the analysis it was made from.
   */
  private readonly sources = new WeakMap<TreeNode, NodeSource>();

  constructor(private readonly buildModel: (analysis: Analysis) => TreeModel) {}

  /** Shows the analysis of a document, or nothing (the view's welcome content then shows). */
  show(document: vscode.TextDocument | undefined, analysis: Analysis | undefined): void {
    this.source = document && analysis ? { document, analysis } : undefined;
    this.model = analysis ? this.buildModel(analysis) : undefined;
    this.changed.fire(undefined);
  }

  /** Rebuilds the model (after a sort or filter change) for the same analysis. */
  rebuild(analysis: Analysis | undefined): void {
    this.model = analysis ? this.buildModel(analysis) : undefined;
    this.changed.fire(undefined);
  }

  /** The document and analysis a node of this view was made from, if it is one. */
  sourceOf(node: TreeNode): NodeSource | undefined {
    return this.sources.get(node);
  }

  /** The whole tree as plain data, each node remembered as this view's (for the extension's API). */
  snapshot(): TreeSnapshot[] {
    const model = this.model;
    const source = this.source;
    if (!model) return [];
    const expand = (node: TreeNode): TreeSnapshot => {
      const copy: TreeSnapshot = { ...node, children: model.children(node).map(expand) };
      if (source) this.sources.set(copy, source);
      return copy;
    };
    return model.roots().map(expand);
  }

  get uri(): vscode.Uri | undefined {
    return this.source?.document.uri;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!this.model) return [];
    const nodes = node ? this.model.children(node) : this.model.roots();
    const source = this.source;
    if (source) for (const child of nodes) this.sources.set(child, source);
    return nodes;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, COLLAPSIBLE[node.collapsible]);
    item.id = node.id;
    if (node.description !== undefined) item.description = node.description;
    item.contextValue = CONTEXT_VALUE[node.kind];
    item.iconPath = new vscode.ThemeIcon(node.icon, node.iconColor === undefined ? undefined : new vscode.ThemeColor(node.iconColor));
    // The row as a sentence: without it a screen reader reads the label and a description of bare numbers and dots.
    item.accessibilityInformation = { label: node.accessibilityLabel };
    if (node.tooltip) {
      // Document text in tooltips is escaped by the model; the string is still never trusted.
      const tooltip = new vscode.MarkdownString(node.tooltip);
      tooltip.isTrusted = false;
      tooltip.supportHtml = false;
      tooltip.supportThemeIcons = false;
      item.tooltip = tooltip;
    }
    if (node.target && this.source) {
      // The node, not its offsets: the command maps them through edits made since the analysis, when it runs.
      item.command = { title: 'Reveal in Editor', command: CommandId.revealItem, arguments: [node, true] };
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
