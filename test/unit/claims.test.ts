// Unit tests of claims: each reporting construction attributes the right words to the right speaker.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';
import type { Analysis, Claim } from '../../src/analysis/types';

/** A claim as [speaker, cue, kind, words]: what a reader checks first. */
type ClaimRow = [string, string, Claim['kind'], string];

function rows(analysis: Analysis): ClaimRow[] {
  return analysis.claims.map((claim) => [claim.speaker, claim.cue, claim.kind, claim.text]);
}

function claimsOf(text: string): ClaimRow[] {
  return rows(analyze(text));
}

describe('claims: indirect speech', () => {
  it('reads "X said that …" with the words after "that"', () => {
    assert.deepEqual(claimsOf('Mayor Ines Kober said that the pier would reopen in May.'), [['Ines Kober', 'said', 'indirect', 'the pier would reopen in May']]);
  });

  it('reads "X said …" without "that"', () => {
    assert.deepEqual(claimsOf('Ines Kober said the pier would reopen in May.'), [['Ines Kober', 'said', 'indirect', 'the pier would reopen in May']]);
  });

  it('reads other reporting verbs and an addressee before the content', () => {
    assert.deepEqual(claimsOf('Ines Kober told reporters that the pier would reopen in May.'), [['Ines Kober', 'told', 'indirect', 'the pier would reopen in May']]);
    assert.deepEqual(claimsOf('Ines Kober warned that the pier could collapse.'), [['Ines Kober', 'warned', 'indirect', 'the pier could collapse']]);
    assert.deepEqual(claimsOf('Ines Kober denied that the pier was unsafe.'), [['Ines Kober', 'denied', 'indirect', 'the pier was unsafe']]);
    assert.deepEqual(claimsOf('Ines Kober stressed that the pier was closed.'), [['Ines Kober', 'stressed', 'indirect', 'the pier was closed']]);
  });

  it('keeps the names inside reported words out of the speaker', () => {
    assert.deepEqual(claimsOf('Dmitry Peskov said Vladimir Putin and Xi Jinping would meet in May.'), [['Dmitry Peskov', 'said', 'indirect', 'Vladimir Putin and Xi Jinping would meet in May']]);
  });

  it('extends the cue over "in a statement"', () => {
    assert.deepEqual(claimsOf('Ines Kober said in a statement that the pier was closed.'), [['Ines Kober', 'said in a statement', 'indirect', 'the pier was closed']]);
  });

  it('reads "according to X" at the start and at the end of a sentence', () => {
    assert.deepEqual(claimsOf('According to Ines Kober, the pier will reopen in May.'), [['Ines Kober', 'According to', 'indirect', 'the pier will reopen in May']]);
    assert.deepEqual(claimsOf('The pier will reopen in May, according to Ines Kober.'), [['Ines Kober', 'according to', 'indirect', 'The pier will reopen in May']]);
  });

  it('reads "according to X" between commas inside the sentence it reports', () => {
    assert.deepEqual(claimsOf('The pier, according to Ines Kober, will reopen in May.'), [
      ['Ines Kober', 'according to', 'indirect', 'The pier, according to Ines Kober, will reopen in May'],
    ]);
    assert.deepEqual(claimsOf('The pier, according to Ines Kober, the harbour engineer.'), []);
  });

  it('reads a reported clause whose own verb is a reporting verb ("said the builders wrote …")', () => {
    assert.deepEqual(claimsOf('Ines Kober said the builders wrote a new plan for the pier.'), [
      ['Ines Kober', 'said', 'indirect', 'the builders wrote a new plan for the pier'],
    ]);
    // After a comma the reporting verb is an inverted attribution, not the verb of the clause before it.
    assert.deepEqual(claimsOf('I stressed the importance of the peace plan to end the war, wrote Ines Kober, who spoke on the same day with Tomas Berg.')[0]?.[0], 'Ines Kober');
  });

  it('reads "X was quoted as saying …" as X’s statement', () => {
    assert.deepEqual(claimsOf('Ines Kober was quoted as saying that the pier would reopen in May.'), [
      ['Ines Kober', 'quoted as saying', 'indirect', 'the pier would reopen in May'],
    ]);
    assert.deepEqual(claimsOf('Ines Kober is widely quoted as telling the council the pier would reopen in May.'), [
      ['Ines Kober', 'quoted as telling', 'indirect', 'the pier would reopen in May'],
    ]);
  });

  it('reads a light verb and a noun of cognition, communication or feeling as one cue ("expressed concern that")', () => {
    assert.deepEqual(claimsOf('Ines Kober expressed concern that the pier would stay closed until May.'), [
      ['Ines Kober', 'expressed concern', 'indirect', 'the pier would stay closed until May'],
    ]);
    assert.deepEqual(claimsOf('Ines Kober made the case that the pier should reopen in May.'), [
      ['Ines Kober', 'made the case', 'indirect', 'the pier should reopen in May'],
    ]);
    assert.deepEqual(claimsOf('Ines Kober made it clear that the pier would reopen in May.'), [
      ['Ines Kober', 'made it clear', 'indirect', 'the pier would reopen in May'],
    ]);
    assert.deepEqual(claimsOf('Ines Kober took the position that the pier should reopen in May.'), [
      ['Ines Kober', 'took the position', 'indirect', 'the pier should reopen in May'],
    ]);
  });

  it('reads no light-verb cue before a relative clause or a noun that says nothing ("took the boat that …")', () => {
    assert.deepEqual(claimsOf('Ines Kober made the decision that was needed.'), []);
    assert.deepEqual(claimsOf('Ines Kober took the boat that the fishermen use.'), []);
  });

  it('reads "In the end, X said, …" as X’s statement of the whole sentence, but not ", X said, adding …"', () => {
    assert.deepEqual(claimsOf('In the end, Ines Kober said, the voters will back the pier plan.'), [
      ['Ines Kober', 'said', 'indirect', 'In the end, Ines Kober said, the voters will back the pier plan'],
    ]);
    assert.deepEqual(claimsOf('In May, Ines Kober said, adding that the pier was safe.'), [['Ines Kober', 'adding', 'indirect', 'the pier was safe']]);
  });

  it('reads an aside between commas before "that" ("said, among other things, that …")', () => {
    assert.deepEqual(claimsOf('Ines Kober said, among other things, that the pier would reopen in May.'), [
      ['Ines Kober', 'said', 'indirect', 'the pier would reopen in May'],
    ]);
  });

  it('reads a speaker and cue with "at the time" between them', () => {
    assert.deepEqual(claimsOf('Ines Kober at the time said the pier would reopen in May.'), [['Ines Kober', 'said', 'indirect', 'the pier would reopen in May']]);
  });

  it('reads a participial ", telling him …" as the subject’s statement', () => {
    assert.deepEqual(claimsOf('Ines Kober spoke to Tomas Berg on Monday, telling him the pier would reopen in May.'), [['Ines Kober', 'telling', 'indirect', 'the pier would reopen in May']]);
    assert.deepEqual(claimsOf('Foreign Minister Qin Gang called Dmytro Kuleba on Thursday, telling him Beijing feared the conflict could spiral.'), [['Qin Gang', 'telling', 'indirect', 'Beijing feared the conflict could spiral']]);
  });
});

