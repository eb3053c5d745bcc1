// A statement signed with a dash after it ("… laughs about it. — Jane Doe", "…” — Doe, on the vote"): the words are the signer's.
import { SPEAKING_PRONOUNS } from '../../lexicon/functionWords';
import { TokenKind, isCapitalized, type Token } from '../../text/tokens';
import type { AttributionFrame } from './frame';
import { sentenceStops, type AttributionReader } from './reader';
import { contractedSubject } from './speakers';

const speakingPronouns = new Set(SPEAKING_PRONOUNS);

/** Dashes that introduce a signature. */
const SIGNATURE_DASHES = new Set(['—', '–', '--']);
/** Fewest words a signed statement has. */
const MIN_SIGNED_WORDS = 4;
/** Most tokens after the signer's name: a short note on when or about what ("on whether the talks will go on"). */
const MAX_NOTE_TOKENS = 30;

/**
 * The frame of a paragraph whose last sentence is followed by a dash and a name: the words before the dash are the
 * named person's. The dash must follow a sentence's end or a closing quotation mark, so that a dash inside a sentence
 * ("the deal — Doe said — fell through") is no signature.
 */
export function signedStatement(reader: AttributionReader): AttributionFrame | undefined {
  const { tokens, names } = reader;
  const from = Math.max(1, tokens.length - MAX_NOTE_TOKENS - 6);
  for (let d = tokens.length - 2; d >= from; d--) {
    if (!SIGNATURE_DASHES.has(tokens[d].text)) continue;
    const before = tokens[d - 1];
    const closes = before.kind === TokenKind.Quote || before.text === '.' || before.text === '!' || before.text === '?';
    const signer = reader.nameStartingAt[d + 1];
    if (!closes || signer < 0 || !isCapitalized(tokens[d + 1])) return undefined;
    const nameEnd = names[signer].lastToken;
    const after = tokens[nameEnd];
    // The name ends the paragraph, or a comma opens a short note after it.
    if (after && after.text !== ',' && after.text !== '.') return undefined;
    if (tokens.length - nameEnd > MAX_NOTE_TOKENS) return undefined;
    return frameBefore(reader, d, signer);
  }
  return undashedSignature(reader);
}

/**
 * "… I needed to leave. Jane Doe": a full name standing alone after the paragraph's last sentence signs it as well,
 * without a dash, when the words before it speak in the first or second person (or are one quotation).
 */
function undashedSignature(reader: AttributionReader): AttributionFrame | undefined {
  const { tokens, names } = reader;
  const end = tokens[tokens.length - 1]?.text === '.' ? tokens.length - 1 : tokens.length;
  const signer = end > 0 ? reader.nameEndingAt[end - 1] : -1;
  if (signer < 0 || names[signer].role !== undefined || names[signer].words.length < 2) return undefined;
  const first = names[signer].firstToken;
  const before = tokens[first - 1];
  const closes = before !== undefined && (before.kind === TokenKind.Quote || sentenceStops.has(before.text));
  return closes ? frameBefore(reader, first, signer) : undefined;
}

/** The frame of the words before token `d` (the dash, or the name itself when it has none), signed by name `signer`. */
function frameBefore(reader: AttributionReader, d: number, signer: number): AttributionFrame | undefined {
  const { tokens, names } = reader;
  let first = 0;
  while (first < d && tokens[first].kind !== TokenKind.Word && tokens[first].kind !== TokenKind.Number && tokens[first].text !== '[') {
    first++;
  }
  // Back over the stop and closing marks the dash follows.
  let last = d;
  while (last > first && (tokens[last - 1].kind === TokenKind.Punct || tokens[last - 1].kind === TokenKind.Quote)) last--;
  let words = 0;
  for (let i = first; i < last; i++) if (tokens[i].kind === TokenKind.Word) words++;
  if (words < MIN_SIGNED_WORDS) return undefined;
  // One marked quotation before the dash is direct speech; unmarked words must speak in the first or second person,
  // or the name is a reporter's byline under a news brief.
  const quote = reader.quoteOpeningAt[first - 1] ?? -1;
  const whole = quote >= 0 && reader.quotes[quote].afterToken >= d - 1;
  if (!whole && !speaksInPerson(tokens, first, last)) return undefined;
  return {
    speaker: { kind: 'name', name: signer },
    speakerStart: tokens[names[signer].firstToken].start,
    speakerEnd: tokens[names[signer].lastToken - 1].end,
    cueStart: tokens[d].start,
    // Without a dash, the name is the cue as well.
    cueEnd: tokens[d === names[signer].firstToken ? names[signer].lastToken - 1 : d].end,
    contentStart: tokens[first].start,
    contentEnd: tokens[last - 1].end,
    kind: whole ? 'direct' : 'indirect',
    quote: whole ? quote : undefined,
    unmarkedQuote: false,
    cueToken: d,
  };
}

/** Whether tokens [first, last) hold a pronoun of the first or second person ("I", "our", "you're"). */
function speaksInPerson(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const token = tokens[i];
    if (token.kind === TokenKind.Word && (speakingPronouns.has(token.lower) || contractedSubject(token) !== undefined)) return true;
  }
  return false;
}
