// One Analysis per open document and version: debounced re-analysis in the worker, stale results dropped, skips and failures reported once.
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/types';
import { AnalysisIndex, packIndex } from '../derived/analysisIndex';
import { highlightRanges, type HighlightRanges } from '../derived/decorationsModel';
import { EditHistory, type Span } from './editMapping';
import { Pacer } from '../worker/turnPacer';
import { previewWindow } from './previewWindow';
import { SAMPLE_SCHEME } from './sample';
import { BINARY_PROBE_CHARS, debounceForLength, gateDocument, skipMessage, type DocumentState, type SkipReason } from './documentState';
import type { SettingsStore } from '../settings/settingsStore';
import { ownText, uiText } from '../presentation/uiText';
import type { PreparedViews } from '../worker/protocol';
import {
  type AnalysisWorkerClient,
  type EarlyHighlights,
  TextChangedError,
  type TextSource,
  WorkerRestartedError,
  WorkerStoppedError,
} from '../worker/workerClient';

/** Documents that are editor internals, never sources: output channels, debug consoles, comment boxes. */
const EXPORT_FILE = /\.sourcelens\.(?:json|jsonl|csv|md)$/i;
const IGNORED_SCHEMES = new Set([
  'output',
  'debug',
  'comment',
  'vscode-scm',
  'vscode-chat-code-block',
  'walkThroughSnippet',
  'vscode-terminal',
]);

/**
 * From this length a document's first analysis takes long enough (a few hundred ms, seconds for a book) that the
 * lines in view are analysed on their own first and painted at once.
 */
const PREVIEW_MIN_CHARS = 512 * 1024;

/** How much of a document's name and of an error message a notification shows. */
const FILE_NAME_MAX = 200;
const MESSAGE_MAX = 300;

/** How many times a job lost to a restart of the worker (caused by another document) is asked again. */
const MAX_RETRIES = 2;

export interface AnalyzedEvent {
  document: vscode.TextDocument;
  analysis: Analysis;
}

type Settled = Exclude<DocumentState, { kind: 'pending' }>;

/** Turns the engine's analysis of a document's text into the one shown (the reader's review applied), or returns it. */
export type AnalysisCorrector = (document: vscode.TextDocument, analysis: Analysis) => Analysis;

interface TrackedDocument {
  /** The latest result and the settings generation it was computed under. */
  settled?: Settled & { generation: number } | undefined;
  /**
   * Edits made since the analysis before the latest one: the views map the spans of the analysis they show (which may
   * be either, for a moment) through them until the next one arrives.
   */
  edits: EditHistory;
  /** The version of the latest analysis, whose predecessor's spans stop being mapped when the next arrives. */
  analyzedVersion?: number;
  timer?: NodeJS.Timeout | undefined;
  /** Ranges that came ahead of the analysis in flight: a preview window's, then the whole text's. */
  provisional?: { version: number; generation: number; ranges: HighlightRanges; complete: boolean } | undefined;
  /** The text version and settings generation of the run in flight, if one is. */
  inFlight?: { version: number; generation: number } | undefined;
  /** A run was requested while one was in flight: run again when it ends. */
  rerun: boolean;
  retries: number;
  analyzeAnyway: boolean;
  /** The skip reason or error already written to the log, so repeats are not. */
  loggedProblem?: string | undefined;
  errorShown: boolean;
}

export class AnalysisService implements vscode.Disposable {
  private readonly tracked = new Map<string, TrackedDocument>();
  /** What was last logged per URI, kept across a close so a language switch (close and reopen) does not log it twice. */
  private readonly loggedProblems = new Map<string, string>();
  private readonly stateChanged = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly analyzed = new vscode.EventEmitter<AnalyzedEvent>();
  private readonly rangesProvided = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when a document's state changes: pending, analysed, skipped or failed. */
  readonly onDidChangeState = this.stateChanged.event;
  readonly onDidAnalyze = this.analyzed.event;
  /** Fires when highlight ranges of the current text arrive ahead of its analysis (see `provisionalRangesFor`). */
  readonly onDidProvideRanges = this.rangesProvided.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** The worker's prepared views of each analysis, and the index wrapping them once asked for. */
  private readonly preparedViews = new WeakMap<Analysis, PreparedViews>();
  private readonly indexes = new WeakMap<Analysis, AnalysisIndex>();
  /** The document version each analysis is of, to map its spans through later edits. */
  private readonly analysisVersions = new WeakMap<Analysis, number>();
  /** The engine's analysis behind each corrected one, so a changed review is applied to the engine's answer again. */
  private readonly engineAnalyses = new WeakMap<Analysis, Analysis>();
  private corrector: AnalysisCorrector | undefined;
  /** Bumped when settings that change the engine's answers change: older results are no longer current. */
  private generation = 0;
  private disposed = false;

