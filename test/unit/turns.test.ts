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

describe('claims: statements signed with a dash', () => {
  it('credits the words before a closing dash and name to that name', () => {
    const text = 'The ferry plan is a waste of money, and the council knows it. — Rolf Amsel';
    assert.deepEqual(claimsOf(text), [['Rolf Amsel', 'indirect', 'The ferry plan is a waste of money, and the council knows it']]);
  });

  it('reads a quotation signed with a note after the name as direct speech', () => {
    const text = '“We will rebuild the pier before the winter storms come.” — Rolf Amsel, on the harbour budget';
    assert.deepEqual(claimsOf(text), [['Rolf Amsel', 'direct', 'We will rebuild the pier before the winter storms come']]);
  });

  it('reads no signature from a dash inside a sentence or before a byline', () => {
    assert.deepEqual(claimsOf('The ferry plan — Rolf Amsel, the mayor, insisted — was never costed.').filter((row) => row[1] === 'direct'), []);
    assert.deepEqual(claimsOf('The council met on Monday to vote on the budget. — Reporting by Rolf Amsel'), []);
  });
});
