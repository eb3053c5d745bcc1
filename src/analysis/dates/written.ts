// Matchers for dates written out: month and weekday names, day numbers and years, numeric dates, decades and
// centuries, holidays, named days and seasons. Each reads the tokens from a start token and returns the span and
// meaning of the date found there, or null.
import { daysInMonth, isRealDate } from './calendar';
import type { DateTokens } from './dateTokens';
import { isLowerAscii } from '../text/chars';
import type { Match, Meaning } from './meaning';
import {
  AMBIGUOUS_MONTHS, BARE_SEASON_CONTEXT_WORDS, COUNT_NOUNS, MODAL_FOLLOWERS, MONTH_CONTEXT_WORDS, NAMED_DAY_STOPS, NON_PLURAL_S_WORDS,
  NUMBER_LABEL_WORDS, PART_OF_WORDS, SEASON_CONTEXT_WORDS, SEASON_FOLLOWERS, SEASON_PART_WORDS, WEEKDAY_NAME_PARTS, YEAR_CONTEXT_WORDS,
} from './words';

/** Words that join the two months of a range: "from April to October", "between November and March". */
const RANGE_JOINERS = new Set(['to', 'and', 'through', 'until', 'till']);
/** Words before a decade that make "the 90s" a decade rather than an age ("in their 20s"). */
const DECADE_INTRODUCERS = new Set(['the', 'early', 'late', 'mid']);
/** Signs glued before a number that make it an amount or a label, not a year ("$2004", "#1999"). */
const NUMBER_PREFIXES = ['$', '£', '€', '#', '+', '¥'];
/** Words after "fall" or "spring" that make it the verb or the noun: "a fall in prices", "spring to mind". */
const VERB_FALL_FOLLOWERS = new Set(['in', 'to', 'from', 'by']);

/** A fixed day of the year, resolved to the year the tense points to (Christmas Eve, New Year's Day). */
function dayOfYear(month: number, day: number): Meaning {
  return { kind: 'monthDay', month, day, modifier: null };
}

/** Whether a match names one day (not only a month or a year). */
function namesADay(meaning: Meaning): boolean {
  return meaning.kind === 'monthDay' || (meaning.kind === 'absolute' && meaning.day !== undefined);
}

/** Month name, optionally followed by a day and/or year; alone it needs to look like a month. */
export function matchMonth(t: DateTokens, index: number, month: number, abbreviation: boolean, allowAlone: boolean): Match | null {
  if (!t.properCase(index)) {
    // Lower-case month names are accepted only where they cannot be another word.
    if (abbreviation || AMBIGUOUS_MONTHS.has(month) || !t.isPlainCase(index)) return null;
  }
  let next = index + 1;
  if (abbreviation && t.isPunct(next, '.') && t.touching(index, next)) next++;
  // "March 17", "March 17th", "March 17, 2023", "March 20-22"
  const day = t.dayNumber(next);
  if (day > 0 && day <= daysInMonth(2000, month) && !t.isPunct(next + 1, ':') && !isPercentOrUnit(t, next + 1)) {
    let dayLast = next;
    if (t.isPunct(next + 1, '-') && t.touching(next, next + 1) && t.dayNumber(next + 2) > day && t.touching(next + 1, next + 2)) {
      dayLast = next + 2;
    }
    let yearIndex = dayLast + 1;
    if (t.isPunct(yearIndex, ',')) yearIndex++;
    const year = t.yearNumber(yearIndex);
    if (year > 0 && isRealDate(year, month, day)) {
      return { first: index, last: yearIndex, meaning: { kind: 'absolute', year, month, day } };
    }
    const yearOffset = t.relativeYearAt(dayLast + 1);
    if (yearOffset !== null) return { first: index, last: dayLast + 2, meaning: { kind: 'relativeYearDate', month, day, yearOffset } };
    return { first: index, last: dayLast, meaning: { kind: 'monthDay', month, day, modifier: null } };
  }
  // "September 2021", "March of 2021", "March, 2021"
  let yearIndex = next;
  if (t.lower(yearIndex) === 'of' || t.isPunct(yearIndex, ',')) yearIndex++;
  const year = t.yearNumber(yearIndex);
  if (year > 0) return { first: index, last: yearIndex, meaning: { kind: 'absolute', year, month } };
  // "March last year"; "Theresa May last year said" stays a name.
  const yearOffset = t.relativeYearAt(next);
  if (yearOffset !== null && (!abbreviation || next > index + 1) && monthStandsAlone(t, index, month)) {
    return { first: index, last: next + 1, meaning: { kind: 'relativeYearDate', month, yearOffset } };
  }
  if (abbreviation || !allowAlone) return null;
  if (!monthStandsAlone(t, index, month)) return null;
  return { first: index, last: index, meaning: yearFromRangeEnd(t, index, month) ?? { kind: 'month', month, modifier: null } };
}

