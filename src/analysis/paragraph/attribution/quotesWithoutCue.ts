// Quotations no cue claimed, credited from context: a quote continuing an attributed one, or one introduced by a colon.
import type { SentenceRange } from '../../text/sentences';
import { partitionPoint } from '../../text/sorted';
import type { MarkedQuote } from '../quotes';
import { makeFrame, type AttributionFrame, type ContentRange, type SpeakerMatch } from './frame';
import { isArchivePairEnd, isLowerWord, lastWordEnd, quotedEnd, type AttributionReader } from './reader';
import { sentenceSubject } from './speakers';

/**
 * Adds frames for quotations no cue claimed: a quote that opens a sentence after an attributed quote continues
 * that speaker's words (`"…," she said. "…"`); a quote introduced by a colon belongs to the sentence's subject
 * (`Sunak defended the record: "…"`).
 */
export function addUnattributedQuotes(reader: AttributionReader, frames: AttributionFrame[]): void {
  const { tokens, sentences, quotes } = reader;
  const used = new Set<number>();
  for (const frame of frames) if (frame.quote !== undefined) used.add(frame.quote);
  const additions: AttributionFrame[] = [];
  // Frames with a quotation, by where their words end; walked once as the quotes are (both in reading order).
  const quoted = frames.filter((f) => f.quote !== undefined).sort((a, b) => a.contentEnd - b.contentEnd);
  // Quoted frames by where their attribution ends (the cue, or an inverted speaker after it).
  const attributionEndingAt = new Map<number, AttributionFrame>();
  for (const frame of quoted) {
    attributionEndingAt.set(frame.cueEnd, frame);
    attributionEndingAt.set(frame.speakerEnd, frame);
  }
  let nextQuoted = 0;
  let earlier: AttributionFrame | undefined;
  quotes.forEach((quote, qi) => {
    if (quote.depth !== 0 || used.has(qi)) return;
    const sentence = sentenceHolding(sentences, tokens.length, quote.openToken);
    if (!sentence) return;
    const content = quoteContent(reader, quote, qi);
    if (!content) return;
    while (nextQuoted < quoted.length && quoted[nextQuoted].contentEnd <= quote.start) {
      if (!earlier || quoted[nextQuoted].contentEnd > earlier.contentEnd) earlier = quoted[nextQuoted];
      nextQuoted++;
    }
    // An archive pair ('') stands as its second half: the words before the quotation come before its first half.
    const markFirst = isArchivePairEnd(tokens, quote.openToken) ? quote.openToken - 1 : quote.openToken;
    const previous = tokens[markFirst - 1];
    // `"A," he said, "B."` (or `; "B."`): the second half follows the attribution it shares with the first.
    const handsOver = previous?.text === ',' || previous?.text === ';';
    const handedOver = handsOver && markFirst >= 2 ? attributionEndingBefore(reader, attributionEndingAt, markFirst - 2) : undefined;
    // A quotation opening a sentence goes on with the last speaker quoted.
    const opensSentence = markFirst === sentence.first;
    const continued = handedOver ?? (opensSentence ? earlier : undefined);
    if (continued) {
      const addition = continuedFrame(reader, continued, content, quote);
      additions.push(addition);
      earlier = addition;
      return;
    }
    const attributed = markFirst !== sentence.first ? attributedTo(reader, markFirst - 1, sentence.first) : undefined;
    if (attributed) {
      const frame = makeFrame(tokens, attributed.speaker, { first: attributed.cue, last: attributed.cue + 2 }, content);
      if (frame) additions.push(frame);
      return;
    }
    if (markFirst !== sentence.first && previous?.text === ':') {
      const subject = sentenceSubject(reader, sentence, markFirst);
      if (!subject) return;
      // The cue is the subject's own verb ("defended"), else the colon that introduces the quote.
      const verbToken = subject.last < markFirst && isLowerWord(tokens[subject.last]) ? subject.last : markFirst - 1;
      const frame = makeFrame(tokens, subject, { first: verbToken, last: verbToken + 1 }, content);
      if (frame) additions.push(frame);
    }
  });
  if (additions.length === 0) return;
  for (const addition of additions) frames.push(addition);
  frames.sort((a, b) => a.contentStart - b.contentStart);
}

