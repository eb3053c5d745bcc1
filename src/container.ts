// The composition root: builds every service, view, provider and command once, and disposes them all on deactivation.
import * as vscode from 'vscode';
import { ActiveDocument } from './activeDocument';
import type { Analysis } from './analysis/types';
import { AnalysisService } from './analysisService';
import type { SourceLensApi } from './api';
import { CommandId } from './commands';
import { Corrections } from './corrections';
import { DecorationPainter } from './decorations';
import { toggleHighlights } from './decorationsToggle';
import { exportAnalysis } from './exportAnalysis';
import { goToClaim, revealRange } from './navigation';
import { ActorDefinitionProvider } from './providers/definition';
import { ActorHighlightProvider } from './providers/documentHighlight';
import { SourceHoverProvider } from './providers/hover';
import { ActorReferenceProvider } from './providers/references';
import { ActorSymbolProvider } from './providers/symbols';
import { SettingsStore } from './settingsStore';
import { SourceDocumentLanguage } from './sourceDocumentLanguage';
import { StatusBar } from './statusBar';
import { ActorsView } from './views/actorsTree';
import { ClaimsView } from './views/claimsTree';
import { claimCitation, type TreeNode } from './views/treeModel';
import type { NodeSource } from './views/treeProvider';
import { ViewState } from './views/viewState';
import { ReviewCodeActions } from './reviewing/codeActions';
import { ReviewCommands } from './reviewing/commands';
import { ReviewController } from './reviewing/controller';
import { exportReview } from './reviewing/exportReview';
import { ReviewStatusBar } from './reviewing/statusBar';
import { TargetResolver } from './reviewing/target';
import { ownText, uiText } from './uiText';
import { AnalysisWorkerClient } from './worker/workerClient';

type CommandHandlers = { [K in CommandId]: (...args: never[]) => unknown };

function isTreeNode(value: unknown): value is TreeNode {
  return typeof value === 'object' && value !== null && typeof (value as TreeNode).id === 'string' && typeof (value as TreeNode).kind === 'string';
}

