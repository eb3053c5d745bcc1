// Paints the highlights: one decoration type per kind created once, claims in the overview ruler, and only the visible
// window of very large documents.
import * as vscode from 'vscode';
import { liveDocument, sameDocument, type AnalysisService } from '../documents/analysisService';
import {
  HIGHLIGHT_KINDS,
  rangeCount,
  rangesInWindow,
  totalRanges,
  type EnabledKinds,
  type HighlightKind,
  type HighlightRanges,
  type OffsetRange,
  type PackedRanges,
} from '../derived/decorationsModel';
import type { SettingsStore } from '../settings/settingsStore';
import { nearWindowEdge, paintWindow } from './paintWindow';

/** Up to this many ranges in all, a document is painted whole; beyond, only the visible lines and a margin. */
export const FULL_PAINT_LIMIT = 3000;
/**
 * Most overview-ruler marks painted: the ruler is at most a couple of thousand pixels tall, so more add nothing. A
 * longer document gets one mark per stretch of lines holding a claim, evenly over the whole of it.
 */
const RULER_MARK_LIMIT = 2000;
const SCROLL_REPAINT_DELAY_MS = 40;

/** The line under a highlighted range; `double` needs three pixels to show both lines. */
function underline(style: 'solid' | 'dotted' | 'dashed' | 'double', color: string): vscode.DecorationRenderOptions {
  // Two pixels at least: a one-pixel line in a light colour vanishes when the screen is seen in greyscale.
  const width = style === 'double' ? '3px' : '2px';
  return { borderStyle: `none none ${style} none`, borderWidth: `0 0 ${width} 0`, borderColor: new vscode.ThemeColor(color) };
}

type ShapedKind = 'person' | 'organization' | 'place' | 'date';

/** A kind's background from the theme and its underline, as `underline` draws it: the shapes of `HIGHLIGHT_SHAPES`. */
function styled(kind: ShapedKind, line: 'solid' | 'dotted' | 'dashed' | 'double'): vscode.DecorationRenderOptions {
  return { backgroundColor: new vscode.ThemeColor(`sourcelens.${kind}Background`), ...underline(line, `sourcelens.${kind}Border`) };
}

const STYLES: Readonly<Record<HighlightKind, vscode.DecorationRenderOptions>> = {
  person: styled('person', 'solid'),
  organization: styled('organization', 'double'),
  place: styled('place', 'dashed'),
  date: styled('date', 'dotted'),
  // The claim's underline shows only in high-contrast themes, which draw no backgrounds.
  claim: {
    backgroundColor: new vscode.ThemeColor('sourcelens.claimBackground'),
    fontStyle: 'italic',
    ...underline('dashed', 'sourcelens.claimBorder'),
  },
  speakerCue: {
    color: new vscode.ThemeColor('sourcelens.speakerCueForeground'),
    fontWeight: '600',
    ...underline('solid', 'sourcelens.speakerCueBorder'),
  },
};

/**
 * What a paint came from: a preview (the lines in view analysed on their own, ahead of the whole document), the
 * whole text's ranges ahead of the rest of its analysis, or the analysis.
 */
export type PaintSource = 'preview' | 'ranges' | 'analysis';

/** A paint of an editor, as the API reports it. */
export interface PaintEvent {
  editor: vscode.TextEditor;
  paintedFrom: PaintSource;
}

/** What was last painted in an editor. */
interface PaintRecord {
  /** The ranges painted: an analysis that brings the ranges already painted ahead of it repaints nothing. */
  ranges: HighlightRanges;
  /** The highlight settings painted under. */
  enabled: EnabledKinds;
  paintedFrom: PaintSource;
  /** The painted line window, when the document is too large to paint whole. */
  window?: { firstLine: number; lastLine: number };
  counts: Record<HighlightKind, number>;
  /** Whether claims were on when the ruler was painted. */
  claimsOnRuler: boolean;
  rulerMarks: number;
}

