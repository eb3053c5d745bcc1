// Unit tests of the word lists: each word listed once, and kinds that must not share a word share none.
import { strict as assert } from 'assert';
import * as calendar from '../../src/analysis/lexicon/calendar';
import * as cues from '../../src/analysis/lexicon/cues';
import * as functionWords from '../../src/analysis/lexicon/functionWords';
import { lexicon } from '../../src/analysis/lexicon/lexicon';
import * as notNames from '../../src/analysis/lexicon/notNames';
import * as organizations from '../../src/analysis/lexicon/organizations';
import * as people from '../../src/analysis/lexicon/people';
import * as places from '../../src/analysis/lexicon/places';
import * as speakers from '../../src/analysis/lexicon/speakers';

const MODULES: Record<string, Record<string, unknown>> = { calendar, cues, functionWords, notNames, organizations, people, places, speakers };
/** Lists of rows rather than words, checked on their own below. */
const ROW_LISTS = new Set(['COUNTRIES', 'REPORTING_VERBS']);

/** A list's entries: arrays as they are, whitespace-separated strings split. */
function entries(list: unknown): string[] | undefined {
  if (Array.isArray(list)) return list.map(String);
  if (typeof list === 'string') return list.split(/\s+/).filter((word) => word.length > 0);
  return undefined;
}

function lists(): Array<{ name: string; words: string[] }> {
  const found: Array<{ name: string; words: string[] }> = [];
  for (const [module, exports] of Object.entries(MODULES)) {
    for (const [name, value] of Object.entries(exports)) {
      const words = entries(value);
      if (words && !ROW_LISTS.has(name)) found.push({ name: `${module}.${name}`, words });
    }
  }
  return found;
}

function repeated(words: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  // The engine looks words up in lower case: "TASS" and "Tass" are one entry.
  for (const word of words.map((w) => w.toLowerCase())) (seen.has(word) ? twice : seen).add(word);
  return [...twice];
}

function shared(a: readonly string[], b: readonly string[]): string[] {
  const inA = new Set(a);
  return [...new Set(b)].filter((word) => inA.has(word));
}

