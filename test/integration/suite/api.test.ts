// The API `activate()` returns: the tree data, painted highlights and status bar the user sees, read as plain data.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourceLensApi } from '../../../src/api';
import { eventually, openAnalyzedSeed, withSetting } from './helpers';

const highlightKinds = ['person', 'organization', 'place', 'date', 'claim', 'speakerCue'] as const;

describe('Source Lens API on the seed', () => {
  let api: SourceLensApi;
  let editor: vscode.TextEditor;

  before(async () => {
    ({ api, editor } = await openAnalyzedSeed());
  });

  it('groups actors into People, Organizations and Places with mention and claim counts', async () => {
    const roots = await eventually('the Actors view to follow the seed', () => {
      const items = api.actorsTreeItems();
      return items.length > 0 && api.followedDocument()?.toString() === editor.document.uri.toString() ? items : undefined;
    });
    assert.deepStrictEqual(
      roots.map((group) => group.label),
      ['People', 'Organizations', 'Places'].filter((label) => roots.some((group) => group.label === label)),
    );
    const people = roots.find((group) => group.label === 'People');
    assert.ok(people, 'a People group');
    const peskov = people.children.find((actor) => actor.label === 'Dmitry Peskov');
    assert.ok(peskov, `Dmitry Peskov among people: ${people.children.map((actor) => actor.label).join(', ')}`);
    assert.match(peskov.description ?? '', /\d+ mentions? · [1-9]\d* claims?/);
    const claimChild = peskov.children.find((child) => child.kind === 'claim');
    assert.ok(claimChild?.target, "Peskov's claim reveals a range");
    assert.strictEqual(editor.document.positionAt(claimChild.target.start).line, 8, "Peskov's claim is on line 9");
  });

  it('lists claims in reading order, one item per claim of the analysis', () => {
    const analysis = api.analysisFor(editor.document.uri);
    assert.ok(analysis);
    const claims = api.claimsTreeItems();
    assert.strictEqual(claims.length, analysis.claims.length);
    const starts = claims.map((claim) => claim.target?.start ?? -1);
    assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b), 'reading order');
    assert.ok(claims.length >= 8, `the seed has at least eight attributed statements; got ${claims.length}`);
  });

  it('paints every highlight kind on the seed and marks claims in the overview ruler', async () => {
    editor = await vscode.window.showTextDocument(editor.document);
    const painted = await eventually('highlights of every kind', () => {
      const ranges = api.paintedRanges(editor);
      return highlightKinds.every((kind) => ranges[kind] > 0) ? ranges : undefined;
    });
    assert.ok(painted.rulerMarks > 0, 'claims show in the overview ruler');
  });

  it('turns one highlight kind off and on through its setting', async () => {
    editor = await vscode.window.showTextDocument(editor.document);
    const before = api.paintedRanges(editor);
    await withSetting('highlight.person', false, async () => {
      const after = await eventually('person highlights to disappear', () => {
        const ranges = api.paintedRanges(editor);
        return ranges.person === 0 ? ranges : undefined;
      });
      assert.strictEqual(after.place, before.place, 'other kinds stay painted');
      assert.strictEqual(after.claim, before.claim, 'other kinds stay painted');
    });
    await eventually('person highlights to come back', () => (api.paintedRanges(editor).person === before.person ? true : undefined));
  });

  it('shows actor and claim counts in the status bar', () => {
    const analysis = api.analysisFor(editor.document.uri);
    assert.ok(analysis);
    const status = api.statusBar();
    assert.ok(status.visible);
    assert.match(status.text, new RegExp(`${analysis.actors.length} actors? · ${analysis.claims.length} claims?`));
  });

  it('paints the lines in view of a large document ahead of its analysis, and analyses it once across switches of language', async () => {
    // Over half a million characters: a book's worth of the seed, behind one date header (so the document is switched
    // to the Source Document language, which closes and reopens it while it is being analysed).
    const seedText = editor.document.getText();
    const body = seedText.slice(seedText.indexOf('\n') + 1);
    const content = `${seedText.slice(0, seedText.indexOf('\n') + 1)}${`${body}\n\n`.repeat(Math.ceil((700 * 1024) / body.length))}`;
    // A file, not an untitled buffer: VS Code gives untitled text the language of a matching first line itself.
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const file = vscode.Uri.joinPath(folder.uri, `large-${Date.now()}.txt`);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(content));
    const document = await vscode.workspace.openTextDocument(file);
    assert.strictEqual(document.languageId, 'plaintext', 'the file opens as plain text');
    const uri = document.uri.toString();
    const paints: Array<{ paintedFrom: string; people: number; analysed: boolean }> = [];
    let analyses = 0;
    const listeners = [
      api.onDidPaint((paint) => {
        if (paint.uri.toString() !== uri) return;
        const shown = vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === uri);
        paints.push({ paintedFrom: paint.paintedFrom, people: shown ? api.paintedRanges(shown).person : 0, analysed: api.analysisFor(paint.uri) !== undefined });
      }),
      api.onDidAnalyze((analysed) => {
        if (analysed.uri.toString() === uri) analyses += 1;
      }),
    ];
    try {
      const large = await vscode.window.showTextDocument(document);
      assert.strictEqual((await api.whenAnalyzed(document.uri, 60_000))?.kind, 'analyzed');
      await eventually('the analysis to be painted', () => (paints.some((paint) => paint.paintedFrom === 'analysis') ? true : undefined));
      // The preview, then the whole text's ranges, then the analysis (which may paint nothing new: it has the same ranges).
      const sources = paints.map((paint) => paint.paintedFrom).filter((source, position, all) => source !== all[position - 1]);
      assert.deepStrictEqual(sources, ['preview', 'ranges', 'analysis'], `the order of paints: ${JSON.stringify(paints)}`);
      assert.strictEqual(paints[0].analysed, false, 'the preview is painted before the analysis arrives');
      assert.ok(paints[0].people > 0, 'the preview shows people');
      await eventually('the date header to switch the language', () => (large.document.languageId === 'source-document' || vscode.window.activeTextEditor?.document.languageId === 'source-document' ? true : undefined));
      // A reader's switch back closes and reopens the document in VS Code's events; the analysis stays, nothing runs again.
      const plain = await vscode.languages.setTextDocumentLanguage(large.document, 'plaintext');
      assert.strictEqual(plain.languageId, 'plaintext');
      assert.strictEqual(api.documentState(plain.uri)?.kind, 'analyzed', 'still analysed after the switch back');
      assert.strictEqual((await api.whenAnalyzed(plain.uri, 20_000))?.kind, 'analyzed');
      assert.strictEqual(analyses, 1, 'no switch of language analysed the document again');
    } finally {
      for (const listener of listeners) listener.dispose();
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(file);
    }
  });

  it('re-analyses after an edit and paints the new name', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Officials met in Geneva on Monday.\n' });
    const scratch = await vscode.window.showTextDocument(document);
    const first = await api.whenAnalyzed(document.uri, 20_000);
    assert.strictEqual(first?.kind, 'analyzed');
    await scratch.edit((edit) => edit.insert(new vscode.Position(1, 0), '\nChancellor Angela Merkel said the summit in Berlin had been useful.\n'));
    const analysis = await eventually('the edit to be analysed', () => {
      const current = api.analysisFor(document.uri);
      return current && current.claims.length > 0 ? current : undefined;
    });
    assert.ok(analysis.actors.some((actor) => actor.name === 'Angela Merkel'), `actors: ${analysis.actors.map((actor) => actor.name).join(', ')}`);
    assert.strictEqual(analysis.claims[0]?.speaker, 'Angela Merkel');
    assert.ok(analysis.claims[0]?.line === 3, 'the claim is on the inserted line');
    await eventually('the new name to be painted', () => (api.paintedRanges(scratch).person > 0 ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
