// What a reporting cue reports: a quotation, a "that" clause, speech after a colon, or the words before a trailing cue.
import { MONTHS, WEEKDAYS } from '../../lexicon/calendar';
import {
  ADDRESSEE_NOUNS,
  ATTRIBUTION_CONTINUATIONS,
  CLAUSE_BOUNDARY_GERUNDS,
  CUE_ADJUNCTS,
  CUE_ADJUNCT_PREPOSITIONS,
  CUE_ADVERBS,
  INTRODUCING_WORDS,
  NOT_A_VERDICT_AFTER_CALL,
} from '../../lexicon/cues';
import {
  ARTICLES, COMMON_PREPOSITIONS, COORDINATORS, OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, QUESTION_WORDS,
} from '../../lexicon/functionWords';
import type { ReportingVerb } from '../../lexicon/lexicon';
import type { SentenceRange } from '../../text/sentences';
import { TokenKind, isCapitalized, isPossessive, type Token } from '../../text/tokens';
import type { ContentRange } from './frame';
import {
  CUE_WINDOW, closingMarkStart, finiteAuxiliaries, isFiniteVerbForm, isLowerWord, isWordToken, lastWordEnd, quotedEnd,
  type AttributionReader,
} from './reader';
import { opensQuantity, verdictOnPronoun } from './objects';
import { speakerDeterminers, subjectPronouns } from './speakers';

const addressees = new Set([...OBJECT_PRONOUNS, ...ADDRESSEE_NOUNS]);
const cueAdjuncts = new Set([...CUE_ADVERBS, ...ARTICLES, ...WEEKDAYS, ...CUE_ADJUNCTS]);
/** Written with either apostrophe: "didn't", "didn’t". */
const calendarWords = new Set([...WEEKDAYS, ...MONTHS]);
const questionWords = new Set(QUESTION_WORDS);
const articles = new Set(ARTICLES);
const coordinators = new Set(COORDINATORS);
const introducingWords = new Set(INTRODUCING_WORDS);
const boundaryGerunds = new Set(CLAUSE_BOUNDARY_GERUNDS);
const continuations = new Set(ATTRIBUTION_CONTINUATIONS);
const notAVerdict = new Set(NOT_A_VERDICT_AFTER_CALL);
/** Words that open the object of a verb right after it ("yields a …", "needs to …"). */
const objectOpeners = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS, ...OBJECT_PRONOUNS, 'to', 'that', 'no', 'more', 'some']);
/** After these, "that" is a determiner ("told the story of that winter"), not the start of a complement. */
const prepositionsBeforeThat = new Set([...COMMON_PREPOSITIONS, 'from']);
/** Relative pronouns after a noun: the verb after them is a relative clause's. */
const relativePronouns = new Set(['which', 'who']);
/** Content never starts with these: "said in …", "said to …" go on with the cue. */
const prepositionsOpeningAdjuncts = new Set([...COMMON_PREPOSITIONS, 'to']);
/** Prepositions that open an adjunct between a cue and its content ("said at a rally in Ohio that …"). */
const adjunctPrepositions = new Set([...COMMON_PREPOSITIONS, ...CUE_ADJUNCT_PREPOSITIONS]);

/** Speech rarely runs more than a few sentences before its cue; the bound also keeps long paragraphs linear. */
const MAX_SPEECH_SENTENCES = 6;

/** Content after the cue at token `c`: a quotation, "that …", a colon, or a bare clause ("Peskov said Putin and Xi would …"). */
export function forwardContent(
  reader: AttributionReader,
  c: number,
  verb: ReportingVerb,
  sentence: SentenceRange,
): ContentRange | undefined {
  const { tokens } = reader;
  // "called the deal a model for the region", "called the deal “a model”": the verdict, with what it is on, is the
  // content; a quotation right after the cue is the content alone. (A one-word quotation without an article, "called
  // the sentence “dangerous”", names a term rather than a statement: no verdict.)
  if (characterises(reader, c, verb, sentence.last) && reader.quoteOpeningAt[c + 1] < 0) {
    const last = lastWordEnd(tokens, c + 1, sentence.last);
    return last - (c + 1) >= 3 ? { first: c + 1, last, kind: 'indirect', unmarked: false } : undefined;
  }
  let k = contentStart(reader, c, verb, sentence);
  if (tokens[k]?.text === ',' && reader.quoteOpeningAt[k + 1] >= 0) k++;
  return objectWithShortVerdict(reader, c, k, verb) ?? contentFrom(reader, k, sentence);
}

