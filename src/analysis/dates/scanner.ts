// Finds date expressions in a text with a single linear token scan and resolves them against the document date by news conventions.

import { isApostrophe, isAsciiLetter, isDigit, isLetter, isSpace, isUpperAscii } from '../text/chars';
import { partitionPoint } from '../text/sorted';
import { daysInMonth, formatIsoDate, isRealDate, normaliseIsoDate } from './documentDate';

export interface FoundDate {
  start: number;
  end: number;
  text: string;
  /**
   * Resolved value: `2023-03-20` (day), `2022-10` (month), `2022` (year), `2023-W10` (ISO week), `2022-SU` (season:
   * SP, SU, FA, WI, as TIMEX3 writes them), `2023-Q4` (quarter), `2023-H2` (half year); undefined for vague periods,
   * decades, centuries, named days and spans counted forward in a past-tense sentence ("took the town in two weeks").
   */
  value?: string;
}

interface SentenceSpan {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Lexicon

const WORD = 1;
const NUMBER = 2;
const PUNCT = 3;
const ORDINAL = 4;

type Modifier = 'last' | 'this' | 'next' | null;
type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';
/** -1: the sentence speaks of the past, 1: of the future, 0: no evidence. */
type Tense = -1 | 0 | 1;

/** What a found expression means, before it is resolved against the document date. */
type Meaning =
  | { kind: 'absolute'; year: number; month?: number; day?: number }
  | { kind: 'monthDay'; month: number; day: number; modifier: Modifier; weekday?: number }
  | { kind: 'month'; month: number; modifier: Modifier }
  /** "March last year", "May 5 next year": a month or day in the year before, of or after the document's. */
  | { kind: 'relativeYearDate'; month: number; day?: number; yearOffset: number }
  | { kind: 'weekday'; weekday: number; modifier: Modifier }
  | { kind: 'offset'; unit: Unit; amount: number }
  /** "in two weeks": a point that far ahead when the sentence looks forward; a length of time when it tells the past. */
  | { kind: 'ahead'; unit: Unit; amount: number }
  | { kind: 'season'; season: number; modifier: Modifier; year?: number }
  | { kind: 'easter'; shiftDays: number }
  /** "the weekend" by tense; "the coming weekend" is always the next one not yet over. */
  | { kind: 'weekend'; coming: boolean }
  /** A quarter (`Q`) or half (`H`) of a year: a written year, a year relative to the document's, or (null) chosen by tense. */
  | { kind: 'yearPart'; code: 'Q' | 'H'; part: number; year: number }
  | { kind: 'relativeYearPart'; code: 'Q' | 'H'; part: number; yearOffset: number | null }
  | { kind: 'newYear' }
  | { kind: 'vague' };

interface Match {
  first: number;
  last: number;
  meaning: Meaning;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS: ReadonlyArray<readonly [string, number]> = [
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
];
/** Month names that are also common words or first names: alone, they need a temporal context. */
const AMBIGUOUS_MONTHS = new Set([3, 4, 5, 6, 8]);
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Season codes in the order spring, summer, autumn, winter; winter is labelled with the year of its December. */
const SEASON_CODES = ['SP', 'SU', 'FA', 'WI'];
const SEASON_WORDS: ReadonlyArray<readonly [string, number]> = [['spring', 0], ['summer', 1], ['autumn', 2], ['fall', 2], ['winter', 3]];

type Anchor =
  | { kind: 'month'; month: number; abbreviation: boolean }
  | { kind: 'weekday'; weekday: number }
  | { kind: 'day'; amount: number }
  | { kind: 'relative'; modifier: Exclude<Modifier, null> }
  | { kind: 'edge'; closesPeriod: boolean }
  | { kind: 'boundary' }
  | { kind: 'yearWord' }
  | { kind: 'ago' }
  | { kind: 'season'; season: number }
  | { kind: 'holiday' }
  | { kind: 'namedDay' }
  | { kind: 'weekend' }
  | { kind: 'past' }
  | { kind: 'ordinalWord'; rank: number }
  | { kind: 'coming' }
  | { kind: 'units'; unit: Unit }
  | { kind: 'now' }
  | { kind: 'recent' };

/** Words that can start (or, for "ago", end) a date, keyed by their lower-case form. */
const ANCHORS = new Map<string, Anchor>();
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
for (const [word, unit] of [['days', 'day'], ['weeks', 'week'], ['months', 'month'], ['years', 'year']] as const) ANCHORS.set(word, { kind: 'units', unit });
ANCHORS.set('now', { kind: 'now' });
ANCHORS.set('recent', { kind: 'recent' });
/** The longest anchor word: longer words are skipped without a lookup. */
const LONGEST_ANCHOR = 9;
/**
 * The anchors under their lower-case, capitalised and upper-case spellings, so the scan looks a word up by its exact
 * text (one short string per word) instead of lower-casing every word first.
 */
const ANCHORS_BY_SPELLING = new Map<string, Anchor>();
/**
 * Which (first letter, second letter, length) triples any anchor has: most words are ruled out by this table
 * without taking their text out of the source.
 */
const ANCHOR_SHAPES = new Uint8Array(26 * 26 * (LONGEST_ANCHOR + 1));
function anchorShapeIndex(first: number, second: number, length: number): number {
  // Folding to lower case by setting bit 0x20 keeps the index inside 0–25 for ASCII letters.
  return (((first | 0x20) - 97) * 26 + ((second | 0x20) - 97)) * (LONGEST_ANCHOR + 1) + length;
}
for (const [word, anchor] of ANCHORS) {
  ANCHOR_SHAPES[anchorShapeIndex(word.charCodeAt(0), word.charCodeAt(1), word.length)] = 1;
  ANCHORS_BY_SPELLING.set(word, anchor);
  ANCHORS_BY_SPELLING.set(word.charAt(0).toUpperCase() + word.slice(1), anchor);
  ANCHORS_BY_SPELLING.set(word.toUpperCase(), anchor);
}

const UNIT_WORDS = new Map<string, Unit>([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'],
  ['year', 'year'], ['years', 'year'],
]);
/** Words between a modifier and "year" that name a kind of year without moving it ("next fiscal year"). */
const YEAR_KIND_WORDS = new Set(['fiscal', 'financial', 'calendar', 'academic', 'school', 'tax', 'budget', 'business', 'model']);
/**
 * Words earlier in the clause that make "in two years" a span looked back over ("the first visit by a leader in ten
 * years", "the lowest level in two years"), as do superlatives in -est.
 */
const SPAN_HEADS = new Set(['time', 'first', 'last', 'ever', 'most', 'least', 'record', 'once', 'twice', 'times', 'only', 'best', 'worst']);
/** How many words back from "in" a superlative or "first" still governs the span. */
const SPAN_HEAD_REACH = 8;
/** Common words in -est that are not superlatives ("a protest in two weeks"). */
const EST_NOT_SUPERLATIVE = new Set([
  'interest', 'protest', 'forest', 'request', 'arrest', 'suggest', 'contest', 'test', 'west', 'quest', 'chest', 'nest',
  'rest', 'harvest', 'conquest', 'manifest', 'invest', 'digest', 'inquest', 'unrest', 'honest', 'modest', 'earnest',
]);

const NUMBER_WORDS = new Map<string, number>([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['hundred', 100],
]);
/** Quantities too vague to resolve ("several years ago"): the expression is still a date, without a value. */
const VAGUE_QUANTITIES = new Set(['few', 'several', 'many', 'some', 'couple']);

/** Words after which a lone ambiguous month name ("May", "March", "June") is a month. */
const MONTH_CONTEXT_WORDS = new Set([
  'in', 'since', 'until', 'till', 'through', 'throughout', 'during', 'early', 'late', 'mid', 'last', 'next', 'this',
  'each', 'every', 'between', 'before', 'after', 'from', 'around', 'by',
]);
/** Capitalised words that open a sentence or phrase before "X Day" without being part of the name ("On Labor Day"). */
const NAMED_DAY_STOPS = new Set(['the', 'a', 'an', 'on', 'in', 'at', 'by', 'for', 'of', 'this', 'last', 'next', 'every', 'since', 'until', 'before', 'after', 'during', 'and', 'or', 'since']);
/** Words that follow the verb "may" ("may be", "may not"): after them a capitalised "May" is still read as the verb. */
const MODAL_FOLLOWERS = new Set(['be', 'not', 'have', 'also', 'well', 'still', 'even', 'never', 'soon', 'only', 'take', 'need', 'come', 'go', 'lead', 'face', 'get', 'make', 'seem', 'become', 'help', 'want', 'try']);
/** Words before "of" that make "of May" a month ("the end of May"). */
const PART_OF_WORDS = new Set(['end', 'beginning', 'start', 'middle', 'month', 'part', 'half', 'rest', 'first', 'ides']);
/** Words before a year number that mark it as a year ("in 1999", "since 2005"). */
const YEAR_CONTEXT_WORDS = new Set([
  'in', 'since', 'until', 'till', 'by', 'of', 'from', 'to', 'before', 'after', 'during', 'between', 'and', 'or',
  'early', 'late', 'mid', 'around', 'circa', 'through', 'throughout', 'the', 'year', 'fiscal', 'spring', 'summer',
  'autumn', 'fall', 'winter', 'end', 'election', 'elections', 'census',
]);
/** Words before a season, or before "the" and a season, that make it a time: "before summer", "by the winter". */
const SEASON_CONTEXT_WORDS = new Set([
  'in', 'during', 'since', 'until', 'till', 'by', 'over', 'through', 'throughout', 'this', 'before', 'after', 'from',
  'for', 'into', 'towards', 'toward',
]);
/** Words before "of" that make the season after it a time: "the end of summer", "ahead of the winter". */
const SEASON_PART_WORDS = new Set(['end', 'start', 'beginning', 'middle', 'height', 'depths', 'depth', 'onset', 'rest', 'arrival', 'course', 'remainder', 'ahead']);
/** The narrower contexts in which the everyday words "spring" and "fall" alone are seasons ("in spring the herders move"). */
const BARE_SEASON_CONTEXT_WORDS = new Set(['in', 'during', 'since', 'until', 'till', 'by', 'before', 'through', 'throughout']);
/** Lower-case words that may follow a season without making it an adjective ("winter storms" is weather, not a time). */
const SEASON_FOLLOWERS = new Set([
  'and', 'or', 'when', 'as', 'to', 'the', 'a', 'an', 'after', 'before', 'that', 'but', 'with', 'in', 'at', 'for', 'on',
  'is', 'was', 'will', 'would', 'has', 'had', 'sets', 'set', 'arrives', 'arrived', 'comes', 'came', 'begins', 'began',
  'ends', 'ended', 'starts', 'started', 'returns', 'returned', 'brings', 'brought', 'hits', 'if', 'so', 'because',
  'unless', 'until', 'while', 'then', 'they', 'we', 'it', 'he', 'she', 'i', 'you', 'there', 'its', 'their', 'his',
  'her', 'our', 'many', 'most', 'some', 'few',
]);
/** Words before a number that make it a label, not a year ("Resolution 1441", "Flight 1549"). */
const NUMBER_LABEL_WORDS = new Set([
  'resolution', 'no', 'number', 'route', 'flight', 'highway', 'article', 'section', 'room', 'paragraph', 'chapter',
  'model', 'version', 'page', 'item', 'code', 'unit', 'bus', 'line', 'gate', 'apollo', 'boeing', 'airbus', 'windows',
  'level', 'grade', 'platform', 'channel', 'station', 'box', 'suite', 'apartment', 'lot', 'exit', 'volume', 'issue',
]);
/** Words after a number that make it a count, not a year ("2000 people"). */
const COUNT_NOUNS = new Set([
  'people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'feet', 'meters', 'metres', 'miles',
  'kilometers', 'kilometres', 'tons', 'tonnes', 'dollars', 'euros', 'percent', 'times', 'cattle', 'sheep', 'fish',
  'military', 'youth', 'livestock', 'foot', 'degrees', 'hectares', 'acres', 'barrels', 'votes', 'cases',
]);
/** Lower-case words ending in "s" that are not plurals and may follow a year ("2004 was"). */
const NON_PLURAL_S_WORDS = new Set(['was', 'has', 'is', 'as', 'its', 'his', 'this', 'thus', 'yes', 'does', 'plus', 'versus', 'less', 'unless', 'whereas', 'across']);
/** Capitalised words after a weekday that turn it into a name ("the Sunday Times"). */
const WEEKDAY_NAME_PARTS = new Set(['times', 'telegraph', 'mail', 'express', 'herald', 'post', 'tribune', 'mirror', 'independent', 'observer', 'school', 'night', 'league', 'service', 'people']);

// Tense cues: the nearest one to a date decides whether it points back or forward.
const PAST_CUES = new Set([
  'was', 'were', 'did', 'had', 'ago', 'yesterday', 'earlier', 'previously', 'since', 'already',
  'held', 'met', 'went', 'came', 'took', 'gave', 'made', 'left', 'began', 'saw', 'found', 'got', 'brought', 'thought',
  'spoke', 'sent', 'led', 'fled', 'fought', 'lost', 'struck', 'shot', 'broke', 'chose', 'drove', 'fell',
  'flew', 'grew', 'hid', 'kept', 'knew', 'meant', 'paid', 'ran', 'rose', 'sold', 'sought', 'shook', 'stood', 'stole',
  'swore', 'taught', 'threw', 'tore', 'understood', 'woke', 'wore', 'became', 'bought', 'caught', 'built', 'dealt',
  'felt', 'heard', 'sat', 'slept', 'spent', 'won', 'forgot', 'forgave', 'froze', 'overtook', 'undertook',
  'withdrew', 'arose', 'awoke', 'bore', 'bound', 'bent', 'bled', 'blew', 'bred', 'clung', 'crept', 'drew', 'dug',
  'fed', 'forbade', 'foresaw', 'lay', 'lent', 'lit', 'mistook', 'overcame', 'overthrew', 'rang', 'rode', 'sang',
  'sank', 'shone', 'shrank', 'slid', 'sped', 'spun', 'sprang', 'stuck', 'stung', 'strove', 'swept', 'swam', 'swung',
  'upheld', 'withheld', 'wept', 'wound', 'ruled', 'ended', 'recently',
  // Present and past share these forms, but news reports a result or a strike in the past ("United beat Chelsea on Saturday").
  'beat', 'hit',
]);
const FUTURE_CUES = new Set([
  'will', 'shall', 'would', 'tomorrow', 'next', 'upcoming', 'forthcoming', 'scheduled', 'expected', 'plans', 'plan',
  'planned', 'planning', 'intends', 'intend', 'soon', 'coming', 'later', 'due', 'slated', 'ahead', 'expect', 'expects',
  'anticipate', 'anticipates', 'hope', 'hopes',
]);
/** Present-tense auxiliaries: in news, the present with a date usually announces something scheduled. */
const WEAK_FUTURE_CUES = new Set(['is', 'are', 'am', 'aims', 'seeks', 'wants', 'begins', 'starts', 'opens']);
/**
 * Present-tense verbs that announce fixtures and schedules ("United host Chelsea on Saturday", "the final takes place on
 * Sunday"): weak future cues, unless an auxiliary or "to" before them makes them bare verbs of another tense.
 */
const SCHEDULED_PRESENT_VERBS = new Set([
  // Forms that are seldom nouns: "visit", "vote", "rules" or "returns" would read "a state visit on Monday" as a plan.
  'host', 'hosts', 'face', 'faces', 'play', 'plays', 'meet', 'meets', 'travels', 'welcome', 'welcomes', 'takes',
  'resume', 'resumes', 'reopen', 'reopens', 'arrive', 'arrives', 'begin', 'closes', 'kicks', 'appear', 'appears',
  'decide', 'decides', 'expire', 'expires', 'flies',
]);
/**
 * Weak past cues. Reporting verbs are among them: "…will meet on Monday, the Kremlin said" dates the statement, not the
 * meeting, unless the verb stands right by the date ("said Friday").
 */
const WEAK_PAST_CUES = new Set(['has', 'have', 'been', 'said', 'told', 'wrote']);
/**
 * Past reporting verbs. A date standing between one of them and its reported clause dates the statement, whatever
 * tense the clause has: "told parliament on Thursday that it would raise taxes" means the Thursday just gone.
 */
const REPORTING_VERBS = new Set([
  'said', 'told', 'wrote', 'announced', 'stated', 'added', 'confirmed', 'declared', 'reported', 'warned', 'insisted',
  'claimed', 'argued', 'noted', 'explained', 'revealed', 'admitted', 'denied', 'acknowledged', 'tweeted', 'posted',
  'disclosed', 'indicated', 'suggested', 'stressed', 'emphasised', 'emphasized', 'testified', 'informed', 'briefed',
  'assured', 'cautioned', 'predicted', 'signalled', 'signaled', 'hinted', 'conceded', 'complained', 'replied',
  'responded', 'countered', 'alleged', 'urged', 'pledged', 'vowed', 'promised', 'spoke', 'unveiled', 'agreed',
  'decided', 'voted', 'ruled', 'ordered', 'approved',
]);
/** How many tokens from a date a reporting verb may stand and still date the statement rather than what it reports. */
const REPORTING_REACH = 6;
/**
 * Words that make a following "to" + verb a plan or an order ("voted to shut", "plans to reopen", "ordered the plant to
 * close"): a date inside that infinitive lies ahead even when the governing verb is past.
 */
const FORWARD_GOVERNORS = new Set([
  'voted', 'vote', 'votes', 'agreed', 'agree', 'agrees', 'decided', 'decides', 'plans', 'plan', 'planned', 'planning',
  'intends', 'intend', 'intended', 'promised', 'promises', 'pledged', 'pledges', 'vowed', 'vows', 'due', 'set',
  'scheduled', 'slated', 'expected', 'expects', 'expect', 'hopes', 'hope', 'hoped', 'aims', 'aim', 'aimed', 'wants',
  'want', 'wanted', 'going', 'ordered', 'orders', 'asked', 'asks', 'urged', 'urges', 'told', 'called', 'threatened',
  'threatens', 'prepared', 'preparing', 'prepares', 'poised', 'proposed', 'proposes', 'offered', 'offers', 'seeks',
  'sought', 'chose', 'resolved', 'committed', 'likely', 'unlikely', 'ready', 'invited', 'summoned', 'approved',
  'moved', 'allowed', 'instructed', 'required', 'needs', 'need',
]);
/** Words after "to" that show it is a preposition, not the mark of an infinitive. */
const NOT_VERBS_AFTER_TO = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'him', 'them',
  'me', 'us', 'it', 'some', 'all', 'each', 'every', 'any', 'no', 'one', 'date', 'court', 'power', 'work', 'office',
]);
/** Verbs that move an event later: "postponed until August", "adjourned the case to April 2" point forward. */
const POSTPONING_VERBS = new Set([
  'postponed', 'postpone', 'postpones', 'postponing', 'delayed', 'delay', 'delays', 'delaying', 'adjourned', 'adjourn',
  'adjourns', 'deferred', 'defer', 'defers', 'rescheduled', 'reschedule', 'moved', 'pushed', 'put', 'extended',
  'extend', 'extends', 'remanded', 'suspended', 'forward', 'bailed', 'bail', 'stay', 'stays', 'remain', 'remains',
]);
/** Determiners before a verb-looking word make it a noun ("the vote on Monday", "a visit"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'next', 'last']);
/** Verbs that fix an event for a date: "a hearing was set for April 12". */
const SCHEDULING_VERBS = new Set(['set', 'scheduled', 'slated', 'planned', 'pencilled', 'penciled', 'earmarked', 'fixed', 'booked', 'called', 'timed']);
/**
 * Words after which a past form is a participle or a bare verb ("will be held", "would last", "to meet"): the
 * auxiliary, not the verb, tells the tense.
 */
