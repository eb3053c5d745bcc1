// Unit tests of attribution by layout and turn structure: reference entries, trailing dashes, interview and hearing turns.
import { strict as assert } from 'assert';
import { analyze, DocumentAnalyzer } from '../../src/analysis';
import type { Analysis, Claim } from '../../src/analysis/types';
import { withoutTiming } from '../support/arbitraries';

/** A claim as [speaker, kind, words]. */
type ClaimRow = [string, Claim['kind'], string];

function rows(analysis: Analysis): ClaimRow[] {
  return analysis.claims.map((claim) => [claim.speaker, claim.kind, claim.text]);
}

function claimsOf(text: string): ClaimRow[] {
  return rows(analyze(text));
}

describe('claims: reference-list entries', () => {
  it('credits the work after an inverted author name to its author', () => {
    const text = 'Books I keep going back to:\n\nBrontë, Emily. Wuthering Heights\n\nTolstoy, Leo and Maude, Aylmer. Resurrection (abridged)';
    const analysis = analyze(text);
    assert.deepEqual(rows(analysis), [['Brontë', 'indirect', 'Wuthering Heights'], ['Tolstoy', 'indirect', 'Resurrection (abridged)']]);
    assert.equal(analysis.actors.find((actor) => actor.name === 'Brontë')?.type, 'PERSON');
  });

  it('credits the work to an author whose given name is no listed one but no common word or place either', () => {
    assert.deepEqual(claimsOf('Books:\n\nKober, Wenzeslaus. The Harbour Ledger'), [['Kober', 'indirect', 'The Harbour Ledger']]);
    assert.deepEqual(claimsOf('Acme, Ltd. Annual Report for the Year'), []);
    assert.deepEqual(claimsOf('Oakdale, Tennessee. The council met on Monday.'), []);
  });

  it('reads no author from a place and its region, nor from a vocative', () => {
    assert.deepEqual(claimsOf('Springfield, Illinois. The council met on Monday.'), []);
    assert.deepEqual(claimsOf('Alright, Mr. Dalton, please proceed.'), []);
  });
});

describe('claims: statements signed with a dash', () => {
  it('credits the words before a closing dash and name to that name', () => {
    const text = 'The ferry plan is a waste of our money, and the council knows it. — Rolf Amsel';
    assert.deepEqual(claimsOf(text), [['Rolf Amsel', 'indirect', 'The ferry plan is a waste of our money, and the council knows it']]);
  });

  it('reads a quotation signed with a note after the name as direct speech', () => {
    const text = '“We will rebuild the pier before the winter storms come.” — Rolf Amsel, on the harbour budget';
    assert.deepEqual(claimsOf(text), [['Rolf Amsel', 'direct', 'We will rebuild the pier before the winter storms come']]);
  });

  it('credits first-person words followed by a full name alone, with no dash, to that name', () => {
    const text = 'Rolf Amsel runs the ferry.\n\nI was told that the pier would close and that I had to leave. Rolf Amsel';
    assert.deepEqual(claimsOf(text), [['Rolf Amsel', 'indirect', 'I was told that the pier would close and that I had to leave']]);
    // A report that speaks of others is no signed statement.
    assert.deepEqual(claimsOf('The council met on Monday to vote on the budget. Rolf Amsel'), []);
  });

  it('reads no signature from a dash inside a sentence, nor from a byline', () => {
    assert.deepEqual(claimsOf('The ferry plan — Rolf Amsel, the mayor, insisted — was never costed.').filter((row) => row[1] === 'direct'), []);
    assert.deepEqual(claimsOf('The council met on Monday to vote on the budget. — Reporting by Rolf Amsel'), []);
    // A news brief signed by its reporter reports; it does not speak in the first or second person.
    assert.deepEqual(claimsOf('The council met on Monday to vote on the budget. — Rolf Amsel'), []);
  });
});

