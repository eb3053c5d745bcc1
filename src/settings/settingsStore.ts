// Live settings: the window-wide snapshot, per-document reads of resource settings, and a change event.
import * as vscode from 'vscode';
import { analyzerOptionsKey, CONFIG_SECTION, readSettings, Setting, type Settings } from './config';
import { exclusionRule, type ExclusionRule } from './exclusion';

export interface SettingsChange {
  /** Languages or excluded documents changed: which documents Source Lens handles. */
  languages: boolean;
  /** What the engine finds changed (known actors, ignored names, document date). */
  analyzerOptions: boolean;
  /** A highlight kind, or the threshold of low confidence. */
  highlights: boolean;
  /** Size limit or debounce. */
  limits: boolean;
  /** The workspace index's settings. */
  index: boolean;
}

export class SettingsStore implements vscode.Disposable {
  private snapshot: Settings;
  private readonly changed = new vscode.EventEmitter<SettingsChange>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  /** Whether each document is excluded, until the settings or the workspace's trust change (asked on every hover and paint). */
  private excluded = new WeakMap<vscode.TextDocument, boolean>();

  constructor() {
    this.snapshot = readSettings(vscode.workspace.getConfiguration(CONFIG_SECTION));
    this.subscriptions = [
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration(CONFIG_SECTION)) return;
        const affects = (key: string): boolean => event.affectsConfiguration(`${CONFIG_SECTION}.${key}`);
        this.snapshot = readSettings(vscode.workspace.getConfiguration(CONFIG_SECTION));
        const exclusion = affects(Setting.exclude) || affects(Setting.enabled);
        if (exclusion) this.excluded = new WeakMap();
        this.changed.fire({
          languages: affects(Setting.languages) || exclusion,
          analyzerOptions: affects(Setting.knownActors) || affects(Setting.ignoreNames) || affects(Setting.documentDate),
          highlights: affects('highlight') || affects(Setting.lowConfidenceThreshold),
          limits: affects(Setting.maxFileSizeMB) || affects(Setting.debounceMs),
          index: affects('index'),
        });
      }),
      // Trust lets the workspace's own settings widen what is analysed again (see `exclusionRule`).
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        this.excluded = new WeakMap();
        this.changed.fire({ languages: true, analyzerOptions: false, highlights: false, limits: false, index: false });
      }),
    ];
  }

  /** Window-wide settings (languages, highlights, limits). */
  get current(): Settings {
    return this.snapshot;
  }

  /** Settings as they apply to one document, folder-level corrections included. */
  forDocument(uri: vscode.Uri): Settings & { optionsKey: string } {
    const settings = readSettings(vscode.workspace.getConfiguration(CONFIG_SECTION, uri));
    return { ...settings, optionsKey: analyzerOptionsKey(settings) };
  }

  /** The exclusion rule as it applies to a document (folder settings included). */
  exclusionFor(uri: vscode.Uri | undefined): ExclusionRule {
    const configuration = vscode.workspace.getConfiguration(CONFIG_SECTION, uri);
    const exclude = configuration.inspect(Setting.exclude) ?? {};
    return exclusionRule(exclude, configuration.inspect(Setting.enabled) ?? {}, vscode.workspace.isTrusted);
  }

  /** Whether `sourcelens.enabled` or `sourcelens.exclude` keeps Source Lens away from the document. */
  excludes(document: vscode.TextDocument): boolean {
    let excluded = this.excluded.get(document);
    if (excluded === undefined) {
      excluded = matchesExclusion(document, this.exclusionFor(document.uri));
      this.excluded.set(document, excluded);
    }
    return excluded;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }
}

/**
 * Globs are matched as VS Code matches a document filter's pattern: against the document's path, and (for a document in
 * a workspace folder) relative to that folder, so a folder-relative glob works as well as one starting with `**`.
 */
function matchesExclusion(document: vscode.TextDocument, rule: ExclusionRule): boolean {
  if (rule.disabled) return true;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  const matches = (pattern: vscode.GlobPattern): boolean => vscode.languages.match({ pattern }, document) > 0;
  return rule.globs.some((glob) => matches(glob) || (folder !== undefined && matches(new vscode.RelativePattern(folder, glob))));
}
