// Unit tests of sentence splitting: abbreviations, initials, decimals and quotes keep a sentence going.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';
import { splitSentences } from '../../src/analysis/text/sentences';
import { tokenize } from '../../src/analysis/text/tokens';

/** The sentences of one paragraph, as the text each covers. */
function sentencesOf(text: string): string[] {
  const tokens = tokenize(text);
  return splitSentences(tokens).map((range) => text.slice(tokens[range.first].start, tokens[range.last - 1].end));
}

describe('splitSentences: where sentences end', () => {
  it('ends sentences at full stops, question marks and exclamation marks', () => {
    assert.deepEqual(sentencesOf('Who won? Nobody knows! The count goes on.'), ['Who won?', 'Nobody knows!', 'The count goes on.']);
  });

  it('starts a sentence at a number after a full stop', () => {
    assert.deepEqual(sentencesOf('The vote was 5 to 4. 12 members abstained.'), ['The vote was 5 to 4.', '12 members abstained.']);
  });

  it('keeps a closing quotation mark in the sentence it ends', () => {
    assert.deepEqual(sentencesOf('“We will win.” The crowd cheered.'), ['“We will win.”', 'The crowd cheered.']);
    assert.deepEqual(sentencesOf('She said: "We are done." Then she left.'), ['She said: "We are done."', 'Then she left.']);
  });

  it('keeps a closing bracket in the sentence it ends', () => {
    assert.deepEqual(sentencesOf('Prices rose. (Analysts were surprised.) They fell.'), ['Prices rose.', '(Analysts were surprised.)', 'They fell.']);
  });

  it('gives a paragraph without a final stop one sentence to its end', () => {
    assert.deepEqual(sentencesOf('Talks continue. No date was set'), ['Talks continue.', 'No date was set']);
  });

  it('finds no sentence in an empty paragraph', () => {
    assert.deepEqual(splitSentences(tokenize('')), []);
  });
});

describe('splitSentences: what does not end a sentence', () => {
  it('does not split after a title before a name', () => {
    assert.deepEqual(sentencesOf('Mr. Smith arrived. Gen. Ortiz left.'), ['Mr. Smith arrived.', 'Gen. Ortiz left.']);
    assert.deepEqual(sentencesOf('Sen. Ruiz and Dr. Okafor arrived. Rep. Kim did not.'), ['Sen. Ruiz and Dr. Okafor arrived.', 'Rep. Kim did not.']);
  });

  it('does not split after an abbreviated month before its day', () => {
    assert.deepEqual(sentencesOf('It began on Jan. 5 in Lima. Nobody came.'), ['It began on Jan. 5 in Lima.', 'Nobody came.']);
    assert.deepEqual(sentencesOf('The deal lapsed on Sept. 8 at noon.'), ['The deal lapsed on Sept. 8 at noon.']);
  });

  it('does not split after a middle or leading initial', () => {
    assert.deepEqual(sentencesOf('George W. Bush met J. R. Tolkien fans. They cheered.'), ['George W. Bush met J. R. Tolkien fans.', 'They cheered.']);
  });

  it('does not split inside a decimal', () => {
    assert.deepEqual(sentencesOf('Growth was 3.5 percent. It fell.'), ['Growth was 3.5 percent.', 'It fell.']);
  });

  it('does not split after a quoted question or exclamation that the reporting clause continues', () => {
    assert.deepEqual(sentencesOf('"Is it over?" he asked. She nodded.'), ['"Is it over?" he asked.', 'She nodded.']);
    assert.deepEqual(sentencesOf('“Stop!” she shouted.'), ['“Stop!” she shouted.']);
  });

  it('does not split after an ellipsis that a lower-case word continues', () => {
    assert.deepEqual(sentencesOf('He paused... then spoke.'), ['He paused... then spoke.']);
  });
});

describe('splitSentences: dotted initialisms and company forms', () => {
  it('splits after "U.S." only before a typical sentence opener', () => {
    assert.deepEqual(sentencesOf('The aid came from the U.S. The money arrived.'), ['The aid came from the U.S.', 'The money arrived.']);
    assert.deepEqual(sentencesOf('The aid came from the U.S. Congress approved it.'), ['The aid came from the U.S. Congress approved it.']);
    assert.deepEqual(sentencesOf('It ended at 5 p.m. The crowd left.'), ['It ended at 5 p.m.', 'The crowd left.']);
  });

  it('ends a sentence at an initialism that closes the paragraph', () => {
    assert.deepEqual(sentencesOf('The aid came from the U.S.'), ['The aid came from the U.S.']);
  });

  it('splits after "Inc." before a sentence opener but not before a lower-case word', () => {
    assert.deepEqual(sentencesOf('It was sold to Acme Inc. The company said no.'), ['It was sold to Acme Inc.', 'The company said no.']);
    assert.deepEqual(sentencesOf('It was sold to Acme Inc. for cash.'), ['It was sold to Acme Inc. for cash.']);
  });
});

describe('analyze: sentence spans in the document', () => {
  it('gives each sentence its offsets and 1-based line across line breaks and paragraphs', () => {
    const text = 'First line here.\nSecond one follows. Third.\n\nNew paragraph.';
    const analysis = analyze(text);
    assert.deepEqual(
      analysis.sentences.map((sentence) => [text.slice(sentence.start, sentence.end), sentence.line]),
      [['First line here.', 1], ['Second one follows.', 2], ['Third.', 2], ['New paragraph.', 4]],
    );
    assert.equal(analysis.stats.sentences, 4);
  });
});
