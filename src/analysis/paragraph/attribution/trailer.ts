// The words after a trailing attribution ("…,” Doe said in May on CBS's “Face the Nation.”"): its own adjuncts only.
import { ATTRIBUTION_TAIL_OPENERS, TAIL_CONJUNCTIONS, TIME_NOUNS } from '../../lexicon/cues';
import { ARTICLES, COMMON_PREPOSITIONS } from '../../lexicon/functionWords';
import { TokenKind, isCapitalized, type Token } from '../../text/tokens';
import { closingMarkStart, finiteAuxiliaries, isFiniteVerbForm, isLowerWord, type AttributionReader } from './reader';
import { subjectPronouns } from './speakers';

const timeNouns = new Set(TIME_NOUNS);
const tailOpeners = new Set(ATTRIBUTION_TAIL_OPENERS);
const adjunctPrepositions = new Set([...COMMON_PREPOSITIONS, 'from', 'during']);
const tailConjunctions = new Set(TAIL_CONJUNCTIONS);
const articlesBefore = new Set(ARTICLES);

/**
 * After a trailing attribution only its own adjuncts may follow: an addressee, places and times,
 * ", adding …", ", who …" — never "that", a colon, a quotation or a clause of its own.
 */
export function endsAttribution(reader: AttributionReader, k: number, sentenceLast: number): boolean {
  const { tokens, lex } = reader;
  const next = tokens[k];
  if (k >= sentenceLast || !next) return true;
  if (next.kind === TokenKind.Punct || next.kind === TokenKind.Quote) return next.text !== ':';
  if (lex.reportingVerbs.get(next.lower)?.form === 'gerund' || tailOpeners.has(next.lower)) return true;
  for (let i = k; i < sentenceLast && i < k + 12; i++) {
    const token = tokens[i];
    if (token.text === ',' || token.text === '.' || token.text === ';') return true;
    // `said on CBS's “Face the Nation.”`: the title of a programme or a work is an adjunct, no quotation of speech.
    const title = token.kind === TokenKind.Quote && i > k ? titleQuoteEnd(reader, i) : -1;
    if (title > i) {
      // (A comma or stop written inside the closing mark ends the attribution there.)
      if (tokens[closingMarkStart(tokens, title) - 1].kind === TokenKind.Punct) return true;
      i = title - 1;
      continue;
    }
    if (token.text === ':' || token.kind === TokenKind.Quote) return false;
    if (token.kind !== TokenKind.Word) continue;
    // "said in a speech shortly after she called …": a clause of time on the cue, not one it reports.
    if (i > k && tailConjunctions.has(token.lower) && opensTailClause(reader, i + 1)) return true;
    // "said in an interview aired on Monday when asked …": a clause that hangs on the adjunct or the cue.
    const hanging = relativeOnAdjunct(reader, i, k);
    if (hanging === Hanging.Clause) return true;
    if (hanging === Hanging.Participle) continue;
    // "said in his speech that night": "that" before a word of time is no complement.
    const thatClause = token.lower === 'that' && !timeNouns.has(tokens[i + 1]?.lower ?? '');
    // (A capitalised "May" is the month, an adjunct: "Doe said in May.")
    if (thatClause || (finiteAuxiliaries.has(token.lower) && !isCapitalized(token))) return false;
    if (i > k && isPastVerbOnly(reader, token)) return false;
  }
  return true;
}

const enum Hanging { None, Clause, Participle }

/**
 * A relative clause on a noun of the adjunct ("in a film that showed …") or a participle that modifies it ("in an
 * interview aired on Monday"): no clause of the attribution's own.
 */
function relativeOnAdjunct(reader: AttributionReader, i: number, k: number): Hanging {
  const { tokens, lex } = reader;
  const previous = tokens[i - 1];
  const token = tokens[i];
  const next = tokens[i + 1];
  // "said on Monday when asked …": a clause with no subject of its own, the circumstance of the cue.
  const participle = isLowerWord(next) && next.lower.endsWith('ed') && (lex.commonClasses(next.lower)?.includes('v') ?? false);
  if (token.lower === 'when' && participle) return Hanging.Clause;
  if (i <= k || !isLowerWord(previous) || !(lex.commonClasses(previous.lower)?.includes('n') ?? false)) return Hanging.None;
  if (token.lower === 'that' || token.lower === 'which') {
    const verb = isLowerWord(next) && (isFiniteVerbForm(next.lower, lex.commonClasses(next.lower)) || lex.irregularPast.has(next.lower));
    return verb ? Hanging.Clause : Hanging.None;
  }
  return isPastVerbOnly(reader, token) && isLowerWord(next) && adjunctPrepositions.has(next.lower) ? Hanging.Participle : Hanging.None;
}

/** Lower-case words inside a title ("Face the Nation", "Pride and Prejudice"). */
const titleFunctionWords = new Set([...ARTICLES, ...COMMON_PREPOSITIONS, 'and', 'or', 'of', 'to']);
/** Most words of a quoted title ("Face the Nation", "Meet the Press"). */
const MAX_TITLE_WORDS = 6;

/**
 * Where a quotation opening at token `q` ends when it is a title after a word (`on CBS's “Face the Nation”`): a few
 * words, each capitalised or a function word; -1 otherwise.
 */
function titleQuoteEnd(reader: AttributionReader, q: number): number {
  const { tokens } = reader;
  const index = reader.quoteOpeningAt[q];
  const before = tokens[q - 1];
  if (index < 0 || !before || before.kind === TokenKind.Punct || before.kind === TokenKind.Quote) return -1;
  const quote = reader.quotes[index];
  if (quote.unclosed || quote.afterToken - quote.openToken > 2 * MAX_TITLE_WORDS) return -1;
  let words = 0;
  const closing = closingMarkStart(tokens, quote.afterToken);
  for (let j = quote.openToken + 1; j < closing; j++) {
    const token = tokens[j];
    if (token.kind !== TokenKind.Word) {
      if ((token.text === '.' || token.text === ',') && j === closing - 1) continue;
      if (token.text !== '-' && token.text !== ':' && token.text !== '&') return -1;
      continue;
    }
    words++;
    if (!isCapitalized(token) && (words === 1 || !titleFunctionWords.has(token.lower))) return -1;
  }
  return words > 0 && words <= MAX_TITLE_WORDS ? quote.afterToken : -1;
}

/** A lower-case past-tense verb that is not also an adjective ("announced", but not "expected"). */
function isPastVerbOnly(reader: AttributionReader, token: Token): boolean {
  const classes = reader.lex.commonClasses(token.lower);
  return !isCapitalized(token) && (classes?.includes('v') ?? false) && token.lower.endsWith('ed') && !(classes?.includes('j') ?? false);
}

/** A subject after a conjunction of the tail: a pronoun, an article or a name ("after she …", "as the crowd …"). */
function opensTailClause(reader: AttributionReader, j: number): boolean {
  const token = reader.tokens[j];
  if (token === undefined || token.kind !== TokenKind.Word) return false;
  return subjectPronouns.has(token.lower) || articlesBefore.has(token.lower) || reader.nameStartingAt[j] >= 0;
}
