// Unit tests of attributions written as asides inside the sentence they report, on sentences made up here.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';
import type { Claim } from '../../src/analysis/types';

/** A claim as [speaker, cue, kind, words]. */
type ClaimRow = [string, string, Claim['kind'], string];

/** Two paragraphs: the first introduces the speaker by full name, the second is the sentence under test. */
function afterIntroduction(sentence: string): ClaimRow[] {
  const text = `Senator Ines Kober toured the harbour on Monday.\n\n${sentence}`;
  return analyze(text).claims.map((claim) => [claim.speaker, claim.cue, claim.kind, claim.text]);
}

describe('claims: an "as" clause around its statement', () => {
  it('reads "But as X noted, …" and "Of course, as X said, …" as the words after the comma', () => {
    assert.deepEqual(afterIntroduction('But as Kober noted, the ferry will need a new engine.'), [
      ['Ines Kober', 'noted', 'indirect', 'the ferry will need a new engine'],
    ]);
    assert.deepEqual(afterIntroduction('Of course, as Kober said, the pier was never safe.'), [
      ['Ines Kober', 'said', 'indirect', 'the pier was never safe'],
    ]);
  });

  it('reads a trailing "…, as X has acknowledged." as the words before it', () => {
    assert.deepEqual(afterIntroduction('The fares rose over the summer, as Kober has acknowledged.'), [
      ['Ines Kober', 'acknowledged', 'indirect', 'The fares rose over the summer'],
    ]);
  });

  it('reads "The plan, as X said, will fail" as the whole sentence', () => {
    assert.deepEqual(afterIntroduction('The pier, as Kober said, will close in May.'), [
      ['Ines Kober', 'said', 'indirect', 'The pier, as Kober said, will close in May'],
    ]);
  });

  it('reads no statement where the "as" clause tells of something else', () => {
    assert.deepEqual(afterIntroduction('In the meantime, as Kober continues to push the plan, the ferry waits.'), []);
    assert.deepEqual(afterIntroduction('The crowd cheered as Kober thanked the crew.'), []);
  });
});

describe('claims: an attribution between commas', () => {
  it('reads "This plan, X says, is …" as the whole sentence: the cue interrupts its subject and verb', () => {
    assert.deepEqual(afterIntroduction('This harbour, Kober says, is the oldest in the region.'), [
      ['Ines Kober', 'says', 'indirect', 'This harbour, Kober says, is the oldest in the region'],
    ]);
  });

  it('reads "Otherwise, she said, …" before a clause of its own', () => {
    assert.deepEqual(afterIntroduction('Otherwise, Kober said, towns may simply lose their ferries.'), [
      ['Ines Kober', 'said', 'indirect', 'Otherwise, Kober said, towns may simply lose their ferries'],
    ]);
  });

  it('reads no statement where the words after the attribution join another part (", X said, and …")', () => {
    assert.deepEqual(afterIntroduction('Boats, Kober said, and nets.'), []);
  });
});

describe('claims: a cue inside a relative clause', () => {
  it('reads "…, which X said was …" as the clause of the relative pronoun', () => {
    assert.deepEqual(afterIntroduction('The town raised the fare, which Kober said was a mistake.'), [
      ['Ines Kober', 'said', 'indirect', 'was a mistake'],
    ]);
    assert.deepEqual(afterIntroduction('She spoke of her sons, who she said were living in Kiel, and left.'), [
      ['Ines Kober', 'said', 'indirect', 'were living in Kiel'],
    ]);
  });
});

describe('claims: a verdict on a pronoun after "called"', () => {
  it('reads "called him a “…”" and "called it “…”" as the verdict', () => {
    assert.deepEqual(afterIntroduction('Kober called him a “coward.”').map((row) => row[3]), ['him a “coward.”']);
    assert.deepEqual(afterIntroduction('Kober called it “a disgrace” on Monday.').map((row) => row[3]), ['it “a disgrace” on Monday']);
  });

  it('reads the object with the quoted verdict after it ("called the plan “…” in …"), a quotation right after the cue alone', () => {
    assert.deepEqual(afterIntroduction('Kober called the fare rise “a betrayal” of the islanders.').map((row) => row[3]), [
      'the fare rise “a betrayal” of the islanders',
    ]);
  });

  it('still reads no verdict in a telephone call ("called him on Monday")', () => {
    assert.deepEqual(afterIntroduction('Kober called him on Monday.'), []);
  });
});

describe('claims: a cue joined to an earlier verb of its subject', () => {
  it('reads "X did A, but told …" and "X did A, then says …" as X’s statements', () => {
    assert.deepEqual(afterIntroduction('Kober did not name the captain, but told reporters that the ferry was late.'), [
      ['Ines Kober', 'told', 'indirect', 'the ferry was late'],
    ]);
    assert.deepEqual(afterIntroduction('Kober offered the crew a bonus, then says she will sell the boat.'), [
      ['Ines Kober', 'says', 'indirect', 'she will sell the boat'],
    ]);
  });

  it('still gives the cue to its own subject after "but" ("…, but critics said …")', () => {
    assert.deepEqual(afterIntroduction('Kober likes the plan, but critics said it would fail.').map((row) => row[0]), ['critics']);
  });
});

describe('claims: an apposition naming a person of an organization', () => {
  it('gives the statement to the person the apposed organization qualifies ("Another pollster, X of Y, said")', () => {
    assert.deepEqual(afterIntroduction('Another pollster, Tomas Lindqvist of Halden University, said the race was close.'), [
      ['Tomas Lindqvist', 'said', 'indirect', 'the race was close'],
    ]);
  });
});
