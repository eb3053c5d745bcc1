// The part of a large document analysed ahead of the whole: the lines in view and a margin around them.
import * as vscode from 'vscode';
import type { TextSource } from '../worker/workerClient';

/**
 * Lines previewed above and below the visible ones: enough for a few screens of scrolling, and few enough that the
 * preview costs tens of milliseconds even on a cold worker's first run.
 */
const PREVIEW_MARGIN_LINES = 100;
/** Longest preview, for documents of very long lines. */
const PREVIEW_MAX_CHARS = 64 * 1024;

/** The first and last lines of visible ranges; before its first layout an editor reports none, and opens at the top. */
export function linesInView(visible: readonly vscode.Range[]): { firstLine: number; lastLine: number } {
  if (visible.length === 0) return { firstLine: 0, lastLine: 0 };
  return {
    firstLine: visible.reduce((first, range) => Math.min(first, range.start.line), Infinity),
    lastLine: visible.reduce((last, range) => Math.max(last, range.end.line), 0),
  };
}

/**
 * The window of `text` (the document's current text) that the editors showing `document` have in view, widened by
 * a margin; undefined when no editor shows it.
 */
export function previewWindow(
  document: vscode.TextDocument,
  text: TextSource,
  editors: readonly vscode.TextEditor[],
): { text: string; offset: number } | undefined {
  const shown = editors.filter((editor) => editor.document.uri.toString() === document.uri.toString());
  if (shown.length === 0) return undefined;
  const { firstLine, lastLine } = linesInView(shown.flatMap((editor) => editor.visibleRanges));
  const windowStart = document.offsetAt(new vscode.Position(Math.max(0, firstLine - PREVIEW_MARGIN_LINES), 0));
  const endLine = lastLine + PREVIEW_MARGIN_LINES + 1;
  const windowEnd = endLine >= document.lineCount ? text.length : document.offsetAt(new vscode.Position(endLine, 0));
  // Long lines make the window large: keep the lines in view and a quarter of the room above them.
  const inView = document.offsetAt(new vscode.Position(firstLine, 0));
  const cutStart = windowEnd - windowStart <= PREVIEW_MAX_CHARS ? windowStart : Math.max(windowStart, inView - PREVIEW_MAX_CHARS / 4);
  // A cut inside a line break (\r\n) is moved to where the document's positions put it, so the text and its offset agree.
  const start = document.offsetAt(document.positionAt(cutStart));
  const end = document.offsetAt(document.positionAt(Math.min(windowEnd, cutStart + PREVIEW_MAX_CHARS)));
  return { text: text.slice(start, end), offset: start };
}
