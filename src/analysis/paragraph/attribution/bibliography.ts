// A reference-list entry ("Austen, Jane. Pride and Prejudice"): the work after the author's inverted name is the author's.
import { COMPANY_SUFFIXES } from '../../lexicon/organizations';
import { TokenKind, isCapitalized, type Token } from '../../text/tokens';
import { isUnknownWord } from '../names/reader';
import type { AttributionFrame } from './frame';
import { lastWordEnd, type AttributionReader } from './reader';

const companySuffixes = new Set(COMPANY_SUFFIXES);

/** Most tokens an entry may take: a reference line, not a paragraph of prose. */
const ENTRY_MAX_TOKENS = 40;
/** Most given names and initials after the surname's comma ("Thomas Babington"). */
const MAX_GIVEN_WORDS = 3;

/**
 * The frame of a paragraph that is one reference entry: a surname, a comma, given names of which the first is a known
 * given name (so "Paris, France." and "Washington, D.C." are no authors), a stop, then the work's title. Co-authors
 * joined by "and" ("Marx, Karl and Engels, Friedrich.") are read past; the first author speaks for the entry.
 */
export function bibliographyEntry(reader: AttributionReader): AttributionFrame | undefined {
  const { tokens, names } = reader;
  if (tokens.length > ENTRY_MAX_TOKENS || tokens.length < 5) return undefined;
  const surname = reader.nameStartingAt[0];
  if (surname < 0 || names[surname].firstToken !== 0) return undefined;
  let k = names[surname].lastToken;
  // The stop may sit right after the given names or close an initial ("Doe, Jane A.").
  let stop = authorEnd(reader, k, true);
  for (let known = true; stop < 0 && reader.tokens[k]?.text === ','; known = false) {
    const after = givenNamesEnd(reader, k + 1, known);
    if (after < 0 || tokens[after]?.lower !== 'and') return undefined;
    const next = reader.nameStartingAt[after + 1];
    if (next < 0) return undefined;
    k = names[next].lastToken;
    stop = authorEnd(reader, k, false);
  }
  if (stop < 0) return undefined;
  const first = stop + 1;
  const last = lastWordEnd(tokens, first, tokens.length);
  if (last - first < 1 || !isTitleWord(tokens[first])) return undefined;
  return {
    speaker: { kind: 'name', name: surname },
    speakerStart: tokens[0].start,
    speakerEnd: tokens[stop - 1].end,
    cueStart: tokens[stop].start,
    cueEnd: tokens[stop].end,
    contentStart: tokens[first].start,
    contentEnd: tokens[last - 1].end,
    kind: 'indirect',
    unmarkedQuote: false,
    cueToken: stop,
    author: true,
  };
}

/**
 * After a surname at `k` (its comma): the stop closing its given names when no co-author follows; -1 otherwise. Only the
 * first author's given name must be a known one: the entry's shape is settled by then.
 */
function authorEnd(reader: AttributionReader, k: number, first: boolean): number {
  if (reader.tokens[k]?.text !== ',') return -1;
  const end = givenNamesEnd(reader, k + 1, first);
  return end >= 0 && reader.tokens[end]?.text === '.' ? end : -1;
}

/** The token after the given names starting at `k` (the first of them a known given name if `known`); -1 when there are none. */
function givenNamesEnd(reader: AttributionReader, k: number, known: boolean): number {
  const firstGiven = reader.tokens[k];
  if (!isTitleWord(firstGiven) || (known && !givenNameLike(reader, k))) return -1;
  const { tokens } = reader;
  let m = k + 1;
  for (let words = 1; words < MAX_GIVEN_WORDS && isTitleWord(tokens[m]); words++) {
    // An initial's stop stays with it ("Jane A. Doe"); the entry's stop is the last one before the title.
    if (tokens[m + 1]?.text === '.' && tokens[m].text.length === 1 && isTitleWord(tokens[m + 2])) m += 2;
    else m++;
  }
  return m;
}

/**
 * Whether the word at `k`, after a surname's comma, reads as a given name: a listed one, or a word that is no common
 * word, place, people, title or company form after a surname that is no place ("Christie, Agatha." but not
 * "Paris, France." nor "Acme, Ltd.").
 */
function givenNameLike(reader: AttributionReader, k: number): boolean {
  const { lex, tokens } = reader;
  const lower = tokens[k].lower;
  if (lex.givenNames.has(lower)) return true;
  if (tokens[k + 1]?.text !== '.' || lower.length <= 2 || !isUnknownWord(lower, lex)) return false;
  return !lex.titleWords.has(lower) && !companySuffixes.has(lower) && !lex.places.has(tokens[k - 2]?.lower ?? '');
}

function isTitleWord(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === TokenKind.Word || token.kind === TokenKind.Number) && isCapitalized(token);
}
