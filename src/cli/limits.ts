// How large a document the CLI takes on, from how much memory the engine needs per character and how much this machine has.
import * as os from 'os';

const MEBIBYTE = 1024 * 1024;

/**
 * Heap the engine needs per character of a document, at most: measured as the smallest V8 heap limit under
 * which a document could still be analysed, news text needs 25–45 bytes a character, and the densest texts
 * tried (a short attributed quotation repeated, `"Yes," said Jones. `, about 135 bytes) set this bound, with
 * a margin. The limit on document size follows from it, so a document under the limit fits in the memory given.
 */
export const HEAP_BYTES_PER_CHARACTER = 160;

/** The largest document read by default even on a large machine: the size above which VS Code hands no document to extensions. */
export const MAX_DOCUMENT_BYTES = 50 * MEBIBYTE;

/** The share of the machine's memory one document's analysis may use; the rest stays for the system and other programs. */
const MEMORY_SHARE = 0.5;

/** Memory of this machine, or of the container it runs in when that is less. */
export function machineMemoryBytes(): number {
  const total = os.totalmem();
  const constrained = typeof process.constrainedMemory === 'function' ? process.constrainedMemory() : undefined;
  // Without a container limit Node reports 0 or a huge number.
  return constrained !== undefined && constrained > 0 && constrained < total ? constrained : total;
}

/** Memory for one document's analysis by default: half of the machine's. */
export function defaultMemoryBytes(machineBytes = machineMemoryBytes()): number {
  return Math.floor(machineBytes * MEMORY_SHARE);
}

/** The largest document whose analysis fits in `memoryBytes`, at most {@link MAX_DOCUMENT_BYTES}; whole tenths of a megabyte. */
export function documentLimitBytes(memoryBytes: number): number {
  const tenths = Math.max(1, Math.floor((memoryBytes / HEAP_BYTES_PER_CHARACTER / MEBIBYTE) * 10));
  return Math.min(MAX_DOCUMENT_BYTES, Math.round((tenths * MEBIBYTE) / 10));
}

/** Megabytes as the messages and the help show them. */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / MEBIBYTE;
  return `${megabytes >= 10 ? Math.round(megabytes) : Number(megabytes.toFixed(1))} MB`;
}
