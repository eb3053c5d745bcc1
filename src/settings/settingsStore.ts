// Live settings: the window-wide snapshot, per-document reads of resource settings, and a change event.
import * as vscode from 'vscode';
import { analyzerOptionsKey, CONFIG_SECTION, readSettings, Setting, type Settings } from './config';

export interface SettingsChange {
  /** Languages or excluded documents changed: which documents Source Lens handles. */
  languages: boolean;
  /** What the engine finds changed (known actors, ignored names, document date). */
  analyzerOptions: boolean;
  highlights: boolean;
  /** Size limit or debounce. */
  limits: boolean;
}

export class SettingsStore implements vscode.Disposable {
  private snapshot: Settings;
  private readonly changed = new vscode.EventEmitter<SettingsChange>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.snapshot = readSettings(vscode.workspace.getConfiguration(CONFIG_SECTION));
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(CONFIG_SECTION)) return;
      const affects = (key: string): boolean => event.affectsConfiguration(`${CONFIG_SECTION}.${key}`);
      this.snapshot = readSettings(vscode.workspace.getConfiguration(CONFIG_SECTION));
      this.changed.fire({
        languages: affects(Setting.languages),
        analyzerOptions: affects(Setting.knownActors) || affects(Setting.ignoreNames) || affects(Setting.documentDate),
        highlights: affects('highlight'),
        limits: affects(Setting.maxFileSizeMB) || affects(Setting.debounceMs),
      });
    });
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

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
