// How a paragraph reads as a turn of a dialogue without labels (an interview, a hearing): a question put to someone,
// or an answer in the first person, and whom it addresses or introduces by name.
import type { SentenceRange } from '../text/sentences';
import { TokenKind, type Token } from '../text/tokens';
import { contractedSubject } from './attribution/speakers';
import type { NameCandidate } from './names/candidate';

/** What a paragraph says of the turn it is. */
export interface TurnShape {
  /** Its first or last sentence asks a question of "you": the asking side's turn. */
  question: boolean;
  /** It speaks in the first person singular outside quotations. */
  firstPerson: boolean;
  /**
   * A name the paragraph addresses ("Mr. Doe, please proceed.", "Ms. Roe, you have ten minutes.") or its speaker
   * introduces ("My name is Jane Doe."), as an index among its names; -1 when none.
   */
  named: number;
  /** The name is the speaker's own ("My name is …"), not the addressee's. */
  selfNamed: boolean;
}

export const NO_TURN: TurnShape = { question: false, firstPerson: false, named: -1, selfNamed: false };

/** Reads the turn a paragraph is; `insideQuote` marks the tokens inside marked quotations. */
export function turnShape(
  tokens: readonly Token[],
  sentences: readonly SentenceRange[],
  names: readonly NameCandidate[],
  insideQuote: Uint8Array,
): TurnShape {
  if (sentences.length === 0) return NO_TURN;
  let firstPerson = false;
  for (let i = 0; i < tokens.length && !firstPerson; i++) {
    if (insideQuote[i] === 1 || tokens[i].kind !== TokenKind.Word) continue;
    firstPerson = tokens[i].lower === 'i' || contractedSubject(tokens[i])?.pronoun === 'i';
  }
  const question = asksYou(tokens, sentences[0], insideQuote) || asksYou(tokens, sentences[sentences.length - 1], insideQuote);
  const self = selfIntroduced(tokens, names, insideQuote);
  if (self >= 0) return { question, firstPerson, named: self, selfNamed: true };
  return { question, firstPerson, named: addressed(tokens, sentences, names), selfNamed: false };
}

/** A sentence outside quotations that ends with a question mark and holds "you" or "your". */
function asksYou(tokens: readonly Token[], sentence: SentenceRange, insideQuote: Uint8Array): boolean {
  let end = sentence.last - 1;
  while (end > sentence.first && tokens[end].kind === TokenKind.Quote) end--;
  if (tokens[end].text !== '?' || insideQuote[end] === 1) return false;
  for (let i = sentence.first; i < end; i++) {
    const lower = tokens[i].lower;
    if (tokens[i].kind === TokenKind.Word && (lower === 'you' || lower === 'your' || contractedSubject(tokens[i])?.pronoun === 'you')) {
      return true;
    }
  }
  return false;
}

/**
 * "My name is Jane Doe": the name that follows, as an index among the names; -1 when the paragraph has none. Inside a
 * quotation it is someone else introducing themself ("they say, 'Hi, my name is John'").
 */
function selfIntroduced(tokens: readonly Token[], names: readonly NameCandidate[], insideQuote: Uint8Array): number {
  for (let n = 0; n < names.length; n++) {
    const first = names[n].role?.firstToken ?? names[n].firstToken;
    if (first < 3 || insideQuote[first] === 1) continue;
    const is = tokens[first - 1].lower;
    if ((is === 'is' || is === "'s") && tokens[first - 2].lower === 'name' && tokens[first - 3].lower === 'my') return n;
  }
  return -1;
}

/**
 * A vocative: a name set off by a comma at the start of a sentence or after an opening word ("Alright, Mr. Doe,
 * please proceed."), in a sentence that speaks to it ("you", "your", "please"); -1 when there is none.
 */
function addressed(tokens: readonly Token[], sentences: readonly SentenceRange[], names: readonly NameCandidate[]): number {
  let sentence = 0;
  // The last one: an opening word read as a name ("Alright, Mr. Doe, …") comes before the vocative.
  let found = -1;
  for (let n = 0; n < names.length; n++) {
    const name = names[n];
    const first = name.role?.firstToken ?? name.firstToken;
    while (sentence < sentences.length && sentences[sentence].last <= first) sentence++;
    if (sentence >= sentences.length || tokens[name.lastToken]?.text !== ',') continue;
    const { first: from, last } = sentences[sentence];
    const opens = first === from || (first === from + 2 && tokens[from + 1].text === ',');
    if (!opens) continue;
    for (let i = name.lastToken + 1; i < last; i++) {
      const lower = tokens[i].lower;
      if (lower === 'you' || lower === 'your' || lower === 'please' || contractedSubject(tokens[i])?.pronoun === 'you') {
        found = n;
        break;
      }
    }
  }
  return found;
}
