// Commands on the items of the Actors and Claims views: reveal an item's text, copy a claim with its citation.
// Both move the item's span through the edits made since its analysis, because the views keep showing the last
// analysis until the next one arrives.
import * as vscode from 'vscode';
import type { AnalysisService } from '../documents/analysisService';
import { revealRange } from '../editor/navigation';
import { claimCitation, type TreeNode } from '../views/treeModel';
import type { NodeSource } from '../views/treeProvider';

/** Where a view item came from: the service that moves spans, and the document and analysis the item was made from. */
export interface ViewItemContext {
  service: AnalysisService;
  sourceOf(node: TreeNode): NodeSource | undefined;
}

export function isTreeNode(value: unknown): value is TreeNode {
  if (typeof value !== 'object' || value === null) return false;
  const node = value as TreeNode;
  return typeof node.id === 'string' && typeof node.kind === 'string';
}

/** Selects a view item's text, moved through the edits made since the analysis it was made from. */
export async function revealItem(context: ViewItemContext, node: TreeNode, preserveFocus: boolean): Promise<void> {
  const { document, analysis } = context.sourceOf(node) ?? {};
  if (!document || !analysis || !node.target) return;
  const span = context.service.currentSpan(document, analysis, node.target);
  if (!span) {
    vscode.window.setStatusBarMessage('Source Lens: an edit removed this text; it is listed again once the document is analysed.', 5000);
    return;
  }
  await revealRange(document.uri.toString(), span.start, span.end, preserveFocus);
}

/** Copies a claim as it reads now, with its speaker, file and line. */
export async function copyClaimWithCitation(context: ViewItemContext, node: TreeNode): Promise<void> {
  const { document, analysis } = context.sourceOf(node) ?? {};
  const claim = node.claimId === undefined ? undefined : analysis?.claims.find((candidate) => candidate.id === node.claimId);
  if (!document || !analysis || !claim) return;
  // The views show the last analysis until the next arrives: cite the claim's text and line as they are now.
  const span = context.service.currentSpan(document, analysis, claim);
  if (!span) {
    vscode.window.setStatusBarMessage('Source Lens: an edit removed this claim; copy it again once the document is analysed.', 5000);
    return;
  }
  const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
  const current = { ...claim, text: document.getText(range), line: range.start.line + 1 };
  const fileName = document.isUntitled ? document.uri.path : document.uri.path.split('/').pop() ?? document.uri.path;
  await vscode.env.clipboard.writeText(claimCitation(current, fileName));
  vscode.window.setStatusBarMessage('Source Lens: claim copied with its citation.', 3000);
}
