// Resolves what a found date means against the document date, by news conventions: the tense of its sentence
// chooses between the last and the next occurrence of a weekday, a month or a season.
import {
  dateValue, dayNumber, dayValue, easterSunday, existsInYear, isoWeekday, isoWeekValue, monthValue, seasonStartIndex, seasonValue,
  shiftMonth, yearPartValue, yearValue,
} from './calendar';
import { normaliseIsoDate } from './documentDate';
import type { Meaning, Modifier, Tense, Unit } from './meaning';

/** The document date, as the resolvers read it. */
export interface Reference {
  /** Its day number (see calendar.ts). */
  days: number;
  year: number;
  month: number;
  day: number;
}

/** The last document date read, and its reference: the engine asks once per paragraph, for the same date. */
let lastDate: string | null = null;
let lastReference: Reference | null = null;

/** The reference for a YYYY-MM-DD document date, or null when there is none or it is not a calendar date. */
export function referenceOf(documentDate: string | null): Reference | null {
  if (documentDate === null) return null;
  if (documentDate === lastDate) return lastReference;
  const normalised = normaliseIsoDate(documentDate);
  let reference: Reference | null = null;
  if (normalised !== null) {
    const year = Number(normalised.slice(0, 4));
    const month = Number(normalised.slice(5, 7));
    const day = Number(normalised.slice(8, 10));
    reference = { days: dayNumber(year, month, day), year, month, day };
  }
  lastDate = documentDate;
  lastReference = reference;
  return reference;
}

/**
 * Picks among the candidates (day numbers, or month or quarter indices) the one that fits the tense: latest not after
 * the reference when past, earliest not before it when future, else the nearest.
 */
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
export function absoluteValue(meaning: Meaning): string | undefined {
  if (meaning.kind === 'yearPart') return yearPartValue(meaning.year, meaning.code, meaning.part);
  if (meaning.kind !== 'absolute') return undefined;
  if (meaning.month === undefined) return yearValue(meaning.year);
  if (meaning.day === undefined) return monthValue(meaning.year, meaning.month);
  return dateValue(meaning.year, meaning.month, meaning.day);
}

/** The value `amount` units away from the reference: a day, an ISO week, a month, a quarter or a year. */
function offsetValue(unit: Unit, amount: number, reference: Reference): string | undefined {
  switch (unit) {
    case 'day':
      return dayValue(reference.days + amount);
    case 'week':
      return isoWeekValue(reference.days + amount * 7);
    case 'month': {
      const [year, month] = shiftMonth(reference.year, reference.month, amount);
      return monthValue(year, month);
    }
    case 'quarter': {
      const index = reference.year * 4 + Math.floor((reference.month - 1) / 3) + amount;
      return yearPartValue(Math.floor(index / 4), 'Q', (index % 4 + 4) % 4 + 1);
    }
    case 'year':
      return yearValue(reference.year + amount);
  }
}

/**
 * "the fourth quarter", "the first half" without a year: the one under way, else the latest one begun when the sentence
 * looks back and the next one when it looks forward, else the nearest.
 */
function resolveYearPart(code: 'Q' | 'H', part: number, reference: Reference, direction: Tense): string | undefined {
  const perYear = code === 'Q' ? 4 : 2;
  const current = reference.year * perYear + Math.floor((reference.month - 1) / (12 / perYear));
  const candidates = [-1, 0, 1].map((delta) => (reference.year + delta) * perYear + part - 1);
  const chosen = current % perYear === part - 1 ? current : pickByTense(candidates, current, direction);
  return yearPartValue(Math.floor(chosen / perYear), code, part);
}

/** "the weekend": the one under way, else by tense; "the coming weekend" is the next one not yet over. */
function resolveWeekend(coming: boolean, reference: Reference, tense: () => Tense): string | undefined {
  // The weekend closes its ISO week: Saturday is day 6 of it.
  const weekday = isoWeekday(reference.days);
  const comingSaturday = reference.days + (6 - weekday);
  const previous = comingSaturday - 7;
  const inWeekend = weekday >= 6;
  const direction = coming ? 1 : tense();
  let saturday: number;
  if (coming && weekday === 7) saturday = comingSaturday + 7;
  else if (inWeekend) saturday = comingSaturday;
  else if (direction < 0) saturday = previous;
  else if (direction > 0) saturday = comingSaturday;
  else saturday = weekday <= 2 ? previous : comingSaturday;
  return isoWeekValue(saturday);
}

/** A weekday: "last"/"next" one, else the one the tense points to, else the nearest. */
function resolveWeekday(weekday: number, modifier: Modifier, reference: Reference, tense: () => Tense): string | undefined {
  const back = (isoWeekday(reference.days) - weekday + 7) % 7;
  const forward = (7 - back) % 7;
  let shift: number;
  if (modifier === 'last') shift = -(back === 0 ? 7 : back);
  else if (modifier === 'next') shift = forward === 0 ? 7 : forward;
  else {
    const direction = tense();
    if (direction < 0) shift = -back;
    else if (direction > 0) shift = forward;
    else shift = back <= forward ? -back : forward;
  }
  return dayValue(reference.days + shift);
}