const objectBreaks = new Set([',', ';', ':', '.', '(', ')', '!', '?']);
/** Most words of a quoted verdict read together with its object ("called the mayor “unhinged”"). */
const SHORT_VERDICT = 2;

/**
 * "called Doe “unhinged”", "called the mayor the “ultimate hypocrite”": a verdict too short to stand alone is read
 * with the object it is on. A one-word quotation that is no adjective names a term ("calls these cases “enlace”").
 */
function objectWithShortVerdict(reader: AttributionReader, c: number, k: number, verb: ReportingVerb): ContentRange | undefined {
  const { tokens, lex } = reader;
  const q = reader.quoteOpeningAt[k];
  if (verb.lemma !== 'call' || k <= c + 1 || q < 0 || reader.quotes[q].unclosed) return undefined;
  for (let m = c + 1; m < k; m++) if (tokens[m].kind === TokenKind.Quote || objectBreaks.has(tokens[m].text)) return undefined;
  const quote = reader.quotes[q];
  let words = 0;
  let word: Token | undefined;
  for (let m = quote.openToken + 1; m < quote.afterToken; m++) {
    if (tokens[m].kind === TokenKind.Word) {
      words++;
      word = tokens[m];
    }
  }
  if (words === 0 || words > SHORT_VERDICT) return undefined;
  const classes = word === undefined ? undefined : lex.commonClasses(word.lower);
  const adjective = (classes?.includes('j') ?? false) || (word?.lower.endsWith('ed') === true && (classes?.includes('v') ?? false));
  // (One word on a thing, "called the sentence “dangerous”", rather quotes a term than gives a verdict.)
  if (words === 1 && !(adjective && reader.nameStartingAt[c + 1] >= 0)) return undefined;
  return { first: c + 1, last: lastWordEnd(tokens, c + 1, quote.afterToken), kind: 'indirect', quote: q, unmarked: false };
}

/** Where the content starts after the cue at `c`: past an addressee, adjuncts, or a short object. */
function contentStart(reader: AttributionReader, c: number, verb: ReportingVerb, sentence: SentenceRange): number {
  const { tokens } = reader;
  const k = afterAddressee(reader, c + 1, verb);
  const aside = afterCommaAside(reader, k, sentence.last);
  if (aside > k) return aside;
  // Adjuncts between the cue and its content: "said Friday that", "said in a statement that", "said on Twitter:".
  const j = afterAdjuncts(reader, k, sentence.last);
  // A comma after the adjuncts hands over to a quotation only ("said on Twitter, “…”"), not to an apposition.
  const quoteAfterComma = tokens[j]?.text === ',' && reader.quoteOpeningAt[j + 1] >= 0;
  if (j > k && (tokens[j]?.lower === 'that' || tokens[j]?.text === ':' || quoteAfterComma)) return j;
  // "said the government would act": an article skipped as an adjunct's belongs to the clause's subject.
  if (j > k && opensClause(reader, j, sentence.last)) {
    return articles.has(tokens[j - 1].lower) && !articles.has(tokens[j].lower) ? j - 1 : j;
  }
  const long = afterLongAdjunct(reader, k, sentence.last);
  return long > k ? long : afterShortObject(reader, k, verb, sentence.last);
}

/** Most words of an aside between commas after a cue ("said, however, that", "said, among other things, that"). */
const MAX_ASIDE = 4;
/** Most words of a manner aside before a quotation ("said, without opening its eyes, ‘…’", "replied, after a pause, “…”"). */
const MAX_ASIDE_BEFORE_QUOTATION = 6;

/**
 * Past an aside between commas to the "that" or the quotation after it ("said, however, that …", "said, without
 * looking up, ‘…’"); `k` itself when there is none.
 */
function afterCommaAside(reader: AttributionReader, k: number, sentenceLast: number): number {
  const { tokens } = reader;
  if (tokens[k]?.text !== ',') return k;
  let m = k + 1;
  while (m < sentenceLast && m <= k + MAX_ASIDE_BEFORE_QUOTATION && isLowerWord(tokens[m])) m++;
  if (m === k + 1 || tokens[m]?.text !== ',') return k;
  if (tokens[m + 1]?.lower === 'that' && m <= k + 1 + MAX_ASIDE) return m + 1;
  return reader.quoteOpeningAt[m + 1] >= 0 ? m + 1 : k;
}

