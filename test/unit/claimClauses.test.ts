// Unit tests of what counts as a reported clause, and of the speaker phrases around a cue, on sentences made up here.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';
import type { Claim } from '../../src/analysis/types';

/** A claim as [speaker, cue, kind, words]. */
type ClaimRow = [string, string, Claim['kind'], string];

function claimsOf(text: string): ClaimRow[] {
  return analyze(text).claims.map((claim) => [claim.speaker, claim.cue, claim.kind, claim.text]);
}

/** Two paragraphs: the first introduces the speaker by full name, the second is the sentence under test. */
function afterIntroduction(sentence: string): ClaimRow[] {
  return claimsOf(`Senator Ines Kober toured the harbour on Monday.\n\n${sentence}`);
}

describe('claims: bare reported clauses', () => {
  it('reads an irregular past tense as the clause verb ("the talks went"), but not one after a determiner', () => {
    assert.deepEqual(afterIntroduction('Kober said the talks went well.'), [['Ines Kober', 'said', 'indirect', 'the talks went well']]);
    assert.deepEqual(afterIntroduction('Kober said the ferry came too late for the tide.'), [
      ['Ines Kober', 'said', 'indirect', 'the ferry came too late for the tide'],
    ]);
    assert.deepEqual(afterIntroduction('Kober said the sworn statement.'), []);
  });

  it('reads a contracted subject pronoun as the start of a clause ("it’s", "he’s")', () => {
    assert.deepEqual(afterIntroduction('Kober says it’s more urgent than ever to dredge the channel.'), [
      ['Ines Kober', 'says', 'indirect', 'it’s more urgent than ever to dredge the channel'],
    ]);
    assert.deepEqual(afterIntroduction('Kober said he’s with the harbour master on this.'), [
      ['Ines Kober', 'said', 'indirect', 'he’s with the harbour master on this'],
    ]);
  });

  it('reads a verb in -s that is also a noun when a noun precedes it and its object follows', () => {
    assert.deepEqual(afterIntroduction('Kober said every tonne of cargo yields a small fee for the town.'), [
      ['Ines Kober', 'said', 'indirect', 'every tonne of cargo yields a small fee for the town'],
    ]);
    assert.deepEqual(afterIntroduction('Kober said the plan answers nobody but she needs to win the vote.'), [
      ['Ines Kober', 'said', 'indirect', 'the plan answers nobody but she needs to win the vote'],
    ]);
  });

  it('keeps the article of a subject whose noun can also modify a speaker ("the government", "the company")', () => {
    assert.deepEqual(afterIntroduction('Kober said the government would pay for the dredging.'), [
      ['Ines Kober', 'said', 'indirect', 'the government would pay for the dredging'],
    ]);
    assert.deepEqual(afterIntroduction('Kober said the company closed its yard.'), [['Ines Kober', 'said', 'indirect', 'the company closed its yard']]);
    assert.deepEqual(afterIntroduction('Kober said police arrested two men.'), [['Ines Kober', 'said', 'indirect', 'police arrested two men']]);
  });

  it('does not read a plural noun phrase as a clause', () => {
    assert.deepEqual(afterIntroduction('Kober said the needs of the fishermen.'), []);
  });
});

describe('claims: descriptions written with the speaker’s name', () => {
  it('reads a description between a closing quotation mark and the name', () => {
    assert.deepEqual(afterIntroduction('“We will dredge the channel by spring,” harbour spokeswoman Ines Kober said.'), [
      ['Ines Kober', 'said', 'direct', 'We will dredge the channel by spring'],
    ]);
  });

  it('reads a description between an inverted cue and the name', () => {
    assert.deepEqual(afterIntroduction('“We will dredge the channel by spring,” said veteran harbour engineer Ines Kober.'), [
      ['Ines Kober', 'said', 'direct', 'We will dredge the channel by spring'],
    ]);
  });
});

