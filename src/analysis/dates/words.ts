// Word data of the date scanner: names of months, days and seasons, the words that start a date, and the words
// around a number or a name that make it a date or not. Lower case throughout: the scanner compares lower-cased words.
import type { Anchor, Unit } from './meaning';

export const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
export const MONTH_ABBREVIATIONS: ReadonlyArray<readonly [string, number]> = [
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
];
/** Month names that are also common words or first names: alone, they need a temporal context. */
export const AMBIGUOUS_MONTHS = new Set([3, 4, 5, 6, 8]);
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Season words and their season: 0 spring, 1 summer, 2 autumn, 3 winter. */
export const SEASON_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['spring', 0], ['summer', 1], ['autumn', 2], ['fall', 2], ['winter', 3],
];

/** Words that can start (or, for "ago", end) a date, keyed by their lower-case form. */
export const ANCHORS = new Map<string, Anchor>();
MONTH_NAMES.forEach((name, index) => ANCHORS.set(name, { kind: 'month', month: index + 1, abbreviation: false }));
for (const [name, month] of MONTH_ABBREVIATIONS) ANCHORS.set(name, { kind: 'month', month, abbreviation: true });
WEEKDAY_NAMES.forEach((name, index) => ANCHORS.set(name, { kind: 'weekday', weekday: index + 1 }));
for (const [name, season] of SEASON_WORDS) ANCHORS.set(name, { kind: 'season', season });
ANCHORS.set('today', { kind: 'day', amount: 0 });
ANCHORS.set('tonight', { kind: 'day', amount: 0 });
ANCHORS.set('yesterday', { kind: 'day', amount: -1 });
ANCHORS.set('tomorrow', { kind: 'day', amount: 1 });
ANCHORS.set('last', { kind: 'relative', modifier: 'last' });
ANCHORS.set('this', { kind: 'relative', modifier: 'this' });
ANCHORS.set('next', { kind: 'relative', modifier: 'next' });
for (const word of ['early', 'late', 'mid']) ANCHORS.set(word, { kind: 'edge', closesPeriod: false });
// "earlier"/"later" also close a period looking back ("two days later").
for (const word of ['earlier', 'later']) ANCHORS.set(word, { kind: 'edge', closesPeriod: true });
for (const word of ['end', 'beginning', 'start', 'middle']) ANCHORS.set(word, { kind: 'boundary' });
ANCHORS.set('year', { kind: 'yearWord' });
ANCHORS.set('ago', { kind: 'ago' });
for (const word of ['christmas', 'easter', 'good', 'new']) ANCHORS.set(word, { kind: 'holiday' });
ANCHORS.set('day', { kind: 'namedDay' });
ANCHORS.set('weekend', { kind: 'weekend' });
ANCHORS.set('past', { kind: 'past' });
['first', 'second', 'third', 'fourth'].forEach((word, index) => ANCHORS.set(word, { kind: 'ordinalWord', rank: index + 1 }));
ANCHORS.set('coming', { kind: 'coming' });
// Plural units end "in two weeks"; singular ones are read from the word before them.
const PLURAL_UNITS = [['days', 'day'], ['weeks', 'week'], ['months', 'month'], ['years', 'year']] as const;
for (const [word, unit] of PLURAL_UNITS) ANCHORS.set(word, { kind: 'units', unit });
ANCHORS.set('now', { kind: 'now' });
ANCHORS.set('recent', { kind: 'recent' });
/** The longest anchor word: longer words are skipped without a lookup. */
export const LONGEST_ANCHOR = 9;

export const UNIT_WORDS = new Map<string, Unit>([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'],
  ['year', 'year'], ['years', 'year'],
]);
/** Words between a modifier and "year" that name a kind of year without moving it ("next fiscal year"). */
export const YEAR_KIND_WORDS = new Set(['fiscal', 'financial', 'calendar', 'academic', 'school', 'tax', 'budget', 'business', 'model']);
/**
 * Words earlier in the clause that make "in two years" a span looked back over ("the first visit by a leader in ten
 * years", "the lowest level in two years"), as do superlatives in -est.
 */
export const SPAN_HEADS = new Set([
  'time', 'first', 'last', 'ever', 'most', 'least', 'record', 'once', 'twice', 'times', 'only', 'best', 'worst',
]);
/** Common words in -est that are not superlatives ("a protest in two weeks"). */
export const EST_NOT_SUPERLATIVE = new Set([
  'interest', 'protest', 'forest', 'request', 'arrest', 'suggest', 'contest', 'test', 'west', 'quest', 'chest', 'nest',
  'rest', 'harvest', 'conquest', 'manifest', 'invest', 'digest', 'inquest', 'unrest', 'honest', 'modest', 'earnest',
]);

export const NUMBER_WORDS = new Map<string, number>([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['hundred', 100],
]);
/** Quantities too vague to resolve ("several years ago"): the expression is still a date, without a value. */
export const VAGUE_QUANTITIES = new Set(['few', 'several', 'many', 'some', 'couple']);