/** Longest adjunct looked across between a cue and its "that" ("says at a campaign stop in Toledo, Ohio, that …"). */
const LONG_ADJUNCT = 24;

/**
 * Past a prepositional adjunct of any length to the "that", colon or quotation that opens the content, when the
 * adjunct holds no verb of its own; `k` itself otherwise.
 */
function afterLongAdjunct(reader: AttributionReader, k: number, sentenceLast: number): number {
  const { tokens, lex } = reader;
  if (!isLowerWord(tokens[k]) || !adjunctPrepositions.has(tokens[k].lower)) return k;
  for (let m = k + 1; m < sentenceLast && m < k + LONG_ADJUNCT; m++) {
    const token = tokens[m];
    // (A colon inside a time, "at 11:40", is no colon that opens speech.)
    if (token.text === ':' && tokens[m - 1].kind === TokenKind.Number) return k;
    if (token.text === ':' || reader.quoteOpeningAt[m] >= 0) return tokens[m - 1].text === ',' || token.text === ':' ? m : k;
    if (token.kind === TokenKind.Quote || token.text === ';' || token.text === '(' || token.text === ')') return k;
    if (token.kind !== TokenKind.Word || isCapitalized(token)) continue;
    if (token.lower === 'that') return m > k + 1 && looksLikeClause(reader, m + 1, Math.min(sentenceLast, m + 12)) ? m : k;
    if (finiteAuxiliaries.has(token.lower) || lex.reportingVerbs.has(token.lower) || questionWords.has(token.lower)) return k;
    const classes = lex.commonClasses(token.lower);
    if (classes === 'v' || (classes?.includes('v') && token.lower.endsWith('ed') && !classes.includes('j'))) return k;
  }
  return k;
}

/** Past the addressee of "told reporters", "telling him", "told CBC News", "urged the government to". */
function afterAddressee(reader: AttributionReader, k: number, verb: ReportingVerb): number {
  if (!verb.addressee && verb.lemma !== 'warn') return k;
  const { tokens } = reader;
  const nameIndex = reader.nameStartingAt[k];
  if (nameIndex >= 0) return reader.names[nameIndex].lastToken;
  if (isWordToken(tokens[k]) && addressees.has(tokens[k].lower)) return k + 1;
  if (tokens[k]?.lower === 'the' && isWordToken(tokens[k + 1])) return k + 2;
  return k;
}

/** Past adjunct words and names ("on Monday", "in a statement", "to CNN"), at most eight tokens. */
function afterAdjuncts(reader: AttributionReader, k: number, sentenceLast: number): number {
  const { tokens } = reader;
  let j = k;
  while (j < sentenceLast && j < k + 8 && isWordToken(tokens[j]) && (cueAdjuncts.has(tokens[j].lower) || reader.nameStartingAt[j] >= 0)) {
    if (reader.nameStartingAt[j] >= 0) j = reader.names[reader.nameStartingAt[j]].lastToken;
    else j++;
  }
  return j;
}

/** A subject pronoun or determiner that starts a clause ("said on Monday he would …"). */
function opensClause(reader: AttributionReader, j: number, sentenceLast: number): boolean {
  const token = reader.tokens[j];
  if (!isWordToken(token) || !(subjectPronouns.has(token.lower) || speakerDeterminers.has(token.lower))) return false;
  return looksLikeClause(reader, j, sentenceLast);
}

/**
 * "told local radio on Monday that …", "called the vote “a turning point”", "asked officials how …": past a short
 * object to the word that starts the content; `k` itself when none does within ten tokens.
 */