describe('claims: unmarked speech before a trailing cue', () => {
  it('reads a short answer when the attribution closes the sentence', () => {
    assert.deepEqual(afterIntroduction('Not this winter, Kober replied.'), [['Ines Kober', 'replied', 'direct', 'Not this winter']]);
  });

  it('does not read a short opening adjunct as speech when the sentence goes on', () => {
    assert.deepEqual(afterIntroduction('Later that week, Kober praised the dredging crews, who worked overnight.'), [
      ['Ines Kober', 'praised', 'indirect', 'the dredging crews, who worked overnight'],
    ]);
  });

  it('reads speech that opens with a preposition when a clause follows it', () => {
    assert.deepEqual(afterIntroduction('In some ways we’ve been lucky with the tides, Kober said.'), [
      ['Ines Kober', 'said', 'direct', 'In some ways we’ve been lucky with the tides'],
    ]);
  });

  it('does not read a participial opener as speech ("Asked whether …, X said")', () => {
    assert.deepEqual(afterIntroduction('Asked whether she would stay on, Kober said.'), []);
  });
});

describe('claims: an organization that qualifies the speaker', () => {
  const introduction = 'Ines Kober and Tomas Berg met in Oakdale on Monday.\n\n';

  it('gives an inverted cue’s statement to the person the organization’s role names', () => {
    const rows = claimsOf(`${introduction}“The channel must be dredged,” said Oakdale Harbour Board Chairwoman Ines Kober.`);
    assert.deepEqual(rows, [['Ines Kober', 'said', 'direct', 'The channel must be dredged']]);
  });

  it('gives a participial cue’s statement to the person, not to the organization opening the sentence', () => {
    const rows = claimsOf(`${introduction}Oakdale Police Chief Tomas Berg asked for more patrols, saying, “The pier is unsafe at night.”`);
    assert.deepEqual(rows.map((row) => row[0]), ['Tomas Berg']);
  });
});

describe('claims: unmarked speech that goes on after its attribution', () => {
  it('continues with the next sentences when they speak as someone and hold no cue', () => {
    assert.deepEqual(afterIntroduction('The channel is the town’s lifeline, Kober said. We cannot wait another year. It silts up every spring.'), [
      ['Ines Kober', 'said', 'direct', 'The channel is the town’s lifeline'],
      ['Ines Kober', 'said', 'direct', 'We cannot wait another year. It silts up every spring'],
    ]);
  });

  it('does not continue into narration', () => {
    assert.deepEqual(afterIntroduction('The channel is the town’s lifeline, Kober said. The council voted on Friday.'), [
      ['Ines Kober', 'said', 'direct', 'The channel is the town’s lifeline'],
    ]);
  });
});

describe('claims: commitments with an infinitive', () => {
  it('reads "vowed to …" and "has promised to …" as statements', () => {
    assert.deepEqual(afterIntroduction('Kober vowed to keep the ferry running through the winter.'), [
      ['Ines Kober', 'vowed', 'indirect', 'to keep the ferry running through the winter'],
    ]);
    assert.deepEqual(afterIntroduction('Kober has promised to build a second pier.'), [['Ines Kober', 'promised', 'indirect', 'to build a second pier']]);
  });

  it('still reads "refused to …" as no statement', () => {
    assert.deepEqual(afterIntroduction('Kober refused to comment on the ferry.'), []);
  });
});

describe('claims: a long apposition between the speaker and the cue', () => {
  it('reads past an apposition of some twenty words to the name it describes', () => {
    const sentence = 'Kober, a former ferry captain who has sailed the estuary for three decades and who now chairs the ' +
      'harbour board of the town, said the channel must be dredged.';
    assert.deepEqual(afterIntroduction(sentence), [['Ines Kober', 'said', 'indirect', 'the channel must be dredged']]);
  });
});

describe('claims: "X … and said" with an aside after the subject', () => {
  it('reads past a parenthesis after the subject', () => {
    assert.deepEqual(afterIntroduction('In a letter, Sen. Ines Kober (D-Ore.) thanked the crews and said the channel would reopen.'), [
      ['Ines Kober', 'said', 'indirect', 'the channel would reopen'],
    ]);
  });

  it('reads past an apposition after the subject', () => {
    assert.deepEqual(afterIntroduction('Kober, a former harbour master, joined the board and said the channel would reopen.'), [
      ['Ines Kober', 'said', 'indirect', 'the channel would reopen'],
    ]);
  });
});

