// The views' sort, reveal and follow behaviour, and the switch to the Source Document language that brings its grammar.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Actor, Analysis } from '../../../src/analysis/types';
import type { SourceLensApi } from '../../../src/api';
import { eventually, openAnalyzedSeed, withSetting } from './helpers';

/** Actor labels per group (People, Organizations, Places), in the order the Actors view lists them. */
function actorOrder(api: SourceLensApi): Map<string, string[]> {
  return new Map(api.actorsTreeItems().map((group) => [group.label, group.children.map((actor) => actor.label)]));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

describe('Source Lens views and grammar', () => {
  let api: SourceLensApi;
  let editor: vscode.TextEditor;
  let seedAnalysis: Analysis;

  before(async () => {
    ({ api, editor, analysis: seedAnalysis } = await openAnalyzedSeed());
    await eventually('the views to follow the seed', () => (api.followedDocument()?.toString() === editor.document.uri.toString() ? true : undefined));
  });

  after(async () => {
    // The sort is the views' state, shared with every later suite: leave the default.
    await vscode.commands.executeCommand('sourcelens.sortByFirstAppearance');
  });

  it('sorts the Actors view by claims, by name and by first appearance', async () => {
    const byName = new Map<string, Actor>(seedAnalysis.actors.map((actor) => [actor.name, actor]));
    const actorsOf = (labels: readonly string[]): Actor[] =>
      labels.map((label) => {
        const actor = byName.get(label);
        assert.ok(actor, `"${label}" in the Actors view is an actor of the analysis`);
        return actor;
      });

    await vscode.commands.executeCommand('sourcelens.sortByClaims');
    const byClaims = await eventually('the Actors view sorted by claims', () => {
      const order = actorOrder(api);
      const people = actorsOf(order.get('People') ?? []);
      const most = Math.max(...seedAnalysis.actors.filter((actor) => actor.type === 'PERSON').map((actor) => actor.claimIds.length));
      return people[0]?.claimIds.length === most ? order : undefined;
    });
    for (const [group, labels] of byClaims) {
      const counts = actorsOf(labels).map((actor) => actor.claimIds.length);
      assert.deepStrictEqual(counts, [...counts].sort((a, b) => b - a), `${group} by claims, most first: ${labels.join(', ')}`);
    }
    const people = actorsOf(byClaims.get('People') ?? []);
    assert.ok((people[0]?.claimIds.length ?? 0) > (people[people.length - 1]?.claimIds.length ?? 0), 'the seed\'s people differ in claims, so the order is visible');

    await vscode.commands.executeCommand('sourcelens.sortByName');
    const alphabetical = await eventually('the Actors view sorted by name', () => {
      const order = actorOrder(api);
      const labels = order.get('People') ?? [];
      return labels.join('|') === [...labels].sort(collator.compare).join('|') ? order : undefined;
    });
    for (const [group, labels] of alphabetical) assert.deepStrictEqual(labels, [...labels].sort(collator.compare), `${group} by name`);

    await vscode.commands.executeCommand('sourcelens.sortByFirstAppearance');
    const inReadingOrder = await eventually('the Actors view in order of first appearance', () => {
      const order = actorOrder(api);
      const starts = actorsOf(order.get('People') ?? []).map((actor) => actor.mentions[0]?.start ?? Infinity);
      return starts.join('|') === [...starts].sort((a, b) => a - b).join('|') ? order : undefined;
    });
    for (const [group, labels] of inReadingOrder) {
      const starts = actorsOf(labels).map((actor) => actor.mentions[0]?.start ?? Infinity);
      assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b), `${group} by first appearance`);
    }
    assert.strictEqual(inReadingOrder.get('People')?.[0], 'Xi Jinping', 'the first person named in the seed leads');
  });

  it('reveals a claim chosen in the Claims view in the editor ("Reveal in Editor")', async () => {
    const claim = seedAnalysis.claims.find((candidate) => candidate.speaker === 'Yuri Ushakov' && candidate.kind === 'direct');
    assert.ok(claim);
    const item = api.claimsTreeItems().find((node) => node.claimId === claim.id);
    assert.ok(item, 'the claim is in the Claims view');
    editor = await vscode.window.showTextDocument(editor.document);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('sourcelens.revealItem', item);
    const active = await eventually('the claim to be selected', () => {
      const current = vscode.window.activeTextEditor;
      return current?.document.uri.toString() === editor.document.uri.toString() && !current.selection.isEmpty ? current : undefined;
    });
    assert.strictEqual(active.document.offsetAt(active.selection.start), claim.start);
    assert.strictEqual(active.document.offsetAt(active.selection.end), claim.end);
    assert.ok(active.visibleRanges.some((range) => range.contains(active.selection.start)), 'the claim is scrolled into view');
  });

  it('reveals and cites the right text and line right after an edit, before the new analysis arrives', async () => {
    editor = await vscode.window.showTextDocument(editor.document);
    const document = editor.document;
    const analysis = await eventually('the seed analysed', () => api.analysisFor(document.uri));
    const claim = analysis.claims.find((candidate) => candidate.speaker === 'Yuri Ushakov' && candidate.kind === 'direct');
    assert.ok(claim);
    const peskov = analysis.actors.find((actor) => actor.name === 'Dmitry Peskov');
    assert.ok(peskov);
    const mention = peskov.mentions[peskov.mentions.length - 1];
    await eventually('the views to show that analysis', () => (api.claimsTreeItems().find((node) => node.claimId === claim.id)?.target?.start === claim.start ? true : undefined));
    const inserted = "Editor's note: this article was updated.\n";
    try {
      assert.ok(await editor.edit((builder) => builder.insert(document.lineAt(1).range.start, inserted)), 'the edit applies');
      // Taken in the same turn as the edit: no analysis of the new text can have reached the views yet.
      const claimItem = api.claimsTreeItems().find((node) => node.claimId === claim.id);
      const mentionItem = api
        .actorsTreeItems()
        .flatMap((group) => group.children)
        .find((actor) => actor.actorId === peskov.id)
        ?.children.find((child) => child.kind === 'mentions')
        ?.children.find((child) => child.target?.start === mention.start);
      assert.ok(claimItem?.target, 'the Claims view lists the claim');
      assert.strictEqual(claimItem.target.start, claim.start, 'the views show the analysis of the text before the edit');
      assert.ok(mentionItem, 'the Actors view lists the mention at its offsets before the edit');

      // Clicking an item runs the command its tree item carries, with the item.
      await vscode.commands.executeCommand('sourcelens.revealItem', claimItem, true);
      const selected = await eventually('the claim to be selected', () => {
        const current = vscode.window.activeTextEditor;
        return current?.document === document && !current.selection.isEmpty ? current.selection : undefined;
      });
      assert.strictEqual(document.getText(selected), claim.text, 'the claim itself is selected, not the text at its old offsets');

      await vscode.env.clipboard.writeText('');
      await vscode.commands.executeCommand('sourcelens.copyClaimWithCitation', claimItem);
      assert.strictEqual(await vscode.env.clipboard.readText(), `"${claim.text}" — Yuri Ushakov, ${document.uri.path.split('/').pop()}:${claim.line + 1}`);

      editor.selection = new vscode.Selection(0, 0, 0, 0);
      await vscode.commands.executeCommand('sourcelens.revealItem', mentionItem);
      await eventually('the mention to be selected', () => (document.getText(vscode.window.activeTextEditor?.selection) === mention.text ? true : undefined));
      assert.strictEqual(vscode.window.activeTextEditor?.selection.start.line, mention.line, 'on its line, one down from where it was');
    } finally {
      editor = await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await api.whenAnalyzed(document.uri, 20_000);
  });

  it('follows the active editor: another document\'s actors replace the seed\'s, and come back with it', async () => {
    const scratch = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Mayor Anna Berg said the ferry to Bergen would sail again on Friday.\n' });
    await vscode.window.showTextDocument(scratch);
    try {
      await eventually('the views to follow the new document', () => {
        const labels = [...actorOrder(api).values()].flat();
        return api.followedDocument()?.toString() === scratch.uri.toString() && labels.includes('Anna Berg') ? true : undefined;
      });
      assert.ok(!actorOrder(api).get('People')?.includes('Xi Jinping'), 'the seed\'s people are gone');
      assert.deepStrictEqual(api.claimsTreeItems().map((node) => node.label.split(':')[0]), ['Anna Berg']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    editor = await vscode.window.showTextDocument(editor.document);
    await eventually('the views to follow the seed again', () => (actorOrder(api).get('People')?.includes('Xi Jinping') ? true : undefined));
  });

  it('gives a file with a date header the Source Document language, unless the setting is off or the reader switched it back', async () => {
    // A file, not an untitled buffer: VS Code itself applies a language's firstLine pattern to untitled text.
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const file = vscode.Uri.joinPath(folder.uri, `headed-${Date.now()}.txt`);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(' date 2024-05-02 “The bridge reopens on Monday,” Mayor Anna Berg said.\n'));
    try {
      await withSetting('autoSwitchToSourceDocument', false, async () => {
        const document = await vscode.workspace.openTextDocument(file);
        await vscode.window.showTextDocument(document);
        assert.strictEqual((await api.whenAnalyzed(document.uri, 20_000))?.kind, 'analyzed', 'plain text is still analysed');
        assert.strictEqual(vscode.window.activeTextEditor?.document.languageId, 'plaintext', 'the setting off keeps plain text plain');
      });
      // Turning the setting on again switches the open document.
      const switched = await eventually('the document to switch once the setting is on', () => {
        const document = vscode.window.activeTextEditor?.document;
        return document?.uri.toString() === file.toString() && document.languageId === 'source-document' ? document : undefined;
      });
      // A reader who switches it back keeps their choice, even when settings change again.
      const plain = await vscode.languages.setTextDocumentLanguage(switched, 'plaintext');
      const plainEditor = await vscode.window.showTextDocument(plain);
      await eventually('the plain document to be painted', () => (api.paintedRanges(plainEditor).date > 0 ? true : undefined));
      await withSetting('highlight.date', false, async () => {
        await eventually('the date highlights to go', () => (api.paintedRanges(plainEditor).date === 0 ? true : undefined));
      });
      // Two settings changes later (off, then on again) the dates are back, on the same plain-text editor.
      await eventually('the date highlights to come back in the plain-text editor', () => (api.paintedRanges(plainEditor).date > 0 ? true : undefined));
      assert.strictEqual(vscode.window.activeTextEditor?.document.languageId, 'plaintext', "the reader's choice of plain text stands");
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(file);
    }
  });

  it('leaves a file whose header names a date that does not exist in plain text, as the engine ignores that header', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const invalid = vscode.Uri.joinPath(folder.uri, `bad-header-${Date.now()}.txt`);
    const valid = vscode.Uri.joinPath(folder.uri, `good-header-${Date.now()}.txt`);
    await vscode.workspace.fs.writeFile(invalid, new TextEncoder().encode(' date 2023-13-45 \n\nMayor Anna Berg said the bridge reopens on Monday.\n'));
    await vscode.workspace.fs.writeFile(valid, new TextEncoder().encode(' date 2023-12-15 \n\nMayor Anna Berg said the bridge reopens on Monday.\n'));
    try {
      // The valid one first: once it has switched, the switch of the invalid one (opened the same way) would have too.
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(valid));
      await eventually('the file with a real date to switch', () => (vscode.window.activeTextEditor?.document.languageId === 'source-document' ? true : undefined));
      const document = await vscode.workspace.openTextDocument(invalid);
      await vscode.window.showTextDocument(document);
      const state = await api.whenAnalyzed(document.uri, 20_000);
      assert.strictEqual(state?.kind, 'analyzed');
      assert.strictEqual(state.analysis.documentDate, null, 'the engine rejects the header');
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.strictEqual(vscode.window.activeTextEditor?.document.languageId, 'plaintext', 'the language switch agrees with the engine');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(invalid);
      await vscode.workspace.fs.delete(valid);
    }
  });
});
