// The Actors view: People / Organizations / Places → actor → claims and mentions, sorted and filtered as the user chose.
import * as vscode from 'vscode';
import { ViewId } from '../commands/ids';
import type { Analysis } from '../analysis/types';
import { ActorsTreeModel, type ClaimMarks, type TreeNode } from './treeModel';
import { AnalysisTreeProvider } from './treeProvider';
import { ownText, uiText } from '../presentation/uiText';
import type { ViewState } from './viewState';

const SORT_LABELS = { name: 'by name', claims: 'by claims', firstAppearance: 'by first appearance' } as const;

export class ActorsView implements vscode.Disposable {
  readonly provider: AnalysisTreeProvider;
  readonly view: vscode.TreeView<TreeNode>;
  private readonly subscription: vscode.Disposable;

  constructor(state: ViewState, marks?: (analysis: Analysis) => ClaimMarks | undefined) {
    this.provider = new AnalysisTreeProvider(
      (analysis) => new ActorsTreeModel(analysis, {
          sort: state.sort,
          filter: state.filter,
          marks: marks?.(analysis),
          lowConfidenceBelow: state.lowConfidenceThreshold,
        }),
    );
    this.view = vscode.window.createTreeView(ViewId.actors, { treeDataProvider: this.provider, showCollapseAll: true });
    const describe = (): void => {
      this.view.description = state.filter ? ownText(`“${uiText(state.filter)}” · ${SORT_LABELS[state.sort]}`) : SORT_LABELS[state.sort];
    };
    describe();
    this.subscription = state.onDidChange(describe);
  }

  dispose(): void {
    this.subscription.dispose();
    this.view.dispose();
    this.provider.dispose();
  }
}
