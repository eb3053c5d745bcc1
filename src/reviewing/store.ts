// The review of each open document, kept in its review file: loaded on open, written after each change, merged with
// what another window or a hand edit wrote meanwhile, moved with its document, and never overwritten while broken
// without a backup.
import * as vscode from 'vscode';
import { emptyReview, mergeReviews, parseReview, REVIEW_LIMITS, serializeReview, type Review } from '../review';
import { reviewFileFor, type StorageFolders } from './location';

/** A review file that cannot be read: what is wrong, and the line to fix. */
export interface ReviewProblem {
  file: vscode.Uri;
  message: string;
  line: number;
}

interface Slot {
  document: vscode.Uri;
  file: vscode.Uri;
  name: string;
  /** The review as it is now, with every change made here. */
  review: Review;
  /** The review as last read from or written to the file: the base of a three-way merge. */
  base: Review | undefined;
  /** The file's text as last read or written; undefined when there was no file. */
  diskText: string | undefined;
  /** The file's modification time and size when last read or written ('' when there was no file). */
  stamp: string;
  problem?: ReviewProblem | undefined;
  /** A broken file already backed up: written over only after that. */
  backedUp: boolean;
  /** Whether the first read finished (the review is empty until then). */
  ready: boolean;
  loaded: Promise<void>;
  /** Writes and reloads of one file run one after another. */
  queue: Promise<void>;
  watcher?: vscode.Disposable;
}

/** How often the open reviews' files are looked at, besides the watcher's events. */
const POLL_MS = 2000;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function isFileNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound');
}

export class ReviewStore implements vscode.Disposable {
  private readonly slots = new Map<string, Slot>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly problems = new vscode.EventEmitter<ReviewProblem>();
  private readonly merged = new vscode.EventEmitter<{ file: vscode.Uri; taken: number; conflicts: number }>();
  /** Fires with a document's URI when its review changed (here, on disk, or by a merge). */
  readonly onDidChange = this.changed.event;
  /** Fires when a review file cannot be read. */
  readonly onProblem = this.problems.event;
  /** Fires when changes made elsewhere were merged in. */
  readonly onDidMerge = this.merged.event;

  /** Checks the open reviews' files now and then: file watchers can miss events (network drives, watch limits). */
  private poller: ReturnType<typeof setInterval> | undefined;
  private readonly focus: vscode.Disposable;

  constructor(private readonly storage: StorageFolders) {
    // Coming back from another window is when its changes matter: look at once.
    this.focus = vscode.window.onDidChangeWindowState((state) => {
      if (state.focused) this.checkAll();
    });
  }

  /** The document's review once loaded (undefined before, and for a document with no place to keep one). */
  reviewOf(document: vscode.Uri): Review | undefined {
    const slot = this.slots.get(document.toString());
    return slot?.ready ? slot.review : undefined;
  }

  problemOf(document: vscode.Uri): ReviewProblem | undefined {
    return this.slots.get(document.toString())?.problem;
  }

  fileOf(document: vscode.Uri): vscode.Uri | undefined {
    return this.slots.get(document.toString())?.file ?? reviewFileFor(document, this.storage)?.file;
  }

  /** Starts loading the document's review (once); resolves when it is loaded. */
  open(document: vscode.Uri): Promise<void> {
    const key = document.toString();
    const existing = this.slots.get(key);
    if (existing) return existing.loaded;
    const place = reviewFileFor(document, this.storage);
    if (!place) return Promise.resolve();
    const slot: Slot = {
      document,
      file: place.file,
      name: place.name,
      review: emptyReview(place.name),
      base: undefined,
      diskText: undefined,
      stamp: '',
      backedUp: false,
      ready: false,
      loaded: Promise.resolve(),
      queue: Promise.resolve(),
    };
    this.slots.set(key, slot);
    slot.loaded = this.enqueue(slot, () => this.reload(slot, true)).finally(() => {
      slot.ready = true;
    });
    this.watch(slot);
    this.poll();
    return slot.loaded;
  }

  /** Forgets a closed document's review (its file stays). */
  close(document: vscode.Uri): void {
    const slot = this.slots.get(document.toString());
    if (!slot) return;
    slot.watcher?.dispose();
    this.slots.delete(document.toString());
    this.poll();
  }

  /** Changes the document's review and writes it; resolves once written. */
  async change(document: vscode.Uri, edit: (review: Review) => Review): Promise<void> {
    await this.open(document);
    const slot = this.slots.get(document.toString());
    if (!slot) throw new Error('this document has no place to keep a review (save it first)');
    slot.review = edit(slot.review);
    this.changed.fire(slot.document);
    await this.enqueue(slot, () => this.write(slot));
  }

