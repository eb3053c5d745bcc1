// Calendar arithmetic on UTC midnights, and the values dates are written as: `2023-03-20`, `2023-W12`, `2023-Q1`.

/** Days in each month of a common year; February gains a day in leap years. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1] ?? 0;
}

/** True when year/month/day name a day that exists in the Gregorian calendar (years 1–9999). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export const DAY_MS = 86_400_000;

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

export function dayValue(ms: number): string {
  const date = new Date(ms);
  return formatIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function monthValue(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}`;
}

export function yearValue(year: number): string {
  return String(year).padStart(4, '0');
}

export function yearPartValue(year: number, code: 'Q' | 'H', part: number): string {
  return `${String(year).padStart(4, '0')}-${code}${part}`;
}

/** Season codes in the order spring, summer, autumn, winter; winter is labelled with the year of its December. */
const SEASON_CODES = ['SP', 'SU', 'FA', 'WI'];

export function seasonValue(year: number, season: number): string {
  return `${String(year).padStart(4, '0')}-${SEASON_CODES[season]}`;
}

/** Month arithmetic on a (year, month) pair; `month` is 1–12. */
export function shiftMonth(year: number, month: number, amount: number): [number, number] {
  const index = year * 12 + (month - 1) + amount;
  return [Math.floor(index / 12), (index % 12 + 12) % 12 + 1];
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(ms: number): number {
  const day = new Date(ms).getUTCDay();
  return day === 0 ? 7 : day;
}

export function isoWeekValue(ms: number): string {
  // The ISO week belongs to the year of its Thursday.
  const thursday = ms + (4 - isoWeekday(ms)) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${String(year).padStart(4, '0')}-W${pad2(week)}`;
}

/** Gregorian Easter Sunday (anonymous algorithm), as a UTC midnight. */
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
  return Date.UTC(year, month - 1, day);
}

/** First month of each season; winter starts in December. */
const SEASON_FIRST_MONTH = [3, 6, 9, 12];

/** Start of the season occurrence labelled `year`, as a month index (year * 12 + month - 1). */
export function seasonStartIndex(season: number, year: number): number {
  return year * 12 + (SEASON_FIRST_MONTH[season] ?? 3) - 1;
}
