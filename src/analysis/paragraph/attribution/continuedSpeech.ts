// Speech without quotation marks that goes on after its attribution: "We will win, Doe said. I know we will."
import { SPEAKING_PERSON_WORDS } from '../../lexicon/functionWords';
import { TokenKind } from '../../text/tokens';
import { sentenceHasCueOrQuote } from './content';
import type { AttributionFrame } from './frame';
import { CUE_WINDOW, lastWordEnd, type AttributionReader } from './reader';

const speakingPersonWords = new Set(SPEAKING_PERSON_WORDS);
/** A first- or second-person subject with its verb written into it ("I’ve", "we're", "let’s"). */
const SPEAKING_CONTRACTION = /^(?:i|we|you|let)['’](?:m|ve|re|d|ll|s)$/;
/** Sentences of speech read after one attribution at most, like the sentences read before one. */
const MAX_CONTINUED_SENTENCES = 6;

/**
 * After unmarked speech closed by its attribution ("We will win, Doe said."), the next sentences of the paragraph go on
 * with that speech when the first of them speaks as someone ("I", "we", "you") and none holds a cue or a quotation of
 * its own. Marked speech needs no such guess: its marks say where it goes on.
 */
export function addContinuedSpeech(reader: AttributionReader, frames: AttributionFrame[]): void {
  const { tokens, sentences } = reader;
  const additions: AttributionFrame[] = [];
  let s = 0;
  for (const frame of frames) {
    if (frame.kind !== 'direct' || !frame.unmarkedQuote || frame.label || frame.contentEnd > frame.cueStart) continue;
    const attributionEnd = Math.max(frame.cueEnd, frame.speakerEnd);
    while (s < sentences.length && tokens[sentences[s].last - 1].end < attributionEnd) s++;
    const first = s + 1;
    if (first >= sentences.length) continue;
    let last = first;
    while (last < sentences.length && last < first + MAX_CONTINUED_SENTENCES && !holdsCue(reader, last)) last++;
    if (last === first || !speechGoesOn(reader, frame, first, last)) continue;
    const from = sentences[first].first;
    const to = lastWordEnd(tokens, from, Math.min(sentences[last - 1].last, from + 2 * CUE_WINDOW));
    if (to - from < 2 || frames.some((other) => other.contentEnd > tokens[from].start && other.contentStart < tokens[to - 1].end)) continue;
    additions.push({ ...frame, contentStart: tokens[from].start, contentEnd: tokens[to - 1].end, cueToken: from });
  }
  for (const addition of additions) frames.push(addition);
  if (additions.length > 0) frames.sort((a, b) => a.contentStart - b.contentStart);
}

function holdsCue(reader: AttributionReader, s: number): boolean {
  if (reader.hasCue[s] < 0) reader.hasCue[s] = sentenceHasCueOrQuote(reader, reader.sentences[s]) ? 1 : 0;
  return reader.hasCue[s] === 1;
}

/**
 * Whether sentences [first, last) go on with the frame's speech: the first of them speaks as someone, or the speech
 * before the attribution does and one of the sentences after it does too ("We're harbour people, Doe said. Sandy is a
 * local celebrity. Her brother fixes my truck.").
 */
function speechGoesOn(reader: AttributionReader, frame: AttributionFrame, first: number, last: number): boolean {
  const { tokens, sentences } = reader;
  if (speaksAsSomeone(reader, sentences[first].first, sentences[first].last)) return true;
  let from = 0;
  while (from < tokens.length && tokens[from].start < frame.contentStart) from++;
  let to = from;
  while (to < tokens.length && tokens[to].end <= frame.contentEnd) to++;
  if (!speaksAsSomeone(reader, from, to)) return false;
  for (let s = first + 1; s < last; s++) if (speaksAsSomeone(reader, sentences[s].first, sentences[s].last)) return true;
  return false;
}

/** A first- or second-person word in tokens [from, to): someone speaking. */
function speaksAsSomeone(reader: AttributionReader, from: number, to: number): boolean {
  const { tokens } = reader;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token.kind === TokenKind.Word && (speakingPersonWords.has(token.lower) || SPEAKING_CONTRACTION.test(token.lower))) return true;
  }
  return false;
}
