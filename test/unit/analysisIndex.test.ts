// Proves the offset index answers what stands at a position, as a scan over the analysis would.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { AnalysisIndex, containing, firstFullMention, packIndex, packIntervals } from '../../src/derived/analysisIndex';
import { buildFixture, spanOf } from './analysisFixture';

describe('analysisIndex', () => {
  const analysis = buildFixture();
  const index = new AnalysisIndex(analysis);

  it('finds the actor of a surname mention and of a full name', () => {
    assert.strictEqual(index.actorAt(spanOf('Peskov', 1).start + 2)?.actor.id, 'dmitry-peskov');
    assert.strictEqual(index.actorAt(spanOf('Vladimir Putin').start)?.actor.id, 'vladimir-putin');
    assert.strictEqual(index.actorAt(spanOf('Vladimir Putin').end)?.actor, undefined);
  });

  it('finds nothing between names', () => {
    assert.strictEqual(index.actorAt(spanOf('would').start), undefined);
  });

  it('finds the claim from its text, its quotation marks, its cue and its speaker mention', () => {
    assert.deepStrictEqual(index.claimsAt(spanOf('ideas').start).map((claim) => claim.id), ['c2']);
    assert.deepStrictEqual(index.claimsAt(spanOf('"We will').start).map((claim) => claim.id), ['c2']);
    assert.deepStrictEqual(index.claimsAt(spanOf('told').start).map((claim) => claim.id), ['c2']);
    assert.deepStrictEqual(index.claimsAt(spanOf('China').start).map((claim) => claim.id), ['c3']);
  });

  it('finds a date entity with its value', () => {
    const entity = index.entityAt(spanOf('Monday').start + 1);
    assert.strictEqual(entity?.type, 'DATE');
    assert.strictEqual(entity?.value, '2023-03-20');
  });

  it('moves to the next and previous claim, wrapping at the ends', () => {
    assert.strictEqual(index.adjacentClaim(0, 'next')?.id, 'c1');
    assert.strictEqual(index.adjacentClaim(spanOf('Putin would').start, 'next')?.id, 'c2');
    assert.strictEqual(index.adjacentClaim(spanOf('it was neutral').start, 'next')?.id, 'c1');
    assert.strictEqual(index.adjacentClaim(spanOf('it was neutral').start, 'previous')?.id, 'c2');
    assert.strictEqual(index.adjacentClaim(0, 'previous')?.id, 'c3');
  });

  it('takes the first mention spelling the full name as the definition, even after a surname', () => {
    const putin = analysis.actors.find((actor) => actor.id === 'vladimir-putin');
    assert.ok(putin);
    assert.strictEqual(firstFullMention(putin)?.text, 'Vladimir Putin');
  });

  it('falls back to the longest name mention when none spells the full name', () => {
    const actor = { ...analysis.actors[0], name: 'Dmitry S. Peskov' };
    assert.strictEqual(firstFullMention(actor)?.text, 'Dmitry Peskov');
  });

  it('answers containment like a linear scan, for any intervals', () => {
    const interval = fc.tuple(fc.nat(200), fc.nat(40)).map(([start, length]) => [start, start + length] as const);
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 60 }), fc.nat(260), (intervals, offset) => {
        const expected = intervals.flatMap(([start, end], id) => (start <= offset && offset < end ? [id] : [])).sort();
        const packed = packIntervals(intervals.map(([start, end], id) => [start, end, id, 0]));
        const found = containing(packed, offset).map((position) => packed.data[position * 4 + 2]).sort();
        assert.deepStrictEqual(found, expected);
      }),
      { numRuns: 500 },
    );
  });

  it('returns the innermost interval first', () => {
    const packed = packIntervals([
      [0, 20, 1, 0],
      [5, 8, 2, 0],
    ]);
    assert.deepStrictEqual(containing(packed, 6).map((position) => packed.data[position * 4 + 2]), [2, 1]);
  });

  it('answers the same from an index packed elsewhere and passed through structured clone (as from the worker)', () => {
    const moved = new AnalysisIndex(analysis, structuredClone(packIndex(analysis)));
    assert.strictEqual(moved.actorAt(spanOf('Peskov', 1).start)?.actor.id, 'dmitry-peskov');
    assert.deepStrictEqual(moved.claimsAt(spanOf('told').start).map((claim) => claim.id), ['c2']);
  });

  it('finds an actor through an entity that has no mention of its own', () => {
    const withoutMention = { ...analysis, actors: analysis.actors.map((actor) => (actor.id === 'china' ? { ...actor, mentions: [] } : actor)) };
    assert.strictEqual(new AnalysisIndex(withoutMention).actorAt(spanOf('China').start)?.actor.id, 'china');
  });
});
