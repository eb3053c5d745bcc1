// The workspace index's commands: Find Claims… over every indexed document, and opening an indexed document at a line
// (what the Sources view, the Quotations view and the hover's "also in" links run).
import * as vscode from 'vscode';
import type { NamedClaim } from '../corpus/report';
import { ownText, uiText } from '../presentation/uiText';
import type { SourcesViews } from '../views/sourcesTree';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import { CommandId } from './ids';
import type { CommandHandlers } from './register';

/** Opens a document of the index, by its name in the report, with the cursor at the start of a 1-based line. */
export async function openIndexedLine(index: WorkspaceIndex, document: unknown, line: unknown): Promise<vscode.TextEditor | undefined> {
  if (typeof document !== 'string') return undefined;
  const uri = index.uriOf(document);
  if (!uri) {
    void vscode.window.showWarningMessage(ownText(`Source Lens: ${uiText(document, 200)} is no longer in the workspace index.`));
    return undefined;
  }
  const target = typeof line === 'number' && Number.isInteger(line) && line >= 1 ? line - 1 : 0;
  const editor = await vscode.window.showTextDocument(uri, { preview: true });
  const position = new vscode.Position(Math.min(target, editor.document.lineCount - 1), 0);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

interface ClaimPick extends vscode.QuickPickItem {
  claim: NamedClaim;
}

/** Says why there is nothing to search, and offers what would help. */
async function explainEmptyIndex(index: WorkspaceIndex): Promise<void> {
  const state = index.state;
  if (state === 'indexing') {
    void vscode.window.showInformationMessage('Source Lens is still indexing the workspace; its claims are searchable once it is done.');
    return;
  }
  const message =
    state === 'ready'
      ? 'Source Lens found no claims in the documents of this workspace.'
      : 'The workspace index is off or waiting: index the workspace to search the claims of all its documents.';
  const action = state === 'ready' ? undefined : 'Index Workspace';
  const choice = action ? await vscode.window.showInformationMessage(message, action) : await vscode.window.showInformationMessage(message);
  if (choice === 'Index Workspace') await index.indexWorkspace();
}

/** A quick pick over every claim of the index, matched on speaker, text and document; the choice opens its line. */
export async function findClaims(index: WorkspaceIndex): Promise<void> {
  const report = index.report();
  if (!report || report.claims.length === 0) {
    await explainEmptyIndex(index);
    return;
  }
  const items: ClaimPick[] = report.claims.map((claim) => ({
    label: uiText(claim.speaker),
    description: ownText(`${uiText(claim.document, 120)}:${claim.line}${claim.date === null ? '' : ` · ${uiText(claim.date)}`}`),
    detail: ownText(`${uiText(claim.cue, 40)}: “${uiText(claim.text, 200)}”`),
    claim,
  }));
  const choice = await vscode.window.showQuickPick(items, {
    title: ownText(`Find Claims (${report.claims.length} in ${report.documents.length} documents)`),
    placeHolder: 'Type a speaker, words of a claim or a document name',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (choice) await openIndexedLine(index, choice.claim.document, choice.claim.line);
}

type IndexCommandId =
  | typeof CommandId.indexWorkspace
  | typeof CommandId.stopIndexing
  | typeof CommandId.rebuildIndex
  | typeof CommandId.findClaims
  | typeof CommandId.sourcesByActor
  | typeof CommandId.sourcesByDocument
  | typeof CommandId.sortSourcesByClaims
  | typeof CommandId.sortSourcesByDocuments
  | typeof CommandId.sortSourcesByFirstDate
  | typeof CommandId.openIndexedLine;

/** The handlers of the workspace index's commands. */
export function indexCommandHandlers(index: WorkspaceIndex, views: SourcesViews): Pick<CommandHandlers, IndexCommandId> {
  return {
    [CommandId.indexWorkspace]: () => index.indexWorkspace(),
    [CommandId.stopIndexing]: () => index.stop(),
    [CommandId.rebuildIndex]: () => index.rebuild(),
    [CommandId.findClaims]: () => findClaims(index),
    [CommandId.sourcesByActor]: () => views.setMode('actor'),
    [CommandId.sourcesByDocument]: () => views.setMode('document'),
    [CommandId.sortSourcesByClaims]: () => views.setSort('claims'),
    [CommandId.sortSourcesByDocuments]: () => views.setSort('documents'),
    [CommandId.sortSourcesByFirstDate]: () => views.setSort('firstDate'),
    [CommandId.openIndexedLine]: (document: unknown, line: unknown) => openIndexedLine(index, document, line),
  };
}
