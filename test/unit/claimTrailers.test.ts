// Unit tests of the words after a trailing attribution and of quotations a sentence runs on from, on sentences made up here.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';
import type { Claim } from '../../src/analysis/types';

/** A claim as [speaker, cue, kind, words]. */
type ClaimRow = [string, string, Claim['kind'], string];

/** Two paragraphs: the first introduces the speaker by full name, the second is the sentence under test. */
function afterIntroduction(sentence: string): ClaimRow[] {
  return analyze(`Senator Ines Kober toured the harbour on Monday.\n\n${sentence}`).claims.map((claim) => [
    claim.speaker, claim.cue, claim.kind, claim.text,
  ]);
}

describe('claims: adjuncts after a trailing attribution', () => {
  it('reads a capitalised "May" after the cue as the month, not as a modal that opens a clause', () => {
    assert.deepEqual(afterIntroduction('“Dredging is my job,” Kober said in May.'), [['Ines Kober', 'said', 'direct', 'Dredging is my job']]);
    assert.deepEqual(afterIntroduction('“Dredging is my job,” Kober told the radio in May.'), [['Ines Kober', 'told', 'direct', 'Dredging is my job']]);
  });

  it('keeps the quotation when a relative clause hangs on a noun of the adjunct', () => {
    assert.deepEqual(afterIntroduction('“The pier is like new,” Kober said in a film that showed the repairs.'), [
      ['Ines Kober', 'said', 'direct', 'The pier is like new'],
    ]);
    assert.deepEqual(afterIntroduction('“The pier is like new,” Kober told a station in an interview aired on Monday.'), [
      ['Ines Kober', 'told', 'direct', 'The pier is like new'],
    ]);
  });

  it('keeps the quotation when "when asked" gives the circumstance of the cue', () => {
    assert.deepEqual(afterIntroduction('“The pier is like new,” Kober said on Monday when asked how the repairs went.'), [
      ['Ines Kober', 'said', 'direct', 'The pier is like new'],
    ]);
  });

  it('still reads a "that" clause with a subject of its own after the adjunct', () => {
    assert.deepEqual(afterIntroduction('Kober said in a letter that the pier would reopen.'), [
      ['Ines Kober', 'said in a letter', 'indirect', 'the pier would reopen'],
    ]);
  });
});

describe('claims: a quotation the sentence runs on from', () => {
  it('reads the words after the closing mark as part of the content', () => {
    assert.deepEqual(afterIntroduction('Kober said “it makes me angry” every time she sees the broken pier.'), [
      ['Ines Kober', 'said', 'direct', 'it makes me angry” every time she sees the broken pier'],
    ]);
  });

  it('stops at the quotation when a comma inside the mark or a coordinator follows it', () => {
    assert.deepEqual(afterIntroduction('Kober said “the pier is safe,” then left the harbour.'), [
      ['Ines Kober', 'said', 'direct', 'the pier is safe'],
    ]);
    assert.deepEqual(afterIntroduction('Kober said “no” and left the harbour.'), [['Ines Kober', 'said', 'direct', 'no']]);
  });
});

describe('claims: "according to" a document and its author', () => {
  it('reads the author after "by" or "from" as the source', () => {
    assert.deepEqual(afterIntroduction('Turnout rose sharply in both parties, according to an analysis by the Harbour Research Center.'), [
      ['Harbour Research Center', 'according to', 'indirect', 'Turnout rose sharply in both parties'],
    ]);
    assert.deepEqual(afterIntroduction('The fund will close next year, according to a post from Ines Kober.'), [
      ['Ines Kober', 'according to', 'indirect', 'The fund will close next year'],
    ]);
  });

  it('reads a name after an adjective as the source ("according to a national … Poll")', () => {
    assert.deepEqual(afterIntroduction('Two in three voters view the mayor favorably, according to a national Harrow Poll.'), [
      ['Harrow Poll', 'according to', 'indirect', 'Two in three voters view the mayor favorably'],
    ]);
  });

  it('reads no source from a document with no author named', () => {
    assert.deepEqual(afterIntroduction('The fund will close next year, according to a post from last week.'), []);
  });
});

describe('claims: a short quoted verdict with its object', () => {
  it('reads the object with a verdict of one adjective or two words', () => {
    assert.deepEqual(afterIntroduction('Kober called Mayor Ola Berg “unhinged.”'), [['Ines Kober', 'called', 'indirect', 'Mayor Ola Berg “unhinged.”']]);
    assert.deepEqual(afterIntroduction('Kober called the mayor the “ultimate hypocrite.”'), [
      ['Ines Kober', 'called', 'indirect', 'the mayor the “ultimate hypocrite.”'],
    ]);
  });

  it('reads no verdict from a one-word quotation that names a term or is on a thing', () => {
    assert.deepEqual(afterIntroduction('Kober calls these boats “sloops.”'), []);
    assert.deepEqual(afterIntroduction('Kober called the long queues "unacceptable."'), []);
  });
});

describe('claims: a reported clause with an adverb after its pronoun', () => {
  it('reads "she fully supports …" as a clause', () => {
    assert.deepEqual(afterIntroduction('Kober said she fully supports the compromise.'), [
      ['Ines Kober', 'said', 'indirect', 'she fully supports the compromise'],
    ]);
  });
});
