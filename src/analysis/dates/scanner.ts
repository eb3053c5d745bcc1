// The date scanner: at each token, the matcher its word or number calls for.
import type { DateTokens } from './dateTokens';
import type { Anchor, Match } from './meaning';
import {
  matchAhead, matchBoundary, matchComing, matchDayWord, matchEdge, matchPastPeriod, matchRelative, matchYearEnd, matchYearPart,
} from './relative';
import { matchHoliday, matchMonth, matchNamedDay, matchNumber, matchSeason, matchShortDecade, matchWeekday } from './written';

/** The date expression starting at token `index`, if any. */
export function matchAt(t: DateTokens, index: number, anchor: Anchor | undefined): Match | null {
  if (t.isNumber(index)) return matchNumber(t, index);
  if (t.isPunctuation(index)) return matchShortDecade(t, index);
  if (anchor === undefined) return null;
  switch (anchor.kind) {
    case 'month':
      return matchMonth(t, index, anchor.month, anchor.abbreviation, true);
    case 'weekday':
      return matchWeekday(t, index, anchor.weekday);
    case 'day':
      return matchDayWord(t, index, anchor.amount);
    case 'relative':
      return matchRelative(t, index, anchor.modifier);
    case 'edge':
      return matchEdge(t, index);
    case 'boundary':
      return matchBoundary(t, index);
    case 'yearWord':
      return matchYearEnd(t, index);
    case 'season':
      return matchSeason(t, index);
    case 'holiday':
      return matchHoliday(t, index);
    case 'ago':
      return null; // handled by matchElapsed, which looks back from "ago"
    case 'namedDay':
      return matchNamedDay(t, index);
    case 'weekend':
      if (t.lower(index - 1) !== 'the' || !t.isPlainCase(index)) return null;
      return { first: index - 1, last: index, meaning: { kind: 'weekend', coming: false } };
    case 'past':
      return matchPastPeriod(t, index);
    case 'ordinalWord':
      return matchYearPart(t, index, anchor.rank);
    case 'coming':
      return matchComing(t, index);
    case 'units':
      return matchAhead(t, index, anchor.unit);
    case 'recent':
      return t.isPlainCase(index) && t.pluralUnitAt(index + 1) ? { first: index, last: index + 1, meaning: { kind: 'vague' } } : null;
    case 'now':
      return null; // handled by matchElapsed, which looks back from "from now"
  }
  return null;
}