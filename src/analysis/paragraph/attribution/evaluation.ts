// Whether a verb of evaluation ("blasted", "thanked", "questioned") writes out the judgement that makes it a cue.
import { JUDGEMENT_OPENERS, QUESTION_COMPLEMENTS } from '../../lexicon/cues';
import { POSSESSIVE_DETERMINERS } from '../../lexicon/functionWords';
import { TokenKind } from '../../text/tokens';
import { isLowerWord, isWordToken, type AttributionReader } from './reader';

const judgementOpeners = new Set(JUDGEMENT_OPENERS);
const questionComplements = new Set(QUESTION_COMPLEMENTS);
const possessives = new Set(POSSESSIVE_DETERMINERS);
/** Marks that end an object before any judgement is written ("thanked the crew, who …"). */
const objectStops = new Set([',', '.', ';', ':', '!', '?']);

/** Tokens of the object read between the verb and the word that opens its judgement. */
const MAX_OBJECT = 10;

/**
 * After the verb at `anchor`: a quotation, a colon, a question ("questioned whether …"), or an object and its judgement
 * ("blasted the agency as wasteful", "thanked voters for turning out", "slammed Doe over his remarks"). A bare object
 * is no statement ("thanked Doe.", "attacked the town").
 */
export function writesJudgement(reader: AttributionReader, anchor: number, sentenceLast: number): boolean {
  const { tokens } = reader;
  const first = anchor + 1;
  const next = tokens[first];
  if (next === undefined || first >= sentenceLast) return false;
  if (next.text === ':' || reader.quoteOpeningAt[first] >= 0) return true;
  // "was blasted by critics": a passive's agent is no object.
  if (!isWordToken(next) || next.lower === 'by') return false;
  if (questionComplements.has(next.lower)) return true;
  const end = Math.min(sentenceLast, first + MAX_OBJECT);
  for (let k = first + 1; k < end; k++) {
    const token = tokens[k];
    if (token.kind === TokenKind.Punct && objectStops.has(token.text)) return false;
    if (isLowerWord(token) && judgementOpeners.has(token.lower)) return opensJudgement(reader, k);
  }
  return false;
}

/**
 * The words after "as" (anything said of the object), or after "for", "over", "against" a reason: a gerund, a
 * possessive or a quotation ("for its decision", "for taking", "for “…”"), not a time ("for the third time").
 */
function opensJudgement(reader: AttributionReader, k: number): boolean {
  const { tokens, lex } = reader;
  const next = tokens[k + 1];
  if (reader.quoteOpeningAt[k + 1] >= 0) return true;
  if (!isWordToken(next)) return false;
  if (tokens[k].lower === 'as') return true;
  if (possessives.has(next.lower)) return true;
  return next.lower.endsWith('ing') && (lex.commonClasses(next.lower)?.includes('v') ?? false);
}