  constructor(
    private readonly engine: AnalysisWorkerClient,
    private readonly settings: SettingsStore,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.stateChanged,
      this.analyzed,
      this.rangesProvided,
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0 || !this.appliesTo(event.document)) return;
        this.recordEdits(event);
        this.stateChanged.fire(event.document);
        if (this.isVisible(event.document)) this.ensure(event.document, debounceFor(event.document, this.settings.current.debounceMs));
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)),
      vscode.workspace.onDidOpenTextDocument((document) => {
        // A language switch closes and reopens the document under the same URI, already visible; to a language
        // Source Lens does not handle, it ends the document's analysis.
        if (!this.appliesTo(document)) this.forget(document);
        else if (this.isVisible(document)) this.ensure(document, 0);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) if (this.appliesTo(editor.document)) this.ensure(editor.document, 0);
      }),
      this.settings.onDidChange((change) => {
        if (change.analyzerOptions || change.limits) this.generation += 1;
        if (change.languages) this.dropInapplicable();
        if (change.analyzerOptions || change.limits || change.languages) this.refreshVisible();
      }),
    );
  }

  /**
   * Whether Source Lens handles this document at all: its language is listed, it is not an editor internal, and
   * neither `sourcelens.enabled` nor `sourcelens.exclude` keeps Source Lens away from it. Every decision to analyse,
   * paint, list or hover a document comes through here.
   */
  appliesTo(document: vscode.TextDocument): boolean {
    // Source Lens's own exports (`*.sourcelens.json|csv|md`) are reports about a document, not sources.
    if (EXPORT_FILE.test(document.uri.path)) return false;
    if (IGNORED_SCHEMES.has(document.uri.scheme) || !this.settings.current.languages.includes(document.languageId)) return false;
    // The shipped sample is no workspace's document: opened on purpose, it is analysed even where Source Lens is disabled.
    return document.uri.scheme === SAMPLE_SCHEME || !this.settings.excludes(document);
  }

  /** Starts analysing the visible documents (called once the rest of the extension listens). */
  start(): void {
    // Activation comes with the first text document, often before VS Code has handed its text over: the worker
    // gets ready meanwhile.
    this.engine.warmUp();
    this.refreshVisible();
  }

  /** The analysis of the document's current text, or undefined while it is pending, skipped or failed. */
  analysisFor(document: vscode.TextDocument): Analysis | undefined {
    const state = this.stateOf(document);
    return state?.kind === 'analyzed' ? state.analysis : undefined;
  }

  /** The last analysis of the document even if it was edited since (views keep showing it until the next one). */
  latestAnalysis(document: vscode.TextDocument): Analysis | undefined {
    const settled = this.tracked.get(key(document))?.settled;
    return settled?.kind === 'analyzed' ? settled.analysis : undefined;
  }

  /**
   * Where a span of one of the document's analyses lies in its current text: moved through the edits made since that
   * analysis, so the views reveal and cite the right text before the next one arrives. Undefined when an edit removed
   * the span, or the analysis is older than the one before the latest.
   */
  currentSpan(document: vscode.TextDocument, analysis: Analysis, span: Span): Span | undefined {
    const entry = this.tracked.get(key(document));
    const version = this.analysisVersions.get(analysis);
    if (!entry || version === undefined) return undefined;
    return version === document.version ? span : entry.edits.map(span, version);
  }

  /** Undefined for documents Source Lens does not handle. */
  stateOf(document: vscode.TextDocument): DocumentState | undefined {
    if (!this.appliesTo(document)) return undefined;
    const settled = this.tracked.get(key(document))?.settled;
    if (!settled || settled.version !== document.version || settled.generation !== this.generation) {
      return { kind: 'pending', version: document.version };
    }
    return settled;
  }

  indexFor(analysis: Analysis): AnalysisIndex {
    let index = this.indexes.get(analysis);
    if (!index) {
      index = new AnalysisIndex(analysis, this.preparedViews.get(analysis)?.index);
      this.indexes.set(analysis, index);
    }
    return index;
  }

  /**
   * Highlight ranges of the document's current text that arrived before its analysis: those of a window around
   * the visible lines (`complete` false) or of the whole text. Undefined once the analysis has arrived.
   */
  provisionalRangesFor(document: vscode.TextDocument): { ranges: HighlightRanges; complete: boolean } | undefined {
    const provisional = this.tracked.get(key(document))?.provisional;
    if (!provisional || provisional.version !== document.version || provisional.generation !== this.generation) return undefined;
    return this.analysisFor(document) ? undefined : provisional;
  }

  /** Undefined only for an analysis that did not come from this service. */
  rangesFor(analysis: Analysis): HighlightRanges | undefined {
    return this.preparedViews.get(analysis)?.ranges;
  }

  /**
   * The document's state once its current version is analysed, skipped or failed (starting the analysis
   * if nothing has); undefined for documents Source Lens does not handle or when `token` is cancelled.
   */
  async whenSettled(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<DocumentState | undefined> {
    const state = this.stateOf(document);
    if (!state || state.kind !== 'pending') return state;
    this.ensure(document, 0);
    return new Promise<DocumentState | undefined>((resolve) => {
      const listeners: vscode.Disposable[] = [];
      const finish = (result: DocumentState | undefined): void => {
        for (const listener of listeners) listener.dispose();
        resolve(result);
      };
      listeners.push(
        this.onDidChangeState((changed) => {
          if (!sameDocument(changed, document)) return;
          const now = this.stateOf(document);
          if (!now || now.kind !== 'pending') finish(now);
          else if (!this.isScheduled(document)) this.ensure(document, 0);
        }),
        vscode.workspace.onDidCloseTextDocument((closed) => {
          // A language switch closes and reopens the same URI: only a real close ends the wait.
          if (sameDocument(closed, document) && !liveDocument(document)) finish(undefined);
        }),
      );
      if (token) listeners.push(token.onCancellationRequested(() => finish(undefined)));
    });
  }

  /** Sets what corrects each analysis before it is shown (the review); see {@link reapply}. */
  setCorrector(corrector: AnalysisCorrector | undefined): void {
    this.corrector = corrector;
  }

  /**
   * Applies the corrector again to the document's analysis, after the review changed: at once when the analysis is of
   * the current text, else by analysing the current text.
   */
  reapply(document: vscode.TextDocument): void {
    const entry = this.tracked.get(key(document));
    const settled = entry?.settled;
    if (!entry || settled?.kind !== 'analyzed') return;
    if (settled.version !== document.version) {
      this.ensure(document, 0);
      return;
    }
    const analysis = this.correct(document, this.engineAnalyses.get(settled.analysis) ?? settled.analysis);
    // The same analysis (no correction before or after): nothing to repaint or rebuild, and no analysis to announce.
    if (analysis === settled.analysis) return;
    entry.settled = { ...settled, analysis };
    this.analysisVersions.set(analysis, settled.version);
    this.stateChanged.fire(document);
    this.analyzed.fire({ document, analysis });
  }

  /** The analysis shown for the engine's: corrected, with its highlights and index made here for the corrected one. */
  private correct(document: vscode.TextDocument, engine: Analysis): Analysis {
    const shown = this.corrector ? this.corrector(document, engine) : engine;
    if (shown !== engine) {
      this.engineAnalyses.set(shown, engine);
      this.preparedViews.set(shown, { ranges: highlightRanges(shown), index: packIndex(shown) });
    }
    return shown;
  }

  /** Analyses again now, even if the document has not changed. */
  refresh(document: vscode.TextDocument): void {
    this.ensure(document, 0, true);
  }

  /** Analyses a document that was skipped for its size or content. */
  analyzeAnyway(document: vscode.TextDocument): void {
    this.entry(document).analyzeAnyway = true;
    this.ensure(document, 0, true);
  }

  /** Debounce timers waiting to run, for the extension's resource count. */
  get pendingTimers(): number {
    let count = 0;
    for (const entry of this.tracked.values()) if (entry.timer) count += 1;
    return count;
  }

  dispose(): void {
    this.disposed = true;
    for (const entry of this.tracked.values()) clearTimeout(entry.timer);
    for (const entry of this.tracked.values()) entry.timer = undefined;
    this.tracked.clear();
    for (const disposable of this.disposables) disposable.dispose();
    this.disposables.length = 0;
  }

  private ensure(given: vscode.TextDocument, delayMs: number, force = false): void {
    const document = liveDocument(given);
    if (this.disposed || !document || !this.appliesTo(document)) return;
    const entry = this.entry(document);
    if (!force && this.stateOf(document)?.kind !== 'pending') return;
    if (entry.inFlight) {
      // The run in flight answers this text already unless the text or the settings changed since it started.
      if (force || entry.inFlight.version !== document.version || entry.inFlight.generation !== this.generation) entry.rerun = true;
      return;
    }
    if (force) entry.settled = undefined;
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      const current = liveDocument(document);
      if (current) void this.run(current, entry);
    }, delayMs);
  }

  private isScheduled(document: vscode.TextDocument): boolean {
    const entry = this.tracked.get(key(document));
    return entry !== undefined && (entry.timer !== undefined || entry.inFlight !== undefined);
  }

  private async run(document: vscode.TextDocument, entry: TrackedDocument): Promise<void> {
    if (this.disposed || document.isClosed || this.tracked.get(key(document)) !== entry) return;
    const version = document.version;
    const generation = this.generation;
    const started = performance.now();
    // Read piece by piece: building a 10 MB document's text at once would hold the extension host for 100 ms.
    const text = documentText(document);
    const settings = this.settings.forDocument(document.uri);
    const name = documentName(document);
    const gate = gateDocument(
      text.length,
      text.slice(0, Math.min(text.length, BINARY_PROBE_CHARS)),
      settings.maxFileSizeChars,
      entry.analyzeAnyway,
    );
    if (!gate.analyze) {
      this.skip(document, entry, { reason: gate.reason, characters: text.length, limit: settings.maxFileSizeChars, version, generation });
      return;
    }
    entry.inFlight = { version, generation };
    // Undefined when the job was lost to a worker restart and is asked again.
    let outcome: Settled | undefined;
    try {
      // Reading the settings and measuring a large document took most of this turn: its sending starts at another.
      await new Pacer().pace();
      if (this.disposed) return;
      const options = {
        document: name,
        ...(settings.documentDate ? { documentDate: settings.documentDate } : {}),
        knownActors: settings.knownActors,
        ignoreNames: settings.ignoreNames,
      };
      const early = this.earlyHighlights(document, entry, { text, version, generation, started });
      const { analysis, prepared } = await this.engine.analyze(key(document), text, options, settings.optionsKey, early);
      this.preparedViews.set(analysis, prepared);
      outcome = { kind: 'analyzed', version, analysis };
      entry.retries = 0;
    } catch (error) {
      if (error instanceof WorkerStoppedError) return;
      if (error instanceof TextChangedError) {
        // Edited while being sent: the edit asked for a run of its own version, which follows below.
      } else if (error instanceof WorkerRestartedError && entry.retries < MAX_RETRIES) {
        entry.retries += 1;
        entry.rerun = true;
      } else {
        outcome = { kind: 'failed', version, message: error instanceof Error ? error.message : String(error) };
        this.reportFailure(document, entry, error);
      }
    } finally {
      entry.inFlight = undefined;
    }
    // The document as it is open now; closed meanwhile, there is none or a reopened one with an entry of its own.
    const current = liveDocument(document);
    if (this.disposed || !current || this.tracked.get(key(current)) !== entry) return;
    // Never paint a result on a newer text, or one computed under settings that have changed since.
    if (outcome && current.version === version && this.generation === generation) {
      if (outcome.kind === 'analyzed') outcome = { ...outcome, analysis: this.correct(current, outcome.analysis) };
      if (outcome.kind === 'analyzed') this.logAnalysis(current, entry, outcome.analysis);
      entry.settled = { ...outcome, generation };
      if (outcome.kind === 'analyzed') {
        this.analysisVersions.set(outcome.analysis, version);
        entry.edits.forgetBefore(entry.analyzedVersion ?? version);
        entry.analyzedVersion = version;
      }
      entry.provisional = undefined;
      this.stateChanged.fire(current);
      if (outcome.kind === 'analyzed') this.analyzed.fire({ document: current, analysis: outcome.analysis });
    } else if (outcome) {
      this.log.trace(`Dropped a result for ${name} version ${version}: the document or its settings changed meanwhile.`);
    }
    // A newer text waiting for its debounce timer keeps waiting; only a request made while busy runs at once.
    if (entry.rerun || (!entry.timer && this.isVisible(current) && this.stateOf(current)?.kind === 'pending')) {
      entry.rerun = false;
      this.ensure(current, 0);
    }
  }

  /**
   * Asks the worker for highlights ahead of the analysis: always the whole text's ranges, and for a large document
   * with nothing painted yet the lines in view, analysed on their own first.
   */
  private earlyHighlights(
    document: vscode.TextDocument,
    entry: TrackedDocument,
    run: { text: TextSource; version: number; generation: number; started: number },
  ): EarlyHighlights {
    const { text, version, generation } = run;
    const preview =
      entry.settled?.kind !== 'analyzed' && text.length >= PREVIEW_MIN_CHARS
        ? previewWindow(document, text, vscode.window.visibleTextEditors)
        : undefined;
    return {
      ...(preview ? { preview } : {}),
      onRanges: (ranges, complete) => {
        const current = liveDocument(document);
        if (
          this.disposed ||
          !current ||
          this.tracked.get(key(current)) !== entry ||
          current.version !== version ||
          this.generation !== generation
        ) {
          return;
        }
        entry.provisional = { version, generation, ranges, complete };
        if (!complete) {
          const milliseconds = Math.round(performance.now() - run.started);
          this.log.info(
            `Previewed ${documentName(current)} v${version}: the lines in view analysed in ${milliseconds} ms; the whole document follows.`,
          );
        }
        this.rangesProvided.fire(current);
      },
    };
  }

  private skip(
    document: vscode.TextDocument,
    entry: TrackedDocument,
    skipped: { reason: SkipReason; characters: number; limit: number; version: number; generation: number },
  ): void {
    const state: Settled & { generation: number } = { kind: 'skipped', ...skipped };
    const problem = `skip:${skipped.reason}`;
    if (entry.loggedProblem !== problem) {
      entry.loggedProblem = problem;
      this.log.warn(skipMessage(skipped, uiText(documentName(document), FILE_NAME_MAX)));
    }
    entry.settled = state;
    this.stateChanged.fire(document);
  }

  private logAnalysis(document: vscode.TextDocument, entry: TrackedDocument, analysis: Analysis): void {
    entry.loggedProblem = undefined;
    const { stats } = analysis;
    const found = `${analysis.actors.length} actors, ${analysis.claims.length} claims`;
    const read = `${stats.characters} characters in ${Math.round(stats.elapsedMs)} ms`;
    this.log.info(`Analysed ${documentName(document)} v${document.version}: ${found}, ${read}.`);
    for (const warning of analysis.warnings) this.log.warn(`${documentName(document)}: ${warning}`);
  }

  /** Logs a failure once per distinct message and shows it once per document per session. */
  private reportFailure(document: vscode.TextDocument, entry: TrackedDocument, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    const problem = `error:${message}`;
    if (entry.loggedProblem !== problem) {
      entry.loggedProblem = problem;
      this.log.error(`Could not analyse ${documentName(document)}: ${error instanceof Error && error.stack ? error.stack : message}`);
    }
    if (entry.errorShown) return;
    entry.errorShown = true;
    // The name (a file can be called `[Details](command:….txt`) and the message are shown as the characters they are.
    void vscode.window
      .showErrorMessage(
        ownText(`Source Lens could not analyse ${uiText(documentName(document), FILE_NAME_MAX)}: ${uiText(message, MESSAGE_MAX)}`),
        'Show Log',
      )
      .then((choice) => choice === 'Show Log' && this.log.show(true));
  }

  /** Keeps the edits of a change, in the order the editor applied them, under the version they made. */
  private recordEdits(event: vscode.TextDocumentChangeEvent): void {
    const entry = this.tracked.get(key(event.document));
    if (!entry) return;
    const edits = event.contentChanges.map((change) => ({
      start: change.rangeOffset,
      removed: change.rangeLength,
      inserted: change.text.length,
    }));
    entry.edits.add(event.document.version, edits);
  }

  private entry(document: vscode.TextDocument): TrackedDocument {
    let entry = this.tracked.get(key(document));
    if (!entry) {
      const loggedProblem = this.loggedProblems.get(key(document));
      entry = {
        edits: new EditHistory(document.version),
        rerun: false,
        retries: 0,
        analyzeAnyway: false,
        errorShown: false,
        ...(loggedProblem ? { loggedProblem } : {}),
      };
      this.tracked.set(key(document), entry);
    }
    return entry;
  }

  private closed(document: vscode.TextDocument): void {
    // VS Code reports a language switch as a close and an open of the same document object, which stays open: the
    // open that follows decides, and the analysis (and the one in flight) still hold.
    if (!document.isClosed) return;
    this.forget(document);
  }

  private forget(document: vscode.TextDocument): void {
    const entry = this.tracked.get(key(document));
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.timer = undefined;
    if (entry.loggedProblem) this.loggedProblems.set(key(document), entry.loggedProblem);
    else this.loggedProblems.delete(key(document));
    this.tracked.delete(key(document));
    this.engine.forget(key(document));
    this.stateChanged.fire(document);
  }

  private dropInapplicable(): void {
    for (const document of vscode.workspace.textDocuments) if (!this.appliesTo(document)) this.forget(document);
  }

  private refreshVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) if (this.appliesTo(editor.document)) this.ensure(editor.document, 0);
  }

  private isVisible(document: vscode.TextDocument): boolean {
    return vscode.window.visibleTextEditors.some((editor) => sameDocument(editor.document, document));
  }
}

