// Matchers for dates relative to the document date or to another event: "yesterday", "last week", "early next
// year", "the end of March", "in two weeks", "two years ago", "the coming months", "the fourth quarter".
import type { DateTokens } from './dateTokens';
import type { Match, Meaning, Modifier, Unit } from './meaning';
import { EST_NOT_SUPERLATIVE, NUMBER_WORDS, SEASON_FOLLOWERS, SPAN_HEADS, UNIT_WORDS, VAGUE_QUANTITIES, YEAR_KIND_WORDS } from './words';

/** How many words back from "in" a superlative or "first" still governs the span. */
const SPAN_HEAD_REACH = 8;
/** Words that soften a span without changing it: "in just two weeks", "in about three months". */
const SPAN_HEDGES = new Set(['just', 'about', 'around', 'roughly', 'another', 'only']);
import { matchMonth, matchNumber } from './written';

export function matchDayWord(t: DateTokens, index: number, amount: number): Match | null {
  if (!t.isPlainCase(index)) return null;
  return { first: index, last: index, meaning: { kind: 'offset', unit: 'day', amount } };
}

/** "last week", "this year", "next Monday", "last summer", "this past weekend", "last night". */
export function matchRelative(t: DateTokens, index: number, modifier: Exclude<Modifier, null>): Match | null {
  if (!t.isPlainCase(index)) return null;
  let unitIndex = index + 1;
  let effective: Exclude<Modifier, null> = modifier;
  if (modifier === 'this' && t.lower(unitIndex) === 'past') {
    effective = 'last';
    unitIndex++;
  }
  let unitWord = t.lower(unitIndex);
  // "next fiscal year", "this financial year"
  if (YEAR_KIND_WORDS.has(unitWord) && t.lower(unitIndex + 1) === 'year') {
    unitIndex++;
    unitWord = 'year';
  }
  const amount = effective === 'last' ? -1 : effective === 'next' ? 1 : 0;
  const unit = UNIT_WORDS.get(unitWord);
  const afterArticle = t.lower(index - 1) === 'the';
  if (modifier !== 'this') {
    // "the last six months", "over the next two years": a period, not a point.
    const period = matchPeriodAfter(t, unitIndex, afterArticle);
    if (period !== null && (afterArticle || period > unitIndex)) {
      // "over the next year" looking forward is the year to come; in a story told in the past it counts from another event.
      const singular = period === unitIndex && unit !== undefined && effective === 'next';
      const meaning: Meaning = singular ? { kind: 'ahead', unit, amount: 1 } : { kind: 'vague' };
      return { first: afterArticle ? index - 1 : index, last: period, meaning };
    }
  }
  if (unitWord === 'season') return { first: index, last: unitIndex, meaning: { kind: 'vague' } };
  // "last quarter", "next quarter"; in "the last quarter of 2023" the quarter counts from the year's end, not from now.
  if (unitWord === 'quarter' && t.lower(unitIndex + 1) !== 'of' && t.lower(unitIndex + 1) !== 'century' && !t.isPunct(unitIndex + 1, '-')) {
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
  const anchor = t.anchorAt(unitIndex);
  if (anchor === undefined) return null;
  if (anchor.kind === 'weekday' && t.properCase(unitIndex)) {
    return { first: index, last: unitIndex, meaning: { kind: 'weekday', weekday: anchor.weekday, modifier: effective } };
  }
  if (anchor.kind === 'month' && !anchor.abbreviation && t.properCase(unitIndex)) {
    const dated = matchMonth(t, unitIndex, anchor.month, false, true);
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
export function matchEdge(t: DateTokens, index: number): Match | null {
  if (!t.isPlainCase(index)) return null;
  const word = t.lower(index);
  let next = index + 1;
  if (t.isPunct(next, '-') && t.touching(index, next)) {
    if (word !== 'mid') return null;
    next++;
  }
  let inner: Match | null = null;
  if (t.isNumber(next)) {
    inner = matchNumber(t, next);
    if (inner !== null && inner.meaning.kind === 'vague' && inner.first < next) inner = null;
    if (inner === null) {
      // "early 1999" reads as a year even where a bare number would not.
      const year = t.yearNumber(next);
      if (year > 0) inner = { first: next, last: next, meaning: { kind: 'absolute', year } };
    }
  } else {
    const anchor = t.anchorAt(next);
    if (anchor === undefined) return null;
    if (anchor.kind === 'relative') inner = matchRelative(t, next, anchor.modifier);
    else if (anchor.kind === 'month') {
      // After "early"/"late"/"mid" even an ambiguous month name ("late May") is the month.
      inner = matchMonth(t, next, anchor.month, anchor.abbreviation, false);
      if (inner === null && t.properCase(next) && !anchor.abbreviation) {
        inner = { first: next, last: next, meaning: { kind: 'month', month: anchor.month, modifier: null } };
      }
    } else if (anchor.kind === 'weekday' && t.properCase(next)) {
      inner = { first: next, last: next, meaning: { kind: 'weekday', weekday: anchor.weekday, modifier: null } };
    } else if (anchor.kind === 'season') {
      inner = { first: next, last: next, meaning: { kind: 'season', season: anchor.season, modifier: null } };
    }
  }
  if (inner === null || inner.first !== next) return null;
  // "earlier"/"later" only qualify a relative period ("earlier this month"), never a name ("later Monday" is odd).
  if ((word === 'earlier' || word === 'later') && inner.meaning.kind !== 'offset') return null;
  let first = index;
  if (inner.meaning.kind === 'vague' && t.lower(index - 1) === 'the') first--;
  return { first, last: inner.last, meaning: inner.meaning };
}

/** "the end of the year", "the end of March", "the beginning of next month". */
export function matchBoundary(t: DateTokens, index: number): Match | null {
  if (t.lower(index + 1) !== 'of' || !t.isPlainCase(index)) return null;
  let at = index + 2;
  let modifier: Exclude<Modifier, null> = 'this';
  const determiner = t.lower(at);
  if (determiner === 'the' || determiner === 'this' || determiner === 'last' || determiner === 'next') {
    if (determiner === 'last' || determiner === 'next') modifier = determiner;
    at++;
  }
  const unit = UNIT_WORDS.get(t.lower(at));
  let meaning: Meaning | null = null;
  let last = at;
  // "the start of the Year of the Dog" names something else: the unit must be written in lower case.
  const seasonAnchor = t.anchorAt(at);
  if (unit !== undefined && unit !== 'day' && !t.lower(at).endsWith('s') && at > index + 2 && !t.capitalised(at)) {
    meaning = { kind: 'offset', unit, amount: modifier === 'last' ? -1 : modifier === 'next' ? 1 : 0 };
  } else if (seasonAnchor?.kind === 'season' && t.isPlainCase(at) && !t.capitalised(at + 1) && seasonStandsAlone(t, at)) {
    // "the end of summer", "the start of next winter"
    meaning = { kind: 'season', season: seasonAnchor.season, modifier: determiner === 'last' || determiner === 'next' ? determiner : null };
  } else if (at === index + 2) {
    const anchor = t.anchorAt(at);
    if (anchor !== undefined && anchor.kind === 'month' && !anchor.abbreviation && t.properCase(at)) {
      const dated = matchMonth(t, at, anchor.month, false, false);
      meaning = dated !== null ? dated.meaning : { kind: 'month', month: anchor.month, modifier: null };
      if (dated !== null) last = dated.last;
    } else {
      const year = t.yearNumber(at);
      if (year > 0) meaning = { kind: 'absolute', year };
    }
  }
  if (meaning === null) return null;
  const first = t.lower(index - 1) === 'the' ? index - 1 : index;
  return { first, last, meaning };
}

/** "year end", "year-end". */
export function matchYearEnd(t: DateTokens, index: number): Match | null {
  let next = index + 1;
  if (t.isPunct(next, '-') && t.touching(index, next) && t.touching(next, next + 1)) next++;
  if (t.lower(next) !== 'end') return null;
  return { first: index, last: next, meaning: { kind: 'offset', unit: 'year', amount: 0 } };
}

/** "the past week", "the past 18 months", "the past few years": a period reaching up to now, without a single value. */
export function matchPastPeriod(t: DateTokens, index: number): Match | null {
  if (t.lower(index - 1) !== 'the' || !t.isPlainCase(index)) return null;
  const period = matchPeriodAfter(t, index + 1, true);
  return period === null ? null : { first: index - 1, last: period, meaning: { kind: 'vague' } };
}

/** The last token of a period ("week", "decade", "18 months", "few years") starting at `index`, or null. */
function matchPeriodAfter(t: DateTokens, index: number, singularAllowed: boolean): number | null {
  const word = t.lower(index);
  if (singularAllowed && (word === 'week' || word === 'month' || word === 'year' || word === 'decade' || word === 'century')) return index;
  let unitIndex = index + 1;
  if (t.isNumber(index)) {
    if (t.intValue(index) < 1) return null;
  } else if (!NUMBER_WORDS.has(word) && !VAGUE_QUANTITIES.has(word)) return null;
  if (word === 'a' || word === 'an') return null;
  if (t.lower(unitIndex) === 'of' && word === 'couple') unitIndex++;
  const unit = t.lower(unitIndex);
  if (unit === 'days' || unit === 'weeks' || unit === 'months' || unit === 'years' || unit === 'decades') return unitIndex;
  return null;
}

/**
 * "the fourth quarter", "the first quarter of 2023", "the second half of last year", "third-quarter". A half needs
 * its year ("the second half" alone is as likely a match's), a quarter without one is chosen by tense.
 */
export function matchYearPart(t: DateTokens, index: number, rank: number): Match | null {
  let next = index + 1;
  if (t.isPunct(next, '-') && t.touching(index, next)) next++;
  const partWord = t.lower(next);
  const code = partWord === 'quarter' ? 'Q' : partWord === 'half' && rank <= 2 ? 'H' : null;
  if (code === null || !t.isPlainCase(index)) return null;
  const first = t.lower(index - 1) === 'the' ? index - 1 : index;
  let yearIndex = next + 1;
  if (t.lower(yearIndex) === 'of') yearIndex++;
  const year = t.yearNumber(yearIndex);
  if (year > 0) return { first, last: yearIndex, meaning: { kind: 'yearPart', code, part: rank, year } };
  if (t.lower(next + 1) === 'of') {
    // "of last year", "of the year", "of this fiscal year"
    const determiner = t.lower(next + 2);
    let unitIndex = next + 3;
    if (YEAR_KIND_WORDS.has(t.lower(unitIndex)) && t.lower(unitIndex + 1) === 'year') unitIndex++;
    const yearOffset = determiner === 'last' ? -1 : determiner === 'next' ? 1 : determiner === 'this' || determiner === 'the' ? 0 : null;
    if (yearOffset !== null && t.lower(unitIndex) === 'year') {
      return { first, last: unitIndex, meaning: { kind: 'relativeYearPart', code, part: rank, yearOffset } };
    }
  }
  // Without a year, "the fourth quarter" and "fourth-quarter results" read as a period; "a third quarter" (a share) and
  // "a first-half goal" (a match's half) do not.
  if ((first === index && next === index + 1) || code === 'H') return null;
  return { first, last: next, meaning: { kind: 'relativeYearPart', code, part: rank, yearOffset: null } };
}

/** "the coming year", "the coming weeks", "this coming Monday". */
export function matchComing(t: DateTokens, index: number): Match | null {
  const previous = t.lower(index - 1);
  if ((previous !== 'the' && previous !== 'this') || !t.isPlainCase(index)) return null;
  const first = index - 1;
  let unitIndex = index + 1;
  let unitWord = t.lower(unitIndex);
  if (YEAR_KIND_WORDS.has(unitWord) && t.lower(unitIndex + 1) === 'year') {
    unitIndex++;
    unitWord = 'year';
  }
  if (t.pluralUnitAt(unitIndex) || unitWord === 'decade') return { first, last: unitIndex, meaning: { kind: 'vague' } };
  const unit = unitWord === 'quarter' ? 'quarter' : UNIT_WORDS.get(unitWord);
  if (unit !== undefined && unit !== 'day') return { first, last: unitIndex, meaning: { kind: 'offset', unit, amount: 1 } };
  if (unitWord === 'weekend') return { first, last: unitIndex, meaning: { kind: 'weekend', coming: true } };
  const anchor = t.anchorAt(unitIndex);
  if (anchor?.kind === 'weekday' && t.properCase(unitIndex)) {
    return { first, last: unitIndex, meaning: { kind: 'weekday', weekday: anchor.weekday, modifier: 'next' } };
  }
  if (anchor?.kind === 'season' && t.isPlainCase(unitIndex)) {
    return { first, last: unitIndex, meaning: { kind: 'season', season: anchor.season, modifier: null } };
  }
  return null;
}

/** Whether a superlative or "first" earlier in the clause governs the span after `preposition` ("the biggest drop in five years"). */
function spanLookedBackOver(t: DateTokens, preposition: number): boolean {
  for (let distance = 1; distance <= SPAN_HEAD_REACH; distance++) {
    const index = preposition - distance;
    // Punctuation ends the clause, except the dots of an abbreviation ("for U.S. forces in two years").
    const abbreviationDot = t.isPunct(index, '.') && t.isWord(index - 1) && t.endOf(index - 1) - t.startOf(index - 1) === 1;
    if (!t.isWord(index) && !t.isNumber(index) && !abbreviationDot) return false;
    const word = t.lower(index);
    if (SPAN_HEADS.has(word) || (word.length > 4 && word.endsWith('est') && !EST_NOT_SUPERLATIVE.has(word))) return true;
  }
  return false;
}

/**
 * "in two weeks", "in three months' time", "within 28 days": a span counted forward from now, found at its unit. The
 * preposition stays outside the span, as with every other date; superlatives ("the lowest in five years") look back.
 */
export function matchAhead(t: DateTokens, index: number, unit: Unit): Match | null {
  if (!t.isPlainCase(index)) return null;
  let quantityIndex = index - 1;
  let word = t.lower(quantityIndex);
  let amount: number;
  let first = quantityIndex;
  if (word === 'of' && t.lower(quantityIndex - 1) === 'couple') {
    quantityIndex--;
    first = quantityIndex;
    word = 'couple';
  }
  if (t.isNumber(quantityIndex)) amount = t.isOrdinal(quantityIndex) ? -1 : t.intValue(quantityIndex);
  else if (VAGUE_QUANTITIES.has(word)) amount = 0;
  else amount = NUMBER_WORDS.get(word) ?? -1;
  if (amount < 0 || (amount === 1 && !t.isNumber(quantityIndex))) return null;
  if ((word === 'few' || word === 'couple') && t.lower(first - 1) === 'a') first--;
  let preposition = first - 1;
  // "in just two weeks", "in about three months"
  const hedge = t.lower(preposition);
  if (SPAN_HEDGES.has(hedge)) preposition--;
  const prepositionWord = t.lower(preposition);
  if (prepositionWord !== 'in' && prepositionWord !== 'within') return null;
  if (spanLookedBackOver(t, preposition)) return null;
  let last = index;
  if (t.isApostropheAt(index + 1) && t.touching(index, index + 1) && t.lower(index + 2) === 'time') last = index + 2;
  else if (t.lower(index + 1) === 'of' || t.lower(index + 1) === 'ago') return null;
  return { first, last, meaning: amount === 0 ? { kind: 'vague' } : { kind: 'ahead', unit, amount } };
}

/**
 * "two years ago", "a week ago", "several months ago", looking back from the token "ago"; "two days later" and
 * "a year earlier" count relative to another event, so they are found without a value.
 */
export function matchElapsed(t: DateTokens, index: number, earliest: number): Match | null {
  const closing = t.lower(index);
  if (!t.isPlainCase(index)) return null;
  // "two weeks from now" counts forward from the document date.
  const forward = closing === 'now';
  if (forward && t.lower(index - 1) !== 'from') return null;
  const unitIndex = forward ? index - 2 : index - 1;
  const unitWord = t.lower(unitIndex);
  const unit = UNIT_WORDS.get(unitWord) ?? (unitWord === 'decade' || unitWord === 'decades' ? 'year' : undefined);
  if (unit === undefined) return null;
  const scale = unitWord.startsWith('decade') ? 10 : 1;
  const quantityIndex = unitIndex - 1;
  if (quantityIndex < earliest) return null;
  const quantityWord = t.lower(quantityIndex);
  let amount = -1;
  let first = quantityIndex;
  if (t.isNumber(quantityIndex)) amount = t.intValue(quantityIndex);
  else if (NUMBER_WORDS.has(quantityWord)) amount = NUMBER_WORDS.get(quantityWord) ?? -1;
  else if (VAGUE_QUANTITIES.has(quantityWord)) {
    amount = 0;
    // "a few", "a couple of"
    if (quantityWord === 'couple' || quantityWord === 'few') {
      if (t.lower(quantityIndex - 1) === 'a' && quantityIndex - 1 >= earliest) first = quantityIndex - 1;
    }
  } else if (quantityWord === 'of' && t.lower(quantityIndex - 1) === 'couple') {
    amount = 0;
    first = t.lower(quantityIndex - 2) === 'a' && quantityIndex - 2 >= earliest ? quantityIndex - 2 : quantityIndex - 1;
  } else return null;
  if (amount < 0) return null;
  if (amount === 0 || (closing !== 'ago' && !forward)) return { first, last: index, meaning: { kind: 'vague' } };
  return { first, last: index, meaning: { kind: 'offset', unit, amount: (forward ? amount : -amount) * scale } };
}

/** A season word not followed by a noun it would describe ("the end of summer", not "the end of summer holidays"). */
function seasonStandsAlone(t: DateTokens, at: number): boolean {
  return !t.isWord(at + 1) || SEASON_FOLLOWERS.has(t.lower(at + 1));
}
