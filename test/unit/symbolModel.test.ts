// Proves the outline lists actors in reading order with their claims, and ranges that contain their selections.
import * as assert from 'assert';
import { OUTLINE_CLAIMS_MAX, OUTLINE_SYMBOLS_MAX, outlineSymbols, type OutlineSymbol } from '../../src/providers/symbolModel';
import { buildFixture, spanOf } from './analysisFixture';

function walk(symbols: readonly OutlineSymbol[], visit: (symbol: OutlineSymbol, parent?: OutlineSymbol) => void, parent?: OutlineSymbol): void {
  for (const symbol of symbols) {
    visit(symbol, parent);
    walk(symbol.children, visit, symbol);
  }
}

describe('symbolModel', () => {
  const analysis = buildFixture();

  it('lists actors by first appearance, each with its claims', () => {
    const symbols = outlineSymbols(analysis);
    assert.deepStrictEqual(symbols.map((symbol) => symbol.name), ['Kremlin', 'Dmitry Peskov', 'Vladimir Putin', 'China']);
    assert.deepStrictEqual(symbols[1].children.map((child) => child.kind), ['CLAIM', 'CLAIM']);
    assert.strictEqual(symbols[1].detail, '2 mentions · 2 claims');
  });

  it('selects the first full mention and spans everything the actor covers', () => {
    const putin = outlineSymbols(analysis)[2];
    assert.deepStrictEqual(putin.selection, { start: spanOf('Vladimir Putin').start, end: spanOf('Vladimir Putin').end });
    assert.strictEqual(putin.range.start, spanOf('Putin').start);
  });

  it('keeps every selection inside its range and every child inside its parent (VS Code rejects otherwise)', () => {
    walk(outlineSymbols(analysis), (symbol, parent) => {
      assert.ok(symbol.range.start <= symbol.selection.start && symbol.selection.end <= symbol.range.end, symbol.name);
      if (parent) assert.ok(parent.range.start <= symbol.range.start && symbol.range.end <= parent.range.end, symbol.name);
    });
  });

  it('lists at most OUTLINE_CLAIMS_MAX claims under an actor and says so', () => {
    const claims = Array.from({ length: OUTLINE_CLAIMS_MAX + 5 }, (_, position) => ({ ...analysis.claims[0], id: `k${position}` }));
    const peskov = { ...analysis.actors[0], claimIds: claims.map((claim) => claim.id) };
    const [symbol] = outlineSymbols({ ...analysis, claims, actors: [peskov] });
    assert.strictEqual(symbol.children.length, OUTLINE_CLAIMS_MAX);
    assert.match(symbol.detail, new RegExp(`first ${OUTLINE_CLAIMS_MAX} listed`));
  });

  it('keeps a book-sized outline within OUTLINE_SYMBOLS_MAX, listing every actor and as many claims for each', () => {
    // 60 actors with 400 claims each, as a long transcript has: 24,000 claims, far past what the outline may hold.
    const template = analysis.actors[0];
    const claims = Array.from({ length: 60 * 400 }, (_, position) => ({ ...analysis.claims[0], id: `c${position + 1}`, speakerId: `actor-${position % 60}`, start: position * 10, end: position * 10 + 5 }));
    const actors = Array.from({ length: 60 }, (_, index) => ({
      ...template,
      id: `actor-${index}`,
      name: `Actor ${index}`,
      mentions: [{ ...template.mentions[0], start: index * 10, end: index * 10 + 3 }],
      claimIds: claims.filter((claim) => claim.speakerId === `actor-${index}`).map((claim) => claim.id),
    }));
    const symbols = outlineSymbols({ ...analysis, claims, actors });
    let count = 0;
    walk(symbols, () => count++);
    assert.ok(count <= OUTLINE_SYMBOLS_MAX, `${count} symbols`);
    assert.strictEqual(symbols.length, 60);
    const listed = new Set(symbols.map((symbol) => symbol.children.length));
    assert.deepStrictEqual([...listed], [Math.floor((OUTLINE_SYMBOLS_MAX - 60) / 60)]);
    assert.match(symbols[0].detail, /400 claims \(first \d+ listed\)/);
  });

  it('lists claims without a known speaker at the top level', () => {
    // As the engine gives it: no speaker on the claim, and in no actor's list of claims.
    const unattributed = {
      ...analysis,
      claims: analysis.claims.map((claim) => (claim.id === 'c3' ? { ...claim, speakerId: null } : claim)),
      actors: analysis.actors.map((actor) => ({ ...actor, claimIds: actor.claimIds.filter((id) => id !== 'c3') })),
    };
    const symbols = outlineSymbols(unattributed);
    assert.strictEqual(symbols[symbols.length - 1].kind, 'CLAIM');
    assert.strictEqual(symbols[symbols.length - 1].name, 'it was neutral');
  });
});
