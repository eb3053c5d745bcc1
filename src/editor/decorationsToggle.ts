// "Toggle Highlights…": a quick pick of the highlight kinds that writes the per-kind settings where they are set.
import * as vscode from 'vscode';
import { CONFIG_SECTION, highlightSetting } from '../settings/config';
import { HIGHLIGHT_KINDS, HIGHLIGHT_LABELS, type HighlightKind } from '../derived/decorationsModel';
import type { SettingsStore } from '../settings/settingsStore';

interface KindItem extends vscode.QuickPickItem {
  highlightKind: HighlightKind;
}

export async function toggleHighlights(settings: SettingsStore): Promise<void> {
  const enabled = settings.current.highlights;
  const items: KindItem[] = HIGHLIGHT_KINDS.map((kind) => ({ highlightKind: kind, label: HIGHLIGHT_LABELS[kind], picked: enabled[kind] }));
  const chosen = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: 'Source Lens: Highlights',
    placeHolder: 'Choose which kinds to highlight',
  });
  if (!chosen) return;
  const configuration = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const updates = HIGHLIGHT_KINDS.filter((kind) => chosen.some((item) => item.highlightKind === kind) !== enabled[kind]).map((kind) => {
    const key = highlightSetting(kind);
    const inspected = configuration.inspect<boolean>(key);
    // Change the value where it is in force, so a workspace setting is not silently shadowing the edit.
    const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    return configuration.update(key, !enabled[kind], target);
  });
  await Promise.all(updates);
}
