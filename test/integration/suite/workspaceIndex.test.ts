// The workspace index in a real extension host: built over the test workspace, updated when a file changes on disk,
// rebuilt from its cache without analysing again, merging actors across documents with the user's corrections, and
// grouping a quotation said in several documents of a fixture folder (the claim hover then says where else).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourceLensApi } from '../../../src/api';
import { eventually, hoverText, openAnalyzedSeed, positionOf, seedFileName, withSetting } from './helpers';

const FOLDER = 'index-fixture';
const QUOTE = 'The new harbour wall will protect every house on the island from winter storms';

/** Written for this suite: three reports of one quotation by one speaker, and a document without it. */
const FIXTURE: Record<string, string> = {
  'first.txt': ` date 2024-02-03 "${QUOTE}," Mayor Ingrid Solberg said on Friday.\n\nHarbour master Olav Brekke said the work starts in May.\n`,
  'second.txt': ` date 2024-02-01 Ingrid Solberg told the council: "${QUOTE}."\n`,
  'third.md': ` date 2024-02-10 "${QUOTE}," Ingrid Solberg repeated on Monday.\n\nOlav Brekke, the harbour master, said the ferry would keep running.\n`,
  'fourth.txt': ` date 2024-01-15 "Ticket prices stay the same next year," said Kari Nilsen, who runs the ferry company.\n`,
};

function folderUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run opens the sample workspace folder');
  return vscode.Uri.joinPath(folder.uri, FOLDER);
}

async function write(name: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folderUri(), name), new TextEncoder().encode(text));
}

