// Proves that a speaker written as a description or a document resolves to the actor it refers to, and only then.
import * as assert from 'assert';
import { analyze } from '../../src/analysis';
import type { Analysis } from '../../src/analysis/types';

/** Each claim as [the speaking actor's name or "-" for none, the speaker's text, the claim's words]. */
function speakers(analysis: Analysis): Array<[string, string, string]> {
  const nameOf = new Map(analysis.actors.map((actor) => [actor.id, actor.name]));
  return analysis.claims.map((claim) => [claim.speakerId === null ? '-' : nameOf.get(claim.speakerId) ?? '?', claim.speaker, claim.text]);
}

describe('claims: descriptions and documents as speakers', () => {
  it('gives "the spokesman" to the person whose role it names, written as an apposition or with "is"', () => {
    const apposed = 'Ines Kober, a spokeswoman for the harbour board, met the press.\n\n"The pier is closed," the spokeswoman said.';
    assert.deepEqual(speakers(analyze(apposed)).map((row) => row[0]), ['Ines Kober']);
    const copula = 'Tomas Berg is a spokesman for the harbour board.\n\nThe spokesman said the pier was closed.';
    assert.deepEqual(speakers(analyze(copula)), [['Tomas Berg', 'Tomas Berg', 'the pier was closed']]);
  });

  it('prefers the person holding the role over the one who spoke last', () => {
    const text = 'Lena Varga, the Harbour Party\'s candidate for mayor, toured the docks with Tomas Berg.\n\n' +
      'Berg said the docks were busy. "We will rebuild them," the candidate insisted.';
    assert.deepEqual(speakers(analyze(text)).map((row) => row[0]), ['Tomas Berg', 'Lena Varga']);
  });

  it('gives a role written with "the" to the person who just spoke, when no one holds it by title', () => {
    const text = 'Lena Varga said the pier was safe.\n\n"It will reopen in May," the candidate added.';
    assert.deepEqual(speakers(analyze(text)).map((row) => row[0]), ['Lena Varga', 'Lena Varga']);
  });

  it('leaves unresolved a description that names no one the text can be held to', () => {
    // A relation says who someone is to another; "a" introduces someone new; "the man" may be anyone.
    assert.deepEqual(speakers(analyze('Lena Varga said the pier was safe.\n\nHer brother said it was not.')).map((row) => row[0]), ['Lena Varga']);
    assert.deepEqual(speakers(analyze('Lena Varga said the pier was safe.\n\nThe man said it was not.')).map((row) => row[0]), ['Lena Varga']);
    assert.deepEqual(speakers(analyze('The pier was closed on Monday.\n\nThe candidate said it was not safe.')), []);
  });

  it('keeps "the ministry said" as a claim of the description when no organization of that kind is named', () => {
    const text = 'Voting ended on Sunday.\n\nThe electoral commission said turnout had reached a record.';
    assert.deepEqual(speakers(analyze(text)), [['-', 'the commission', 'turnout had reached a record']]);
    // Named before, the organization speaks.
    const named = 'The Harbour Commission met on Sunday.\n\nThe commission said the pier was closed.';
    assert.deepEqual(speakers(analyze(named)).map((row) => row[0]), ['Harbour Commission']);
    // "A ministry" introduces one the text has not named: no claim to keep.
    assert.deepEqual(speakers(analyze('Voting ended on Sunday.\n\nA ministry said the count was slow.')), []);
  });

  it('gives a statement to its issuer: "read a statement released by", "said a statement from", "the statement read"', () => {
    const board = 'The Harbour Board fined the operator on Monday.';
    const byIssuer = analyze(`${board} "We regret the delay," read a statement released by the board.`);
    assert.deepEqual(speakers(byIssuer), [['Harbour Board', 'Harbour Board', 'We regret the delay']]);
    const fromName = analyze('"We regret the delay," read a statement from the Harbour Board.');
    assert.deepEqual(speakers(fromName).map((row) => row[0]), ['Harbour Board']);
    const read = analyze(`${board} The board released a statement.\n\n"We regret the delay," the statement read.`);
    assert.deepEqual(speakers(read).map((row) => row[0]), ['Harbour Board']);
    // "read" of anything but a document is no cue.
    assert.deepEqual(speakers(analyze('"We regret the delay," read the sign at the gate.')), []);
  });

  it('gives "released a statement saying" to whoever released it', () => {
    const text = 'Lena Varga released a statement saying the pier was safe.';
    assert.deepEqual(speakers(analyze(text)), [['Lena Varga', 'Lena Varga', 'the pier was safe']]);
  });
});
