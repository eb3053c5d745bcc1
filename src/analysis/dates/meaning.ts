// What the date scanner finds, before the document date gives it a value: the types every date stage shares.

export type Modifier = 'last' | 'this' | 'next' | null;
export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';
/** -1: the sentence speaks of the past, 1: of the future, 0: no evidence. */
export type Tense = -1 | 0 | 1;

/** What a found expression means, before it is resolved against the document date. */
export type Meaning =
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

/** A date expression found over the tokens first..last (inclusive), with what it means. */
export interface Match {
  first: number;
  last: number;
  meaning: Meaning;
}

/** What a word that can start (or end) a date says, before the words around it are read. */
export type Anchor =
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