describe('claims: turns of a dialogue without labels', () => {
  const interview = [
    'Harbour master Ines Kober spoke to us about the storm season.',
    'How long will the pier stay closed, and what do you expect from the council?',
    'I would note the pier was built in 1920. I have said that the council will pay for the repairs.',
    'Are you saying that the town cannot pay?',
    "I'm conceding that the town has no money left. But the port can borrow.",
  ];

  it('gives the answers\' "I" to the person interviewed, and the questions\' "you" to the one asked', () => {
    const found = claimsOf(interview.join('\n\n'));
    assert.deepEqual(found, [
      ['Ines Kober', 'indirect', 'the pier was built in 1920'],
      ['Ines Kober', 'indirect', 'the council will pay for the repairs'],
      ['Ines Kober', 'indirect', 'the town cannot pay'],
      ['Ines Kober', 'indirect', 'the town has no money left'],
    ]);
  });

  it('passes the answering side to whoever is called on by name or names themself', () => {
    const hearing = [
      'The court will hear the appeal of the harbour board.',
      'Alright, Mr. Dalton, please proceed.',
      'I would note that the board never saw the contract.',
      'Did you tell the board that the contract was void?',
      'I did. I told the board that the contract was void.',
      'And what did the board answer you?',
      'Nothing. I would note that the board never wrote back.',
      'Thank you. Ms. Okafor, you have ten minutes.',
      'Good morning. My name is Ada Okafor. I would argue that the board saw the contract in May.',
    ];
    const found = claimsOf(hearing.join('\n\n'));
    assert.deepEqual(found.map((row) => [row[0], row[2]]), [
      ['Dalton', 'the board never saw the contract'],
      ['Dalton', 'the contract was void'],
      ['Dalton', 'the contract was void'],
      ['Dalton', 'the board never wrote back'],
      ['Ada Okafor', 'the board saw the contract in May'],
    ]);
  });

  it('reads a question put with an adverb or a pause before its cue, and a first-person cue before a clause of its own', () => {
    const hearing = [
      "Good morning. My name is Ada Okafor. The board met in May. Well, first, I should say I'd like to reserve two minutes.",
      'Could you briefly explain what the board decided?',
      'I would note that the board never voted. I think that settles it.',
      'Did you tell the board that the contract was void?',
      'Counsel, are you, arguing that the vote was void?',
    ];
    const found = claimsOf(hearing.join('\n\n'));
    assert.deepEqual(found.map((row) => [row[0], row[2]]), [
      ['Ada Okafor', "I'd like to reserve two minutes"],
      ['Ada Okafor', 'what the board decided'],
      ['Ada Okafor', 'the board never voted'],
      ['Ada Okafor', 'the contract was void'],
      ['Ada Okafor', 'the vote was void'],
    ]);
  });

  it('reads "I believe that" and "I am sure that" in an answer as the answering speaker\'s, and no other subject\'s', () => {
    const answers = [
      ...interview,
      'What will the council do next?',
      "I believe that the council will pay for the repairs. I'm sure that the port can borrow. They believe that it cannot.",
    ];
    assert.deepEqual(claimsOf(answers.join('\n\n')).slice(4), [
      ['Ines Kober', 'indirect', 'the council will pay for the repairs'],
      ['Ines Kober', 'indirect', 'the port can borrow'],
    ]);
    // A stance inside what a later cue of its sentence reports is that cue's words.
    assert.deepEqual(claimsOf('I am sure that the pier will reopen in May, Ines Kober said.'), [
      ['Ines Kober', 'direct', 'I am sure that the pier will reopen in May'],
    ]);
  });

  it('credits no "I" outside a dialogue, nor words before a first-person cue', () => {
    assert.deepEqual(claimsOf('I said that the pier would reopen.\n\nI told them that the town had no money.'), []);
    const narration = [...interview.slice(0, 4), 'The pier was fine when I went and estimated the job.'];
    assert.deepEqual(claimsOf(narration.join('\n\n')).filter((row) => row[2].includes('pier was fine')), []);
  });

  it('equals a fresh analysis when an edit makes a question an answer and back', () => {
    const text = interview.join('\n\n');
    const analyzer = new DocumentAnalyzer();
    analyzer.analyze(text);
    const at = text.indexOf('cannot pay?') + 'cannot pay'.length;
    for (const edited of [`${text.slice(0, at)}.${text.slice(at + 1)}`, text]) {
      assert.deepStrictEqual(withoutTiming(analyzer.analyze(edited)), withoutTiming(analyze(edited)));
    }
  });
});
