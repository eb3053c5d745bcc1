// `sourcelens.exclude` and "Disable in This Workspace" keep Source Lens away from a developer's files: nothing analysed,
// painted or listed there, and everything back once the setting is undone.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourceLensApi } from '../../../src/api';
import { eventually, openAnalyzedSeed, withSetting } from './helpers';

const NOTE = 'Kremlin spokesman Dmitry Peskov said on Monday that talks in Moscow had been useful.\n';

async function writeNote(relativePath: string): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder);
  const uri = vscode.Uri.joinPath(folder.uri, relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(NOTE));
  return uri;
}

async function show(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
}

describe('Source Lens leaves excluded documents alone', () => {
  let api: SourceLensApi;
  let dependency: vscode.Uri;
  let note: vscode.Uri;

  before(async () => {
    ({ api } = await openAnalyzedSeed());
    dependency = await writeNote('node_modules/some-package/README.md');
    note = await writeNote('notes/README.md');
  });

  after(async () => {
    // The messages of Disable and Enable in This Workspace would stay for the next suites.
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder) {
      for (const name of ['node_modules', 'notes']) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder.uri, name), { recursive: true });
    }
  });

  it('does not analyse, paint or follow a document under node_modules, and does analyse the same text elsewhere', async () => {
    const excluded = await show(dependency);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.strictEqual(api.documentState(dependency), undefined, 'an excluded document has no state');
    assert.strictEqual(await api.whenAnalyzed(dependency, 2000), undefined);
    assert.deepStrictEqual(Object.values(api.paintedRanges(excluded)).filter((count) => typeof count === 'number' && count > 0), []);
    assert.strictEqual(api.followedDocument(), undefined, 'the views do not follow it');
    assert.strictEqual(api.statusBar().visible, false);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', dependency, new vscode.Position(0, 22));
    assert.ok(!hovers.some((hover) => JSON.stringify(hover.contents).includes('Source Lens')), 'no Source Lens hover card');

    await show(note);
    assert.strictEqual((await api.whenAnalyzed(note, 20_000))?.kind, 'analyzed');
  });

  it('follows the setting live: a new glob excludes, turning a default off includes', async () => {
    await show(note);
    await withSetting('exclude', { 'notes/**': true, '**/node_modules/**': false }, async () => {
      await eventually('notes/README.md to be excluded', () => (api.documentState(note) === undefined ? true : undefined));
      await show(dependency);
      assert.strictEqual((await api.whenAnalyzed(dependency, 20_000))?.kind, 'analyzed', 'node_modules is analysed once the default is turned off');
    });
    await eventually('node_modules to be excluded again', () => (api.documentState(dependency) === undefined ? true : undefined));
    await show(note);
    assert.strictEqual((await api.whenAnalyzed(note, 20_000))?.kind, 'analyzed');
  });

  it('"Disable in This Workspace" stops Source Lens in the workspace, and "Enable in This Workspace" brings it back', async () => {
    const editor = await show(note);
    await api.whenAnalyzed(note, 20_000);
    await vscode.commands.executeCommand('sourcelens.disableInWorkspace');
    try {
      assert.strictEqual(vscode.workspace.getConfiguration('sourcelens').inspect('enabled')?.workspaceValue, false, 'written to the workspace settings');
      await eventually('the note to be left alone', () => (api.documentState(note) === undefined ? true : undefined));
      await eventually('its highlights to be cleared', () => (api.paintedRanges(editor).person === 0 ? true : undefined));
      assert.deepStrictEqual(api.actorsTreeItems(), []);
      // The shipped sample is not the workspace's: opened on purpose, it is still analysed.
      await vscode.commands.executeCommand('sourcelens.openSample');
      const sample = await eventually('the sample to open', () => {
        const active = vscode.window.activeTextEditor?.document;
        return active?.uri.scheme === 'sourcelens-sample' ? active : undefined;
      });
      assert.strictEqual((await api.whenAnalyzed(sample.uri, 20_000))?.kind, 'analyzed');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.commands.executeCommand('sourcelens.enableInWorkspace');
    }
    assert.strictEqual(vscode.workspace.getConfiguration('sourcelens').inspect('enabled')?.workspaceValue, undefined);
    assert.strictEqual((await api.whenAnalyzed(note, 20_000))?.kind, 'analyzed');
    // Shown again after the sample, the note has an editor object of its own.
    const shown = await show(note);
    await eventually('its highlights to come back', () => (api.paintedRanges(shown).person > 0 ? true : undefined));
  });
});
