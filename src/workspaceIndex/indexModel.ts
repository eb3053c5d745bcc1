// The index as plain data: each workspace document's summary by URI, the cross-document report built from them (again
// only after a change), and the lookups the editor asks of it: a document's other sayings of a quotation.
import type { KnownActor } from '../analysis/types';
import { CorpusModel, type CorpusResult } from '../corpus/model';
import { corpusReport, type CorpusReport, type NamedOccurrence } from '../corpus/report';
import type { DocumentSummary } from '../corpus/summary';
import { reportFromSnapshot, snapshotKey, takeSnapshot, type ModelSnapshot } from './modelSnapshot';

export interface IndexedDocument {
  /** The document's URI as a string. */
  uri: string;
  /** Its name in the report: the path relative to the workspace. */
  name: string;
  /** The cache key of its summary (see cacheKey.ts). */
  key: string;
  summary: DocumentSummary;
}

/** The corrections the merge across documents applies. */
export interface IndexCorrections {
  knownActors: readonly KnownActor[];
  ignoreNames: readonly string[];
}

/** What a scan found: a document and the cache key of its text as it is now. */
export interface ScannedDocument {
  uri: string;
  key: string;
}

export interface UpdatePlan {
  /** Already indexed with this key: nothing to do. */
  unchanged: ScannedDocument[];
  /** Their key's summary is in the cache: taken from there. */
  fromCache: ScannedDocument[];
  /** To be analysed. */
  toAnalyse: ScannedDocument[];
  /** Indexed, but not found by a full scan: gone or now excluded. */
  removed: string[];
}

/**
 * What a scan asks of the index: each document is unchanged, found in the cache or analysed. A full scan (of the whole
 * workspace) also removes what it did not find; a partial one (a watcher's events) removes nothing.
 */
export function planUpdate(
  indexed: ReadonlyMap<string, string>,
  scanned: readonly ScannedDocument[],
  cached: (key: string) => boolean,
  full: boolean,
): UpdatePlan {
  const plan: UpdatePlan = { unchanged: [], fromCache: [], toAnalyse: [], removed: [] };
  const seen = new Set<string>();
  for (const document of scanned) {
    seen.add(document.uri);
    if (indexed.get(document.uri) === document.key) plan.unchanged.push(document);
    else if (cached(document.key)) plan.fromCache.push(document);
    else plan.toAnalyse.push(document);
  }
  if (full) for (const uri of indexed.keys()) if (!seen.has(uri)) plan.removed.push(uri);
  return plan;
}

/** Where each attributed quotation of a group sits: by document name, then line. */
type QuotationLookup = Map<string, Map<number, number>>;

interface Built {
  correctionsKey: string;
  report: CorpusReport;
  quotations: QuotationLookup;
  /** The snapshot key of the documents and corrections it was built from. */
  key: string;
  fromSnapshot: boolean;
  /** The merge's result, while a snapshot of it is to be taken. */
  result?: CorpusResult | undefined;
}

export class IndexModel {
  private readonly documents = new Map<string, IndexedDocument>();
  private readonly byName = new Map<string, string>();
  private built: Built | undefined;
  /** The snapshot in the workspace storage (as read or as last taken): a build of the same documents takes it. */
  private stored: ModelSnapshot | undefined;
  /** Milliseconds the last report took to build (the index spaces its notices by it). */
  lastBuildMs = 0;

  get size(): number {
    return this.documents.size;
  }

  /** Each indexed document's URI and cache key. */
  keys(): Map<string, string> {
    return new Map([...this.documents].map(([uri, entry]) => [uri, entry.key]));
  }

  entries(): IterableIterator<IndexedDocument> {
    return this.documents.values();
  }

  get(uri: string): IndexedDocument | undefined {
    return this.documents.get(uri);
  }

  /** The URI of a document by its name in the report. */
  uriOf(name: string): string | undefined {
    return this.byName.get(name);
  }

  /** Puts a document's summary in; false when it was there already with the same key and name. */
  set(entry: IndexedDocument): boolean {
    const previous = this.documents.get(entry.uri);
    if (previous?.key === entry.key && previous.name === entry.name) return false;
    if (previous) this.byName.delete(previous.name);
    const summary = entry.summary.document === entry.name ? entry.summary : { ...entry.summary, document: entry.name };
    this.documents.set(entry.uri, { ...entry, summary });
    this.byName.set(entry.name, entry.uri);
    this.built = undefined;
    return true;
  }