describe('lexicon', () => {
  it('finds the word lists of every lexicon module', () => {
    const names = lists().map((list) => list.name);
    assert.ok(names.length >= 60, `only ${names.length} lists`);
    for (const module of Object.keys(MODULES)) assert.ok(names.some((name) => name.startsWith(`${module}.`)), `no list in ${module}`);
  });

  it('takes a proper noun the tagger also lists as a noun for no common word unless WordNet knows the noun', () => {
    const lex = lexicon();
    assert.equal(lex.commonClasses('alice'), undefined);
    assert.equal(lex.commonClasses('honda'), undefined);
    assert.equal(lex.commonClasses('daisy'), 'n');
    assert.ok(lex.commonClasses('both')?.includes('f'));
  });

  it('reads an unlisted "-s" word as a plural or third person only of a noun or a verb', () => {
    const lex = lexicon();
    assert.equal(lex.commonClasses('peres'), undefined, 'no "-es" of the preposition "per"');
    assert.ok(lex.commonClasses('astronomers')?.includes('n'));
    assert.ok(lex.commonClasses('policies')?.includes('n'));
  });

  it('lists each word once per list', () => {
    const problems = lists()
      .map(({ name, words }) => ({ name, twice: repeated(words) }))
      .filter(({ twice }) => twice.length > 0)
      .map(({ name, twice }) => `${name}: ${twice.join(', ')}`);
    assert.deepEqual(problems, []);
  });

  it('has no row of reporting verbs that adds no form of its own', () => {
    const forms = new Set<string>();
    const idle: string[] = [];
    for (const row of cues.REPORTING_VERBS.split(/\s+/).filter(Boolean)) {
      const fields = row.replace(/^[+=]/, '').split(':');
      const fresh = fields.filter((form) => !forms.has(form));
      if (fresh.length === 0) idle.push(row);
      for (const form of fields) forms.add(form);
    }
    assert.deepEqual(idle, []);
  });

  it('names each country once, and lists no other place a country or capital row already names', () => {
    const rows = places.COUNTRIES.split('\n').filter((row) => row.trim());
    const countries = rows.map((row) => row.split('|')[0].toLowerCase());
    assert.deepEqual(repeated(countries), []);
    const capitals = rows.map((row) => row.split('|')[2]?.toLowerCase() ?? '').filter(Boolean);
    const named = new Set([...countries, ...capitals]);
    const others = [...entries(places.OTHER_PLACES) ?? [], ...places.MULTIWORD_PLACES].filter((place) => named.has(place.toLowerCase()));
    assert.deepEqual(others, []);
  });

  const disjoint: Array<[string, readonly string[], string, readonly string[]]> = [
    // Halves of one concept, joined where they are read: a word belongs to one half.
    ['title heads', entries(people.TITLE_HEADS) ?? [], 'title modifiers', entries(people.TITLE_MODIFIERS) ?? []],
    ['organizations standing in', speakers.STAND_IN_ORG_NOUNS, 'organizations named', speakers.NAMED_ORG_NOUNS],
    ['cue adverbs', cues.CUE_ADVERBS, 'words before a cue', cues.WORDS_BEFORE_CUE],
    ['cue adverbs', cues.CUE_ADVERBS, 'cue adjuncts', cues.CUE_ADJUNCTS],
    ['articles and weekdays', [...functionWords.ARTICLES, ...calendar.WEEKDAYS], 'cue adjuncts', cues.CUE_ADJUNCTS],
    ['articles', functionWords.ARTICLES, 'possessives', functionWords.POSSESSIVE_DETERMINERS],
    ['determiners', [...functionWords.ARTICLES, ...functionWords.POSSESSIVE_DETERMINERS], 'speaker modifiers', speakers.SPEAKER_MODIFIERS],
    ['determiners', [...functionWords.ARTICLES, ...functionWords.POSSESSIVE_DETERMINERS], 'role phrase boundaries', people.ROLE_PHRASE_BOUNDARIES],
    ['object pronouns', functionWords.OBJECT_PRONOUNS, 'addressee nouns', cues.ADDRESSEE_NOUNS],
    ['apposition openers', functionWords.APPOSITION_OPENERS, 'speaker apposition openers', speakers.SPEAKER_APPOSITION_OPENERS],
    ['weekdays', calendar.WEEKDAYS, 'months', [...calendar.MONTHS, ...calendar.MONTH_ABBREVIATIONS]],
    ['months', calendar.MONTHS, 'month abbreviations', calendar.MONTH_ABBREVIATIONS],
    // Kinds read one after the other: a word of both would only ever be read as the first.
    ['masculine words', people.MASCULINE_WORDS, 'feminine words', people.FEMININE_WORDS],
    ['question labels', cues.QUESTION_LABELS, 'answer labels', cues.ANSWER_LABELS],
    ['group speakers', speakers.GROUP_SPEAKERS, 'document speakers', speakers.DOCUMENT_SPEAKERS],
    ['group speakers', speakers.GROUP_SPEAKERS, 'organization nouns', [...speakers.STAND_IN_ORG_NOUNS, ...speakers.NAMED_ORG_NOUNS]],
    ['document speakers', speakers.DOCUMENT_SPEAKERS, 'organization nouns', [...speakers.STAND_IN_ORG_NOUNS, ...speakers.NAMED_ORG_NOUNS]],
    ['spokesperson nouns', people.SPOKESPERSON_NOUNS, 'state body nouns', people.STATE_BODY_NOUNS],
    ['organization and place heads', [...lexicon().orgHeads, ...lexicon().placeHeads], 'name heads before "of"', organizations.NAME_HEADS_BEFORE_OF],
  ];
  for (const [nameA, a, nameB, b] of disjoint) {
    it(`shares no word between ${nameA} and ${nameB}`, () => assert.deepEqual(shared(a, b), []));
  }
});
