// Moving through a document: reveal a range (tree items, hover links), and Next/Previous Claim.
import * as vscode from 'vscode';
import type { AnalysisService } from '../documents/analysisService';
import type { ClaimDirection } from '../derived/analysisIndex';

/** Opens the document if needed, selects the range and scrolls it into view. */
export async function revealRange(uri: string, start: number, end: number, preserveFocus = false): Promise<void> {
  if (typeof uri !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) return;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
  const range = document.validateRange(new vscode.Range(document.positionAt(start), document.positionAt(end)));
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  const editor = await vscode.window.showTextDocument(document, {
    ...(visible?.viewColumn === undefined ? {} : { viewColumn: visible.viewColumn }),
    preserveFocus,
    selection: range,
  });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Selects the next (or previous) claim after the cursor, wrapping around the document. */
export async function goToClaim(service: AnalysisService, direction: ClaimDirection): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !service.appliesTo(editor.document)) return;
  const state = await service.whenSettled(editor.document);
  if (state?.kind !== 'analyzed') {
    vscode.window.setStatusBarMessage('Source Lens: this document has no analysis yet.', 3000);
    return;
  }
  const document = editor.document;
  const claim = service.indexFor(state.analysis).adjacentClaim(document.offsetAt(editor.selection.active), direction);
  if (!claim) {
    vscode.window.setStatusBarMessage('Source Lens: no claims in this document.', 3000);
    return;
  }
  const range = new vscode.Range(document.positionAt(claim.start), document.positionAt(claim.end));
  // The cursor goes to the claim's start so the next jump continues from there.
  editor.selection = new vscode.Selection(range.end, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
