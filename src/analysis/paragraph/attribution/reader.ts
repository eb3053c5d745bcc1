// One paragraph as the attribution readers see it: its tokens and findings, indexed by token, and the words they test.
import { CUE_ADVERBS, WORDS_BEFORE_CUE } from '../../lexicon/cues';
import { FINITE_AUXILIARIES } from '../../lexicon/functionWords';
import { lexicon, type Lexicon } from '../../lexicon/lexicon';
import type { SentenceRange } from '../../text/sentences';
import { Token, TokenKind, isCapitalized } from '../../text/tokens';
import type { NameCandidate, RoleMention } from '../names/candidate';
import type { MarkedQuote } from '../quotes';

/** Tokens looked at on each side of a cue; longer sentences are read in this window around it. */
export const CUE_WINDOW = 250;

/** The marks that end a sentence, as tokens. */
export const sentenceStops: ReadonlySet<string> = new Set(['.', '!', '?']);

/** Words that may stand between a speaker and its verb besides adverbs in -ly ("also", "later", "again"). */
export const adverbsBeforeCue: ReadonlySet<string> = new Set([...CUE_ADVERBS, ...WORDS_BEFORE_CUE]);
/** Auxiliaries and modals in a finite form, with either apostrophe ("didn't", "didn’t"): a clause has its verb. */
export const finiteAuxiliaries: ReadonlySet<string> = new Set([
  ...FINITE_AUXILIARIES,
  ...FINITE_AUXILIARIES.map((w) => w.replace("'", '’')),
]);

/** A past tense in -ed, or a verb in -s that is no noun: a finite verb ("Beijing feared", "the economy grows"). */
export function isFiniteVerbForm(lower: string, classes: string | undefined): boolean {
  return (classes?.includes('v') ?? false) && (lower.endsWith('ed') || (lower.endsWith('s') && !classes?.includes('n')));
}

/**
 * What every attribution reader reads of one paragraph. The token tables hold, for each token, the
 * index of the name, role or quotation that starts or ends there, or -1.
 */
export interface AttributionReader {
  readonly tokens: readonly Token[];
  readonly sentences: readonly SentenceRange[];
  readonly names: readonly NameCandidate[];
  readonly roles: readonly RoleMention[];
  readonly quotes: readonly MarkedQuote[];
  readonly lex: Lexicon;
  readonly nameEndingAt: Int32Array;
  readonly nameStartingAt: Int32Array;
  readonly roleEndingAt: Int32Array;
  readonly roleStartingAt: Int32Array;
  /** Outer marked quotation whose opening mark is this token. */
  readonly quoteOpeningAt: Int32Array;
  /** Outer marked quotation whose closing mark is the token before this index. */
  readonly quoteClosingBefore: Int32Array;
  /** Per sentence, whether it holds a cue or quotation of its own: 1 yes, 0 no, -1 not asked yet. */
  readonly hasCue: Int8Array;
}

let tableStore = new Int32Array(0);
/** Paragraphs up to this many tokens share the kept buffer; a longer one (a megabyte line) gets its own, freed with it. */
const KEPT_TABLE_TOKENS = 1 << 15;

/** Six tables of `n` entries, all -1: in the kept buffer, grown as needed, unless the paragraph is exceptionally long. */
function tableBuffer(n: number): Int32Array {
  if (n > KEPT_TABLE_TOKENS) return new Int32Array(6 * n).fill(-1);
  if (tableStore.length < 6 * n) tableStore = new Int32Array(Math.min(6 * KEPT_TABLE_TOKENS, Math.max(6 * n, 2 * tableStore.length)));
  return tableStore.fill(-1, 0, 6 * n);
}