describe('claims: ", citing …"', () => {
  it('reads what the speaker cites as a statement of the sentence’s speaker', () => {
    assert.deepEqual(afterIntroduction('The ferry will stop in May, Kober said, citing the cost of fuel.'), [
      ['Ines Kober', 'said', 'direct', 'The ferry will stop in May'],
      ['Ines Kober', 'citing', 'indirect', 'the cost of fuel'],
    ]);
  });
});

describe('claims: an unmarked question or exclamation before its attribution', () => {
  it('reads the question that ends the sentence before "X asked."', () => {
    assert.deepEqual(afterIntroduction('Why are the dredgers still idle? Kober asked.'), [['Ines Kober', 'asked', 'direct', 'Why are the dredgers still idle']]);
  });

  it('reads an exclamation before an inverted "said X"', () => {
    assert.deepEqual(afterIntroduction('What a day for the town! said Kober.'), [['Ines Kober', 'said', 'direct', 'What a day for the town']]);
  });

  it('does not read a plain sentence before "X said." as speech', () => {
    assert.deepEqual(afterIntroduction('The dredgers are idle. Kober said so.'), []);
  });
});

describe('claims: quoted words inside a reported clause, titles and participial cues', () => {
  it('reports the whole "that" clause after an addressee, not the quoted word inside it', () => {
    assert.deepEqual(afterIntroduction('Kober told the council that the silting had “sped up” after the storm.'), [
      ['Ines Kober', 'told', 'indirect', 'the silting had “sped up” after the storm'],
    ]);
  });

  it('reads a subject pronoun followed by quoted words as a clause', () => {
    assert.deepEqual(afterIntroduction('Kober said she “cannot wait much longer” for the dredger.'), [
      ['Ines Kober', 'said', 'indirect', 'she “cannot wait much longer” for the dredger'],
    ]);
  });

  it('takes a quoted programme title after the cue as an adjunct, not as the statement', () => {
    assert.deepEqual(afterIntroduction('“The channel is closing,” Kober said on the station’s “Harbour Hour.”'), [
      ['Ines Kober', 'said', 'direct', 'The channel is closing'],
    ]);
    assert.deepEqual(afterIntroduction('“The channel is closing,” Kober told the hosts of “Harbour Hour,” and left.'), [
      ['Ines Kober', 'told', 'direct', 'The channel is closing'],
    ]);
  });

  it('reads a participial cue after "by" or "before" as the subject’s statement', () => {
    assert.deepEqual(afterIntroduction('Kober ended the meeting by saying the dredger would come in May.'), [
      ['Ines Kober', 'saying', 'indirect', 'the dredger would come in May'],
    ]);
  });
});

describe('claims: speech without quotation marks around its attribution', () => {
  it('goes on after the attribution when the speech before it and a later sentence speak as someone', () => {
    assert.deepEqual(afterIntroduction('We are harbour people, Kober said. Sandy is a local celebrity. Her brother fixes my boat.'), [
      ['Ines Kober', 'said', 'direct', 'We are harbour people'],
      ['Ines Kober', 'said', 'direct', 'Sandy is a local celebrity. Her brother fixes my boat'],
    ]);
  });

  it('reads a contracted first-person subject as someone speaking ("I’ve")', () => {
    assert.deepEqual(afterIntroduction('The harbour is ours, Kober said. I’ve seen it silt up for years.'), [
      ['Ines Kober', 'said', 'direct', 'The harbour is ours'],
      ['Ines Kober', 'said', 'direct', 'I’ve seen it silt up for years'],
    ]);
  });

  it('does not go on into narration', () => {
    assert.deepEqual(afterIntroduction('The dredger is late, Kober said. The harbour closed at noon.'), [
      ['Ines Kober', 'said', 'direct', 'The dredger is late'],
    ]);
  });

  it('reads an infinitive after ", Doe concluded," as the rest of the sentence', () => {
    assert.deepEqual(afterIntroduction('We must take this chance, Kober concluded, to clear the channel before winter.'), [
      ['Ines Kober', 'concluded', 'indirect', 'We must take this chance, Kober concluded, to clear the channel before winter'],
    ]);
  });

  it('prefers a name after the cue to a description before it', () => {
    assert.deepEqual(claimsOf('The port is busy, and the pilots did well, said Ines Kober.'), [
      ['Ines Kober', 'said', 'direct', 'The port is busy, and the pilots did well'],
    ]);
  });
});