function afterShortObject(reader: AttributionReader, k: number, verb: ReportingVerb, sentenceLast: number): number {
  const { tokens, lex } = reader;
  // "told Fox that … “accelerated” …": a "that" right after the addressee opens the clause, quoted words and all.
  if (tokens[k]?.lower === 'that' && looksLikeClause(reader, k + 1, Math.min(sentenceLast, k + 12))) return k;
  for (let m = k; m < sentenceLast && m < k + 10; m++) {
    const token = tokens[m];
    if (token.kind === TokenKind.Punct && token.text !== '-') break;
    if (m > k && startsOwnVerb(reader, m)) break;
    if (token.lower === 'that' && m > k) {
      // "told the story of that winter": after a preposition "that" is a determiner, not a complement.
      const before = tokens[m - 1].lower;
      if (lex.commonClasses(before) === 'f' || prepositionsBeforeThat.has(before)) break;
      return m;
    }
    // "asked officials how such documents …": the question is the content; after a noun, for a verb that takes no
    // addressee, "who" and "which" open a relative clause ("said the people who died were …").
    if (questionWords.has(token.lower) && m > k && !relativeAfterNoun(reader, m, verb)) return m;
    if (reader.quoteOpeningAt[m] >= 0 && m > k && takesQuotedObject(verb)) return m;
    // (A capitalised "May" is the month: "told Reuters in May that".)
    if (isLowerWord(token) && finiteAuxiliaries.has(token.lower)) break;
  }
  return k;
}

/** "who" or "which" after a common noun, after a verb that takes no addressee: a relative pronoun, not a question. */
function relativeAfterNoun(reader: AttributionReader, m: number, verb: ReportingVerb): boolean {
  const { tokens, lex } = reader;
  const previous = tokens[m - 1];
  if (!relativePronouns.has(tokens[m].lower) || verb.addressee || !isLowerWord(previous)) return false;
  return lex.commonClasses(previous.lower)?.includes('n') ?? false;
}

/** A past-tense verb of its own after a word that is no determiner: the object has become a clause. */
function startsOwnVerb(reader: AttributionReader, m: number): boolean {
  const { tokens, lex } = reader;
  const token = tokens[m];
  if (!isLowerWord(token) || !token.lower.endsWith('ed') || !lex.commonClasses(token.lower)?.includes('v')) return false;
  const previous = tokens[m - 1];
  if (lex.reportingVerbs.has(token.lower) || previous.kind !== TokenKind.Word) return false;
  // A speaker's modifier may be the subject's noun itself ("the company closed", "police arrested").
  return !speakerDeterminers.has(previous.lower) || (lex.commonClasses(previous.lower)?.includes('n') ?? false);
}

/** Verbs whose object may be followed by the quoted words ("called the vote “…”", "told him “…”"). */
function takesQuotedObject(verb: ReportingVerb): boolean {
  return verb.lemma === 'call' || verb.lemma === 'describe' || verb.quotationOnly || verb.addressee;
}

/** The content starting at token `k`: a quotation, speech after a colon, a "that" clause or a bare clause. */
function contentFrom(reader: AttributionReader, k: number, sentence: SentenceRange): ContentRange | undefined {
  const { tokens } = reader;
  const next = tokens[k];
  if (!next) return undefined;
  const quoteIndex = reader.quoteOpeningAt[k];
  if (quoteIndex >= 0) return runOnQuote(reader, quotedContent(reader, quoteIndex), sentence);
  if (next.text === ':' && reader.quoteOpeningAt[k + 1] >= 0) return quotedContent(reader, reader.quoteOpeningAt[k + 1]);
  if (next.text === ':' || (next.text === ',' && opensUnmarkedSpeech(reader, k + 1))) {
    // Speech after a colon (or a comma: "Graham said, How many of you …") with its marks stripped runs to the end of
    // the paragraph.
    const first = k + 1;
    const last = lastWordEnd(tokens, first, Math.min(tokens.length, first + 4 * CUE_WINDOW));
    return last - first < 2 ? undefined : { first, last, kind: 'direct', unmarked: true };
  }
  if (next.lower === 'that' && next.kind === TokenKind.Word) {
    const first = k + 1;
    const last = lastWordEnd(tokens, first, sentence.last);
    return last - first < 2 ? undefined : { first, last, kind: 'indirect', unmarked: false };
  }
  if (next.kind !== TokenKind.Word && next.kind !== TokenKind.Number && next.kind !== TokenKind.Quote) return undefined;
  if (next.kind === TokenKind.Word && prepositionsOpeningAdjuncts.has(next.lower) && !opensQuantity(reader, k)) return undefined;
  const last = lastWordEnd(tokens, k, sentence.last);
  // After the cue, a reporting verb inside the clause is its verb ("said the band wrote new songs").
  if (!looksLikeClause(reader, k, last, true)) return undefined;
  return { first: k, last: trimAtGerund(reader, k, last), kind: 'indirect', unmarked: false };
}

