// The language features Source Lens registers, called through VS Code's own commands as any client would.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateSourceLens, eventually, hoverText, openSeed, positionOf, seedSymbols } from './helpers';

function flatten(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...flatten(symbol.children)]);
}

function symbolNamed(symbols: readonly vscode.DocumentSymbol[], name: string): vscode.DocumentSymbol {
  const found = symbols.find((symbol) => symbol.name === name || symbol.name.startsWith(`${name} `));
  assert.ok(found, `no top-level symbol "${name}" among: ${symbols.map((symbol) => symbol.name).join(', ')}`);
  return found;
}

describe('Source Lens language features on the seed', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openSeed();
    await activateSourceLens();
  });

  it('lists actors as document symbols with their claims as children', async () => {
    const symbols = await seedSymbols(editor.document.uri, 3);
    const names = symbols.map((symbol) => symbol.name);
    for (const actor of ['Vladimir Putin', 'Xi Jinping', 'Dmitry Peskov']) symbolNamed(symbols, actor);
    assert.ok(!names.includes('Peskov'), 'a surname must merge into the full name, not stand as its own actor');
    const peskov = symbolNamed(symbols, 'Dmitry Peskov');
    const claimOnLine9 = peskov.children.find((child) => child.range.start.line === 8);
    assert.ok(claimOnLine9, `Peskov's claim on line 9 is missing; children: ${peskov.children.map((child) => `${child.name}@${child.range.start.line + 1}`).join(' | ')}`);
    for (const symbol of flatten(symbols)) {
      assert.ok(symbol.range.contains(symbol.selectionRange), `selection range of "${symbol.name}" lies outside its range`);
    }
  });

  it('shows speaker and cue when hovering a claim, with a link to its line', async () => {
    const inQuote = positionOf(editor.document, 13, 'our leader');
    const hovers = await eventually('a hover on the line-13 quotation', async () => {
      const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, inQuote);
      return result.length > 0 && /Ushakov/.test(hoverText(result)) ? result : undefined;
    });
    const text = hoverText(hovers);
    assert.match(text, /Yuri Ushakov/);
    assert.match(text, /\bsaid\b/);
    assert.match(text, /line 13/i, 'the card links to the line of the claim');
    assert.match(text, /command:sourcelens\.revealRange/, 'the line link runs the reveal command');
  });

  it('shows the actor card when hovering a name', async () => {
    const onSurname = positionOf(editor.document, 9, 'Peskov', 1);
    const hovers = await eventually('a hover on "Peskov"', async () => {
      const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, onSurname);
      return result.length > 0 ? result : undefined;
    });
    const text = hoverText(hovers);
    assert.match(text, /Dmitry Peskov/);
    assert.match(text, /person/i);
  });

  it('goes from a mention to the actor\'s first full mention', async () => {
    const laterMention = positionOf(editor.document, 9, 'Peskov', 1);
    const locations = await eventually('a definition of "Peskov"', async () => {
      const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, laterMention);
      return result.length > 0 ? result : undefined;
    });
    const first = locations[0];
    const range = first instanceof vscode.Location ? first.range : first.targetRange;
    assert.strictEqual(range.start.line, 8);
    assert.strictEqual(editor.document.getText(range), 'Dmitry Peskov');
  });

  it('finds every mention of an actor as references', async () => {
    const onPutin = positionOf(editor.document, 3, 'Putin');
    const references = await eventually('references of "Putin"', async () => {
      const result = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, onPutin);
      return result.length > 0 ? result : undefined;
    });
    const lines = new Set(references.map((location) => location.range.start.line + 1));
    for (const line of [1, 3, 5, 9, 37, 43, 45]) assert.ok(lines.has(line), `no reference to Putin on line ${line}; found lines ${[...lines].join(', ')}`);
    for (const location of references) {
      assert.match(editor.document.getText(location.range), /Putin|leader|President/, `unexpected reference text "${editor.document.getText(location.range)}"`);
    }
  });

  it('highlights the actor under the cursor: the same mentions Find All References lists', async () => {
    const onXi = positionOf(editor.document, 3, 'Xi');
    const highlights = await eventually('document highlights of "Xi"', async () => {
      const result = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', editor.document.uri, onXi);
      return result && result.length > 1 ? result : undefined;
    });
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, onXi);
    const key = (range: vscode.Range): string => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
    assert.deepStrictEqual(highlights.map((highlight) => key(highlight.range)).sort(), references.map((location) => key(location.range)).sort());
    assert.ok(highlights.some((highlight) => editor.document.getText(highlight.range) === 'Xi'));
  });
});
