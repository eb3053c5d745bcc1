// The Sources view (actors across the workspace's documents, or documents and their actors) and the Quotations view
// (quotations said in several documents), over the workspace index's report; a click opens the document at the line.
import * as vscode from 'vscode';
import { CommandId, ContextKey, ViewId } from '../commands/ids';
import type { CorpusReport } from '../corpus/report';
import { ownText } from '../presentation/uiText';
import { QuotationsTreeModel, SourcesTreeModel, type SourceNode, type SourcesMode, type SourcesSort } from './sourcesModel';

interface SourceTreeModel {
  roots(): SourceNode[];
  children(node: SourceNode): SourceNode[];
}

const COLLAPSIBLE: Readonly<Record<SourceNode['collapsible'], vscode.TreeItemCollapsibleState>> = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
};

/** A snapshot of a tree as plain data, children included (for the extension's API and its tests). */
export type SourceSnapshot = SourceNode & { children: SourceSnapshot[] };

class SourceTreeProvider implements vscode.TreeDataProvider<SourceNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SourceNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private model: SourceTreeModel | undefined;

  show(model: SourceTreeModel | undefined): void {
    this.model = model;
    this.changed.fire(undefined);
  }

  snapshot(): SourceSnapshot[] {
    const model = this.model;
    if (!model) return [];
    const expand = (node: SourceNode): SourceSnapshot => ({ ...node, children: model.children(node).map(expand) });
    return model.roots().map(expand);
  }

  getChildren(node?: SourceNode): SourceNode[] {
    if (!this.model) return [];
    return node ? this.model.children(node) : this.model.roots();
  }

  getTreeItem(node: SourceNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, COLLAPSIBLE[node.collapsible]);
    item.id = node.id;
    if (node.description !== undefined) item.description = node.description;
    item.contextValue = `sourcelens.source.${node.kind}`;
    item.iconPath = new vscode.ThemeIcon(node.icon);
    item.accessibilityInformation = { label: node.accessibilityLabel };
    if (node.tooltip) {
      // Document text in tooltips is escaped by the model; the string is still never trusted.
      const tooltip = new vscode.MarkdownString(node.tooltip);
      tooltip.isTrusted = false;
      tooltip.supportHtml = false;
      item.tooltip = tooltip;
    }
    if (node.target) {
      item.command = { title: 'Open', command: CommandId.openIndexedLine, arguments: [node.target.document, node.target.line] };
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

const MODE_LABELS: Readonly<Record<SourcesMode, string>> = { actor: 'by actor', document: 'by document' };
const SORT_LABELS: Readonly<Record<SourcesSort, string>> = { claims: 'claims', documents: 'documents', firstDate: 'first date' };

export class SourcesViews implements vscode.Disposable {
  private readonly sources = new SourceTreeProvider();
  private readonly quotations = new SourceTreeProvider();
  readonly sourcesView: vscode.TreeView<SourceNode>;
  readonly quotationsView: vscode.TreeView<SourceNode>;
  private modeValue: SourcesMode = 'actor';
  private sortValue: SourcesSort = 'claims';
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly reportOf: () => CorpusReport | undefined,
    onDidChange: vscode.Event<void>,
  ) {
    this.sourcesView = vscode.window.createTreeView(ViewId.sources, { treeDataProvider: this.sources, showCollapseAll: true });
    this.quotationsView = vscode.window.createTreeView(ViewId.quotations, { treeDataProvider: this.quotations, showCollapseAll: true });
    this.subscription = onDidChange(() => this.refresh());
    this.publishState();
    this.refresh();
  }

  get mode(): SourcesMode {
    return this.modeValue;
  }

  get sort(): SourcesSort {
    return this.sortValue;
  }

  setMode(mode: SourcesMode): void {
    this.modeValue = mode;
    this.publishState();
    this.refresh();
  }

  setSort(sort: SourcesSort): void {
    this.sortValue = sort;
    this.publishState();
    this.refresh();
  }

  snapshot(): { sources: SourceSnapshot[]; quotations: SourceSnapshot[] } {
    return { sources: this.sources.snapshot(), quotations: this.quotations.snapshot() };
  }

  refresh(): void {
    const report = this.reportOf();
    this.sources.show(report && new SourcesTreeModel(report, this.modeValue, this.sortValue));
    this.quotations.show(report && new QuotationsTreeModel(report));
    this.sourcesView.description = ownText(`${MODE_LABELS[this.modeValue]} · by ${SORT_LABELS[this.sortValue]}`);
    this.quotationsView.description = report ? ownText(`${report.quotations.length}`) : ownText('');
  }

  private publishState(): void {
    void vscode.commands.executeCommand('setContext', ContextKey.sourcesMode, this.modeValue);
    void vscode.commands.executeCommand('setContext', ContextKey.sourcesSort, this.sortValue);
  }

  dispose(): void {
    this.subscription.dispose();
    this.sourcesView.dispose();
    this.quotationsView.dispose();
    this.sources.dispose();
    this.quotations.dispose();
  }
}
