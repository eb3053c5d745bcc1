// Reads a document from a file or a stream into text: picks the encoding, refuses binary and oversized input, says what it repaired.
import { closeSync, constants as fsConstants, fstatSync, openSync, promises as fs, readSync, type Stats } from 'fs';

/**
 * How the bytes were decoded. Offsets in an `Analysis` are always JavaScript string indices into the
 * decoded text, which never includes a byte order mark (as in VS Code, where the BOM is not part of
 * the document either), so `utf-8-bom` text has the same offsets as the same text saved without one.
 */
export type DocumentEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface DocumentText {
  text: string;
  encoding: DocumentEncoding;
  /** Repairs made while decoding (e.g. invalid UTF-8 replaced); one line each, without the document's name. */
  warnings: string[];
  /** Size of the input in bytes, byte order mark included. */
  byteLength: number;
}

export type DocumentReadErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'permission-denied'
  | 'too-large'
  | 'binary'
  | 'unsupported-encoding'
  | 'not-a-file'
  | 'unreadable';

/** A document that could not be read as text; `message` is one line: `<path>: <reason>`. */
export class DocumentReadError extends Error {
  override readonly name = 'DocumentReadError';

  constructor(
    readonly path: string,
    readonly code: DocumentReadErrorCode,
    /** What went wrong, without the path ("binary file (contains NUL bytes)"). */
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

export interface ReadDocumentOptions {
  /** Largest input accepted, in bytes; `Infinity` for no limit. Default {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number;
}

/** 50 MB: the size above which VS Code no longer hands a document to extensions. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** How much of the start of the input is inspected to tell text from binary data. */
export const BINARY_SNIFF_BYTES = 8 * 1024;

const READ_CHUNK_BYTES = 64 * 1024;

function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes >= 10 ? Math.round(megabytes) : megabytes.toFixed(1)} MB`;
}

function tooLarge(path: string, byteLength: number | null, maxBytes: number): DocumentReadError {
  const size = byteLength === null ? 'more than ' + formatMegabytes(maxBytes) : formatMegabytes(byteLength);
  return new DocumentReadError(path, 'too-large', `file too large (${size}; the limit is ${formatMegabytes(maxBytes)})`);
}

/**
 * A named pipe, a device or a socket: reading one may block forever (a pipe with no writer) or never end
 * (/dev/zero), and none is a document on disk. Piped text is read from standard input instead.
 */
function notAFile(path: string, stats: Stats): DocumentReadError {
  const kind = stats.isFIFO()
    ? 'a named pipe'
    : stats.isCharacterDevice() || stats.isBlockDevice()
      ? 'a device'
      : stats.isSocket()
        ? 'a socket'
        : 'not a file';
  return new DocumentReadError(
    path,
    'not-a-file',
    `not a regular file (${kind}); pipe its text to standard input instead: sourcelens analyze - < FILE`,
  );
}

/**
 * Control bytes that do not occur in text files. TAB, LF, VT, FF, CR and ESC are left out: ESC starts
 * the colour codes of terminal logs, which are text (their escapes are neutralised when shown).
 */
function isBinaryControlByte(byte: number): boolean {
  return (
    (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f
  );
}

/** Why the start of single-byte-encoded input looks binary, or null when it looks like text. */
function binaryReason(sample: Uint8Array): string | null {
  let controlBytes = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary file (contains NUL bytes)';
    if (isBinaryControlByte(byte)) controlBytes += 1;
  }
  // A handful of stray control characters is damaged text; a tenth of the sample is data.
  if (controlBytes > 4 && controlBytes * 10 > sample.length) return 'binary file (mostly control characters)';
  return null;
}

/**
 * Byte offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode Table 3-7:
 * no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all of `bytes` is well formed.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array, from = 0): number {
  let index = from;
  while (index < bytes.length) {
    const lead = bytes[index];
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let length: number;
    let secondMin = 0x80;
    let secondMax = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) secondMin = 0xa0; // overlong
      if (lead === 0xed) secondMax = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) secondMin = 0x90; // overlong
      if (lead === 0xf4) secondMax = 0x8f; // above U+10FFFF
    } else return index;
    if (index + length > bytes.length) return index;
    const second = bytes[index + 1];
    if (second < secondMin || second > secondMax) return index;
    for (let continuation = 2; continuation < length; continuation += 1) {
      const byte = bytes[index + continuation];
      if (byte < 0x80 || byte > 0xbf) return index;
    }
    index += length;
  }
  return -1;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

function decodeUtf16(bytes: Uint8Array, path: string, encoding: 'utf-16le' | 'utf-16be'): DocumentText {
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder(encoding).decode(bytes);
    warnings.push(`invalid ${encoding.toUpperCase()} (unpaired surrogates or an odd number of bytes); undecodable units shown as U+FFFD`);
  }
  const sniffedText = text.slice(0, BINARY_SNIFF_BYTES / 2);
  if (sniffedText.includes('\u0000')) {
    throw new DocumentReadError(path, 'binary', `binary file (contains NUL characters after a ${encoding.toUpperCase()} byte order mark)`);
  }
  return { text, encoding, warnings, byteLength: bytes.length };
}

/**
 * Decodes a whole document's bytes.
 *
 * - A UTF-8 byte order mark is removed; UTF-16 LE/BE are recognised by theirs (and it is removed too).
 * - Without a byte order mark the text is read as UTF-8. Invalid UTF-8 is decoded with U+FFFD in place
 *   of each undecodable sequence and a warning naming the first bad byte: VS Code shows such a file the
 *   same way by default, so offsets agree between the CLI and the editor (a Latin-1 guess would not).
 * - Input whose first {@link BINARY_SNIFF_BYTES} contain a NUL byte, or mostly control bytes, is refused as binary.
 * - UTF-32 is refused as unsupported.
 *
 * @param path the name used in errors and warnings
 * @throws DocumentReadError with code `binary`, `too-large` or `unsupported-encoding`
 */
export function decodeDocument(bytes: Uint8Array, path: string, options: ReadDocumentOptions = {}): DocumentText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw tooLarge(path, bytes.length, maxBytes);
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new DocumentReadError(path, 'unsupported-encoding', 'UTF-32 text is not supported (save it as UTF-8)');
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, path, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, path, 'utf-16be');

  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const bodyStart = hasBom ? 3 : 0;
  const reason = binaryReason(bytes.subarray(bodyStart, bodyStart + BINARY_SNIFF_BYTES));
  if (reason !== null) throw new DocumentReadError(path, 'binary', reason);

  const warnings: string[] = [];
  const invalidOffset = firstInvalidUtf8Offset(bytes, bodyStart);
  if (invalidOffset >= 0) {
    warnings.push(`invalid UTF-8 (first bad byte at offset ${invalidOffset}); undecodable bytes shown as U+FFFD`);
  }
  // ignoreBOM: false makes the decoder drop a leading BOM, so offsets count from the first real character.
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8', warnings, byteLength: bytes.length };
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** A file-system error about `path` as a DocumentReadError; anything that is not one is returned unchanged. */
export function toDocumentReadError(path: string, error: unknown): unknown {
  if (error instanceof DocumentReadError) return error;
  const code = errorCode(error);
  switch (code) {
    case undefined:
      return error;
    case 'ENOENT':
      return new DocumentReadError(path, 'not-found', 'no such file or directory');
    case 'ENOTDIR':
      return new DocumentReadError(path, 'not-found', 'no such file (a part of the path is not a directory)');
    case 'EISDIR':
      return new DocumentReadError(path, 'is-directory', 'is a directory');
    case 'EACCES':
    case 'EPERM':
      return new DocumentReadError(path, 'permission-denied', 'permission denied');
    case 'ELOOP':
      return new DocumentReadError(path, 'unreadable', 'cannot read (too many levels of symbolic links)');
    case 'ENAMETOOLONG':
      return new DocumentReadError(path, 'unreadable', 'cannot read (file name too long)');
    default:
      return new DocumentReadError(path, 'unreadable', `cannot read (${code})`);
  }
}

/** Concatenates chunks, refusing as soon as the total passes `maxBytes` (a device or pipe may never end). */
class BoundedBytes {
  private readonly chunks: Uint8Array[] = [];
  length = 0;

  constructor(
    private readonly path: string,
    private readonly maxBytes: number,
  ) {}

  add(chunk: Uint8Array): void {
    this.length += chunk.length;
    if (this.length > this.maxBytes) throw tooLarge(this.path, null, this.maxBytes);
    this.chunks.push(chunk);
  }

  bytes(): Uint8Array {
    return Buffer.concat(this.chunks, this.length);
  }
}

/** Refuses what is not a regular file within the limit, from its stats, before anything is read. */
function checkStats(path: string, stats: Stats, maxBytes: number): void {
  if (stats.isDirectory()) throw new DocumentReadError(path, 'is-directory', 'is a directory');
  if (!stats.isFile()) throw notAFile(path, stats);
  if (stats.size > maxBytes) throw tooLarge(path, stats.size, maxBytes);
}

/** Takes a file's chunks as they are read: refuses binary input after its first chunk and input that grows past the limit. */
class ChunkedReader {
  private readonly collected: BoundedBytes;
  private sniffed = false;

  constructor(
    private readonly path: string,
    private readonly maxBytes: number,
  ) {
    this.collected = new BoundedBytes(path, maxBytes);
  }

  add(chunk: Uint8Array): void {
    this.collected.add(chunk);
    if (!this.sniffed && this.collected.length >= BINARY_SNIFF_BYTES + 3) {
      this.sniffed = true;
      decodeStart(this.collected.length === chunk.length ? chunk : this.collected.bytes(), this.path);
    }
  }

  document(): DocumentText {
    return decodeDocument(this.collected.bytes(), this.path, { maxBytes: this.maxBytes });
  }
}

/**
 * Reads and decodes a document file (see {@link decodeDocument} for the decoding rules).
 * A regular file over the size limit is refused before anything is read; binary input is refused after
 * its first chunk, so a large binary file is never read whole.
 *
 * @throws DocumentReadError for every file-system problem and every refused input
 */
export async function readDocument(path: string, options: ReadDocumentOptions = {}): Promise<DocumentText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    // Non-blocking, so that opening a named pipe with no writer returns at once instead of waiting forever;
    // it changes nothing for a regular file, the only kind read.
    const handle = await fs.open(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    try {
      checkStats(path, await handle.stat(), maxBytes);
      const reader = new ChunkedReader(path, maxBytes);
      for (;;) {
        const chunk = Buffer.alloc(READ_CHUNK_BYTES);
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        reader.add(chunk.subarray(0, bytesRead));
      }
      return reader.document();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw toDocumentReadError(path, error);
  }
}

/**
 * {@link readDocument} without leaving the thread: the same checks, errors and text. For a thread that does nothing
 * else while it reads (the CLI's analysis worker), where each asynchronous step of a small file costs more processor
 * time than reading it: a corpus of thousands of documents spent a fifth of its analysis time there.
 *
 * @throws DocumentReadError for every file-system problem and every refused input
 */
export function readDocumentSync(path: string, options: ReadDocumentOptions = {}): DocumentText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    // Non-blocking for the same reason as above: a named pipe is refused by its stats, never waited on.
    const descriptor = openSync(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    try {
      const stats = fstatSync(descriptor);
      checkStats(path, stats, maxBytes);
      const reader = new ChunkedReader(path, maxBytes);
      // The first chunk is sniffed before the rest is read; the rest in one read when the size holds (a byte more, to
      // see whether the file grew since).
      let size = Math.min(stats.size + 1, READ_CHUNK_BYTES);
      for (let total = 0; ; ) {
        const chunk = Buffer.allocUnsafe(size);
        const bytesRead = readSync(descriptor, chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        reader.add(chunk.subarray(0, bytesRead));
        total += bytesRead;
        size = Math.max(READ_CHUNK_BYTES, Math.min(stats.size, maxBytes) - total + 1);
      }
      return reader.document();
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    throw toDocumentReadError(path, error);
  }
}

/** Refuses binary input early by decoding rules applied to the start only. */
function decodeStart(start: Uint8Array, path: string): void {
  const isUtf16 = startsWith(start, [0xff, 0xfe]) || startsWith(start, [0xfe, 0xff]);
  if (isUtf16) return; // decoded whole later; its NUL check needs the decoded text
  const bodyStart = startsWith(start, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  const reason = binaryReason(start.subarray(bodyStart, bodyStart + BINARY_SNIFF_BYTES));
  if (reason !== null) throw new DocumentReadError(path, 'binary', reason);
}

/**
 * Reads a whole stream (standard input) into bytes, refusing it once it passes the size limit.
 * @param path the name used in errors, usually "-"
 * @throws DocumentReadError when the stream is too large or fails with a file-system error
 */
export async function readStreamBytes(
  stream: AsyncIterable<Uint8Array | string>,
  path: string,
  options: ReadDocumentOptions = {},
): Promise<Uint8Array> {
  const collected = new BoundedBytes(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  try {
    for await (const chunk of stream) collected.add(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  } catch (error) {
    throw toDocumentReadError(path, error);
  }
  return collected.bytes();
}

/**
 * Reads and decodes a whole stream (standard input), with the same limits and rules as {@link readDocument}.
 * @param path the name used in errors and warnings, usually "-"
 */
export async function readDocumentStream(
  stream: AsyncIterable<Uint8Array | string>,
  path: string,
  options: ReadDocumentOptions = {},
): Promise<DocumentText> {
  return decodeDocument(await readStreamBytes(stream, path, options), path, options);
}
