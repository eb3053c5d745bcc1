// The cross-document model: actors merged by name and alias with the user's corrections, quotation groups across
// documents earliest first, co-mentions, and a result that does not depend on the order documents come in.
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { analyze } from '../../src/analysis';
import { CorpusModel, type CorpusResult } from '../../src/corpus/model';
import { groupQuotations, quotationShingles, quotationSimilarity } from '../../src/corpus/quotations';
import { isDocumentSummary, summarise, type DocumentSummary, type SummaryActor } from '../../src/corpus/summary';
import { fnv1a, nameKey, normalisedWords } from '../../src/corpus/normalise';

function actor(id: string, name: string, extra: Partial<SummaryActor> = {}): SummaryActor {
  return { id, name, type: 'PERSON', aliases: [], mentions: 1, claims: 0, line: 1, ...extra };
}

/** A summary with one claim per quotation given as [actor id, text, line]. */
function doc(name: string, date: string | null, actors: SummaryActor[], quotes: Array<[string | null, string, number]> = []): DocumentSummary {
  return {
    type: 'document',
    schema: 1,
    document: name,
    documentDate: date,
    actors,
    claims: quotes.map(([speaker, text, line], index) => ({
      actor: speaker,
      speaker: actors.find((candidate) => candidate.id === speaker)?.name ?? 'someone',
      kind: 'direct' as const,
      cue: 'said',
      line,
      text,
      quote: index,
    })),
    quotes: quotes.map(([, text, line], index) => ({ line, text, claim: index })),
  };
}

function build(summaries: readonly DocumentSummary[], options: ConstructorParameters<typeof CorpusModel>[0] = {}): CorpusResult {
  const model = new CorpusModel(options);
  for (const summary of summaries) model.add(summary);
  return model.result();
}

function actorNamed(result: CorpusResult, name: string): CorpusResult['actors'][number] {
  const found = result.actors.find((candidate) => candidate.name === name);
  assert.ok(found, `no actor ${name} in ${result.actors.map((a) => a.name).join(', ')}`);
  return found;
}