export class Container implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private providerRegistrations: vscode.Disposable[] = [];
  private readonly log: vscode.LogOutputChannel;
  private readonly settings: SettingsStore;
  private readonly worker: AnalysisWorkerClient;
  private readonly service: AnalysisService;
  private readonly active: ActiveDocument;
  private readonly painter: DecorationPainter;
  private readonly statusBar: StatusBar;
  private readonly viewState: ViewState;
  private readonly actorsView: ActorsView;
  private readonly claimsView: ClaimsView;
  private readonly language: SourceDocumentLanguage;
  private readonly corrections: Corrections;
  private readonly reviews: ReviewController;
  private readonly reviewCommands: ReviewCommands;
  private readonly reviewStatusBar: ReviewStatusBar;
  private readonly version: string;
  /** What the views show, so they are rebuilt only when the document or its analysis changes, not on every keystroke. */
  private shown: { document: vscode.TextDocument | undefined; analysis: Analysis | undefined } = { document: undefined, analysis: undefined };

  constructor(context: vscode.ExtensionContext) {
    const track = <T extends vscode.Disposable>(disposable: T): T => {
      this.disposables.push(disposable);
      return disposable;
    };
    this.log = track(vscode.window.createOutputChannel('Source Lens', { log: true }));
    this.settings = track(new SettingsStore());
    const workerPath = vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath;
    this.worker = new AnalysisWorkerClient(workerPath, (message) => this.log.error(message));
    track({ dispose: () => this.worker.dispose() });
    this.service = track(new AnalysisService(this.worker, this.settings, this.log));
    this.active = track(new ActiveDocument(this.service));
    this.painter = track(new DecorationPainter(this.service, this.settings));
    this.statusBar = track(new StatusBar(this.active, this.service));
    this.viewState = track(new ViewState());
    const storage = { storageUri: context.storageUri, globalStorageUri: context.globalStorageUri };
    this.reviews = track(new ReviewController(this.service, storage, this.log));
    this.actorsView = track(new ActorsView(this.viewState, (analysis) => this.reviews.marksFor(analysis)));
    this.claimsView = track(new ClaimsView(this.viewState, (analysis) => this.reviews.marksFor(analysis)));
    this.reviewStatusBar = track(new ReviewStatusBar(this.active, this.service, this.reviews));
    this.reviewCommands = new ReviewCommands(this.service, this.reviews, new TargetResolver(this.service, (node) => this.sourceOf(node)));
    this.language = track(new SourceDocumentLanguage(this.settings, this.log));
    this.corrections = new Corrections(this.service);

    track(this.active.onDidChange(() => this.showFollowed()));
    // A verdict leaves the analysis as it was: the views are rebuilt to show it.
    track(
      this.reviews.onDidChange(() => {
        this.actorsView.provider.rebuild(this.shown.analysis);
        this.claimsView.provider.rebuild(this.shown.analysis);
      }),
    );
    track(
      this.viewState.onDidChange(() => {
        this.actorsView.provider.rebuild(this.shown.analysis);
        this.claimsView.provider.rebuild(this.shown.analysis);
      }),
    );
    track(
      this.settings.onDidChange((change) => {
        // VS Code caches document symbols per document version and provider set; registering anew is what makes the
        // Outline and breadcrumbs ask again after corrections change the actors of an unchanged document.
        if (!change.languages && !change.analyzerOptions) return;
        this.registerProviders();
        this.active.update();
      }),
    );
    this.registerProviders();
    this.registerCommands();
    this.service.start();
    this.version = String(context.extension.packageJSON.version);
  }

  /** Activation builds no analysis (that starts in the worker afterwards), so this is the whole cost a window pays. */
  logActivation(milliseconds: number): void {
    this.log.info(`Source Lens ${this.version} activated in ${milliseconds.toFixed(1)} ms.`);
  }

  readonly api: SourceLensApi = {
    apiVersion: 1,
    analysisFor: (uri) => {
      const document = this.openDocument(uri);
      return document && this.service.analysisFor(document);
    },
    whenAnalyzed: async (uri, timeoutMs = 30_000) => {
      const document = this.openDocument(uri);
      if (!document) return undefined;
      const cancellation = new vscode.CancellationTokenSource();
      const timer = setTimeout(() => cancellation.cancel(), timeoutMs);
      try {
        return await this.service.whenSettled(document, cancellation.token);
      } finally {
        clearTimeout(timer);
        cancellation.dispose();
      }
    },
    documentState: (uri) => {
      const document = this.openDocument(uri);
      return document && this.service.stateOf(document);
    },
    onDidAnalyze: (listener, thisArgs, disposables) =>
      this.service.onDidAnalyze(({ document, analysis }) => listener.call(thisArgs, { uri: document.uri, version: document.version, analysis }), undefined, disposables),
    actorsTreeItems: () => this.actorsView.provider.snapshot(),
    claimsTreeItems: () => this.claimsView.provider.snapshot(),
    followedDocument: () => this.active.document?.uri,
    paintedRanges: (editor) => this.painter.paintedCounts(editor),
    onDidPaint: (listener, thisArgs, disposables) =>
      this.painter.onDidPaint(
        ({ editor, paintedFrom }) => listener.call(thisArgs, { uri: editor.document.uri, version: editor.document.version, paintedFrom }),
        undefined,
        disposables,
      ),
    statusBar: () => this.statusBar.snapshot,
    reviewStatusBar: () => this.reviewStatusBar.snapshot,
    reviewOf: (uri) => this.reviews.store.reviewOf(uri),
    resourceCounts: () => ({
      disposables: this.disposables.length + this.providerRegistrations.length,
      timers: this.service.pendingTimers + this.painter.pendingTimers,
      workers: this.worker.liveWorkers,
      decorationTypes: this.painter.liveDecorationTypes,
    }),
  };

  dispose(): void {
    for (const registration of this.providerRegistrations) registration.dispose();
    this.providerRegistrations = [];
    // Last built, first disposed: views stop listening before the services they read go away.
    for (const disposable of this.disposables.reverse()) {
      try {
        disposable.dispose();
      } catch (error) {
        console.error('Source Lens: a resource failed to dispose', error);
      }
    }
    this.disposables.length = 0;
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
  }

  /** Points the views at the followed document's latest analysis, when that changed. */
  private showFollowed(): void {
    const document = this.active.document;
    const analysis = document && this.service.latestAnalysis(document);
    const analysing = document !== undefined && analysis === undefined && this.active.state?.kind === 'pending';
    const message = analysing ? 'Analysing this document…' : undefined;
    if (this.actorsView.view.message !== message) {
      this.actorsView.view.message = message;
      this.claimsView.view.message = message;
    }
    if (document === this.shown.document && analysis === this.shown.analysis) return;
    this.shown = { document, analysis };
    this.actorsView.provider.show(document, analysis);
    this.claimsView.provider.show(document, analysis);
  }

  /**
   * The document and analysis a view item was made from: normally what the views show, but a click can arrive just
   * after they moved on to a newer analysis. Items from elsewhere (a script's copy) are taken as the views' own.
   */
  private sourceOf(node: TreeNode): NodeSource | undefined {
    const source = this.actorsView.provider.sourceOf(node) ?? this.claimsView.provider.sourceOf(node);
    if (source) return source;
    const { document, analysis } = this.shown;
    return document && analysis ? { document, analysis } : undefined;
  }

  /** Selects a view item's text, moved through the edits made since the analysis it was made from. */
  private async revealNode(node: TreeNode, preserveFocus: boolean): Promise<void> {
    const { document, analysis } = this.sourceOf(node) ?? {};
    if (!document || !analysis || !node.target) return;
    const span = this.service.currentSpan(document, analysis, node.target);
    if (!span) {
      vscode.window.setStatusBarMessage('Source Lens: an edit removed this text; it is listed again once the document is analysed.', 5000);
      return;
    }
    await revealRange(document.uri.toString(), span.start, span.end, preserveFocus);
  }

  /** Language providers for the configured languages; registered again when that list changes. */
  private registerProviders(): void {
    for (const registration of this.providerRegistrations) registration.dispose();
    const selector: vscode.DocumentSelector = this.settings.current.languages.map((language) => ({ language }));
    this.providerRegistrations = [
      vscode.languages.registerHoverProvider(
        selector,
        new SourceHoverProvider(this.service, (analysis) => this.reviews.hoverMarks(analysis)),
      ),
      vscode.languages.registerCodeActionsProvider(selector, new ReviewCodeActions(this.service), {
        providedCodeActionKinds: ReviewCodeActions.kinds,
      }),
      vscode.languages.registerDocumentSymbolProvider(selector, new ActorSymbolProvider(this.service), { label: 'Source Lens' }),
      vscode.languages.registerDefinitionProvider(selector, new ActorDefinitionProvider(this.service)),
      vscode.languages.registerReferenceProvider(selector, new ActorReferenceProvider(this.service)),
      vscode.languages.registerDocumentHighlightProvider(selector, new ActorHighlightProvider(this.service)),
    ];
  }

  private registerCommands(): void {
    const activeDocument = (): vscode.TextDocument | undefined => {
      const document = vscode.window.activeTextEditor?.document;
      return document && this.service.appliesTo(document) ? document : undefined;
    };
    const withNode = (handler: (node: TreeNode) => unknown) => (node: unknown) => (isTreeNode(node) ? handler(node) : undefined);
    const handlers: CommandHandlers = {
      [CommandId.refresh]: () => {
        const document = activeDocument();
        if (document) this.service.refresh(document);
      },
      [CommandId.toggleHighlights]: () => toggleHighlights(this.settings),
      [CommandId.nextClaim]: () => goToClaim(this.service, 'next'),
      [CommandId.previousClaim]: () => goToClaim(this.service, 'previous'),
      [CommandId.exportAnalysis]: () => exportAnalysis(this.service, this.log),
      [CommandId.analyzeAnyway]: () => {
        const document = activeDocument();
        if (document) this.service.analyzeAnyway(document);
      },
      [CommandId.switchToSourceDocument]: () => {
        const document = vscode.window.activeTextEditor?.document;
        return document && this.language.switchDocument(document);
      },
      [CommandId.showLog]: () => this.log.show(),
      [CommandId.filter]: async () => {
        const filter = await vscode.window.showInputBox({
          title: 'Filter Actors and Claims',
          prompt: 'Show the actors whose names, and the claims whose text, speaker or cue, contain this text.',
          value: this.viewState.filter,
          placeHolder: 'e.g. Putin',
        });
        if (filter !== undefined) this.viewState.filter = filter;
      },
      [CommandId.clearFilter]: () => {
        this.viewState.filter = '';
      },
      [CommandId.sortByName]: () => {
        this.viewState.sort = 'name';
      },
      [CommandId.sortByClaims]: () => {
        this.viewState.sort = 'claims';
      },
      [CommandId.sortByFirstAppearance]: () => {
        this.viewState.sort = 'firstAppearance';
      },
      [CommandId.copyClaimWithCitation]: withNode(async (node) => {
        const { document, analysis } = this.sourceOf(node) ?? {};
        const claim = node.claimId === undefined ? undefined : analysis?.claims.find((candidate) => candidate.id === node.claimId);
        if (!document || !analysis || !claim) return;
        // The views show the last analysis until the next arrives: cite the claim's text and line as they are now.
        const span = this.service.currentSpan(document, analysis, claim);
        if (!span) {
          vscode.window.setStatusBarMessage('Source Lens: an edit removed this claim; copy it again once the document is analysed.', 5000);
          return;
        }
        const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
        const current = { ...claim, text: document.getText(range), line: range.start.line + 1 };
        const fileName = document.isUntitled ? document.uri.path : document.uri.path.split('/').pop() ?? document.uri.path;
        await vscode.env.clipboard.writeText(claimCitation(current, fileName));
        vscode.window.setStatusBarMessage('Source Lens: claim copied with its citation.', 3000);
      }),
      // Tree items run this with `preserveFocus` true, so a click keeps the focus in the view.
      [CommandId.revealItem]: (node: unknown, preserveFocus?: unknown) => (isTreeNode(node) ? this.revealNode(node, preserveFocus === true) : undefined),
      [CommandId.ignoreName]: (reference: unknown) => this.corrections.ignoreName(reference),
      [CommandId.mergeIntoActor]: (reference: unknown) => this.corrections.mergeIntoActor(reference),
      [CommandId.revealRange]: (uri: string, start: number, end: number, preserveFocus?: boolean) => revealRange(uri, start, end, preserveFocus === true),
      [CommandId.setVerdict]: (target: unknown) => this.reviewCommands.setVerdict(target),
      [CommandId.markVerified]: (target: unknown) => this.reviewCommands.setVerdict(target, 'verified'),
      [CommandId.editNote]: (target: unknown) => this.reviewCommands.editNote(target),
      [CommandId.nextUncheckedClaim]: () => this.reviewCommands.nextUnchecked(),
      [CommandId.wrongSpeaker]: (target: unknown) => this.reviewCommands.wrongSpeaker(target),
      [CommandId.notAClaim]: (target: unknown) => this.reviewCommands.notAClaim(target),
      [CommandId.addClaim]: (target: unknown) => this.reviewCommands.addClaim(target),
      [CommandId.trimClaim]: (target: unknown) => this.reviewCommands.trimClaim(target),
      [CommandId.showCorrections]: (target: unknown) => this.reviewCommands.showCorrections(target),
      [CommandId.exportReview]: () => exportReview(this.service, this.reviews, this.log),
    };
    for (const [command, handler] of Object.entries(handlers) as Array<[CommandId, (...args: unknown[]) => unknown]>) {
      this.disposables.push(
        vscode.commands.registerCommand(command, async (...args: unknown[]) => {
          try {
            return await handler(...args);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.log.error(`Command ${command} failed: ${error instanceof Error && error.stack ? error.stack : message}`);
            void vscode.window.showErrorMessage(ownText(`Source Lens: ${uiText(message, 300)}`));
            return undefined;
          }
        }),
      );
    }
  }
}