/**
 * A lone month that opens a range takes the year its closing month is given: "from April to October last year",
 * "between November and March 2024" (November of 2023).
 */
function yearFromRangeEnd(t: DateTokens, index: number, month: number): Meaning | null {
  const joiner = index + 1;
  const word = t.lower(joiner);
  const joins = RANGE_JOINERS.has(word) || (t.isPunct(joiner, '-') && t.touching(index, joiner));
  const closing = t.anchorAt(joiner + 1);
  if (!joins || closing?.kind !== 'month' || closing.abbreviation || !t.properCase(joiner + 1)) return null;
  const wraps = closing.month < month ? 1 : 0;
  const year = t.yearNumber(joiner + 2);
  if (year > 0) return { kind: 'absolute', year: year - wraps, month };
  const yearOffset = t.relativeYearAt(joiner + 2);
  return yearOffset === null ? null : { kind: 'relativeYearDate', month, yearOffset: yearOffset - wraps };
}

function isPercentOrUnit(t: DateTokens, index: number): boolean {
  if (t.isPunct(index, '%')) return true;
  const word = t.lower(index);
  return word === 'percent' || word === 'per' || COUNT_NOUNS.has(word);
}

/** Whether a lone month name is the month, not "may" the verb or a person called April, June or May. */
function monthStandsAlone(t: DateTokens, index: number, month: number): boolean {
  // "the March Hare", "a June Bride": after an article and before a capitalised word, the month names a thing.
  const article = t.lower(index - 1) === 'the' || t.lower(index - 1) === 'a';
  if (article && t.capitalised(index + 1) && !t.isMonthToken(index + 1) && t.anchorAt(index + 1) === undefined) return false;
  if (!AMBIGUOUS_MONTHS.has(month)) {
    // A name part such as "October Revolution" is still a month reference; a lower-case word glued after is not.
    return true;
  }
  const previous = t.lower(index - 1);
  if (MONTH_CONTEXT_WORDS.has(previous)) return true;
  if (t.isPunct(index - 1, '-') && t.lower(index - 2) === 'mid') return true;
  if (previous === 'of' && PART_OF_WORDS.has(t.lower(index - 2))) return true;
  // A capitalised word after it makes a first name ("April Ryan", "June Carter").
  if (t.capitalised(index + 1) && !t.isMonthToken(index + 1) && t.anchorAt(index + 1)?.kind !== 'weekday') return false;
  // "April and May", "from March to June": another month just before.
  if (previous === 'and' || previous === 'or' || previous === 'to' || t.isPunct(index - 1, '-') || t.isPunct(index - 1, ',')) {
    if (t.isMonthToken(index - 2)) return true;
  }
  // "the May elections": an article before and a lower-case noun after.
  if (previous === 'the' && t.isWord(index + 1) && !t.capitalised(index + 1)) return true;
  // "(April)" as an aside.
  if (t.isPunct(index - 1, '(') && t.isPunct(index + 1, ')')) return true;
  // Mid-sentence after a lower-case word, a capitalised "May" cannot be the verb; a first name would be followed by a surname.
  const previousCode = t.text.charCodeAt(t.startOf(index - 1));
  const afterLowerCaseWord = t.isWord(index - 1) && isLowerAscii(previousCode) && previous !== 'by' && previous !== 'to';
  if (afterLowerCaseWord && !t.capitalised(index + 1)) {
    return !(t.isWord(index + 1) && MODAL_FOLLOWERS.has(t.lower(index + 1)));
  }
  return false;
}

