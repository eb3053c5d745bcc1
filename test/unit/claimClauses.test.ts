// Unit tests of what counts as a reported clause, and of the speaker phrases around a cue, on sentences made up here.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';
import type { Claim } from '../../src/analysis/types';

/** A claim as [speaker, cue, kind, words]. */
type ClaimRow = [string, string, Claim['kind'], string];

function claimsOf(text: string): ClaimRow[] {
  return analyze(text).claims.map((claim) => [claim.speaker, claim.cue, claim.kind, claim.text]);
}

/** Two paragraphs: the first introduces the speaker by full name, the second is the sentence under test. */
function afterIntroduction(sentence: string): ClaimRow[] {
  return claimsOf(`Senator Ines Kober toured the harbour on Monday.\n\n${sentence}`);
}

describe('claims: bare reported clauses', () => {
  it('reads a contracted subject pronoun as the start of a clause ("it’s", "he’s")', () => {
    assert.deepEqual(afterIntroduction('Kober says it’s more urgent than ever to dredge the channel.'), [
      ['Ines Kober', 'says', 'indirect', 'it’s more urgent than ever to dredge the channel'],
    ]);
    assert.deepEqual(afterIntroduction('Kober said he’s with the harbour master on this.'), [
      ['Ines Kober', 'said', 'indirect', 'he’s with the harbour master on this'],
    ]);
  });

  it('reads a verb in -s that is also a noun when a noun precedes it and its object follows', () => {
    assert.deepEqual(afterIntroduction('Kober said every tonne of cargo yields a small fee for the town.'), [
      ['Ines Kober', 'said', 'indirect', 'every tonne of cargo yields a small fee for the town'],
    ]);
    assert.deepEqual(afterIntroduction('Kober said the plan answers nobody but she needs to win the vote.'), [
      ['Ines Kober', 'said', 'indirect', 'the plan answers nobody but she needs to win the vote'],
    ]);
  });

  it('does not read a plural noun phrase as a clause', () => {
    assert.deepEqual(afterIntroduction('Kober said the needs of the fishermen.'), []);
  });
});

describe('claims: descriptions written with the speaker’s name', () => {
  it('reads a description between a closing quotation mark and the name', () => {
    assert.deepEqual(afterIntroduction('“We will dredge the channel by spring,” harbour spokeswoman Ines Kober said.'), [
      ['Ines Kober', 'said', 'direct', 'We will dredge the channel by spring'],
    ]);
  });

  it('reads a description between an inverted cue and the name', () => {
    assert.deepEqual(afterIntroduction('“We will dredge the channel by spring,” said veteran harbour engineer Ines Kober.'), [
      ['Ines Kober', 'said', 'direct', 'We will dredge the channel by spring'],
    ]);
  });
});