describe('claims: direct speech', () => {
  it('reads `“…,” X said` without the comma that hands over to the attribution', () => {
    const analysis = analyze('“The pier will reopen in May,” Ines Kober said.');
    assert.deepEqual(rows(analysis), [['Ines Kober', 'said', 'direct', 'The pier will reopen in May']]);
    assert.equal(analysis.quotes[0].claimId, analysis.claims[0].id);
  });

  it('reads the inverted `“…,” said X`', () => {
    assert.deepEqual(claimsOf('“The pier will reopen in May,” said Ines Kober.'), [['Ines Kober', 'said', 'direct', 'The pier will reopen in May']]);
  });

  it('reads a quotation introduced by a colon after a cue', () => {
    assert.deepEqual(claimsOf('Ines Kober said: “The pier will reopen in May.”'), [['Ines Kober', 'said', 'direct', 'The pier will reopen in May.']]);
    assert.deepEqual(claimsOf('Ines Kober tweeted: “The pier reopens in May.”'), [['Ines Kober', 'tweeted', 'direct', 'The pier reopens in May.']]);
  });

  it('reads a quotation introduced by a colon after the subject’s own verb', () => {
    assert.deepEqual(claimsOf('Ines Kober defended the plan: “The pier will reopen in May.”'), [['Ines Kober', 'defended', 'direct', 'The pier will reopen in May.']]);
  });

  it('credits a quotation handed over from "attributed to" a name to that name', () => {
    assert.deepEqual(claimsOf('The crew repeats a line attributed to Ines Kober — “No storm lasts forever.”'), [
      ['Ines Kober', 'attributed to', 'direct', 'No storm lasts forever.'],
    ]);
    // The name must follow "attributed to" itself: "a line from Ines Kober" hands nothing over.
    assert.deepEqual(claimsOf('The crew repeats a line from Ines Kober — “No storm lasts forever.”'), []);
  });

  it('gives a quotation that opens the next sentence to the speaker of the one before', () => {
    assert.deepEqual(claimsOf('“The pier is safe,” Ines Kober said. “We will reopen it in May.”'), [
      ['Ines Kober', 'said', 'direct', 'The pier is safe'],
      ['Ines Kober', 'said', 'direct', 'We will reopen it in May.'],
    ]);
  });

  it("reads quotations marked by archive pairs (''…'') after a cue, a comma or a colon as quotations", () => {
    assert.deepEqual(claimsOf("Ines Kober, the harbour engineer, said, ''If the storm comes, the pier will not hold.''"), [
      ['Ines Kober', 'said', 'direct', 'If the storm comes, the pier will not hold.'],
    ]);
    assert.deepEqual(claimsOf("Ines Kober said: ''The pier will reopen in May.''"), [['Ines Kober', 'said', 'direct', 'The pier will reopen in May.']]);
    assert.deepEqual(claimsOf("''The pier is safe,'' Ines Kober said, ''but the boats need a new landing before winter.''"), [
      ['Ines Kober', 'said', 'direct', 'The pier is safe'],
      ['Ines Kober', 'said', 'direct', 'but the boats need a new landing before winter.'],
    ]);
  });

  it('reads a participial ", adding: “…”" as a second statement of the same speaker', () => {
    assert.deepEqual(claimsOf('Ines Kober said the pier was safe, adding: “We will reopen it in May.”'), [
      ['Ines Kober', 'said', 'indirect', 'the pier was safe'],
      ['Ines Kober', 'adding', 'direct', 'We will reopen it in May.'],
    ]);
  });
});

