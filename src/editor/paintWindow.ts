// What a windowed painter paints of a document too long to paint whole: the lines in view and a margin around them,
// and when scrolling has brought the view near the edge of that window, so it is painted again.
import type * as vscode from 'vscode';
import { linesInView } from '../documents/previewWindow';

/** Lines painted above and below the visible ones: several screens, so ordinary scrolling needs no repaint. */
const WINDOW_MARGIN_LINES = 300;

export interface PaintedLines {
  firstLine: number;
  lastLine: number;
}

/** The lines to paint around what `editor` shows. */
export function paintWindow(editor: vscode.TextEditor): PaintedLines {
  const { firstLine, lastLine } = linesInView(editor.visibleRanges);
  return {
    firstLine: Math.max(0, firstLine - WINDOW_MARGIN_LINES),
    lastLine: Math.min(editor.document.lineCount - 1, lastLine + WINDOW_MARGIN_LINES),
  };
}

/** Whether the visible lines came within a third of the margin of the painted window's edge (a document edge aside). */
export function nearWindowEdge(editor: vscode.TextEditor, window: PaintedLines): boolean {
  const visible = editor.visibleRanges;
  if (visible.length === 0) return false;
  const slack = WINDOW_MARGIN_LINES / 3;
  const first = visible[0].start.line;
  const last = visible[visible.length - 1].end.line;
  const nearTop = window.firstLine > 0 && first - window.firstLine < slack;
  const nearBottom = window.lastLine < editor.document.lineCount - 1 && window.lastLine - last < slack;
  return nearTop || nearBottom;
}