export class DecorationPainter implements vscode.Disposable {
  private readonly types: Readonly<Record<HighlightKind, vscode.TextEditorDecorationType>>;
  private readonly rulerType: vscode.TextEditorDecorationType;
  private readonly painted = new WeakMap<vscode.TextEditor, PaintRecord>();
  private readonly painting = new vscode.EventEmitter<PaintEvent>();
  /** Fires after each paint of an editor. */
  readonly onDidPaint = this.painting.event;
  private readonly disposables: vscode.Disposable[] = [];
  private scrollTimer: NodeJS.Timeout | undefined;
  private disposed = false;

  constructor(
    private readonly service: AnalysisService,
    private readonly settings: SettingsStore,
  ) {
    const rangeBehavior = vscode.DecorationRangeBehavior.ClosedClosed;
    const types = {} as Record<HighlightKind, vscode.TextEditorDecorationType>;
    for (const kind of HIGHLIGHT_KINDS) types[kind] = vscode.window.createTextEditorDecorationType({ ...STYLES[kind], rangeBehavior });
    this.types = types;
    this.rulerType = vscode.window.createTextEditorDecorationType({
      overviewRulerColor: new vscode.ThemeColor('sourcelens.claimOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior,
    });
    this.disposables.push(
      this.painting,
      service.onDidAnalyze(({ document }) => this.paintDocument(document)),
      service.onDidProvideRanges((document) => this.paintDocument(document)),
      service.onDidChangeState((document) => {
        const state = service.stateOf(document);
        if (!state || state.kind === 'skipped' || state.kind === 'failed') {
          for (const editor of this.editorsOf(document)) this.clear(editor);
        }
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.paint(editor))),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => this.scrolled(textEditor)),
      settings.onDidChange((change) => {
        if (change.highlights || change.languages) this.repaintAll();
      }),
    );
  }

  /** Number of decoration types alive, for the extension's resource count. */
  get liveDecorationTypes(): number {
    return this.disposed ? 0 : HIGHLIGHT_KINDS.length + 1;
  }

  get pendingTimers(): number {
    return this.scrollTimer ? 1 : 0;
  }

  /** What is painted in an editor: ranges per kind, overview-ruler marks, and what they were painted from. */
  paintedCounts(editor: vscode.TextEditor): Record<HighlightKind, number> & { rulerMarks: number; paintedFrom?: PaintSource } {
    const painted = this.painted.get(editor);
    const counts = {} as Record<HighlightKind, number>;
    for (const kind of HIGHLIGHT_KINDS) counts[kind] = painted?.counts[kind] ?? 0;
    return { ...counts, rulerMarks: painted?.rulerMarks ?? 0, ...(painted ? { paintedFrom: painted.paintedFrom } : {}) };
  }

  repaintAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.scrollTimer);
    this.scrollTimer = undefined;
    for (const disposable of this.disposables) disposable.dispose();
    for (const kind of HIGHLIGHT_KINDS) this.types[kind].dispose();
    this.rulerType.dispose();
  }

  private paintDocument(document: vscode.TextDocument): void {
    for (const editor of this.editorsOf(document)) this.paint(editor);
  }

  private editorsOf(document: vscode.TextDocument): vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter((editor) => sameDocument(editor.document, document));
  }

  /**
   * Paints the current analysis of the editor's document, or the ranges that came ahead of it; with neither
   * (a stale analysis, nothing yet) what is there stays.
   */
  private paint(editor: vscode.TextEditor): void {
    if (this.disposed) return;
    const document = liveDocument(editor.document);
    if (!document) return;
    if (!this.service.appliesTo(document)) {
      this.clear(editor);
      return;
    }
    const analysis = this.service.analysisFor(document);
    const provisional = analysis ? undefined : this.service.provisionalRangesFor(document);
    const ranges = analysis ? this.service.rangesFor(analysis) : provisional?.ranges;
    if (!ranges) return;
    const enabled = this.settings.current.highlights;
    const window = totalRanges(ranges) > FULL_PAINT_LIMIT ? paintWindow(editor) : undefined;
    const paintedFrom: PaintSource = analysis ? 'analysis' : provisional?.complete ? 'ranges' : 'preview';
    const previous = this.painted.get(editor);
    if (
      previous &&
      previous.ranges === ranges &&
      previous.enabled === enabled &&
      previous.window?.firstLine === window?.firstLine &&
      previous.window?.lastLine === window?.lastLine
    ) {
      // The analysis whose ranges were painted ahead of it: the editor already shows them.
      previous.paintedFrom = paintedFrom;
      this.painting.fire({ editor, paintedFrom });
      return;
    }
    const windowStart = window ? document.offsetAt(new vscode.Position(window.firstLine, 0)) : 0;
    const windowEnd = window ? document.offsetAt(new vscode.Position(window.lastLine + 1, 0)) : Number.MAX_SAFE_INTEGER;
    const counts = {} as Record<HighlightKind, number>;
    for (const kind of HIGHLIGHT_KINDS) {
      const shown = enabled[kind] ? rangesInWindow(ranges[kind], windowStart, windowEnd) : [];
      editor.setDecorations(this.types[kind], shown.map((range) => toRange(document, range)));
      counts[kind] = shown.length;
    }
    // The ruler spans the whole document: a preview's window of claims would draw a misleading one.
    const rulerMarks =
      (previous?.ranges === ranges && previous.claimsOnRuler === enabled.claim) || provisional?.complete === false
        ? (previous?.rulerMarks ?? 0)
        : this.paintRuler(editor, enabled.claim ? ranges.claim : new Int32Array(0));
    this.painted.set(editor, {
      ranges,
      enabled,
      paintedFrom,
      ...(window ? { window } : {}),
      counts,
      claimsOnRuler: enabled.claim,
      rulerMarks,
    });
    this.painting.fire({ editor, paintedFrom });
  }

  /**
   * One overview-ruler mark per line that starts a claim (per stretch of lines, in a document of more lines than the
   * ruler has marks), over the whole document even when painting a window.
   */
  private paintRuler(editor: vscode.TextEditor, claimRanges: PackedRanges): number {
    const document = editor.document;
    const stretch = Math.max(1, Math.ceil(document.lineCount / RULER_MARK_LIMIT));
    const lines = new Set<number>();
    // Claims come in reading order: one that starts after the last one marked and before the next stretch is marked
    // already, and needs no look-up (a book has tens of thousands of claims).
    let markedStart = -1;
    let nextStretchStart = -1;
    for (let position = 0; position < rangeCount(claimRanges) && lines.size < RULER_MARK_LIMIT; position += 1) {
      const start = claimRanges[position * 2];
      if (start >= markedStart && start < nextStretchStart) continue;
      const line = document.positionAt(start).line;
      lines.add(line);
      markedStart = start;
      const nextStretch = (Math.floor(line / stretch) + 1) * stretch;
      nextStretchStart =
        nextStretch < document.lineCount ? document.offsetAt(new vscode.Position(nextStretch, 0)) : Number.MAX_SAFE_INTEGER;
    }
    editor.setDecorations(this.rulerType, [...lines].map((line) => new vscode.Range(line, 0, line, 0)));
    return lines.size;
  }

  /** Repaints a windowed editor once its visible lines come near the edge of what was painted. */
  private scrolled(editor: vscode.TextEditor): void {
    const window = this.painted.get(editor)?.window;
    if (!window) return;
    if (!nearWindowEdge(editor, window)) return;
    clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(() => {
      this.scrollTimer = undefined;
      this.paint(editor);
    }, SCROLL_REPAINT_DELAY_MS);
  }

  private clear(editor: vscode.TextEditor): void {
    for (const kind of HIGHLIGHT_KINDS) editor.setDecorations(this.types[kind], []);
    editor.setDecorations(this.rulerType, []);
    this.painted.delete(editor);
  }
}

function toRange(document: vscode.TextDocument, range: OffsetRange): vscode.Range {
  return new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
}