describe('claims: speech whose quotation marks were stripped', () => {
  it('reads "…, X said" and "…, wrote X" as unmarked direct speech', () => {
    const analysis = analyze('The pier is safe for now, Kober said.\n\nThe pier will reopen in May, wrote Ines Kober.');
    assert.deepEqual(rows(analysis), [
      ['Ines Kober', 'said', 'direct', 'The pier is safe for now'],
      ['Ines Kober', 'wrote', 'direct', 'The pier will reopen in May'],
    ]);
    assert.deepEqual(analysis.quotes.map((quote) => [quote.text, quote.marked]), [['The pier is safe for now', false], ['The pier will reopen in May', false]]);
  });

  it('reads "…, the minister said, adding: We …" as two statements of the minister', () => {
    const text = 'Fisheries Minister Ines Kober visited the site.\n\nThe pier is safe for now, the minister said, adding: We will reopen it in May.';
    assert.deepEqual(claimsOf(text), [
      ['Ines Kober', 'said', 'direct', 'The pier is safe for now'],
      ['Ines Kober', 'adding', 'direct', 'We will reopen it in May'],
    ]);
  });

  it('gives a paragraph of speech to the person the next paragraph names as its source', () => {
    const text = 'The harbour is dying and nobody in the capital cares.\n\nThat was the warning of Lena Varga, a fisherman.';
    const analysis = analyze(text);
    assert.deepEqual(rows(analysis), [['Lena Varga', 'That was the warning', 'direct', 'The harbour is dying and nobody in the capital cares']]);
    assert.equal(analysis.claims[0].line, 1);
    assert.equal(analysis.claims[0].cueSpan.line, 3);
  });

  it('reads speech after "told reporters:" to the paragraph’s end', () => {
    assert.deepEqual(claimsOf('Ines Kober told reporters: The pier will reopen in May. The boats will return.'), [['Ines Kober', 'told', 'direct', 'The pier will reopen in May. The boats will return']]);
  });
});