describe('corpus model', () => {
  describe('summaries', () => {
    it('keeps the actors, claims and quotations of an analysis, linked, and survives JSON', () => {
      const text = ' date 2023-03-16 "We will not back down from this fight," Foreign Minister Anna Berg said on Friday.\n';
      const summary = summarise(analyze(text, { document: 'a.txt' }));
      assert.equal(summary.document, 'a.txt');
      assert.equal(summary.documentDate, '2023-03-16');
      assert.ok(summary.actors.some((a) => a.name === 'Anna Berg'));
      assert.equal(summary.claims.length, 1);
      const claim = summary.claims[0];
      assert.equal(claim.actor, summary.actors.find((a) => a.name === 'Anna Berg')?.id);
      assert.notEqual(claim.quote, null);
      assert.equal(summary.quotes[claim.quote ?? -1].claim, 0);
      assert.match(summary.quotes[claim.quote ?? -1].text, /We will not back down/);
      const copy: unknown = JSON.parse(JSON.stringify(summary));
      assert.ok(isDocumentSummary(copy));
      assert.deepEqual(copy, summary);
    });

    it('refuses what is not a summary, field by field', () => {
      const good = doc('a.txt', null, [actor('a', 'Anna Berg')], [['a', 'one two three four', 1]]);
      assert.ok(isDocumentSummary(good));
      const broken: unknown[] = [
        null,
        [],
        { ...good, schema: 2 },
        { ...good, document: 3 },
        { ...good, actors: [{ ...good.actors[0], type: 'ANIMAL' }] },
        { ...good, claims: [{ ...good.claims[0], quote: 5 }] },
        { ...good, quotes: [{ ...good.quotes[0], line: 0 }] },
      ];
      for (const value of broken) assert.equal(isDocumentSummary(value), false, JSON.stringify(value));
    });
  });

  describe('normalised forms', () => {
    it('folds case, accents, apostrophes and punctuation', () => {
      assert.deepEqual(normalisedWords('“Don’t  PANIC,” Jovanović said.'), ['dont', 'panic', 'jovanovic', 'said']);
      assert.equal(nameKey('U.S. Department of Justice'), 'us department of justice');
      assert.equal(nameKey('JOVANOVIĆ'), nameKey('Jovanovic'));
    });

    it('gives the same forms on the fast path for ASCII words and common punctuation as the Unicode folding does', () => {
      // The Unicode folding written out: normalised forms of any text must equal these.
      const fold = (text: string): string[] =>
        text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
      const words = (text: string): string[] => fold(text.replace(/['\u2019\u02bc\u2018`\u00b4]/g, ''));
      const key = (text: string): string => fold(text.replace(/[.'\u2019]/g, '')).join(' ');
      const characters = [..."aZ09 .,'`-_\t\n\u0000~@[]{}\u2019\u2018\u02bc\u00b4\u00e9\u0107\u00c9\u201c\u00a0\u0130\u2014\u2026\u2002\u2061\u00ab\u00bb\u00b2\u00aa\u2070\u1fff"];
      const text = fc.array(fc.constantFrom(...characters), { maxLength: 24 }).map((list) => list.join(''));
      fc.assert(
        fc.property(text, (sample) => {
          assert.deepEqual(normalisedWords(sample), words(sample));
          assert.equal(nameKey(sample), key(sample));
        }),
        { numRuns: 2000 },
      );
      assert.deepEqual(normalisedWords("Don't say `no`: O'Neill, U.S.A.!"), ['dont', 'say', 'no', 'oneill', 'u', 's', 'a']);
      assert.equal(nameKey("O'Neill of the U.S. Navy"), 'oneill of the us navy');
    });
  });

  describe('actors across documents', () => {
    it('merges by name, by an alias of two words or more, and a lone surname into the one full name that ends with it', () => {
      const result = build([
        doc('a.txt', '2023-01-02', [actor('p', 'Dmitry Peskov', { aliases: ['Peskov', 'Dmitry S. Peskov'], mentions: 3, claims: 1 })]),
        doc('b.txt', '2023-01-01', [actor('p', 'Dmitry S. Peskov', { mentions: 1 })]),
        doc('c.txt', null, [actor('p', 'Peskov', { mentions: 2, line: 4 })]),
      ]);
      assert.equal(result.actors.length, 1);
      const peskov = result.actors[0];
      assert.equal(peskov.name, 'Dmitry Peskov');
      assert.equal(peskov.id, 'dmitry-peskov');
      assert.deepEqual(peskov.aliases, ['Dmitry S. Peskov', 'Peskov']);
      assert.deepEqual(
        peskov.appearances.map((a) => [result.documents[a.document].document, a.mentions, a.line]),
        [['a.txt', 3, 1], ['b.txt', 1, 1], ['c.txt', 2, 4]],
      );
      assert.equal(peskov.mentions, 6);
      assert.equal(peskov.claims, 1);
      assert.equal(peskov.firstDate, '2023-01-01');
    });

    it('leaves a surname alone when two people carry it, and never merges a person with a place', () => {
      const result = build([
        doc('a.txt', null, [actor('j', 'John Smith', { aliases: ['Smith'] }), actor('g', 'Georgia', { type: 'PLACE' })]),
        doc('b.txt', null, [actor('j', 'Jane Smith', { aliases: ['Smith'] }), actor('g', 'Georgia')]),
        doc('c.txt', null, [actor('s', 'Smith')]),
      ]);
      assert.deepEqual(result.actors.map((a) => `${a.name}/${a.type}`).sort(), ['Georgia/PERSON', 'Georgia/PLACE', 'Jane Smith/PERSON', 'John Smith/PERSON', 'Smith/PERSON']);
      const ids = result.actors.map((a) => a.id);
      assert.equal(new Set(ids).size, ids.length, 'ids are unique');
      assert.ok(ids.includes('georgia') && ids.includes('georgia-2'));
    });

    it('never merges through a role or a title a document gave as an alias', () => {
      const result = build([
        doc('a.txt', null, [actor('a', 'Yusuf Abernathy', { aliases: ['the minister', 'minister Yusuf Abernathy', 'Mr Abernathy'] })]),
        doc('b.txt', null, [actor('b', 'Greta Zhou', { aliases: ['the minister', 'Mr Abernathy', 'GRETA ZHOU'] })]),
        doc('c.txt', null, [actor('c', 'Kenya', { type: 'PLACE', mentions: 3, aliases: ['Nairobi', 'the ministry'] })]),
        doc('d.txt', null, [actor('d', 'Nairobi', { type: 'PLACE' }), actor('m', 'the ministry', { type: 'ORG' })]),
      ]);
      assert.deepEqual(result.actors.map((a) => a.name).sort(), ['Greta Zhou', 'Kenya', 'Yusuf Abernathy', 'the ministry']);
      assert.equal(actorNamed(result, 'Kenya').appearances.length, 2, 'a place’s capitalised alias merges');
    });

    it('applies known actors (merges recorded as their aliases) and ignored names', () => {
      const result = build(
        [
          doc('a.txt', null, [actor('u', 'UN', { type: 'ORG' }), actor('x', 'Jane Doe')], [['x', 'this is not a drill today', 2]]),
          doc('b.txt', null, [actor('u', 'United Nations', { type: 'ORG' }), actor('q', 'Foreign Minister Qin', { mentions: 2 })]),
          doc('c.txt', null, [actor('q', 'Qin Gang', { claims: 1 })], [['q', 'we stand ready to talk', 3]]),
        ],
        {
          knownActors: [
            { name: 'United Nations', type: 'ORG', aliases: ['UN'] },
            { name: 'Qin Gang', type: 'PERSON', aliases: ['Foreign Minister Qin'] },
          ],
          ignoreNames: ['jane doe'],
        },
      );
      assert.deepEqual(result.actors.map((a) => a.name).sort(), ['Qin Gang', 'United Nations']);
      assert.equal(actorNamed(result, 'United Nations').appearances.length, 2);
      const qin = actorNamed(result, 'Qin Gang');
      assert.equal(qin.appearances.length, 2);
      assert.equal(qin.mentions, 3);
      const ignoredClaim = result.claims.find((claim) => claim.document === 0);
      assert.equal(ignoredClaim?.actor, null, 'a claim by an ignored name has no actor');
      assert.equal(result.claims.find((claim) => claim.document === 2)?.actor, result.actors.indexOf(qin));
    });

    it('counts co-mentions once per document, among each document’s most mentioned actors', () => {
      const a = actor('a', 'Anna Berg', { mentions: 5 });
      const b = actor('b', 'Bo Lind', { mentions: 4 });
      const c = actor('c', 'Cy Moss', { mentions: 1 });
      const result = build([doc('1.txt', null, [a, b, c]), doc('2.txt', null, [a, b]), doc('3.txt', null, [b, c])], { coMentionActors: 2 });
      const named = result.coMentions.map((pair) => [result.actors[pair.source].name, result.actors[pair.target].name].sort().join('+') + `=${pair.documents}`);
      // In 1.txt only the two most mentioned count, so Anna Berg and Cy Moss never meet.
      assert.deepEqual(named.sort(), ['Anna Berg+Bo Lind=2', 'Bo Lind+Cy Moss=1']);
    });
  });

  describe('quotation groups', () => {
    const quote = 'We will not back down from this fight, whatever it costs us';
    const variant = 'We will not back down from this fight, whatever it costs';
    const summaries = [
      doc('wire.txt', '2023-03-02', [actor('a', 'Anna Berg')], [['a', quote, 3], ['a', 'The harvest came in early this year', 5]]),
      doc('later.txt', '2023-03-09', [actor('b', 'Anna Berg')], [['b', variant, 7]]),
      doc('first.txt', '2023-03-01', [], [[null, `“${quote.toUpperCase()}!”`, 1]]),
      doc('undated.txt', null, [actor('c', 'Bo Lind')], [['c', quote, 2], ['c', quote, 9]]),
      doc('alone.txt', '2023-01-01', [], [[null, 'Only this document says these words twice', 1], [null, 'Only this document says these words twice', 2]]),
    ];

    it('groups the same quotation and close variants across documents, earliest document first, undated last', () => {
      const result = build(summaries);
      assert.equal(result.quotations.length, 1, 'a quotation repeated within one document is no group');
      const group = result.quotations[0];
      assert.equal(group.documents, 4);
      const where = group.occurrences.map((o) => `${result.documents[o.document].document}:${o.line}`);
      assert.deepEqual(where, ['first.txt:1', 'wire.txt:3', 'later.txt:7', 'undated.txt:2', 'undated.txt:9']);
      assert.equal(group.text, `“${quote.toUpperCase()}!”`);
      assert.equal(group.occurrences[0].actor, null);
      assert.equal(group.occurrences[1].actor, result.actors.findIndex((a) => a.name === 'Anna Berg'));
      const grouped = result.claims.filter((claim) => claim.quotation === 0).map((claim) => `${result.documents[claim.document].document}:${claim.line}`);
      assert.deepEqual(grouped.sort(), ['first.txt:1', 'later.txt:7', 'undated.txt:2', 'undated.txt:9', 'wire.txt:3']);
      assert.ok(result.claims.some((claim) => claim.text.startsWith('The harvest') && claim.quotation === null));
    });

    it('gives the same result whatever order the documents come in', () => {
      const expected = build(summaries);
      for (const order of [[4, 3, 2, 1, 0], [2, 0, 4, 1, 3], [1, 3, 0, 2, 4]]) {
        assert.deepEqual(build(order.map((index) => summaries[index])), expected);
      }
    });

    it('groups as documents come in name order just as it groups them all at the end', () => {
      // In name order the groups are made as documents come, any other order groups them at the end. Which quotation
      // starts a group depends on the order they are taken in: a document's are taken by line, whatever order its
      // summary lists them in. The whole quotation starts the group here, and each of its halves (no match of each
      // other) joins it as an excerpt; taken first, a half would start a group the other half cannot join.
      const whole = 'rivers rise slowly whenever northern winds carry heavy rain across empty valleys tonight';
      const firstHalf = 'rivers rise slowly whenever northern winds';
      const secondHalf = 'carry heavy rain across empty valleys tonight';
      const a = doc('a.txt', null, [], [[null, firstHalf, 2], [null, whole, 1]]);
      const b = doc('b.txt', null, [], [[null, secondHalf, 1]]);
      const inNameOrder = build([a, b]);
      assert.deepEqual(inNameOrder, build([b, a]));
      assert.equal(inNameOrder.quotations.length, 1);
      assert.deepEqual(inNameOrder.quotations[0].occurrences.map((o) => `${o.document}:${o.line}`), ['0:1', '0:2', '1:1']);
    });

    it('folds a document once: a second with the same name is refused', () => {
      const model = new CorpusModel();
      assert.equal(model.add(summaries[0]), true);
      assert.equal(model.add(summaries[0]), false);
      assert.equal(model.size, 1);
    });

    it('measures similarity by Jaccard, and containment for excerpts of six words or more', () => {
      const shingles = (text: string): Uint32Array => quotationShingles(text) ?? assert.fail(`no shingles for ${text}`);
      assert.equal(quotationShingles('No comment at'), null, 'too short to group');
      // A shingle is the hash of a pair of normalised words as one string, "first second"; each once, in order.
      const pairs = ['we will', 'will rebuild', 'rebuild the', 'the bridge', 'bridge we'];
      const expected = [...new Set(pairs.map((pair) => fnv1a(pair)))].sort((a, b) => a - b);
      assert.deepEqual([...shingles('We will REBUILD the bridge, we will!')], expected);
      assert.equal(quotationSimilarity(shingles('one two three four'), shingles('One, two; THREE four!')), 1);
      assert.equal(quotationSimilarity(shingles('one two three four'), shingles('five six seven eight')), 0);
      const long = shingles('the ministry will publish the full report on the talks next week');
      assert.ok(quotationSimilarity(shingles('will publish the full report on the talks'), long) >= 0.9, 'an excerpt');
      assert.equal(quotationSimilarity(shingles('publish the full report'), long), 0, 'too short an excerpt');
    });

    it('groups tens of thousands of quotations through its index, not by comparing every pair', () => {
      const words = Array.from({ length: 500 }, (_, index) => `w${index.toString(36)}`);
      let state = 7;
      const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % words.length;
      const sets = Array.from({ length: 20000 }, () => quotationShingles(Array.from({ length: 12 }, () => words[next()]).join(' ')));
      const started = Date.now();
      const groups = groupQuotations([...sets, ...sets.slice(0, 100)]);
      const elapsed = Date.now() - started;
      for (let index = 0; index < 100; index++) assert.equal(groups[20000 + index], groups[index], 'an exact copy joins its group');
      // Comparing every pair would be 200 million comparisons: minutes, not seconds.
      assert.ok(elapsed < 10000, `took ${elapsed} ms`);
    });
  });
});