/** Weekday name, possibly followed by a full date ("Monday, March 20"). */
export function matchWeekday(t: DateTokens, index: number, weekday: number): Match | null {
  if (!t.properCase(index) && !t.isPlainCase(index)) return null;
  const next = t.isPunct(index + 1, ',') ? index + 2 : index + 1;
  const monthAnchor = t.anchorAt(next);
  if (monthAnchor !== undefined && monthAnchor.kind === 'month') {
    const date = matchMonth(t, next, monthAnchor.month, monthAnchor.abbreviation, false);
    if (date !== null && namesADay(date.meaning)) {
      // "Monday, March 20": the weekday tells which year's March 20 is meant.
      const meaning: Meaning = date.meaning.kind === 'monthDay' ? { ...date.meaning, weekday } : date.meaning;
      return { first: index, last: date.last, meaning };
    }
  }
  // "Monday 20 March"
  const dayFirst = matchDayMonth(t, next);
  if (dayFirst !== null) return { first: index, last: dayFirst.last, meaning: dayFirst.meaning };
  if (t.capitalised(index + 1) && WEEKDAY_NAME_PARTS.has(t.lower(index + 1))) return null;
  return { first: index, last: index, meaning: { kind: 'weekday', weekday, modifier: null } };
}

/** "17 March", "17th of March 2023". */
function matchDayMonth(t: DateTokens, index: number): Match | null {
  const day = t.dayNumber(index);
  if (day < 0) return null;
  let monthIndex = index + 1;
  if (t.lower(monthIndex) === 'of' && t.isOrdinal(index)) monthIndex++;
  const anchor = t.anchorAt(monthIndex);
  if (anchor === undefined || anchor.kind !== 'month' || !t.properCase(monthIndex)) return null;
  if (day > daysInMonth(2000, anchor.month)) return null;
  let last = monthIndex;
  if (anchor.abbreviation && t.isPunct(monthIndex + 1, '.') && t.touching(monthIndex, monthIndex + 1)) last++;
  let yearIndex = last + 1;
  if (t.isPunct(yearIndex, ',')) yearIndex++;
  const year = t.yearNumber(yearIndex);
  if (year > 0 && isRealDate(year, anchor.month, day)) {
    return { first: index, last: yearIndex, meaning: { kind: 'absolute', year, month: anchor.month, day } };
  }
  if (anchor.abbreviation && last === monthIndex && !t.capitalised(monthIndex)) return null;
  return { first: index, last, meaning: { kind: 'monthDay', month: anchor.month, day, modifier: null } };
}

export function matchNumber(t: DateTokens, index: number): Match | null {
  const shorthand = matchShorthandYearPart(t, index);
  if (shorthand !== null) return shorthand;
  const iso = matchNumericDate(t, index);
  if (iso !== null) return iso;
  const dayMonth = matchDayMonth(t, index);
  if (dayMonth !== null) return dayMonth;
  const century = matchCentury(t, index);
  if (century !== null) return century;
  const decade = matchDecade(t, index);
  if (decade !== null) return decade;
  const year = t.yearNumber(index);
  if (year > 0 && looksLikeYear(t, index, year)) {
    return { first: index, last: index, meaning: { kind: 'absolute', year } };
  }
  return null;
}

/** "the 21st century", "the 17th and 18th centuries", "the 9th century A.D.". */
function matchCentury(t: DateTokens, index: number): Match | null {
  if (!t.isOrdinal(index)) return null;
  let last = index + 1;
  const joiner = t.lower(last);
  if ((joiner === 'and' || joiner === 'to' || joiner === 'or' || t.isPunct(last, '-')) && t.isOrdinal(last + 1)) last += 2;
  const unit = t.lower(last);
  if (unit !== 'century' && unit !== 'centuries') return null;
  // An era mark written "A.D." or "BC" belongs to the expression.
  const era = t.lower(last + 1);
  const dottedEra = (era === 'a' || era === 'b') && t.isPunct(last + 2, '.') && (t.lower(last + 3) === 'd' || t.lower(last + 3) === 'c') &&
    t.isPunct(last + 4, '.');
  if (dottedEra) last += 4;
  else if (era === 'ad' || era === 'bc' || era === 'bce' || era === 'ce') last += 1;
  let first = index;
  const previous = t.lower(first - 1);
  if (previous === 'early' || previous === 'late' || previous === 'mid') first--;
  if (t.lower(first - 1) === 'the') first--;
  return { first, last, meaning: { kind: 'vague' } };
}

