// Source Lens commands run through `executeCommand`, checked by what they change in the editor.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateSourceLens, eventually, openSeed, seedSymbols } from './helpers';

/** 0-based lines where the symbol tree places claims (children of actors). */
async function claimLines(uri: vscode.Uri): Promise<number[]> {
  const symbols = await seedSymbols(uri, 3);
  const lines = symbols.flatMap((actor) => actor.children.map((claim) => claim.range.start.line));
  return [...new Set(lines)].sort((a, b) => a - b);
}

describe('Source Lens commands', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openSeed();
    await activateSourceLens();
  });

  it('contributes every command it declares', async () => {
    const manifest = vscode.extensions.getExtension('source-lens.source-lens')?.packageJSON as { contributes: { commands: { command: string }[] } };
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((entry) => entry.command).filter((command) => !registered.has(command));
    assert.deepStrictEqual(missing, [], 'declared in package.json but not registered');
  });

  it('moves to the next and previous claim', async () => {
    const lines = await claimLines(editor.document.uri);
    assert.ok(lines.length >= 2, `the seed has several claims; got lines ${lines.join(', ')}`);
    editor = await vscode.window.showTextDocument(editor.document);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('sourcelens.nextClaim');
    const first = editor.selection.active.line;
    assert.strictEqual(first, lines[0], 'Next Claim from the top lands on the first claim');
    await vscode.commands.executeCommand('sourcelens.nextClaim');
    const second = editor.selection.active.line;
    assert.ok(second >= first, 'Next Claim never moves backwards');
    assert.ok(lines.includes(second), `Next Claim landed on line ${second + 1}, which has no claim`);
    const last = editor.document.lineCount - 1;
    editor.selection = new vscode.Selection(last, 0, last, 0);
    await vscode.commands.executeCommand('sourcelens.previousClaim');
    assert.strictEqual(editor.selection.active.line, lines[lines.length - 1], 'Previous Claim from the end lands on the last claim');
  });

  it('refreshes without losing the analysis', async () => {
    await vscode.commands.executeCommand('sourcelens.refresh');
    const symbols = await seedSymbols(editor.document.uri, 3);
    assert.ok(symbols.length >= 3);
  });

  it('switches a plain-text document to the Source Document language', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Officials said the bridge would reopen on Monday, Mayor Anna Berg told reporters.\n' });
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('sourcelens.switchToSourceDocument');
    await eventually('the language switch', () => (vscode.window.activeTextEditor?.document.languageId === 'source-document' ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
