// The index's cache as a file of the workspace storage: document summaries by cache key, read back with every record
// checked (the file may be from an older version, cut short by a crash, or edited), so a bad entry is dropped, not used.
import { isDocumentSummary, type DocumentSummary } from '../corpus/summary';
import type { FileStamp } from './fileStamp';

export const CACHE_FILE_NAME = 'workspace-index.json';
const CACHE_KIND = 'sourcelens-index-cache';
const CACHE_VERSION = 1;

interface CacheFileShape {
  kind: typeof CACHE_KIND;
  version: typeof CACHE_VERSION;
  entries: Record<string, DocumentSummary>;
  /**
   * Each file's stamp by URI, as [size, mtime, hash, chars]. Optional, so the file stays of version 1: an older reader
   * ignores it, and a file without it only costs reading every document once.
   */
  files?: Record<string, [number, number, string, number]>;
}

/** What a cache file holds: summaries by cache key, file stamps by URI, and whether nothing was dropped. */
export interface CacheRead {
  entries: Map<string, DocumentSummary>;
  stamps: Map<string, FileStamp>;
  whole: boolean;
}

/** The summaries of a cache file's text; an unreadable file is an empty cache. */
export function parseCache(text: string): Map<string, DocumentSummary> {
  return readCache(text).entries;
}

/** The summaries of a cache file's text, and whether they are all it holds (nothing dropped, the file readable). */
export function readCache(text: string): CacheRead {
  const entries = new Map<string, DocumentSummary>();
  const stamps = new Map<string, FileStamp>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { entries, stamps, whole: false };
  }
  if (typeof parsed !== 'object' || parsed === null) return { entries, stamps, whole: false };
  const file = parsed as Partial<CacheFileShape>;
  const readable = file.kind === CACHE_KIND && file.version === CACHE_VERSION;
  if (!readable || typeof file.entries !== 'object' || file.entries === null) return { entries, stamps, whole: false };
  let whole = true;
  for (const [key, summary] of Object.entries(file.entries as Record<string, unknown>)) {
    if (isDocumentSummary(summary)) entries.set(key, summary);
    else whole = false;
  }
  const files: unknown = file.files;
  if (typeof files === 'object' && files !== null) {
    for (const [uri, stamp] of Object.entries(files as Record<string, unknown>)) {
      if (isStamp(stamp)) stamps.set(uri, { size: stamp[0], mtime: stamp[1], hash: stamp[2], chars: stamp[3] });
      else whole = false;
    }
  }
  return { entries, stamps, whole };
}

function isStamp(value: unknown): value is [number, number, string, number] {
  return (
    Array.isArray(value) &&
    value.length === 4 &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1]) &&
    typeof value[2] === 'string' &&
    Number.isFinite(value[3])
  );
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
export function serialiseCache(entries: Iterable<[string, DocumentSummary]>, stamps: Iterable<[string, FileStamp]> = []): string {
  const record: Record<string, DocumentSummary> = {};
  for (const [key, summary] of entries) record[key] = summary;
  const files: Record<string, [number, number, string, number]> = {};
  for (const [uri, stamp] of stamps) files[uri] = [stamp.size, stamp.mtime, stamp.hash, stamp.chars];
  const file: CacheFileShape = { kind: CACHE_KIND, version: CACHE_VERSION, entries: record, files };
  return asciiJson(JSON.stringify(file));
}

/**
 * JSON text with every character past ASCII written as an escape: the file is then pure ASCII, which the reopen decodes
 * about three times as fast as UTF-8 text with some accented names, and whose one-byte string it parses faster too.
 */
export function asciiJson(json: string): string {
  // Such characters are only ever inside JSON strings, where an escape means the same character.
  if (!/[\u007f-\uffff]/.test(json)) return json;
  return json.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
