// The review in the editor: loads each document's review, applies it to every analysis before it is shown (so
// highlights, views, hovers, navigation and exports all see the corrections), and answers what the reader recorded.
import * as vscode from 'vscode';
import type { Analysis, Claim } from '../analysis/types';
import { liveDocument, type AnalysisService } from '../documents/analysisService';
import { applyReview, hasCorrections, type ClaimCorrection, type ClaimReview, type Review, type ReviewedAnalysis } from '../review';
import { ownText, uiText } from '../presentation/uiText';
import type { ClaimReviewMarks } from '../providers/hoverMarkdown';
import type { ClaimMarks } from '../views/treeModel';
import { ReviewStore, type ReviewProblem } from './store';
import type { StorageFolders } from './location';

const NAME_MAX = 200;
const MESSAGE_MAX = 300;

/** A document's review progress: claims with a verdict other than unchecked, of all claims. */
export interface ReviewProgress {
  checked: number;
  total: number;
  byVerdict: Readonly<Record<string, number>>;
  orphans: number;
  corrections: number;
}

export class ReviewController implements vscode.Disposable {
  readonly store: ReviewStore;
  private readonly reviewed = new WeakMap<Analysis, ReviewedAnalysis>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires after a document's review was applied again (its analysis may be the same object, with new verdicts). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** How many times each review file's problems were reported: one problem is said once, not at every look. */
  private readonly reports = new Map<string, number>();

