// Finds the documents in a folder: .txt and .md files, recursively, in a stable order, skipping hidden folders and node_modules.
import { promises as fs, type Dirent } from 'fs';
import * as path from 'path';
import { DocumentReadError } from './readDocument';

/** File name endings analysed when a folder is given (compared case-insensitively). */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.txt', '.md'];

export interface FoundDocuments {
  /** Paths of the documents, each `folder` joined with its relative path, sorted by relative path. */
  files: string[];
  /** Sub-folders that could not be listed; the walk went on without them. */
  problems: DocumentReadError[];
}

export function isDocumentFileName(name: string): boolean {
  const lowerName = name.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((extension) => lowerName.endsWith(extension) && lowerName.length > extension.length);
}

/** Hidden entries (".git", ".cache", ".notes.md") and dependency folders are never documents under review. */
function isSkipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Orders relative paths segment by segment, by UTF-16 code units: the same order on every machine and locale. */
function compareSegments(a: readonly string[], b: readonly string[]): number {
  const shared = Math.min(a.length, b.length);
  for (let index = 0; index < shared; index += 1) {
    if (a[index] !== b[index]) return a[index] < b[index] ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Walks `folder` for documents. Symbolic links to files are followed; symbolic links to folders are not,
 * so a link cycle cannot make the walk endless.
 *
 * @throws DocumentReadError when `folder` itself cannot be listed
 */
export async function findDocuments(folder: string): Promise<FoundDocuments> {
  const found: string[][] = [];
  const problems: DocumentReadError[] = [];

  async function walk(relativeSegments: string[]): Promise<void> {
    const directory = path.join(folder, ...relativeSegments);
    let entries: Dirent[];
    try {
      entries = await fs.readdir(directory, { withFileTypes: true });
    } catch (error) {
      const problem = folderError(directory, error);
      if (relativeSegments.length === 0) throw problem;
      problems.push(problem);
      return;
    }
    for (const entry of entries) {
      if (isSkipped(entry.name)) continue;
      const segments = [...relativeSegments, entry.name];
      if (entry.isDirectory()) {
        await walk(segments);
      } else if (isDocumentFileName(entry.name)) {
        const isFile = entry.isFile() || (entry.isSymbolicLink() && (await isFileTarget(path.join(folder, ...segments))));
        if (isFile) found.push(segments);
      }
    }
  }

  await walk([]);
  found.sort(compareSegments);
  return { files: found.map((segments) => path.join(folder, ...segments)), problems };
}

async function isFileTarget(linkPath: string): Promise<boolean> {
  try {
    return (await fs.stat(linkPath)).isFile();
  } catch {
    return false; // a dangling link is not a document
  }
}

function folderError(directory: string, error: unknown): DocumentReadError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'EACCES' || code === 'EPERM') {
    return new DocumentReadError(directory, 'permission-denied', 'permission denied (folder skipped)');
  }
  if (code === 'ENOENT') return new DocumentReadError(directory, 'not-found', 'no such file or directory');
  return new DocumentReadError(directory, 'unreadable', `cannot list folder (${code || 'unknown error'})`);
}
