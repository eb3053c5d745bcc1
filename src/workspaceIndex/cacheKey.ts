// What a cached document summary is keyed by: its text's hash, the corrections it was analysed under and the engine that
// analysed it, so a summary is reused only where a fresh analysis would give the same one.
import { createHash } from 'node:crypto';
import { SUMMARY_SCHEMA } from '../corpus/summary';

/** The hash of a document's text: two texts with the same hash are taken to be the same text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url');
}

/**
 * The key of a summary: the engine version (a newer engine may find other claims in the same text), the summary's
 * schema, the analyser options (known actors, ignored names, document date: they change what is found) and the text.
 */
export function cacheKey(engineVersion: string, optionsKey: string, hash: string): string {
  return `${engineVersion}/${SUMMARY_SCHEMA}/${optionsHash(optionsKey)}/${hash}`;
}

/** The last options keys hashed: a workspace has one or a few (one per folder with corrections of its own). */
const optionsHashes = new Map<string, string>();
const OPTIONS_HASHES_KEPT = 16;

/** The options key's hash, remembered: every document of a scan asks for it, almost always for the same key. */
function optionsHash(optionsKey: string): string {
  let hash = optionsHashes.get(optionsKey);
  if (hash === undefined) {
    hash = createHash('sha256').update(optionsKey, 'utf8').digest('base64url').slice(0, 16);
    if (optionsHashes.size >= OPTIONS_HASHES_KEPT) optionsHashes.clear();
    optionsHashes.set(optionsKey, hash);
  }
  return hash;
}
