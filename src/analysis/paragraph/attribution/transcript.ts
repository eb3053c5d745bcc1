// Transcript turns ("Q: …", "A: …", "RDECHOR: …", "Leilani Kahananui: …"): the words after the label are the labelled speaker's.
import { ANSWER_LABELS, QUESTION_LABELS } from '../../lexicon/cues';
import { TokenFlag, TokenKind, isCapitalized, type Token } from '../../text/tokens';
import type { AttributionFrame, SpeakerRef } from './frame';
import { lastWordEnd, type AttributionReader } from './reader';

const questionLabels = new Set(QUESTION_LABELS);
const answerLabels = new Set(ANSWER_LABELS);

/** The turn a paragraph is: its frame, null for a question (no claim), undefined when the paragraph is not a turn. */
export function transcriptTurn(reader: AttributionReader): AttributionFrame | null | undefined {
  const { tokens, names } = reader;
  const colon = labelColon(tokens);
  if (colon < 1 || colon + 1 >= tokens.length || farOnNextLine(tokens[colon], tokens[colon + 1])) return undefined;
  const label = tokens
    .slice(0, colon)
    .map((t) => t.lower)
    .join(' ');
  if (questionLabels.has(label)) return null;
  let speaker: SpeakerRef;
  if (answerLabels.has(label)) speaker = { kind: 'interviewee' };
  else {
    const nameIndex = reader.nameStartingAt[0];
    if (nameIndex < 0 || names[nameIndex].lastToken !== colon) return undefined;
    speaker = { kind: 'name', name: nameIndex };
  }
  const first = colon + 1;
  const last = lastWordEnd(tokens, first, tokens.length);
  if (last <= first) return null;
  return {
    speaker,
    speakerStart: tokens[0].start,
    speakerEnd: tokens[colon - 1].end,
    cueStart: tokens[colon].start,
    cueEnd: tokens[colon].end,
    contentStart: tokens[first].start,
    contentEnd: tokens[last - 1].end,
    kind: 'direct',
    unmarkedQuote: reader.quoteOpeningAt[first] < 0,
    cueToken: colon,
    label: true,
  };
}

/** The colon after a label of up to four capitalised words opening the paragraph; -1 when there is none. */
function labelColon(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length && i < 5; i++) {
    if (tokens[i].text === ':') return i;
    if (tokens[i].kind !== TokenKind.Word || !(isCapitalized(tokens[i]) || tokens[i].text === tokens[i].text.toUpperCase())) return -1;
  }
  return -1;
}

/** Words after the colon that start a line of their own further on: a heading, not a turn. */
function farOnNextLine(colon: Token, next: Token): boolean {
  return next.start - colon.end > 3 && (next.flags & TokenFlag.LineBreakBefore) !== 0;
}