/**
 * A capitalised word after "said," that starts a sentence of its own: speech whose marks were stripped. Not a day or
 * month ("said, Monday, that"), not an apposition that a comma closes ("said, Sen. Doe, that").
 */
function opensUnmarkedSpeech(reader: AttributionReader, k: number): boolean {
  const { tokens } = reader;
  const token = tokens[k];
  if (!isWordToken(token) || !isCapitalized(token) || calendarWords.has(token.lower)) return false;
  const named = reader.nameStartingAt[k] >= 0 || reader.roleStartingAt[k] >= 0;
  const nameEnd = reader.nameStartingAt[k] >= 0 ? reader.names[reader.nameStartingAt[k]].lastToken : k + 1;
  return !(named && tokens[nameEnd]?.text === ',');
}

/**
 * `said “it gets me mad” every time he thinks …`: a quotation the sentence goes on from, with no comma or stop inside
 * its closing mark, is the start of the content, which runs to the sentence's end.
 */
function runOnQuote(reader: AttributionReader, content: ContentRange | undefined, sentence: SentenceRange): ContentRange | undefined {
  if (content?.quote === undefined) return content;
  const { tokens } = reader;
  const quote = reader.quotes[content.quote];
  const after = tokens[quote.afterToken];
  if (quote.unclosed || quote.afterToken >= sentence.last || !isLowerWord(after) || coordinators.has(after.lower)) return content;
  if (reader.lex.reportingVerbs.has(after.lower) || tokens[closingMarkStart(tokens, quote.afterToken) - 1]?.kind === TokenKind.Punct) {
    return content;
  }
  return { ...content, last: lastWordEnd(tokens, content.first, sentence.last) };
}

/** The words of a marked quotation; one left open runs to the paragraph's last word. */
function quotedContent(reader: AttributionReader, q: number): ContentRange | undefined {
  const { tokens } = reader;
  const quote = reader.quotes[q];
  const last = quote.unclosed ? lastWordEnd(tokens, 0, quote.afterToken) : quotedEnd(tokens, quote.openToken + 1, quote.afterToken - 1);
  if (last <= quote.openToken + 1) return undefined;
  return { first: quote.openToken + 1, last, kind: 'direct', quote: q, unmarked: false };
}

/** A clause reported by a cue ends before a following ", and calling …" / " and urging …". */
function trimAtGerund(reader: AttributionReader, first: number, last: number): number {
  const { tokens } = reader;
  for (let i = first + 2; i < last; i++) {
    const token = tokens[i];
    const joined = tokens[i - 1].lower === 'and' || tokens[i - 1].text === ',';
    if (token.kind !== TokenKind.Word || !boundaryGerunds.has(token.lower) || !joined) continue;
    let end = i - 1;
    while (end > first && (tokens[end].kind === TokenKind.Punct || tokens[end].lower === 'and')) end--;
    return end + 1;
  }
  return last;
}

/** Content written before a trailing cue: where it starts and ends, and whether it is a marked quotation. */
export interface BackwardContent {
  first: number;
  last: number;
  marked: boolean;
  quote?: number;
}

/**
 * Content written before a trailing attribution ("…, Ushakov said"): a marked quotation that closes
 * just before, or — when marks were stripped — the words from the start of the speech to the comma.
 */
export function backwardContent(
  reader: AttributionReader,
  speakerFirst: number,
  sentence: SentenceRange,
  sentenceIndex: number,
  attributionCloses = false,
): BackwardContent | undefined {
  const { tokens } = reader;
  let k = speakerFirst - 1;
  // `"…," he said` / `"…", he said` / `"…" he said`.
  if (tokens[k]?.text === ',' || tokens[k]?.text === '—' || tokens[k]?.text === '–') k--;
  const closing = reader.quoteClosingBefore[k + 1] >= 0 ? reader.quoteClosingBefore[k + 1] : reader.quoteClosingBefore[speakerFirst];
  if (closing >= 0) return quotationBefore(reader, closing, sentence);
  if (speakerFirst === sentence.first && sentenceIndex > 0) return exclamationBefore(reader, sentenceIndex - 1);
  const handover = tokens[speakerFirst - 1]?.text;
  if (handover !== ',' && handover !== '?' && handover !== '!') return undefined;
  // Unmarked speech: from the sentence start, or the paragraph start when earlier sentences carry no cue of their own.
  let first = Math.max(speechStart(reader, sentence, sentenceIndex), speakerFirst - 2 * CUE_WINDOW);
  while (first < k && tokens[first].kind === TokenKind.Quote) first++;
  const last = lastWordEnd(tokens, first, speakerFirst - 1);
  if (last - first < 2) return undefined;
  // "In a statement, the company said …" introduces; it is not what was said. "In some ways we’ve won, Doe said" is.
  const opener = tokens[first].lower;
  const participle = opener.endsWith('ing') || opener.endsWith('ed') || opener === 'according';
  if (introducingWords.has(opener) && (participle || !clauseAfterOpeningPhrase(reader, first, last))) return undefined;
  // A few words that make no clause ("Later in the day, Doe praised …") are speech only when the attribution closes the
  // sentence ("So far so good, Doe replied.").
  if (last - first < 6 && !looksLikeClause(reader, first, last) && !attributionCloses) return undefined;
  return { first, last, marked: false };
}