/** Most words of a manner phrase between an attribution and the quotation it hands on to ("said with some severity; ‘…’"). */
const MAX_MANNER_WORDS = 4;

/** The attribution ending at token `k`, or before a few lower-case words that end there ("replied rather crossly"). */
function attributionEndingBefore(
  reader: AttributionReader,
  attributionEndingAt: ReadonlyMap<number, AttributionFrame>,
  k: number,
): AttributionFrame | undefined {
  const { tokens } = reader;
  for (let m = k; m >= 0 && m >= k - MAX_MANNER_WORDS; m--) {
    const frame = attributionEndingAt.get(tokens[m].end);
    if (frame) return frame;
    if (!isLowerWord(tokens[m]) || reader.lex.reportingVerbs.has(tokens[m].lower)) return undefined;
  }
  return undefined;
}

/** Marks that hand a quotation over from the words before it ("a quote attributed to Doe — “…”"). */
const introducingMarks = new Set([':', ',', '—', '–', '--']);
/** Participles that credit a quotation to the name after their "to". */
const creditingParticiples = new Set(['attributed', 'ascribed']);

/**
 * "a line attributed to Doe: “…”": the name after "attributed to" (or "ascribed to") that ends right before the mark at
 * `k` introducing the quotation, and where the participle stands.
 */
function attributedTo(reader: AttributionReader, k: number, sentenceFirst: number): { speaker: SpeakerMatch; cue: number } | undefined {
  const { tokens, names } = reader;
  if (!introducingMarks.has(tokens[k]?.text ?? '')) return undefined;
  const name = reader.nameEndingAt[k - 1];
  if (name === undefined || name < 0) return undefined;
  const first = names[name].firstToken;
  const cue = first - 2;
  if (cue < sentenceFirst || tokens[first - 1].lower !== 'to' || !isLowerWord(tokens[cue])) return undefined;
  if (!creditingParticiples.has(tokens[cue].lower)) return undefined;
  return { speaker: { ref: { kind: 'name', name }, first, last: names[name].lastToken }, cue };
}

/** The quoted words, without the marks and the comma handing over to an attribution; undefined when there are none. */
function quoteContent(reader: AttributionReader, quote: MarkedQuote, qi: number): ContentRange | undefined {
  const { tokens } = reader;
  const first = quote.openToken + 1;
  const last = quote.unclosed ? lastWordEnd(tokens, first, quote.afterToken) : quotedEnd(tokens, first, quote.afterToken - 1);
  return last <= first ? undefined : { first, last, kind: 'direct', quote: qi, unmarked: false };
}

/** The frame of an earlier quotation, carried over to this one's words. */
function continuedFrame(reader: AttributionReader, earlier: AttributionFrame, content: ContentRange, quote: MarkedQuote): AttributionFrame {
  const { tokens } = reader;
  return {
    ...earlier,
    contentStart: tokens[content.first].start,
    contentEnd: tokens[content.last - 1].end,
    quote: content.quote,
    unmarkedQuote: false,
    cueToken: quote.openToken,
  };
}

/**
 * The sentence holding `token` (sentences are in order and do not overlap): a table of every token's sentence cost
 * a typed array per paragraph for the few quotations read here. A token outside every sentence gets the first, as
 * that table's zeros gave it.
 */
function sentenceHolding(sentences: readonly SentenceRange[], tokenCount: number, token: number): SentenceRange | undefined {
  if (token < 0 || token >= tokenCount) return undefined;
  const k = partitionPoint(sentences.length, (i) => sentences[i].last <= token);
  return k < sentences.length && sentences[k].first <= token ? sentences[k] : sentences[0];
}
