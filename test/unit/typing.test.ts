// Name typing: the learned model with the hand rules, on constructed sentences, and the weights it ships.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';
import { lexicon } from '../../src/analysis/lexicon/lexicon';
import { analyzeParagraph } from '../../src/analysis/paragraph/analyzeParagraph';
import { useTypingWeights } from '../../src/analysis/paragraph/names/typingModel';
import shipped from '../../src/analysis/paragraph/names/typingWeights.json';

function namedEntities(text: string): string[] {
  return analyze(text)
    .entities.filter((e) => e.type !== 'DATE')
    .map((e) => `${e.text}:${e.type}`);
}

describe('typing: names by what they are and where they stand', () => {
  it('types a name before a place noun as a place', () => {
    assert.deepEqual(namedEntities('Troops moved into Kwara state on Monday.'), ['Kwara:PLACE']);
  });

  it('finds no name in a capitalised adjective of origin', () => {
    assert.deepEqual(namedEntities('The rally drew West African traders to the market.'), []);
  });

  it('reads an unknown word before a city as a given name and a surname, whose pronoun then speaks', () => {
    const text =
      'Oskarine Paris, a former deckhand, has claimed that the ferry company kept her aboard.\n\n' +
      'I was told that my brother had attacked the company and that I had to stay. Oskarine Paris\n\n' +
      'She also claims that she was never paid.';
    const analysis = analyze(text);
    assert.equal(analysis.actors.find((actor) => actor.name === 'Oskarine Paris')?.type, 'PERSON');
    assert.deepEqual(
      analysis.claims.map((claim) => claim.speaker),
      ['Oskarine Paris', 'Oskarine Paris', 'Oskarine Paris'],
    );
  });

  it('types "University of X" as an organization and the place after "to" as a place', () => {
    assert.deepEqual(namedEntities('She studied at the University of Lorimar before moving to Vantia.'), [
      'University of Lorimar:ORG',
      'Vantia:PLACE',
    ]);
  });

  it('types a person, the surname alone after it, and the place the person is from', () => {
    const text = 'Tomas Brevik, a fisherman from Aldersund, said the catch was poor. Brevik added that prices fell.';
    assert.deepEqual(namedEntities(text), ['Tomas Brevik:PERSON', 'Aldersund:PLACE', 'Brevik:PERSON']);
  });

  it('finds no name in an acronym the document spells out in lower-case words, wherever it stands', () => {
    const text = 'Satellites measure ocean floor warmth (OFW) each week.\n\nOFW rose in Vantia last year, the agency said.';
    assert.deepEqual(namedEntities(text), ['Vantia:PLACE']);
    const org = 'The Vantia Fisheries Board (VFB) met on Monday.\n\nThe VFB said catches fell.';
    assert.ok(namedEntities(org).includes('Vantia Fisheries Board:ORG'), namedEntities(org).join(', '));
  });

  it('keeps a capitalised word before a role out of the names ("Marine biologist")', () => {
    assert.deepEqual(namedEntities('Marine biologist Ana Folau counted corals.'), ['Ana Folau:PERSON']);
  });

  it('types ordinary words joined by "of the" as an organization, never a person', () => {
    assert.deepEqual(namedEntities('The march was organised by Friends of the Earth in Oslo.'), ['Friends of the Earth:ORG', 'Oslo:PLACE']);
  });
});

/** The hand evidence of the first name of a paragraph whose text is `name`. */
function evidenceOf(text: string, name: string): { person: number; org: number; place: number } {
  const found = analyzeParagraph(text, null).names.find((n) => n.text === name);
  assert.ok(found, `no name ${name} in: ${text}`);
  return found.evidence;
}