describe('claims: who the speaker is', () => {
  it('reads an attribution set between a short subject and its verb as reporting the whole sentence', () => {
    assert.deepEqual(claimsOf('The new pier, Ines Kober said, will cost less than the old one.'), [['Ines Kober', 'said', 'indirect', 'The new pier, Ines Kober said, will cost less than the old one']]);
    assert.deepEqual(claimsOf('Fishing boats, said Ines Kober, are required to carry radios.'), [['Ines Kober', 'said', 'indirect', 'Fishing boats, said Ines Kober, are required to carry radios']]);
    // An opening adjunct before the attribution and no verb after it make no subject split.
    assert.deepEqual(claimsOf('Yesterday, Ines Kober said, nothing.'), []);
  });

  it('reads authors cited with "et al.", a coordination or a citation in brackets', () => {
    assert.deepEqual(claimsOf('Kober et al. (2010) argue that the pier was built too low.'), [['Kober', 'argue', 'indirect', 'the pier was built too low']]);
    assert.deepEqual(claimsOf('Ines Kober and Tomas Berg argue that the pier was built too low.').map((row) => row[3]), ['the pier was built too low']);
    assert.deepEqual(claimsOf('As Kober (2010) argues, the pier was built too low.'), [['Kober', 'argues', 'indirect', 'the pier was built too low']]);
    // A singular subject does not make a base form report.
    assert.deepEqual(claimsOf('Kober [4] argue that the pier was built too low.'), []);
  });

  it('reads ", as X said, …" inside a sentence when a clause follows it', () => {
    assert.deepEqual(claimsOf('And in the end, as Ines Kober said, the pier will need a new deck.'), [['Ines Kober', 'said', 'indirect', 'the pier will need a new deck']]);
    // Joined by "and", the words after it go on with the sentence the clause interrupts: the sentence is the statement.
    assert.deepEqual(claimsOf('The ferry left early, as Ines Kober said, and never came back.'), [
      ['Ines Kober', 'said', 'indirect', 'The ferry left early, as Ines Kober said, and never came back'],
    ]);
  });

  it('gives a cue in a list of verbs to the subject of the first one ("X visited …, said that …")', () => {
    assert.deepEqual(claimsOf('The storm came because Ines Kober opened the gates, asserted that the pier was safe, and left.'), [['Ines Kober', 'asserted', 'indirect', 'the pier was safe, and left']]);
    // An apposed name after the subject keeps the speech: the verb of a clause inside it is not the subject's.
    assert.deepEqual(claimsOf('Her cousin, Tomas Berg, when asked if he knew the cause, mentioned that the gates had failed.').map((row) => row[0]), ['Tomas Berg']);
  });

  it('takes the speaker from an appositive phrase ("X, a spokeswoman for …, said")', () => {
    assert.deepEqual(claimsOf('Ines Kober, a spokeswoman for the port, said the pier would reopen in May.'), [['Ines Kober', 'said', 'indirect', 'the pier would reopen in May']]);
    assert.deepEqual(claimsOf('Ines Kober, who runs the port, said the pier was closed.'), [['Ines Kober', 'said', 'indirect', 'the pier was closed']]);
  });

  it('gives "…, who said" to the name before it, also when that name is the agent of a passive ("was backed by X, who")', () => {
    assert.deepEqual(claimsOf('The plan was backed by Ines Kober, who said the pier would reopen.'), [['Ines Kober', 'said', 'indirect', 'the pier would reopen']]);
    // A name after "by" that ends just before the cue is still the agent of what comes before it, not the speaker.
    assert.deepEqual(claimsOf('A letter seen by Tomas Berg says the pier is closed.').map((row) => row[0]), []);
  });

  it('resolves "she said" to the last speaker, not to a person mentioned since', () => {
    const text = 'Lena Varga said the port would close.\n\nThe decision surprised Tomas Berg, a fisherman.\n\nShe said the closure would be short.';
    const analysis = analyze(text);
    assert.deepEqual(rows(analysis), [
      ['Lena Varga', 'said', 'indirect', 'the port would close'],
      ['Lena Varga', 'said', 'indirect', 'the closure would be short'],
    ]);
    assert.equal(analysis.claims[1].speakerSpan?.text, 'She');
    const varga = analysis.actors.find((actor) => actor.name === 'Lena Varga');
    assert.ok(varga?.mentions.some((mention) => mention.kind === 'pronoun' && mention.text === 'She'));
  });

  it('resolves "she said" to the person the paragraph is about', () => {
    assert.deepEqual(claimsOf('Tomas Berg spoke first. Lena Varga, 61, has fished here since 1990. She said the harbour was dying.'), [['Lena Varga', 'said', 'indirect', 'the harbour was dying']]);
  });

  it('resolves "he said" to the subject of a sentence written after the last speaker spoke', () => {
    const text = 'Lena Varga said the port would close.\n\n"It will reopen," Tomas Berg said.\n\nPavel Novak, a fisherman, doubted it.\n\n' +
      '"The boats are gone," he said.';
    assert.deepEqual(claimsOf(text).map((row) => row[0]), ['Lena Varga', 'Tomas Berg', 'Pavel Novak']);
  });

  it('resolves "he said" to the last speaker when the subject since is of the other gender by given name', () => {
    const text = '"It will reopen," Tomas Berg said.\n\nKaren Novak, a fisher, doubted it.\n\n"The boats are gone," he said.';
    assert.deepEqual(claimsOf(text).map((row) => row[0]), ['Tomas Berg', 'Tomas Berg']);
  });

  it('does not resolve a pronoun to a name inside the quotation it speaks', () => {
    const text = 'Lena Varga runs the port.\n\n"I told Pavel Novak the pier would close," she said.';
    assert.deepEqual(claimsOf(text).map((row) => row[0]), ['Lena Varga']);
  });

  it('takes the head of an apposition, not a name governed by a preposition inside it', () => {
    const text = '"It is over," Tomas Berg, a local strategist and former adviser to Pavel Novak, said.';
    assert.deepEqual(claimsOf(text), [['Tomas Berg', 'said', 'direct', 'It is over']]);
  });

  it('credits the person an organization qualifies through a plain noun ("said ABC moderator Jane Doe")', () => {
    assert.deepEqual(claimsOf('The plan had failed, explained Harbour Radio moderator Lena Varga.').map((row) => row[0]), ['Lena Varga']);
  });

  it('resolves a description to the person an abbreviated title names ("Sen." is "the senator")', () => {
    const text = 'Sen. Tomas Berg visited the port.\n\n"We will rebuild it," the senator said.\n\nGov. Lena Varga agreed.\n\nThe governor said the pier would reopen.';
    assert.deepEqual(claimsOf(text).map((row) => row[0]), ['Tomas Berg', 'Lena Varga']);
  });

  it('resolves a description to the person an apposition gave that role ("X, the mayor of Y," … "the mayor said")', () => {
    const text = 'Lena Varga, the mayor of Dunmore, opened the pier.\n\nTomas Berg, a fisherman, watched.\n\n"It is finished," the mayor said.';
    assert.deepEqual(claimsOf(text).map((row) => row[0]), ['Lena Varga']);
    assert.deepEqual(claimsOf('Lena Varga, the mayor’s sister, opened the pier.\n\n"It is finished," the mayor said.'), []);
    const relation = 'Father Pavel Novak blessed the pier.\n\nTomas Berg, the father of a fisherman, watched.\n\n"Go in peace," the father said.';
    assert.deepEqual(claimsOf(relation).map((row) => row[0]), ['Pavel Novak']);
  });

  it('resolves "it said" to the organization written about', () => {
    assert.deepEqual(claimsOf('The Harbour Authority closed the pier.\n\nIt said repairs would take a month.'), [['Harbour Authority', 'said', 'indirect', 'repairs would take a month']]);
  });

  it('gives "the statement said" back to the statement’s issuer', () => {
    const text = 'The Harbour Authority said in a statement on Monday that the pier was closed.\n\nRepairs will take four weeks, the statement said.';
    assert.deepEqual(claimsOf(text), [
      ['Harbour Authority', 'said in a statement', 'indirect', 'the pier was closed'],
      ['Harbour Authority', 'said', 'direct', 'Repairs will take four weeks'],
    ]);
  });

  it('reads the name after a short description in "according to curator Jane Doe"', () => {
    assert.deepEqual(claimsOf('The pier drew 11,000 visitors in May, according to harbour curator Ines Kober.'), [
      ['Ines Kober', 'according to', 'indirect', 'The pier drew 11,000 visitors in May'],
    ]);
    assert.deepEqual(claimsOf('Prices rose in May, according to data from the harbour office.'), []);
  });

  it('gives an unnamed group its claim with the description as speaker and no actor', () => {
    const analysis = analyze('Officials said the pier would reopen in May.');
    assert.deepEqual(rows(analysis), [['officials', 'said', 'indirect', 'the pier would reopen in May']]);
    assert.equal(analysis.claims[0].speakerId, null);
    assert.equal(analysis.claims[0].evidence.kind, 'group');
    assert.deepEqual(analysis.actors, []);
  });

  it('gives the members of a party or faith their group as speaker, capitalised as written', () => {
    assert.deepEqual(claimsOf('Socialists said the harbour tax would hurt fishermen.'), [['Socialists', 'said', 'indirect', 'the harbour tax would hurt fishermen']]);
    assert.deepEqual(claimsOf('"The tax is unfair," Socialists told the council.').map((row) => row[0]), ['Socialists']);
  });

  it('credits the person heading appositions, not the organization closing them', () => {
    const text = 'Lena Varga, the editor of the harbour weekly, the Pier Courier, said the port would close.';
    assert.deepEqual(claimsOf(text).map((row) => row[0]), ['Lena Varga']);
    assert.deepEqual(claimsOf('Its owner, Harbour Holdings, said the port would close.').map((row) => row[0]), ['Harbour Holdings']);
  });

  it('credits the person a chain of organization and place qualifies ("X of Y Church in Z said")', () => {
    const text = 'Tomas Berg of Grace Harbour Church in Dunmore said he had called fifty families.';
    assert.deepEqual(claimsOf(text).map((row) => row[0]), ['Tomas Berg']);
  });

  it('does not take a dateline for the subject of a participial cue', () => {
    const text = 'DUNMORE — Mayor Lena Varga defended the harbour plan on Tuesday, saying the costs were exaggerated.';
    assert.deepEqual(claimsOf(text).map((row) => row[0]), ['Lena Varga']);
  });

  it('gives "they said" to the group that spoke last, unless someone spoke since', () => {
    const text = 'Officials said the pier would reopen in May.\n\n"It is safe," they said.';
    assert.deepEqual(claimsOf(text).map((row) => row[0]), ['officials', 'officials']);
    const since = 'Officials said the pier would reopen.\n\nLena Varga said it was unsafe.\n\n"We will see," they said.';
    assert.deepEqual(claimsOf(since).map((row) => row[0]), ['officials', 'Lena Varga']);
  });

  it('gives transcript answers to the interviewee and questions to nobody', () => {
    const text = 'Lena Varga has run the harbour for ten years.\n\nQ: When will the pier reopen?\n\nA: In May, if the weather holds.';
    const analysis = analyze(text);
    assert.deepEqual(rows(analysis), [['Lena Varga', ':', 'direct', 'In May, if the weather holds']]);
    assert.equal(analysis.claims[0].speakerSpan?.text, 'A');
  });
});

