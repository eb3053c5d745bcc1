// "Export Review…": the followed document's review report as Markdown (per actor) or CSV (a row per claim), through a
// save dialog.
import * as vscode from 'vscode';
import type { AnalysisService } from '../documents/analysisService';
import { reviewCsv, reviewMarkdown } from '../export/review';
import { applyReview, emptyReview } from '../review';
import { ownText, uiText } from '../presentation/uiText';
import type { ReviewController } from '../reviewing/controller';

const FORMATS = [
  { label: 'Markdown', description: 'per actor: each claim with verdict, note, line, evidence', extension: 'md', filter: 'Markdown' },
  { label: 'CSV', description: 'one row per claim: verdict, note, confidence, evidence', extension: 'csv', filter: 'CSV' },
] as const;

export async function exportReview(service: AnalysisService, controller: ReviewController, log: vscode.LogOutputChannel): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !service.appliesTo(document)) {
    void vscode.window.showInformationMessage('Source Lens: open a document to export its review.');
    return;
  }
  const state = await service.whenSettled(document);
  if (state?.kind !== 'analyzed') {
    void vscode.window.showInformationMessage('Source Lens: this document has no analysis to report on (see the status bar).');
    return;
  }
  const reviewed =
    controller.reviewedFor(state.analysis) ?? applyReview(state.analysis, emptyReview(state.analysis.document), document.getText());
  const format = await vscode.window.showQuickPick(FORMATS, { title: 'Export Review', placeHolder: 'Choose a format' });
  if (!format) return;
  const baseName = document.uri.path.split('/').pop()?.replace(/\.[^.]*$/, '') || 'review';
  const folder = document.isUntitled ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(document.uri, '..');
  const defaultUri = folder ? vscode.Uri.joinPath(folder, `${baseName}.review.sourcelens.${format.extension}`) : undefined;
  const target = await vscode.window.showSaveDialog({
    ...(defaultUri ? { defaultUri } : {}),
    filters: { [format.filter]: [format.extension] },
    saveLabel: 'Export',
    title: 'Export Review',
  });
  if (!target) return;
  const output = format.extension === 'md' ? reviewMarkdown(reviewed) : reviewCsv(reviewed);
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(output));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error(`Review export to ${target.toString()} failed: ${message}`);
    void vscode.window.showErrorMessage(ownText(`Source Lens could not export the review: ${uiText(message, 300)}`));
    return;
  }
  const name = vscode.workspace.asRelativePath(document.uri, false);
  log.info(`Exported the review of ${name} as ${format.label} to ${target.toString(true)}.`);
  const choice = await vscode.window.showInformationMessage(`Exported the review as ${format.label}.`, 'Open');
  if (choice === 'Open') await vscode.window.showTextDocument(target);
}
