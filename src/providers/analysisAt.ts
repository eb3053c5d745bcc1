// What the language providers share: the settled analysis of a document and the offset a cursor stands for.
import type * as vscode from 'vscode';
import type { Actor, Analysis } from '../analysis/types';
import type { AnalysisIndex } from '../derived/analysisIndex';
import type { AnalysisService } from '../documents/analysisService';

export interface IndexedAnalysis {
  analysis: Analysis;
  index: AnalysisIndex;
}

/** The analysis of the document's current text (waiting for a pending one), or undefined if there is none or the request was cancelled. */
export async function indexedAnalysis(
  service: AnalysisService,
  document: vscode.TextDocument,
  token: vscode.CancellationToken,
): Promise<IndexedAnalysis | undefined> {
  const state = await service.whenSettled(document, token);
  if (token.isCancellationRequested || state?.kind !== 'analyzed') return undefined;
  return { analysis: state.analysis, index: service.indexFor(state.analysis) };
}

/**
 * The offsets to look up for a cursor: the character after it, then the one before it, so a caret
 * just after a name still finds the name (as Go to Definition does in code).
 */
export function offsetsAround(document: vscode.TextDocument, position: vscode.Position): number[] {
  const offset = document.offsetAt(position);
  return offset > 0 ? [offset, offset - 1] : [offset];
}

/** The actor under the cursor (or just before it) in the document's current analysis, waiting for a pending one. */
export async function actorAtCursor(
  service: AnalysisService,
  document: vscode.TextDocument,
  position: vscode.Position,
  token: vscode.CancellationToken,
): Promise<Actor | undefined> {
  const found = await indexedAnalysis(service, document, token);
  if (!found) return undefined;
  for (const offset of offsetsAround(document, position)) {
    const hit = found.index.actorAt(offset);
    if (hit) return hit.actor;
  }
  return undefined;
}