/** "March 17" without a year: that day of the year before, of or after the document's, by modifier, weekday and tense. */
function resolveMonthDay(meaning: Extract<Meaning, { kind: 'monthDay' }>, reference: Reference, tense: () => Tense): string | undefined {
  let candidates: number[] = [];
  for (let year = reference.year - 1; year <= reference.year + 1; year++) {
    if (existsInYear(year, meaning.month, meaning.day)) candidates.push(dayNumber(year, meaning.month, meaning.day));
  }
  const weekday = meaning.weekday;
  if (weekday !== undefined) {
    const sameWeekday = candidates.filter((candidate) => isoWeekday(candidate) === weekday);
    if (sameWeekday.length > 0) candidates = sameWeekday;
  }
  const direction: Tense = meaning.modifier === 'last' ? -1 : meaning.modifier === 'next' ? 1 : tense();
  return dayValue(pickByTense(candidates, reference.days, direction));
}

/** A month without a year: this, the last or the next one, else by tense. */
function resolveMonth(month: number, modifier: Modifier, reference: Reference, tense: () => Tense): string | undefined {
  const current = reference.year * 12 + reference.month - 1;
  let year: number;
  if (modifier === 'this') year = reference.year;
  else if (modifier === 'last') year = month < reference.month ? reference.year : reference.year - 1;
  else if (modifier === 'next') year = month > reference.month ? reference.year : reference.year + 1;
  else {
    const candidates = [-1, 0, 1].map((delta) => (reference.year + delta) * 12 + month - 1);
    year = Math.floor(pickByTense(candidates, current, tense()) / 12);
  }
  return monthValue(year, month);
}

/** A season without a year: the one under way, else the last or next one, else by tense. */
function resolveSeason(meaning: Extract<Meaning, { kind: 'season' }>, reference: Reference, tense: () => Tense): string | undefined {
  if (meaning.year !== undefined) return seasonValue(meaning.year, meaning.season);
  const current = reference.year * 12 + reference.month - 1;
  const years = [reference.year - 2, reference.year - 1, reference.year, reference.year + 1];
  const starts = (year: number): number => seasonStartIndex(meaning.season, year);
  let chosen: number | undefined;
  if (meaning.modifier === 'last') {
    // The latest occurrence that has ended before the reference month.
    for (const year of years) if (starts(year) + 3 <= current) chosen = year;
  } else if (meaning.modifier === 'next') {
    chosen = years.find((year) => starts(year) > current);
  } else {
    const containing = years.find((year) => starts(year) <= current && current < starts(year) + 3);
    const direction = containing === undefined ? tense() : 0;
    if (containing !== undefined) chosen = containing;
    else if (meaning.modifier === 'this') {
      // "this summer" is the reference year's whatever the tense ("will stay closed this summer after cracks were
      // found"); only winter, which straddles two years, asks the tense whether it is the one just ended.
      chosen = meaning.season === 3 && direction < 0 ? reference.year - 1 : reference.year;
    } else if (direction < 0) {
      for (const year of years) if (starts(year) <= current) chosen = year;
    } else if (direction > 0) {
      chosen = years.find((year) => starts(year) > current);
    } else {
      // "this summer" with no other evidence: the occurrence of the reference year (winter: the one ending in it).
      chosen = meaning.season === 3 && reference.month <= 2 ? reference.year - 1 : reference.year;
    }
  }
  return chosen === undefined ? undefined : seasonValue(chosen, meaning.season);
}

/** The value of a found date against the document date; `tense` is asked only when the value depends on it. */
export function resolveMeaning(meaning: Meaning, reference: Reference, tense: () => Tense): string | undefined {
  switch (meaning.kind) {
    case 'absolute':
    case 'yearPart':
      return absoluteValue(meaning);
    case 'newYear':
      return yearValue(reference.year + (reference.month >= 7 ? 1 : 0));
    case 'relativeYearDate': {
      const year = reference.year + meaning.yearOffset;
      // "February 29 next year" in a common year names only the month.
      if (meaning.day === undefined || !existsInYear(year, meaning.month, meaning.day)) return monthValue(year, meaning.month);
      return dateValue(year, meaning.month, meaning.day);
    }
    case 'relativeYearPart':
      if (meaning.yearOffset !== null) return yearPartValue(reference.year + meaning.yearOffset, meaning.code, meaning.part);
      return resolveYearPart(meaning.code, meaning.part, reference, tense());
    case 'ahead':
      // Counted forward from now only when the sentence does not tell the past ("took the town in two weeks").
      return tense() < 0 ? undefined : offsetValue(meaning.unit, meaning.amount, reference);
    case 'weekend':
      return resolveWeekend(meaning.coming, reference, tense);
    case 'vague':
      return undefined;
    case 'offset':
      return offsetValue(meaning.unit, meaning.amount, reference);
    case 'weekday':
      return resolveWeekday(meaning.weekday, meaning.modifier, reference, tense);
    case 'monthDay':
      return resolveMonthDay(meaning, reference, tense);
    case 'month':
      return resolveMonth(meaning.month, meaning.modifier, reference, tense);
    case 'season':
      return resolveSeason(meaning, reference, tense);
    case 'easter': {
      const candidates = [-1, 0, 1].map((delta) => easterSunday(reference.year + delta) + meaning.shiftDays);
      return dayValue(pickByTense(candidates, reference.days, tense()));
    }
  }
}
