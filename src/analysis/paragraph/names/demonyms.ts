// Nationality adjectives that stand for their country's state ("Chinese officials said", "the Russians said").
import type { Lexicon } from '../../lexicon/lexicon';
import { STATE_NOUNS } from '../../lexicon/places';
import { TokenKind, isCapitalized, type Token } from '../../text/tokens';
import type { DemonymMention } from './candidate';

const stateNouns = new Set(STATE_NOUNS);

/** Nationality adjectives that stand for their country, outside names and titles (`covered` tokens). */
export function findDemonyms(paragraph: string, tokens: readonly Token[], covered: Uint8Array, lex: Lexicon): DemonymMention[] {
  const found: DemonymMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (covered[i] || token.kind !== TokenKind.Word || !isCapitalized(token)) continue;
    const country = lex.demonyms.get(token.lower);
    if (!country || !standsForState(tokens, i)) continue;
    found.push({ start: token.start, end: token.end, text: paragraph.slice(token.start, token.end), country });
  }
  return found;
}

/** "Chinese officials", "Russian forces": a state noun follows; "the Russians": a plural after "the", no name after it. */
function standsForState(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next !== undefined && next.kind === TokenKind.Word && stateNouns.has(next.lower)) return true;
  const noNameAfter = next === undefined || next.kind !== TokenKind.Word || !isCapitalized(next);
  return tokens[i - 1]?.lower === 'the' && noNameAfter && tokens[i].lower.endsWith('s');
}
