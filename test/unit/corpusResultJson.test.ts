// The corpus JSON written straight from the merged result must be the report's JSON, byte for byte: the command line
// writes the one, and the other is what every other format and the dashboard read.
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { corpusJson } from '../../src/corpus/formats';
import { CorpusModel } from '../../src/corpus/model';
import { corpusReport } from '../../src/corpus/report';
import { corpusResultJson } from '../../src/corpus/resultJson';
import type { DocumentSummary } from '../../src/corpus/summary';

/** Words that merge actors and group quotations, and characters the JSON escapes or must leave alone. */
const WORDS = ['Anna', 'Berg', 'Bo', 'Lind', 'Sørensen', 'we', 'will', 'not', 'back', 'down', 'from', 'this', 'fight'];
const ODD = ['\u2028', '\u202e', '\u200b', '\ud800', '"', '\\', '\n', '\u0085', 'é', '\u{e0041}', '“'];

const text = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...ODD)), { minLength: 1, maxLength: 12 })
  .map((words) => words.join(' '));

const summary = (index: number): fc.Arbitrary<DocumentSummary> =>
  fc
    .record({
      date: fc.option(fc.constantFrom('2023-03-01', '2023-03-09', '2021-12-31'), { nil: null }),
      actors: fc.array(fc.record({ name: text, type: fc.constantFrom('PERSON' as const, 'ORG' as const), mentions: fc.nat(5) }), {
        maxLength: 4,
      }),
      quotes: fc.array(fc.record({ text, line: fc.integer({ min: 1, max: 50 }), speaker: fc.nat(4) }), { maxLength: 4 }),
      name: text,
    })
    .map(({ date, actors, quotes, name }) => ({
      type: 'document' as const,
      schema: 1 as const,
      document: `${index}-${name}`,
      documentDate: date,
      actors: actors.map((actor, id) => ({ id: `a${id}`, ...actor, aliases: [actor.name.toUpperCase()], claims: 1, line: id + 1 })),
      claims: quotes.map((quote, claim) => ({
        actor: quote.speaker < actors.length ? `a${quote.speaker}` : null,
        speaker: quote.speaker < actors.length ? actors[quote.speaker].name : 'someone',
        kind: claim % 2 === 0 ? ('direct' as const) : ('indirect' as const),
        cue: 'said',
        line: quote.line,
        text: quote.text,
        quote: claim,
      })),
      quotes: quotes.map((quote, claim) => ({ line: quote.line, text: quote.text, claim: claim % 3 === 2 ? null : claim })),
    }));

describe('corpus JSON from the result', () => {
  it('is the JSON of the report, byte for byte', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => summary(index)))),
        (summaries) => {
          const model = new CorpusModel({ coMentionActors: 3 });
          for (const document of summaries) model.add(document);
          const result = model.result();
          assert.equal([...corpusResultJson(result)].join(''), [...corpusJson(corpusReport(result))].join(''));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('holds quotation groups, claims linked to them and co-mentions in the cases it is checked on', () => {
    const quote = 'We will not back down from this fight, whatever it costs us';
    const documents: DocumentSummary[] = ['one.txt', 'two.txt'].map((document, index) => ({
      type: 'document',
      schema: 1,
      document,
      documentDate: index === 0 ? null : '2023-03-09',
      actors: [
        { id: 'a', name: 'Anna Berg', type: 'PERSON', aliases: [], mentions: 3, claims: 1, line: 1 },
        { id: 'b', name: 'Bo Lind', type: 'PERSON', aliases: [], mentions: 1, claims: 0, line: 2 },
      ],
      claims: [{ actor: 'a', speaker: 'Anna Berg', kind: 'direct', cue: 'said', line: 3, text: quote, quote: 0 }],
      quotes: [{ line: 3, text: quote, claim: 0 }],
    }));
    const model = new CorpusModel();
    for (const document of documents) model.add(document);
    const result = model.result();
    assert.equal(result.quotations.length, 1);
    assert.equal(result.coMentions.length, 1);
    assert.equal([...corpusResultJson(result)].join(''), [...corpusJson(corpusReport(result))].join(''));
  });
});
