// Unit tests of markup blanking: Markdown and e-mail marks read as the prose they decorate, offsets unmoved.
import { strict as assert } from 'assert';
import { analyze, DocumentAnalyzer } from '../../src/analysis';
import { withoutMarkup } from '../../src/analysis/text/markup';
import { withoutTiming } from '../support/arbitraries';

describe('markup: what the reader sees', () => {
  const cases: Array<[string, string]> = [
    ['**Jane Roe** said', '  Jane Roe   said'],
    ['told [the Herald](https://example.com/a_(b)) that', 'told  the Herald                             that'],
    ['![a chart](chart.png "Sales")', '  a chart                    '],
    ['an *emphatic* and _quiet_ word', 'an  emphatic  and  quiet  word'],
    ['run `npm test` now', 'run  npm test  now'],
    ['## Results\n> > quoted twice\n* a bullet\n+ another', '   Results\n    quoted twice\n  a bullet\n  another'],
    ['before\n***\nafter', 'before\n   \nafter'],
  ];
  for (const [source, read] of cases) {
    it(`reads ${JSON.stringify(source)} as ${JSON.stringify(read)}`, () => {
      assert.equal(withoutMarkup(source), read);
      assert.equal(withoutMarkup(source).length, source.length);
    });
  }

  it('starts lines after \\n and \\r only, as the engine counts them (not after U+2028)', () => {
    assert.equal(withoutMarkup('Moscow\u2028> Moscow'), 'Moscow\u2028> Moscow');
    assert.equal(withoutMarkup('one\r> two'), 'one\r  two');
  });

  it('leaves arithmetic, identifiers, bullets by dashes and plain text alone (the very string)', () => {
    for (const text of ['5 * 3 * 2 = 30', 'call snake_case_name here', '- a dash bullet', '#hashtag at the start', 'plain prose.']) {
      assert.equal(withoutMarkup(text), text);
    }
  });
});

describe('markup: analyses of Markdown', () => {
  it('finds a bold speaker and a claim across a link, quoting the source at the source’s offsets', () => {
    const text = '# Notes\n\n**Tom Baker** told [the Register](https://example.com) that the old code was *impossible* to keep.';
    const analysis = analyze(text);
    const [claim] = analysis.claims;
    assert.equal(analysis.actors[0]?.name, 'Tom Baker');
    assert.equal(claim?.speakerId, 'tom-baker');
    assert.equal(claim.text, 'the old code was *impossible* to keep');
    assert.equal(text.slice(claim.start, claim.end), claim.text);
  });

  it('quotes a name read across marks as the source writes it, at its offsets', () => {
    const text = 'Harbour news.\n\n**Jane** **Roe** said the pier would reopen.';
    for (const entity of analyze(text).entities) assert.equal(entity.text, text.slice(entity.start, entity.end));
  });

  it('reads a paragraph again when the same words read otherwise ("`a`" against "a`")', () => {
    const analyzer = new DocumentAnalyzer();
    for (const edited of ['`""`"" ', '""`"" ']) assert.deepStrictEqual(withoutTiming(analyzer.analyze(edited)), withoutTiming(analyze(edited)));
  });

  it('equals a fresh analysis when an edit changes only which marks pair up, or swaps one mark for another', () => {
    const paragraphs = ['Harbour news.', 'Ines Kober said the **pier** would *reopen in May.', 'Tomas Berg said nothing.', 'Nobody else spoke.'];
    const text = paragraphs.join('\n\n');
    const analyzer = new DocumentAnalyzer();
    analyzer.analyze(text);
    const star = text.indexOf('in May') + 'in May'.length;
    for (const edited of [`${text.slice(0, star)}*${text.slice(star)}`, text.replace('**pier**', '__pier__'), text]) {
      assert.deepStrictEqual(withoutTiming(analyzer.analyze(edited)), withoutTiming(analyze(edited)));
    }
  });
});
