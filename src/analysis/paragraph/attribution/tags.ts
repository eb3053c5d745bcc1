// Short tags written between a speaker and its cue that are no apposition of their own: a legislator's party and
// state ("Doe, R-Pa., said", "Doe (D-R.I.), said") and a state after a city ("the mayor of Jackson, Miss., said").
import { PARTY_INITIALS } from '../../lexicon/people';
import { STATE_ABBREVIATIONS } from '../../lexicon/places';
import { TokenKind, isCapitalized } from '../../text/tokens';
import { isWordToken, type AttributionReader } from './reader';

const partyInitials = new Set(PARTY_INITIALS);
const stateAbbreviations = new Set(STATE_ABBREVIATIONS);

/** Most tokens of such a tag ("D-R", ".", "I", "."). */
const MAX_TAG = 6;
/** Tokens looked back for a comma opening an apposition before a state's city. */
const MAX_APPOSITION = 30;

/**
 * Where the speaker search goes on before a tag that ends at the comma `k`: the token before a party tag or a
 * bracketed one, where the name ends; the comma before a state, so that an apposition the city closes is read whole
 * ("Doe, the mayor of Jackson, Miss., said"), or the city itself when no apposition opens before it. `k` when there
 * is no tag.
 */
export function beforeTag(reader: AttributionReader, k: number, sentenceFirst: number): number {
  const { tokens } = reader;
  if (tokens[k]?.text !== ',') return k;
  if (tokens[k - 1]?.text === ')') return k - 1;
  let open = k - 1;
  while (open > sentenceFirst && open > k - MAX_TAG && tokens[open].text !== ',') open--;
  if (tokens[open]?.text !== ',' || open === k - 1 || open <= sentenceFirst) return k;
  const first = tokens[open + 1];
  if (isPartyTag(reader, open + 1, k)) return open - 1;
  if (!isWordToken(first) || !isAbbreviation(reader, open + 1, k)) return k;
  const state = stateAbbreviations.has(first.lower) || (first.text.length === 1 && k - open === 5);
  if (!state) return k;
  for (let j = open - 1; j > sentenceFirst && j > open - MAX_APPOSITION; j--) if (tokens[j].text === ',') return open;
  return open - 1;
}

/** "R-Pa.", "D-R.I.", "I-Vt": an initial of a party, a hyphen, a capital, then only stops and capitalised words. */
function isPartyTag(reader: AttributionReader, from: number, to: number): boolean {
  const { tokens } = reader;
  const head = tokens[from];
  if (!isWordToken(head) || head.text.length < 3 || head.text[1] !== '-' || !partyInitials.has(head.lower[0])) return false;
  if (head.text[2] < 'A' || head.text[2] > 'Z') return false;
  return isAbbreviation(reader, from + 1, to);
}

/** Tokens from `from` to `to` that are only stops and short capitalised words ("Miss .", "N . H ."). */
function isAbbreviation(reader: AttributionReader, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const token = reader.tokens[j];
    if (token.text === '.') continue;
    if (token.kind !== TokenKind.Word || !isCapitalized(token) || token.text.length > 5) return false;
  }
  return true;
}
