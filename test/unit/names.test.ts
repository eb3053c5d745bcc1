// Unit tests of name finding and typing: titles and roles split off, possessives, organizations, places and events.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';
import type { NameCandidate } from '../../src/analysis/paragraph/names/candidate';
import { analyzeParagraph } from '../../src/analysis/paragraph/analyzeParagraph';
import type { Entity, EntityType } from '../../src/analysis/types';

/** The names one paragraph yields before document-wide typing. */
function candidates(text: string): NameCandidate[] {
  return analyzeParagraph(text, null).names;
}

function candidate(text: string, name: string): NameCandidate {
  const found = candidates(text).find((c) => c.text === name);
  assert.ok(found, `no name ${JSON.stringify(name)} in ${JSON.stringify(candidates(text).map((c) => c.text))}`);
  return found;
}

/** Entities other than dates, as "text:TYPE", in reading order. */
function namedEntities(text: string): string[] {
  return analyze(text)
    .entities.filter((entity) => entity.type !== 'DATE')
    .map((entity) => `${entity.text}:${entity.type}`);
}

function entity(text: string, name: string): Entity {
  const found = analyze(text).entities.find((e) => e.text === name);
  assert.ok(found, `no entity ${JSON.stringify(name)} in ${JSON.stringify(namedEntities(text))}`);
  return found;
}

function typeOf(text: string, name: string): EntityType {
  return entity(text, name).type;
}

describe('names: months inside names', () => {
  it('reads a month between an article and a capitalised word as the start of a name ("the March Hare")', () => {
    assert.deepEqual(candidates('Then the March Hare took the watch.').map((c) => c.text), ['March Hare']);
    assert.deepEqual(candidates('In March Jones took the watch.').map((c) => c.text), ['Jones']);
  });
});

describe('names: titles and roles are kept out of the name', () => {
  it('splits a capitalised title with a nationality off a person’s name', () => {
    const text = 'Chinese Foreign Minister Qin Gang met reporters in Lima.';
    const qin = candidate(text, 'Qin Gang');
    assert.equal(qin.role?.text, 'Chinese Foreign Minister');
    assert.equal(qin.roleCountry, 'China');
    const found = entity(text, 'Qin Gang');
    assert.equal(found.type, 'PERSON');
    assert.equal(found.role, 'Chinese Foreign Minister');
  });

  it('splits an agency head’s title off the name ("Administrator Jane Doe")', () => {
    assert.equal(candidate('The statement came from Administrator Ines Kober of the space agency.', 'Ines Kober').role?.text, 'Administrator');
  });

  it('splits a title written with "of" off the name', () => {
    assert.equal(candidate('Secretary of State Antony Blinken landed in Tokyo.', 'Antony Blinken').role?.text, 'Secretary of State');
  });

  it('splits an honorific with its dot off the name', () => {
    const text = 'Mr. Alvaro Pereira told the Senate he would resign.';
    assert.equal(candidate(text, 'Alvaro Pereira').role?.text, 'Mr.');
    assert.equal(typeOf(text, 'Alvaro Pereira'), 'PERSON');
  });

  it('keeps a lower-case role in front of a name as its role', () => {
    assert.equal(candidate('The talks were led by spokesman Dmitry Peskov.', 'Dmitry Peskov').role?.text, 'spokesman');
  });

  it('reads "Kremlin spokesman Dmitry Peskov" as an organization and a person', () => {
    assert.deepEqual(namedEntities('Kremlin spokesman Dmitry Peskov declined to comment.'), ['Kremlin:ORG', 'Dmitry Peskov:PERSON']);
  });

  it('splits a nationality off the name it describes', () => {
    const text = 'Filipino Roberto Tarongoy was rescued on Friday.';
    assert.equal(candidate(text, 'Roberto Tarongoy').role?.text, 'Filipino');
    assert.equal(typeOf(text, 'Roberto Tarongoy'), 'PERSON');
  });

  it('leaves letters written after a name out of it', () => {
    assert.deepEqual(namedEntities('Priyanka Bhattacharya KC said the ruling was wrong.'), ['Priyanka Bhattacharya:PERSON']);
    assert.deepEqual(namedEntities('Amara Nwosu Jr. spoke on Monday.'), ['Amara Nwosu:PERSON']);
  });

  it('keeps name particles inside a name', () => {
    assert.deepEqual(namedEntities('Ursula von der Leyen met Joost van der Berghe in Brussels.'), ['Ursula von der Leyen:PERSON', 'Joost van der Berghe:PERSON', 'Brussels:PLACE']);
  });

  it('finds role descriptions that can stand for a person, with their country', () => {
    const roles = analyzeParagraph('The Russian leader met the minister.', null).roles;
    assert.deepEqual(roles.map((role) => [role.text, role.head, role.country]), [['The Russian leader', 'leader', 'Russia'], ['the minister', 'minister', undefined]]);
  });
});