const PASSIVE_AUXILIARIES = new Set([
  'is', 'are', 'am', 'be', 'being', 'will', 'to', 'would', 'could', 'should', 'might', 'must', 'can', 'may', 'shall',
  'do', 'does', 'did', 'not', 'been',
  // Copulas: "will stay closed", "remains suspended" make the -ed word an adjective.
  'stay', 'stays', 'remain', 'remains', 'become', 'becomes', 'seem', 'seems', 'get', 'gets',
]);
/** Modals that look ahead ("repairs could begin in the autumn") unless "have" or, for "could", "not" follows. */
const FORWARD_MODALS = new Set(['could', 'might', 'may', 'should', 'must']);
/** Common -ed words that are adjectives or not verbs at all. */
const ED_NOT_PAST = new Set([
  'hundred', 'kindred', 'armed', 'alleged', 'so-called', 'called', 'related', 'based', 'limited', 'advanced',
  'detailed', 'concerned', 'interested', 'united', 'naked', 'sacred', 'wicked', 'beloved', 'rugged', 'aged',
  'skilled', 'talented', 'infrared', 'embed', 'shared', 'unprecedented', 'unexpected', 'unidentified', 'unnamed',
  'supposed', 'used', 'red',
]);

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on UTC midnights

const DAY_MS = 86_400_000;

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function dayValue(ms: number): string {
  const date = new Date(ms);
  return formatIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function monthValue(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}`;
}

/** Month arithmetic on a (year, month) pair; `month` is 1–12. */
function shiftMonth(year: number, month: number, amount: number): [number, number] {
  const index = year * 12 + (month - 1) + amount;
  return [Math.floor(index / 12), (index % 12 + 12) % 12 + 1];
}

/** ISO weekday: Monday 1 … Sunday 7. */
function isoWeekday(ms: number): number {
  const day = new Date(ms).getUTCDay();
  return day === 0 ? 7 : day;
}

function isoWeekValue(ms: number): string {
  // The ISO week belongs to the year of its Thursday.
  const thursday = ms + (4 - isoWeekday(ms)) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${String(year).padStart(4, '0')}-W${pad2(week)}`;
}

/** Gregorian Easter Sunday (anonymous algorithm), as a UTC midnight. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

/** First month of each season; winter starts in December. */
const SEASON_FIRST_MONTH = [3, 6, 9, 12];

/** Start of the season occurrence labelled `year`, as a month index (year * 12 + month - 1). */
function seasonStartIndex(season: number, year: number): number {
  return year * 12 + (SEASON_FIRST_MONTH[season] ?? 3) - 1;
}

interface Reference {
  ms: number;
  year: number;
  month: number;
  day: number;
}

