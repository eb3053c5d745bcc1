// What each command does, by id: the composition root hands in the services, this file wires each command to them.
import * as vscode from 'vscode';
import type { AnalysisService } from '../documents/analysisService';
import { toggleHighlights } from '../editor/decorationsToggle';
import { goToClaim, revealRange } from '../editor/navigation';
import type { SourceDocumentLanguage } from '../editor/sourceDocumentLanguage';
import type { SettingsStore } from '../settings/settingsStore';
import type { TreeNode } from '../views/treeModel';
import type { ViewState } from '../views/viewState';
import type { SampleDocuments } from '../documents/sample';
import type { ReviewController } from '../reviewing/controller';
import type { Corrections } from './corrections';
import { exportAnalysis } from './exportAnalysis';
import { exportReview } from './exportReview';
import { CommandId } from './ids';
import type { CommandHandlers } from './register';
import { showStatusMenu, type WorkspaceSwitch } from './workspaceSwitch';
import type { ReviewCommands } from './review';
import { copyClaimWithCitation, isTreeNode, revealItem, type ViewItemContext } from './viewItems';
import type { SourcesViews } from '../views/sourcesTree';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import { indexCommandHandlers } from './workspaceIndex';

/** The services the commands act on, built once by the composition root. */
export interface CommandServices extends ViewItemContext {
  service: AnalysisService;
  settings: SettingsStore;
  log: vscode.LogOutputChannel;
  viewState: ViewState;
  language: SourceDocumentLanguage;
  corrections: Corrections;
  samples: SampleDocuments;
  workspaceSwitch: WorkspaceSwitch;
  /** The editor the views follow: the walkthrough can hold the focus while the sample beside it is what is shown. */
  shownEditor: () => vscode.TextEditor | undefined;
  shownDocument: () => vscode.TextDocument | undefined;
  reviews: ReviewController;
  reviewCommands: ReviewCommands;
  workspaceIndex: WorkspaceIndex;
  sourcesViews: SourcesViews;
  /** Shows the dashboard panel (built by the composition root, which owns its corpus source). */
  openDashboard: () => void;
}

/** The active editor's document, when Source Lens analyses it. */
function analysedActiveDocument(service: AnalysisService): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && service.appliesTo(document) ? document : undefined;
}

async function promptFilter(viewState: ViewState): Promise<void> {
  const filter = await vscode.window.showInputBox({
    title: 'Filter Actors and Claims',
    prompt: 'Show the actors whose names, and the claims whose text, speaker or cue, contain this text.',
    value: viewState.filter,
    placeHolder: 'e.g. Putin',
  });
  if (filter !== undefined) viewState.filter = filter;
}

export function commandHandlers(services: CommandServices): CommandHandlers {
  const {
    service, settings, log, viewState, language, corrections, samples, workspaceSwitch, shownEditor, shownDocument, reviews, reviewCommands,
  } = services;
  const withNode = (handler: (node: TreeNode) => unknown) => (node: unknown) => (isTreeNode(node) ? handler(node) : undefined);
  return {
    [CommandId.openSample]: () => samples.openArticle(),
    [CommandId.refresh]: () => {
      const document = analysedActiveDocument(service);
      if (document) service.refresh(document);
    },
    [CommandId.toggleHighlights]: () => toggleHighlights(settings),
    [CommandId.nextClaim]: () => goToClaim(service, 'next', shownEditor()),
    [CommandId.previousClaim]: () => goToClaim(service, 'previous', shownEditor()),
    [CommandId.exportAnalysis]: () => exportAnalysis(service, log, shownDocument()),
    [CommandId.analyzeAnyway]: () => {
      const document = analysedActiveDocument(service);
      if (document) service.analyzeAnyway(document);
    },
    [CommandId.switchToSourceDocument]: () => {
      const document = vscode.window.activeTextEditor?.document;
      return document && language.switchDocument(document);
    },
    [CommandId.showLog]: () => log.show(),
    [CommandId.filter]: () => promptFilter(viewState),
    [CommandId.clearFilter]: () => {
      viewState.filter = '';
    },
    [CommandId.sortByName]: () => {
      viewState.sort = 'name';
    },
    [CommandId.sortByClaims]: () => {
      viewState.sort = 'claims';
    },
    [CommandId.sortByFirstAppearance]: () => {
      viewState.sort = 'firstAppearance';
    },
    [CommandId.copyClaimWithCitation]: withNode((node) => copyClaimWithCitation(services, node)),
    // Tree items run this with `preserveFocus` true, so a click keeps the focus in the view.
    [CommandId.revealItem]: (node: unknown, preserveFocus?: unknown) =>
      isTreeNode(node) ? revealItem(services, node, preserveFocus === true) : undefined,
    [CommandId.ignoreName]: (reference: unknown) => corrections.ignoreName(reference),
    [CommandId.mergeIntoActor]: (reference: unknown) => corrections.mergeIntoActor(reference),
    [CommandId.disableInWorkspace]: () => workspaceSwitch.disable(),
    [CommandId.enableInWorkspace]: () => workspaceSwitch.enable(),
    [CommandId.openDashboard]: () => services.openDashboard(),
    [CommandId.statusMenu]: () => showStatusMenu(),
    [CommandId.revealRange]: (uri: string, start: number, end: number, preserveFocus?: boolean) =>
      revealRange(uri, start, end, preserveFocus === true),
    [CommandId.setVerdict]: (target: unknown) => reviewCommands.setVerdict(target),
    [CommandId.markVerified]: (target: unknown) => reviewCommands.setVerdict(target, 'verified'),
    [CommandId.editNote]: (target: unknown) => reviewCommands.editNote(target),
    [CommandId.nextUncheckedClaim]: () => reviewCommands.nextUnchecked(),
    [CommandId.wrongSpeaker]: (target: unknown) => reviewCommands.wrongSpeaker(target),
    [CommandId.notAClaim]: (target: unknown) => reviewCommands.notAClaim(target),
    [CommandId.addClaim]: (target: unknown) => reviewCommands.addClaim(target),
    [CommandId.trimClaim]: (target: unknown) => reviewCommands.trimClaim(target),
    [CommandId.splitClaim]: (target: unknown) => reviewCommands.splitClaim(target),
    [CommandId.showCorrections]: (target: unknown) => reviewCommands.lists.showCorrections(target),
    [CommandId.showOrphans]: (target: unknown) => reviewCommands.lists.showOrphans(target),
    [CommandId.showLowConfidenceOnly]: () => {
      viewState.lowConfidenceOnly = true;
    },
    [CommandId.showAllClaims]: () => {
      viewState.lowConfidenceOnly = false;
    },
    [CommandId.exportReview]: () => exportReview(service, reviews, log),
    ...indexCommandHandlers(services.workspaceIndex, services.sourcesViews),
  };
}
