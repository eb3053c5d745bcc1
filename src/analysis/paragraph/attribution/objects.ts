// What stands right after a cue's verb: a verdict on a pronoun ("called him a …"), a quantity ("said about half …").
import { FRACTION_WORDS, NUMBER_WORDS, OBJECT_PRONOUNS } from '../../lexicon/functionWords';
import { TokenKind } from '../../text/tokens';
import type { AttributionReader } from './reader';

const objectPronouns = new Set(OBJECT_PRONOUNS);
/** Words a preposition may open as a quantity ("about half", "over forty"). */
const quantityWords = new Set([...NUMBER_WORDS, ...FRACTION_WORDS]);

/**
 * "called him a “loser”", "called it “predatory”": a pronoun and then an article or a quotation make a verdict, where
 * "called him" alone is a telephone call and "called it off" something else.
 */
export function verdictOnPronoun(reader: AttributionReader, c: number): boolean {
  const { tokens } = reader;
  if (!objectPronouns.has(tokens[c + 1]?.lower ?? '')) return false;
  const after = tokens[c + 2];
  return after !== undefined && (after.lower === 'a' || after.lower === 'an' || reader.quoteOpeningAt[c + 2] >= 0);
}

/** "said about half of the money went …", "said over 40 people died": a preposition before a number opens a quantity. */
export function opensQuantity(reader: AttributionReader, k: number): boolean {
  const next = reader.tokens[k + 1];
  return next !== undefined && (next.kind === TokenKind.Number || quantityWords.has(next.lower));
}