/** ISO "2023-03-17" (or with "/"), and the US "3/17/2023". */
function matchNumericDate(t: DateTokens, index: number): Match | null {
  const first = t.intValue(index);
  if (first < 0) return null;
  const separatorIndex = index + 1;
  const separator = t.isPunct(separatorIndex, '-') ? '-' : t.isPunct(separatorIndex, '/') ? '/' : '';
  if (separator === '' || !t.touching(index, separatorIndex) || !t.touching(separatorIndex, index + 2)) return null;
  if (!t.isPunct(index + 3, separator) || !t.touching(index + 2, index + 3) || !t.touching(index + 3, index + 4)) return null;
  const second = t.intValue(index + 2);
  const third = t.intValue(index + 4);
  if (second < 0 || third < 0 || !t.isNumber(index + 4)) return null;
  // A further glued separator and number means a phone number or code, not a date.
  if ((t.isPunct(index + 5, '-') || t.isPunct(index + 5, '/')) && t.touching(index + 4, index + 5)) return null;
  if (t.digitCount(index) === 4 && t.digitCount(index + 2) === 2 && t.digitCount(index + 4) === 2) {
    if (!isRealDate(first, second, third)) return null;
    return { first: index, last: index + 4, meaning: { kind: 'absolute', year: first, month: second, day: third } };
  }
  if (separator === '/' && t.digitCount(index) <= 2 && t.digitCount(index + 2) <= 2) {
    const yearDigits = t.digitCount(index + 4);
    if (yearDigits !== 4 && yearDigits !== 2) return null;
    const year = yearDigits === 2 ? (third < 50 ? 2000 + third : 1900 + third) : third;
    // Month first, as American news writes it, unless only day-first makes a date.
    const last = index + 4;
    if (isRealDate(year, first, second)) return { first: index, last, meaning: { kind: 'absolute', year, month: first, day: second } };
    if (isRealDate(year, second, first)) return { first: index, last, meaning: { kind: 'absolute', year, month: second, day: first } };
  }
  return null;
}

/** "1990s", "the 1990s", "the late 1990s", "mid-1990s". */
function matchDecade(t: DateTokens, index: number): Match | null {
  const value = t.intValue(index);
  const digits = t.digitCount(index);
  if (value < 0 || value % 10 !== 0 || t.isOrdinal(index) || digits < 2) return null;
  let last: number;
  const introduced = DECADE_INTRODUCERS.has(t.lower(index - 1)) || (t.isPunct(index - 1, '-') && t.lower(index - 2) === 'mid');
  if (t.lower(index + 1) === 's' && t.touching(index, index + 1)) last = index + 1;
  else if (introduced && t.isApostropheAt(index + 1) && t.touching(index, index + 1) && gluedS(t, index + 2)) last = index + 2;
  else return null;
  if (last + 1 < t.tokenCount && t.touching(last, last + 1) && t.isWord(last + 1)) return null;
  // "1990s" always; "the 90s" or "the 330s" only with an article or modifier in front ("in their 20s" is an age).
  if (digits !== 4 && !introduced) return null;
  if (digits === 4 && (value < 1000 || value > 2090)) return null;
  return { first: extendDecadeBack(t, index), last, meaning: { kind: 'vague' } };
}

/** "'90s". */
export function matchShortDecade(t: DateTokens, index: number): Match | null {
  if (!t.isApostropheAt(index) || !t.touching(index, index + 1) || t.digitCount(index + 1) !== 2) return null;
  const value = t.intValue(index + 1);
  if (value < 0 || value % 10 !== 0 || t.lower(index + 2) !== 's' || !t.touching(index + 1, index + 2)) return null;
  if (index > 0 && t.touching(index - 1, index)) return null;
  return { first: index, last: index + 2, meaning: { kind: 'vague' } };
}

function extendDecadeBack(t: DateTokens, index: number): number {
  let first = index;
  let previous = t.lower(first - 1);
  if (t.isPunct(first - 1, '-') && t.lower(first - 2) === 'mid') {
    first -= 2;
    previous = t.lower(first - 1);
  } else if (previous === 'early' || previous === 'late' || previous === 'mid') {
    first--;
    previous = t.lower(first - 1);
  }
  if (previous === 'the') first--;
  return first;
}