describe('names: possessives', () => {
  it('reads a possessive name without its clitic and links it to the full name', () => {
    const text = 'Vladimir Putin arrived late. Putin’s aides said nothing.';
    const putin = candidate(text, 'Putin');
    assert.ok(putin.possessive);
    const analysis = analyze(text);
    const short = analysis.entities.find((e) => e.text === 'Putin');
    assert.ok(short);
    assert.equal(short.type, 'PERSON');
    assert.equal(short.actorId, analysis.entities.find((e) => e.text === 'Vladimir Putin')?.actorId);
  });

  it('links a possessive written without its apostrophe ("Zelenskyys") to the name', () => {
    const analysis = analyze('Volodymyr Zelenskyy spoke in Kyiv. Zelenskyys aides said little.');
    const mangled = analysis.entities.find((e) => e.text === 'Zelenskyys');
    assert.ok(mangled, JSON.stringify(analysis.entities.map((e) => e.text)));
    assert.equal(mangled.actorId, 'volodymyr-zelenskyy');
    assert.equal(analysis.actors.find((a) => a.id === 'volodymyr-zelenskyy')?.name, 'Volodymyr Zelenskyy');
  });

  it('keeps a possessor apart from what it owns unless an organization or place word ends the name', () => {
    assert.deepEqual(candidates('Ines Kober’s Harbour View estate was sold.').map((c) => c.text), ['Ines Kober', 'Harbour View']);
    assert.deepEqual(candidates('The Media Research Center’s Tom Reed said so.').map((c) => c.text), ['Media Research Center', 'Tom Reed']);
    assert.deepEqual(candidates('The Workers’ Party and the People’s Liberation Army met.').map((c) => c.text), [
      'Workers’ Party',
      'People’s Liberation Army',
    ]);
    assert.deepEqual(candidates('On Monday Fennick’s Corp said so.').map((c) => c.text), ['Fennick’s Corp']);
  });
});

describe('names: capitals that only open a sentence', () => {
  it('drops an ordinary word that opens the sentence before a name', () => {
    assert.deepEqual(namedEntities('Both China and Brazil objected.'), ['China:PLACE', 'Brazil:PLACE']);
    assert.deepEqual(namedEntities('Fighting continued in Kunar province.'), ['Kunar:PLACE']);
  });

  it('keeps a given name that opens a sentence only when a surname follows', () => {
    assert.deepEqual(namedEntities('Will that help? Will Smith said yes.'), ['Will Smith:PERSON']);
  });

  it('finds no name in nationality and other capitalised adjectives alone', () => {
    assert.deepEqual(namedEntities('Western leaders and Chinese diplomats met.'), []);
  });

  it('finds no name in units, diseases or model numbers', () => {
    assert.deepEqual(namedEntities('Temperatures hit 40 degrees Celsius in Delhi.'), ['Delhi:PLACE']);
    assert.deepEqual(namedEntities('Ebola spread across Guinea.'), ['Guinea:PLACE']);
    assert.deepEqual(namedEntities('An F-16 crashed near the NATO-led base.'), ['NATO:ORG']);
  });

  it('finds no name in a currency or unit written in capitals beside an amount', () => {
    assert.deepEqual(namedEntities('Kayaks cost 225 DKK per hour. Bikes cost 100 DKK a day, and the museum charges 60 DKK.'), []);
    assert.deepEqual(namedEntities('Hostels charge 300 NOK. A meal costs NOK 150 in Bergen.'), ['Bergen:PLACE']);
    assert.deepEqual(namedEntities('Five UNHCR staff left Kabul.'), ['UNHCR:ORG', 'Kabul:PLACE']);
    assert.deepEqual(namedEntities('Officials said 5 UNHCR staff left Kabul.'), ['UNHCR:ORG', 'Kabul:PLACE']);
  });

  it('reads the question word "Who" opening a sentence as no organization, "WHO" in capitals as one', () => {
    assert.deepEqual(namedEntities('Who plays in that one? The WHO said nothing.'), ['WHO:ORG']);
  });
});

