// What attribution finds in a paragraph: frames tying a reporting cue to its speaker phrase and reported content.
import type { Token } from '../../text/tokens';

/** How the speaker of a statement is written; resolved to an actor once the whole document is known. */
export type SpeakerRef =
  | { kind: 'name'; name: number }
  | { kind: 'role'; role: number }
  | { kind: 'pronoun'; word: string }
  /** A common-noun speaker ("the statement", "officials", "a Kremlin spokesman"); `name` is a name inside it. */
  | { kind: 'generic'; head: string; name?: number | undefined; owner?: string | undefined; indefinite?: boolean;
      /** Written with "the" ("the candidate"): a description that refers back to someone already in the text. */
      definite?: boolean; country?: string | undefined }
  /** The same speaker as the statement before ("…, adding: …", a quote continued from the last paragraph). */
  | { kind: 'previous' }
  /** "A:" in an interview transcript: the person being interviewed. */
  | { kind: 'interviewee' };

/** One attributed statement in a paragraph; offsets relative to the paragraph. */
export interface AttributionFrame {
  speaker: SpeakerRef;
  speakerStart: number;
  speakerEnd: number;
  cueStart: number;
  cueEnd: number;
  contentStart: number;
  contentEnd: number;
  kind: 'direct' | 'indirect';
  /** Index of the marked quotation that is the content, if any. */
  quote?: number | undefined;
  /** The content is a quotation whose marks were stripped. */
  unmarkedQuote: boolean;
  /** Token where the cue sits (orders frames within a paragraph). */
  cueToken: number;
  /** The speaker is a transcript label opening the turn ("DR. SMITH:", "A:"), not a name at a cue. */
  label?: true;
  /** The speaker is the author of a reference-list entry ("Austen, Jane. Pride and Prejudice"). */
  author?: true;
}

/** A speaker phrase found around a cue: what it refers to and its tokens [first, last); -1 when it is not written. */
export interface SpeakerMatch {
  ref: SpeakerRef;
  first: number;
  last: number;
}

/** The tokens [first, last) of a statement's content. */
export interface ContentRange {
  first: number;
  last: number;
  kind: 'direct' | 'indirect';
  quote?: number | undefined;
  unmarked: boolean;
}

/** A frame from token positions; a speaker not written (first -1) takes the earlier frame's place, else the cue's. */
export function makeFrame(
  tokens: readonly Token[],
  speaker: SpeakerMatch,
  cue: { first: number; last: number },
  content: ContentRange,
  earlier?: AttributionFrame,
): AttributionFrame | undefined {
  if (content.last <= content.first) return undefined;
  const written = speaker.first >= 0;
  const speakerStart = written ? tokens[speaker.first].start : earlier ? earlier.speakerStart : tokens[cue.first].start;
  const speakerEnd = written ? tokens[speaker.last - 1].end : earlier ? earlier.speakerEnd : tokens[cue.first].end;
  return {
    speaker: speaker.ref,
    speakerStart,
    speakerEnd,
    cueStart: tokens[cue.first].start,
    cueEnd: tokens[cue.last - 1].end,
    contentStart: tokens[content.first].start,
    contentEnd: tokens[content.last - 1].end,
    kind: content.kind,
    quote: content.quote,
    unmarkedQuote: content.unmarked,
    cueToken: cue.first,
  };
}