/**
 * "Why are they still here? Doe asked.": with its marks stripped, a question or exclamation ends the sentence before
 * the attribution that opens the next one; it is the speech, with the sentences before it that carry no cue.
 */
function exclamationBefore(reader: AttributionReader, s: number): BackwardContent | undefined {
  const { tokens, sentences } = reader;
  const previous = sentences[s];
  const stop = tokens[previous.last - 1]?.text;
  if (stop !== '?' && stop !== '!') return undefined;
  if (reader.hasCue[s] < 0) reader.hasCue[s] = sentenceHasCueOrQuote(reader, previous) ? 1 : 0;
  if (reader.hasCue[s] === 1) return undefined;
  const first = speechStart(reader, previous, s);
  const last = lastWordEnd(tokens, first, previous.last);
  return last - first < 2 ? undefined : { first, last, marked: false };
}

/** Whether words that open with a preposition go on to a clause: after the phrase's comma, or with a pronoun subject. */
function clauseAfterOpeningPhrase(reader: AttributionReader, first: number, last: number): boolean {
  for (let i = first + 1; i < last; i++) {
    if (reader.tokens[i].text === ',') return looksLikeClause(reader, i + 1, last);
    if (opensWithSubjectPronoun(reader, i)) return true;
  }
  return false;
}

/** A finite reporting verb in tokens [from, to), outside quotations ("said", "told"; not "saying"). */
export function holdsFiniteCue(reader: AttributionReader, from: number, to: number): boolean {
  const { tokens, lex } = reader;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (reader.quoteOpeningAt[i] >= 0) return false;
    if (token.kind !== TokenKind.Word || isCapitalized(token)) continue;
    const form = lex.reportingVerbs.get(token.lower)?.form;
    if (form === 'past' || form === 'third') return true;
  }
  return false;
}

/** A marked quotation closing just before the speaker; with words of the sentence before it, those words too. */
function quotationBefore(reader: AttributionReader, closing: number, sentence: SentenceRange): BackwardContent {
  const { tokens } = reader;
  const quote = reader.quotes[closing];
  // `A decision would be made "before summer", she said`: the quote is only the end of what was said.
  let start = sentence.first;
  while (start < quote.openToken && (tokens[start].kind === TokenKind.Quote || tokens[start].kind === TokenKind.Punct)) start++;
  if (quote.openToken - start >= 3 && quote.openToken > sentence.first) {
    const lastOfSentence = lastWordEnd(tokens, start, quote.afterToken);
    return { first: start, last: Math.max(lastOfSentence, quote.afterToken - 1), marked: false, quote: closing };
  }
  return { first: quote.openToken + 1, last: quotedEnd(tokens, quote.openToken + 1, quote.afterToken - 1), marked: true, quote: closing };
}

/** Where unmarked speech before a cue starts: back over the sentences before it that carry no cue or quotation. */
function speechStart(reader: AttributionReader, sentence: SentenceRange, sentenceIndex: number): number {
  const { sentences, hasCue } = reader;
  let first = sentence.first;
  for (let s = sentenceIndex - 1; s >= 0 && s >= sentenceIndex - MAX_SPEECH_SENTENCES; s--) {
    if (hasCue[s] < 0) hasCue[s] = sentenceHasCueOrQuote(reader, sentences[s]) ? 1 : 0;
    if (hasCue[s] === 1 || sentences[s].last - sentences[s].first > CUE_WINDOW) break;
    first = sentences[s].first;
  }
  return first;
}

