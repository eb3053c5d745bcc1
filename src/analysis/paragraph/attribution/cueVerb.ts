// The reporting verb a token starts: the first question asked of every word outside quotations.
import type { Lexicon, ReportingVerb } from '../../lexicon/lexicon';
import { TokenKind, type Token } from '../../text/tokens';
import { lightVerbCue } from './lightVerbCue';

/** The reporting verb at token `c`: a hand-made cue, a phrasal verb of communication ("pointed out"), or another one. */
export function cueAt(lex: Lexicon, tokens: readonly Token[], c: number): { verb: ReportingVerb; anchor: number } | undefined {
  const lower = tokens[c].lower;
  if (!lex.cueStarts.has(lower)) return undefined;
  // A particle makes its own cue ("called for", not the verdict "called").
  const next = tokens[c + 1];
  const phrasal = next !== undefined && next.kind === TokenKind.Word ? lex.phrasalVerbs.get(lower)?.get(next.lower) : undefined;
  if (phrasal) return { verb: phrasal, anchor: c + 1 };
  const own = lex.reportingVerbs.get(lower);
  if (own) return { verb: own, anchor: c };
  const other = lex.communicationVerbs.get(lower);
  return other ? { verb: other, anchor: c } : lightVerbCue(lex, tokens, c);
}
