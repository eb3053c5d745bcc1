// The Claims view: every claim in reading order, with its speaker and cue, filtered by the shared filter; the title
// bar's toggle lists only the claims of low confidence.
import * as vscode from 'vscode';
import { ViewId } from '../commands/ids';
import type { Analysis } from '../analysis/types';
import { ClaimsTreeModel, type ClaimMarks, type TreeNode } from './treeModel';
import { AnalysisTreeProvider } from './treeProvider';
import { ownText, uiText } from '../presentation/uiText';
import type { ViewState } from './viewState';

export class ClaimsView implements vscode.Disposable {
  readonly provider: AnalysisTreeProvider;
  readonly view: vscode.TreeView<TreeNode>;
  private readonly subscription: vscode.Disposable;

  constructor(state: ViewState, marks?: (analysis: Analysis) => ClaimMarks | undefined) {
    this.provider = new AnalysisTreeProvider(
      (analysis) =>
        new ClaimsTreeModel(analysis, {
          filter: state.filter,
          marks: marks?.(analysis),
          lowConfidenceBelow: state.lowConfidenceThreshold,
          lowConfidenceOnly: state.lowConfidenceOnly,
        }),
    );
    this.view = vscode.window.createTreeView(ViewId.claims, { treeDataProvider: this.provider });
    const describe = (): void => {
      const low = state.lowConfidenceOnly ? ownText(`low confidence only (below ${state.lowConfidenceThreshold})`) : ownText('');
      const filter = state.filter ? ownText(`“${uiText(state.filter)}”`) : ownText('');
      this.view.description = filter && low ? ownText(`${filter} · ${low}`) : ownText(`${filter}${low}`);
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