export function createReader(
  tokens: readonly Token[],
  sentences: readonly SentenceRange[],
  names: readonly NameCandidate[],
  roles: readonly RoleMention[],
  quotes: readonly MarkedQuote[],
): AttributionReader {
  const n = tokens.length + 1;
  // One buffer for the six tables, kept from one paragraph to the next: a typed array is costly to create, and a
  // reader lives only while findAttributions reads its paragraph. The views below have the paragraph's length.
  const buffer = tableBuffer(n);
  const reader: AttributionReader = {
    tokens,
    sentences,
    names,
    roles,
    quotes,
    lex: lexicon(),
    nameEndingAt: buffer.subarray(0, n),
    nameStartingAt: buffer.subarray(n, 2 * n),
    roleEndingAt: buffer.subarray(2 * n, 3 * n),
    roleStartingAt: buffer.subarray(3 * n, 4 * n),
    quoteOpeningAt: buffer.subarray(4 * n, 5 * n),
    quoteClosingBefore: buffer.subarray(5 * n, 6 * n),
    hasCue: new Int8Array(sentences.length).fill(-1),
  };
  names.forEach((name, i) => indexName(reader, name, i));
  roles.forEach((role, i) => {
    reader.roleEndingAt[role.lastToken - 1] = i;
    reader.roleStartingAt[role.firstToken] = i;
  });
  quotes.forEach((quote, i) => {
    if (quote.depth !== 0) return;
    reader.quoteOpeningAt[quote.openToken] = i;
    // An archive pair ('' or ``) opens at its second half; a cue before it sees its first half ("said, ''…").
    if (isArchivePairEnd(tokens, quote.openToken)) reader.quoteOpeningAt[quote.openToken - 1] = i;
    if (!quote.unclosed) reader.quoteClosingBefore[quote.afterToken] = i;
  });
  return reader;
}

/** Where a name's speaker phrase may start and end: the name, its title, its "the", letters after it. */
function indexName(reader: AttributionReader, name: NameCandidate, i: number): void {
  if (name.firstToken < 0) return;
  const { nameEndingAt, nameStartingAt } = reader;
  nameEndingAt[name.lastToken - 1] = i;
  // "Priyanka Bhattacharya KC said": letters after the name still end the speaker phrase.
  if (name.tailToken !== undefined && name.tailToken > name.lastToken) nameEndingAt[name.tailToken - 1] = i;
  if (nameStartingAt[name.firstToken] < 0) nameStartingAt[name.firstToken] = i;
  // "said Dr Aminata Ouédraogo": a title before the name starts the speaker phrase.
  if (name.role && nameStartingAt[name.role.firstToken] < 0) nameStartingAt[name.role.firstToken] = i;
  // "the Kremlin": a determiner before a name still starts the speaker phrase.
  if (name.precededByThe && name.firstToken > 0 && nameStartingAt[name.firstToken - 1] < 0) nameStartingAt[name.firstToken - 1] = i;
}

/** Whether token `k` is the second half of an archive pair ('' or ``) written as one double mark. */
export function isArchivePairEnd(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k];
  const first = tokens[k - 1];
  return (mark?.text === "'" || mark?.text === '`') && first?.text === mark.text && first.end === mark.start;
}

/** The first token of the mark that closes a quotation ending before `after`: both halves of an archive pair (''). */
export function closingMarkStart(tokens: readonly Token[], after: number): number {
  return isArchivePairEnd(tokens, after - 1) ? after - 2 : after - 1;
}

export function isWordToken(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === TokenKind.Word;
}

/** A word written in lower case. */
export function isLowerWord(token: Token | undefined): token is Token {
  return isWordToken(token) && !isCapitalized(token);
}

/** Where content ends in tokens [from, to): after its last word or closing bracket, before trailing commas and stops. */
export function lastWordEnd(tokens: readonly Token[], from: number, to: number): number {
  let k = to - 1;
  while (k > from && tokens[k].kind === TokenKind.Punct && tokens[k].text !== ')' && tokens[k].text !== ']') k--;
  return k + 1;
}

/**
 * The end of quoted words without the comma or colon that hands over to the attribution ("…,” she said), nor the first
 * half of a closing archive pair (",''").
 */
export function quotedEnd(tokens: readonly Token[], first: number, last: number): number {
  let end = last;
  const closer = tokens[last];
  const pairHalf = tokens[end - 1];
  if (closer && pairHalf && end > first + 1 && pairHalf.text === closer.text && pairHalf.end === closer.start) end--;
  while (end > first + 1 && (tokens[end - 1].text === ',' || tokens[end - 1].text === ':' || tokens[end - 1].text === ';')) end--;
  return end;
}
