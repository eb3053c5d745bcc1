// Export, copy with citation and the reader's corrections, driven through the commands with the arguments the views and hover cards pass.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../../src/analysis';
import type { Analysis, KnownActor } from '../../../src/analysis/types';
import type { SourceLensApi } from '../../../src/api';
import type { TreeSnapshot } from '../../../src/views/treeModel';
import { eventually, openAnalyzedSeed, seedFileName } from './helpers';

/** An analysis without its timings, which differ from run to run. */
function withoutStats(analysis: Analysis): Omit<Analysis, 'stats'> {
  const { stats: _stats, ...rest } = analysis;
  return rest;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run opens the sample workspace folder');
  return folder.uri;
}

/** `sourcelens.*` keys in the workspace folder's `.vscode/settings.json`, or undefined when the file does not exist. */
async function workspaceSettingsFile(): Promise<Record<string, unknown> | undefined> {
  const file = vscode.Uri.joinPath(workspaceFolder(), '.vscode', 'settings.json');
  if (!(await exists(file))) return undefined;
  const text = await readText(file);
  return text.trim() ? (JSON.parse(text) as Record<string, unknown>) : {};
}

function findNode(nodes: readonly TreeSnapshot[], matches: (node: TreeSnapshot) => boolean): TreeSnapshot | undefined {
  for (const node of nodes) {
    if (matches(node)) return node;
    const found = findNode(node.children, matches);
    if (found) return found;
  }
  return undefined;
}

function actorNames(api: SourceLensApi): string[] {
  return api.actorsTreeItems().flatMap((group) => group.children.map((actor) => actor.label));
}

