// A paragraph's opening words: only they can credit the paragraph before with speech ("That was the warning of …").
import { BACK_REFERENCES, LEAD_COPULAS, SPEECH_NOUNS, SPEECH_WORDS } from '../lexicon/cues';
import type { SentenceRange } from '../text/sentences';
import type { Token } from '../text/tokens';

/**
 * What a paragraph's opening words can say about the paragraph before it ("That was the warning of …",
 * "Those were his words", "…, she told reporters"). Kept as a few numbers: every paragraph of a long
 * document holds one in the cache, so it must not cost an object per word.
 */
export interface LeadSentence {
  /** Token range of the opening words looked at: the first sentence, at most MAX_LEAD_WORDS tokens. */
  firstToken: number;
  endToken: number;
  /** Start and end of each opening word (relative to the paragraph), two slots per word. */
  offsets: Int32Array;
  /** After an opening back-reference and copula ("That was …"), the index of the speech noun among the opening words; else -1. */
  speechNoun: number;
  /** Index of the first opening word that credits the paragraph before with speech ("said", "remarks"), or -1. */
  speechWord: number;
}

const backReferences = new Set(BACK_REFERENCES);
const copulas = new Set(LEAD_COPULAS);
const speechNouns = new Set(SPEECH_NOUNS);
const speechWords = new Set(SPEECH_WORDS);

const MAX_LEAD_WORDS = 40;

/** The opening words of a paragraph's first sentence. */
export function leadSentence(tokens: readonly Token[], sentence: SentenceRange): LeadSentence {
  const firstToken = sentence.first;
  const endToken = Math.min(sentence.last, sentence.first + MAX_LEAD_WORDS);
  const offsets = new Int32Array(2 * (endToken - firstToken));
  let speechWord = -1;
  for (let i = firstToken; i < endToken; i++) {
    offsets[2 * (i - firstToken)] = tokens[i].start;
    offsets[2 * (i - firstToken) + 1] = tokens[i].end;
    if (speechWord < 0 && speechWords.has(tokens[i].lower)) speechWord = i - firstToken;
  }
  return { firstToken, endToken, offsets, speechNoun: speechNounAfterBackReference(tokens, firstToken, endToken), speechWord };
}

/** "That was the warning of …", "Those were his words": a demonstrative, a copula, then what was said within six words. */
function speechNounAfterBackReference(tokens: readonly Token[], firstToken: number, endToken: number): number {
  if (endToken - firstToken < 2 || !backReferences.has(tokens[firstToken].lower) || !copulas.has(tokens[firstToken + 1].lower)) return -1;
  for (let i = firstToken; i < endToken && i - firstToken <= 5; i++) if (speechNouns.has(tokens[i].lower)) return i - firstToken;
  return -1;
}