/** Whether a sentence holds a reporting cue, "according" or a quotation (callers cache it in `reader.hasCue`). */
export function sentenceHasCueOrQuote(reader: AttributionReader, sentence: SentenceRange): boolean {
  const { tokens, lex } = reader;
  for (let i = sentence.first; i < sentence.last; i++) {
    const token = tokens[i];
    if (reader.quoteOpeningAt[i] >= 0) return true;
    if (token.kind === TokenKind.Word && !isCapitalized(token) && lex.reportingVerbs.has(token.lower)) return true;
    if (token.lower === 'according') return true;
  }
  return false;
}

/** "called the deal a model for the region", "described the talks as frank": a verdict, not a name-calling. */
export function characterises(reader: AttributionReader, c: number, verb: ReportingVerb, sentenceLast: number): boolean {
  if (verb.lemma !== 'call' && verb.lemma !== 'describe') return false;
  const { tokens } = reader;
  const next = tokens[c + 1];
  if (!next) return false;
  if (verdictOnPronoun(reader, c)) return true;
  if (notAVerdict.has(next.lower)) return false;
  for (let m = c + 2; m < sentenceLast && m < c + 7; m++) {
    const token = tokens[m];
    if (token.kind === TokenKind.Punct) return false;
    if (verb.lemma === 'call' ? token.lower === 'a' || token.lower === 'an' : token.lower === 'as') return m + 2 < sentenceLast;
  }
  return false;
}

/** A quotation opens within a few words after a cue, with no punctuation before it ("called the vote “…”"). */
export function quotationFollows(reader: AttributionReader, k: number, sentenceLast: number): boolean {
  for (let m = k; m < sentenceLast && m < k + 7; m++) {
    if (reader.quoteOpeningAt[m] >= 0) return true;
    if (reader.tokens[m].kind === TokenKind.Punct) return false;
  }
  return false;
}

/** A quotation, "that" or a colon right after the cue (and its adjuncts) opens forward content. */
export function opensContent(reader: AttributionReader, k: number): boolean {
  const { tokens } = reader;
  let j = k;
  while (j < tokens.length && j < k + 6 && isWordToken(tokens[j]) && cueAdjuncts.has(tokens[j].lower)) j++;
  const next = tokens[j];
  if (!next) return false;
  if (next.lower === 'that' || next.text === ':' || reader.quoteOpeningAt[j] >= 0) return true;
  return next.text === ',' && reader.quoteOpeningAt[j + 1] >= 0;
}

/** Whether the words after ", Putin said," go on with the sentence the cue sits in ("The visit, Putin said, could …"). */
export function continuesAsClause(reader: AttributionReader, from: number, to: number): boolean {
  const { tokens, lex } = reader;
  const first = tokens[from];
  if (!first || first.kind !== TokenKind.Word) return false;
  // ", adding: …", ", saying …", ", who …" continue the attribution, not the reported sentence.
  if (lex.reportingVerbs.get(first.lower)?.form === 'gerund' || continuations.has(first.lower)) return false;
  if (isCapitalized(first)) return false;
  if (looksLikeClause(reader, from - 1, to) || finiteAuxiliaries.has(first.lower)) return true;
  // "Let us take this chance, Doe concluded, to nominate …": an infinitive goes on with the sentence too.
  if (first.lower === 'to' && isLowerWord(tokens[from + 1]) && lex.commonClasses(tokens[from + 1].lower)?.includes('v')) return true;
  return lex.commonClasses(first.lower)?.includes('v') ?? false;
}

/**
 * Whether tokens [from, to) read as a clause: a subject pronoun and a verb, or a finite verb after the first word. A
 * reporting verb counts only with `cuesAsVerbs`: elsewhere it is a cue of its own, read as such.
 */
