// The documents named on the command line, folders expanded; and the check that --out would not overwrite one of them.
import { promises as fs } from 'fs';
import * as path from 'path';
import { findDocuments, isDocumentFileName } from './io/findDocuments';
import { DocumentReadError, toDocumentReadError } from './io/readDocument';
import { STDIN_PATH } from './options';

/** A document to analyse: a file path, or standard input; `input` is the PATH argument it came from. */
export type DocumentSource = { kind: 'file'; path: string; input: string } | { kind: 'stdin'; input: string };

export interface CollectedSources {
  sources: DocumentSource[];
  /** Folders among the PATH arguments. */
  folders: string[];
  /** Problems that skip an argument or part of a folder, each one line. */
  problems: Array<{ path: string; message: string }>;
}

/** The documents named by `paths`, in order; folders expanded (sorted); every problem reported, none thrown. */
export async function collectSources(paths: readonly string[]): Promise<CollectedSources> {
  const collected: CollectedSources = { sources: [], folders: [], problems: [] };
  const skip = (error: DocumentReadError): void => void collected.problems.push({ path: error.path, message: `${error.reason}, skipped` });
  let stdinTaken = false;
  for (const argument of paths) {
    if (argument === STDIN_PATH) {
      if (stdinTaken) collected.problems.push({ path: STDIN_PATH, message: 'standard input can be read only once, skipped' });
      else collected.sources.push({ kind: 'stdin', input: argument });
      stdinTaken = true;
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = (await fs.stat(argument)).isDirectory();
    } catch (error) {
      const readError = toDocumentReadError(argument, error);
      if (!(readError instanceof DocumentReadError)) throw readError;
      skip(readError);
      continue;
    }
    if (!isFolder) {
      collected.sources.push({ kind: 'file', path: argument, input: argument });
      continue;
    }
    collected.folders.push(argument);
    try {
      const found = await findDocuments(argument);
      for (const problem of found.problems) skip(problem);
      if (found.files.length === 0) collected.problems.push({ path: argument, message: 'no .txt or .md files in this folder' });
      for (const file of found.files) collected.sources.push({ kind: 'file', path: file, input: argument });
    } catch (error) {
      if (!(error instanceof DocumentReadError)) throw error;
      skip(error);
    }
  }
  return collected;
}

async function realPathOrNull(file: string): Promise<string | null> {
  try {
    return await fs.realpath(file);
  } catch {
    return null;
  }
}

async function identity(file: string): Promise<string | null> {
  try {
    const stats = await fs.stat(file);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return null;
  }
}

/** Where `file` is, by real path: the file itself when it exists, else its nearest existing folder's real path and the rest. */
async function realTarget(file: string): Promise<string | null> {
  let existingPart = path.resolve(file);
  const rest: string[] = [];
  for (;;) {
    const real = await realPathOrNull(existingPart);
    if (real !== null) return path.join(real, rest.join(path.sep));
    const parent = path.dirname(existingPart);
    if (parent === existingPart) return null;
    rest.unshift(path.basename(existingPart));
    existingPart = parent;
  }
}

/** Whether a folder walk from `folder` would pick up `file` as a document: under it, in no hidden folder, with a document's name. */
function isWalkedDocument(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
  const segments = relative.split(path.sep);
  if (segments.some((segment) => segment.startsWith('.') || segment === 'node_modules')) return false;
  return isDocumentFileName(segments[segments.length - 1]);
}

/**
 * Why `--out` must not be `outFile`, or null: it is one of the documents (by real path after symbolic links, or
 * the same file under another name), or a document a walk of one of the folders would read (the next run would
 * analyse the report as a document).
 */
export async function outputConflict(outFile: string, collected: CollectedSources): Promise<string | null> {
  const target = await realTarget(outFile);
  if (target === null) return null;
  const targetIdentity = await identity(outFile);
  for (const source of collected.sources) {
    if (source.kind !== 'file') continue;
    if ((await realPathOrNull(source.path)) === target || (targetIdentity !== null && (await identity(source.path)) === targetIdentity)) {
      return `--out ${outFile} is the document ${source.path}; writing the output there would replace it`;
    }
  }
  for (const folder of collected.folders) {
    const realFolder = await realPathOrNull(folder);
    if (realFolder !== null && isWalkedDocument(realFolder, target)) {
      return `--out ${outFile} is inside the folder ${folder}, where it would be read as one of the documents`;
    }
  }
  return null;
}