/** The configured debounce, lengthened for large documents (see `debounceForLength`). */
function debounceFor(document: vscode.TextDocument, configuredMs: number): number {
  // The end's offset is the text's length, found without building the text.
  return debounceForLength(endOffset(document), configuredMs);
}

function key(document: vscode.TextDocument): string {
  return document.uri.toString();
}

/**
 * Documents are compared by URI: a language switch closes a document and opens a new object for the same
 * URI, and editors or events may still hold the old one for a moment.
 */
export function sameDocument(a: vscode.TextDocument, b: vscode.TextDocument): boolean {
  return a === b || a.uri.toString() === b.uri.toString();
}

/** The open document object for the URI of `document` (itself unless it was closed and reopened), if any. */
export function liveDocument(document: vscode.TextDocument): vscode.TextDocument | undefined {
  if (!document.isClosed) return document;
  const uri = document.uri.toString();
  return vscode.workspace.textDocuments.find((candidate) => !candidate.isClosed && candidate.uri.toString() === uri);
}

/** The document's current text as a source the worker client reads piece by piece, valid while its version holds. */
function documentText(document: vscode.TextDocument): TextSource {
  const version = document.version;
  return {
    length: endOffset(document),
    slice: (start, end) => document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end))),
    isCurrent: () => !document.isClosed && document.version === version,
  };
}

function endOffset(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/** The name a document goes by in the log, exports and citations: its workspace-relative path, or its title. */
export function documentName(document: vscode.TextDocument): string {
  return document.isUntitled ? document.uri.path : vscode.workspace.asRelativePath(document.uri, false);
}
