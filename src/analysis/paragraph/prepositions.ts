// Whether a word opens a prepositional phrase: names after one are not the subject of their sentence.
import type { Lexicon } from '../lexicon/lexicon';
import { TokenKind, isCapitalized, type Token } from '../text/tokens';

/**
 * A lower-case function word other than "and" and "the" ("in", "of", "after"): a name after it sits in a
 * prepositional phrase ("In Brussels, …", "the visit of Xi") rather than being who the sentence is about.
 */
export function opensPhraseBefore(token: Token, lex: Lexicon): boolean {
  return (
    token.kind === TokenKind.Word &&
    !isCapitalized(token) &&
    (lex.commonClasses(token.lower)?.includes('f') ?? false) &&
    token.lower !== 'and' &&
    token.lower !== 'the'
  );
}
