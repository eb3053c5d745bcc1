// Finding the workspace's indexable documents and reading them: `findFiles` with one exclude glob per folder (its
// `files.exclude`, `search.exclude`, `.gitignore` and `sourcelens.exclude`), the same rule for one changed file, and a
// document's text from its open editor (unsaved edits included) or from disk.
import * as vscode from 'vscode';
import type { SettingsStore } from '../settings/settingsStore';
import { contentHash } from './cacheKey';
import { stampHolds, stampOf, type FileStamp } from './fileStamp';
import { combinedGlob, enabledGlobs, gitignoreGlobs, includeGlob, indexedExtensions, literalGlob } from './excludes';

/** Bytes read to tell a binary file from text. */
const BINARY_PROBE = 8192;

/** Each workspace folder's exclude glob (null: nothing excluded), or `disabled` when Source Lens is off in it. */
export type FolderExcludes = Map<string, { glob: string | null } | 'disabled'>;

/** Bounds the `.gitignore` files read in one folder (a vendored tree can hold thousands). */
const MAX_GITIGNORE_FILES = 200;

/**
 * The globs of every `.gitignore` of a folder, each for its own folder as git reads them, found outside what
 * `files.exclude` hides (as search finds them); a file that cannot be read adds nothing.
 */
async function gitignoreGlobsOf(folder: vscode.WorkspaceFolder, filesExclude: string | undefined): Promise<string[]> {
  const pattern = new vscode.RelativePattern(folder, '**/.gitignore');
  const found = await vscode.workspace.findFiles(pattern, filesExclude ?? null, MAX_GITIGNORE_FILES);
  const root = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  const globs: string[] = [];
  for (const uri of found) {
    if (!uri.path.startsWith(root)) continue;
    const directory = uri.path.slice(root.length, -'.gitignore'.length);
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      for (const glob of gitignoreGlobs(text, directory)) globs.push(glob);
    } catch {
      // Unreadable: as git, which cannot read it either, excludes nothing by it.
    }
  }
  return globs;
}

/** The exclude glob of every workspace folder, read once per scan. */
export async function folderExcludes(settings: SettingsStore): Promise<FolderExcludes> {
  const excludes: FolderExcludes = new Map();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const rule = settings.exclusionFor(folder.uri);
    if (rule.disabled) {
      excludes.set(folder.uri.toString(), 'disabled');
      continue;
    }
    const search = vscode.workspace.getConfiguration('search', folder.uri);
    const filesExclude = enabledGlobs(vscode.workspace.getConfiguration('files', folder.uri).get<unknown>('exclude'));
    const ignored = search.get<unknown>('useIgnoreFiles') === false ? [] : await gitignoreGlobsOf(folder, combinedGlob(filesExclude));
    const globs = [...filesExclude, ...enabledGlobs(search.get<unknown>('exclude')), ...ignored, ...rule.globs];
    excludes.set(folder.uri.toString(), { glob: combinedGlob(globs) ?? null });
  }
  return excludes;
}

/** Every indexable document of the workspace, in a stable order. */
export async function findIndexable(
  languages: readonly string[],
  excludes: FolderExcludes,
  token: vscode.CancellationToken,
): Promise<vscode.Uri[]> {
  const include = includeGlob(languages);
  if (include === undefined) return [];
  const found: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const exclude = excludes.get(folder.uri.toString());
    if (exclude === 'disabled' || exclude === undefined) continue;
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, include), exclude.glob, undefined, token);
    for (const uri of uris) found.push(uri);
  }
  return found.sort((a, b) => (a.toString() < b.toString() ? -1 : a.toString() > b.toString() ? 1 : 0));
}

/** Whether a file has an indexed extension (a cheap test before asking the file search). */
export function hasIndexedExtension(uri: vscode.Uri, languages: readonly string[]): boolean {
  const dot = uri.path.lastIndexOf('.');
  return dot > uri.path.lastIndexOf('/') && indexedExtensions(languages).includes(uri.path.slice(dot + 1).toLowerCase());
}

/**
 * Whether one file is indexable by the same rule as a full scan: the file search asked for that path alone. Undefined
 * when its path cannot be said as a glob (the caller scans the whole workspace instead).
 */
export async function isIndexable(uri: vscode.Uri, languages: readonly string[], excludes: FolderExcludes): Promise<boolean | undefined> {
  if (!hasIndexedExtension(uri, languages)) return false;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const exclude = folder && excludes.get(folder.uri.toString());
  if (!folder || exclude === undefined || exclude === 'disabled') return false;
  const relative = vscode.workspace.asRelativePath(uri, false);
  const literal = literalGlob(relative);
  if (literal === undefined) return undefined;
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, literal), exclude.glob, 1);
  return found.length > 0;
}

/** Why a document is left out of the index, when it is. */
export type Unreadable = { skipped: 'missing' | 'binary' | 'tooLarge' };

/** What a scan knows of a document: its text (with the stamp to record, when its file's is trustworthy) or its stamp. */
export type ScanRead = { text: string; stamp?: FileStamp; hash: string } | { stamp: FileStamp } | Unreadable;

/**
 * A document for a scan: a file whose size and modification time are as `known` records is not read (its text is the
 * one hashed then); an open editor's text, or a changed file's, is read and hashed.
 */
export async function readForScan(uri: vscode.Uri, maxChars: number, known: FileStamp | undefined, now: number): Promise<ScanRead> {
  const key = uri.toString();
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
  if (open) {
    const text = open.getText();
    return text.length > maxChars ? { skipped: 'tooLarge' } : { text, hash: contentHash(text) };
  }
  let bytes: Uint8Array;
  let stat: vscode.FileStat;
  try {
    // Four bytes a character at most: anything longer is over the limit whatever it holds.
    stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > maxChars * 4) return { skipped: 'tooLarge' };
    if (stampHolds(known, stat)) return known.chars > maxChars ? { skipped: 'tooLarge' } : { stamp: known };
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return { skipped: 'missing' };
  }
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) return { skipped: 'binary' };
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  if (text.length > maxChars) return { skipped: 'tooLarge' };
  const hash = contentHash(text);
  // The stat was taken before the read: a write after it leaves a newer time than the one recorded.
  const stamp = bytes.length === stat.size ? stampOf(stat, text, hash, now) : undefined;
  return stamp ? { text, stamp, hash } : { text, hash };
}
