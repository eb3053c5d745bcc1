// Review files for the command line: found beside a document as the editor keeps them (`.sourcelens/reviews/<path>.json`
// under the folder that holds it, or the folder `sourcelens.review.folder` names), read as untrusted input.
import { promises as fs } from 'fs';
import * as path from 'path';
import { parseReview, REVIEW_LIMITS, type Review } from '../review';
import { DEFAULT_REVIEW_FOLDER, reviewFolderSetting } from '../review/paths';
import { parseJsonc } from './jsonc';

/** A review file that cannot be used: what is wrong and the line to fix. */
export class ReviewFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(reason);
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The review folder a folder's `.vscode/settings.json` names, or the default. */
async function reviewFolderOf(folder: string): Promise<string> {
  const settings = path.join(folder, '.vscode', 'settings.json');
  if (!(await isFile(settings))) return DEFAULT_REVIEW_FOLDER;
  try {
    const parsed = parseJsonc(await fs.readFile(settings, 'utf8'));
    const value = parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? (parsed.value as Record<string, unknown>) : {};
    return reviewFolderSetting(value['sourcelens.review.folder']);
  } catch {
    return DEFAULT_REVIEW_FOLDER;
  }
}

/**
 * The review file of a document: in each folder above it (nearest first), the review folder's copy of its path. The
 * first that exists wins, as the nearest folder is the workspace folder the editor would have used.
 */
export async function findReviewFile(document: string): Promise<string | undefined> {
  const absolute = path.resolve(document);
  let folder = path.dirname(absolute);
  for (;;) {
    const reviewFolder = await reviewFolderOf(folder);
    const candidate = `${path.join(folder, reviewFolder, path.relative(folder, absolute))}.json`;
    if (await isFile(candidate)) return candidate;
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** Reads and validates a review file. @throws ReviewFileError with the line of the problem */
export async function readReviewFile(file: string): Promise<Review> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (stat.size > REVIEW_LIMITS.characters * 4) {
      throw new ReviewFileError(file, 1, `the file is ${stat.size} bytes; too large for a review`);
    }
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof ReviewFileError) throw error;
    throw new ReviewFileError(file, 1, `cannot read it (${error instanceof Error ? error.message : String(error)})`);
  }
  const read = parseReview(text);
  if (!read.ok) throw new ReviewFileError(file, read.line, read.message);
  return read.review;
}