/** Words after which a lone ambiguous month name ("May", "March", "June") is a month. */
export const MONTH_CONTEXT_WORDS = new Set([
  'in', 'since', 'until', 'till', 'through', 'throughout', 'during', 'early', 'late', 'mid', 'last', 'next', 'this',
  'each', 'every', 'between', 'before', 'after', 'from', 'around', 'by',
]);
/** Capitalised words that open a sentence or phrase before "X Day" without being part of the name ("On Labor Day"). */
export const NAMED_DAY_STOPS = new Set([
  'the', 'a', 'an', 'on', 'in', 'at', 'by', 'for', 'of', 'this', 'last', 'next', 'every', 'since', 'until', 'before',
  'after', 'during', 'and', 'or',
]);
/** Words that follow the verb "may" ("may be", "may not"): after them a capitalised "May" is still read as the verb. */
export const MODAL_FOLLOWERS = new Set([
  'be', 'not', 'have', 'also', 'well', 'still', 'even', 'never', 'soon', 'only', 'take', 'need', 'come', 'go', 'lead',
  'face', 'get', 'make', 'seem', 'become', 'help', 'want', 'try',
]);
/** Words before "of" that make "of May" a month ("the end of May"). */
export const PART_OF_WORDS = new Set(['end', 'beginning', 'start', 'middle', 'month', 'part', 'half', 'rest', 'first', 'ides']);
/** Words before a year number that mark it as a year ("in 1999", "since 2005"). */
export const YEAR_CONTEXT_WORDS = new Set([
  'in', 'since', 'until', 'till', 'by', 'of', 'from', 'to', 'before', 'after', 'during', 'between', 'and', 'or',
  'early', 'late', 'mid', 'around', 'circa', 'through', 'throughout', 'the', 'year', 'fiscal', 'spring', 'summer',
  'autumn', 'fall', 'winter', 'end', 'election', 'elections', 'census',
]);
/** Words before a season, or before "the" and a season, that make it a time: "before summer", "by the winter". */
export const SEASON_CONTEXT_WORDS = new Set([
  'in', 'during', 'since', 'until', 'till', 'by', 'over', 'through', 'throughout', 'this', 'before', 'after', 'from',
  'for', 'into', 'towards', 'toward',
]);
/** Words before "of" that make the season after it a time: "the end of summer", "ahead of the winter". */
export const SEASON_PART_WORDS = new Set([
  'end', 'start', 'beginning', 'middle', 'height', 'depths', 'depth', 'onset', 'rest', 'arrival', 'course',
  'remainder', 'ahead',
]);
/** The narrower contexts in which the everyday words "spring" and "fall" alone are seasons ("in spring the herders move"). */
export const BARE_SEASON_CONTEXT_WORDS = new Set(['in', 'during', 'since', 'until', 'till', 'by', 'before', 'through', 'throughout']);
/** Lower-case words that may follow a season without making it an adjective ("winter storms" is weather, not a time). */
export const SEASON_FOLLOWERS = new Set([
  'and', 'or', 'when', 'as', 'to', 'the', 'a', 'an', 'after', 'before', 'that', 'but', 'with', 'in', 'at', 'for', 'on',
  'is', 'was', 'will', 'would', 'has', 'had', 'sets', 'set', 'arrives', 'arrived', 'comes', 'came', 'begins', 'began',
  'ends', 'ended', 'starts', 'started', 'returns', 'returned', 'brings', 'brought', 'hits', 'if', 'so', 'because',
  'unless', 'until', 'while', 'then', 'they', 'we', 'it', 'he', 'she', 'i', 'you', 'there', 'its', 'their', 'his',
  'her', 'our', 'many', 'most', 'some', 'few',
]);
/** Words before a number that make it a label, not a year ("Resolution 1441", "Flight 1549"). */
export const NUMBER_LABEL_WORDS = new Set([
  'resolution', 'no', 'number', 'route', 'flight', 'highway', 'article', 'section', 'room', 'paragraph', 'chapter',
  'model', 'version', 'page', 'item', 'code', 'unit', 'bus', 'line', 'gate', 'apollo', 'boeing', 'airbus', 'windows',
  'level', 'grade', 'platform', 'channel', 'station', 'box', 'suite', 'apartment', 'lot', 'exit', 'volume', 'issue',
]);
/** Words after a number that make it a count, not a year ("2000 people"). */
export const COUNT_NOUNS = new Set([
  'people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'feet', 'meters', 'metres', 'miles',
  'kilometers', 'kilometres', 'tons', 'tonnes', 'dollars', 'euros', 'percent', 'times', 'cattle', 'sheep', 'fish',
  'military', 'youth', 'livestock', 'foot', 'degrees', 'hectares', 'acres', 'barrels', 'votes', 'cases',
]);
/** Lower-case words ending in "s" that are not plurals and may follow a year ("2004 was"). */
export const NON_PLURAL_S_WORDS = new Set([
  'was', 'has', 'is', 'as', 'its', 'his', 'this', 'thus', 'yes', 'does', 'plus', 'versus', 'less', 'unless', 'whereas',
  'across',
]);
/** Capitalised words after a weekday that turn it into a name ("the Sunday Times"). */
export const WEEKDAY_NAME_PARTS = new Set([
  'times', 'telegraph', 'mail', 'express', 'herald', 'post', 'tribune', 'mirror', 'independent', 'observer', 'school',
  'night', 'league', 'service', 'people',
]);
