// The document's reference date: the inline ` date YYYY-MM-DD ` header, and validation of a caller-supplied date.
import { isDigit, isInlineSpace, isSpace, trimSpace } from '../text/chars';
import { formatIsoDate, isRealDate } from './calendar';

/** Reads exactly `width` ASCII digits at `at`, or returns -1. */
function readDigits(text: string, at: number, width: number): number {
  if (at + width > text.length) return -1;
  let value = 0;
  for (let i = at; i < at + width; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return -1;
    value = value * 10 + (code - 48);
  }
  return value;
}

/** The inline header ` date YYYY-MM-DD ` at the very start of a file (leading whitespace allowed), with the span of the date itself. */
export function parseDocumentDateHeader(text: string): { date: string; start: number; end: number } | null {
  let at = 0;
  // Leading whitespace is bounded by the header's own shape: anything longer is not a header.
  while (at < text.length && at < 64 && isSpace(text.charCodeAt(at))) at++;
  if (text.slice(at, at + 4).toLowerCase() !== 'date') return null;
  at += 4;
  const afterKeyword = at;
  while (at < text.length && at - afterKeyword < 8 && isInlineSpace(text.charCodeAt(at))) at++;
  if (at === afterKeyword) return null;
  const start = at;
  // The header's own shape, YYYY-MM-DD exactly; whether it is a date is normaliseIsoDate's to say.
  if (readDigits(text, at, 4) < 0 || text.charCodeAt(at + 4) !== 45) return null;
  if (readDigits(text, at + 5, 2) < 0 || text.charCodeAt(at + 7) !== 45) return null;
  const day = readDigits(text, at + 8, 2);
  if (day < 0) return null;
  const end = at + 10;
  // The date must stand alone: followed by whitespace or the end of the text, not by more digits or words.
  if (end < text.length && !isSpace(text.charCodeAt(end))) return null;
  const date = normaliseIsoDate(text.slice(start, end));
  return date === null ? null : { date, start, end };
}

/**
 * The one validator of a reference date, wherever it comes from: the document's header, the command line's --date,
 * the sourcelens.documentDate setting, or a caller of analyze(). Returns the date as YYYY-MM-DD when it names a day of
 * the Gregorian calendar in the years 0001–9999, else null. Space around it is ignored, month and day may have one
 * digit ("2023-3-7"), and "/" or "." may separate the parts (all the same one).
 */
export function normaliseIsoDate(value: string): string | null {
  // Plain JavaScript callers may pass anything.
  if (typeof value !== 'string') return null;
  const trimmed = trimSpace(value);
  if (trimmed.length < 8 || trimmed.length > 10) return null;
  // Accepts one- or two-digit month and day ("2023-3-7") and "/" or "." as separators, all of one kind.
  const separator = trimmed.charAt(4);
  if (separator !== '-' && separator !== '/' && separator !== '.') return null;
  const parts = trimmed.split(separator);
  if (parts.length !== 3) return null;
  const [yearText, monthText, dayText] = parts as [string, string, string];
  if (yearText.length !== 4 || monthText.length < 1 || monthText.length > 2 || dayText.length < 1 || dayText.length > 2) return null;
  const year = readDigits(yearText, 0, 4);
  const month = readDigits(monthText, 0, monthText.length);
  const day = readDigits(dayText, 0, dayText.length);
  if (year < 0 || month < 0 || day < 0 || !isRealDate(year, month, day)) return null;
  return formatIsoDate(year, month, day);
}
