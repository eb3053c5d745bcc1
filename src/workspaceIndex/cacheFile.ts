// The index's cache as a file of the workspace storage: document summaries by cache key, read back with every record
// checked (the file may be from an older version, cut short by a crash, or edited), so a bad entry is dropped, not used.
import { isDocumentSummary, type DocumentSummary } from '../corpus/summary';

export const CACHE_FILE_NAME = 'workspace-index.json';
const CACHE_KIND = 'sourcelens-index-cache';
const CACHE_VERSION = 1;

interface CacheFileShape {
  kind: typeof CACHE_KIND;
  version: typeof CACHE_VERSION;
  entries: Record<string, DocumentSummary>;
}

/** The summaries of a cache file's text; an unreadable file is an empty cache. */
export function parseCache(text: string): Map<string, DocumentSummary> {
  return readCache(text).entries;
}

/** The summaries of a cache file's text, and whether they are all it holds (nothing dropped, the file readable). */
export function readCache(text: string): { entries: Map<string, DocumentSummary>; whole: boolean } {
  const entries = new Map<string, DocumentSummary>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { entries, whole: false };
  }
  if (typeof parsed !== 'object' || parsed === null) return { entries, whole: false };
  const file = parsed as Partial<CacheFileShape>;
  const readable = file.kind === CACHE_KIND && file.version === CACHE_VERSION;
  if (!readable || typeof file.entries !== 'object' || file.entries === null) return { entries, whole: false };
  let whole = true;
  for (const [key, summary] of Object.entries(file.entries as Record<string, unknown>)) {
    if (isDocumentSummary(summary)) entries.set(key, summary);
    else whole = false;
  }
  return { entries, whole };
}

/**
 * Whether a cache file that holds `written` (the very summaries, as read from it or written to it) already holds
 * `entries`: then writing it again changes nothing. Reopening a workspace where nothing changed saves it so, and
 * writing tens of megabytes to say the same was a large part of the reopen.
 */
export function holdsSame(written: ReadonlyMap<string, DocumentSummary>, entries: ReadonlyMap<string, DocumentSummary>): boolean {
  if (written.size !== entries.size) return false;
  for (const [key, summary] of entries) if (written.get(key) !== summary) return false;
  return true;
}

/** The cache file's text for these summaries: only the ones in use are passed, so the file never outgrows the index. */
export function serialiseCache(entries: Iterable<[string, DocumentSummary]>): string {
  const record: Record<string, DocumentSummary> = {};
  for (const [key, summary] of entries) record[key] = summary;
  const file: CacheFileShape = { kind: CACHE_KIND, version: CACHE_VERSION, entries: record };
  return JSON.stringify(file);
}
