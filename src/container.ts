// The composition root: builds every service, view, provider and command once, and disposes them all on deactivation.
import * as vscode from 'vscode';
import { ActiveDocument } from './documents/activeDocument';
import type { Analysis } from './analysis/types';
import { AnalysisService } from './documents/analysisService';
import type { SourceLensApi } from './api';
import { Corrections } from './commands/corrections';
import { commandHandlers } from './commands/handlers';
import { registerCommands } from './commands/register';
import { DecorationPainter } from './editor/decorations';
import { LowConfidencePainter } from './editor/lowConfidence';
import { ActorDefinitionProvider } from './providers/definition';
import { ActorHighlightProvider } from './providers/documentHighlight';
import { SourceHoverProvider } from './providers/hover';
import { ActorReferenceProvider } from './providers/references';
import { ActorSymbolProvider } from './providers/symbols';
import { SettingsStore } from './settings/settingsStore';
import { SourceDocumentLanguage } from './editor/sourceDocumentLanguage';
import { StatusBar } from './editor/statusBar';
import { SampleDocuments } from './documents/sample';
import { WorkspaceSwitch } from './commands/workspaceSwitch';
import { ActorsView } from './views/actorsTree';
import { ClaimsView } from './views/claimsTree';
import type { TreeNode } from './views/treeModel';
import type { NodeSource } from './views/treeProvider';
import { ViewState } from './views/viewState';
import { ReviewCodeActions } from './reviewing/codeActions';
import { ReviewCommands } from './commands/review';
import { ReviewController } from './reviewing/controller';
import { ReviewStatusBar } from './reviewing/statusBar';
import { TargetResolver } from './reviewing/target';
import { AnalysisWorkerClient } from './worker/workerClient';
import { SourcesViews } from './views/sourcesTree';
import { WorkspaceIndex } from './workspaceIndex/workspaceIndex';
import { IndexStatusItem } from './workspaceIndex/statusItem';
import { reviewFileFor } from './reviewing/location';
import { FirstCorpus } from './panels/corpusSource';
import { DashboardPanel } from './panels/dashboardPanel';
import { OpenDocumentsCorpus } from './panels/openDocumentsCorpus';

