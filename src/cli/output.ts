// Where the CLI writes: standard output, or --out written to a temporary file beside it and renamed into place at the end.
import { randomBytes } from 'crypto';
import { constants as fsConstants, promises as fs, type Stats } from 'fs';
import * as path from 'path';
import { stripControlCharacters } from '../presentation/escape';

/** Where the CLI writes; `isTTY` tells it a person is reading. A stream's `write` returns false when it wants a pause. */
export interface CliOutput {
  write(text: string): unknown;
  isTTY?: boolean;
  once?(event: 'drain', listener: () => void): unknown;
}

/** An output written document by document. */
export interface OutputSink {
  write(text: string): Promise<void>;
  /** Where the output stands now, to take back a document that failed half-way; undefined when it cannot be taken back. */
  mark(): number | undefined;
  rollback(mark: number): Promise<void>;
  /** Makes the output final. */
  commit(): Promise<void>;
  /** Leaves what was there before untouched: nothing written stays. */
  abort(): Promise<void>;
}

/** A failed write, in words: what went wrong, for "cannot write the output: …". */
export function describeWriteError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EFBIG':
      return 'file too large for the file system';
    case 'EROFS':
      return 'read-only file system';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file or directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'EISDIR':
      return 'is a directory';
    case 'EIO':
      return 'input/output error';
    case 'EPIPE':
      return 'the reading end was closed';
    case '':
      return error instanceof Error ? error.message : String(error);
    default:
      return `write failed (${code})`;
  }
}

/** An error while writing the output, kept apart from errors while reading documents. */
export class OutputError extends Error {
  constructor(
    readonly target: string,
    readonly failure: unknown,
  ) {
    super(describeWriteError(failure));
  }
}

/** Standard output: written as it comes, pausing when the stream asks to; control characters kept off a terminal. */
export class StreamSink implements OutputSink {
  constructor(private readonly output: CliOutput) {}

  async write(text: string): Promise<void> {
    // The formats already escape document text; this makes sure nothing raw reaches a terminal whatever the format.
    const shown = this.output.isTTY === true ? stripControlCharacters(text) : text;
    if (this.output.write(shown) === false && this.output.once !== undefined) {
      const once = this.output.once.bind(this.output);
      await new Promise<void>((resolve) => once('drain', resolve));
    }
  }

  mark(): number | undefined {
    return undefined;
  }

  async rollback(): Promise<void> {
    // What reached a pipe cannot be taken back.
  }

  async commit(): Promise<void> {}

  async abort(): Promise<void> {}
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await fs.stat(file);
  } catch (error) {
    if (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * `--out FILE`. A regular file (or a new one) is written to a temporary file in the same folder, synced, and
 * renamed over FILE only when the output is complete: a failed or interrupted run never leaves FILE half
 * written, and FILE keeps its old content until then. A symbolic link is followed, so the file it points to
 * is replaced and the link stays. A device or a named pipe (`/dev/null`, `/dev/stdout`) is written directly.
 */
export class FileSink implements OutputSink {
  private written = 0;

  private constructor(
    private readonly target: string,
    private readonly handle: fs.FileHandle,
    /** The temporary file renamed over the target at the end; undefined when writing to the target directly. */
    private readonly temporary: string | undefined,
    private readonly finalPath: string,
    private readonly mode: number | undefined,
  ) {}

  /**
   * Opens the output before anything is analysed, so that a folder that cannot be written to is reported at once.
   * @param onTemporary told the temporary file's path, so an interrupted run can remove it
   * @throws OutputError when FILE or its folder cannot be written
   */
  static async open(target: string, onTemporary: (file: string | undefined) => void = () => undefined): Promise<FileSink> {
    try {
      const finalPath = await fs.realpath(target).catch(async (error: unknown) => {
        if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
        return path.join(await fs.realpath(path.dirname(target)), path.basename(target));
      });
      const existing = await statOrNull(finalPath);
      if (existing !== null && existing.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      if (existing !== null && !existing.isFile()) {
        return new FileSink(target, await fs.open(finalPath, fsConstants.O_WRONLY | fsConstants.O_TRUNC), undefined, finalPath, undefined);
      }
      const temporary = path.join(
        path.dirname(finalPath),
        `.${path.basename(finalPath)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
      );
      // The temporary file is new and hidden (a folder walk skips it); it gets the mode of the file it replaces.
      const mode = existing === null ? undefined : existing.mode & 0o7777;
      const handle = await fs.open(temporary, 'wx', mode ?? 0o666);
      onTemporary(temporary);
      return new FileSink(target, handle, temporary, finalPath, mode);
    } catch (error) {
      throw new OutputError(target, error);
    }
  }

  async write(text: string): Promise<void> {
    const bytes = Buffer.from(text, 'utf8');
    try {
      // A write may take only part of the bytes (a pipe); the temporary file is written at explicit offsets,
      // so that a document taken back by truncation is followed by the next one, not by a gap.
      for (let offset = 0; offset < bytes.length; ) {
        const position = this.temporary === undefined ? null : this.written;
        const { bytesWritten } = await this.handle.write(bytes, offset, bytes.length - offset, position);
        offset += bytesWritten;
        this.written += bytesWritten;
      }
    } catch (error) {
      throw new OutputError(this.target, error);
    }
  }

  mark(): number | undefined {
    return this.temporary === undefined ? undefined : this.written;
  }

  async rollback(mark: number): Promise<void> {
    try {
      await this.handle.truncate(mark);
      this.written = mark;
    } catch (error) {
      throw new OutputError(this.target, error);
    }
  }

  async commit(): Promise<void> {
    try {
      if (this.temporary === undefined) {
        await this.handle.close();
        return;
      }
      // The umask may have narrowed the mode the file was created with.
      if (this.mode !== undefined) await this.handle.chmod(this.mode);
      await this.handle.sync();
      await this.handle.close();
      await fs.rename(this.temporary, this.finalPath);
    } catch (error) {
      await this.abort();
      throw new OutputError(this.target, error);
    }
  }

  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    if (this.temporary !== undefined) await fs.rm(this.temporary, { force: true });
  }
}
