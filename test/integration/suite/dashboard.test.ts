// The dashboard panel in a real editor: the command opens one panel drawn from the analysed documents, a reveal from
// its page opens the line it names, and a message naming anything else opens nothing.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourceLensApi } from '../../../src/api';
import { eventually, openAnalyzedSeed, seedSymbols } from './helpers';

function dashboardTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.label === 'Source Lens Dashboard');
}

function tabsSeen(): string {
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
  return JSON.stringify(tabs.map((tab) => [tab.label, tab.input instanceof vscode.TabInputWebview ? tab.input.viewType : typeof tab.input]));
}

describe('Source Lens dashboard', () => {
  let api: SourceLensApi;
  let seed: vscode.Uri;

  before(async () => {
    const opened = await openAnalyzedSeed();
    api = opened.api;
    seed = opened.editor.document.uri;
  });

  after(async () => {
    for (const tab of dashboardTabs()) await vscode.window.tabGroups.close(tab);
  });

  it('opens one panel drawn from the analysed documents, and a reveal from it opens the line', async () => {
    await vscode.commands.executeCommand('sourcelens.openDashboard');
    const shown = await eventually('the dashboard to show the seed', () => {
      const snapshot = api.dashboard();
      return snapshot?.visible && snapshot.documents.some((name) => seed.path.endsWith(name)) ? snapshot : undefined;
    });
    assert.match(shown.html, /Claims per speaker/);
    assert.match(shown.html, /Content-Security-Policy" content="default-src 'none'/);
    // The tab model reaches the extension host a moment after the panel does.
    await eventually(`the dashboard's tab (tabs: ${tabsSeen()})`, () => (dashboardTabs().length > 0 ? true : undefined));
    await vscode.commands.executeCommand('sourcelens.openDashboard');
    assert.strictEqual(dashboardTabs().length, 1, `the command shows the panel it opened before; tabs: ${tabsSeen()}`);

    const seedIndex = shown.documents.findIndex((name) => seed.path.endsWith(name));
    const lines = [...shown.html.matchAll(/data-document="(\d+)" data-line="(\d+)"/g)]
      .filter((match) => Number(match[1]) === seedIndex)
      .map((match) => Number(match[2]));
    const claimLines = new Set((await seedSymbols(seed, 3)).flatMap((actor) => actor.children.map((claim) => claim.range.start.line + 1)));
    const line = lines.find((candidate) => candidate > 1 && claimLines.has(candidate));
    assert.ok(line, `a mark leads to a claim's line of the seed (marks: ${lines.slice(0, 10).join(', ')})`);

    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
    const before = await vscode.window.showTextDocument(seed, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    before.selection = new vscode.Selection(0, 0, 0, 0);
    assert.strictEqual(await api.postToDashboard({ type: 'reveal', document: seedIndex, line }), true);
    const editor = await eventually('the seed at the revealed line', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.toString() === seed.toString() && active.selection.active.line === line - 1 ? active : undefined;
    });
    assert.ok(editor.visibleRanges.some((range) => range.contains(new vscode.Position(line - 1, 0))), 'the line is in view');
  });

  it('opens nothing for a message that names no drawn document', async () => {
    await vscode.commands.executeCommand('sourcelens.openDashboard');
    const snapshot = await eventually('the dashboard', () => api.dashboard());
    const refused: unknown[] = [
      { type: 'reveal', document: snapshot.documents.length, line: 1 },
      { type: 'reveal', document: '/etc/passwd', line: 1 },
      { type: 'reveal', document: 0, line: 0 },
      { type: 'open', document: 0, line: 1 },
      'reveal',
    ];
    for (const message of refused) assert.strictEqual(await api.postToDashboard(message), false, JSON.stringify(message));
  });

  it('is gone once its tab is closed', async () => {
    const tabs = await eventually('one dashboard tab', () => (dashboardTabs().length === 1 ? dashboardTabs() : undefined));
    for (const tab of tabs) await vscode.window.tabGroups.close(tab);
    await eventually('the dashboard to be released', () => (api.dashboard() === undefined ? true : undefined));
  });
});
