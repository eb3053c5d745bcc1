// Review in a real extension host: verdicts and notes, every attribution correction applied and persisted in the
// review file, re-anchoring after the document changed on disk while closed, a renamed document keeping its review,
// external edits of the review file merged, and a broken review file backed up before it is written.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Analysis, Claim } from '../../../src/analysis/types';
import type { SourceLensApi } from '../../../src/api';
import { anchorAt, parseReview, serializeReview, type Review, type ReviewEntry } from '../../../src/review';
import type { TreeSnapshot } from '../../../src/views/treeModel';
import { eventually, hoverText, openAnalyzedSeed, seedFileName } from './helpers';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function folder(): vscode.Uri {
  const workspaceFolder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(workspaceFolder, 'the run opens the sample workspace');
  return workspaceFolder.uri;
}

function reviewFile(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(), '.sourcelens', 'reviews', ...`${relative}.json`.split('/'));
}

async function readReviewFile(relative: string): Promise<Review | undefined> {
  try {
    const read = parseReview(decoder.decode(await vscode.workspace.fs.readFile(reviewFile(relative))));
    return read.ok ? read.review : undefined;
  } catch {
    return undefined;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function findNode(nodes: readonly TreeSnapshot[], matches: (node: TreeSnapshot) => boolean): TreeSnapshot | undefined {
  for (const node of nodes) {
    if (matches(node)) return node;
    const found = findNode(node.children, matches);
    if (found) return found;
  }
  return undefined;
}

/** Opens a workspace document and waits for its analysis (and its language switch, for a dated source). */
async function openAnalyzed(api: SourceLensApi, uri: vscode.Uri): Promise<vscode.TextEditor> {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  const document = await eventually('the document in the Source Document language', () => {
    const open = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString() && !candidate.isClosed);
    return open?.languageId === 'source-document' ? open : undefined;
  });
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const state = await api.whenAnalyzed(uri, 20_000);
  assert.strictEqual(state?.kind, 'analyzed');
  return editor;
}

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

function claimBy(analysis: Analysis, speaker: string): Claim {
  const claim = analysis.claims.find((candidate) => candidate.speaker === speaker);
  assert.ok(claim, `a claim by ${speaker} in ${analysis.claims.map((candidate) => candidate.speaker).join(', ')}`);
  return claim;
}

describe('Source Lens review', () => {
  let api: SourceLensApi;
  const name = 'review-sample.txt';
  let uri: vscode.Uri;
  let original: string;

  before(async () => {
    ({ api } = await openAnalyzedSeed());
    original = decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder(), seedFileName)));
    uri = vscode.Uri.joinPath(folder(), name);
    await vscode.workspace.fs.writeFile(uri, encoder.encode(original));
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  after(async () => {
    await closeAll();
    for (const target of [uri, vscode.Uri.joinPath(folder(), 'moved', name), vscode.Uri.joinPath(folder(), '.sourcelens')]) {
      if (await exists(target)) await vscode.workspace.fs.delete(target, { recursive: true });
    }
  });

  it('marks a claim Verified from the Claims view, shows it in the tree and the status bar, and writes the review file', async () => {
    await openAnalyzed(api, uri);
    const analysis = api.analysisFor(uri);
    assert.ok(analysis);
    const node = await eventually('the claim node in the Claims view', () => findNode(api.claimsTreeItems(), (candidate) => candidate.kind === 'claim'));
    await vscode.commands.executeCommand('sourcelens.markVerified', node);
    const written = await eventually('the review file with the verdict', async () => {
      const review = await readReviewFile(name);
      return review?.entries.some((entry) => entry.kind === 'verdict' && entry.verdict === 'verified') ? review : undefined;
    });
    assert.strictEqual(written.document, name);
    const marked = await eventually('the verified icon', () => findNode(api.claimsTreeItems(), (candidate) => candidate.claimId === node.claimId && candidate.icon === 'pass'));
    assert.match(marked.description ?? '', /Verified/);
    const status = await eventually('the review progress', () => {
      const shown = api.reviewStatusBar();
      return shown.visible && shown.text.includes(`1 of ${analysis.claims.length} claims checked`) ? shown : undefined;
    });
    assert.match(status.tooltip, /Verified: 1/);
    const actor = findNode(api.actorsTreeItems(), (candidate) => candidate.kind === 'actor' && candidate.actorId === node.actorId);
    if (actor) assert.match(actor.description ?? '', /1\/\d+ checked/);
  });

  it('marks a claim Disputed with a note as the hover link does, and the hover card shows both', async () => {
    const analysis = api.analysisFor(uri);
    assert.ok(analysis);
    const claim = claimBy(analysis, 'Yuri Ushakov');
    await vscode.commands.executeCommand('sourcelens.setVerdict', { uri: uri.toString(), claimId: claim.id, verdict: 'disputed', note: 'No second source <b>yet</b>' });
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    assert.ok(document);
    const text = await eventually('the hover card with the verdict', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(claim.start + 3));
      const shown = hoverText(hovers ?? []);
      return shown.includes('Disputed') && shown.includes('No second source') ? shown : undefined;
    });
    assert.ok(!text.includes('<b>'), 'the note is escaped in the card');
    assert.match(text, /command:sourcelens\.setVerdict\?/);
  });

  it('attributes a claim to another speaker through the quick fix, and counts it under that actor', async () => {
    const analysis = api.analysisFor(uri);
    assert.ok(analysis);
    const claim = claimBy(analysis, 'Dmitry Peskov');
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    assert.ok(document);
    const range = new vscode.Range(document.positionAt(claim.start + 2), document.positionAt(claim.start + 2));
    const actions = await eventually('the quick fixes on the claim', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
      return found?.some((action) => action.title === 'Wrong Speaker…') ? found : undefined;
    });
    const fix = actions.find((action) => action.title === 'Wrong Speaker…');
    assert.ok(fix?.command?.arguments);
    assert.ok(actions.some((action) => action.title === 'Mark Claim Verified'));
    const putin = analysis.actors.find((actor) => actor.name === 'Vladimir Putin');
    assert.ok(putin);
    // The quick fix's own arguments, with the speaker a reader would pick in its quick pick.
    const [args] = fix.command.arguments as [Record<string, unknown>];
    await vscode.commands.executeCommand(fix.command.command, { ...args, speaker: { name: putin.name, actorId: putin.id } });
    const corrected = await eventually('the corrected speaker', () => {
      const now = api.analysisFor(uri)?.claims.find((candidate) => candidate.start === claim.start);
      return now?.speakerId === putin.id ? now : undefined;
    });
    assert.strictEqual(corrected.speaker, 'Vladimir Putin');
    const under = await eventually('the claim under Vladimir Putin', () => {
      const actor = findNode(api.actorsTreeItems(), (candidate) => candidate.kind === 'actor' && candidate.actorId === putin.id);
      return actor?.children.some((child) => child.kind === 'claim' && child.target?.start === claim.start) ? actor : undefined;
    });
    assert.match(under.description ?? '', /checked/);
    const review = await eventually('the speaker correction in the file', async () => {
      const read = await readReviewFile(name);
      return read?.entries.some((entry) => entry.kind === 'speaker' && entry.speaker.actorId === putin.id) ? read : undefined;
    });
    assert.ok(review);
  });

  it('applies Not a Claim, Add Claim and Trim Claim, and removes a correction from the Corrections list', async () => {
    const before = api.analysisFor(uri);
    assert.ok(before);
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    assert.ok(document);
    const text = document.getText();
    const removed = before.claims[0];
    await vscode.commands.executeCommand('sourcelens.notAClaim', { uri: uri.toString(), claimId: removed.id });
    await eventually('the claim removed', () => (api.analysisFor(uri)?.claims.some((claim) => claim.start === removed.start) === false ? true : undefined));
    const addStart = text.indexOf('Both China and Russia announced');
    const addEnd = text.indexOf('.', addStart) + 1;
    await vscode.commands.executeCommand('sourcelens.addClaim', { uri: uri.toString(), start: addStart, end: addEnd, speaker: { name: 'China' }, cue: 'announced' });
    const added = await eventually('the added claim', () => api.analysisFor(uri)?.claims.find((claim) => claim.start === addStart && claim.cue === 'announced'));
    assert.strictEqual(added.text, text.slice(addStart, addEnd));
    const trimmed = claimBy(api.analysisFor(uri) ?? before, 'Yuri Ushakov');
    const trimEnd = trimmed.start + Math.floor(trimmed.text.length / 2);
    await vscode.commands.executeCommand('sourcelens.trimClaim', { uri: uri.toString(), claimId: trimmed.id, start: trimmed.start, end: trimEnd });
    await eventually('the trimmed claim', () => api.analysisFor(uri)?.claims.find((claim) => claim.start === trimmed.start && claim.end === trimEnd));
    // The disputed verdict stays on the trimmed claim.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(trimmed.start + 3));
    assert.match(hoverText(hovers ?? []), /Disputed/);
    const review = await eventually('four corrections in the file', async () => {
      const read = await readReviewFile(name);
      return read && read.entries.filter((entry) => entry.kind !== 'verdict').length === 4 ? read : undefined;
    });
    const notClaim = review.entries.find((entry) => entry.kind === 'notClaim');
    assert.ok(notClaim);
    await vscode.commands.executeCommand('sourcelens.showCorrections', { uri: uri.toString(), remove: notClaim.id });
    await eventually('the claim back', () => (api.analysisFor(uri)?.claims.some((claim) => claim.start === removed.start) ? true : undefined));
  });

  it('re-anchors every entry after the document changed on disk while it was closed, and keeps the gone ones as orphans', async () => {
    // A document reviewed earlier and closed: its review file describes the text as it was, then the text changed.
    const closedName = 'closed-sample.txt';
    const closedUri = vscode.Uri.joinPath(folder(), closedName);
    const seedAnalysis = api.analysisFor(vscode.Uri.joinPath(folder(), seedFileName));
    assert.ok(seedAnalysis, 'the seed (same text, no review) is analysed');
    const disputed = claimBy(seedAnalysis, 'Yuri Ushakov');
    const gone = seedAnalysis.claims[seedAnalysis.claims.length - 1];
    const entry = (id: string, claim: Claim, verdict: 'disputed' | 'verified'): ReviewEntry => ({
      id,
      kind: 'verdict',
      verdict,
      target: anchorAt(original, claim.start, claim.end),
      updated: '2026-01-01T00:00:00.000Z',
    });
    const review: Review = { document: closedName, entries: [entry('kept', disputed, 'disputed'), entry('gone', gone, 'verified')] };
    await vscode.workspace.fs.writeFile(reviewFile(closedName), encoder.encode(serializeReview(review)));
    const headerEnd = original.indexOf('\n') + 1;
    const inserted = 'A paragraph added while the document was closed.\n\n';
    const changed = original.slice(0, headerEnd) + inserted + original.slice(headerEnd, gone.start) + original.slice(gone.end);
    await vscode.workspace.fs.writeFile(closedUri, encoder.encode(changed));
    await openAnalyzed(api, closedUri);
    const moved = disputed.start + inserted.length;
    const document = vscode.window.activeTextEditor?.document;
    assert.ok(document);
    const text = await eventually('the disputed verdict on its claim, where its text went', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', closedUri, document.positionAt(moved + 3));
      const shown = hoverText(hovers ?? []);
      return shown.includes('Disputed') ? shown : undefined;
    });
    assert.match(text, /Yuri Ushakov/);
    const status = await eventually('the orphan counted', () => (/1 orphans/.test(api.reviewStatusBar().tooltip) ? api.reviewStatusBar() : undefined));
    assert.match(status.text, /1 of \d+ claims checked/);
    const written = await eventually('the re-anchored review written', async () => {
      const read = await readReviewFile(closedName);
      const kept = read?.entries.find((candidate) => candidate.id === 'kept');
      return kept && kept.target.position.start === moved ? read : undefined;
    });
    assert.strictEqual(written.entries.length, 2, 'no entry lost');
    const orphan = written.entries.find((candidate) => candidate.id === 'gone');
    assert.strictEqual(orphan?.target.quote.exact, gone.text, 'the orphan keeps its last known text');
    await closeAll();
    await vscode.workspace.fs.delete(closedUri);
  });

  it('merges a verdict written to the review file by another window, and backs up a broken file before writing over it', async () => {
    const file = reviewFile(name);
    await openAnalyzed(api, uri);
    const analysis = api.analysisFor(uri);
    assert.ok(analysis);
    const current = await readReviewFile(name);
    assert.ok(current);
    const target = analysis.claims[analysis.claims.length - 1];
    const editorText = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString())?.getText() ?? '';
    const start = target.start;
    const anchor = {
      quote: { exact: target.text, prefix: editorText.slice(Math.max(0, start - 32), start), suffix: editorText.slice(target.end, target.end + 32) },
      position: { start: target.start, end: target.end },
    };
    const external = { id: 'otherwindow', kind: 'verdict' as const, verdict: 'false' as const, target: anchor, updated: '2030-01-01T00:00:00.000Z' };
    await vscode.workspace.fs.writeFile(file, encoder.encode(serializeReview({ ...current, entries: [...current.entries, external] })));
    await eventually('the other window’s verdict in the Claims view', () =>
      findNode(api.claimsTreeItems(), (node) => node.claimId === target.id && node.icon === 'error'),
    );
    await vscode.workspace.fs.writeFile(file, encoder.encode('{ "format": "sourcelens-review", "version": 1,\n  "entries": [ oops ]\n}\n'));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The verdicts are still shown: a broken file changes nothing until it is fixed.
    assert.ok(findNode(api.claimsTreeItems(), (node) => node.claimId === target.id && node.icon === 'error'));
    const first = analysis.claims[0];
    await vscode.commands.executeCommand('sourcelens.setVerdict', { uri: uri.toString(), claimId: first.id, verdict: 'needsSource' });
    const reviewsFolder = vscode.Uri.joinPath(file, '..');
    const backups = await eventually('a backup of the broken file', async () => {
      const entries = await vscode.workspace.fs.readDirectory(reviewsFolder);
      const found = entries.filter(([entry]) => entry.startsWith(`${name.replace(/\.txt$/, '')}.txt.broken-`));
      return found.length > 0 ? found : undefined;
    });
    const backup = decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(reviewsFolder, backups[0][0])));
    assert.match(backup, /oops/);
    const rewritten = await eventually('the review written again, whole', async () => {
      const read = await readReviewFile(name);
      return read?.entries.some((entry) => entry.kind === 'verdict' && entry.verdict === 'needsSource') ? read : undefined;
    });
    assert.ok(rewritten.entries.some((entry) => entry.id === 'otherwindow'), 'the merged verdict is kept');
  });

  it('keeps the review of a document renamed into another folder', async () => {
    const movedUri = vscode.Uri.joinPath(folder(), 'moved', name);
    const before = await readReviewFile(name);
    assert.ok(before);
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uri, movedUri);
    assert.ok(await vscode.workspace.applyEdit(edit), 'the rename applies');
    const moved = await eventually('the review file moved with the document', () => readReviewFile(`moved/${name}`));
    assert.strictEqual(moved.entries.length, before.entries.length);
    assert.ok(!(await exists(reviewFile(name))), 'the old review file is gone');
    await openAnalyzed(api, movedUri);
    const verdictIcons = new Set(['pass', 'warning', 'error', 'question']);
    const verdicts = before.entries.filter((entry) => entry.kind === 'verdict').length;
    try {
      await eventually('the verdicts shown for the moved document', () => {
        const shown = api.claimsTreeItems().filter((node) => verdictIcons.has(node.icon)).length;
        return shown === verdicts ? shown : undefined;
      });
    } catch (error) {
      const shown = api.claimsTreeItems().map((node) => `${node.icon} ${node.description ?? ''}`);
      const kept = api.reviewOf(movedUri)?.entries.map((entry) => `${entry.kind}:${entry.id}`);
      throw new Error(`${String(error)}; ${verdicts} verdicts in the file; tree: ${shown.join(' | ')}; review: ${JSON.stringify(kept)}`);
    }
    uri = movedUri;
  });

  it('keeps Ignore This Name… in the settings of the document\'s workspace folder when asked to', async () => {
    const analysis = api.analysisFor(uri);
    assert.ok(analysis);
    const actor = analysis.actors.find((candidate) => candidate.name === 'Antony Blinken');
    assert.ok(actor);
    const configuration = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('sourcelens', uri);
    await vscode.commands.executeCommand('sourcelens.ignoreName', { uri: uri.toString(), actorId: actor.id, scope: 'workspaceFolder' });
    try {
      const value = await eventually('the folder setting', () => configuration().inspect<string[]>('ignoreNames')?.workspaceFolderValue);
      assert.ok(value.includes('Antony Blinken'));
      await eventually('the actor gone', () => (api.analysisFor(uri)?.actors.some((candidate) => candidate.id === actor.id) === false ? true : undefined));
    } finally {
      await configuration().update('ignoreNames', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
  });
});
