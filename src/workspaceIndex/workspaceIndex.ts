// The workspace index: every plain-text and Markdown document of the workspace summarised in the background by the
// analysis worker (after the open editors' jobs), kept current through a file watcher and the editors' edits, and
// cached in the workspace storage by content hash, so reopening the workspace analyses nothing that did not change.
import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../analysis/types';
import type { CorpusReport, NamedOccurrence } from '../corpus/report';
import type { DocumentSummary } from '../corpus/summary';
import { parseReview, type Review } from '../review';
import { ContextKey } from '../commands/ids';
import type { SettingsStore } from '../settings/settingsStore';
import { WorkerRestartedError, WorkerStoppedError, type TextSource } from '../worker/workerClient';
import { asciiJson, CACHE_FILE_NAME, holdsSame, readCache, serialiseCache } from './cacheFile';
import { cacheKey, contentHash } from './cacheKey';
import { sameStamps, type FileStamp } from './fileStamp';
import { parseSnapshot, SNAPSHOT_FILE_NAME } from './modelSnapshot';
import { IndexModel, planUpdate, type IndexCorrections, type ScannedDocument } from './indexModel';
import { folderExcludes, findIndexable, hasIndexedExtension, isIndexable, readForScan, type FolderExcludes, type ScanRead } from './scan';

/** What the index needs of the analysis worker. */
export interface SummaryWorker {
  /** Open documents' jobs not answered yet: index jobs wait for them. */
  readonly editorJobs: number;
  summarise(name: string, text: TextSource, options: AnalyzeOptions, review?: Review): Promise<DocumentSummary>;
}

/**
 * `off`: switched off by its setting or with no folder open; `waiting`: the workspace is larger than
 * `sourcelens.index.maxFiles` and the user has not asked for it; `indexing`; `ready`.
 */
export type IndexState = 'off' | 'waiting' | 'indexing' | 'ready';

export interface IndexStats {
  state: IndexState;
  documents: number;
  /** Documents found by the last full scan (what `waiting` counts against the limit). */
  found: number;
  /** Since the index was built: summaries analysed by the worker, and taken from the cache. */
  analysed: number;
  fromCache: number;
}

/** An occurrence of a quotation in another document, with that document's URI. */
export type OtherSaying = NamedOccurrence & { uri: vscode.Uri };

export interface WorkspaceIndexOptions {
  worker: SummaryWorker;
  settings: SettingsStore;
  /** Where the cache lives; without it (no folder open) nothing is cached. */
  storageUri: vscode.Uri | undefined;
  workspaceState: vscode.Memento;
  log: vscode.LogOutputChannel;
  /** The extension's version: a newer engine does not reuse an older one's summaries. */
  engineVersion: string;
  /** Where a document's review file is (its attribution corrections apply to the index too). */
  reviewFileOf?: (document: vscode.Uri) => vscode.Uri | undefined;
}

/** A document's review as the index reads it: the hash of its file's text ('' without one) goes in the cache key. */
interface ReviewRead {
  review?: Review;
  hash: string;
}

/** The workspace state key that records the user's go-ahead for a workspace over the size limit. */
const ALLOWED_KEY = 'sourcelens.index.allowed';
/** Quiet time after file events or edits before the changed documents are summarised again. */
const CHANGE_DEBOUNCE_MS = 500;
const EDIT_DEBOUNCE_MS = 1500;
/** Listeners hear of progress at most this often while a scan runs. */
const NOTIFY_MS = 1000;
/** More changed files than this at once (a checkout) are taken by a full scan rather than one search each. */
const MAX_SINGLE_CHECKS = 50;
/** VS Code's settings that change which files a scan finds. */
const SCAN_SETTINGS = ['files.exclude', 'search.exclude', 'search.useIgnoreFiles'];
/** Documents whose files a scan looks at together (a bounded number, as changed ones are read whole). */
const SCAN_BATCH = 32;
/** How long an index job waits before looking again whether the open editors' jobs are done. */
const YIELD_MS = 150;