describe('Source Lens workspace index', function () {
  this.timeout(120_000);
  let api: SourceLensApi;
  const index = (): ReturnType<SourceLensApi['workspaceIndex']> => api.workspaceIndex();
  const report = (): NonNullable<ReturnType<ReturnType<SourceLensApi['workspaceIndex']>['report']>> => {
    const current = index().report();
    assert.ok(current, `the index has a report (state ${index().stats().state})`);
    return current;
  };
  const groupOfQuote = () => report().quotations.find((group) => group.occurrences.some((o) => o.document === `${FOLDER}/first.txt`));

  before(async () => {
    ({ api } = await openAnalyzedSeed());
    await vscode.workspace.fs.createDirectory(folderUri());
    for (const [name, text] of Object.entries(FIXTURE)) await write(name, text);
  });

  after(async () => {
    await vscode.workspace.fs.delete(folderUri(), { recursive: true, useTrash: false });
    const reviews = vscode.Uri.joinPath(folderUri(), '..', '.sourcelens', 'reviews', FOLDER);
    await vscode.workspace.fs.delete(reviews, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('indexes every plain-text and Markdown document of the workspace', async () => {
    await eventually('the fixture documents in the index', () => {
      const names = index().report()?.documents.map((document) => document.document) ?? [];
      return Object.keys(FIXTURE).every((name) => names.includes(`${FOLDER}/${name}`)) ? names : undefined;
    }, 60_000);
    await index().whenIdle();
    const names = report().documents.map((document) => document.document);
    assert.ok(names.includes(seedFileName), names.join(', '));
    assert.strictEqual(index().stats().state, 'ready');
    const sources = index().treeItems().sources;
    assert.ok(sources.length > 0, 'the Sources view lists actors');
  });

  it('groups a quotation said in three documents, earliest first, and the claim hover says where else', async () => {
    const group = await eventually('the quotation group', () => groupOfQuote());
    assert.deepStrictEqual(
      group.occurrences.map((o) => o.document),
      [`${FOLDER}/second.txt`, `${FOLDER}/first.txt`, `${FOLDER}/third.md`],
    );
    const quotations = index().treeItems().quotations;
    assert.ok(quotations.some((node) => node.children.length === 3), 'the Quotations view lists the group and its documents');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folderUri(), 'first.txt'));
    const editor = await vscode.window.showTextDocument(document);
    await api.whenAnalyzed(document.uri, 20_000);
    const inQuote = positionOf(editor.document, 1, 'harbour wall');
    const text = await eventually('the "also in" line of the claim hover', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, inQuote);
      const shown = hoverText(hovers);
      return /Also in 2 other documents/.test(shown) ? shown : undefined;
    });
    assert.ok(text.includes('command:sourcelens.openIndexedLine'), text);
    const opened = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('sourcelens.openIndexedLine', `${FOLDER}/third.md`, 1);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.path, vscode.Uri.joinPath(folderUri(), 'third.md').path);
    assert.strictEqual(opened?.selection.active.line, 0);
  });

  it('finds a claim with Find Claims… and opens its line', async () => {
    const first = report().claims[0];
    let settled = false;
    const running = Promise.resolve(vscode.commands.executeCommand('sourcelens.findClaims')).finally(() => (settled = true));
    // The quick pick lists every claim in the report's order; accepting its first row opens that claim.
    await eventually('the quick pick to be accepted', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((resolve) => setTimeout(resolve, 200));
      return settled ? true : undefined;
    });
    await running;
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.toString(), index().uriOf(first.document)?.toString());
    assert.strictEqual(editor?.selection.active.line, first.line - 1);
  });

  it('merges an actor across documents, and follows the corrections', async () => {
    const solberg = report().actors.find((actor) => actor.name === 'Ingrid Solberg');
    assert.strictEqual(solberg?.documents, 3, JSON.stringify(solberg));
    await withSetting('ignoreNames', ['Kari Nilsen'], () =>
      withSetting('knownActors', [{ name: 'Olav Brekke', type: 'PERSON', aliases: ['Ingrid Solberg'] }], async () => {
        const actors = await eventually('the corrections in the index', () => {
          const names = index().report()?.actors.map((actor) => actor.name) ?? [];
          return !names.includes('Kari Nilsen') && !names.includes('Ingrid Solberg') ? index().report()?.actors : undefined;
        }, 60_000);
        const brekke = actors.find((actor) => actor.name === 'Olav Brekke');
        assert.ok((brekke?.documents ?? 0) >= 3, JSON.stringify(brekke));
        await index().whenIdle();
      }),
    );
    await eventually('the actor back without corrections', () =>
      index().report()?.actors.find((actor) => actor.name === 'Ingrid Solberg' && actor.documents === 3), 60_000);
    await index().whenIdle();
  });

  it('updates when a file changes or is deleted on disk', async () => {
    await write('third.md', ' date 2024-02-10 Ingrid Solberg said nothing new on Monday.\n');
    await eventually('the changed file out of the quotation group', () => (groupOfQuote()?.documents === 2 ? true : undefined), 30_000);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folderUri(), 'fourth.txt'));
    await eventually('the deleted file out of the index', () =>
      report().documents.every((document) => document.document !== `${FOLDER}/fourth.txt`) ? true : undefined, 30_000);
    await write('fourth.txt', FIXTURE['fourth.txt']);
    await eventually('the created file in the index', () =>
      report().documents.some((document) => document.document === `${FOLDER}/fourth.txt`) ? true : undefined, 30_000);
    await index().whenIdle();
  });

  it('leaves out what a nested .gitignore ignores, and takes it in once the rule is gone', async () => {
    const hidden = `${FOLDER}/private/notes.txt`;
    const listed = (): boolean => report().documents.some((document) => document.document === hidden);
    await write('.gitignore', 'private/\n');
    await index().whenIdle();
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folderUri(), 'private'));
    await write('private/notes.txt', ' date 2024-02-04 Kari Nilsen said the new timetable starts in March.\n');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await index().whenIdle();
    assert.ok(!listed(), 'a file under a folder the nested .gitignore names is not indexed');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folderUri(), '.gitignore'));
    await eventually('the file in the index once the .gitignore is gone', () => (listed() ? true : undefined), 30_000);
    await index().whenIdle();
  });

  it("applies a document's review: a claim marked Not a Claim leaves the index", async () => {
    const uri = vscode.Uri.joinPath(folderUri(), 'fourth.txt');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await api.whenAnalyzed(uri, 20_000);
    const claim = await eventually('the claim of the fourth document', () => api.analysisFor(uri)?.claims[0]);
    assert.ok(report().claims.some((named) => named.document === `${FOLDER}/fourth.txt`), 'the index has the claim first');
    await vscode.commands.executeCommand('sourcelens.notAClaim', { uri: uri.toString(), claimId: claim.id });
    await eventually('the reviewed claim out of the index', () =>
      report().claims.every((named) => named.document !== `${FOLDER}/fourth.txt`) ? true : undefined, 30_000);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await index().whenIdle();
  });

  it('is rebuilt from its cache in the workspace storage without analysing a document again', async () => {
    const documents = index().stats().documents;
    await vscode.commands.executeCommand('sourcelens.rebuildIndex');
    await eventually('the rebuilt index', async () => {
      await index().whenIdle();
      return index().stats().documents === documents ? true : undefined;
    }, 30_000);
    const stats = index().stats();
    assert.strictEqual(stats.analysed, 0, JSON.stringify(stats));
    assert.strictEqual(stats.fromCache, documents, JSON.stringify(stats));
  });
});