export function looksLikeClause(reader: AttributionReader, from: number, to: number, cuesAsVerbs = false): boolean {
  if (to - from < 3) return false;
  const { tokens, lex } = reader;
  const first = tokens[from];
  if (!first || first.kind === TokenKind.Punct) return false;
  // "We take …", "they apply …": a subject pronoun and a verb.
  const second = tokens[from + 1]?.kind === TokenKind.Quote ? tokens[from + 2] : tokens[from + 1];
  if (subjectPronouns.has(first.lower) && lex.commonClasses(second?.lower ?? '')?.includes('v')) return true;
  // A reporting verb after a comma opens an attribution of its own ("yes, Doe said yes"), never this clause's verb.
  let afterComma = false;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token.text === ',' || token.text === ';') afterComma = true;
    if (token.kind !== TokenKind.Word) continue;
    if (opensWithSubjectPronoun(reader, i)) return true;
    if (i === from || isCapitalized(token)) continue;
    // "literature which aimed to please": the verb of a relative clause is not the clause's own.
    if (relativePronouns.has(tokens[i - 1].lower) && isLowerWord(tokens[i - 2])) continue;
    if (finiteAuxiliaries.has(token.lower)) return true;
    const classes = lex.commonClasses(token.lower);
    const cueAsVerb = cuesAsVerbs && !afterComma;
    const nameVerb = reader.nameEndingAt[i - 1] >= 0 && verbAfterName(lex, token.lower, classes);
    if (nameVerb && (cueAsVerb || !lex.reportingVerbs.has(token.lower))) return true;
    // A past-tense or third-person verb after the first word ("Beijing feared", "the talks went", "the economy grows").
    if (isFiniteVerbForm(token.lower, classes)) return true;
    // A reporting verb ("said", "told") is a cue of its own, read as such, not as the clause's verb.
    // (After a comma it rather opens an inverted attribution: "…, wrote Kuleba".)
    const clauseVerb = cueAsVerb && tokens[i - 1].kind === TokenKind.Word;
    const irregular = lex.irregularPast.has(token.lower) && (clauseVerb || !lex.reportingVerbs.has(token.lower));
    if (irregular && !determinerBefore(tokens[i - 1], lex)) return true;
    if (classes?.includes('v') && isThirdPersonVerbBeforeObject(reader, i)) return true;
  }
  return false;
}

/**
 * "Doe wishes to …", "Doe left the firm": right after a name, a word in -s that can be a verb, or a past tense that
 * is also a noun or an adjective, is the name's verb. ("Acme shares fell" reads as a clause either way.)
 */
function verbAfterName(lex: AttributionReader['lex'], lower: string, classes: string | undefined): boolean {
  if (lex.pastTenses.has(lower)) return true;
  return lower.endsWith('s') && !lower.endsWith('ss') && (classes?.includes('v') ?? false);
}

/** "the lost …", "his sworn …": a past form right after a determiner or possessive describes a noun. */
function determinerBefore(token: Token | undefined, lex: AttributionReader['lex']): boolean {
  return token !== undefined && token.kind === TokenKind.Word && lex.commonClasses(token.lower) === 'f';
}

/**
 * A subject pronoun with its verb: contracted ("it’s", "he’d", "they’re") or followed by a word that can be a verb
 * ("she needs to …"); "it" only with a contraction, since it is as often an object.
 */
export function opensWithSubjectPronoun(reader: AttributionReader, i: number): boolean {
  const { tokens, lex } = reader;
  const token = tokens[i];
  const contracted = /^(he|she|it|they|we|i|you|there)['’](d|ll|re|ve|m|s)$/.test(token.lower);
  if (contracted) return true;
  if (!subjectPronouns.has(token.lower)) return false;
  // `he “cannot …”`: quoted words may start right after the pronoun.
  let j = tokens[i + 1]?.kind === TokenKind.Quote ? i + 2 : i + 1;
  let next = tokens[j];
  if (next && isPossessive(next)) return true;
  // "she fully supports …": an adverb in -ly may stand between the pronoun and its verb.
  if (isLowerWord(next) && next.lower.endsWith('ly') && lex.commonClasses(next.lower) === 'r') next = tokens[++j];
  return token.lower !== 'it' && isLowerWord(next) && (lex.commonClasses(next.lower)?.includes('v') ?? false);
}

/**
 * "each year of schooling yields a bonus": a word that is a noun or a verb ending in -s is the verb when a noun stands
 * before it and a determiner after it ("the needs of" is a noun).
 */
function isThirdPersonVerbBeforeObject(reader: AttributionReader, i: number): boolean {
  const { tokens, lex } = reader;
  const token = tokens[i];
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (!token.lower.endsWith('s') || token.lower.endsWith('ss') || !isLowerWord(previous) || !isWordToken(next)) return false;
  if (speakerDeterminers.has(previous.lower) || !(lex.commonClasses(previous.lower)?.includes('n') ?? false)) return false;
  return objectOpeners.has(next.lower);
}
