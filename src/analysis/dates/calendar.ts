// Calendar arithmetic on day numbers of the proleptic Gregorian calendar, and the values dates are written as
// (`2023-03-20`, `2023-W12`, `2023-Q1`, …), for the years 0001–9999 that a four-digit value can hold.
//
// Days are counted in integers rather than through Date.UTC, which reads years 0–99 as 1900–1999: from a
// document dated 0050-03-17, "yesterday" was 1950-03-16.

/** The years a value can be written in: four digits, and no year 0 (the Gregorian calendar goes from 1 BC to AD 1). */
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;

/** Days in each month of a common year; February gains a day in leap years. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1] ?? 0;
}

export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** True when year/month/day name a day that exists in the Gregorian calendar, in the years 0001–9999. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return isSupportedYear(year) && isCalendarDay(year, month, day);
}

/** True when month/day name a day of `year` (any integer year, the range check apart). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days in a 400-year cycle of the Gregorian calendar, and from 0000-03-01 to 1970-01-01. */
const DAYS_PER_ERA = 146_097;
const EPOCH_SHIFT = 719_468;

/**
 * The day number of year-month-day: days since 1970-01-01 (negative before), for any integer year. Years are counted
 * from March, so that the leap day ends a year (H. Hinnant's days_from_civil).
 */
export function dayNumber(year: number, month: number, day: number): number {
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

/** The year, month and day of a day number (the inverse of dayNumber). */
export function civilDate(days: number): { year: number; month: number; day: number } {
  const shifted = days + EPOCH_SHIFT;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const leapDaysBefore = Math.floor(dayOfEra / 1460) - Math.floor(dayOfEra / 36_524) + Math.floor(dayOfEra / 146_096);
  const yearOfEra = Math.floor((dayOfEra - leapDaysBefore) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** ISO weekday of a day number: Monday 1 … Sunday 7 (1970-01-01 was a Thursday). */
export function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// The values below are undefined for a year outside 0001–9999: a date counted past the calendar's ends ("tomorrow"
// on 9999-12-31) is still found, but has no value a four-digit year can write.

/** `2023-03-20`, or undefined when the day does not exist or its year is out of range. */
export function dateValue(year: number, month: number, day: number): string | undefined {
  return isRealDate(year, month, day) ? formatIsoDate(year, month, day) : undefined;
}

/** The day number's date, `2023-03-20`. */
export function dayValue(days: number): string | undefined {
  const { year, month, day } = civilDate(days);
  return dateValue(year, month, day);
}

/** `2023-03`. */
export function monthValue(year: number, month: number): string | undefined {
  return isSupportedYear(year) ? `${pad(year, 4)}-${pad(month, 2)}` : undefined;
}

/** `2023`. */
export function yearValue(year: number): string | undefined {
  return isSupportedYear(year) ? pad(year, 4) : undefined;
}

/** `2023-Q4`, `2023-H2`. */
export function yearPartValue(year: number, code: 'Q' | 'H', part: number): string | undefined {
  return isSupportedYear(year) ? `${pad(year, 4)}-${code}${part}` : undefined;
}

/** Season codes in the order spring, summer, autumn, winter, as TIMEX3 writes them; winter has the year of its December. */
const SEASON_CODES = ['SP', 'SU', 'FA', 'WI'];

/** `2022-SU`. */
export function seasonValue(year: number, season: number): string | undefined {
  return isSupportedYear(year) ? `${pad(year, 4)}-${SEASON_CODES[season]}` : undefined;
}

/** The ISO week of a day number, `2023-W12`: weeks start on Monday and belong to the year of their Thursday. */
export function isoWeekValue(days: number): string | undefined {
  const thursday = days + (4 - isoWeekday(days));
  const { year } = civilDate(thursday);
  const week = 1 + Math.floor((thursday - dayNumber(year, 1, 1)) / 7);
  return isSupportedYear(year) ? `${pad(year, 4)}-W${pad(week, 2)}` : undefined;
}

/** Month arithmetic on a (year, month) pair; `month` is 1–12. */
export function shiftMonth(year: number, month: number, amount: number): [number, number] {
  const index = year * 12 + (month - 1) + amount;
  return [Math.floor(index / 12), (index % 12 + 12) % 12 + 1];
}

/** The day number of Gregorian Easter Sunday (the anonymous algorithm). */
export function easterSunday(year: number): number {
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
  return dayNumber(year, month, day);
}

/** First month of each season; winter starts in December. */
const SEASON_FIRST_MONTH = [3, 6, 9, 12];

/** Start of the season occurrence labelled `year`, as a month index (year * 12 + month - 1). */
export function seasonStartIndex(season: number, year: number): number {
  return year * 12 + (SEASON_FIRST_MONTH[season] ?? 3) - 1;
}

/** Whether month/day exist in `year`, whatever the year: candidates just past the supported range are weighed too. */
export function existsInYear(year: number, month: number, day: number): boolean {
  return isCalendarDay(year, month, day);
}