describe('claims: "As Doe said, …"', () => {
  it('takes what follows the comma as the statement', () => {
    assert.deepEqual(afterIntroduction('As Kober said in May, the channel will close within a decade.'), [
      ['Ines Kober', 'said', 'indirect', 'the channel will close within a decade'],
    ]);
    assert.deepEqual(afterIntroduction('As Kober pointed out, “the channel will close within a decade.”'), [
      ['Ines Kober', 'pointed out', 'direct', 'the channel will close within a decade'],
    ]);
  });
});

describe('claims: shapes of academic and reported prose', () => {
  it('reads a clause whose subject is a name, with a verb in -s or a past tense that is also a noun', () => {
    assert.deepEqual(afterIntroduction('Kober said Lindqvist wishes to sell the ferry before winter.'), [
      ['Ines Kober', 'said', 'indirect', 'Lindqvist wishes to sell the ferry before winter'],
    ]);
    assert.deepEqual(afterIntroduction('Kober stated Lindqvist left the harbour board in May.'), [
      ['Ines Kober', 'stated', 'indirect', 'Lindqvist left the harbour board in May'],
    ]);
  });

  it('reads an author before the brackets of a citation, and a cue after "come to"', () => {
    assert.deepEqual(afterIntroduction('Kober [12, 14] argues that harbour fees deter small fishing boats.'), [
      ['Ines Kober', 'argues', 'indirect', 'harbour fees deter small fishing boats'],
    ]);
    assert.deepEqual(afterIntroduction('By 1990, Kober had come to acknowledge that the dredging plan was too costly.'), [
      ['Ines Kober', 'acknowledge', 'indirect', 'the dredging plan was too costly'],
    ]);
  });

  it('credits a gerund after "begins by" to the subject of "begins", not to a title before it', () => {
    const text = 'The rule is set out in the essay Harbour Law, where Kober begins by asserting that no two ports are alike.';
    assert.deepEqual(afterIntroduction(text), [
      ['Ines Kober', 'asserting', 'indirect', 'no two ports are alike'],
    ]);
  });

  it('reads past a hedge set off by commas between the speaker and the cue ("Kober, I think, said")', () => {
    assert.deepEqual(afterIntroduction('As Kober, I think, said the jury had to find the harbour board negligent.'), [
      ['Ines Kober', 'said', 'indirect', 'the jury had to find the harbour board negligent'],
    ]);
  });

  it('takes the quotation after the cue, not an opening "Regarding …" phrase, as what was said', () => {
    const text = [
      'Kober commented, "It was built in 1920."',
      'Regarding how long the ferry will run, Kober remarked to the paper, "We will keep it until May."',
    ].join(' ');
    assert.deepEqual(afterIntroduction(text).map((row) => row[3]), ['It was built in 1920.', 'We will keep it until May.']);
  });

  it('opens a quotation at a straight mark written against the comma after a cue (`said," …`)', () => {
    assert.deepEqual(afterIntroduction('Kober said," the ferry liked the way the old pier looked". She left.'), [
      ['Ines Kober', 'said', 'direct', 'the ferry liked the way the old pier looked'],
    ]);
  });

  it('reads "who" or "which" after a noun as a relative pronoun, not as the question a cue reports', () => {
    assert.deepEqual(afterIntroduction('Kober said the boats which sank had no lights.'), [
      ['Ines Kober', 'said', 'indirect', 'the boats which sank had no lights'],
    ]);
    assert.deepEqual(afterIntroduction('Kober asked officials which route the ferry would take.'), [
      ['Ines Kober', 'asked', 'indirect', 'which route the ferry would take'],
    ]);
  });

  it('reads "according to" without a comma when a clause follows the source', () => {
    assert.deepEqual(afterIntroduction('According to Kober the ferry was sold to a buyer from Kiel.'), [
      ['Ines Kober', 'According to', 'indirect', 'the ferry was sold to a buyer from Kiel'],
    ]);
  });

  it('keeps each of a run of "Doe said yes," attributions apart: a reporting verb after a comma is no verb of the clause before', () => {
    const repeats = 300;
    const claims = analyze('Jones said yes, '.repeat(repeats)).claims;
    assert.ok(claims.length >= repeats - 2, `${claims.length} claims for ${repeats} cues`);
  });
});
