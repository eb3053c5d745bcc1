// Unit tests of reporting cues: the WordNet inventory, verb groups, phrasal verbs, material between speaker, cue and
// content, split quotations, archive quotation marks and reports inside reports.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';
import { lexicon } from '../../src/analysis/lexicon/lexicon';
import { findMarkedQuotes } from '../../src/analysis/paragraph/quotes';
import { splitSentences } from '../../src/analysis/text/sentences';
import { tokenize } from '../../src/analysis/text/tokens';

/** Each claim as [speaker, cue, words]. */
function claimsOf(text: string): Array<[string, string, string]> {
  return analyze(text).claims.map((claim) => [claim.speaker, claim.cue, claim.text]);
}

describe('cues: the inventory of reporting verbs', () => {
  const lex = lexicon();

  it('takes verbs of communication from WordNet, with their inflected forms', () => {
    for (const form of ['reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming']) {
      assert.equal(lex.communicationVerbs.get(form)?.lemma, 'reaffirm', form);
    }
    assert.equal(lex.communicationVerbs.get('bragged')?.form, 'past');
    assert.equal(lex.communicationVerbs.get('swore')?.lemma, 'swear');
    assert.equal(lex.communicationVerbs.get('sworn')?.form, 'participle');
  });

  it('leaves blocked verbs out, and keeps the hand-made rows apart', () => {
    for (const form of ['found', 'showed', 'filed', 'returned', 'supported']) assert.equal(lex.communicationVerbs.get(form), undefined, form);
    assert.equal(lex.communicationVerbs.get('said'), undefined);
    assert.equal(lex.reportingVerbs.get('said')?.lemma, 'say');
  });

  it('marks the verbs that report only with their complement written out', () => {
    assert.equal(lex.communicationVerbs.get('bemoaned')?.explicitOnly, true);
    assert.equal(lex.communicationVerbs.get('opined')?.explicitOnly, false);
  });

  it('keys phrasal verbs by their verb forms and particle', () => {
    assert.equal(lex.phrasalVerbs.get('pointed')?.get('out')?.lemma, 'point');
    assert.equal(lex.phrasalVerbs.get('spelled')?.get('out')?.particle, 'out');
    // "went on" is no verb of communication: it reports only beside a quotation (`‘…,’ the Hatter went on`).
    assert.equal(lex.phrasalVerbs.get('went')?.get('on')?.quotationOnly, true);
  });
});

describe('cues: verb forms', () => {
  it('reads a WordNet verb as a cue', () => {
    assert.deepEqual(claimsOf('Ines Kober reaffirmed the pier had been closed for too long.'), [['Ines Kober', 'reaffirmed', 'the pier had been closed for too long']]);
  });

  it('reads a weaker cue only with "that" and a clause after it', () => {
    assert.deepEqual(claimsOf('Ines Kober bemoaned that the pier could close again in May.'), [['Ines Kober', 'bemoaned', 'the pier could close again in May']]);
    assert.deepEqual(claimsOf('Ines Kober bemoaned the pier could close again in May.'), []);
  });

  it('reads a phrasal verb with its particle', () => {
    assert.deepEqual(claimsOf('Ines Kober pointed out that the pier had been closed twice since March.'), [['Ines Kober', 'pointed out', 'the pier had been closed twice since March']]);
  });

  it('reads progressive, perfect and modal verb groups', () => {
    assert.deepEqual(claimsOf('Ines Kober is saying the pier will reopen in May.'), [['Ines Kober', 'saying', 'the pier will reopen in May']]);
    assert.deepEqual(claimsOf('Ines Kober has repeatedly said the pier will reopen in May.'), [['Ines Kober', 'said', 'the pier will reopen in May']]);
    assert.deepEqual(claimsOf('Ines Kober would argue that the pier costs too much money.'), [['Ines Kober', 'argue', 'the pier costs too much money']]);
  });

  it('reads a passive cue with its speaker after "by", and no speaker in the subject of one without', () => {
    assert.deepEqual(claimsOf('It was first reported by Reuters that the pier would reopen in May.'), [['Reuters', 'reported', 'the pier would reopen in May']]);
    assert.deepEqual(claimsOf('Ines Kober was told that the pier would reopen in May.'), []);
  });

  it('still reads a denied statement as none', () => {
    assert.deepEqual(claimsOf('Ines Kober would not say whether the pier would reopen in May.'), []);
  });

  it('reads a clause whose verb is a negative contraction', () => {
    assert.deepEqual(claimsOf('Ines Kober said the pier didn’t need any repairs.'), [['Ines Kober', 'said', 'the pier didn’t need any repairs']]);
  });
});

