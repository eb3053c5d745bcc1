// Speech without quotation marks that goes on after its attribution: "We will win, Doe said. I know we will."
import { SPEAKING_PERSON_WORDS } from '../../lexicon/functionWords';
import { TokenKind } from '../../text/tokens';
import { sentenceHasCueOrQuote } from './content';
import type { AttributionFrame } from './frame';
import { CUE_WINDOW, lastWordEnd, type AttributionReader } from './reader';

const speakingPersonWords = new Set(SPEAKING_PERSON_WORDS);
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
    if (first >= sentences.length || !speaksAsSomeone(reader, first)) continue;
    let last = first;
    while (last < sentences.length && last < first + MAX_CONTINUED_SENTENCES && !holdsCue(reader, last)) last++;
    if (last === first) continue;
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

/** A sentence with a first- or second-person word, outside any cue: someone speaking. */
function speaksAsSomeone(reader: AttributionReader, s: number): boolean {
  const { tokens } = reader;
  const sentence = reader.sentences[s];
  if (holdsCue(reader, s)) return false;
  for (let i = sentence.first; i < sentence.last; i++) {
    const token = tokens[i];
    if (token.kind === TokenKind.Word && speakingPersonWords.has(token.lower)) return true;
  }
  return false;
}
