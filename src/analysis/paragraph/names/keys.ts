// How a name is compared across a document: its key ("dmitry peskov"), with countries' other names folded in.
import { withoutDotsAndApostrophes } from '../../text/chars';
import type { Lexicon } from '../../lexicon/lexicon';
import { COMPANY_SUFFIXES } from '../../lexicon/organizations';
import type { NameCandidate } from './candidate';

const companySuffixes = new Set(COMPANY_SUFFIXES);

/** A name's words as compared across a document: lower case, without a company form or dots. */
export function nameKey(words: readonly string[]): string {
  let kept = words;
  if (kept.length > 1 && companySuffixes.has(kept[kept.length - 1].replace(/\./g, ''))) kept = kept.slice(0, -1);
  return withoutDotsAndApostrophes(kept.join(' '));
}

/** The comparison key, with a country's other names ("U.S.", "America") folded into its own. */
function canonicalKey(words: readonly string[], lex: Lexicon): string {
  const key = nameKey(words);
  const place = lex.places.get(words.join(' ')) ?? lex.places.get(key);
  return place && place.kind === 'country' ? place.name.toLowerCase() : key;
}

/** Gives a name its key, and a stem for a last word that may be a possessive written without its apostrophe. */
export function keyName(name: NameCandidate, lex: Lexicon): void {
  name.key = canonicalKey(name.words, lex);
  const last = name.words[name.words.length - 1];
  if (last.length > 3 && last.endsWith('s') && !last.endsWith('ss') && lex.commonClasses(last) === undefined) {
    const words = [...name.words.slice(0, -1), last.slice(0, -1)];
    name.stem = { words, key: canonicalKey(words, lex) };
  }
}
