// Unit tests of tags between a speaker and its cue: a legislator's party and state, a state after a city.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';

function speakersOf(text: string): string[] {
  return analyze(text).claims.map((claim) => claim.speaker);
}

describe('claims: tags between a speaker and the cue', () => {
  it('reads past a party tag between commas or in brackets before a comma', () => {
    assert.deepEqual(speakersOf('Rep. Edda Lunde, R-Pa., said the bridge would be rebuilt.'), ['Edda Lunde']);
    assert.deepEqual(speakersOf('Rep. Edda Lunde, D-N.H., said the bridge would be rebuilt.'), ['Edda Lunde']);
    assert.deepEqual(speakersOf('Sen. Edda Lunde (D-R.I.), said after the vote that the bridge would be rebuilt.'), ['Edda Lunde']);
  });

  it('reads a state after a city as part of the apposition or qualifier it closes', () => {
    assert.deepEqual(speakersOf('Edda Lunde, the mayor of Jackson, Miss., said the water was safe.'), ['Edda Lunde']);
    assert.deepEqual(speakersOf('Edda Lunde of Erie, Pa., said the water was safe.'), ['Edda Lunde']);
  });

  it('leaves an apposition that is no tag to the apposition reader', () => {
    assert.deepEqual(speakersOf('Edda Lunde, a nurse, said the water was safe.'), ['Edda Lunde']);
  });
});
