// Unit tests of verbs of evaluation as cues: a judgement written out is a claim, a bare object is none.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';
import { lexicon } from '../../src/analysis/lexicon/lexicon';

function claimsOf(text: string): Array<[string, string, string]> {
  return analyze(text).claims.map((claim) => [claim.speaker, claim.cue, claim.text]);
}

describe('claims: verbs of evaluation', () => {
  it('takes its verbs from WordNet, less the block list', () => {
    const lex = lexicon();
    for (const form of ['blasted', 'lambasted', 'thanked', 'questioned', 'slammed', 'excoriates']) {
      assert.ok(lex.evaluationVerbs.has(form) || lex.communicationVerbs.has(form), form);
    }
    for (const form of ['pushed', 'plugged', 'supported', 'ignored']) assert.ok(!lex.evaluationVerbs.has(form), form);
  });

  it('reads an object and "as" with what is said of it', () => {
    assert.deepEqual(claimsOf('Senator Ilse Marten blasted the ferry board as a wasteful club.'), [
      ['Ilse Marten', 'blasted', 'the ferry board as a wasteful club'],
    ]);
    assert.deepEqual(claimsOf('Councillor Per Udal slammed the toll plan as unfair to commuters.'), [
      ['Per Udal', 'slammed', 'the toll plan as unfair to commuters'],
    ]);
  });

  it('reads an object and "for" with a reason: a gerund, a possessive or a quotation', () => {
    assert.deepEqual(claimsOf('Mayor Ola Brenn thanked the divers for searching the harbour all night.'), [
      ['Ola Brenn', 'thanked', 'the divers for searching the harbour all night'],
    ]);
    assert.deepEqual(claimsOf('Ola Brenn attacked the port authority for its silence on the spill.'), [
      ['Ola Brenn', 'attacked', 'the port authority for its silence on the spill'],
    ]);
  });

  it('reads a question after "questioned"', () => {
    assert.deepEqual(claimsOf('Ola Brenn questioned whether the new quay would ever open.'), [
      ['Ola Brenn', 'questioned', 'whether the new quay would ever open'],
    ]);
  });

  it('reads no claim from a bare object, a time after "for" or a passive', () => {
    assert.deepEqual(claimsOf('Ola Brenn thanked Per Udal.'), []);
    assert.deepEqual(claimsOf('Rebels attacked the northern villages for the third time.'), []);
    assert.deepEqual(claimsOf('Ola Brenn was questioned by police for hours.'), []);
    assert.deepEqual(claimsOf('Ola Brenn questioned the divers.'), []);
  });
});