describe('claims: what is not a claim', () => {
  it('reads no claim from a negated cue', () => {
    assert.deepEqual(claimsOf('Ines Kober did not say whether the pier would reopen.'), []);
    assert.deepEqual(claimsOf('Ines Kober never said the pier would reopen.'), []);
    assert.deepEqual(claimsOf('Ines Kober refused to say when the pier would reopen.'), []);
  });

  it('reads no claim where no speaker can be found', () => {
    assert.deepEqual(claimsOf('The pier will reopen in May.'), []);
  });
});

describe('claims: spans and ids', () => {
  it('numbers claims in reading order and keeps text, cue and speaker true to the source', () => {
    const text = 'Intro line.\n\n“The pier is safe,” Ines Kober said.\nTomas Berg said the boats would return.';
    const analysis = analyze(text);
    assert.deepEqual(analysis.claims.map((claim) => [claim.id, claim.line]), [['c1', 3], ['c2', 4]]);
    for (const claim of analysis.claims) {
      assert.equal(text.slice(claim.start, claim.end), claim.text);
      assert.equal(text.slice(claim.cueSpan.start, claim.cueSpan.end), claim.cue);
      assert.ok(claim.speakerSpan);
      assert.equal(text.slice(claim.speakerSpan.start, claim.speakerSpan.end), claim.speakerSpan.text);
      const speaker = analysis.actors.find((actor) => actor.id === claim.speakerId);
      assert.ok(speaker?.claimIds.includes(claim.id), claim.id);
    }
  });
});