describe('typing: what the text says a name is', () => {
  it('reads the head noun of a definition after the name: a city, a player, a company', () => {
    assert.ok(evidenceOf('Vantia is an ancient walled cathedral city with a long history.', 'Vantia').place >= 3);
    assert.ok(evidenceOf('Vantia (pronounced Wantia) is Lorimar\'s third biggest city.', 'Vantia').place >= 3);
    const player = evidenceOf('Brevik, an American professional baseball player, signed on Monday.', 'Brevik');
    assert.ok(player.person >= 3 && player.place <= 0, JSON.stringify(player));
    // "maker" is first a person in WordNet; after a name it describes a company.
    const maker = evidenceOf('Marvick Energía, the Chilean battery maker, will build a plant.', 'Marvick Energía');
    assert.ok(maker.org >= 3 && maker.person <= 0, JSON.stringify(maker));
  });

  it('reads no definition after a name that ends a prepositional phrase, or without a determiner', () => {
    assert.deepEqual(evidenceOf('The walk to Vantia is a pleasure town people love.', 'Vantia').place, 1);
    assert.equal(evidenceOf('Vantia is ancient city land.', 'Vantia').place, 0);
  });

  it('reads a road\'s kind at the end of its name ("Expressway", "Creek") as a place', () => {
    assert.deepEqual(namedEntities('Traffic on the Brevik Valley Expressway slowed near Aldersund Creek.'), [
      'Brevik Valley Expressway:PLACE',
      'Aldersund Creek:PLACE',
    ]);
  });

  it('types an acronym by the initials of an organization\'s name, a dotted abbreviation giving all its letters', () => {
    const text = 'The U.S. Agency for Coastal Development said it would help the port.\n\nUSACD said the pier was safe.';
    assert.ok(namedEntities(text).includes('USACD:ORG'), namedEntities(text).join(', '));
  });

  it('reads a citation, a birth or a life span after a name as a person, but not a year after a title', () => {
    for (const [text, name] of [
      ['As Brevik (2011) showed, the effect is small.', 'Brevik'],
      ['The effect is small (Marvick, 2009; Tolvan 2012).', 'Marvick'],
      ['Aldersund et al. found the same.', 'Aldersund'],
      ['The effect is known (see for example Vantia 2014; Folau 2010).', 'Vantia'],
      ['Speed improves (Vantia, Folau, & Brevik, 2010; Aldersund 2012).', 'Folau'],
      ['As Vantia and Brevik (2011) showed, the effect is small.', 'Vantia'],
      ['It is known (Tolvan et al., 2013; Marvick & Folau 2011; Brevik 2010).', 'Brevik'],
      ['It is known (Tolvan et al., 2013; Marvick & Folau 2011; Brevik 2010).', 'Marvick'],
      ['Tomas Brevik (born 3 May 1970) is a painter.', 'Tomas Brevik'],
      ['Tomas Brevik (1889–1950) painted boats.', 'Tomas Brevik'],
    ]) {
      const evidence = evidenceOf(text, name);
      assert.ok(evidence.person >= 4 && evidence.place < 0 && evidence.org < 0, `${text} ${JSON.stringify(evidence)}`);
    }
    assert.ok(evidenceOf('She starred in Silver Lantern (2005) and more.', 'Silver Lantern').person < 4);
    assert.ok(evidenceOf('She starred in The Lantern (2005) and more.', 'The Lantern').person < 4);
    assert.ok(evidenceOf('The show opens with Drift (2019), a film.', 'Drift').person < 4);
  });

  it('finds a listed place written with the diacritics the list leaves out', () => {
    assert.ok(evidenceOf('The flight to Bogotá was late.', 'Bogotá').place >= 6);
    assert.ok(evidenceOf('The flight to Bogota was late.', 'Bogota').place >= 6);
  });

  it('types a name opened by the kind of place ("Fort", "Lake", "Mount") as a place', () => {
    const fort = evidenceOf('The road to Fort Brevik was closed.', 'Fort Brevik');
    assert.ok(fort.place >= 4 && fort.person <= 0, JSON.stringify(fort));
  });
});

describe('typing: the model', () => {
  afterEach(() => useTypingWeights(undefined));

  it('gives every occurrence integer scores, so that sums over a document are exact', () => {
    const { names } = analyzeParagraph('Tomas Brevik met officials of the Marvick Foundation in Aldersund.', null);
    assert.ok(names.length >= 3);
    for (const name of names) for (const v of Object.values(name.typing)) assert.ok(Number.isInteger(v), `${name.text}: ${v}`);
  });

  it('types a name with weak hand evidence by its weights alone', () => {
    const text = 'Zorvath said the catch was poor.';
    assert.deepEqual(namedEntities(text), ['Zorvath:PERSON']);
    useTypingWeights({ scale: 32, features: { bias: [0, 0, 320] } });
    assert.deepEqual(namedEntities(text), ['Zorvath:PLACE']);
    useTypingWeights({ scale: 32, features: {} });
    assert.deepEqual(namedEntities(text), []);
  });

  it('lets strong hand evidence stand whatever the weights say', () => {
    useTypingWeights({ scale: 32, features: { bias: [0, 0, 320] } });
    assert.deepEqual(namedEntities('The Marvick Foundation said it would help.'), ['Marvick Foundation:ORG']);
  });

  it('types a lone surname as its full name, when hand evidence found the full name a person against the weights', () => {
    useTypingWeights({ scale: 32, features: { bias: [0, 0, 320] } });
    assert.deepEqual(namedEntities('Tomas Brevik counted the boats. Brevik added that prices fell.'), [
      'Tomas Brevik:PERSON',
      'Brevik:PERSON',
    ]);
  });

  it('reads what WordNet knows a well-known name as: a person, a place, a group, or something else', () => {
    const lex = lexicon();
    assert.deepEqual(
      ['abraham_lincoln', 'boston', 'red_cross', 'january', 'zorvath'].map((name) => lex.properClasses(name)),
      ['P', 'L', 'G', '-', undefined],
    );
  });

  it('ships small weights, each a triple of integers', () => {
    const features = Object.entries((shipped as { features: Record<string, number[]> }).features);
    assert.ok(features.length > 500 && features.length < 20000, `${features.length} features`);
    for (const [feature, w] of features) assert.ok(w.length === 3 && w.every(Number.isInteger), feature);
  });
});

// The shipped model's floor on the GUM set it was trained on is held by gumFloors.test.ts, with that set's own scorer.
