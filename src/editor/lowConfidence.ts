// Marks the claims of low confidence in the editor with a decoration of their own: a dotted outline and a "?" after the
// claim, both in the theme's `sourcelens.lowConfidenceForeground`, so they read apart from the claim highlight in any
// theme and in greyscale. `sourcelens.highlight.lowConfidence` turns it off; `sourcelens.lowConfidenceThreshold` says
// what is low.
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/types';
import { partitionPoint } from '../analysis/text/sorted';
import { liveDocument, sameDocument, type AnalysisService } from '../documents/analysisService';
import { isLowConfidence } from '../derived/lowConfidence';
import type { OffsetRange } from '../derived/decorationsModel';
import type { SettingsStore } from '../settings/settingsStore';
import { nearWindowEdge, paintWindow } from './paintWindow';

/** Up to this many marks a document is marked whole; beyond, the lines in view and a margin (as the highlights). */
const FULL_PAINT_LIMIT = 3000;
const SCROLL_REPAINT_DELAY_MS = 40;

export const LOW_CONFIDENCE_STYLE: vscode.DecorationRenderOptions = {
  outlineColor: new vscode.ThemeColor('sourcelens.lowConfidenceForeground'),
  outlineStyle: 'dotted',
  outlineWidth: '1px',
  after: { contentText: '?', color: new vscode.ThemeColor('sourcelens.lowConfidenceForeground'), fontWeight: 'bold', margin: '0 0 0 2px' },
};

/** The spans of the claims below the threshold, in reading order. */
export function lowConfidenceSpans(analysis: Analysis, threshold: number): OffsetRange[] {
  return analysis.claims.filter((claim) => isLowConfidence(claim, threshold)).map(({ start, end }) => ({ start, end }));
}

interface Painted {
  analysis: Analysis;
  threshold: number;
  enabled: boolean;
  window?: { firstLine: number; lastLine: number } | undefined;
  count: number;
}

export class LowConfidencePainter implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    ...LOW_CONFIDENCE_STYLE,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly painted = new WeakMap<vscode.TextEditor, Painted>();
  private readonly disposables: vscode.Disposable[] = [];
  private scrollTimer: NodeJS.Timeout | undefined;
  private disposed = false;

  constructor(
    private readonly service: AnalysisService,
    private readonly settings: SettingsStore,
  ) {
    this.disposables.push(
      this.type,
      service.onDidAnalyze(({ document }) => this.paintDocument(document)),
      service.onDidChangeState((document) => {
        const state = service.stateOf(document);
        if (state && state.kind !== 'skipped' && state.kind !== 'failed') return;
        for (const editor of this.editorsOf(document)) this.clear(editor);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.paint(editor))),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => this.scrolled(textEditor)),
      settings.onDidChange((change) => {
        if (change.highlights || change.languages) for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
      }),
    );
    for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
  }

  /** How many claims are marked in an editor (for the extension's API and tests). */
  markedCount(editor: vscode.TextEditor): number {
    return this.painted.get(editor)?.count ?? 0;
  }

  /** Decoration types alive, for the extension's resource count. */
  get liveDecorationTypes(): number {
    return this.disposed ? 0 : 1;
  }

  get pendingTimers(): number {
    return this.scrollTimer ? 1 : 0;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.scrollTimer);
    this.scrollTimer = undefined;
    for (const disposable of this.disposables) disposable.dispose();
    this.disposables.length = 0;
  }

  private editorsOf(document: vscode.TextDocument): vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter((editor) => sameDocument(editor.document, document));
  }

  private paintDocument(document: vscode.TextDocument): void {
    for (const editor of this.editorsOf(document)) this.paint(editor);
  }

  private paint(editor: vscode.TextEditor): void {
    if (this.disposed) return;
    const document = liveDocument(editor.document);
    if (!document) return;
    if (!this.service.appliesTo(document)) {
      this.clear(editor);
      return;
    }
    const analysis = this.service.analysisFor(document);
    // A stale analysis (edits since): what is painted moves with the text until the next one arrives.
    if (!analysis) return;
    const { highlightLowConfidence: enabled, lowConfidenceThreshold: threshold } = this.settings.current;
    const spans = enabled ? lowConfidenceSpans(analysis, threshold) : [];
    const window = spans.length > FULL_PAINT_LIMIT ? paintWindow(editor) : undefined;
    const previous = this.painted.get(editor);
    const same =
      previous?.analysis === analysis &&
      previous.threshold === threshold &&
      previous.enabled === enabled &&
      previous.window?.firstLine === window?.firstLine &&
      previous.window?.lastLine === window?.lastLine;
    if (same) return;
    const windowStart = window ? document.offsetAt(new vscode.Position(window.firstLine, 0)) : 0;
    const shown = window ? inWindow(spans, windowStart, lineEnd(document, window.lastLine)) : spans;
    editor.setDecorations(
      this.type,
      shown.map((span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end))),
    );
    this.painted.set(editor, { analysis, threshold, enabled, window, count: shown.length });
  }

  private scrolled(editor: vscode.TextEditor): void {
    const window = this.painted.get(editor)?.window;
    if (!window || !nearWindowEdge(editor, window)) return;
    clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(() => {
      this.scrollTimer = undefined;
      this.paint(editor);
    }, SCROLL_REPAINT_DELAY_MS);
  }

  private clear(editor: vscode.TextEditor): void {
    editor.setDecorations(this.type, []);
    this.painted.delete(editor);
  }
}

function lineEnd(document: vscode.TextDocument, line: number): number {
  return document.offsetAt(document.lineAt(line).range.end);
}

/** The spans (sorted by start) that start in `[start, end]`: the window's margin covers what starts just above it. */
function inWindow(spans: readonly OffsetRange[], start: number, end: number): OffsetRange[] {
  const first = partitionPoint(spans.length, (position) => spans[position].start < start);
  const found: OffsetRange[] = [];
  for (let position = first; position < spans.length && spans[position].start <= end; position += 1) found.push(spans[position]);
  return found;
}
