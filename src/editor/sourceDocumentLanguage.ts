// Gives documents that carry a ` date YYYY-MM-DD ` header (as the engine reads it) the Source Document language, whose
// grammar colours the header and quotations.
import * as vscode from 'vscode';
import { SOURCE_DOCUMENT_LANGUAGE } from '../settings/config';
import { DATE_HEADER_PROBE_CHARS, hasDateHeader } from '../documents/documentState';
import type { SettingsStore } from '../settings/settingsStore';

/** Where switching makes sense: real files and buffers, not the read-only copies SCM opens for diffs. */
const SWITCHABLE_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-userdata']);

export class SourceDocumentLanguage implements vscode.Disposable {
  /** Documents switched once: if the user switches one back, it stays as they chose. */
  private readonly switched = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly settings: SettingsStore,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => void this.autoSwitch(editor.document))),
      settings.onDidChange(() => this.switchVisible()),
    );
    this.switchVisible();
  }

  /** Switches a document by hand, whatever its header. */
  async switchDocument(document: vscode.TextDocument): Promise<void> {
    if (document.languageId === SOURCE_DOCUMENT_LANGUAGE) return;
    this.switched.add(document.uri.toString());
    await vscode.languages.setTextDocumentLanguage(document, SOURCE_DOCUMENT_LANGUAGE);
  }

  private switchVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) void this.autoSwitch(editor.document);
  }

  private async autoSwitch(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    if (
      !this.settings.current.autoSwitchToSourceDocument ||
      document.languageId !== 'plaintext' ||
      this.switched.has(key) ||
      !SWITCHABLE_SCHEMES.has(document.uri.scheme) ||
      !hasDateHeader(document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(DATE_HEADER_PROBE_CHARS))))
    ) {
      return;
    }
    this.switched.add(key);
    try {
      await vscode.languages.setTextDocumentLanguage(document, SOURCE_DOCUMENT_LANGUAGE);
      this.log.info(
        `Switched ${vscode.workspace.asRelativePath(document.uri, false)} to the Source Document language (it starts with a date header).`,
      );
    } catch (error) {
      this.log.warn(`Could not switch ${key} to the Source Document language: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
