// Where review files live relative to a workspace folder; shared by the editor and the command line.

export const DEFAULT_REVIEW_FOLDER = '.sourcelens/reviews';

/**
 * The review folder a setting names, inside the workspace folder: relative, without `..`; anything else (an absolute
 * path, a way out of the folder) falls back to the default, so a workspace's settings cannot send reviews elsewhere.
 */
export function reviewFolderSetting(value: unknown): string {
  if (typeof value !== 'string') return DEFAULT_REVIEW_FOLDER;
  const parts = value.replace(/\\/g, '/').split('/').filter((part) => part !== '' && part !== '.');
  const absolute = /^[A-Za-z]:|^\//.test(value.trim());
  const valid = parts.length > 0 && !absolute && parts.every((part) => part !== '..' && !/[\0<>:"|?*]/.test(part));
  return valid ? parts.join('/') : DEFAULT_REVIEW_FOLDER;
}

/** The review file's path, `/`-separated, of a document at `relative` (also `/`-separated) in a workspace folder. */
export function reviewPath(folderSetting: unknown, relative: string): string {
  return `${reviewFolderSetting(folderSetting)}/${relative}.json`;
}