  constructor(
    private readonly service: AnalysisService,
    storage: StorageFolders,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.store = new ReviewStore(storage);
    service.setCorrector((document, analysis) => this.correct(document, analysis));
    this.disposables.push(
      this.store,
      this.changed,
      { dispose: () => service.setCorrector(undefined) },
      vscode.workspace.onDidOpenTextDocument((document) => this.opened(document)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.isClosed && !liveDocument(document)) this.store.close(document.uri);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => void this.store.flush(document.uri).catch((error) => this.failed(error))),
      vscode.workspace.onDidRenameFiles((event) => void this.renamed(event.files)),
      this.store.onDidChange((uri) => this.reapply(uri)),
      this.store.onProblem((problem) => this.reportProblem(problem)),
      this.store.onDidMerge(({ taken, conflicts }) => {
        const both = conflicts > 0 ? ` (${conflicts} changed on both sides: the newer kept)` : '';
        vscode.window.setStatusBarMessage(ownText(`Source Lens: merged ${taken} changes made elsewhere${both} into the review.`), 5000);
      }),
    );
    for (const document of vscode.workspace.textDocuments) this.opened(document);
  }

  /** The problem of a document's review file, and how many times it was reported to the user. */
  problemOf(document: vscode.Uri): { message: string; line: number; reports: number } | undefined {
    const problem = this.store.problemOf(document);
    if (!problem) return undefined;
    return { message: problem.message, line: problem.line, reports: this.reports.get(problem.file.toString()) ?? 0 };
  }

  /** What the reader recorded about an analysis' claims, if it came through the review. */
  reviewedFor(analysis: Analysis): ReviewedAnalysis | undefined {
    return this.reviewed.get(analysis);
  }

  marksFor(analysis: Analysis): ClaimMarks | undefined {
    const reviewed = this.reviewed.get(analysis);
    if (!reviewed) return undefined;
    return {
      reviewOf: (claimId): ClaimReview | undefined => reviewed.claims.get(claimId),
      correctionsOf: (claimId): readonly ClaimCorrection[] | undefined => reviewed.corrected.get(claimId),
    };
  }

  /** The review of each claim, for hover cards. */
  hoverMarks(analysis: Analysis): { marksOf(claimId: string): ClaimReviewMarks } | undefined {
    const reviewed = this.reviewed.get(analysis);
    if (!reviewed) return undefined;
    return { marksOf: (claimId) => ({ review: reviewed.claims.get(claimId), corrections: reviewed.corrected.get(claimId) }) };
  }

  progress(analysis: Analysis): ReviewProgress {
    const reviewed = this.reviewed.get(analysis);
    const byVerdict: Record<string, number> = {};
    let checked = 0;
    for (const claim of analysis.claims) {
      const verdict = reviewed?.claims.get(claim.id)?.verdict ?? 'unchecked';
      byVerdict[verdict] = (byVerdict[verdict] ?? 0) + 1;
      if (verdict !== 'unchecked') checked += 1;
    }
    const corrections = reviewed?.entries.filter((state) => state.entry.kind !== 'verdict').length ?? 0;
    return { checked, total: analysis.claims.length, byVerdict, orphans: reviewed?.orphans.length ?? 0, corrections };
  }

  /** Whether a claim of the analysis has a verdict other than unchecked. */
  isChecked(analysis: Analysis, claim: Claim): boolean {
    const verdict = this.reviewed.get(analysis)?.claims.get(claim.id)?.verdict;
    return verdict !== undefined && verdict !== 'unchecked';
  }

  /** Changes a document's review; the analysis is corrected again once the change is kept. */
  async change(document: vscode.TextDocument, edit: (review: Review) => Review): Promise<void> {
    await this.store.change(document.uri, edit);
  }

  dispose(): void {
    for (const disposable of this.disposables.reverse()) disposable.dispose();
    this.disposables.length = 0;
  }

  private opened(document: vscode.TextDocument): void {
    if (!this.service.appliesTo(document) || document.isUntitled) return;
    this.store.open(document.uri).then(
      () => this.reapply(document.uri),
      (error: unknown) => this.failed(error),
    );
  }

  /** Applies the review to an analysis of the document's current text (called by the analysis service). */
  private correct(document: vscode.TextDocument, analysis: Analysis): Analysis {
    const review = this.store.reviewOf(document.uri);
    if (!review || review.entries.length === 0) return analysis;
    const reviewed = applyReview(analysis, review, document.getText());
    // Anchors moved by edits are written once they describe the text on disk.
    if (reviewed.reanchored) this.store.reanchored(document.uri, reviewed.review, !document.isDirty);
    if (!hasCorrections(review)) {
      // Verdicts alone leave the analysis as it is, and its highlights and index with it.
      this.reviewed.set(analysis, { ...reviewed, analysis });
      return analysis;
    }
    this.reviewed.set(reviewed.analysis, reviewed);
    return reviewed.analysis;
  }

  private reapply(uri: vscode.Uri): void {
    const key = uri.toString();
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === key && !candidate.isClosed);
    if (!document || !this.service.appliesTo(document)) return;
    this.service.reapply(document);
    this.changed.fire(document);
  }

  private async renamed(files: ReadonlyArray<{ oldUri: vscode.Uri; newUri: vscode.Uri }>): Promise<void> {
    for (const { oldUri, newUri } of files) {
      try {
        await this.store.moved(oldUri, newUri);
      } catch (error) {
        this.failed(error);
      }
    }
  }

  private reportProblem(problem: ReviewProblem): void {
    this.reports.set(problem.file.toString(), (this.reports.get(problem.file.toString()) ?? 0) + 1);
    const name = uiText(vscode.workspace.asRelativePath(problem.file, false), NAME_MAX);
    this.log.warn(`Review file ${problem.file.toString(true)}, line ${problem.line}: ${problem.message}`);
    const message = ownText(
      `Source Lens cannot read the review file ${name} (line ${problem.line}: ${uiText(problem.message, MESSAGE_MAX)}). ` +
        'Nothing in it is lost: it is backed up before Source Lens writes a review there again.',
    );
    void vscode.window.showWarningMessage(message, 'Open Review File').then(async (choice) => {
      if (choice !== 'Open Review File') return;
      const position = new vscode.Position(Math.max(0, problem.line - 1), 0);
      await vscode.window.showTextDocument(problem.file, { selection: new vscode.Range(position, position) });
    });
  }

  private failed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.log.error(`Review: ${message}`);
    void vscode.window.showErrorMessage(ownText(`Source Lens could not keep the review: ${uiText(message, MESSAGE_MAX)}`));
  }
}

