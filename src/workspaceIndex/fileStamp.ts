// What the index records of a file it hashed: its size and modification time with the hash and length of its text. A
// reopen takes a file whose size and modification time are still as recorded to hold the same text, so reading and
// hashing every document (much of a reopen) is left to the files that changed while the workspace was closed.

/** A file as it was when its text was hashed. */
export interface FileStamp {
  size: number;
  /** Modification time, milliseconds since the epoch (as the host's file stat gives it). */
  mtime: number;
  /** The text's content hash (see cacheKey.ts). */
  hash: string;
  /** The text's length in UTF-16 units (the size limit is in characters). */
  chars: number;
}

export interface FileStat {
  size: number;
  mtime: number;
}

/**
 * A modification time this close to the moment the file was read is not recorded: a write within the same tick of
 * the file system's clock, of the same size, would leave the stamp as it was and its new text unread.
 */
export const RACY_MS = 2000;

/** Whether a file with this stat is taken to hold the text `known` was made from. */
export function stampHolds(known: FileStamp | undefined, stat: FileStat): known is FileStamp {
  return known !== undefined && known.size === stat.size && known.mtime === stat.mtime;
}

/** The stamp to record for a text read from a file with this stat at `readAt`; undefined while its time is too recent. */
export function stampOf(stat: FileStat, text: string, hash: string, readAt: number): FileStamp | undefined {
  if (!Number.isFinite(stat.mtime) || stat.mtime > readAt - RACY_MS) return undefined;
  return { size: stat.size, mtime: stat.mtime, hash, chars: text.length };
}

/** Whether two sets of stamps say the same (then the cache file need not be written for them). */
export function sameStamps(a: ReadonlyMap<string, FileStamp>, b: ReadonlyMap<string, FileStamp>): boolean {
  if (a.size !== b.size) return false;
  for (const [uri, stamp] of a) {
    const other = b.get(uri);
    if (!other || other.size !== stamp.size || other.mtime !== stamp.mtime || other.hash !== stamp.hash || other.chars !== stamp.chars) {
      return false;
    }
  }
  return true;
}