describe('cues: noun phrases and infinitives as content', () => {
  it('reads the object of a cue that takes one', () => {
    assert.deepEqual(claimsOf('Ines Kober criticized the harbour authority’s plan to close the pier.'), [['Ines Kober', 'criticized', 'the harbour authority’s plan to close the pier']]);
    assert.deepEqual(claimsOf('Ines Kober called for an independent inquiry into the closure.'), [['Ines Kober', 'called for', 'an independent inquiry into the closure']]);
    assert.deepEqual(claimsOf('Ines Kober urged the council to reopen the pier before the summer.'), [['Ines Kober', 'urged', 'the council to reopen the pier before the summer']]);
  });

  it('ends the object where a participle goes on with the cue', () => {
    assert.deepEqual(claimsOf('Ines Kober praised the volunteers, saying they had saved the harbour.'), [
      ['Ines Kober', 'praised', 'the volunteers'],
      ['Ines Kober', 'saying', 'they had saved the harbour'],
    ]);
  });

  it('reads no object of a verb that does not report one', () => {
    assert.deepEqual(claimsOf('Ines Kober repaired the old pier near the harbour.'), []);
  });

  it('reads "went on to say" but not "refused to say"', () => {
    assert.deepEqual(claimsOf('Ines Kober went on to say that the pier would reopen in May.'), [['Ines Kober', 'say', 'the pier would reopen in May']]);
    assert.deepEqual(claimsOf('Ines Kober refused to say whether the pier would reopen.'), []);
  });
});

describe('cues: material between speaker, cue and content', () => {
  it('reads a short adjunct of time between speaker and cue, and adverbs such as "however"', () => {
    assert.deepEqual(claimsOf('Ines Kober on Tuesday said that the pier would reopen in May.'), [['Ines Kober', 'said', 'the pier would reopen in May']]);
    assert.deepEqual(claimsOf('Ines Kober however said she would welcome a new pier.'), [['Ines Kober', 'said', 'she would welcome a new pier']]);
  });

  it('reads the subject of a first verb as the speaker of a cue after "and"', () => {
    assert.deepEqual(claimsOf('Ines Kober visited the harbour and said the pier would reopen in May.'), [['Ines Kober', 'said', 'the pier would reopen in May']]);
  });

  it('leaves a cue after "and" inside speech reported by a trailing cue to that cue', () => {
    const rows = claimsOf('The harbour has always been open to all, and calls on the region to help, Ines Kober said.');
    assert.deepEqual(rows.map((r) => r[1]), ['said']);
  });

  it('reads "that" before a word of time as no complement', () => {
    assert.deepEqual(claimsOf('“The pier will reopen,” Ines Kober said in her speech that night.'), [['Ines Kober', 'said in her speech', 'The pier will reopen']]);
  });

  it('reads a speaker with a parenthesis after the name', () => {
    assert.deepEqual(claimsOf('“The pier will reopen in May,” Rep. Ines Kober (D-Ore.) said.'), [['Ines Kober', 'said', 'The pier will reopen in May']]);
    assert.deepEqual(claimsOf('Rep. Ines Kober (D-Ore.), chair of the harbour board, said that the pier would reopen in May.'), [['Ines Kober', 'said', 'the pier would reopen in May']]);
  });

  it('reads a description without a verb before a trailing speaker', () => {
    assert.deepEqual(claimsOf('The pier will reopen in May, harbour engineer and project lead Ines Kober said.'), [['Ines Kober', 'said', 'The pier will reopen in May']]);
  });

  it('reads an apposition after an inverted speaker as part of the attribution', () => {
    assert.deepEqual(claimsOf('The pier will reopen in May, said Ines Kober, the harbour’s chief engineer for the northern coast.'), [['Ines Kober', 'said', 'The pier will reopen in May']]);
  });

  it('reads a long adjunct between the cue and "that"', () => {
    assert.deepEqual(claimsOf('Ines Kober says at a campaign stop in Toledo, Ohio, that the pier will reopen in May.'), [['Ines Kober', 'says', 'the pier will reopen in May']]);
  });

  it('credits coordinated speakers to the first, with the coordination in the speaker text', () => {
    const analysis = analyze('Ines Kober and Tomas Berg said the pier would reopen in May.');
    assert.deepEqual(analysis.claims.map((c) => [c.speaker, c.text]), [['Ines Kober', 'the pier would reopen in May']]);
    assert.equal(analysis.claims[0].speakerSpan?.text, 'Ines Kober and Tomas Berg');
  });

  it('credits coordinated speakers before an apposition to the first', () => {
    const analysis = analyze('Ines Kober and Tomas Berg, both members of the harbour board, said the pier would reopen in May.');
    assert.deepEqual(analysis.claims.map((c) => [c.speaker, c.text]), [['Ines Kober', 'the pier would reopen in May']]);
  });
});

describe('cues: reports inside reports', () => {
  it('reads the outer report, not the inner cue, as the statement of the words before it', () => {
    assert.deepEqual(claimsOf('Reuters said the director, Tomas Berg, has denied the reports of a merger.'), [['Reuters', 'said', 'the director, Tomas Berg, has denied the reports of a merger']]);
  });

  it('gives no inner speaker the words of an outer report', () => {
    const speakers = claimsOf('The harbour office said the director, Tomas Berg, has denied the reports of a merger.').map((c) => c[0]);
    assert.ok(!speakers.includes('Tomas Berg'), JSON.stringify(speakers));
  });
});