describe('Source Lens export and corrections', () => {
  let api: SourceLensApi;
  let editor: vscode.TextEditor;
  let seedAnalysis: Analysis;

  before(async () => {
    ({ api, editor, analysis: seedAnalysis } = await openAnalyzedSeed());
    // Corrections below write workspace settings; a leftover from an earlier run would change every expectation.
    const configuration = vscode.workspace.getConfiguration('sourcelens', editor.document.uri);
    assert.strictEqual(configuration.inspect('ignoreNames')?.workspaceValue, undefined, 'no workspace ignore list before the suite');
    assert.strictEqual(configuration.inspect('knownActors')?.workspaceValue, undefined, 'no workspace known actors before the suite');
  });

  afterEach(async () => {
    // Messages that offer "Open" or "Undo" stay until dismissed; they must not pile up over the next tests.
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('exports the JSON analysis next to the document when the proposed format and file are accepted', async () => {
    editor = await vscode.window.showTextDocument(editor.document);
    const target = vscode.Uri.joinPath(workspaceFolder(), seedFileName.replace(/\.txt$/, '.sourcelens.json'));
    if (await exists(target)) await vscode.workspace.fs.delete(target);
    // The command asks for a format (JSON is first), then shows the save dialog with the proposed file: accepting
    // each quick input as it appears is what a reader pressing Enter twice does. Accepting with nothing open does nothing.
    // An accept that reaches the format pick before its items have arrived closes it with nothing chosen and the
    // command ends, as it would for a reader who pressed Enter too early; the reader then runs it again.
    let runs = 0;
    let exporting: Promise<unknown> | undefined;
    let running = false;
    await eventually(
      `the export to write ${target.path}`,
      async () => {
        if (!running) {
          runs++;
          if (runs > 3) throw new Error(`the export ended ${runs - 1} times without writing ${target.path}`);
          running = true;
          exporting = Promise.resolve(vscode.commands.executeCommand('sourcelens.exportAnalysis')).finally(() => {
            running = false;
          });
        }
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return (await exists(target)) ? true : undefined;
      },
      45_000,
    );
    // The command ends once its "Exported…" message is answered or dismissed.
    await vscode.commands.executeCommand('notifications.clearAll');
    await exporting;
    try {
      const exportedAnalysis = JSON.parse(await readText(target)) as Analysis;
      assert.strictEqual(exportedAnalysis.document, seedFileName);
      assert.strictEqual(exportedAnalysis.claims.length, seedAnalysis.claims.length);
      assert.deepStrictEqual(
        exportedAnalysis.actors.map((actor) => actor.name),
        seedAnalysis.actors.map((actor) => actor.name),
      );
      assert.deepStrictEqual(withoutStats(exportedAnalysis), withoutStats(seedAnalysis), 'the file holds the analysis the editor shows');
      const engine = analyze(editor.document.getText(), { document: seedFileName });
      assert.deepStrictEqual(withoutStats(exportedAnalysis), withoutStats(engine), "the file equals the engine's analysis of the seed");
    } finally {
      await vscode.workspace.fs.delete(target);
    }
  });

  it('copies a claim from either view as "…" — Speaker, file:line', async () => {
    const claim = seedAnalysis.claims.find((candidate) => candidate.speaker === 'Dmitry Peskov');
    assert.ok(claim, 'the engine attributes a claim to Dmitry Peskov');
    const expected = `"${claim.text}" — Dmitry Peskov, ${seedFileName}:${claim.line}`;
    const claimsViewItem = api.claimsTreeItems().find((node) => node.claimId === claim.id);
    assert.ok(claimsViewItem, 'the claim is listed in the Claims view');
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('sourcelens.copyClaimWithCitation', claimsViewItem);
    assert.strictEqual(await vscode.env.clipboard.readText(), expected);

    const ushakovClaim = seedAnalysis.claims.find((candidate) => candidate.speaker === 'Yuri Ushakov');
    assert.ok(ushakovClaim);
    const actorsViewItem = findNode(api.actorsTreeItems(), (node) => node.kind === 'claim' && node.claimId === ushakovClaim.id);
    assert.ok(actorsViewItem, "Ushakov's claim is listed under him in the Actors view");
    await vscode.commands.executeCommand('sourcelens.copyClaimWithCitation', actorsViewItem);
    assert.strictEqual(await vscode.env.clipboard.readText(), `"${ushakovClaim.text}" — Yuri Ushakov, ${seedFileName}:${ushakovClaim.line}`);
  });

  it('ignores a name in the workspace settings: it leaves the views and the highlights, and returns when the setting is removed', async () => {
    editor = await vscode.window.showTextDocument(editor.document);
    const uri = editor.document.uri;
    const peskov = seedAnalysis.actors.find((actor) => actor.name === 'Dmitry Peskov');
    assert.ok(peskov);
    const personRangesBefore = await eventually('person highlights on the seed', () => {
      const painted = api.paintedRanges(editor).person;
      return painted > 0 ? painted : undefined;
    });
    // The argument a hover card's "Ignore this name" link passes, plus the level a reader picks in the quick pick.
    await vscode.commands.executeCommand('sourcelens.ignoreName', { uri: uri.toString(), actorId: peskov.id, scope: 'workspace' });
    try {
      const settings = await workspaceSettingsFile();
      assert.ok(settings, '.vscode/settings.json is written in the workspace folder');
      const ignored = settings['sourcelens.ignoreNames'];
      assert.ok(Array.isArray(ignored), `sourcelens.ignoreNames in .vscode/settings.json: ${JSON.stringify(settings)}`);
      for (const name of [peskov.name, ...peskov.aliases]) assert.ok(ignored.includes(name), `"${name}" is ignored: ${JSON.stringify(ignored)}`);
      await eventually('Dmitry Peskov to leave the Actors view', () => (actorNames(api).includes('Dmitry Peskov') ? undefined : true));
      assert.ok(!api.claimsTreeItems().some((node) => node.label.startsWith('Dmitry Peskov')), 'no claim is attributed to him any more');
      const personRangesAfter = await eventually('his mentions to lose their highlight', () => {
        const painted = api.paintedRanges(editor).person;
        return painted < personRangesBefore ? painted : undefined;
      });
      assert.ok(personRangesAfter > 0, 'other people stay highlighted');
    } finally {
      await vscode.workspace.getConfiguration('sourcelens', uri).update('ignoreNames', undefined, vscode.ConfigurationTarget.Workspace);
    }
    assert.strictEqual((await workspaceSettingsFile())?.['sourcelens.ignoreNames'], undefined, 'the setting is removed again');
    await eventually('Dmitry Peskov to come back', () => (actorNames(api).includes('Dmitry Peskov') ? true : undefined));
    await eventually('his highlights to come back', () => (api.paintedRanges(editor).person === personRangesBefore ? true : undefined));
  });

  it('merges an actor into another in the workspace settings: one actor with both names, claims and highlights', async () => {
    editor = await vscode.window.showTextDocument(editor.document);
    const uri = editor.document.uri;
    const kremlin = seedAnalysis.actors.find((actor) => actor.name === 'Kremlin');
    const putin = seedAnalysis.actors.find((actor) => actor.name === 'Vladimir Putin');
    assert.ok(kremlin && putin, 'the seed has the Kremlin and Vladimir Putin as actors');
    assert.ok(kremlin.claimIds.length > 0, 'the Kremlin speaks in the seed');
    const kremlinClaimStarts = seedAnalysis.claims.filter((claim) => kremlin.claimIds.includes(claim.id)).map((claim) => claim.start);
    const paintedBefore = await eventually('highlights on the seed', () => {
      const painted = api.paintedRanges(editor);
      return painted.organization > 0 ? painted : undefined;
    });
    // A reader who reads "the Kremlin" as Putin's voice: the hover link's argument, the level and the target the quick picks ask for.
    await vscode.commands.executeCommand('sourcelens.mergeIntoActor', { uri: uri.toString(), actorId: kremlin.id, scope: 'workspace', intoActorId: putin.id });
    try {
      const settings = await workspaceSettingsFile();
      assert.ok(settings, '.vscode/settings.json is written in the workspace folder');
      const known = settings['sourcelens.knownActors'] as KnownActor[] | undefined;
      assert.ok(Array.isArray(known), `sourcelens.knownActors in .vscode/settings.json: ${JSON.stringify(settings)}`);
      const entry = known.find((actor) => actor.name === 'Vladimir Putin');
      assert.ok(entry, `an entry for Vladimir Putin: ${JSON.stringify(known)}`);
      assert.strictEqual(entry.type, 'PERSON');
      assert.ok(entry.aliases?.includes('Kremlin'), `"Kremlin" is recorded as his alias: ${JSON.stringify(entry)}`);

      const merged = await eventually('the Kremlin to merge into Vladimir Putin', () => {
        const current = api.analysisFor(uri);
        return current && !current.actors.some((actor) => actor.name === 'Kremlin') ? current : undefined;
      });
      const mergedPutin = merged.actors.find((actor) => actor.name === 'Vladimir Putin');
      assert.ok(mergedPutin);
      const putinClaimStarts = merged.claims.filter((claim) => mergedPutin.claimIds.includes(claim.id)).map((claim) => claim.start);
      for (const start of kremlinClaimStarts) assert.ok(putinClaimStarts.includes(start), `the Kremlin's claim at offset ${start} is now Putin's`);
      const engine = analyze(editor.document.getText(), { document: seedFileName, knownActors: known });
      assert.deepStrictEqual(withoutStats(merged), withoutStats(engine), 'the editor applies the correction exactly as the engine does');

      const putinItem = findNode(api.actorsTreeItems(), (node) => node.kind === 'actor' && node.label === 'Vladimir Putin');
      assert.ok(putinItem, 'Vladimir Putin is in the Actors view');
      assert.match(putinItem.description ?? '', new RegExp(`· ${mergedPutin.claimIds.length} claims`));
      assert.ok(!actorNames(api).includes('Kremlin'), 'the Kremlin is no longer an actor of its own');
      await eventually('the Kremlin to be highlighted as a person, no longer as an organization', () => {
        const painted = api.paintedRanges(editor);
        return painted.organization < paintedBefore.organization && painted.person > paintedBefore.person ? true : undefined;
      });
    } finally {
      await vscode.workspace.getConfiguration('sourcelens', uri).update('knownActors', undefined, vscode.ConfigurationTarget.Workspace);
    }
    assert.strictEqual((await workspaceSettingsFile())?.['sourcelens.knownActors'], undefined, 'the setting is removed again');
    await eventually('the Kremlin to stand alone again', () => (actorNames(api).includes('Kremlin') ? true : undefined));
  });
});