describe('names: organizations', () => {
  it('joins "of", "the" and "and" inside organization names', () => {
    assert.equal(typeOf('The Ministry of Foreign Affairs issued a note.', 'Ministry of Foreign Affairs'), 'ORG');
    assert.equal(typeOf('The march was organised by Friends of the Earth in Oslo.', 'Friends of the Earth'), 'ORG');
    assert.equal(typeOf('The Food and Drug Administration approved it.', 'Food and Drug Administration'), 'ORG');
    assert.equal(typeOf('The Bank of England raised rates.', 'Bank of England'), 'ORG');
  });

  it('types acronyms and known organizations as organizations', () => {
    assert.deepEqual(namedEntities('NATO and the WHO responded.'), ['NATO:ORG', 'WHO:ORG']);
    assert.deepEqual(namedEntities('Greenpeace and Amnesty International criticised Shell.'), ['Greenpeace:ORG', 'Amnesty International:ORG', 'Shell:ORG']);
  });

  it('keeps the article of a name that includes it', () => {
    assert.deepEqual(namedEntities('The Guardian reported the news from The Hague.'), ['The Guardian:ORG', 'The Hague:PLACE']);
  });
});

describe('names: places', () => {
  it('types gazetteer cities as places', () => {
    assert.deepEqual(namedEntities('Angela Merkel met Emmanuel Macron in Berlin.'), ['Angela Merkel:PERSON', 'Emmanuel Macron:PERSON', 'Berlin:PLACE']);
  });

  it('types a name before "province" as a place', () => {
    assert.equal(typeOf('Fighting spread to eastern Kunar province on Sunday.', 'Kunar'), 'PLACE');
  });

  it('finds each country inside a hyphenated compound', () => {
    assert.deepEqual(namedEntities('China-Russia relations improved.'), ['China:PLACE', 'Russia:PLACE']);
  });

  // The common-word list also knows these names as adjectives; before a lower-case word the gazetteer must still win.
  it('types gazetteer countries and capitals as places before a lower-case word', () => {
    assert.deepEqual(namedEntities('Troops from Hungary and the Philippines arrived in Manila on Monday.'), ['Hungary:PLACE', 'Philippines:PLACE', 'Manila:PLACE']);
  });

  it('types "London" as a place before a lower-case word', () => {
    assert.deepEqual(namedEntities('He flew from London to Paris.'), ['London:PLACE', 'Paris:PLACE']);
  });
});

describe('names: events are not actors', () => {
  it('finds no actor in wars and prizes', () => {
    const analysis = analyze('He fought in World War II and won the Nobel Peace Prize.');
    assert.deepEqual(analysis.entities, []);
    assert.deepEqual(analysis.actors, []);
  });

  it('finds no actor in a tournament', () => {
    assert.deepEqual(namedEntities('Serena Williams won the Australian Open.'), ['Serena Williams:PERSON']);
  });
});

describe('names: types and spans', () => {
  it('types a person, an organization and a place in one sentence', () => {
    assert.deepEqual(namedEntities('Dr. Amara Nwosu of the World Health Organization visited Accra.'), ['Amara Nwosu:PERSON', 'World Health Organization:ORG', 'Accra:PLACE']);
  });

  it('gives every name entity its exact slice and its actor', () => {
    const text = 'Intro line.\n\nPresident Joe Biden met Rosa Kallas of the UN in Kabul.';
    for (const found of analyze(text).entities) {
      assert.equal(text.slice(found.start, found.end), found.text);
      assert.equal(found.line, 3);
      assert.ok(found.actorId, found.text);
    }
  });
});

describe('names: acronyms and appositions', () => {
  it('types no term WordNet knows as an organization for its capitals alone ("GDP" twice)', () => {
    const text = 'The deficit reached 4% of GDP last year. Exports make up half of GDP and most of its income.';
    assert.ok(!namedEntities(text).some((e) => e.startsWith('GDP:')), JSON.stringify(namedEntities(text)));
    assert.equal(candidate('The deficit reached 4% of GDP last year.', 'GDP').evidence.org, 0);
    assert.ok(candidate('The money went to UNHCR last year.', 'UNHCR').evidence.org > 0);
  });

  it('types an acronym of capitalised words that name nothing as nothing, and an organization\'s as it', () => {
    const text = 'The commonest bulb is the Compact Fluorescent Light (CFL). However, the CFL holds mercury. ' +
      'The World Health Organization (WHO) said the WHO would act.';
    assert.deepEqual(namedEntities(text), ['World Health Organization:ORG', 'WHO:ORG', 'WHO:ORG']);
  });

  it('reads a capitalised descriptor after a comma as another name, not an apposition', () => {
    const text = 'Meanwhile, the Interfax News Agency quoted an official as saying that searches go on.';
    assert.ok(!namedEntities(text).some((e) => e.startsWith('Meanwhile')), JSON.stringify(namedEntities(text)));
    assert.ok(candidate('Acme, the battery company, said it would close.', 'Acme').evidence.org >= 3);
  });
});
