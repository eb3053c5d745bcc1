// Unit tests of attribution by layout and turn structure.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';
import type { Analysis, Claim } from '../../src/analysis/types';

/** A claim as [speaker, kind, words]. */
type ClaimRow = [string, Claim['kind'], string];

function rows(analysis: Analysis): ClaimRow[] {
  return analysis.claims.map((claim) => [claim.speaker, claim.kind, claim.text]);
}

function claimsOf(text: string): ClaimRow[] {
  return rows(analyze(text));
}

describe('claims: reference-list entries', () => {
  it('credits the work after an inverted author name to its author', () => {
    const text = 'Books I keep going back to:\n\nBrontë, Emily. Wuthering Heights\n\nTolstoy, Leo and Maude, Aylmer. Resurrection (abridged)';
    const analysis = analyze(text);
    assert.deepEqual(rows(analysis), [['Brontë', 'indirect', 'Wuthering Heights'], ['Tolstoy', 'indirect', 'Resurrection (abridged)']]);
    assert.equal(analysis.actors.find((actor) => actor.name === 'Brontë')?.type, 'PERSON');
  });

  it('reads no author from a place and its region, nor from a vocative', () => {
    assert.deepEqual(claimsOf('Springfield, Illinois. The council met on Monday.'), []);
    assert.deepEqual(claimsOf('Alright, Mr. Dalton, please proceed.'), []);
  });
});
