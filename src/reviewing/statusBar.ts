// The review's progress for the followed document in the status bar ("12 of 30 claims checked"); a click moves to the
// next unchecked claim. Beside it, while the review has orphans, their count; a click lists them.
import * as vscode from 'vscode';
import type { ActiveDocument } from '../documents/activeDocument';
import type { AnalysisService } from '../documents/analysisService';
import { CommandId } from '../commands/ids';
import { VERDICT_LABELS, VERDICTS } from '../review';
import { ownText, type UiText } from '../presentation/uiText';
import type { ReviewController } from './controller';

export class ReviewStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly orphansItem: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[];
  private visible = false;
  private orphansVisible = false;

  constructor(
    private readonly active: ActiveDocument,
    private readonly service: AnalysisService,
    private readonly controller: ReviewController,
  ) {
    this.item = vscode.window.createStatusBarItem('sourcelens.review', vscode.StatusBarAlignment.Right, 99);
    this.item.name = 'Source Lens Review';
    this.item.command = { title: 'Next Unchecked Claim', command: CommandId.nextUncheckedClaim };
    this.orphansItem = vscode.window.createStatusBarItem('sourcelens.reviewOrphans', vscode.StatusBarAlignment.Right, 98);
    this.orphansItem.name = 'Source Lens Review Orphans';
    this.orphansItem.command = { title: 'Show Orphaned Review Entries', command: CommandId.showOrphans };
    this.subscriptions = [active.onDidChange(() => this.update()), controller.onDidChange(() => this.update())];
    this.update();
  }

  /** What the items show; `orphans` is the orphans' item text, empty while it is hidden. */
  get snapshot(): { text: string; tooltip: string; visible: boolean; orphans: string } {
    const tooltip = this.item.tooltip;
    return {
      text: this.item.text,
      tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? ''),
      visible: this.visible,
      orphans: this.orphansVisible ? this.orphansItem.text : '',
    };
  }

  private update(): void {
    const document = this.active.document;
    const analysis = document && this.service.latestAnalysis(document);
    const progress = analysis && this.controller.progress(analysis);
    this.showOrphans(progress?.orphans ?? 0);
    if (!analysis || !progress || analysis.claims.length === 0) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const text = `${progress.checked} of ${progress.total} claims checked`;
    this.item.text = ownText(`$(checklist) ${text}`);
    // Verdict labels and numbers only: nothing of the document.
    let summary = ownText('');
    const add = (part: UiText): void => {
      summary = summary ? ownText(`${summary} · ${part}`) : part;
    };
    for (const verdict of VERDICTS) {
      const count = progress.byVerdict[verdict] ?? 0;
      if (count > 0) add(ownText(`${VERDICT_LABELS[verdict]}: ${count}`));
    }
    if (progress.corrections > 0) add(ownText(`${progress.corrections} corrections`));
    if (progress.orphans > 0) add(ownText(`${progress.orphans} orphans`));
    this.item.tooltip = ownText(`Source Lens review: ${text}\n${summary}\nClick for the next unchecked claim.`);
    this.item.accessibilityInformation = { label: ownText(`Source Lens review: ${text}`) };
    this.item.show();
    this.visible = true;
  }

  private showOrphans(count: number): void {
    this.orphansVisible = count > 0;
    if (count === 0) {
      this.orphansItem.hide();
      return;
    }
    const what = count === 1 ? '1 orphan' : `${count} orphans`;
    this.orphansItem.text = ownText(`$(debug-disconnect) ${what}`);
    this.orphansItem.tooltip = ownText(
      `Source Lens review: ${what}, review entries whose text is gone from the document. Click to list them with their ` +
        'last known text, to remove them or attach them to the selection.',
    );
    this.orphansItem.accessibilityInformation = { label: ownText(`Source Lens review: ${what}`) };
    this.orphansItem.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.orphansItem.dispose();
    this.item.dispose();
  }
}