/** Whether a four-digit number standing alone reads as a year rather than a count or a label. */
function looksLikeYear(t: DateTokens, index: number, year: number): boolean {
  const before = index - 1;
  if (before >= 0 && t.isPunctuation(before)) {
    const char = t.text.charAt(t.startOf(before));
    if (NUMBER_PREFIXES.includes(char) && t.touching(before, index)) return false;
    if ((char === '.' || char === ':' || char === ',') && t.touching(before, index) && t.isNumber(before - 1)) return false;
  }
  if (t.isPunct(index + 1, '%')) return false;
  // "2004.5", "1200:30": a decimal or a time, not a year.
  const separated = t.isPunct(index + 1, '.') || t.isPunct(index + 1, ':');
  if (separated && t.touching(index, index + 1) && t.isNumber(index + 2) && t.touching(index + 1, index + 2)) return false;
  const previousWord = t.lower(before);
  if (NUMBER_LABEL_WORDS.has(previousWord)) return false;
  const yearContext = YEAR_CONTEXT_WORDS.has(previousWord) || t.isMonthToken(before);
  const nextWord = t.lower(index + 1);
  if (nextWord !== '' && !t.capitalised(index + 1)) {
    if (COUNT_NOUNS.has(nextWord)) return false;
    const plural = nextWord.length > 3 && nextWord.endsWith('s') && !nextWord.endsWith('ss') && !NON_PLURAL_S_WORDS.has(nextWord);
    if (plural && !yearContext) return false;
  }
  if (yearContext) return true;
  // Without a year-introducing word, only the modern range is likely enough to be a year.
  if (year >= 1900 && year <= 2099) return true;
  return t.isPunctuation(index + 1) || index + 1 >= t.tokenCount;
}

/** Christmas, Christmas Eve, Easter (Sunday), Good Friday, New Year's Day/Eve. */
export function matchHoliday(t: DateTokens, index: number): Match | null {
  // "in the new year": the coming calendar year, or the one just begun when the report is from its first months.
  const lowerCase = (at: number): boolean => isLowerAscii(t.text.charCodeAt(t.startOf(at)));
  const newYear = t.lower(index) === 'new' && t.lower(index + 1) === 'year' && lowerCase(index) && lowerCase(index + 1);
  if (newYear && t.lower(index - 1) === 'the') {
    return { first: index - 1, last: index + 1, meaning: { kind: 'newYear' } };
  }
  if (!t.properCase(index)) return null;
  const word = t.lower(index);
  if (word === 'christmas') {
    const next = t.lower(index + 1);
    if (next === 'eve' && t.capitalised(index + 1)) return { first: index, last: index + 1, meaning: dayOfYear(12, 24) };
    const last = next === 'day' && t.capitalised(index + 1) ? index + 1 : index;
    return { first: index, last, meaning: { kind: 'monthDay', month: 12, day: 25, modifier: null } };
  }
  if (word === 'easter') {
    const last = t.lower(index + 1) === 'sunday' ? index + 1 : index;
    return { first: index, last, meaning: { kind: 'easter', shiftDays: 0 } };
  }
  if (word === 'good') {
    if (t.lower(index + 1) !== 'friday' || !t.capitalised(index + 1)) return null;
    return { first: index, last: index + 1, meaning: { kind: 'easter', shiftDays: -2 } };
  }
  // "New Year's Day", "New Year's Eve"
  if (t.lower(index + 1) !== 'year' || !t.capitalised(index + 1) || !t.isApostropheAt(index + 2) || t.lower(index + 3) !== 's') return null;
  const day = t.lower(index + 4);
  if (day === 'day' && t.capitalised(index + 4)) return { first: index, last: index + 4, meaning: dayOfYear(1, 1) };
  if (day === 'eve' && t.capitalised(index + 4)) return { first: index, last: index + 4, meaning: dayOfYear(12, 31) };
  return null;
}

