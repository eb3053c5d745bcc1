// The API `activate()` returns: read-only views of what Source Lens shows, for integration tests and other extensions.
import type * as vscode from 'vscode';
import type { CorpusReport } from './corpus/report';
import type { SourceSnapshot } from './views/sourcesTree';
import type { IndexStats } from './workspaceIndex/workspaceIndex';
import type { Analysis } from './analysis/types';
import type { HighlightKind } from './derived/decorationsModel';
import type { PaintSource } from './editor/decorations';
import type { DocumentState } from './documents/documentState';
import type { DashboardSnapshot } from './panels/dashboardPanel';
import type { OrphanReason, Review } from './review';

/** One review entry on the current text (see `SourceLensApi.reviewedEntries`). */
export interface ReviewedEntry {
  id: string;
  kind: string;
  start?: number;
  end?: number;
  orphan?: OrphanReason;
}
import type { TreeSnapshot } from './views/treeModel';

export interface PaintedEditor {
  uri: vscode.Uri;
  version: number;
  /**
   * What the paint came from: `preview`, the lines in view of a large document analysed on their own ahead of the
   * whole; `ranges`, the whole text's highlights ahead of the rest of its analysis; `analysis`.
   */
  paintedFrom: PaintSource;
}

export interface AnalyzedDocument {
  uri: vscode.Uri;
  version: number;
  analysis: Analysis;
}

/** Live resources, all zero once the extension is deactivated. */
export interface ResourceCounts {
  /** Listeners, providers, views, commands and other disposables the extension holds. */
  disposables: number;
  /** Debounce and repaint timers waiting to fire. */
  timers: number;
  /** Analysis worker threads running. */
  workers: number;
  /** Text editor decoration types alive. */
  decorationTypes: number;
}

export interface SourceLensApi {
  /** Bumped on any incompatible change of this interface. */
  readonly apiVersion: 1;
  /** The analysis of the open document's current version, if it has one (not while pending, skipped or failed). */
  analysisFor(uri: vscode.Uri): Analysis | undefined;
  /**
   * Resolves once the open document's current version is analysed, skipped or failed (starting the
   * analysis if needed); undefined for documents Source Lens does not handle, or after `timeoutMs`.
   */
  whenAnalyzed(uri: vscode.Uri, timeoutMs?: number): Promise<DocumentState | undefined>;
  /** The state of an open document: pending, analyzed, skipped (with the reason) or failed; undefined if not handled. */
  documentState(uri: vscode.Uri): DocumentState | undefined;
  /** Fires for each analysis that was applied to a document. */
  readonly onDidAnalyze: vscode.Event<AnalyzedDocument>;
  /** The Actors view's items for the followed document, fully expanded, as plain data (ids, labels, descriptions, targets). */
  actorsTreeItems(): TreeSnapshot[];
  /** The Claims view's items, as plain data. */
  claimsTreeItems(): TreeSnapshot[];
  /** The document the views and the status bar follow. */
  followedDocument(): vscode.Uri | undefined;
  /**
   * Ranges painted per highlight kind in an editor (only the visible window of very large documents), overview-ruler
   * marks, claims marked as of low confidence, and what they were painted from (absent before the first paint).
   */
  paintedRanges(
    editor: vscode.TextEditor,
  ): Record<HighlightKind, number> & { rulerMarks: number; lowConfidence: number; paintedFrom?: PaintSource };
  /** Fires after each paint of an editor's highlights. */
  readonly onDidPaint: vscode.Event<PaintedEditor>;
  /** What the status bar item shows. */
  statusBar(): { text: string; tooltip: string; visible: boolean };
  /** What the review's status bar item shows ("12 of 30 claims checked"), and the orphans' item ('' while hidden). */
  reviewStatusBar(): { text: string; tooltip: string; visible: boolean; orphans: string };
  /** The open document's review as kept in its review file, once loaded. */
  reviewOf(uri: vscode.Uri): Review | undefined;
  /** The dashboard panel while it is open: whether it is visible, its page, and the documents its marks lead to. */
  dashboard(): DashboardSnapshot | undefined;
  /**
   * Hands the dashboard a message as its page posts one (`{ type: 'reveal', document, line }`, `document` an index
   * into the snapshot's documents); true when it was honoured and the line opened.
   */
  postToDashboard(message: unknown): Promise<boolean>;
  /**
   * Each entry of the open document's review as it stands on the text of its current analysis: where its text is now,
   * or why it is an orphan (`textGone`, `noClaim`). Undefined before the document is analysed with its review.
   */
  reviewedEntries(uri: vscode.Uri): ReviewedEntry[] | undefined;
  /** The problem of the open document's review file, if it cannot be read, and how many times it was reported. */
  reviewProblem(uri: vscode.Uri): { message: string; line: number; reports: number } | undefined;
  resourceCounts(): ResourceCounts;
  /** The workspace index: its cross-document report, its state and counts, and a promise of the end of its work. */
  workspaceIndex(): WorkspaceIndexApi;
}

export interface WorkspaceIndexApi {
  report(): CorpusReport | undefined;
  stats(): IndexStats;
  /** Resolves once no scan runs and none is due. */
  whenIdle(): Promise<void>;
  /** The Sources and Quotations views' items, fully expanded, as plain data. */
  treeItems(): { sources: SourceSnapshot[]; quotations: SourceSnapshot[] };
  /** The URI of an indexed document, by its name in the report. */
  uriOf(document: string): vscode.Uri | undefined;
  /** The other documents that carry the quotation of a claim at a 1-based line of a document. */
  otherSayings(uri: vscode.Uri, line: number): Array<{ document: string; line: number; date: string | null }>;
}