/** Picks among the candidate instants the one that fits the tense: latest not after the reference when past, earliest not before it when future, else the nearest. */
function pickByTense(candidates: number[], reference: number, tense: Tense): number {
  let best = candidates[0] ?? reference;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const distance = candidate - reference;
    let score: number;
    if (tense < 0) score = distance <= 0 ? -distance : Infinity;
    else if (tense > 0) score = distance >= 0 ? distance : Infinity;
    else score = Math.abs(distance) + (distance > 0 ? 0.5 : 0); // an exact tie leans to the past, as reports do
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

/** The value of an expression that needs no reference date (a written year, month or day), else undefined. */
function absoluteValue(meaning: Meaning): string | undefined {
  if (meaning.kind === 'yearPart') return yearPartValue(meaning.year, meaning.code, meaning.part);
  if (meaning.kind !== 'absolute') return undefined;
  if (meaning.month === undefined) return String(meaning.year).padStart(4, '0');
  if (meaning.day === undefined) return monthValue(meaning.year, meaning.month);
  return formatIsoDate(meaning.year, meaning.month, meaning.day);
}

function yearPartValue(year: number, code: 'Q' | 'H', part: number): string {
  return `${String(year).padStart(4, '0')}-${code}${part}`;
}

/** The value `amount` units away from the reference: a day, an ISO week, a month, a quarter or a year. */
function offsetValue(unit: Unit, amount: number, reference: Reference): string {
  switch (unit) {
    case 'day':
      return dayValue(reference.ms + amount * DAY_MS);
    case 'week':
      return isoWeekValue(reference.ms + amount * 7 * DAY_MS);
    case 'month': {
      const [year, month] = shiftMonth(reference.year, reference.month, amount);
      return monthValue(year, month);
    }
    case 'quarter': {
      const index = reference.year * 4 + Math.floor((reference.month - 1) / 3) + amount;
      return yearPartValue(Math.floor(index / 4), 'Q', (index % 4 + 4) % 4 + 1);
    }
    case 'year':
      return String(reference.year + amount).padStart(4, '0');
  }
}

/**
 * "the fourth quarter", "the first half" without a year: the one under way, else the latest one begun when the sentence
 * looks back and the next one when it looks forward, else the nearest.
 */
function resolveYearPart(code: 'Q' | 'H', part: number, reference: Reference, direction: Tense): string {
  const perYear = code === 'Q' ? 4 : 2;
  const current = reference.year * perYear + Math.floor((reference.month - 1) / (12 / perYear));
  const candidates = [-1, 0, 1].map((delta) => (reference.year + delta) * perYear + part - 1);
  const chosen = current % perYear === part - 1 ? current : pickByTense(candidates, current, direction);
  return yearPartValue(Math.floor(chosen / perYear), code, part);
}

function resolveMeaning(meaning: Meaning, reference: Reference, tense: () => Tense): string | undefined {
  switch (meaning.kind) {
    case 'absolute':
    case 'yearPart':
      return absoluteValue(meaning);
    case 'newYear':
      return String(reference.year + (reference.month >= 7 ? 1 : 0)).padStart(4, '0');
    case 'relativeYearDate': {
      const year = reference.year + meaning.yearOffset;
      if (meaning.day === undefined) return monthValue(year, meaning.month);
      return isRealDate(year, meaning.month, meaning.day) ? formatIsoDate(year, meaning.month, meaning.day) : monthValue(year, meaning.month);
    }
    case 'relativeYearPart':
      if (meaning.yearOffset !== null) return yearPartValue(reference.year + meaning.yearOffset, meaning.code, meaning.part);
      return resolveYearPart(meaning.code, meaning.part, reference, tense());
    case 'ahead':
      // Counted forward from now only when the sentence does not tell the past ("took the town in two weeks").
      return tense() < 0 ? undefined : offsetValue(meaning.unit, meaning.amount, reference);
    case 'weekend': {
      // The weekend closes its ISO week: Saturday is day 6 of it.
      const weekday = isoWeekday(reference.ms);
      const coming = reference.ms + (6 - weekday) * DAY_MS;
      const previous = coming - 7 * DAY_MS;
      const inWeekend = weekday >= 6;
      const direction = meaning.coming ? 1 : tense();
      let saturday: number;
      if (meaning.coming && weekday === 7) saturday = coming + 7 * DAY_MS;
      else if (inWeekend) saturday = coming;
      else if (direction < 0) saturday = previous;
      else if (direction > 0) saturday = coming;
      else saturday = weekday <= 2 ? previous : coming;
      return isoWeekValue(saturday);
    }
    case 'vague':
      return undefined;
    case 'offset':
      return offsetValue(meaning.unit, meaning.amount, reference);
    case 'weekday': {
      const back = (isoWeekday(reference.ms) - meaning.weekday + 7) % 7;
      const forward = (7 - back) % 7;
      let shift: number;
      if (meaning.modifier === 'last') shift = -(back === 0 ? 7 : back);
      else if (meaning.modifier === 'next') shift = forward === 0 ? 7 : forward;
      else {
        const direction = tense();
        if (direction < 0) shift = -back;
        else if (direction > 0) shift = forward;
        else shift = back <= forward ? -back : forward;
      }
      return dayValue(reference.ms + shift * DAY_MS);
    }
    case 'monthDay': {
      let candidates: number[] = [];
      for (let year = reference.year - 1; year <= reference.year + 1; year++) {
        if (isRealDate(year, meaning.month, meaning.day)) candidates.push(Date.UTC(year, meaning.month - 1, meaning.day));
      }
      const weekday = meaning.weekday;
      if (weekday !== undefined) {
        const sameWeekday = candidates.filter((candidate) => isoWeekday(candidate) === weekday);
        if (sameWeekday.length > 0) candidates = sameWeekday;
      }
      const direction: Tense = meaning.modifier === 'last' ? -1 : meaning.modifier === 'next' ? 1 : tense();
      return dayValue(pickByTense(candidates, reference.ms, direction));
    }
    case 'month': {
      const current = reference.year * 12 + reference.month - 1;
      let year: number;
      if (meaning.modifier === 'this') year = reference.year;
      else if (meaning.modifier === 'last') year = meaning.month < reference.month ? reference.year : reference.year - 1;
      else if (meaning.modifier === 'next') year = meaning.month > reference.month ? reference.year : reference.year + 1;
      else {
        const candidates = [-1, 0, 1].map((delta) => (reference.year + delta) * 12 + meaning.month - 1);
        year = Math.floor(pickByTense(candidates, current, tense()) / 12);
      }
      return monthValue(year, meaning.month);
    }
    case 'season': {
      if (meaning.year !== undefined) return `${String(meaning.year).padStart(4, '0')}-${SEASON_CODES[meaning.season]}`;
      const current = reference.year * 12 + reference.month - 1;
      const years = [reference.year - 2, reference.year - 1, reference.year, reference.year + 1];
      let chosen: number | undefined;
      if (meaning.modifier === 'last') {
        // The latest occurrence that has ended before the reference month.
        for (const year of years) if (seasonStartIndex(meaning.season, year) + 3 <= current) chosen = year;
      } else if (meaning.modifier === 'next') {
        for (const year of years) if (chosen === undefined && seasonStartIndex(meaning.season, year) > current) chosen = year;
      } else {
        const containing = years.find((year) => {
          const start = seasonStartIndex(meaning.season, year);
          return start <= current && current < start + 3;
        });
        const direction = containing === undefined ? tense() : 0;
        if (containing !== undefined) chosen = containing;
        else if (meaning.modifier === 'this') {
          // "this summer" is the reference year's whatever the tense ("will stay closed this summer after cracks were
          // found"); only winter, which straddles two years, asks the tense whether it is the one just ended.
          chosen = meaning.season === 3 && direction < 0 ? reference.year - 1 : reference.year;
        } else if (direction < 0) {
          for (const year of years) if (seasonStartIndex(meaning.season, year) <= current) chosen = year;
        } else if (direction > 0) {
          for (const year of years) if (chosen === undefined && seasonStartIndex(meaning.season, year) > current) chosen = year;
        } else {
          // "this summer" with no other evidence: the occurrence of the reference year (winter: the one ending in it).
          chosen = meaning.season === 3 && reference.month <= 2 ? reference.year - 1 : reference.year;
        }
      }
      return chosen === undefined ? undefined : `${String(chosen).padStart(4, '0')}-${SEASON_CODES[meaning.season]}`;
    }
    case 'easter': {
      const candidates = [-1, 0, 1].map((delta) => easterSunday(reference.year + delta) + meaning.shiftDays * DAY_MS);
      return dayValue(pickByTense(candidates, reference.ms, tense()));
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The scanner

/** Splits text[from, to) into word, number and punctuation tokens, kept in parallel arrays to stay cheap on megabytes. */
class DateScanner {
  /** Start, end and kind of each token, three slots per token, in the shared scratch store (see scanStore). */
  private tokens: Int32Array;
  private count = 0;

  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
  ) {
    // Roughly one token per five characters of prose; the store doubles when punctuation-heavy text needs more.
    this.tokens = scanStore(3 * Math.ceil((to - from) / 5));
    this.tokenize();
  }

  get tokenCount(): number {
    return this.count;
  }

  /** Kind of token `index`, or 0 outside the token list. */
  private kindAt(index: number): number {
    return index >= 0 && index < this.count ? this.tokens[3 * index + 2] : 0;
  }

  startOf(index: number): number {
    return index >= 0 && index < this.count ? this.tokens[3 * index] : this.to;
  }

  endOf(index: number): number {
    return index >= 0 && index < this.count ? this.tokens[3 * index + 1] : this.to;
  }

  private tokenize(): void {
    const text = this.text;
    let at = this.from;
    const to = this.to;
    while (at < to) {
      const code = text.charCodeAt(at);
      if (isSpace(code)) {
        at++;
        continue;
      }
      const start = at;
      if (isDigit(code)) {
        at++;
        while (at < to && isDigit(text.charCodeAt(at))) at++;
        // Grouped and decimal numbers ("1,500", "2.5") are one token, so no part of them reads as a year or day.
        while (at + 1 < to && (text.charCodeAt(at) === 44 || text.charCodeAt(at) === 46) && isDigit(text.charCodeAt(at + 1))) {
          at += 2;
          while (at < to && isDigit(text.charCodeAt(at))) at++;
        }
        let kind = NUMBER;
        if (at + 1 < to && isAsciiLetter(text.charCodeAt(at)) && isAsciiLetter(text.charCodeAt(at + 1)) &&
          (at + 2 >= to || !isLetter(text.charCodeAt(at + 2)))) {
          const suffix = text.slice(at, at + 2).toLowerCase();
          if (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') {
            kind = ORDINAL;
            at += 2;
          }
        }
        this.push(start, at, kind);
      } else if (isLetter(code)) {
        at++;
        while (at < to && isLetter(text.charCodeAt(at))) at++;
        this.push(start, at, WORD);
      } else {
        this.push(start, at + 1, PUNCT);
        at++;
      }
    }
  }

  private push(start: number, end: number, kind: number): void {
    const slot = 3 * this.count;
    let store = this.tokens;
    if (slot + 3 > store.length) {
      store = grownScanStore(store, slot + 3);
      this.tokens = store;
    }
    store[slot] = start;
    store[slot + 1] = end;
    store[slot + 2] = kind;
    this.count++;
  }

  /** Numbers written with an ordinal suffix ("17th"). */
  private isOrdinal(index: number): boolean {
    return this.kindAt(index) === ORDINAL;
  }

  // --- token views --------------------------------------------------------------------------

  isWord(index: number): boolean {
    return this.kindAt(index) === WORD;
  }

  private isNumber(index: number): boolean {
    const kind = this.kindAt(index);
    return kind === NUMBER || kind === ORDINAL;
  }

  /** Lower-case text of a word token, or "" for anything else. */
  lower(index: number): string {
    if (this.kindAt(index) !== WORD) return '';
    return this.text.slice(this.startOf(index), this.endOf(index)).toLowerCase();
  }

  private isPunct(index: number, char: string): boolean {
    return this.kindAt(index) === PUNCT && this.text.charAt(this.startOf(index)) === char;
  }

  private isApostropheAt(index: number): boolean {
    return this.kindAt(index) === PUNCT && isApostrophe(this.text.charCodeAt(this.startOf(index)));
  }

  /** Token `b` starts exactly where token `a` ends (no space between). */
  private touching(a: number, b: number): boolean {
    return b < this.count && this.endOf(a) === this.startOf(b);
  }

  private capitalised(index: number): boolean {
    return this.isWord(index) && isUpperAscii(this.text.charCodeAt(this.startOf(index)));
  }

  private digitCount(index: number): number {
    let count = 0;
    for (let at = this.startOf(index); at < this.endOf(index) && isDigit(this.text.charCodeAt(at)); at++) count++;
    return count;
  }

  /** Integer value of a plain number token ("17", "17th"); -1 for grouped/decimal numbers or more than 4 digits. */
  private intValue(index: number): number {
    if (!this.isNumber(index)) return -1;
    const start = this.startOf(index);
    const digits = this.digitCount(index);
    if (digits > 4) return -1;
    const end = start + digits;
    if (end !== this.endOf(index) && !this.isOrdinal(index)) return -1;
    let value = 0;
    for (let at = start; at < end; at++) value = value * 10 + (this.text.charCodeAt(at) - 48);
    return value;
  }

  /** Anchor for a word token: exact case rules are checked by the matchers. */
  anchorAt(index: number): Anchor | undefined {
    if (this.kindAt(index) !== WORD) return undefined;
    const length = this.endOf(index) - this.startOf(index);
    if (length < 3 || length > LONGEST_ANCHOR) return undefined;
    const start = this.startOf(index);
    const first = this.text.charCodeAt(start);
    const second = this.text.charCodeAt(start + 1);
    if (!isAsciiLetter(first) || !isAsciiLetter(second) || ANCHOR_SHAPES[anchorShapeIndex(first, second, length)] !== 1) return undefined;
    return ANCHORS_BY_SPELLING.get(this.text.slice(this.startOf(index), this.endOf(index)));
  }

  // --- matchers ---------------------------------------------------------------------------

  /** The date expression starting at token `index`, if any. */
  matchAt(index: number, anchor: Anchor | undefined): Match | null {
    const kind = this.kindAt(index);
    if (kind === NUMBER || kind === ORDINAL) return this.matchNumber(index);
    if (kind === PUNCT) return this.matchShortDecade(index);
    if (anchor === undefined) return null;
    switch (anchor.kind) {
      case 'month':
        return this.matchMonth(index, anchor.month, anchor.abbreviation, true);
      case 'weekday':
        return this.matchWeekday(index, anchor.weekday);
      case 'day':
        return this.matchDayWord(index, anchor.amount);
      case 'relative':
        return this.matchRelative(index, anchor.modifier);
      case 'edge':
        return this.matchEdge(index);
      case 'boundary':
        return this.matchBoundary(index);
      case 'yearWord':
        return this.matchYearEnd(index);
      case 'season':
        return this.matchSeason(index);
      case 'holiday':
        return this.matchHoliday(index);
      case 'ago':
        return null; // handled by matchElapsed, which looks back from "ago"
      case 'namedDay':
        return this.matchNamedDay(index);
      case 'weekend':
        return this.lower(index - 1) === 'the' && this.isPlainCase(index) ? { first: index - 1, last: index, meaning: { kind: 'weekend', coming: false } } : null;
      case 'past':
        return this.matchPastPeriod(index);
      case 'ordinalWord':
        return this.matchYearPart(index, anchor.rank);
      case 'coming':
        return this.matchComing(index);
      case 'units':
        return this.matchAhead(index, anchor.unit);
      case 'recent':
        return this.isPlainCase(index) && this.pluralUnitAt(index + 1) ? { first: index, last: index + 1, meaning: { kind: 'vague' } } : null;
      case 'now':
        return null; // handled by matchElapsed, which looks back from "from now"
    }
    return null;
  }

  /** Month names and weekday names count only when capitalised, as English writes them. */
  private properCase(index: number): boolean {
    const code = this.text.charCodeAt(this.startOf(index));
    return isUpperAscii(code);
  }

  private matchDayWord(index: number, amount: number): Match | null {
    if (!this.isPlainCase(index)) return null;
    return { first: index, last: index, meaning: { kind: 'offset', unit: 'day', amount } };
  }

  /** Lower case, or capitalised with the rest lower case, or all capitals. */
  private isPlainCase(index: number): boolean {
    const start = this.startOf(index);
    const end = this.endOf(index);
    let upper = 0;
    for (let at = start; at < end; at++) if (isUpperAscii(this.text.charCodeAt(at))) upper++;
    if (upper === 0) return true;
    if (upper === end - start) return true;
    return upper === 1 && isUpperAscii(this.text.charCodeAt(start));
  }

  /** A day of the month (1–31) at `index`, or -1. */
  private dayNumber(index: number): number {
    if (!this.isNumber(index) || this.digitCount(index) > 2) return -1;
    const value = this.intValue(index);
    return value >= 1 && value <= 31 ? value : -1;
  }

  /** A four-digit year (1000–2099) at `index`, or -1; `strict` applies the checks for a number standing alone. */
  private yearNumber(index: number): number {
    if (!this.isNumber(index) || this.isOrdinal(index) || this.digitCount(index) !== 4) return -1;
    const value = this.intValue(index);
    if (value < 1000 || value > 2099) return -1;
    // A year is not glued to letters or digits ("2004A", "F2004").
    const end = this.endOf(index);
    if (end < this.text.length && isLetter(this.text.charCodeAt(end))) return -1;
    return value;
  }

  /** Month name, optionally followed by a day and/or year; alone it needs to look like a month. */
  private matchMonth(index: number, month: number, abbreviation: boolean, allowAlone: boolean): Match | null {
    if (!this.properCase(index)) {
      // Lower-case month names are accepted only where they cannot be another word.
      if (abbreviation || AMBIGUOUS_MONTHS.has(month) || !this.isPlainCase(index)) return null;
    }
    let next = index + 1;
    if (abbreviation && this.isPunct(next, '.') && this.touching(index, next)) next++;
    // "March 17", "March 17th", "March 17, 2023", "March 20-22"
    const day = this.dayNumber(next);
    if (day > 0 && day <= daysInMonth(2000, month) && !this.isPunct(next + 1, ':') && !this.isPercentOrUnit(next + 1)) {
      let dayLast = next;
      if (this.isPunct(next + 1, '-') && this.touching(next, next + 1) && this.dayNumber(next + 2) > day && this.touching(next + 1, next + 2)) {
        dayLast = next + 2;
      }
      let yearIndex = dayLast + 1;
      if (this.isPunct(yearIndex, ',')) yearIndex++;
      const year = this.yearNumber(yearIndex);
      if (year > 0 && isRealDate(year, month, day)) {
        return { first: index, last: yearIndex, meaning: { kind: 'absolute', year, month, day } };
      }
      const yearOffset = this.relativeYearAt(dayLast + 1);
      if (yearOffset !== null) return { first: index, last: dayLast + 2, meaning: { kind: 'relativeYearDate', month, day, yearOffset } };
      return { first: index, last: dayLast, meaning: { kind: 'monthDay', month, day, modifier: null } };
    }
    // "September 2021", "March of 2021", "March, 2021"
    let yearIndex = next;
    if (this.lower(yearIndex) === 'of' || this.isPunct(yearIndex, ',')) yearIndex++;
    const year = this.yearNumber(yearIndex);
    if (year > 0) return { first: index, last: yearIndex, meaning: { kind: 'absolute', year, month } };
    // "March last year"; "Theresa May last year said" stays a name.
    const yearOffset = this.relativeYearAt(next);
    if (yearOffset !== null && (!abbreviation || next > index + 1) && this.monthStandsAlone(index, month)) return { first: index, last: next + 1, meaning: { kind: 'relativeYearDate', month, yearOffset } };
    if (abbreviation || !allowAlone) return null;
    if (!this.monthStandsAlone(index, month)) return null;
    return { first: index, last: index, meaning: this.yearFromRangeEnd(index, month) ?? { kind: 'month', month, modifier: null } };
  }

  /**
   * A lone month that opens a range takes the year its closing month is given: "from April to October last year",
   * "between November and March 2024" (November of 2023).
   */
  private yearFromRangeEnd(index: number, month: number): Meaning | null {
    const joiner = index + 1;
    const word = this.lower(joiner);
    const joins = word === 'to' || word === 'and' || word === 'through' || word === 'until' || word === 'till' || (this.isPunct(joiner, '-') && this.touching(index, joiner));
    const closing = this.anchorAt(joiner + 1);
    if (!joins || closing?.kind !== 'month' || closing.abbreviation || !this.properCase(joiner + 1)) return null;
    const wraps = closing.month < month ? 1 : 0;
    const year = this.yearNumber(joiner + 2);
    if (year > 0) return { kind: 'absolute', year: year - wraps, month };
    const yearOffset = this.relativeYearAt(joiner + 2);
    return yearOffset === null ? null : { kind: 'relativeYearDate', month, yearOffset: yearOffset - wraps };
  }

  /** -1, 0 or 1 for "last year", "this year" or "next year" starting at `index`, else null. */
  private relativeYearAt(index: number): number | null {
    if (this.lower(index + 1) !== 'year' || !this.isPlainCase(index)) return null;
    const modifier = this.lower(index);
    return modifier === 'last' ? -1 : modifier === 'this' ? 0 : modifier === 'next' ? 1 : null;
  }

  private isPercentOrUnit(index: number): boolean {
    if (this.isPunct(index, '%')) return true;
    const word = this.lower(index);
    return word === 'percent' || word === 'per' || COUNT_NOUNS.has(word);
  }

  /** Whether a lone month name is the month, not "may" the verb or a person called April, June or May. */
  private monthStandsAlone(index: number, month: number): boolean {
    if (!AMBIGUOUS_MONTHS.has(month)) {
      // A name part such as "October Revolution" is still a month reference; a lower-case word glued after is not.
      return true;
    }
    const previous = this.lower(index - 1);
    if (MONTH_CONTEXT_WORDS.has(previous)) return true;
    if (this.isPunct(index - 1, '-') && this.lower(index - 2) === 'mid') return true;
    if (previous === 'of' && PART_OF_WORDS.has(this.lower(index - 2))) return true;
    // A capitalised word after it makes a first name ("April Ryan", "June Carter").
    if (this.capitalised(index + 1) && !this.isMonthToken(index + 1) && this.anchorAt(index + 1)?.kind !== 'weekday') return false;
    // "April and May", "from March to June": another month just before.
    if (previous === 'and' || previous === 'or' || previous === 'to' || this.isPunct(index - 1, '-') || this.isPunct(index - 1, ',')) {
      if (this.isMonthToken(index - 2)) return true;
    }
    // "the May elections": an article before and a lower-case noun after.
    if (previous === 'the' && this.isWord(index + 1) && !this.capitalised(index + 1)) return true;
    // "(April)" as an aside.
    if (this.isPunct(index - 1, '(') && this.isPunct(index + 1, ')')) return true;
    // Mid-sentence after a lower-case word, a capitalised "May" cannot be the verb; a first name would be followed by a surname.
    const previousCode = this.text.charCodeAt(this.startOf(index - 1));
    if (this.isWord(index - 1) && previousCode >= 97 && previousCode <= 122 && previous !== 'by' && previous !== 'to' && !this.capitalised(index + 1)) {
      return !(this.isWord(index + 1) && MODAL_FOLLOWERS.has(this.lower(index + 1)));
    }
    return false;
  }

  /** Weekday name, possibly followed by a full date ("Monday, March 20"). */
  private matchWeekday(index: number, weekday: number): Match | null {
    if (!this.properCase(index) && !this.isPlainCase(index)) return null;
    const next = this.isPunct(index + 1, ',') ? index + 2 : index + 1;
    const monthAnchor = this.anchorAt(next);
    if (monthAnchor !== undefined && monthAnchor.kind === 'month') {
      const date = this.matchMonth(next, monthAnchor.month, monthAnchor.abbreviation, false);
      const namesADay = date !== null && (date.meaning.kind === 'monthDay' || (date.meaning.kind === 'absolute' && date.meaning.day !== undefined));
      if (date !== null && namesADay) {
        // "Monday, March 20": the weekday tells which year's March 20 is meant.
        const meaning: Meaning = date.meaning.kind === 'monthDay' ? { ...date.meaning, weekday } : date.meaning;
        return { first: index, last: date.last, meaning };
      }
    }
    // "Monday 20 March"
    const dayFirst = this.matchDayMonth(next);
    if (dayFirst !== null) return { first: index, last: dayFirst.last, meaning: dayFirst.meaning };
    if (this.capitalised(index + 1) && WEEKDAY_NAME_PARTS.has(this.lower(index + 1))) return null;
    return { first: index, last: index, meaning: { kind: 'weekday', weekday, modifier: null } };
  }

  /** "17 March", "17th of March 2023". */
  private matchDayMonth(index: number): Match | null {
    const day = this.dayNumber(index);
    if (day < 0) return null;
    let monthIndex = index + 1;
    if (this.lower(monthIndex) === 'of' && this.isOrdinal(index)) monthIndex++;
    const anchor = this.anchorAt(monthIndex);
    if (anchor === undefined || anchor.kind !== 'month' || !this.properCase(monthIndex)) return null;
    if (day > daysInMonth(2000, anchor.month)) return null;
    let last = monthIndex;
    if (anchor.abbreviation && this.isPunct(monthIndex + 1, '.') && this.touching(monthIndex, monthIndex + 1)) last++;
    let yearIndex = last + 1;
    if (this.isPunct(yearIndex, ',')) yearIndex++;
    const year = this.yearNumber(yearIndex);
    if (year > 0 && isRealDate(year, anchor.month, day)) {
      return { first: index, last: yearIndex, meaning: { kind: 'absolute', year, month: anchor.month, day } };
    }
    if (anchor.abbreviation && last === monthIndex && !this.capitalised(monthIndex)) return null;
    return { first: index, last, meaning: { kind: 'monthDay', month: anchor.month, day, modifier: null } };
  }

  private matchNumber(index: number): Match | null {
    const shorthand = this.matchShorthandYearPart(index);
    if (shorthand !== null) return shorthand;
    const iso = this.matchNumericDate(index);
    if (iso !== null) return iso;
    const dayMonth = this.matchDayMonth(index);
    if (dayMonth !== null) return dayMonth;
    const century = this.matchCentury(index);
    if (century !== null) return century;
    const decade = this.matchDecade(index);
    if (decade !== null) return decade;
    const year = this.yearNumber(index);
    if (year > 0 && this.looksLikeYear(index, year)) {
      return { first: index, last: index, meaning: { kind: 'absolute', year } };
    }
    return null;
  }

  /** "the 21st century", "the 17th and 18th centuries", "the 9th century A.D.". */
  private matchCentury(index: number): Match | null {
    if (!this.isOrdinal(index)) return null;
    let last = index + 1;
    const joiner = this.lower(last);
    if ((joiner === 'and' || joiner === 'to' || joiner === 'or' || this.isPunct(last, '-')) && this.isOrdinal(last + 1)) last += 2;
    const unit = this.lower(last);
    if (unit !== 'century' && unit !== 'centuries') return null;
    // An era mark written "A.D." or "BC" belongs to the expression.
    const era = this.lower(last + 1);
    if ((era === 'a' || era === 'b') && this.isPunct(last + 2, '.') && ['d', 'c'].includes(this.lower(last + 3)) && this.isPunct(last + 4, '.')) last += 4;
    else if (era === 'ad' || era === 'bc' || era === 'bce' || era === 'ce') last += 1;
    let first = index;
    const previous = this.lower(first - 1);
    if (previous === 'early' || previous === 'late' || previous === 'mid') first--;
    if (this.lower(first - 1) === 'the') first--;
    return { first, last, meaning: { kind: 'vague' } };
  }

  /** ISO "2023-03-17" (or with "/"), and the US "3/17/2023". */
  private matchNumericDate(index: number): Match | null {
    const first = this.intValue(index);
    if (first < 0) return null;
    const separatorIndex = index + 1;
    const separator = this.isPunct(separatorIndex, '-') ? '-' : this.isPunct(separatorIndex, '/') ? '/' : '';
    if (separator === '' || !this.touching(index, separatorIndex) || !this.touching(separatorIndex, index + 2)) return null;
    if (!this.isPunct(index + 3, separator) || !this.touching(index + 2, index + 3) || !this.touching(index + 3, index + 4)) return null;
    const second = this.intValue(index + 2);
    const third = this.intValue(index + 4);
    if (second < 0 || third < 0 || !this.isNumber(index + 4)) return null;
    // A further glued separator and number means a phone number or code, not a date.
    if ((this.isPunct(index + 5, '-') || this.isPunct(index + 5, '/')) && this.touching(index + 4, index + 5)) return null;
    if (this.digitCount(index) === 4 && this.digitCount(index + 2) === 2 && this.digitCount(index + 4) === 2) {
      if (!isRealDate(first, second, third)) return null;
      return { first: index, last: index + 4, meaning: { kind: 'absolute', year: first, month: second, day: third } };
    }
    if (separator === '/' && this.digitCount(index) <= 2 && this.digitCount(index + 2) <= 2) {
      const yearDigits = this.digitCount(index + 4);
      if (yearDigits !== 4 && yearDigits !== 2) return null;
      const year = yearDigits === 2 ? (third < 50 ? 2000 + third : 1900 + third) : third;
      // Month first, as American news writes it, unless only day-first makes a date.
      if (isRealDate(year, first, second)) return { first: index, last: index + 4, meaning: { kind: 'absolute', year, month: first, day: second } };
      if (isRealDate(year, second, first)) return { first: index, last: index + 4, meaning: { kind: 'absolute', year, month: second, day: first } };
    }
    return null;
  }

  /** "1990s", "the 1990s", "the late 1990s", "mid-1990s". */
  private matchDecade(index: number): Match | null {
    const value = this.intValue(index);
    const digits = this.digitCount(index);
    if (value < 0 || value % 10 !== 0 || this.isOrdinal(index) || digits < 2) return null;
    let last: number;
    const introduced = ['the', 'early', 'late', 'mid'].includes(this.lower(index - 1)) || (this.isPunct(index - 1, '-') && this.lower(index - 2) === 'mid');
    if (this.lower(index + 1) === 's' && this.touching(index, index + 1)) last = index + 1;
    else if (this.isApostropheAt(index + 1) && this.touching(index, index + 1) && this.lower(index + 2) === 's' && this.touching(index + 1, index + 2) && introduced) last = index + 2;
    else return null;
    if (last + 1 < this.count && this.touching(last, last + 1) && this.isWord(last + 1)) return null;
    // "1990s" always; "the 90s" or "the 330s" only with an article or modifier in front ("in their 20s" is an age).
    if (digits !== 4 && !introduced) return null;
    if (digits === 4 && (value < 1000 || value > 2090)) return null;
    return { first: this.extendDecadeBack(index), last, meaning: { kind: 'vague' } };
  }

  /** "'90s". */
  private matchShortDecade(index: number): Match | null {
    if (!this.isApostropheAt(index) || !this.touching(index, index + 1) || this.digitCount(index + 1) !== 2) return null;
    const value = this.intValue(index + 1);
    if (value < 0 || value % 10 !== 0 || this.lower(index + 2) !== 's' || !this.touching(index + 1, index + 2)) return null;
    if (index > 0 && this.touching(index - 1, index)) return null;
    return { first: index, last: index + 2, meaning: { kind: 'vague' } };
  }

  private extendDecadeBack(index: number): number {
    let first = index;
    let previous = this.lower(first - 1);
    if (this.isPunct(first - 1, '-') && this.lower(first - 2) === 'mid') {
      first -= 2;
      previous = this.lower(first - 1);
    } else if (previous === 'early' || previous === 'late' || previous === 'mid') {
      first--;
      previous = this.lower(first - 1);
    }
    if (previous === 'the') first--;
    return first;
  }

  /** Whether a four-digit number standing alone reads as a year rather than a count or a label. */
  private looksLikeYear(index: number, year: number): boolean {
    const before = index - 1;
    if (before >= 0 && this.kindAt(before) === PUNCT) {
      const char = this.text.charAt(this.startOf(before));
      if ((char === '$' || char === '£' || char === '€' || char === '#' || char === '+' || char === '¥') && this.touching(before, index)) return false;
      if ((char === '.' || char === ':' || char === ',') && this.touching(before, index) && this.isNumber(before - 1)) return false;
    }
    if (this.isPunct(index + 1, '%')) return false;
    if ((this.isPunct(index + 1, '.') || this.isPunct(index + 1, ':')) && this.touching(index, index + 1) && this.isNumber(index + 2) && this.touching(index + 1, index + 2)) return false;
    const previousWord = this.lower(before);
    if (NUMBER_LABEL_WORDS.has(previousWord)) return false;
    const yearContext = YEAR_CONTEXT_WORDS.has(previousWord) || this.isMonthToken(before);
    const nextWord = this.lower(index + 1);
    if (nextWord !== '' && !this.capitalised(index + 1)) {
      if (COUNT_NOUNS.has(nextWord)) return false;
      const plural = nextWord.length > 3 && nextWord.endsWith('s') && !nextWord.endsWith('ss') && !NON_PLURAL_S_WORDS.has(nextWord);
      if (plural && !yearContext) return false;
    }
    if (yearContext) return true;
    // Without a year-introducing word, only the modern range is likely enough to be a year.
    if (year >= 1900 && year <= 2099) return true;
    return this.kindAt(index + 1) === PUNCT || index + 1 >= this.count;
  }

  private isMonthToken(index: number): boolean {
    const anchor = this.anchorAt(index);
    return anchor !== undefined && anchor.kind === 'month' && this.properCase(index);
  }

  /** "last week", "this year", "next Monday", "last summer", "this past weekend", "last night". */
  private matchRelative(index: number, modifier: Exclude<Modifier, null>): Match | null {
    if (!this.isPlainCase(index)) return null;
    let unitIndex = index + 1;
    let effective: Exclude<Modifier, null> = modifier;
    if (modifier === 'this' && this.lower(unitIndex) === 'past') {
      effective = 'last';
      unitIndex++;
    }
    let unitWord = this.lower(unitIndex);
    // "next fiscal year", "this financial year"
    if (YEAR_KIND_WORDS.has(unitWord) && this.lower(unitIndex + 1) === 'year') {
      unitIndex++;
      unitWord = 'year';
    }
    const amount = effective === 'last' ? -1 : effective === 'next' ? 1 : 0;
    const unit = UNIT_WORDS.get(unitWord);
    const afterArticle = this.lower(index - 1) === 'the';
    if (modifier !== 'this') {
      // "the last six months", "over the next two years": a period, not a point.
      const period = this.matchPeriodAfter(unitIndex, afterArticle);
      if (period !== null && (afterArticle || period > unitIndex)) {
        // "over the next year" looking forward is the year to come; in a story told in the past it counts from another event.
        const singular = period === unitIndex && unit !== undefined && effective === 'next';
        const meaning: Meaning = singular ? { kind: 'ahead', unit, amount: 1 } : { kind: 'vague' };
        return { first: afterArticle ? index - 1 : index, last: period, meaning };
      }
    }
    if (unitWord === 'season') return { first: index, last: unitIndex, meaning: { kind: 'vague' } };
    // "last quarter", "next quarter"; in "the last quarter of 2023" the quarter counts from the year's end, not from now.
    if (unitWord === 'quarter' && this.lower(unitIndex + 1) !== 'of' && this.lower(unitIndex + 1) !== 'century' && !this.isPunct(unitIndex + 1, '-')) {
      return { first: index, last: unitIndex, meaning: { kind: 'offset', unit: 'quarter', amount } };
    }
    if (unit !== undefined && !unitWord.endsWith('s')) {
      if (unit === 'day') return null; // "the last day" is not a calendar reference
      return { first: index, last: unitIndex, meaning: { kind: 'offset', unit, amount } };
    }
    if (unitWord === 'weekend') return { first: index, last: unitIndex, meaning: { kind: 'offset', unit: 'week', amount } };
    if (unitWord === 'night' && effective !== 'next') {
      return { first: index, last: unitIndex, meaning: { kind: 'offset', unit: 'day', amount: effective === 'last' ? -1 : 0 } };
    }
    if ((unitWord === 'morning' || unitWord === 'afternoon' || unitWord === 'evening') && effective === 'this') {
      return { first: index, last: unitIndex, meaning: { kind: 'offset', unit: 'day', amount: 0 } };
    }
    if (unitWord === 'century' || unitWord === 'decade') return { first: index, last: unitIndex, meaning: { kind: 'vague' } };
    const anchor = this.anchorAt(unitIndex);
    if (anchor === undefined) return null;
    if (anchor.kind === 'weekday' && this.properCase(unitIndex)) {
      return { first: index, last: unitIndex, meaning: { kind: 'weekday', weekday: anchor.weekday, modifier: effective } };
    }
    if (anchor.kind === 'month' && !anchor.abbreviation && this.properCase(unitIndex)) {
      const dated = this.matchMonth(unitIndex, anchor.month, false, true);
      if (dated !== null && dated.meaning.kind === 'monthDay') {
        return { first: index, last: dated.last, meaning: { ...dated.meaning, modifier: effective } };
      }
      if (dated !== null && dated.meaning.kind === 'absolute') return { first: index, last: dated.last, meaning: dated.meaning };
      return { first: index, last: unitIndex, meaning: { kind: 'month', month: anchor.month, modifier: effective } };
    }
    if (anchor.kind === 'season') {
      return { first: index, last: unitIndex, meaning: { kind: 'season', season: anchor.season, modifier: effective } };
    }
    return null;
  }

  /** "early next year", "late December", "mid-March", "earlier this month", "late Monday", "early 2023". */
  private matchEdge(index: number): Match | null {
    if (!this.isPlainCase(index)) return null;
    const word = this.lower(index);
    let next = index + 1;
    if (this.isPunct(next, '-') && this.touching(index, next)) {
      if (word !== 'mid') return null;
      next++;
    }
    let inner: Match | null = null;
    if (this.isNumber(next)) {
      inner = this.matchNumber(next);
      if (inner !== null && inner.meaning.kind === 'vague' && inner.first < next) inner = null;
      if (inner === null) {
        // "early 1999" reads as a year even where a bare number would not.
        const year = this.yearNumber(next);
        if (year > 0) inner = { first: next, last: next, meaning: { kind: 'absolute', year } };
      }
    } else {
      const anchor = this.anchorAt(next);
      if (anchor === undefined) return null;
      if (anchor.kind === 'relative') inner = this.matchRelative(next, anchor.modifier);
      else if (anchor.kind === 'month') {
        // After "early"/"late"/"mid" even an ambiguous month name ("late May") is the month.
        inner = this.matchMonth(next, anchor.month, anchor.abbreviation, false);
        if (inner === null && this.properCase(next) && !anchor.abbreviation) {
          inner = { first: next, last: next, meaning: { kind: 'month', month: anchor.month, modifier: null } };
        }
      } else if (anchor.kind === 'weekday' && this.properCase(next)) {
        inner = { first: next, last: next, meaning: { kind: 'weekday', weekday: anchor.weekday, modifier: null } };
      } else if (anchor.kind === 'season') {
        inner = { first: next, last: next, meaning: { kind: 'season', season: anchor.season, modifier: null } };
      }
    }
    if (inner === null || inner.first !== next) return null;
    // "earlier"/"later" only qualify a relative period ("earlier this month"), never a name ("later Monday" is odd).
    if ((word === 'earlier' || word === 'later') && inner.meaning.kind !== 'offset') return null;
    let first = index;
    if (inner.meaning.kind === 'vague' && this.lower(index - 1) === 'the') first--;
    return { first, last: inner.last, meaning: inner.meaning };
  }

  /** "the end of the year", "the end of March", "the beginning of next month". */
  private matchBoundary(index: number): Match | null {
    if (this.lower(index + 1) !== 'of' || !this.isPlainCase(index)) return null;
    let at = index + 2;
    let modifier: Exclude<Modifier, null> = 'this';
    const determiner = this.lower(at);
    if (determiner === 'the' || determiner === 'this' || determiner === 'last' || determiner === 'next') {
      if (determiner === 'last' || determiner === 'next') modifier = determiner;
      at++;
    }
    const unit = UNIT_WORDS.get(this.lower(at));
    let meaning: Meaning | null = null;
    let last = at;
    // "the start of the Year of the Dog" names something else: the unit must be written in lower case.
    const seasonAnchor = this.anchorAt(at);
    if (unit !== undefined && unit !== 'day' && !this.lower(at).endsWith('s') && at > index + 2 && !this.capitalised(at)) {
      meaning = { kind: 'offset', unit, amount: modifier === 'last' ? -1 : modifier === 'next' ? 1 : 0 };
    } else if (seasonAnchor?.kind === 'season' && this.isPlainCase(at) && !this.capitalised(at + 1) && (!this.isWord(at + 1) || SEASON_FOLLOWERS.has(this.lower(at + 1)))) {
      // "the end of summer", "the start of next winter"
      meaning = { kind: 'season', season: seasonAnchor.season, modifier: determiner === 'last' || determiner === 'next' ? determiner : null };
    } else if (at === index + 2) {
      const anchor = this.anchorAt(at);
      if (anchor !== undefined && anchor.kind === 'month' && !anchor.abbreviation && this.properCase(at)) {
        const dated = this.matchMonth(at, anchor.month, false, false);
        meaning = dated !== null ? dated.meaning : { kind: 'month', month: anchor.month, modifier: null };
        if (dated !== null) last = dated.last;
      } else {
        const year = this.yearNumber(at);
        if (year > 0) meaning = { kind: 'absolute', year };
      }
    }
    if (meaning === null) return null;
    const first = this.lower(index - 1) === 'the' ? index - 1 : index;
    return { first, last, meaning };
  }

  /** "year end", "year-end". */
  private matchYearEnd(index: number): Match | null {
    let next = index + 1;
    if (this.isPunct(next, '-') && this.touching(index, next) && this.touching(next, next + 1)) next++;
    if (this.lower(next) !== 'end') return null;
    return { first: index, last: next, meaning: { kind: 'offset', unit: 'year', amount: 0 } };
  }

  /** "summer 2022", "the summer of 2022", "in the summer", "before summer", "by the winter", "in spring the herders move". */
  private matchSeason(index: number): Match | null {
    if (!this.isPlainCase(index)) return null;
    const anchor = this.anchorAt(index);
    if (anchor === undefined || anchor.kind !== 'season') return null;
    let yearIndex = index + 1;
    if (this.lower(yearIndex) === 'of') yearIndex++;
    const year = this.yearNumber(yearIndex);
    if (year > 0) return { first: index, last: yearIndex, meaning: { kind: 'season', season: anchor.season, modifier: null, year } };
    const previous = this.lower(index - 1);
    const word = this.lower(index);
    // "spring" and "fall" are everyday words: alone they need a preposition of time ("in spring"), not just any.
    const clearSeason = word === 'summer' || word === 'winter' || word === 'autumn';
    const introducer = previous === 'the' ? index - 2 : index - 1;
    const introducerWord = this.lower(introducer);
    const introduced = introducerWord === 'of'
      ? SEASON_PART_WORDS.has(this.lower(introducer - 1))
      : previous === 'the' || clearSeason ? SEASON_CONTEXT_WORDS.has(introducerWord) : BARE_SEASON_CONTEXT_WORDS.has(introducerWord);
    if (!introduced) return null;
    const following = this.lower(index + 1);
    // "Spring Valley", "the Summer Palace": a capitalised season before another capitalised word is a name.
    if (this.capitalised(index) && this.capitalised(index + 1)) return null;
    // "the fall of Kabul", "the winter of discontent": "of" without a year makes the season a figure of speech.
    if (following === 'of') return null;
    // "a fall in prices", "offset by fall to …", "fall 5%": the noun, not the season.
    if (!clearSeason && previous !== 'the' && (following === 'in' || following === 'to' || following === 'from' || following === 'by' || this.isNumber(index + 1))) return null;
    // "the summer months" or "winter storms" describe weather, not a time; a noun glued after makes it an adjective.
    if (this.isWord(index + 1) && !this.capitalised(index + 1) && !SEASON_FOLLOWERS.has(following)) return null;
    return { first: index, last: index, meaning: { kind: 'season', season: anchor.season, modifier: null } };
  }

  /** Named days written "X Day" ("Labor Day", "Martin Luther King Day", "Valentine's Day"): a holiday, without a computed value. */
  private matchNamedDay(index: number): Match | null {
    if (!this.properCase(index)) return null;
    let first = index;
    for (let words = 0; words < 4; words++) {
      let candidate = first - 1;
      // "Valentine's Day", "Mother's Day"
      if (this.lower(candidate) === 's' && this.isApostropheAt(candidate - 1) && this.touching(candidate - 1, candidate)) candidate -= 2;
      if (!this.capitalised(candidate) || NAMED_DAY_STOPS.has(this.lower(candidate))) break;
      const anchor = this.anchorAt(candidate);
      if (anchor?.kind === 'weekday' || anchor?.kind === 'month') break;
      first = candidate;
      // A sentence's first word may open the name; nothing before it belongs to it.
      if (this.startsSentence(candidate)) break;
    }
    if (first === index) return null;
    return { first, last: index, meaning: { kind: 'vague' } };
  }

  /** Whether a token opens a sentence (after a terminator or a line break). */
  private startsSentence(index: number): boolean {
    if (index <= 0) return true;
    const previous = this.kindAt(index - 1) === PUNCT ? this.text.charAt(this.startOf(index - 1)) : '';
    if (previous === '.' || previous === '!' || previous === '?') return true;
    return this.text.slice(this.endOf(index - 1), this.startOf(index)).includes('\n');
  }

  /** "the past week", "the past 18 months", "the past few years": a period reaching up to now, without a single value. */
  private matchPastPeriod(index: number): Match | null {
    if (this.lower(index - 1) !== 'the' || !this.isPlainCase(index)) return null;
    const period = this.matchPeriodAfter(index + 1, true);
    return period === null ? null : { first: index - 1, last: period, meaning: { kind: 'vague' } };
  }

  /** The last token of a period ("week", "decade", "18 months", "few years") starting at `index`, or null. */
  private matchPeriodAfter(index: number, singularAllowed: boolean): number | null {
    const word = this.lower(index);
    if (singularAllowed && (word === 'week' || word === 'month' || word === 'year' || word === 'decade' || word === 'century')) return index;
    let unitIndex = index + 1;
    if (this.isNumber(index)) {
      if (this.intValue(index) < 1) return null;
    } else if (!NUMBER_WORDS.has(word) && !VAGUE_QUANTITIES.has(word)) return null;
    if (word === 'a' || word === 'an') return null;
    if (this.lower(unitIndex) === 'of' && word === 'couple') unitIndex++;
    const unit = this.lower(unitIndex);
    if (unit === 'days' || unit === 'weeks' || unit === 'months' || unit === 'years' || unit === 'decades') return unitIndex;
    return null;
  }

  /**
   * "the fourth quarter", "the first quarter of 2023", "the second half of last year", "third-quarter". A half needs
   * its year ("the second half" alone is as likely a match's), a quarter without one is chosen by tense.
   */
  private matchYearPart(index: number, rank: number): Match | null {
    let next = index + 1;
    if (this.isPunct(next, '-') && this.touching(index, next)) next++;
    const partWord = this.lower(next);
    const code = partWord === 'quarter' ? 'Q' : partWord === 'half' && rank <= 2 ? 'H' : null;
    if (code === null || !this.isPlainCase(index)) return null;
    const first = this.lower(index - 1) === 'the' ? index - 1 : index;
    let yearIndex = next + 1;
    if (this.lower(yearIndex) === 'of') yearIndex++;
    const year = this.yearNumber(yearIndex);
    if (year > 0) return { first, last: yearIndex, meaning: { kind: 'yearPart', code, part: rank, year } };
    if (this.lower(next + 1) === 'of') {
      // "of last year", "of the year", "of this fiscal year"
      const determiner = this.lower(next + 2);
      let unitIndex = next + 3;
      if (YEAR_KIND_WORDS.has(this.lower(unitIndex)) && this.lower(unitIndex + 1) === 'year') unitIndex++;
      const yearOffset = determiner === 'last' ? -1 : determiner === 'next' ? 1 : determiner === 'this' || determiner === 'the' ? 0 : null;
      if (yearOffset !== null && this.lower(unitIndex) === 'year') {
        return { first, last: unitIndex, meaning: { kind: 'relativeYearPart', code, part: rank, yearOffset } };
      }
    }
    // Without a year, "the fourth quarter" and "fourth-quarter results" read as a period; "a third quarter" (a share) and
    // "a first-half goal" (a match's half) do not.
    if ((first === index && next === index + 1) || code === 'H') return null;
    return { first, last: next, meaning: { kind: 'relativeYearPart', code, part: rank, yearOffset: null } };
  }

  /** "Q4", "Q3 2023", "H1": a quarter or half written in the business shorthand, at its number token. */
  private matchShorthandYearPart(index: number): Match | null {
    const letter = index - 1;
    if (!this.isWord(letter) || !this.touching(letter, index) || this.endOf(letter) - this.startOf(letter) !== 1) return null;
    const code = this.text.charAt(this.startOf(letter));
    const part = this.intValue(index);
    if (this.digitCount(index) !== 1 || !((code === 'Q' && part >= 1 && part <= 4) || (code === 'H' && (part === 1 || part === 2)))) return null;
    // Glued to more letters or digits ("Q4s", "H1N1") it is a name, not a period.
    if (index + 1 < this.count && this.touching(index, index + 1) && !this.isPunct(index + 1, ',') && !this.isPunct(index + 1, '.')) return null;
    if (letter > 0 && this.touching(letter - 1, letter)) return null;
    const year = this.yearNumber(index + 1);
    if (year > 0) return { first: letter, last: index + 1, meaning: { kind: 'yearPart', code, part, year } };
    return { first: letter, last: index, meaning: { kind: 'relativeYearPart', code, part, yearOffset: null } };
  }

  /** "the coming year", "the coming weeks", "this coming Monday". */
  private matchComing(index: number): Match | null {
    const previous = this.lower(index - 1);
    if ((previous !== 'the' && previous !== 'this') || !this.isPlainCase(index)) return null;
    const first = index - 1;
    let unitIndex = index + 1;
    let unitWord = this.lower(unitIndex);
    if (YEAR_KIND_WORDS.has(unitWord) && this.lower(unitIndex + 1) === 'year') {
      unitIndex++;
      unitWord = 'year';
    }
    if (this.pluralUnitAt(unitIndex) || unitWord === 'decade') return { first, last: unitIndex, meaning: { kind: 'vague' } };
    const unit = unitWord === 'quarter' ? 'quarter' : UNIT_WORDS.get(unitWord);
    if (unit !== undefined && unit !== 'day') return { first, last: unitIndex, meaning: { kind: 'offset', unit, amount: 1 } };
    if (unitWord === 'weekend') return { first, last: unitIndex, meaning: { kind: 'weekend', coming: true } };
    const anchor = this.anchorAt(unitIndex);
    if (anchor?.kind === 'weekday' && this.properCase(unitIndex)) {
      return { first, last: unitIndex, meaning: { kind: 'weekday', weekday: anchor.weekday, modifier: 'next' } };
    }
    if (anchor?.kind === 'season' && this.isPlainCase(unitIndex)) {
      return { first, last: unitIndex, meaning: { kind: 'season', season: anchor.season, modifier: null } };
    }
    return null;
  }

  /** Whether a superlative or "first" earlier in the clause governs the span after `preposition` ("the biggest drop in five years"). */
  private spanLookedBackOver(preposition: number): boolean {
    for (let distance = 1; distance <= SPAN_HEAD_REACH; distance++) {
      const index = preposition - distance;
      // Punctuation ends the clause, except the dots of an abbreviation ("for U.S. forces in two years").
      const abbreviationDot = this.isPunct(index, '.') && this.isWord(index - 1) && this.endOf(index - 1) - this.startOf(index - 1) === 1;
      if (!this.isWord(index) && !this.isNumber(index) && !abbreviationDot) return false;
      const word = this.lower(index);
      if (SPAN_HEADS.has(word) || (word.length > 4 && word.endsWith('est') && !EST_NOT_SUPERLATIVE.has(word))) return true;
    }
    return false;
  }

  /** Plural time units, as in "recent weeks" or "the coming months". */
  private pluralUnitAt(index: number): boolean {
    const word = this.lower(index);
    return word === 'days' || word === 'weeks' || word === 'months' || word === 'years' || word === 'decades';
  }

  /**
   * "in two weeks", "in three months' time", "within 28 days": a span counted forward from now, found at its unit. The
   * preposition stays outside the span, as with every other date; superlatives ("the lowest in five years") look back.
   */
  private matchAhead(index: number, unit: Unit): Match | null {
    if (!this.isPlainCase(index)) return null;
    let quantityIndex = index - 1;
    let word = this.lower(quantityIndex);
    let amount: number;
    let first = quantityIndex;
    if (word === 'of' && this.lower(quantityIndex - 1) === 'couple') {
      quantityIndex--;
      first = quantityIndex;
      word = 'couple';
    }
    if (this.isNumber(quantityIndex)) amount = this.isOrdinal(quantityIndex) ? -1 : this.intValue(quantityIndex);
    else if (VAGUE_QUANTITIES.has(word)) amount = 0;
    else amount = NUMBER_WORDS.get(word) ?? -1;
    if (amount < 0 || (amount === 1 && !this.isNumber(quantityIndex))) return null;
    if ((word === 'few' || word === 'couple') && this.lower(first - 1) === 'a') first--;
    let preposition = first - 1;
    // "in just two weeks", "in about three months"
    const hedge = this.lower(preposition);
    if (hedge === 'just' || hedge === 'about' || hedge === 'around' || hedge === 'roughly' || hedge === 'another' || hedge === 'only') preposition--;
    const prepositionWord = this.lower(preposition);
    if (prepositionWord !== 'in' && prepositionWord !== 'within') return null;
    if (this.spanLookedBackOver(preposition)) return null;
    let last = index;
    if (this.isApostropheAt(index + 1) && this.touching(index, index + 1) && this.lower(index + 2) === 'time') last = index + 2;
    else if (this.lower(index + 1) === 'of' || this.lower(index + 1) === 'ago') return null;
    return { first, last, meaning: amount === 0 ? { kind: 'vague' } : { kind: 'ahead', unit, amount } };
  }

  /** Christmas, Christmas Eve, Easter (Sunday), Good Friday, New Year's Day/Eve. */
  private matchHoliday(index: number): Match | null {
    // "in the new year": the coming calendar year, or the one just begun when the report is from its first months.
    if (this.lower(index - 1) === 'the' && this.lower(index + 1) === 'year' && this.text.charCodeAt(this.startOf(index)) === 110 && this.text.charCodeAt(this.startOf(index + 1)) === 121) {
      return { first: index - 1, last: index + 1, meaning: { kind: 'newYear' } };
    }
    if (!this.properCase(index)) return null;
    const word = this.lower(index);
    if (word === 'christmas') {
      const next = this.lower(index + 1);
      if (next === 'eve' && this.capitalised(index + 1)) return { first: index, last: index + 1, meaning: { kind: 'monthDay', month: 12, day: 24, modifier: null } };
      const last = next === 'day' && this.capitalised(index + 1) ? index + 1 : index;
      return { first: index, last, meaning: { kind: 'monthDay', month: 12, day: 25, modifier: null } };
    }
    if (word === 'easter') {
      const last = this.lower(index + 1) === 'sunday' ? index + 1 : index;
      return { first: index, last, meaning: { kind: 'easter', shiftDays: 0 } };
    }
    if (word === 'good') {
      if (this.lower(index + 1) !== 'friday' || !this.capitalised(index + 1)) return null;
      return { first: index, last: index + 1, meaning: { kind: 'easter', shiftDays: -2 } };
    }
    // "New Year's Day", "New Year's Eve"
    if (this.lower(index + 1) !== 'year' || !this.capitalised(index + 1) || !this.isApostropheAt(index + 2) || this.lower(index + 3) !== 's') return null;
    const day = this.lower(index + 4);
    if (day === 'day' && this.capitalised(index + 4)) return { first: index, last: index + 4, meaning: { kind: 'monthDay', month: 1, day: 1, modifier: null } };
    if (day === 'eve' && this.capitalised(index + 4)) return { first: index, last: index + 4, meaning: { kind: 'monthDay', month: 12, day: 31, modifier: null } };
    return null;
  }

  /**
   * "two years ago", "a week ago", "several months ago", looking back from the token "ago"; "two days later" and
   * "a year earlier" count relative to another event, so they are found without a value.
   */
  matchElapsed(index: number, earliest: number): Match | null {
    const closing = this.lower(index);
    if (!this.isPlainCase(index)) return null;
    // "two weeks from now" counts forward from the document date.
    const forward = closing === 'now';
    if (forward && this.lower(index - 1) !== 'from') return null;
    const unitIndex = forward ? index - 2 : index - 1;
    const unitWord = this.lower(unitIndex);
    const unit = UNIT_WORDS.get(unitWord) ?? (unitWord === 'decade' || unitWord === 'decades' ? 'year' : undefined);
    if (unit === undefined) return null;
    const scale = unitWord.startsWith('decade') ? 10 : 1;
    const quantityIndex = unitIndex - 1;
    if (quantityIndex < earliest) return null;
    const quantityWord = this.lower(quantityIndex);
    let amount = -1;
    let first = quantityIndex;
    if (this.isNumber(quantityIndex)) amount = this.intValue(quantityIndex);
    else if (NUMBER_WORDS.has(quantityWord)) amount = NUMBER_WORDS.get(quantityWord) ?? -1;
    else if (VAGUE_QUANTITIES.has(quantityWord)) {
      amount = 0;
      // "a few", "a couple of"
      if (quantityWord === 'couple' || quantityWord === 'few') {
        if (this.lower(quantityIndex - 1) === 'a' && quantityIndex - 1 >= earliest) first = quantityIndex - 1;
      }
    } else if (quantityWord === 'of' && this.lower(quantityIndex - 1) === 'couple') {
      amount = 0;
      first = this.lower(quantityIndex - 2) === 'a' && quantityIndex - 2 >= earliest ? quantityIndex - 2 : quantityIndex - 1;
    } else return null;
    if (amount < 0) return null;
    if (amount === 0 || (closing !== 'ago' && !forward)) return { first, last: index, meaning: { kind: 'vague' } };
    return { first, last: index, meaning: { kind: 'offset', unit, amount: (forward ? amount : -amount) * scale } };
  }

  // --- tense ------------------------------------------------------------------------------

  /** First token index whose start is at or after `position`. */
  tokenAtOrAfter(position: number): number {
    return partitionPoint(this.count, (index) => this.startOf(index) < position);
  }

  /**
   * The direction a date points to. A construction that governs the date decides first ("postponed until", "set for",
   * a reporting verb the date stands by); otherwise the nearest tense cue in its sentence (tokens
   * sentenceFirst..sentenceLast) does.
   */
  tenseAround(first: number, last: number, sentenceFirst: number, sentenceLast: number, namesWeekday: boolean): Tense {
    const prepositionIndex = this.prepositionBefore(first);
    const preposition = this.lower(prepositionIndex);
    // "since October" can only look back.
    if (preposition === 'since') return -1;
    if (this.scheduledForward(prepositionIndex, preposition, sentenceFirst)) return 1;
    // "has been postponed until autumn": a present perfect before "until" describes a state lasting into the future.
    const context: CueContext = { untilDate: preposition === 'until' || preposition === 'till', namesWeekday };
    const before = this.nearestCue(first, -1, sentenceFirst, context);
    // "told the regional parliament on Thursday that it would raise taxes": the date belongs to the telling, unless the
    // date opens the reported clause itself ("warned the vote in May could be delayed").
    if (before.reportsFirst && this.cueAt(last + 1, context, false)?.tense !== 1) return -1;
    const after = this.nearestCue(last, 1, sentenceLast, context);
    // "On Thursday, the minister told parliament it would…": a date opening its sentence belongs to the verb after it.
    if (before.score === Infinity && after.reportsFirst && first - sentenceFirst <= 2) return -1;
    if (before.score === Infinity && after.score === Infinity) return 0;
    // On a tie the past wins: reports mostly tell what happened.
    if (before.score === after.score) return before.tense < 0 || after.tense < 0 ? -1 : before.tense;
    return before.score < after.score ? before.tense : after.tense;
  }

  /** The token before a date that may be its preposition, past "at least" ("until at least August") and "the". */
  private prepositionBefore(first: number): number {
    let at = first - 1;
    if (this.lower(at) === 'least' && this.lower(at - 1) === 'at') at -= 2;
    if (this.lower(at) === 'the') at--;
    return at;
  }

  /**
   * Whether the date is what a postponing or scheduling verb moves the event to: "postponed until at least August",
   * "adjourned the case to April 2", "remanded in custody until Thursday", "a hearing was set for April 12".
   */
  private scheduledForward(prepositionIndex: number, preposition: string, sentenceFirst: number): boolean {
    const postponing = preposition === 'until' || preposition === 'till' || preposition === 'to';
    if (!postponing && preposition !== 'for') return false;
    for (let distance = 1; distance <= GOVERNOR_REACH; distance++) {
      const index = prepositionIndex - distance;
      // The verb must be in the same stretch of words: punctuation ends the search.
      if (index < sentenceFirst || this.kindAt(index) === PUNCT) return false;
      const word = this.lower(index);
      if (postponing ? POSTPONING_VERBS.has(word) : SCHEDULING_VERBS.has(word)) return true;
    }
    return false;
  }

  /**
   * The best tense cue on one side of a date, up to `bound` (inclusive): nearer is better, weak cues count double
   * beyond two tokens, and cues past a clause boundary ("; ", ", and …") count as further away. `reportsFirst` tells
   * whether the first cue met is a past reporting verb close by in the same clause.
   */
  private nearestCue(from: number, step: -1 | 1, bound: number, context: CueContext): { score: number; tense: Tense; reportsFirst: boolean } {
    let bestScore = Infinity;
    let bestTense: Tense = 0;
    let penalty = 0;
    let reportsFirst = false;
    // A cue further than a long clause away says nothing about this date; the cap also keeps the scan linear.
    for (let distance = 1; distance <= MAX_CUE_DISTANCE && distance + penalty < bestScore; distance++) {
      const index = from + step * distance;
      if (step < 0 ? index < bound : index > bound) break;
      if (this.isClauseBoundary(index)) {
        penalty += CLAUSE_PENALTY;
        continue;
      }
      const cue = this.cueAt(index, context, step < 0);
      if (cue === null) continue;
      if (bestScore === Infinity) reportsFirst = cue.reporting && penalty === 0 && distance <= REPORTING_REACH;
      // A weak cue counts fully only right by the date ("said Friday", "announced on Friday").
      const score = (cue.strong || distance <= 2 ? distance : distance * 2 + 1) + penalty;
      if (score < bestScore || (score === bestScore && cue.tense < 0)) {
        bestScore = score;
        bestTense = cue.tense;
      }
    }
    return { score: bestScore, tense: bestTense, reportsFirst };
  }

  /** A semicolon, or a comma before a coordinating word, which starts another clause with its own tense. */
  private isClauseBoundary(index: number): boolean {
    if (this.isPunct(index, ';')) return true;
    return this.isPunct(index, ',') && CLAUSE_OPENERS.has(this.lower(index + 1));
  }

  /** The tense cue at a token, if any; `lookingBack` is set when the date lies after it. */
  private cueAt(index: number, context: CueContext, lookingBack: boolean): { tense: Tense; strong: boolean; reporting: boolean } | null {
    if (!this.isWord(index)) return null;
    const code = this.text.charCodeAt(this.startOf(index));
    if (code < 97 || code > 122) return null; // cues are lower-case words, so the text itself is the key
    const word = this.text.slice(this.startOf(index), this.endOf(index));
    if (word === 'to') return lookingBack && this.opensPlannedAction(index, context.namesWeekday) ? FUTURE_CUE : null;
    if (word === 'won' && this.isApostropheAt(index + 1)) return FUTURE_CUE; // "won't"
    if (word === 'll' && this.isApostropheAt(index - 1)) return FUTURE_CUE;
    if (word === 'going' && this.lower(index + 1) === 'to') return FUTURE_CUE;
    if (word === 'set' && this.lower(index + 1) === 'to') {
      // "is set to", "was set to reopen": a plan, even told in the past.
      const before = this.lower(index - 1);
      if (WEAK_FUTURE_CUES.has(before) || before === 'was' || before === 'were') return FUTURE_CUE;
    }
    if (FUTURE_CUES.has(word)) return FUTURE_CUE;
    if (FORWARD_MODALS.has(word)) {
      // "could not be reached on Monday", "may have left on Friday" look back; "could begin in the autumn" ahead.
      const following = this.lower(index + 1);
      if (following === 'have' || (word === 'could' && following === 'not')) return null;
      return FUTURE_CUE;
    }
    // "… after beating Bilbao on Thursday": what came before the main event is past (for a date inside that clause only).
    if (lookingBack && word.length > 4 && word.endsWith('ing') && this.lower(index - 1) === 'after') return PAST_CUE;
    // The word before is read only for the few words that are cues, so the scan stays cheap.
    if (PAST_CUES.has(word)) {
      // "will be held", "is expected to last": a participle or infinitive after an auxiliary carries no tense of its own.
      if (PASSIVE_AUXILIARIES.has(this.lower(index - 1))) return null;
      return REPORTING_VERBS.has(word) ? REPORTING_CUE : PAST_CUE;
    }
    if (WEAK_FUTURE_CUES.has(word)) return WEAK_FUTURE_CUE;
    if (SCHEDULED_PRESENT_VERBS.has(word)) {
      // "will host", "to meet", "the face of": a bare verb or a noun, not a present tense.
      const previous = this.lower(index - 1);
      if (PASSIVE_AUXILIARIES.has(previous) || DETERMINERS.has(previous)) return null;
      return WEAK_FUTURE_CUE;
    }
    if (context.untilDate && (word === 'has' || word === 'have' || word === 'been')) return WEAK_FUTURE_CUE;
    if (WEAK_PAST_CUES.has(word)) {
      if (REPORTING_VERBS.has(word)) return PASSIVE_AUXILIARIES.has(this.lower(index - 1)) ? null : WEAK_REPORTING_CUE;
      return WEAK_PAST_CUE;
    }
    if (word.length >= 5 && word.endsWith('ed') && !word.endsWith('eed') && !ED_NOT_PAST.has(word)) {
      if (PASSIVE_AUXILIARIES.has(this.lower(index - 1))) return null;
      return REPORTING_VERBS.has(word) ? WEAK_REPORTING_CUE : WEAK_PAST_CUE;
    }
    return null;
  }

  /**
   * Whether "to" at `index` opens an infinitive of plan or order ("voted last month to shut …", "plans to reopen …").
   * Under a past governor a weekday still dates the governing act unless that act has a date of its own before "to":
   * news writes "voted to shut the pool on Monday" for Monday's vote, but "voted to shut it on September 15" for the
   * closure.
   */
  private opensPlannedAction(index: number, namesWeekday: boolean): boolean {
    const verb = this.lower(index + 1);
    if (verb === '' || NOT_VERBS_AFTER_TO.has(verb) || DETERMINERS.has(verb) || this.anchorAt(index + 1) !== undefined) return false;
    let datedBetween = false;
    for (let distance = 1; distance <= GOVERNOR_REACH; distance++) {
      const at = index - distance;
      if (!this.isWord(at)) return false;
      const word = this.lower(at);
      if (FORWARD_GOVERNORS.has(word)) {
        const pastGovernor = PAST_CUES.has(word) || word.endsWith('ed') || word === 'told' || word === 'sought' || word === 'chose';
        return !pastGovernor || datedBetween || !namesWeekday;
      }
      if (this.anchorAt(at) !== undefined) datedBetween = true;
    }
    return false;
  }
}

/** What the tense scan knows about the date it serves. */
interface CueContext {
  /** The date follows "until": a present perfect before it ("has been closed until") reaches forward. */
  untilDate: boolean;
  /** The date is a weekday or weekend, which news uses for the days around the report. */
  namesWeekday: boolean;
}

const FUTURE_CUE = { tense: 1, strong: true, reporting: false } as const;
const WEAK_FUTURE_CUE = { tense: 1, strong: false, reporting: false } as const;
const PAST_CUE = { tense: -1, strong: true, reporting: false } as const;
const WEAK_PAST_CUE = { tense: -1, strong: false, reporting: false } as const;
const REPORTING_CUE = { tense: -1, strong: true, reporting: true } as const;
const WEAK_REPORTING_CUE = { tense: -1, strong: false, reporting: true } as const;

// ---------------------------------------------------------------------------------------------
// Public entry point

function parseReference(documentDate: string | null): Reference | null {
  if (documentDate === null) return null;
  // The engine calls this once per paragraph with an already normalised date: read that shape directly.
  if (documentDate.length === 10 && documentDate.charCodeAt(4) === 45 && documentDate.charCodeAt(7) === 45) {
    const year = Number(documentDate.slice(0, 4));
    const month = Number(documentDate.slice(5, 7));
    const day = Number(documentDate.slice(8, 10));
    if (Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && isRealDate(year, month, day) && !/[^0-9-]/.test(documentDate)) {
      return { ms: Date.UTC(year, month - 1, day), year, month, day };
    }
  }
  const normalised = normaliseIsoDate(documentDate);
  if (normalised === null) return null;
  const year = Number(normalised.slice(0, 4));
  const month = Number(normalised.slice(5, 7));
  const day = Number(normalised.slice(8, 10));
  return { ms: Date.UTC(year, month - 1, day), year, month, day };
}

/**
 * One token store for every scan: a scan's tokens are read only until findDates returns, and the engine
 * scans paragraph after paragraph, so a store per scan made some fourteen megabytes of garbage per
 * megabyte of text. It grows with the paragraphs scanned, up to a bound: a text longer than any paragraph
 * (a whole book without blank lines) gets a store of its own, which is not kept.
 */
let scratchTokens = new Int32Array(3 * 1024);
const MAX_KEPT_SLOTS = 3 * 65_536;

function scanStore(slots: number): Int32Array {
  if (scratchTokens.length >= slots) return scratchTokens;
  const store = new Int32Array(slots);
  if (slots <= MAX_KEPT_SLOTS) scratchTokens = store;
  return store;
}

/** The store, doubled past `slots`, with what it held: for punctuation-heavy text past the estimate. */
function grownScanStore(store: Int32Array, slots: number): Int32Array {
  const grown = new Int32Array(Math.max(slots, store.length * 2));
  grown.set(store);
  if (grown.length <= MAX_KEPT_SLOTS) scratchTokens = grown;
  return grown;
}

/** Farthest token distance at which a tense cue still counts. */
const MAX_CUE_DISTANCE = 40;
/** How many words back a governing verb may stand from its preposition or its "to" ("remanded him in custody until"). */
const GOVERNOR_REACH = 6;

/** Extra distance for a cue that lies in another clause than the date. */
const CLAUSE_PENALTY = 8;
/** Words that open a new clause after a comma. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'yet', 'so', 'or']);

/** How far to look for a sentence boundary when the caller gave no sentence around a date. */
const SENTENCE_SEARCH_LIMIT = 600;

/** The sentence around `position`: from the caller's spans when one contains it, else the stretch between terminators. */
function sentenceAround(text: string, position: number, sentences: ReadonlyArray<SentenceSpan>, from: number, to: number): SentenceSpan {
  // Sentences are in reading order and do not overlap: the first that ends after the position is the only candidate.
  const candidate = sentences[partitionPoint(sentences.length, (index) => sentences[index].end <= position)];
  if (candidate !== undefined && candidate.start <= position) return candidate;
  let start = position;
  const lowest = Math.max(from, position - SENTENCE_SEARCH_LIMIT);
  while (start > lowest) {
    const code = text.charCodeAt(start - 1);
    if (code === 10 || ((code === 46 || code === 33 || code === 63) && start < text.length && isSpace(text.charCodeAt(start)))) break;
    start--;
  }
  let end = position;
  const highest = Math.min(to, position + SENTENCE_SEARCH_LIMIT);
  while (end < highest) {
    const code = text.charCodeAt(end);
    if (code === 10) break;
    end++;
    if ((code === 46 || code === 33 || code === 63) && (end >= text.length || isSpace(text.charCodeAt(end)))) break;
  }
  return { start, end };
}

/**
 * Every date expression in text[from, to) (whole text by default), resolved against `documentDate` (YYYY-MM-DD or null:
 * then found but value left undefined, except absolute dates which always get their value). `sentences` are sentence
 * spans, used for tense (past points back, future forward). Results sorted by start, non-overlapping.
 */
export function findDates(
  text: string,
  sentences: ReadonlyArray<{ start: number; end: number }>,
  documentDate: string | null,
  from = 0,
  to = text.length,
): FoundDate[] {
  const rangeStart = Math.max(0, Math.min(from, text.length));
  const rangeEnd = Math.max(rangeStart, Math.min(to, text.length));
  const scanner = new DateScanner(text, rangeStart, rangeEnd);
  const reference = parseReference(documentDate);
  const found: FoundDate[] = [];
  let nextFree = 0; // first token not yet inside a found date
  const count = scanner.tokenCount;
  for (let index = 0; index < count; index++) {
    const anchor = scanner.anchorAt(index);
    // "ago", "later" and "earlier" end an expression that started tokens ago ("two years ago").
    const closesPeriod = anchor !== undefined && (anchor.kind === 'ago' || anchor.kind === 'now' || (anchor.kind === 'edge' && anchor.closesPeriod));
    const match = (closesPeriod ? scanner.matchElapsed(index, nextFree) : null) ?? scanner.matchAt(index, anchor);
    if (match === null || match.first < nextFree) continue;
    const start = scanner.startOf(match.first);
    const end = scanner.endOf(match.last);
    const date: FoundDate = { start, end, text: text.slice(start, end) };
    // Tense is worked out only for the dates whose value depends on it.
    const tense = (): Tense => {
      const sentence = sentenceAround(text, start, sentences, rangeStart, rangeEnd);
      const sentenceFirst = scanner.tokenAtOrAfter(sentence.start);
      const sentenceLast = scanner.tokenAtOrAfter(sentence.end) - 1;
      const namesWeekday = match.meaning.kind === 'weekday' || match.meaning.kind === 'weekend';
      return scanner.tenseAround(match.first, match.last, sentenceFirst, sentenceLast, namesWeekday);
    };
    const value = reference !== null ? resolveMeaning(match.meaning, reference, tense) : absoluteValue(match.meaning);
    if (value !== undefined) date.value = value;
    found.push(date);
    nextFree = match.last + 1;
    index = match.last;
  }
  return found;
}
