// Unit tests of marked quotations: every quote-mark style, apostrophes, nesting, quotes left open and unmatched marks.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';
import { findMarkedQuotes, type MarkedQuote } from '../../src/analysis/paragraph/quotes';
import { splitSentences } from '../../src/analysis/text/sentences';
import { tokenize } from '../../src/analysis/text/tokens';

function quotesIn(paragraph: string): MarkedQuote[] {
  const tokens = tokenize(paragraph);
  return findMarkedQuotes(paragraph, tokens, splitSentences(tokens));
}

/** Each quotation as its quoted words (marks left out), in order. */
function contents(paragraph: string): string[] {
  return quotesIn(paragraph).map((quote) => paragraph.slice(quote.contentStart, quote.contentEnd));
}

/** The one quotation in the paragraph: its whole span, its words and its marks. */
function onlyQuote(paragraph: string): { whole: string; words: string; marks: string; depth: number; unclosed: boolean } {
  const quotes = quotesIn(paragraph);
  assert.equal(quotes.length, 1, `expected one quotation in ${JSON.stringify(paragraph)}, found ${JSON.stringify(quotes.map((q) => paragraph.slice(q.start, q.end)))}`);
  const quote = quotes[0];
  return { whole: paragraph.slice(quote.start, quote.end), words: paragraph.slice(quote.contentStart, quote.contentEnd), marks: quote.open + quote.close, depth: quote.depth, unclosed: quote.unclosed };
}

describe('findMarkedQuotes: quote-mark styles', () => {
  it('pairs straight double quotes', () => {
    assert.deepEqual(onlyQuote('He said "we stay" and left.'), { whole: '"we stay"', words: 'we stay', marks: '""', depth: 0, unclosed: false });
  });

  it('pairs curly double quotes', () => {
    assert.deepEqual(onlyQuote('He said “we stay” and left.'), { whole: '“we stay”', words: 'we stay', marks: '“”', depth: 0, unclosed: false });
  });

  it('pairs guillemets written either way', () => {
    assert.equal(onlyQuote('Elle a dit «nous restons» hier.').words, 'nous restons');
    assert.equal(onlyQuote('Elle a dit «nous restons» hier.').marks, '«»');
    assert.equal(onlyQuote('Er sagte »wir bleiben« heute.').words, 'wir bleiben');
    assert.equal(onlyQuote('Er sagte »wir bleiben« heute.').marks, '»«');
  });

  it('pairs a low-9 opening mark with a high closing mark', () => {
    assert.deepEqual(onlyQuote('Er sagte „wir bleiben“ heute.').marks, '„“');
    assert.deepEqual(onlyQuote('Powiedział „nie wiem” wczoraj.').marks, '„”');
    assert.deepEqual(onlyQuote('‚Ja‘, sagte er.').words, 'Ja');
  });

  it('pairs single quotes', () => {
    assert.deepEqual(onlyQuote('They said ‘no way’ to the plan.').words, 'no way');
    assert.deepEqual(onlyQuote("They said 'no way' to the plan.").words, 'no way');
  });

  it('pairs corner brackets', () => {
    assert.equal(onlyQuote('彼は「行く」と言った。').words, '行く');
  });

  it('finds several quotations in one paragraph', () => {
    assert.deepEqual(contents('"Yes," he said. "No," she said.'), ['Yes,', 'No,']);
    assert.deepEqual(contents('“Yes,” he said, “we will.”'), ['Yes,', 'we will.']);
  });
});

describe('findMarkedQuotes: apostrophes are not quotation marks', () => {
  it('reads a plural possessive apostrophe as an apostrophe, not as a closing quote', () => {
    assert.deepEqual(contents('The countries’ leaders said ‘no way’ to the plan.'), ['no way']);
    assert.deepEqual(contents("It's the farmers' view that 'enough is enough' now."), ['enough is enough']);
  });

  it('finds no quotation in contractions and possessives alone', () => {
    assert.deepEqual(quotesIn('Don’t touch Russia’s or the farmers’ land.'), []);
  });
});

describe('findMarkedQuotes: nesting', () => {
  it('nests a single-quoted phrase inside a double-quoted quotation', () => {
    const paragraph = '“He told me ‘never again’ last year,” she said.';
    const quotes = quotesIn(paragraph);
    assert.deepEqual(
      quotes.map((quote) => [paragraph.slice(quote.start, quote.end), quote.depth]),
      [['“He told me ‘never again’ last year,”', 0], ['‘never again’', 1]],
    );
  });

  it('nests angle quotes inside guillemets and curly quotes inside curly quotes', () => {
    assert.deepEqual(quotesIn('«Nous ‹restons› ici», dit-il.').map((q) => q.depth), [0, 1]);
    const paragraph = '“Outer “inner” end” he said.';
    assert.deepEqual(quotesIn(paragraph).map((q) => [paragraph.slice(q.contentStart, q.contentEnd), q.depth]), [['Outer “inner” end', 0], ['inner', 1]]);
  });
});

describe('findMarkedQuotes: open and unmatched marks', () => {
  it('runs a quotation opened at the paragraph’s start and never closed to the paragraph’s end', () => {
    assert.deepEqual(onlyQuote('“We will fight on. We will not stop.'), { whole: '“We will fight on. We will not stop.', words: 'We will fight on. We will not stop.', marks: '“', depth: 0, unclosed: true });
  });

  it('runs a quotation opened after a colon and never closed to the paragraph’s end', () => {
    const quote = onlyQuote('She wrote: “We begin today. Nobody will stop us.');
    assert.equal(quote.words, 'We begin today. Nobody will stop us.');
    assert.ok(quote.unclosed);
  });

  it('bounds an unmatched mark in mid-sentence to its sentence', () => {
    assert.deepEqual(onlyQuote('He called it “a farce. Nobody believed it. Later they left.'), { whole: '“a farce.', words: 'a farce.', marks: '“', depth: 0, unclosed: false });
    assert.equal(onlyQuote('He said "no and left. She stayed.').whole, '"no and left.');
  });

  it('finds no quotation in a lone closing mark or a run of marks', () => {
    assert.deepEqual(quotesIn('The word ” appears here.'), []);
    assert.deepEqual(quotesIn('He said """ nothing.'), []);
  });
});

describe('analyze: quotations in the document', () => {
  it('continues a quotation over paragraphs: left open at each paragraph’s end, reopened at the next one’s start', () => {
    const text = 'Ines Kober said: “We will rebuild the pier before winter.\n\n“The boats need a safe place to land.\n\n“We owe it to the fishermen who lost everything.”\n\nThe council met later.';
    const analysis = analyze(text);
    const marked = analysis.quotes.filter((quote) => quote.marked);
    assert.deepEqual(
      marked.map((quote) => [quote.text, quote.open, quote.close, quote.line]),
      [
        ['“We will rebuild the pier before winter.', '“', '', 1],
        ['“The boats need a safe place to land.', '“', '', 3],
        ['“We owe it to the fishermen who lost everything.”', '“', '”', 5],
      ],
    );
    const kober = analysis.actors.find((actor) => actor.name === 'Ines Kober');
    assert.ok(kober);
    assert.deepEqual(marked.map((quote) => analysis.claims.find((claim) => claim.id === quote.claimId)?.speakerId), [kober.id, kober.id, kober.id]);
  });

  it('gives every quotation its exact slice and line', () => {
    const text = 'Intro.\n\nShe said “we stay” and «nous aussi».';
    for (const quote of analyze(text).quotes) {
      assert.equal(text.slice(quote.start, quote.end), quote.text);
      assert.equal(quote.line, 3);
    }
  });
});