export class WorkspaceIndex implements vscode.Disposable {
  private readonly model = new IndexModel();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the report or the state changed (at most once a second while a scan runs). */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private cache: Map<string, DocumentSummary> | undefined;
  /** What the cache file holds, when known: as read from it whole, or as last written. */
  private written: { summaries: Map<string, DocumentSummary>; stamps: Map<string, FileStamp> } | undefined;
  /** Each document file's stamp when last hashed, by URI: a file still so is not read again (see fileStamp.ts). */
  private stamps = new Map<string, FileStamp>();
  private stateValue: IndexState = 'off';
  private found = 0;
  private counts = { analysed: 0, fromCache: 0 };
  private fullScanWanted = false;
  private readonly dirty = new Set<string>();
  /** Review files read, by URI, with the document each belongs to: a change to one updates that document. */
  private readonly reviewFiles = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;
  private notifyTimer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private cancellation: vscode.CancellationTokenSource | undefined;
  private disposed = false;
  private notifiedWaiting = false;

  constructor(private readonly options: WorkspaceIndexOptions) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate((uri) => this.fileChanged(uri)),
      watcher.onDidChange((uri) => this.fileChanged(uri)),
      watcher.onDidDelete((uri) => this.fileDeleted(uri)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        const indexed = this.model.get(event.document.uri.toString()) !== undefined;
        if (event.contentChanges.length > 0 && indexed) this.markDirty(event.document.uri, EDIT_DEBOUNCE_MS);
      }),
      // Closed without saving: the index goes back to the file's text.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.model.get(document.uri.toString())) this.markDirty(document.uri, CHANGE_DEBOUNCE_MS);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.requestFullScan()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (SCAN_SETTINGS.some((key) => event.affectsConfiguration(key))) this.requestFullScan();
      }),
      options.settings.onDidChange((change) => {
        if (change.index || change.languages || change.analyzerOptions || change.limits) this.requestFullScan();
      }),
    );
  }

  /** Starts the first scan (after activation, so it never delays it). */
  start(): void {
    this.requestFullScan();
  }

  get state(): IndexState {
    return this.stateValue;
  }

  stats(): IndexStats {
    return { state: this.stateValue, documents: this.model.size, found: this.found, ...this.counts };
  }

  /** The cross-document report of the indexed documents; undefined while the index is off or empty. */
  report(): CorpusReport | undefined {
    return this.stateValue === 'off' ? undefined : this.model.report(this.corrections());
  }

  /** The URI of an indexed document, by its name in the report. */
  uriOf(document: string): vscode.Uri | undefined {
    const uri = this.model.uriOf(document);
    return uri === undefined ? undefined : vscode.Uri.parse(uri);
  }

  /** The other documents that carry the quotation a claim at 1-based `line` of this document carries. */
  otherSayings(uri: vscode.Uri, line: number): OtherSaying[] {
    const entry = this.model.get(uri.toString());
    if (!entry || this.stateValue === 'off') return [];
    return this.model.otherSayings(entry.name, line, this.corrections()).flatMap((occurrence) => {
      const other = this.uriOf(occurrence.document);
      return other ? [{ ...occurrence, uri: other }] : [];
    });
  }

  /** The user's go-ahead for a workspace over the size limit (and a restart of a stopped scan). */
  async indexWorkspace(): Promise<void> {
    await this.options.workspaceState.update(ALLOWED_KEY, true);
    const settings = this.options.settings.current.index;
    if (!settings.enabled) {
      await vscode.workspace.getConfiguration('sourcelens').update('index.enabled', true, vscode.ConfigurationTarget.Workspace);
    }
    this.requestFullScan();
  }

  /** Stops the running scan; what was indexed so far stays, and the next change or Index Workspace goes on. */
  stop(): void {
    this.cancellation?.cancel();
  }

  /** Drops what is held in memory and builds the index again from the cache in the workspace storage. */
  async rebuild(): Promise<void> {
    this.stop();
    await this.running;
    this.model.clear();
    this.cache = undefined;
    this.written = undefined;
    this.counts = { analysed: 0, fromCache: 0 };
    this.requestFullScan();
  }

  /** Resolves once no scan runs and none is due (for tests and scripts). */
  async whenIdle(): Promise<void> {
    while (!this.disposed && (this.running || this.timer || this.fullScanWanted || this.dirty.size > 0)) {
      if (this.running) await this.running;
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  dispose(): void {
    this.disposed = true;
    this.cancellation?.cancel();
    if (this.timer) clearTimeout(this.timer);
    if (this.notifyTimer) clearTimeout(this.notifyTimer);
    this.timer = undefined;
    this.notifyTimer = undefined;
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }

  private corrections(): IndexCorrections {
    const { knownActors, ignoreNames } = this.options.settings.current;
    return { knownActors, ignoreNames };
  }

  private requestFullScan(): void {
    this.fullScanWanted = true;
    this.schedule(0);
  }

  private fileChanged(uri: vscode.Uri): void {
    if (this.stateValue === 'off' || this.stateValue === 'waiting') return;
    if (uri.path.endsWith('/.gitignore')) {
      this.requestFullScan();
      return;
    }
    const reviewed = this.reviewFiles.get(uri.toString());
    if (reviewed !== undefined) this.markDirty(vscode.Uri.parse(reviewed), CHANGE_DEBOUNCE_MS);
    else if (hasIndexedExtension(uri, this.options.settings.current.languages)) this.markDirty(uri, CHANGE_DEBOUNCE_MS);
  }

  private fileDeleted(uri: vscode.Uri): void {
    // A .gitignore gone brings back what it excluded, which no event of those files says.
    if (uri.path.endsWith('/.gitignore') && this.stateValue !== 'off' && this.stateValue !== 'waiting') {
      this.requestFullScan();
      return;
    }
    const key = uri.toString();
    const reviewed = this.reviewFiles.get(key);
    if (reviewed !== undefined) this.markDirty(vscode.Uri.parse(reviewed), CHANGE_DEBOUNCE_MS);
    // A deleted folder is one event: everything indexed under it goes.
    const removed = (this.model.delete(key) ? 1 : 0) + this.model.deleteUnder(key);
    if (removed > 0) this.notifySoon(true);
  }

  private markDirty(uri: vscode.Uri, delay: number): void {
    this.dirty.add(uri.toString());
    this.schedule(delay);
  }

  private schedule(delay: number): void {
    if (this.disposed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.running) this.running = this.pump().finally(() => (this.running = undefined));
    }, delay);
  }

  /** Runs scans until nothing is due; one at a time, so the worker gets one index job after another. */
  private async pump(): Promise<void> {
    while (!this.disposed && (this.fullScanWanted || this.dirty.size > 0)) {
      const full = this.fullScanWanted || this.dirty.size > MAX_SINGLE_CHECKS;
      const dirty = full ? [] : [...this.dirty].map((uri) => vscode.Uri.parse(uri));
      this.fullScanWanted = false;
      this.dirty.clear();
      try {
        await this.update(full, dirty);
      } catch (error) {
        this.options.log.error(`Workspace index: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
  }

  private setState(state: IndexState): void {
    if (this.stateValue === state) return;
    this.stateValue = state;
    void vscode.commands.executeCommand('setContext', ContextKey.indexState, state);
    this.notifySoon(true);
  }

  /** Tells listeners, at once or (while a scan runs) at most once a second. */
  private notifySoon(now: boolean): void {
    if (this.disposed) return;
    if (now) {
      if (this.notifyTimer) clearTimeout(this.notifyTimer);
      this.notifyTimer = undefined;
      this.changed.fire();
      return;
    }
    // Each notice rebuilds the report for the views: on a large index that is worth doing less often.
    this.notifyTimer ??= setTimeout(() => {
      this.notifyTimer = undefined;
      if (!this.disposed) this.changed.fire();
    }, Math.max(NOTIFY_MS, this.model.lastBuildMs * 10));
  }

  private async update(full: boolean, dirty: vscode.Uri[]): Promise<void> {
    const settings = this.options.settings.current;
    if (!settings.index.enabled || !vscode.workspace.workspaceFolders?.length) {
      this.model.clear();
      this.setState('off');
      return;
    }
    const excludes = await folderExcludes(this.options.settings);
    let uris = dirty;
    if (full) {
      const search = new vscode.CancellationTokenSource();
      try {
        uris = await findIndexable(settings.languages, excludes, search.token);
      } finally {
        search.dispose();
      }
      this.found = uris.length;
      const allowed = this.options.workspaceState.get<boolean>(ALLOWED_KEY) === true;
      if (uris.length > settings.index.maxFiles && !allowed) {
        this.setState('waiting');
        this.offerIndexing(uris.length, settings.index.maxFiles);
        return;
      }
    } else {
      uris = await this.stillIndexable(dirty, settings.languages, excludes);
      if (this.fullScanWanted) return;
    }
    await this.loadCache();
    this.setState('indexing');
    const cancellation = new vscode.CancellationTokenSource();
    this.cancellation = cancellation;
    try {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Source Lens: indexing the workspace', cancellable: true },
        async (progress, token) => {
          token.onCancellationRequested(() => cancellation.cancel());
          await this.index(uris, full, cancellation.token, progress);
        },
      );
    } finally {
      cancellation.dispose();
      if (this.cancellation === cancellation) this.cancellation = undefined;
      const whole = full && !cancellation.token.isCancellationRequested;
      await this.saveCache(whole);
      if (whole) await this.saveSnapshot();
      this.setState('ready');
      this.notifySoon(true);
    }
  }

  /** Of some changed files, those still indexable; the others (deleted, now excluded) leave the index. */
  private async stillIndexable(uris: readonly vscode.Uri[], languages: readonly string[], excludes: FolderExcludes): Promise<vscode.Uri[]> {
    const kept: vscode.Uri[] = [];
    for (const uri of uris) {
      const indexable = await isIndexable(uri, languages, excludes);
      if (indexable === undefined) {
        this.fullScanWanted = true;
        return [];
      }
      if (indexable) kept.push(uri);
      else if (this.model.delete(uri.toString())) this.notifySoon(false);
    }
    return kept;
  }

  /**
   * Hashes every document (a file unchanged since it was hashed is not read again), then takes each summary from the
   * index, the cache or the worker.
   */
  private async index(
    uris: readonly vscode.Uri[],
    full: boolean,
    token: vscode.CancellationToken,
    progress: vscode.Progress<{ message?: string }>,
  ): Promise<void> {
    const maxChars = this.options.settings.current.maxFileSizeChars;
    const scanned: ScannedDocument[] = [];
    const unreadable: string[] = [];
    const missingFolders = new Set<string>();
    const now = Date.now();
    for (let start = 0; start < uris.length; start += SCAN_BATCH) {
      if (token.isCancellationRequested) return;
      const batch = uris.slice(start, start + SCAN_BATCH);
      // A batch's files are looked at together: one round trip to the file system at a time was most of a reopen's wait.
      const reads = await Promise.all(batch.map((uri) => readForScan(uri, maxChars, this.stamps.get(uri.toString()), now)));
      for (let at = 0; at < batch.length; at++) {
        const uri = batch[at];
        const hash = this.hashOf(uri, reads[at]);
        if (hash === undefined) {
          unreadable.push(uri.toString());
          continue;
        }
        scanned.push({ uri: uri.toString(), key: this.keyOf(uri, hash, (await this.readReview(uri, missingFolders)).hash) });
      }
    }
    const cache = this.cache ?? new Map<string, DocumentSummary>();
    const plan = planUpdate(this.model.keys(), scanned, (key) => cache.has(key), full);
    for (const uri of [...plan.removed, ...unreadable]) this.model.delete(uri);
    for (const document of plan.fromCache) {
      const summary = cache.get(document.key);
      if (summary) this.model.set({ uri: document.uri, name: this.nameOf(vscode.Uri.parse(document.uri)), key: document.key, summary });
      this.counts.fromCache += 1;
    }
    if (plan.fromCache.length + plan.removed.length + unreadable.length > 0) this.notifySoon(false);
    let done = 0;
    for (const document of plan.toAnalyse) {
      if (token.isCancellationRequested) return;
      progress.report({ message: `${done} of ${plan.toAnalyse.length} documents` });
      await this.analyse(vscode.Uri.parse(document.uri), maxChars, token);
      done += 1;
    }
  }

  private nameOf(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }

  private keyOf(uri: vscode.Uri, hash: string, reviewHash: string): string {
    return cacheKey(this.options.engineVersion, `${this.options.settings.forDocument(uri).optionsKey}|${reviewHash}`, hash);
  }

  /** The content hash of what a scan read, its stamp kept (or dropped, when not to be trusted); undefined if unreadable. */
  private hashOf(uri: vscode.Uri, read: ScanRead): string | undefined {
    const key = uri.toString();
    if ('skipped' in read) {
      this.stamps.delete(key);
      return undefined;
    }
    if (read.stamp) this.stamps.set(key, read.stamp);
    else this.stamps.delete(key);
    return 'text' in read ? read.hash : read.stamp.hash;
  }

  /**
   * The document's review; a missing or unreadable file is no review (the editor reports a broken one).
   * @param missingFolders folders of review files found missing during this scan: most documents have no review, and
   * asking the host for each one's file (a round trip that fails) was much of a reopen; none is asked for in them again
   */
  private async readReview(uri: vscode.Uri, missingFolders?: Set<string>): Promise<ReviewRead> {
    const file = this.options.reviewFileOf?.(uri);
    if (!file) return { hash: '' };
    this.reviewFiles.set(file.toString(), uri.toString());
    const folder = vscode.Uri.joinPath(file, '..');
    if (missingFolders?.has(folder.toString())) return { hash: '' };
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch {
      if (missingFolders && !(await exists(folder))) missingFolders.add(folder.toString());
      return { hash: '' };
    }
    const read = parseReview(text);
    return read.ok ? { review: read.review, hash: contentHash(text) } : { hash: '' };
  }

  /** Summarises one document in the worker, once the open editors' jobs are done; it is read again, as it is now. */
  private async analyse(uri: vscode.Uri, maxChars: number, token: vscode.CancellationToken): Promise<void> {
    while (this.options.worker.editorJobs > 0 && !token.isCancellationRequested) {
      await new Promise((resolve) => setTimeout(resolve, YIELD_MS));
    }
    const read = await readForScan(uri, maxChars, undefined, Date.now());
    if (token.isCancellationRequested || this.disposed) return;
    const hash = this.hashOf(uri, read);
    if (hash === undefined || !('text' in read)) {
      if (this.model.delete(uri.toString())) this.notifySoon(false);
      return;
    }
    const text = read.text;
    const settings = this.options.settings.forDocument(uri);
    const name = this.nameOf(uri);
    const { review, hash: reviewHash } = await this.readReview(uri);
    const options: AnalyzeOptions = {
      document: name,
      ...(settings.documentDate ? { documentDate: settings.documentDate } : {}),
      knownActors: settings.knownActors,
      ignoreNames: settings.ignoreNames,
    };
    const key = this.keyOf(uri, hash, reviewHash);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const summary = await this.options.worker.summarise(name, text, options, review);
        this.cache?.set(key, summary);
        this.model.set({ uri: uri.toString(), name, key, summary });
        this.counts.analysed += 1;
        this.notifySoon(false);
        return;
      } catch (error) {
        if (error instanceof WorkerStoppedError) return;
        if (error instanceof WorkerRestartedError && attempt === 0) continue;
        this.options.log.warn(`Workspace index: ${name} was not analysed: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
    }
  }

  /**
   * A file read too soon after it was written has no stamp (see fileStamp.ts); by the end of a whole scan most such
   * files are old enough to be read once more and stamped, when their text is still the one indexed, so the next
   * reopen need not read them.
   */
  private async stampSettled(): Promise<void> {
    const maxChars = this.options.settings.current.maxFileSizeChars;
    const now = Date.now();
    for (const entry of this.model.entries()) {
      if (this.stamps.has(entry.uri) || this.disposed) continue;
      const read = await readForScan(vscode.Uri.parse(entry.uri), maxChars, undefined, now);
      if ('text' in read && read.stamp && entry.key.endsWith(`/${read.hash}`)) this.stamps.set(entry.uri, read.stamp);
    }
  }

  /**
   * After a whole scan, the report is built (the views ask for it next) and its snapshot written beside the cache when
   * the stored one is not of these documents, so the next reopen where nothing changed takes it instead of merging again.
   */
  private async saveSnapshot(): Promise<void> {
    if (!this.options.storageUri || this.disposed) return;
    const snapshot = this.model.snapshotToWrite(this.corrections());
    if (!snapshot) return;
    try {
      await vscode.workspace.fs.createDirectory(this.options.storageUri);
      const file = vscode.Uri.joinPath(this.options.storageUri, SNAPSHOT_FILE_NAME);
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(asciiJson(JSON.stringify(snapshot))));
    } catch (error) {
      this.options.log.warn(`Workspace index: the model could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private offerIndexing(found: number, limit: number): void {
    if (this.notifiedWaiting) return;
    this.notifiedWaiting = true;
    const message =
      `Source Lens: this workspace has ${found} documents, more than the ${limit} it indexes without asking ` +
      '(sourcelens.index.maxFiles). Index them in the background?';
    void vscode.window.showInformationMessage(message, 'Index Workspace').then((choice) => {
      if (choice === 'Index Workspace') void this.indexWorkspace();
    });
  }

  private cacheFile(): vscode.Uri | undefined {
    return this.options.storageUri && vscode.Uri.joinPath(this.options.storageUri, CACHE_FILE_NAME);
  }

  private async loadCache(): Promise<void> {
    if (this.cache) return;
    const file = this.cacheFile();
    this.cache = new Map();
    if (!file || !this.options.storageUri) return;
    try {
      const snapshot = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.options.storageUri, SNAPSHOT_FILE_NAME));
      this.model.useSnapshot(parseSnapshot(new TextDecoder().decode(snapshot)));
    } catch {
      // No snapshot yet: the first report is built from the summaries.
    }
    try {
      const read = readCache(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
      this.cache = read.entries;
      this.written = read.whole ? { summaries: new Map(read.entries), stamps: new Map(read.stamps) } : undefined;
      this.stamps = read.stamps;
    } catch {
      // No cache yet: everything is analysed.
    }
  }

  /**
   * Writes the summaries in use. After a whole scan that is all the cache keeps (never a summary of a text no longer in
   * the workspace); after a partial or stopped one, the summaries not looked at yet are kept too.
   */
  private async saveCache(prune: boolean): Promise<void> {
    const file = this.cacheFile();
    if (!file || !this.options.storageUri) return;
    if (prune) await this.stampSettled();
    const kept = new Map<string, DocumentSummary>();
    const stamps = new Map<string, FileStamp>();
    for (const entry of this.model.entries()) {
      kept.set(entry.key, entry.summary);
      const stamp = this.stamps.get(entry.uri);
      if (stamp) stamps.set(entry.uri, stamp);
    }
    if (!prune) for (const [key, summary] of this.cache ?? []) if (!kept.has(key)) kept.set(key, summary);
    this.cache = kept;
    const written = this.written;
    if (written && holdsSame(written.summaries, kept) && sameStamps(written.stamps, stamps)) return;
    const entries = [...kept];
    this.written = undefined;
    try {
      await vscode.workspace.fs.createDirectory(this.options.storageUri);
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(serialiseCache(entries, stamps)));
      this.written = { summaries: new Map(kept), stamps };
    } catch (error) {
      this.options.log.warn(`Workspace index: the cache could not be written: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