  delete(uri: string): boolean {
    const previous = this.documents.get(uri);
    if (!previous) return false;
    this.documents.delete(uri);
    this.byName.delete(previous.name);
    this.built = undefined;
    return true;
  }

  /** Removes every document under a folder (a deleted folder's watcher event names only the folder). */
  deleteUnder(folderUri: string): number {
    const prefix = folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
    let removed = 0;
    for (const uri of [...this.documents.keys()]) if (uri.startsWith(prefix) && this.delete(uri)) removed += 1;
    return removed;
  }

  clear(): void {
    this.documents.clear();
    this.byName.clear();
    this.built = undefined;
    this.stored = undefined;
  }

  /** The snapshot read from the workspace storage: the next build takes its result if it fits the documents. */
  useSnapshot(snapshot: ModelSnapshot | undefined): void {
    this.stored = snapshot;
  }

  /** Whether the last build took its result from the snapshot rather than merging every document again. */
  get builtFromSnapshot(): boolean {
    return this.built?.fromSnapshot === true;
  }

  /**
   * The snapshot of the current result, when the stored one is not of it (then it is to be written); the result is
   * built first if need be. Undefined when the stored snapshot is already of these documents and corrections.
   */
  snapshotToWrite(corrections: IndexCorrections): ModelSnapshot | undefined {
    let built = this.build(corrections, true);
    if (!built || built.key === this.stored?.key) return undefined;
    if (!built.result) {
      this.built = undefined;
      built = this.build(corrections, true);
    }
    if (!built?.result) return undefined;
    const snapshot = takeSnapshot(built.key, this.documents.values(), built.result);
    built.result = undefined;
    this.stored = snapshot;
    return snapshot;
  }

  /** The cross-document report under these corrections; undefined while the index is empty. Built once per change. */
  report(corrections: IndexCorrections): CorpusReport | undefined {
    return this.build(corrections)?.report;
  }

  /**
   * The other documents' sayings of the quotation a claim at `line` of document `name` carries, earliest first by
   * document date (the order of the report's groups); empty when it is said nowhere else.
   */
  otherSayings(name: string, line: number, corrections: IndexCorrections): NamedOccurrence[] {
    const built = this.build(corrections);
    const group = built?.quotations.get(name)?.get(line);
    if (!built || group === undefined) return [];
    const quotation = built.report.quotations[group];
    return quotation.occurrences.filter((occurrence) => occurrence.document !== name);
  }

  /** The report under these corrections, built once per change; `keepResult`: the merge's result is kept to be snapshot. */
  private build(corrections: IndexCorrections, keepResult = false): Built | undefined {
    if (this.documents.size === 0) return undefined;
    const correctionsKey = JSON.stringify([corrections.knownActors, corrections.ignoreNames]);
    if (this.built?.correctionsKey === correctionsKey) return this.built;
    const started = performance.now();
    const key = snapshotKey(this.documents.values(), correctionsKey);
    const stored = this.stored?.key === key ? reportFromSnapshot(this.stored, this.documents.values()) : undefined;
    // A snapshot of these documents that does not fit them (damaged) is written again after this build.
    if (!stored && this.stored?.key === key) this.stored = undefined;
    let result: CorpusResult | undefined;
    let report = stored;
    if (!report) {
      const model = new CorpusModel({ knownActors: corrections.knownActors, ignoreNames: corrections.ignoreNames });
      for (const entry of this.documents.values()) model.add(entry.summary);
      result = model.result();
      report = corpusReport(result);
    }
    const quotations: QuotationLookup = new Map();
    const place = (document: string, line: number, group: number): void => {
      let lines = quotations.get(document);
      if (!lines) quotations.set(document, (lines = new Map<number, number>()));
      if (!lines.has(line)) lines.set(line, group);
    };
    // A claim's line (where a hover finds it) can differ from its quotation's: both lead to the group.
    for (const claim of report.claims) if (claim.quotation !== null) place(claim.document, claim.line, claim.quotation - 1);
    report.quotations.forEach((group, index) => {
      for (const occurrence of group.occurrences) place(occurrence.document, occurrence.line, index);
    });
    this.built = { correctionsKey, report, quotations, key, fromSnapshot: stored !== undefined };
    if (keepResult) this.built.result = result;
    this.lastBuildMs = performance.now() - started;
    return this.built;
  }
}
