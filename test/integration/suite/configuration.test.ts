// Settings changes reach the analysis live, without reloading the window.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateSourceLens, eventually, openSeed, seedSymbols, withSetting } from './helpers';

async function topLevelNames(uri: vscode.Uri): Promise<string[]> {
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
  return (symbols ?? []).map((symbol) => symbol.name);
}

describe('Source Lens settings apply live', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openSeed();
    await activateSourceLens();
    await seedSymbols(editor.document.uri, 3);
  });

  it('drops an ignored name and brings it back when the ignore list is cleared', async () => {
    const uri = editor.document.uri;
    assert.ok((await topLevelNames(uri)).includes('Dmitry Peskov'));
    await withSetting('ignoreNames', ['Dmitry Peskov', 'Peskov'], async () => {
      await eventually('Peskov to disappear from the symbols', async () => ((await topLevelNames(uri)).includes('Dmitry Peskov') ? undefined : true));
    });
    await eventually('Peskov to come back', async () => ((await topLevelNames(uri)).includes('Dmitry Peskov') ? true : undefined));
  });

  it('merges a user-declared alias into its actor, claims included', async () => {
    const uri = editor.document.uri;
    assert.ok((await topLevelNames(uri)).includes('Dmitry Peskov'));
    // Deliberately wrong, so the effect is unmistakable: Peskov's line-9 claim must move to Putin.
    await withSetting('knownActors', [{ name: 'Vladimir Putin', type: 'PERSON', aliases: ['Dmitry Peskov', 'Peskov'] }], async () => {
      await eventually('Peskov to merge into Vladimir Putin', async () => {
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
        const putin = symbols.find((symbol) => symbol.name === 'Vladimir Putin');
        const merged = !symbols.some((symbol) => symbol.name === 'Dmitry Peskov') && putin?.children.some((claim) => claim.range.start.line === 8);
        return merged ? true : undefined;
      });
    });
    await eventually('Peskov to stand alone again', async () => ((await topLevelNames(uri)).includes('Dmitry Peskov') ? true : undefined));
  });

  it('stops analysing a language removed from sourcelens.languages', async () => {
    const uri = editor.document.uri;
    await withSetting('languages', ['markdown'], async () => {
      await eventually('the seed to stop being analysed', async () => ((await topLevelNames(uri)).length === 0 ? true : undefined));
    });
    await seedSymbols(uri, 3);
  });
});
