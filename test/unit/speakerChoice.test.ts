// Unit tests of speaker choice: which person a pronoun or an apposition credits when several are written nearby.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';

function speakersOf(text: string): string[] {
  return analyze(text).claims.map((claim) => claim.speaker);
}

describe('speaker choice: the subject a pronoun looks back to', () => {
  it('passes over a name that only qualifies the person after it ("Novak adviser Tomas Berg")', () => {
    const text = '"The port will close," Pavel Novak said.\n\n' +
      'Novak adviser Tomas Berg, a former harbour master, took up the point. "The boats are gone," he said.';
    assert.deepEqual(speakersOf(text), ['Pavel Novak', 'Tomas Berg']);
  });

  it('passes over an owner written with a bare apostrophe ("Harbour News’ Tomas Berg")', () => {
    const text = 'Pavel Novak said the port would close. Harbour News’ Tomas Berg noticed the boats had gone. He said the pier was empty.';
    assert.deepEqual(speakersOf(text), ['Pavel Novak', 'Tomas Berg']);
  });

  it('passes over a capitalised adverb opening the sentence ("Still, Tomas Berg, …, said")', () => {
    const text = 'Pavel Novak said the port would close.\n\n' +
      'Still, Tomas Berg, a senior adviser to Mr. Novak, said on Tuesday that the pier would stay. "We will rebuild it," he said.';
    assert.deepEqual(speakersOf(text), ['Pavel Novak', 'Tomas Berg', 'Tomas Berg']);
  });
});

describe('speaker choice: the head of an apposition', () => {
  it('credits the head when the apposition names someone after a preposition', () => {
    const text = 'Tomas Berg, the harbour master under former Mayor Pavel Novak, criticized the plan as too slow.';
    assert.deepEqual(speakersOf(text), ['Tomas Berg']);
  });

  it('credits the head when the apposition names someone in a relative clause', () => {
    const text = 'Gov. Tomas Berg, a Republican who has refused to endorse Pavel Novak, said the port deserved better.';
    assert.deepEqual(speakersOf(text), ['Tomas Berg']);
  });

  it('still credits the name that fills the apposition ("its director, Lena Varga, said")', () => {
    assert.deepEqual(speakersOf('The port authority and its director, Lena Varga, said the pier would reopen.'), ['Lena Varga']);
  });
});

describe('speaker choice: "I" in an interview without labels', () => {
  it('does not take a name introduced inside a quotation for the one answering', () => {
    const text = 'Lena Varga: An interview with the harbour poet\n\nYou have received a good deal of attention recently.\n\n' +
      "When people come up to me and say, 'Hi Lena, my name is Tomas,' I say, 'Hi Tomas, my name is Lena' and they laugh.\n\n" +
      'What goes through your head when that happens?\n\nI understand it. I would say that it is human interaction.\n\n' +
      'How do you feel about the attention?';
    assert.deepEqual(speakersOf(text), ['Lena Varga', 'Lena Varga', 'Lena Varga']);
  });
});
