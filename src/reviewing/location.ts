// Where a document's review file is kept: beside it in the workspace (`.sourcelens/reviews/<relative path>.json`), or in
// VS Code's storage for the workspace when the reader prefers to keep reviews out of the folder.
import * as vscode from 'vscode';
import { CONFIG_SECTION, Setting } from '../settings/config';
import { reviewFolderSetting } from '../review/paths';

export type ReviewLocation = 'workspace' | 'workspaceStorage';

/** The storage folders VS Code gives the extension. */
export interface StorageFolders {
  storageUri: vscode.Uri | undefined;
  globalStorageUri: vscode.Uri;
}

export function reviewLocationSetting(value: unknown): ReviewLocation {
  return value === 'workspaceStorage' ? 'workspaceStorage' : 'workspace';
}

/** The path of a document inside its workspace folder, with `/` separators; undefined outside any folder. */
function relativeInFolder(document: vscode.Uri): { folder: vscode.WorkspaceFolder; relative: string } | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(document);
  if (!folder) return undefined;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  if (!document.path.startsWith(base)) return undefined;
  return { folder, relative: document.path.slice(base.length) };
}

/** A short stable name for a path outside any workspace folder. */
function hashed(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * The review file of a document, or undefined for one that has no place to keep it (an untitled document). `name` is
 * what the review records as its document: the path relative to the workspace folder.
 */
export function reviewFileFor(document: vscode.Uri, storage: StorageFolders): { file: vscode.Uri; name: string } | undefined {
  if (document.scheme === 'untitled') return undefined;
  const configuration = vscode.workspace.getConfiguration(CONFIG_SECTION, document);
  const location = reviewLocationSetting(configuration.get<unknown>(Setting.reviewLocation));
  const inFolder = relativeInFolder(document);
  const fileName = document.path.split('/').pop() ?? 'document';
  if (inFolder) {
    // Uri.joinPath takes `/`-separated paths whole.
    const file = `${inFolder.relative}.json`;
    if (location === 'workspace') {
      const folder = reviewFolderSetting(configuration.get<unknown>(Setting.reviewFolder));
      return { file: vscode.Uri.joinPath(inFolder.folder.uri, folder, file), name: inFolder.relative };
    }
    const root = storage.storageUri ?? storage.globalStorageUri;
    return { file: vscode.Uri.joinPath(root, 'reviews', inFolder.folder.name, file), name: inFolder.relative };
  }
  const outside = `${hashed(document.toString())}-${fileName}.json`;
  return { file: vscode.Uri.joinPath(storage.globalStorageUri, 'reviews', 'outside', outside), name: fileName };
}
