// Transcript turns ("Q: …", "A: …", "DR. SMITH: …", "The Minister of State (Ms Doe): …"): the words after the
// label are the labelled speaker's.
import { ANSWER_LABELS, QUESTION_LABELS } from '../../lexicon/cues';
import { LABEL_JOINING_WORDS } from '../../lexicon/speakers';
import { TokenFlag, TokenKind, isCapitalized, type Token } from '../../text/tokens';
import type { AttributionFrame, SpeakerRef } from './frame';
import { lastWordEnd, type AttributionReader } from './reader';

const questionLabels = new Set(QUESTION_LABELS);
const answerLabels = new Set(ANSWER_LABELS);
const joiningWords = new Set(LABEL_JOINING_WORDS);

/** Most tokens a label may take before its colon ("The Minister of State ( Ms Doe )" is nine). */
const LABEL_MAX_TOKENS = 12;

/** A label opening a paragraph: the token after it (its colon, or the stop of "Q."), and what it says. */
interface Label {
  /** The colon or stop closing the label. */
  end: number;
  /** The label's words, lower case, without stops ("dr smith"). */
  words: string;
}

/** How a paragraph opens: 0 with no label, 1 with a question label ("Q:", "Q.", "QUESTION:"), 2 with another label. */
export function turnLabel(tokens: readonly Token[]): 0 | 1 | 2 {
  const label = labelOf(tokens);
  return label === undefined ? 0 : questionLabels.has(label.words) ? 1 : 2;
}

/** The turn a paragraph is: its frame, null for a question (no claim), undefined when the paragraph is not a turn. */
export function transcriptTurn(reader: AttributionReader): AttributionFrame | null | undefined {
  const { tokens } = reader;
  const label = labelOf(tokens);
  if (!label) return undefined;
  if (questionLabels.has(label.words)) return null;
  const colon = label.end;
  let speaker: SpeakerRef | undefined;
  if (answerLabels.has(label.words)) speaker = { kind: 'interviewee' };
  else speaker = labelledSpeaker(reader, colon);
  if (!speaker) return undefined;
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

/**
 * Who a label names: the name in brackets ("The Minister of State (Ms Doe)"), else the name (with its title) that
 * ends at the colon ("DR. SMITH", "Mr. Jones"), else a role the label is ("THE COURT" when that names an actor).
 */
function labelledSpeaker(reader: AttributionReader, colon: number): SpeakerRef | undefined {
  const { tokens, names } = reader;
  if (tokens[colon - 1].text === ')') {
    const inside = reader.nameEndingAt[colon - 2];
    if (inside >= 0 && tokens[(names[inside].role?.firstToken ?? names[inside].firstToken) - 1]?.text === '(') {
      return { kind: 'name', name: inside };
    }
    return undefined;
  }
  const named = reader.nameEndingAt[colon - 1];
  if (named >= 0) {
    const name = names[named];
    const start = name.role ? Math.min(name.role.firstToken, name.firstToken) : name.firstToken;
    // Only titles may stand before the name: "DR. SMITH", "Hon. Jane Doe"; not "In Paris", nor a headline's "The Latest".
    for (let i = 0; i < start; i++) {
      const before = tokens[i];
      if (before.text !== '.' && !reader.lex.titleWords.has(before.lower)) return undefined;
    }
    return { kind: 'name', name: named };
  }
  const role = reader.roleEndingAt[colon - 1];
  if (role >= 0 && reader.roles[role].firstToken <= 1) return { kind: 'role', role };
  return undefined;
}

/**
 * The label opening a paragraph, if any: up to a dozen capitalised or upper-case words before a colon on the
 * first line, with the stops of abbreviated titles ("DR.", "Mr."), brackets and lower-case joining words ("of"),
 * or a bare "Q." / "A." followed by the turn's words.
 */
function labelOf(tokens: readonly Token[]): Label | undefined {
  const words: string[] = [];
  for (let i = 0; i < tokens.length && i <= LABEL_MAX_TOKENS; i++) {
    const token = tokens[i];
    if (i > 0 && (token.flags & TokenFlag.LineBreakBefore) !== 0) return undefined;
    if (token.text === ':') return words.length > 0 && !headingColon(tokens, i) ? { end: i, words: words.join(' ') } : undefined;
    if (token.text === '.') {
      // "Q. Did you see him?": the stop closes a one-letter question or answer label.
      if (i === 1 && (questionLabels.has(words[0]) || answerLabels.has(words[0])) && words[0].length === 1 && tokens[i + 1]) {
        return { end: i, words: words[0] };
      }
      if (i === 0 || tokens[i - 1].kind !== TokenKind.Word || (token.flags & TokenFlag.SpaceBefore) !== 0) return undefined;
      continue;
    }
    if (token.text === '(' || token.text === ')') continue;
    if (token.kind !== TokenKind.Word) return undefined;
    const capital = isCapitalized(token) || token.text === token.text.toUpperCase();
    if (!capital && !(i > 0 && joiningWords.has(token.lower))) return undefined;
    words.push(token.lower);
  }
  return undefined;
}

/** Words after the colon that start a line of their own further on: a heading, not a turn. */
function headingColon(tokens: readonly Token[], colon: number): boolean {
  const next = tokens[colon + 1];
  if (!next) return true;
  return next.start - tokens[colon].end > 3 && (next.flags & TokenFlag.LineBreakBefore) !== 0;
}
