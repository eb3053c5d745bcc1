// "Export Analysis…": the active document's analysis as JSON, CSV or a Markdown report, through a save dialog.
import * as vscode from 'vscode';
import type { AnalysisService } from '../documents/analysisService';
import { formatAnalyses, type ExportFormat } from '../export';
import { ownText, uiText } from '../presentation/uiText';

const FORMATS = [
  { label: 'JSON', description: 'the full analysis with offsets, for other tools', format: 'json', extension: 'json', filter: 'JSON' },
  {
    label: 'CSV',
    description: 'one row per claim, quotation and entity, for a spreadsheet',
    format: 'csv',
    extension: 'csv',
    filter: 'CSV',
  },
  {
    label: 'Markdown',
    description: 'a readable report: actors, their claims with line citations',
    format: 'md',
    extension: 'md',
    filter: 'Markdown',
  },
] as const satisfies ReadonlyArray<vscode.QuickPickItem & { format: ExportFormat; extension: string; filter: string }>;

export async function exportAnalysis(service: AnalysisService, log: vscode.LogOutputChannel): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !service.appliesTo(document)) {
    void vscode.window.showInformationMessage('Source Lens: open a document to export its analysis.');
    return;
  }
  const state = await service.whenSettled(document);
  if (state?.kind !== 'analyzed') {
    void vscode.window.showInformationMessage('Source Lens: this document has no analysis to export (see the status bar).');
    return;
  }
  const format = await vscode.window.showQuickPick(FORMATS, { title: 'Export Analysis', placeHolder: 'Choose a format' });
  if (!format) return;
  const baseName = document.uri.path.split('/').pop()?.replace(/\.[^.]*$/, '') || 'analysis';
  const folder = document.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(document.uri, '..');
  const defaultUri = folder ? vscode.Uri.joinPath(folder, `${baseName}.sourcelens.${format.extension}`) : undefined;
  const target = await vscode.window.showSaveDialog({
    ...(defaultUri ? { defaultUri } : {}),
    filters: { [format.filter]: [format.extension] },
    saveLabel: 'Export',
    title: 'Export Analysis',
  });
  if (!target) return;
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(formatAnalyses(format.format, state.analysis)));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error(`Export to ${target.toString()} failed: ${message}`);
    // The message names the chosen file, whose name may come from the document's.
    void vscode.window.showErrorMessage(ownText(`Source Lens could not export the analysis: ${uiText(message, 300)}`));
    return;
  }
  log.info(
    `Exported the analysis of ${vscode.workspace.asRelativePath(document.uri, false)} as ${format.label} to ${target.toString(true)}.`,
  );
  const choice = await vscode.window.showInformationMessage(`Exported the analysis as ${format.label}.`, 'Open');
  if (choice === 'Open') await vscode.window.showTextDocument(target);
}