export class Container implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private providerRegistrations: vscode.Disposable[] = [];
  private readonly log: vscode.LogOutputChannel;
  private readonly settings: SettingsStore;
  private readonly worker: AnalysisWorkerClient;
  private readonly service: AnalysisService;
  private readonly active: ActiveDocument;
  private readonly painter: DecorationPainter;
  private readonly lowConfidence: LowConfidencePainter;
  private readonly statusBar: StatusBar;
  private readonly viewState: ViewState;
  private readonly actorsView: ActorsView;
  private readonly claimsView: ClaimsView;
  private readonly language: SourceDocumentLanguage;
  private readonly corrections: Corrections;
  private readonly samples: SampleDocuments;
  private readonly workspaceSwitch: WorkspaceSwitch;
  private readonly reviews: ReviewController;
  private readonly reviewCommands: ReviewCommands;
  private readonly reviewStatusBar: ReviewStatusBar;
  private readonly workspaceIndex: WorkspaceIndex;
  private readonly sourcesViews: SourcesViews;
  private readonly dashboard: DashboardPanel;
  private readonly version: string;
  /** What the views show, so they are rebuilt only when the document or its analysis changes, not on every keystroke. */
  private shown: { document: vscode.TextDocument | undefined; analysis: Analysis | undefined } = {
    document: undefined,
    analysis: undefined,
  };

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
    this.lowConfidence = track(new LowConfidencePainter(this.service, this.settings));
    this.statusBar = track(new StatusBar(this.active, this.service));
    this.viewState = track(new ViewState(context.workspaceState));
    this.viewState.lowConfidenceThreshold = this.settings.current.lowConfidenceThreshold;
    const storage = { storageUri: context.storageUri, globalStorageUri: context.globalStorageUri };
    this.reviews = track(new ReviewController(this.service, storage, this.log));
    this.actorsView = track(new ActorsView(this.viewState, (analysis) => this.reviews.marksFor(analysis)));
    this.claimsView = track(new ClaimsView(this.viewState, (analysis) => this.reviews.marksFor(analysis)));
    this.reviewStatusBar = track(new ReviewStatusBar(this.active, this.service, this.reviews));
    const targets = new TargetResolver(this.service, (node) => this.sourceOf(node));
    this.reviewCommands = new ReviewCommands(this.service, this.reviews, targets);
    this.language = track(new SourceDocumentLanguage(this.settings, this.log));
    this.corrections = new Corrections(this.service, () => this.active.editor);
    this.samples = track(new SampleDocuments(context.extensionUri));
    this.workspaceSwitch = track(new WorkspaceSwitch(this.settings));
    const manifest: unknown = context.extension.packageJSON;
    this.version = typeof manifest === 'object' && manifest !== null && 'version' in manifest ? String(manifest.version) : 'unknown';
    this.workspaceIndex = track(
      new WorkspaceIndex({
        worker: this.worker,
        settings: this.settings,
        storageUri: context.storageUri,
        workspaceState: context.workspaceState,
        log: this.log,
        engineVersion: this.version,
        reviewFileOf: (document) => reviewFileFor(document, storage)?.file,
      }),
    );
    this.sourcesViews = track(new SourcesViews(() => this.workspaceIndex.report(), this.workspaceIndex.onDidChange));
    track(new IndexStatusItem(this.workspaceIndex));
    // The workspace index when it is on; the open documents' corpus while it is off or empty.
    const index = this.workspaceIndex;
    const indexCorpus = { report: () => index.report(), onDidChange: index.onDidChange, locate: (name: string) => index.uriOf(name) };
    const corpus = track(new FirstCorpus([indexCorpus, track(new OpenDocumentsCorpus(this.service))]));
    this.dashboard = track(new DashboardPanel(corpus, this.log));

    track(this.active.onDidChange(() => this.showFollowed()));
    // A verdict or a view filter leaves the analysis as it was: the views are rebuilt to show it.
    const rebuildViews = (): void => {
      this.actorsView.provider.rebuild(this.shown.analysis);
      this.claimsView.provider.rebuild(this.shown.analysis);
    };
    track(this.reviews.onDidChange(rebuildViews));
    track(this.viewState.onDidChange(rebuildViews));
    track(
      this.settings.onDidChange(() => {
        this.viewState.lowConfidenceThreshold = this.settings.current.lowConfidenceThreshold;
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
    this.workspaceIndex.start();
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
      this.service.onDidAnalyze(
        ({ document, analysis }) => {
          listener.call(thisArgs, { uri: document.uri, version: document.version, analysis });
        },
        undefined,
        disposables,
      ),
    actorsTreeItems: () => this.actorsView.provider.snapshot(),
    claimsTreeItems: () => this.claimsView.provider.snapshot(),
    followedDocument: () => this.active.document?.uri,
    paintedRanges: (editor) => ({ ...this.painter.paintedCounts(editor), lowConfidence: this.lowConfidence.markedCount(editor) }),
    onDidPaint: (listener, thisArgs, disposables) =>
      this.painter.onDidPaint(
        ({ editor, paintedFrom }) => {
          listener.call(thisArgs, { uri: editor.document.uri, version: editor.document.version, paintedFrom });
        },
        undefined,
        disposables,
      ),
    statusBar: () => this.statusBar.snapshot,
    reviewStatusBar: () => this.reviewStatusBar.snapshot,
    reviewOf: (uri) => this.reviews.store.reviewOf(uri),
    reviewedEntries: (uri) => {
      const document = this.openDocument(uri);
      const analysis = document && this.service.analysisFor(document);
      const reviewed = analysis && this.reviews.reviewedFor(analysis);
      return reviewed?.entries.map(({ entry, match, orphan }) => ({
        id: entry.id,
        kind: entry.kind,
        ...(match ? { start: match.start, end: match.end } : {}),
        ...(orphan ? { orphan } : {}),
      }));
    },
    reviewProblem: (uri) => this.reviews.problemOf(uri),
    dashboard: () => this.dashboard.snapshot,
    postToDashboard: (message) => this.dashboard.handleMessage(message),
    resourceCounts: () => ({
      disposables: this.disposables.length + this.providerRegistrations.length,
      timers: this.service.pendingTimers + this.painter.pendingTimers + this.lowConfidence.pendingTimers + this.dashboard.pendingTimers,
      workers: this.worker.liveWorkers,
      decorationTypes: this.painter.liveDecorationTypes + this.lowConfidence.liveDecorationTypes,
    }),
    workspaceIndex: () => ({
      report: () => this.workspaceIndex.report(),
      stats: () => this.workspaceIndex.stats(),
      whenIdle: () => this.workspaceIndex.whenIdle(),
      treeItems: () => this.sourcesViews.snapshot(),
      otherSayings: (uri, line) => this.workspaceIndex.otherSayings(uri, line),
      uriOf: (document) => this.workspaceIndex.uriOf(document),
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
    // An empty message is no message: the view shows its tree (or its welcome content) again.
    const message = analysing ? 'Analysing this document…' : '';
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

  /** Language providers for the configured languages; registered again when that list changes. */
  private registerProviders(): void {
    for (const registration of this.providerRegistrations) registration.dispose();
    const selector: vscode.DocumentSelector = this.settings.current.languages.map((language) => ({ language }));
    this.providerRegistrations = [
      vscode.languages.registerHoverProvider(
        selector,
        new SourceHoverProvider(
          this.service,
          (analysis) => this.reviews.hoverMarks(analysis),
          (uri, line) => this.workspaceIndex.otherSayings(uri, line),
          () => this.settings.current.lowConfidenceThreshold,
        ),
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
    const handlers = commandHandlers({
      service: this.service,
      settings: this.settings,
      log: this.log,
      viewState: this.viewState,
      language: this.language,
      corrections: this.corrections,
      sourceOf: (node) => this.sourceOf(node),
      samples: this.samples,
      workspaceSwitch: this.workspaceSwitch,
      shownEditor: () => this.active.editor,
      shownDocument: () => this.active.document,
      reviews: this.reviews,
      reviewCommands: this.reviewCommands,
      workspaceIndex: this.workspaceIndex,
      sourcesViews: this.sourcesViews,
      openDashboard: () => this.dashboard.open(),
    });
    for (const registration of registerCommands(handlers, this.log)) this.disposables.push(registration);
  }
}
