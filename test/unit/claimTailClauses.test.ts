// Unit tests of a clause of time or cause after a trailing attribution: it belongs to the cue, not to what is reported.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';

function claimsOf(text: string): Array<[string, string]> {
  return analyze(text).claims.map((claim) => [claim.speaker, claim.text]);
}

describe('claims: a clause after a trailing attribution', () => {
  it('keeps the quotation before the cue when a clause of time follows the adjunct', () => {
    const text = '“The river is rising fast,” Edda Lunde said in a short address shortly after she toured the levee.';
    assert.deepEqual(claimsOf(text), [['Edda Lunde', 'The river is rising fast']]);
  });

  it('keeps it when the clause opens with an article or a name', () => {
    assert.deepEqual(claimsOf('“We will rebuild,” Edda Lunde said at the town hall as the crowd cheered.'), [['Edda Lunde', 'We will rebuild']]);
    assert.deepEqual(claimsOf('“We will rebuild,” Edda Lunde said in a speech after Per Udal had left.'), [['Edda Lunde', 'We will rebuild']]);
  });

  it('still reads a "that" clause after the cue', () => {
    assert.deepEqual(claimsOf('Edda Lunde said in a speech that the levee would hold.'), [['Edda Lunde', 'the levee would hold']]);
  });
});
