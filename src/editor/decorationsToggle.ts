// "Toggle Highlights…": a quick pick of the highlight kinds (and the mark of claims of low confidence) that writes the
// per-kind settings where they are set.
import * as vscode from 'vscode';
import { CONFIG_SECTION, highlightSetting, Setting } from '../settings/config';
import { HIGHLIGHT_KINDS, HIGHLIGHT_LABELS, HIGHLIGHT_SHAPES } from '../derived/decorationsModel';
import type { SettingsStore } from '../settings/settingsStore';
import { ownText } from '../presentation/uiText';

interface KindItem extends vscode.QuickPickItem {
  /** The setting the item turns on or off. */
  setting: string;
  enabled: boolean;
}

export async function toggleHighlights(settings: SettingsStore): Promise<void> {
  const enabled = settings.current.highlights;
  const items: KindItem[] = HIGHLIGHT_KINDS.map((kind) => ({
    setting: highlightSetting(kind),
    enabled: enabled[kind],
    label: HIGHLIGHT_LABELS[kind],
    description: HIGHLIGHT_SHAPES[kind],
    picked: enabled[kind],
  }));
  const low = settings.current.highlightLowConfidence;
  items.push({
    setting: Setting.highlightLowConfidence,
    enabled: low,
    label: 'Claims of low confidence',
    description: ownText(`dotted outline and "?", below ${settings.current.lowConfidenceThreshold}`),
    picked: low,
  });
  const chosen = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: 'Source Lens: Highlights',
    placeHolder: 'Choose which kinds to highlight',
  });
  if (!chosen) return;
  const configuration = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const updates = items
    .filter((item) => chosen.some((picked) => picked.setting === item.setting) !== item.enabled)
    .map((item) => {
      const inspected = configuration.inspect<boolean>(item.setting);
      // Change the value where it is in force, so a workspace setting is not silently shadowing the edit.
      const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      return configuration.update(item.setting, !item.enabled, target);
    });
  await Promise.all(updates);
}