/** Named days written "X Day" ("Labor Day", "Martin Luther King Day", "Valentine's Day"): a holiday, without a computed value. */
export function matchNamedDay(t: DateTokens, index: number): Match | null {
  if (!t.properCase(index)) return null;
  let first = index;
  for (let words = 0; words < 4; words++) {
    let candidate = first - 1;
    // "Valentine's Day", "Mother's Day"
    if (t.lower(candidate) === 's' && t.isApostropheAt(candidate - 1) && t.touching(candidate - 1, candidate)) candidate -= 2;
    if (!t.capitalised(candidate) || NAMED_DAY_STOPS.has(t.lower(candidate))) break;
    const anchor = t.anchorAt(candidate);
    if (anchor?.kind === 'weekday' || anchor?.kind === 'month') break;
    first = candidate;
    // A sentence's first word may open the name; nothing before it belongs to it.
    if (t.startsSentence(candidate)) break;
  }
  if (first === index) return null;
  return { first, last: index, meaning: { kind: 'vague' } };
}

/** "Q4", "Q3 2023", "H1": a quarter or half written in the business shorthand, at its number token. */
function matchShorthandYearPart(t: DateTokens, index: number): Match | null {
  const letter = index - 1;
  if (!t.isWord(letter) || !t.touching(letter, index) || t.endOf(letter) - t.startOf(letter) !== 1) return null;
  const code = t.text.charAt(t.startOf(letter));
  const part = t.intValue(index);
  if (t.digitCount(index) !== 1 || !((code === 'Q' && part >= 1 && part <= 4) || (code === 'H' && (part === 1 || part === 2)))) return null;
  // Glued to more letters or digits ("Q4s", "H1N1") it is a name, not a period.
  if (index + 1 < t.tokenCount && t.touching(index, index + 1) && !t.isPunct(index + 1, ',') && !t.isPunct(index + 1, '.')) return null;
  if (letter > 0 && t.touching(letter - 1, letter)) return null;
  const year = t.yearNumber(index + 1);
  if (year > 0) return { first: letter, last: index + 1, meaning: { kind: 'yearPart', code, part, year } };
  return { first: letter, last: index, meaning: { kind: 'relativeYearPart', code, part, yearOffset: null } };
}

/** "summer 2022", "the summer of 2022", "in the summer", "before summer", "by the winter", "in spring the herders move". */
export function matchSeason(t: DateTokens, index: number): Match | null {
  if (!t.isPlainCase(index)) return null;
  const anchor = t.anchorAt(index);
  if (anchor === undefined || anchor.kind !== 'season') return null;
  let yearIndex = index + 1;
  if (t.lower(yearIndex) === 'of') yearIndex++;
  const year = t.yearNumber(yearIndex);
  if (year > 0) return { first: index, last: yearIndex, meaning: { kind: 'season', season: anchor.season, modifier: null, year } };
  const previous = t.lower(index - 1);
  const word = t.lower(index);
  // "spring" and "fall" are everyday words: alone they need a preposition of time ("in spring"), not just any.
  const clearSeason = word === 'summer' || word === 'winter' || word === 'autumn';
  const introducer = previous === 'the' ? index - 2 : index - 1;
  const introducerWord = t.lower(introducer);
  const introduced = introducerWord === 'of'
    ? SEASON_PART_WORDS.has(t.lower(introducer - 1))
    : previous === 'the' || clearSeason ? SEASON_CONTEXT_WORDS.has(introducerWord) : BARE_SEASON_CONTEXT_WORDS.has(introducerWord);
  if (!introduced) return null;
  const following = t.lower(index + 1);
  // "Spring Valley", "the Summer Palace": a capitalised season before another capitalised word is a name.
  if (t.capitalised(index) && t.capitalised(index + 1)) return null;
  // "the fall of Kabul", "the winter of discontent": "of" without a year makes the season a figure of speech.
  if (following === 'of') return null;
  // "a fall in prices", "offset by fall to …", "fall 5%": the noun, not the season.
  if (!clearSeason && previous !== 'the' && (VERB_FALL_FOLLOWERS.has(following) || t.isNumber(index + 1))) return null;
  // "the summer months" or "winter storms" describe weather, not a time; a noun glued after makes it an adjective.
  if (t.isWord(index + 1) && !t.capitalised(index + 1) && !SEASON_FOLLOWERS.has(following)) return null;
  return { first: index, last: index, meaning: { kind: 'season', season: anchor.season, modifier: null } };
}

/** An "s" glued to the token before it, as in "1990s" or "90's". */
function gluedS(t: DateTokens, index: number): boolean {
  return t.lower(index) === 's' && t.touching(index - 1, index);
}
