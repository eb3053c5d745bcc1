// "Disable in This Workspace" / "Enable in This Workspace", the context key that tells which one applies, and the status
// bar item's menu that offers the first in one click.
import * as vscode from 'vscode';
import { CommandId, ContextKey, ViewId } from './ids';
import { CONFIG_SECTION, Setting } from '../settings/config';
import type { SettingsStore } from '../settings/settingsStore';

const OPEN_SETTINGS = 'workbench.action.openSettings';
/** The Settings editor's filter for this extension's settings. */
const SETTINGS_QUERY = '@ext:source-lens.source-lens';

/** Keeps `sourcelens.disabledInWorkspace` in step with the settings, for the palette and the views' welcome content. */
export class WorkspaceSwitch implements vscode.Disposable {
  private readonly subscription: vscode.Disposable;
  private lastDisabled: boolean | undefined;

  constructor(private readonly settings: SettingsStore) {
    this.subscription = settings.onDidChange((change) => {
      if (change.languages) this.update();
    });
    this.update();
  }

  /** Whether Source Lens is switched off for the workspace as a whole (a folder can also switch it off for itself). */
  get disabled(): boolean {
    return this.settings.exclusionFor(vscode.workspace.workspaceFolders?.[0]?.uri).disabled;
  }

  private update(): void {
    const disabled = this.disabled;
    if (disabled === this.lastDisabled) return;
    this.lastDisabled = disabled;
    void vscode.commands.executeCommand('setContext', ContextKey.disabledInWorkspace, disabled);
  }

  /** Writes `"sourcelens.enabled": false` to the workspace's settings; with no folder open there is no workspace to write to. */
  async disable(): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage(
        'Source Lens: open a folder to disable Source Lens in it; without one, remove the language from "sourcelens.languages".',
      );
      return;
    }
    const configuration = vscode.workspace.getConfiguration(CONFIG_SECTION);
    await configuration.update(Setting.enabled, false, vscode.ConfigurationTarget.Workspace);
    // Not awaited: the command is done once the setting is written, whether or not the message is ever dismissed.
    void vscode.window
      .showInformationMessage('Source Lens is disabled in this workspace ("sourcelens.enabled": false in its settings).', 'Undo')
      .then((choice) => (choice === 'Undo' ? this.enable() : undefined));
  }

  /** Removes the workspace's `sourcelens.enabled: false` (and a folder's), and says so if the user's settings still disable it. */
  async enable(): Promise<void> {
    const configuration = vscode.workspace.getConfiguration(CONFIG_SECTION);
    const inspected = configuration.inspect(Setting.enabled);
    if (inspected?.workspaceValue !== undefined) {
      await configuration.update(Setting.enabled, undefined, vscode.ConfigurationTarget.Workspace);
    }
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const folderConfiguration = vscode.workspace.getConfiguration(CONFIG_SECTION, folder.uri);
      if (folderConfiguration.inspect(Setting.enabled)?.workspaceFolderValue !== undefined) {
        await folderConfiguration.update(Setting.enabled, undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      }
    }
    if (this.disabled) {
      const message = 'Source Lens is still disabled by your user settings ("sourcelens.enabled": false).';
      void vscode.window.showInformationMessage(message, 'Open Settings').then((choice) => {
        if (choice === 'Open Settings') void vscode.commands.executeCommand(OPEN_SETTINGS, `${CONFIG_SECTION}.${Setting.enabled}`);
      });
    }
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

/** The status bar item's menu: what a reader does next with the document, and the way to switch Source Lens off here. */
export async function showStatusMenu(): Promise<void> {
  const items: Array<vscode.QuickPickItem & { command?: string; argument?: string }> = [
    { label: '$(list-tree) Show Actors and Claims', command: `${ViewId.actors}.focus` },
    { label: '$(arrow-down) Next Claim', command: CommandId.nextClaim },
    { label: '$(symbol-color) Toggle Highlights…', command: CommandId.toggleHighlights },
    { label: '$(export) Export Analysis…', command: CommandId.exportAnalysis },
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    {
      label: '$(circle-slash) Disable in This Workspace',
      description: 'leave the documents of this folder as they are',
      command: CommandId.disableInWorkspace,
    },
    { label: '$(gear) Settings', description: 'languages, excluded files, highlights', command: OPEN_SETTINGS, argument: SETTINGS_QUERY },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Source Lens', placeHolder: 'Choose an action' });
  if (!picked?.command) return;
  if (picked.argument === undefined) await vscode.commands.executeCommand(picked.command);
  else await vscode.commands.executeCommand(picked.command, picked.argument);
}