  /**
   * Takes the anchors of a review re-anchored to the current text (same entries, moved); written at once when the
   * document is saved as it is, else when it is next saved or the review changes.
   */
  reanchored(document: vscode.Uri, review: Review, write: boolean): void {
    const slot = this.slots.get(document.toString());
    if (!slot) return;
    const ids = (entries: Review['entries']): string => entries.map((entry) => `${entry.id}:${entry.updated}`).sort().join();
    if (ids(slot.review.entries) !== ids(review.entries)) return;
    slot.review = { ...slot.review, entries: review.entries };
    if (write) void this.enqueue(slot, () => this.write(slot));
  }

  /** Writes the review now (after the document was saved, so its anchors describe the saved text). */
  flush(document: vscode.Uri): Promise<void> {
    const slot = this.slots.get(document.toString());
    return slot ? this.enqueue(slot, () => this.write(slot)) : Promise.resolve();
  }

  /** A document (or a folder of documents) was renamed or moved: its review files follow. */
  async moved(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    const oldPlace = reviewFileFor(from, this.storage);
    const newPlace = reviewFileFor(to, this.storage);
    if (!oldPlace || !newPlace) return;
    let isFolder = false;
    try {
      isFolder = ((await vscode.workspace.fs.stat(to)).type & vscode.FileType.Directory) !== 0;
    } catch {
      return;
    }
    const oldFile = isFolder ? oldPlace.file.with({ path: oldPlace.file.path.replace(/\.json$/, '') }) : oldPlace.file;
    const newFile = isFolder ? newPlace.file.with({ path: newPlace.file.path.replace(/\.json$/, '') }) : newPlace.file;
    const inside = (slot: Slot): boolean => slot.document.path === from.path || slot.document.path.startsWith(`${from.path}/`);
    const movedSlots = [...this.slots.values()].filter(inside);
    for (const slot of movedSlots) await slot.queue;
    try {
      await vscode.workspace.fs.stat(oldFile);
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(newFile, '..'));
      await vscode.workspace.fs.rename(oldFile, newFile, { overwrite: false });
    } catch (error) {
      if (!isFileNotFound(error)) throw error;
    }
    for (const slot of movedSlots) {
      this.close(slot.document);
      const document = slot.document.with({ path: to.path + slot.document.path.slice(from.path.length) });
      const place = reviewFileFor(document, this.storage);
      if (!place) continue;
      // The renamed document may have been opened (with no review file yet) before this rename event arrived.
      this.slots.get(document.toString())?.watcher?.dispose();
      const moved: Slot = { ...slot, document, file: place.file, name: place.name, review: { ...slot.review, document: place.name } };
      this.slots.set(document.toString(), moved);
      this.watch(moved);
      this.changed.fire(document);
    }
    // A document opened under its new name before its review was open here reads the file that just arrived.
    for (const slot of this.slots.values()) {
      if (slot.document.path === to.path || slot.document.path.startsWith(`${to.path}/`)) this.check(slot);
    }
    this.poll();
  }

  dispose(): void {
    for (const slot of this.slots.values()) slot.watcher?.dispose();
    this.slots.clear();
    this.poll();
    this.focus.dispose();
    this.changed.dispose();
    this.problems.dispose();
    this.merged.dispose();
  }

  private enqueue(slot: Slot, work: () => Promise<void>): Promise<void> {
    const next = slot.queue.then(work, work);
    slot.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Watches the review file for changes made elsewhere. Inside a workspace folder the pattern hangs off the folder,
   * which is watched already and exists even before the review folder is created; elsewhere off the storage folder.
   */
  private watch(slot: Slot): void {
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(slot.file);
    const base = workspaceFolder?.uri ?? this.storage.storageUri ?? this.storage.globalStorageUri;
    const prefix = base.path.endsWith('/') ? base.path : `${base.path}/`;
    const relative = slot.file.path.startsWith(prefix) ? slot.file.path.slice(prefix.length) : (slot.file.path.split('/').pop() ?? '');
    const glob = relative.replace(/[[\]{}*?!]/g, (character) => `[${character}]`);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(base, glob));
    const reload = (): void => {
      if (this.slots.get(slot.document.toString()) !== slot) return;
      void this.enqueue(slot, () => this.reload(slot, false)).catch(() => undefined);
    };
    slot.watcher = vscode.Disposable.from(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
  }

  /** Runs the poll while reviews are open, and only then. */
  private poll(): void {
    if (this.slots.size > 0 && !this.poller) {
      this.poller = setInterval(() => this.checkAll(), POLL_MS);
    } else if (this.slots.size === 0 && this.poller) {
      clearInterval(this.poller);
      this.poller = undefined;
    }
  }

  private checkAll(): void {
    for (const slot of this.slots.values()) if (slot.ready) this.check(slot);
  }

  /** Reloads the review when its file's time or size moved since it was last read or written here. */
  private check(slot: Slot): void {
    void this.enqueue(slot, async () => {
      if (this.slots.get(slot.document.toString()) !== slot) return;
      if ((await this.stampOf(slot.file)) !== slot.stamp) await this.reload(slot, false);
    }).catch(() => undefined);
  }

  private async stampOf(file: vscode.Uri): Promise<string> {
    try {
      const stat = await vscode.workspace.fs.stat(file);
      return `${stat.mtime}:${stat.size}`;
    } catch (error) {
      if (isFileNotFound(error)) return '';
      throw error;
    }
  }

  /** The file's text, or undefined when there is none. */
  private async readDisk(slot: Slot): Promise<string | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(slot.file);
      slot.stamp = `${stat.mtime}:${stat.size}`;
      if (stat.size > REVIEW_LIMITS.characters * 4) return `\u0000too large: ${stat.size} bytes`;
      return decoder.decode(await vscode.workspace.fs.readFile(slot.file));
    } catch (error) {
      if (isFileNotFound(error)) {
        slot.stamp = '';
        return undefined;
      }
      throw error;
    }
  }

  /** Reads what is on disk and merges it into the review here (first load: takes it). */
  private async reload(slot: Slot, first: boolean): Promise<void> {
    const text = await this.readDisk(slot);
    if (!first && text === slot.diskText) return;
    if (text === undefined) {
      // The file was deleted: entries nobody changed since it was read go with it.
      const merged = mergeReviews(slot.base, slot.review, emptyReview(slot.name));
      slot.review = merged.review;
      slot.base = undefined;
      slot.diskText = undefined;
      slot.problem = undefined;
      if (!first) this.changed.fire(slot.document);
      return;
    }
    const read = text.startsWith('\u0000') ? { ok: false as const, message: text.slice(1), line: 1 } : parseReview(text);
    if (!read.ok) {
      const repeated = slot.problem !== undefined && slot.diskText === text;
      slot.problem = { file: slot.file, message: read.message, line: read.line };
      slot.diskText = text;
      slot.backedUp = false;
      if (!repeated) this.problems.fire(slot.problem);
      return;
    }
    slot.problem = undefined;
    const disk = read.review;
    const merged = first ? { review: disk, taken: 0, conflicts: 0 } : mergeReviews(slot.base, slot.review, disk);
    slot.review = { ...merged.review, document: slot.name };
    slot.base = disk;
    slot.diskText = text;
    if (!first && merged.taken + merged.conflicts > 0) {
      this.merged.fire({ file: slot.file, taken: merged.taken, conflicts: merged.conflicts });
    }
    this.changed.fire(slot.document);
    if (!first && serializeReview(slot.review) !== text) await this.write(slot);
  }

  /** Writes the review, merging first what changed on disk since it was read, backing up a broken file first. */
  private async write(slot: Slot): Promise<void> {
    const text = await this.readDisk(slot);
    if (text !== slot.diskText && text !== undefined) {
      const read = text.startsWith('\u0000') ? undefined : parseReview(text);
      if (read?.ok) {
        const merged = mergeReviews(slot.base, slot.review, read.review);
        slot.review = { ...merged.review, document: slot.name };
        if (merged.taken + merged.conflicts > 0) {
          this.merged.fire({ file: slot.file, taken: merged.taken, conflicts: merged.conflicts });
          this.changed.fire(slot.document);
        }
      } else {
        const problem = read && !read.ok ? read : { message: 'the file is too large to read', line: 1 };
        slot.problem = { file: slot.file, message: problem.message, line: problem.line };
        slot.backedUp = false;
      }
    }
    if (slot.problem && text !== undefined && !slot.backedUp) {
      await this.backUp(slot);
    }
    const output = serializeReview({ ...slot.review, document: slot.name });
    if (text === undefined && slot.review.entries.length === 0) return;
    if (output === text) {
      slot.diskText = text;
      slot.base = slot.review;
      return;
    }
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(slot.file, '..'));
    await vscode.workspace.fs.writeFile(slot.file, encoder.encode(output));
    slot.stamp = await this.stampOf(slot.file);
    slot.diskText = output;
    slot.base = slot.review;
    slot.problem = undefined;
  }

  /** Copies a broken review file aside before it is written over, and says where. */
  private async backUp(slot: Slot): Promise<void> {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const backup = slot.file.with({ path: slot.file.path.replace(/\.json$/, `.broken-${stamp}.json`) });
    await vscode.workspace.fs.copy(slot.file, backup, { overwrite: false });
    slot.backedUp = true;
    const name = backup.path.split('/').pop() ?? '';
    if (slot.problem) this.problems.fire({ ...slot.problem, message: `${slot.problem.message}; it was backed up as ${name}` });
  }
}