describe('cues: split and continued quotations', () => {
  it('continues a quotation split by a semicolon after the attribution', () => {
    assert.deepEqual(claimsOf('‘That is not fair,’ said Ines Kober; ‘the pier was built for many more boats.’'), [
      ['Ines Kober', 'said', 'That is not fair'],
      ['Ines Kober', 'said', 'the pier was built for many more boats.'],
    ]);
    assert.deepEqual(claimsOf('‘I do,’ Ines Kober hastily replied; ‘at least I mean what I say.’').map((c) => c[2]), ['I do', 'at least I mean what I say.']);
  });

  it('continues it across a few words of manner after the cue, but not across another cue', () => {
    const text = '‘You should not stare,’ Ines Kober said with some severity; ‘it is very rude.’';
    assert.deepEqual(claimsOf(text).map((c) => c[2]), ['You should not stare', 'it is very rude.']);
    // "Berg answered" has a cue of its own: the second half is not Kober's.
    assert.ok(!claimsOf('‘You should not stare,’ Ines Kober said, and Tomas Berg answered; ‘it is rude.’').some((c) => c[0] === 'Ines Kober' && c[2] === 'it is rude.'));
  });

  it('reads a quotation after an aside between commas ("said, without looking up, ‘…’")', () => {
    assert.deepEqual(claimsOf('Ines Kober said, without opening her eyes, ‘The pier was built for many more boats.’'), [
      ['Ines Kober', 'said', 'The pier was built for many more boats.'],
    ]);
  });

  it('reads "went on" as a cue beside a quotation only', () => {
    assert.deepEqual(claimsOf('Ines Kober sat down.\n\n‘Then you should say what you mean,’ Ines Kober went on.'), [
      ['Ines Kober', 'went on', 'Then you should say what you mean'],
    ]);
    assert.deepEqual(claimsOf('Ines Kober went on: ‘The pier was built for many more boats.’').map((c) => c[1]), ['went on']);
    assert.deepEqual(claimsOf('The meeting went on until dawn, and Ines Kober went on talking about the pier.'), []);
  });

  it('reads speech after "said," when quotation marks were stripped, but not a day or an apposition', () => {
    assert.deepEqual(claimsOf('Ines Kober said, How many of you believe the pier will reopen? I believe it will not.'), [['Ines Kober', 'said', 'How many of you believe the pier will reopen? I believe it will not']]);
    assert.ok(!claimsOf('Ines Kober said, Monday, that the pier would reopen.').some((c) => c[2].startsWith('Monday')));
    assert.ok(!claimsOf('Ines Kober said, Tomas Berg, that the pier would reopen.').some((c) => c[2].startsWith('Tomas')));
  });

  it('credits a paragraph that only closes the quotation left open before it to the same speaker', () => {
    const text = [
      'Coach Ines Kober said, “We played against a skilled side with fast forwards.',
      'A draw would have been an excellent result for us. We will be sharper in the next games.”',
      'The team flew home on Sunday.',
    ].join('\n\n');
    assert.deepEqual(claimsOf(text), [
      ['Ines Kober', 'said', 'We played against a skilled side with fast forwards'],
      ['Ines Kober', 'said', 'A draw would have been an excellent result for us. We will be sharper in the next games'],
    ]);
    // A closing mark after a paragraph that quoted nobody continues nothing.
    assert.deepEqual(claimsOf('The team flew home on Sunday.\n\nA draw would have been an excellent result for us.”'), []);
  });

  it('reads the content after a colon when quotation marks were stripped', () => {
    assert.deepEqual(claimsOf('The pier is too old, Ines Kober said, adding: We will see what happens in May.'), [
      ['Ines Kober', 'said', 'The pier is too old'],
      ['Ines Kober', 'adding', 'We will see what happens in May'],
    ]);
  });
});

describe('quotes: newspaper-archive marks', () => {
  function quoted(paragraph: string): string[] {
    const tokens = tokenize(paragraph);
    return findMarkedQuotes(paragraph, tokens, splitSentences(tokens)).map((q) => paragraph.slice(q.contentStart, q.contentEnd));
  }

  it('pairs ``…\'\' and \'\'…\'\' as double quotation marks, spanning both characters of each pair', () => {
    assert.deepEqual(quoted("``The pier will reopen,'' she said."), ['The pier will reopen,']);
    assert.deepEqual(quoted("''The pier will reopen,'' she said. ''It is safe.''"), ['The pier will reopen,', 'It is safe.']);
    const tokens = tokenize("He said ``yes'' twice.");
    const [quote] = findMarkedQuotes("He said ``yes'' twice.", tokens, splitSentences(tokens));
    assert.equal("He said ``yes'' twice.".slice(quote.start, quote.end), "``yes''");
  });

  it('leaves a lone apostrophe pair that quotes nothing alone', () => {
    assert.deepEqual(quoted("The students'' union met."), []);
  });

  it('attributes archive-marked quotations and their continuation', () => {
    assert.deepEqual(claimsOf("''The pier will reopen,'' Ines Kober said on Tuesday. ''It is safe.''"), [
      ['Ines Kober', 'said', 'The pier will reopen'],
      ['Ines Kober', 'said', 'It is safe.'],
    ]);
  });
});
