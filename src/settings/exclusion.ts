// Which documents Source Lens leaves alone: `sourcelens.enabled` and the `sourcelens.exclude` globs, as each level of
// settings gives them. No `vscode` import: the rule is plain data, matched against paths by the caller.

/** One setting as `WorkspaceConfiguration.inspect` reports it, per level. */
export interface InspectedSetting {
  defaultValue?: unknown;
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

export interface ExclusionRule {
  /** Source Lens is switched off for the document (`sourcelens.enabled` false where it applies). */
  disabled: boolean;
  /** Globs whose matching documents are not analysed. */
  globs: string[];
}

/** What `sourcelens.exclude` holds by default: folders and files a developer's repository has, that are not sources. */
export const DEFAULT_EXCLUDE: Readonly<Record<string, boolean>> = {
  '**/node_modules/**': true,
  '**/CHANGELOG.md': true,
  '**/LICENSE*': true,
};

/** `{ glob: boolean }` entries of one level; anything else (a hand-edited string, a list) counts as no entries. */
function entries(value: unknown): Array<[string, boolean]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const found: Array<[string, boolean]> = [];
  for (const [glob, on] of Object.entries(value as Record<string, unknown>)) {
    if (glob.trim() && typeof on === 'boolean') found.push([glob.trim(), on]);
  }
  return found;
}

/**
 * The rule for one document. A trusted workspace's levels override one another as VS Code merges them (default, user,
 * workspace, folder). An untrusted workspace may only narrow what Source Lens does: its folder can add exclusions and
 * switch Source Lens off, but not turn off an exclusion or switch Source Lens back on where the user's settings say
 * otherwise, so a repository cannot make Source Lens read what the user chose to keep it away from.
 */
export function exclusionRule(exclude: InspectedSetting, enabled: InspectedSetting, trusted: boolean): ExclusionRule {
  const merged = new Map<string, boolean>();
  const apply = (value: unknown, narrowOnly: boolean): void => {
    for (const [glob, on] of entries(value)) if (on || !narrowOnly) merged.set(glob, on);
  };
  apply(exclude.defaultValue ?? DEFAULT_EXCLUDE, false);
  apply(exclude.globalValue, false);
  apply(exclude.workspaceValue, !trusted);
  apply(exclude.workspaceFolderValue, !trusted);
  const globs = [...merged].flatMap(([glob, on]) => (on ? [glob] : []));
  let on = enabled.globalValue !== false;
  for (const value of [enabled.workspaceValue, enabled.workspaceFolderValue]) {
    if (value === false) on = false;
    else if (value === true && trusted) on = true;
  }
  return { disabled: !on, globs };
}
