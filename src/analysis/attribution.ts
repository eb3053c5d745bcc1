// Finds who is reported as saying what in a paragraph: reporting cues, their speaker phrase and the reported content.
import { lexicon, type Lexicon, type ReportingVerb } from './lexicon';
import type { NameCandidate, RoleMention } from './names';
import type { MarkedQuote } from './quotes';
import { appendAll } from './text/arrays';
import type { SentenceRange } from './text/sentences';
import { Token, TokenKind, isCapitalized, isPossessive } from './text/tokens';

/** How the speaker of a statement is written; resolved to an actor once the whole document is known. */
export type SpeakerRef =
  | { kind: 'name'; name: number }
  | { kind: 'role'; role: number }
  | { kind: 'pronoun'; word: string }
  /** A common-noun speaker ("the statement", "officials", "a Kremlin spokesman"); `name` is a name inside it. */
  | { kind: 'generic'; head: string; name?: number; owner?: string; indefinite?: boolean; country?: string }
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
  quote?: number;
  /** The content is a quotation whose marks were stripped. */
  unmarkedQuote: boolean;
  /** Token where the cue sits (orders frames within a paragraph). */
  cueToken: number;
}

const SKIPPABLE_BEFORE_CUE = new Set([
  'also', 'later', 'again', 'then', 'previously', 'earlier', 'repeatedly', 'reportedly', 'has', 'have', 'had', 'once', 'further',
  'separately', 'additionally', 'publicly', 'privately', 'recently', 'quickly', 'simply', 'just', 'cautiously', 'firmly',
  'flatly', 'strongly', 'angrily', 'openly', 'herself', 'himself', 'themselves', 'itself', 'already', 'subsequently', 'finally',
  'initially', 'originally', 'often', 'frequently', 'even', 'clearly', 'explicitly', 'bluntly', 'told',
]);
const NEGATORS = new Set(['not', "n't", 'never', 'neither', 'nor', 'to', 'without', 'refused', 'declined', 'no', 'cannot']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
const OBJECT_WORDS = new Set(['him', 'her', 'them', 'me', 'us', 'reporters', 'journalists', 'lawmakers', 'parliament', 'senators', 'legislators', 'supporters', 'students', 'delegates', 'listeners', 'viewers', 'readers', 'members', 'staff', 'officials', 'colleagues', 'residents', 'investors', 'analysts', 'it', 'you', 'everyone', 'anyone', 'congress']);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'some', 'many', 'several', 'other', 'his', 'her', 'its', 'their', 'our', 'another', 'senior', 'top', 'local', 'foreign', 'western', 'military', 'government', 'police', 'security', 'health', 'state', 'party', 'company', 'u.s.', 'unnamed', 'anonymous', 'former', 'chief', 'press']);
const TIME_WORDS = new Set(['on', 'in', 'at', 'last', 'this', 'next', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'again', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'morning', 'evening', 'afternoon', 'night', 'statement', 'a', 'an', 'the', 'interview', 'conference', 'news', 'press', 'briefing', 'twitter', 'x', 'facebook', 'telegram', 'television', 'speech', 'letter', 'post', 'with', 'during', 'after', 'before', 'late', 'early', 'recently', 'separately', 'publicly', 'privately', 'also', 'further', 'previously', 'repeatedly', 'sunday,', 'tweet', 'video', 'message', 'broadcast', 'address', 'radio', 'tv', 'written', 'joint', 'to', 'parliament']);
const FINITE_HINTS = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'has', 'have', 'had', 'did', 'does', 'do', "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't", "aren't", 'shall']);
const MAX_SPEECH_SENTENCES = 6;
/** Tokens looked at on each side of a cue; longer sentences are read in this window around it. */
const CUE_WINDOW = 250;
const WH_WORDS = new Set(['how', 'what', 'why', 'whether', 'when', 'where', 'which', 'who', 'if']);
const INTRODUCING_PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'with', 'during', 'after', 'before', 'from', 'by', 'under', 'as', 'like', 'about', 'speaking', 'asked', 'writing', 'according']);
const CLAUSE_BOUNDARY_GERUNDS = new Set(['calling', 'saying', 'adding', 'telling', 'urging', 'noting', 'stressing', 'warning', 'arguing', 'insisting', 'accusing']);

interface ParagraphIndex {
  nameEndingAt: Int32Array;
  nameStartingAt: Int32Array;
  roleEndingAt: Int32Array;
  roleStartingAt: Int32Array;
  quoteOpeningAt: Int32Array;
  /** Marked quote whose closing mark is the token before this index. */
  quoteClosingBefore: Int32Array;
}

function buildIndex(tokens: readonly Token[], names: readonly NameCandidate[], roles: readonly RoleMention[], quotes: readonly MarkedQuote[]): ParagraphIndex {
  const n = tokens.length + 1;
  // One buffer for the six tables: a typed array is costly to create, six per paragraph add up.
  const buffer = new Int32Array(6 * n).fill(-1);
  const index: ParagraphIndex = {
    nameEndingAt: buffer.subarray(0, n),
    nameStartingAt: buffer.subarray(n, 2 * n),
    roleEndingAt: buffer.subarray(2 * n, 3 * n),
    roleStartingAt: buffer.subarray(3 * n, 4 * n),
    quoteOpeningAt: buffer.subarray(4 * n, 5 * n),
    quoteClosingBefore: buffer.subarray(5 * n, 6 * n),
  };
  names.forEach((name, i) => {
    if (name.firstToken < 0) return;
    index.nameEndingAt[name.lastToken - 1] = i;
    // "Priyanka Bhattacharya KC said": letters after the name still end the speaker phrase.
    if (name.tailToken !== undefined && name.tailToken > name.lastToken) index.nameEndingAt[name.tailToken - 1] = i;
    if (index.nameStartingAt[name.firstToken] < 0) index.nameStartingAt[name.firstToken] = i;
    // "said Dr Aminata Ouédraogo": a title before the name starts the speaker phrase.
    if (name.role && index.nameStartingAt[name.role.firstToken] < 0) index.nameStartingAt[name.role.firstToken] = i;
    // "the Kremlin": a determiner before a name still starts the speaker phrase.
    if (name.precededByThe && name.firstToken > 0 && index.nameStartingAt[name.firstToken - 1] < 0) index.nameStartingAt[name.firstToken - 1] = i;
  });
  roles.forEach((role, i) => {
    index.roleEndingAt[role.lastToken - 1] = i;
    index.roleStartingAt[role.firstToken] = i;
  });
  quotes.forEach((quote, i) => {
    if (quote.depth !== 0) return;
    index.quoteOpeningAt[quote.openToken] = i;
    if (!quote.unclosed) index.quoteClosingBefore[quote.afterToken] = i;
  });
  return index;
}

function isWordToken(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === TokenKind.Word;
}

interface SpeakerMatch {
  ref: SpeakerRef;
  first: number;
  last: number;
}

/** The speaker phrase ending at token `k` (inclusive), if any. */
function speakerEndingAt(tokens: readonly Token[], k: number, sentenceFirst: number, index: ParagraphIndex, names: readonly NameCandidate[], roles: readonly RoleMention[], lex: Lexicon): SpeakerMatch | undefined {
  // "The Nigerian Inter-Bank Settlement System (NIBSS)": an acronym in brackets after the name.
  if (tokens[k]?.text === ')' && tokens[k - 2]?.text === '(' && isWordToken(tokens[k - 1])) k -= 3;
  if (k < sentenceFirst) return undefined;
  const token = tokens[k];
  const nameIndex = index.nameEndingAt[k];
  const agent = nameIndex >= 0 && tokens[names[nameIndex].firstToken - 1]?.lower === 'by';
  if (agent) {
    // "A letter seen by Sky News says …": the name is the agent of a participle; the speaker is the letter.
    const participle = names[nameIndex].firstToken - 2;
    if (participle > sentenceFirst && isWordToken(tokens[participle]) && !isCapitalized(tokens[participle])) return speakerEndingAt(tokens, participle - 1, sentenceFirst, index, names, roles, lex);
    return undefined;
  }
  if (nameIndex >= 0 && !names[nameIndex].possessive) {
    let speakerName = nameIndex;
    // "Mayor Leila Kattan of Mejillones told": the place qualifies the person before it.
    const qualifierAt = names[nameIndex].firstToken - (names[nameIndex].precededByThe ? 2 : 1);
    const qualifier = tokens[qualifierAt]?.lower;
    const qualified = qualifierAt >= 1 ? index.nameEndingAt[qualifierAt - 1] : -1;
    if ((qualifier === 'of' || qualifier === 'from') && qualified >= 0 && (names[qualified].role !== undefined || names[qualified].evidence.person > names[qualified].evidence.org)) speakerName = qualified;
    const name = names[speakerName];
    let first = name.role ? name.role.firstToken : name.precededByThe ? name.firstToken - 1 : name.firstToken;
    // "chief executive Valentina Huenchumilla said": a lower-case role belongs to the speaker phrase.
    while (first - 1 >= sentenceFirst && first > name.firstToken - 4 && isWordToken(tokens[first - 1]) && !isCapitalized(tokens[first - 1]) && (lex.roleNouns.has(tokens[first - 1].lower) || lex.titleWords.has(tokens[first - 1].lower))) first--;
    return { ref: { kind: 'name', name: speakerName }, first, last: k + 1 };
  }
  const roleIndex = index.roleEndingAt[k];
  if (roleIndex >= 0) return { ref: { kind: 'role', role: roleIndex }, first: roles[roleIndex].firstToken, last: k + 1 };
  if (SUBJECT_PRONOUNS.has(token.lower) && token.kind === TokenKind.Word) return { ref: { kind: 'pronoun', word: token.lower }, first: k, last: k + 1 };
  if ((token.lower === 'who' || token.lower === 'which') && tokens[k - 1]?.text === ',') {
    // "…, a police spokesman, Ketut Ardana, who said …": the relative pronoun stands for the name before it.
    const antecedent = speakerEndingAt(tokens, k - 2, sentenceFirst, index, names, roles, lex) ?? (tokens[k - 2]?.text === ',' ? undefined : appositiveSpeaker(tokens, k - 1, sentenceFirst, index, names, roles, lex));
    const chained = antecedent && tokens[antecedent.first - 1]?.text === ',' ? appositiveSpeaker(tokens, k - 1, sentenceFirst, index, names, roles, lex) : antecedent;
    const resolved = chained ?? antecedent;
    if (resolved && resolved.ref.kind !== 'pronoun') return { ref: resolved.ref, first: k, last: k + 1 };
  }
  if (token.kind === TokenKind.Word && (!isCapitalized(token) || k === sentenceFirst) && lex.genericSpeakers.has(token.lower)) {
    // Walk back over determiners and modifiers: "a senior Kremlin official", "the ministry".
    let first = k;
    let inner: number | undefined;
    let country: string | undefined;
    while (first - 1 >= sentenceFirst && first > k - 5) {
      const previous = tokens[first - 1];
      const nameBefore = index.nameEndingAt[first - 1];
      if (nameBefore >= 0) {
        inner = nameBefore;
        first = names[nameBefore].firstToken;
        if (names[nameBefore].precededByThe) first--;
        continue;
      }
      if (previous.kind === TokenKind.Word && (DETERMINERS.has(previous.lower) || (!isCapitalized(previous) && lex.commonClasses(previous.lower)?.includes('j')))) {
        first--;
        continue;
      }
      if (previous.kind === TokenKind.Word && isCapitalized(previous) && lex.demonyms.has(previous.lower)) {
        // "Chinese officials said": the officials speak for their country.
        country = lex.demonyms.get(previous.lower);
        first--;
        continue;
      }
      break;
    }
    // "the journal's editors", "the company's spokesman": the owner says who is speaking.
    let owner: string | undefined;
    if (isPossessive(tokens[first - 1] ?? tokens[k]) && first - 2 >= sentenceFirst && isWordToken(tokens[first - 2]) && !isCapitalized(tokens[first - 2])) {
      owner = tokens[first - 2].lower;
      first -= 2;
      if (first - 1 >= sentenceFirst && DETERMINERS.has(tokens[first - 1].lower)) first--;
    }
    // A bare plural ("officials said") or a determined noun ("the statement said") is a speaker; a bare singular is not.
    const determined = first < k || token.lower.endsWith('s') || token.lower === 'police';
    if (!determined) return undefined;
    const indefinite = tokens[first].lower === 'a' || tokens[first].lower === 'an';
    return { ref: { kind: 'generic', head: token.lower, name: inner, owner, indefinite, country }, first, last: k + 1 };
  }
  return undefined;
}

/** How much a name looks like a speaker rather than a place it was in: 2 person, 1 organization, 0 place. */
function speakerLikeness(name: NameCandidate): number {
  const { person, org, place } = name.evidence;
  if (name.role || person > Math.max(org, place)) return 2;
  if (org >= place) return 1;
  return 0;
}

/**
 * The speaker of "X, <apposition>[, <apposition>], said": the name that fills the last apposition
 * ("its director, Kwame Asante-Boateng, said"), else the head the appositions describe
 * ("Mihail Constantinescu, leader of People's Renewal, the largest opposition party, said").
 */
function appositiveSpeaker(tokens: readonly Token[], comma: number, sentenceFirst: number, index: ParagraphIndex, names: readonly NameCandidate[], roles: readonly RoleMention[], lex: Lexicon): SpeakerMatch | undefined {
  const filler = index.nameEndingAt[comma - 1];
  const heads: SpeakerMatch[] = [];
  let segmentEnd = comma;
  for (let depth = 0; depth < 3; depth++) {
    let j = segmentEnd - 1;
    while (j > sentenceFirst && j > segmentEnd - 18 && tokens[j].text !== ',') j--;
    if (tokens[j]?.text !== ',' || j <= sentenceFirst) break;
    const opener = tokens[j + 1];
    const apposed = index.nameStartingAt[j + 1];
    if (depth === 0 && filler >= 0 && names[filler].firstToken > j && speakerLikeness(names[filler]) === 2) {
      return { ref: { kind: 'name', name: filler }, first: j + 1, last: comma };
    }
    if (depth === 0 && apposed >= 0 && names[apposed].lastToken === comma && speakerLikeness(names[apposed]) >= 1) {
      return { ref: { kind: 'name', name: apposed }, first: j + 1, last: comma };
    }
    if (!opener || !(APPOSITIVE_OPENERS.has(opener.lower) || apposed >= 0 || !isCapitalized(opener))) break;
    const head = speakerEndingAt(tokens, j - 1, sentenceFirst, index, names, roles, lex);
    if (head) heads.push(head);
    segmentEnd = j;
  }
  // The leftmost head that is not a place ("In Brussels, …" introduces, it does not speak).
  for (let h = heads.length - 1; h >= 0; h--) {
    const ref = heads[h].ref;
    if (ref.kind !== 'name' || speakerLikeness(names[ref.name]) > 0) return heads[h];
  }
  return heads[0];
}

/** The speaker phrase starting at token `k` ("said Peskov", "wrote Kuleba", "said the minister"). */
function speakerStartingAt(tokens: readonly Token[], k: number, sentenceLast: number, index: ParagraphIndex, names: readonly NameCandidate[], roles: readonly RoleMention[], lex: Lexicon): SpeakerMatch | undefined {
  if (k >= sentenceLast) return undefined;
  const nameIndex = index.nameStartingAt[k];
  if (nameIndex >= 0 && names[nameIndex].possessive) {
    // "wrote Uzbekistan's deputy water minister, Dilnoza Rakhimova," / "said the company's director, X".
    let m = names[nameIndex].lastToken + 1;
    while (m < sentenceLast && m < names[nameIndex].lastToken + 6 && isWordToken(tokens[m]) && !isCapitalized(tokens[m])) m++;
    const apposed = tokens[m]?.text === ',' ? index.nameStartingAt[m + 1] : index.nameStartingAt[m];
    if (apposed >= 0) return { ref: { kind: 'name', name: apposed }, first: k, last: names[apposed].lastToken };
    return undefined;
  }
  if (nameIndex >= 0) return { ref: { kind: 'name', name: nameIndex }, first: k, last: names[nameIndex].lastToken };
  const roleIndex = index.roleStartingAt[k];
  if (roleIndex >= 0) {
    // "said the minister" — but prefer a name right after the role ("said the minister, John Smith").
    return { ref: { kind: 'role', role: roleIndex }, first: k, last: roles[roleIndex].lastToken };
  }
  const token = tokens[k];
  if (token.kind === TokenKind.Word && SUBJECT_PRONOUNS.has(token.lower) && token.lower !== 'i') return { ref: { kind: 'pronoun', word: token.lower }, first: k, last: k + 1 };
  // "said a spokesman for the ministry", "said the statement".
  let end = k;
  while (end < sentenceLast && end < k + 4 && isWordToken(tokens[end]) && (DETERMINERS.has(tokens[end].lower) || lex.commonClasses(tokens[end].lower)?.includes('j') || index.nameStartingAt[end] >= 0)) {
    if (index.nameStartingAt[end] >= 0) end = names[index.nameStartingAt[end]].lastToken;
    else end++;
  }
  const head = tokens[end];
  if (end < sentenceLast && isWordToken(head) && lex.genericSpeakers.has(head.lower) && (end > k || head.lower.endsWith('s'))) {
    // "said a police spokesman, Ketut Ardana,": the name in apposition.
    const apposed = tokens[end + 1]?.text === ',' ? index.nameStartingAt[end + 2] : -1;
    if (apposed >= 0) return { ref: { kind: 'name', name: apposed }, first: k, last: names[apposed].lastToken };
    let inner: number | undefined;
    for (let i = k; i < end; i++) if (index.nameStartingAt[i] >= 0) inner = index.nameStartingAt[i];
    return { ref: { kind: 'generic', head: head.lower, name: inner }, first: k, last: end + 1 };
  }
  return undefined;
}

function lastWordEnd(tokens: readonly Token[], from: number, to: number): number {
  // Content ends at its last word or closing mark, before trailing commas and stops.
  let k = to - 1;
  while (k > from && (tokens[k].kind === TokenKind.Punct && tokens[k].text !== ')' && tokens[k].text !== ']')) k--;
  return k + 1;
}

function looksLikeClause(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  if (to - from < 3) return false;
  const first = tokens[from];
  if (!first || first.kind === TokenKind.Punct) return false;
  // "We take …", "they apply …": a subject pronoun and a verb.
  if (SUBJECT_PRONOUNS.has(first.lower) && lex.commonClasses(tokens[from + 1]?.lower ?? '')?.includes('v')) return true;
  for (let i = from + 1; i < to; i++) {
    const token = tokens[i];
    if (token.kind !== TokenKind.Word || isCapitalized(token)) continue;
    if (FINITE_HINTS.has(token.lower)) return true;
    const classes = lex.commonClasses(token.lower);
    // A past-tense or third-person verb after the first word ("Beijing feared", "the economy grows").
    if (classes?.includes('v') && (token.lower.endsWith('ed') || (token.lower.endsWith('s') && !classes.includes('n')))) return true;
  }
  return false;
}

/** Finds attributed statements in one paragraph. */
export function findAttributions(
  tokens: readonly Token[],
  sentences: readonly SentenceRange[],
  names: readonly NameCandidate[],
  roles: readonly RoleMention[],
  quotes: readonly MarkedQuote[],
): AttributionFrame[] {
  const lex = lexicon();
  const index = buildIndex(tokens, names, roles, quotes);
  const frames: AttributionFrame[] = [];
  const inQuote = new Uint8Array(tokens.length);
  for (const quote of quotes) if (quote.depth === 0) for (let k = quote.openToken; k < quote.afterToken && k < tokens.length; k++) inQuote[k] = 1;

  const turn = transcriptTurn(tokens, index, names);
  if (turn !== undefined) return turn ? [turn] : [];

  const hasCue = new Int8Array(sentences.length).fill(-1);
  for (let s = 0; s < sentences.length; s++) {
    const whole = sentences[s];
    const sentenceFrames: AttributionFrame[] = [];
    for (let c = whole.first; c < whole.last; c++) {
      const token = tokens[c];
      if (token.kind !== TokenKind.Word || inQuote[c]) continue;
      // Every look around a cue stays within a window of the sentence, so a run-on text stays linear.
      const sentence = whole.last - whole.first <= 2 * CUE_WINDOW ? whole : { first: Math.max(whole.first, c - CUE_WINDOW), last: Math.min(whole.last, c + CUE_WINDOW) };
      if (token.lower === 'according' && tokens[c + 1]?.lower === 'to') {
        const frame = accordingTo(tokens, c, sentence, index, names, roles, lex);
        if (frame) sentenceFrames.push(frame);
        continue;
      }
      const verb = lex.reportingVerbs.get(token.lower);
      if (!verb || (isCapitalized(token) && c !== sentence.first)) continue;
      // A cue inside what an earlier cue of this sentence reports is part of that statement
      // ("He said his party had warned the Premier …"), unless it continues the attribution (", adding …").
      const enclosing = sentenceFrames[sentenceFrames.length - 1];
      if (enclosing && enclosing.contentStart <= token.start && token.end <= enclosing.contentEnd && !(verb.form === 'gerund' && tokens[c - 1]?.text === ',')) continue;
      const frame = frameForCue(tokens, c, verb, sentence, s, sentenceFrames, index, names, roles, quotes, lex, sentences, hasCue);
      if (frame) sentenceFrames.push(frame);
    }
    // A statement ends where the next cue of the same sentence takes over (", adding …", ", saying …").
    for (let f = 0; f < sentenceFrames.length - 1; f++) {
      const current = sentenceFrames[f];
      const next = sentenceFrames[f + 1];
      if (current.contentEnd > next.cueStart && current.contentStart < next.cueStart && current.kind === 'indirect') {
        let end = next.cueToken;
        while (end > 0 && (tokens[end - 1].kind === TokenKind.Punct || tokens[end - 1].lower === 'and')) end--;
        if (end > 0 && tokens[end - 1].end > current.contentStart) current.contentEnd = tokens[end - 1].end;
      }
    }
    appendAll(frames, sentenceFrames);
  }
  addUnattributedQuotes(tokens, sentences, quotes, index, names, roles, frames, lex);
  return frames;
}

/**
 * Quotations no cue claimed: a quote that opens a sentence after an attributed quote continues that
 * speaker's words (`"…," she said. "…"`); a quote introduced by a colon belongs to the sentence's subject
 * (`Sunak defended the record: "…"`).
 */
function addUnattributedQuotes(tokens: readonly Token[], sentences: readonly SentenceRange[], quotes: readonly MarkedQuote[], index: ParagraphIndex, names: readonly NameCandidate[], roles: readonly RoleMention[], frames: AttributionFrame[], lex: Lexicon): void {
  const used = new Set<number>();
  for (const frame of frames) if (frame.quote !== undefined) used.add(frame.quote);
  const additions: AttributionFrame[] = [];
  const sentenceOfToken = new Int32Array(tokens.length);
  sentences.forEach((s, si) => sentenceOfToken.fill(si, s.first, s.last));
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
    const sentence = sentences[sentenceOfToken[quote.openToken]];
    if (!sentence) return;
    const previous = tokens[quote.openToken - 1];
    const contentLast = quote.unclosed ? lastWordEnd(tokens, quote.openToken + 1, quote.afterToken) : quotedEnd(tokens, quote.openToken + 1, quote.afterToken - 1);
    if (contentLast <= quote.openToken + 1) return;
    const content = { first: quote.openToken + 1, last: contentLast, kind: 'direct' as const, quote: qi, unmarked: false };
    while (nextQuoted < quoted.length && quoted[nextQuoted].contentEnd <= quote.start) {
      if (!earlier || quoted[nextQuoted].contentEnd > earlier.contentEnd) earlier = quoted[nextQuoted];
      nextQuoted++;
    }
    // `"A," he said, "B."`: the second half follows the attribution it shares with the first.
    const handedOver = previous?.text === ',' && quote.openToken >= 2 ? attributionEndingAt.get(tokens[quote.openToken - 2].end) : undefined;
    if (handedOver) {
      const addition = { ...handedOver, contentStart: tokens[content.first].start, contentEnd: tokens[content.last - 1].end, quote: qi, unmarkedQuote: false, cueToken: quote.openToken };
      additions.push(addition);
      earlier = addition;
      return;
    }
    if (quote.openToken === sentence.first) {
      if (!earlier) return;
      const addition = { ...earlier, contentStart: tokens[content.first].start, contentEnd: tokens[content.last - 1].end, quote: qi, unmarkedQuote: false, cueToken: quote.openToken };
      additions.push(addition);
      earlier = addition;
      return;
    }
    if (previous?.text === ':') {
      const subject = sentenceSubject(tokens, sentence, quote.openToken, index, names, roles, lex);
      if (!subject) return;
      // The cue is the subject's own verb ("defended"), else the colon that introduces the quote.
      const verbToken = subject.last < quote.openToken && isWordToken(tokens[subject.last]) && !isCapitalized(tokens[subject.last]) ? subject.last : quote.openToken - 1;
      const frame = makeFrame(tokens, subject, verbToken, verbToken + 1, content);
      if (frame) additions.push(frame);
    }
  });
  if (additions.length === 0) return;
  appendAll(frames, additions);
  frames.sort((a, b) => a.contentStart - b.contentStart);
}

const QUESTION_LABELS = new Set(['q', 'question', 'interviewer', 'moderator', 'host']);
const ANSWER_LABELS = new Set(['a', 'answer']);

/**
 * A transcript turn ("Q: …", "A: …", "RDECHOR: …", "Leilani Kahananui: …"): the words after the label
 * are the labelled speaker's. Returns null for a question (no claim), undefined when not a turn.
 */
function transcriptTurn(tokens: readonly Token[], index: ParagraphIndex, names: readonly NameCandidate[]): AttributionFrame | null | undefined {
  let colon = -1;
  for (let i = 0; i < tokens.length && i < 5; i++) {
    if (tokens[i].text === ':') {
      colon = i;
      break;
    }
    if (tokens[i].kind !== TokenKind.Word || !(isCapitalized(tokens[i]) || tokens[i].text === tokens[i].text.toUpperCase())) return undefined;
  }
  if (colon < 1 || colon + 1 >= tokens.length || (tokens[colon + 1].start - tokens[colon].end > 3 && (tokens[colon + 1].flags & 8) !== 0)) return undefined;
  const label = tokens.slice(0, colon).map((t) => t.lower).join(' ');
  if (QUESTION_LABELS.has(label)) return null;
  let speaker: SpeakerRef;
  if (ANSWER_LABELS.has(label)) speaker = { kind: 'interviewee' };
  else {
    const nameIndex = index.nameStartingAt[0];
    if (nameIndex < 0 || names[nameIndex].lastToken !== colon) return undefined;
    speaker = { kind: 'name', name: nameIndex };
  }
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
    unmarkedQuote: index.quoteOpeningAt[first] < 0,
    cueToken: colon,
  };
}

function accordingTo(tokens: readonly Token[], c: number, sentence: SentenceRange, index: ParagraphIndex, names: readonly NameCandidate[], roles: readonly RoleMention[], lex: Lexicon): AttributionFrame | undefined {
  let speaker = speakerStartingAt(tokens, c + 2, sentence.last, index, names, roles, lex) ?? (tokens[c + 2]?.lower === 'the' || tokens[c + 2]?.lower === 'a' ? speakerStartingAt(tokens, c + 3, sentence.last, index, names, roles, lex) : undefined);
  if (!speaker) return undefined;
  // "according to a police spokesman, Ketut Ardana,": the name in apposition is the source.
  if (speaker.ref.kind === 'generic' && tokens[speaker.last]?.text === ',' && index.nameStartingAt[speaker.last + 1] >= 0) {
    const apposed = index.nameStartingAt[speaker.last + 1];
    speaker = { ref: { kind: 'name', name: apposed }, first: speaker.first, last: names[apposed].lastToken };
  }
  let contentFirst: number;
  let contentLast: number;
  const atStart = c === sentence.first || (c === sentence.first + 1 && tokens[sentence.first].kind !== TokenKind.Word);
  if (atStart) {
    let k = speaker.last;
    while (k < sentence.last && tokens[k].text !== ',') k++;
    contentFirst = k + 1;
    contentLast = lastWordEnd(tokens, contentFirst, sentence.last);
  } else {
    contentFirst = sentence.first;
    while (contentFirst < c && tokens[contentFirst].kind === TokenKind.Quote) contentFirst++;
    contentLast = lastWordEnd(tokens, contentFirst, c);
  }
  if (contentLast - contentFirst < 3) return undefined;
  return {
    speaker: speaker.ref,
    speakerStart: tokens[speaker.first].start,
    speakerEnd: tokens[speaker.last - 1].end,
    cueStart: tokens[c].start,
    cueEnd: tokens[c + 1].end,
    contentStart: tokens[contentFirst].start,
    contentEnd: tokens[contentLast - 1].end,
    kind: 'indirect',
    unmarkedQuote: false,
    cueToken: c,
  };
}

function frameForCue(
  tokens: readonly Token[],
  c: number,
  verb: ReportingVerb,
  sentence: SentenceRange,
  sentenceIndex: number,
  sentenceFrames: readonly AttributionFrame[],
  index: ParagraphIndex,
  names: readonly NameCandidate[],
  roles: readonly RoleMention[],
  quotes: readonly MarkedQuote[],
  lex: Lexicon,
  sentences: readonly SentenceRange[],
  hasCue: Int8Array,
): AttributionFrame | undefined {
  const previous = tokens[c - 1];
  if (previous && NEGATORS.has(previous.lower)) return undefined;
  if (previous && (previous.lower === 'did' || previous.lower === 'does') && tokens[c - 2] && NEGATORS.has(tokens[c - 2].lower)) return undefined;
  if (verb.quotationOnly && !opensContent(tokens, c + 1, index) && !quotationFollows(tokens, c + 1, sentence.last, index) && !characterises(tokens, c, verb, sentence.last)) return undefined;

  // Participial cue: ", adding: …", ", saying it would …", ", telling him …".
  if (verb.form === 'gerund') {
    const earlier = sentenceFrames[sentenceFrames.length - 1];
    if (previous && previous.text !== ',' && previous.lower !== 'and') {
      // Absolute construction: "with Boswell stating: …".
      const subject = speakerEndingAt(tokens, c - 1, sentence.first, index, names, roles, lex);
      if (!subject || subject.ref.kind === 'generic') return undefined;
      const content = forwardContent(tokens, c, verb, sentence, index, names, quotes, lex);
      return content ? makeFrame(tokens, subject, c, c + 1, content) : undefined;
    }
    if (!previous || !(previous.text === ',' || (previous.lower === 'and' && earlier !== undefined))) return undefined;
    let speaker: SpeakerMatch | undefined;
    if (earlier) speaker = { ref: earlier.speaker, first: -1, last: -1 };
    else speaker = sentenceSubject(tokens, sentence, c, index, names, roles, lex);
    if (!speaker) return undefined;
    const content = forwardContent(tokens, c, verb, sentence, index, names, quotes, lex);
    if (!content) return undefined;
    return makeFrame(tokens, speaker.first >= 0 ? speaker : { ref: earlier ? earlier.speaker : speaker.ref, first: -1, last: -1 }, c, c + 1, content, earlier);
  }
  if (verb.form === 'base' && !(previous && (previous.lower === 'they' || previous.lower === 'we' || previous.lower === 'i' || previous.lower === 'you' || (previous.lower.endsWith('s') && lex.genericSpeakers.has(previous.lower))))) return undefined;

  // Speaker before the cue, possibly across adverbs, auxiliaries or an appositive clause.
  let k = c - 1;
  while (k >= sentence.first && k > c - 4 && isWordToken(tokens[k]) && SKIPPABLE_BEFORE_CUE.has(tokens[k].lower) && !(tokens[k].lower === 'told')) k--;
  let speaker = speakerEndingAt(tokens, k, sentence.first, index, names, roles, lex);
  // "Paul Dewar, an Ottawa MP, said" / "Kuleba, who spoke with Blinken, said" / "its director, Kwame Asante-Boateng, said".
  if (!speaker && tokens[k]?.text === ',') speaker = appositiveSpeaker(tokens, k, sentence.first, index, names, roles, lex);
  let inverted = false;
  if (!speaker) {
    // Inverted order after the content: "…, said Peskov." / "…," wrote Kuleba.
    const before = tokens[c - 1];
    const afterContent = before && (before.text === ',' || before.kind === TokenKind.Quote || index.quoteClosingBefore[c] >= 0);
    if (afterContent) {
      speaker = speakerStartingAt(tokens, c + 1, sentence.last, index, names, roles, lex);
      inverted = speaker !== undefined;
    }
  }
  if (!speaker) return undefined;

  // Where is the content? After the cue when a quotation, "that" or a colon follows it; otherwise
  // before the speaker (trailing attribution: "…, Ushakov said."); otherwise a bare clause after it.
  // A quotation closing just before the speaker comes first: in `"A," he said, "B."` both halves are
  // claims, and the second one follows the first.
  const tail = inverted ? speaker.last : cueEndToken(tokens, c);
  const quotedBefore = backwardContent(tokens, inverted ? c : speaker.first, sentence, sentenceIndex, quotes, index, sentences, hasCue);
  const forwardFirst = !inverted && opensContent(tokens, tail, index) && !quotedBefore?.marked;
  const before = forwardFirst ? undefined : quotedBefore;
  if (before) {
    // "The visit, Putin said, could show …": the cue sits inside the sentence it reports.
    const parenthetical = !before.marked && tokens[tail]?.text === ',' && continuesAsClause(tokens, tail + 1, sentence.last, lex);
    if (parenthetical) {
      let first = sentence.first;
      while (first < c && tokens[first].kind === TokenKind.Quote) first++;
      const contentLast = lastWordEnd(tokens, first, sentence.last);
      return makeFrame(tokens, speaker, c, cueEndToken(tokens, c), { first, last: contentLast, kind: 'indirect', unmarked: false });
    }
    if (endsAttribution(tokens, tail, sentence.last, lex)) return makeFrame(tokens, speaker, c, cueEndToken(tokens, c), { first: before.first, last: before.last, kind: 'direct', quote: before.quote, unmarked: !before.marked });
  }
  if (inverted) return undefined;
  const content = forwardContent(tokens, c, verb, sentence, index, names, quotes, lex);
  if (!content) return undefined;
  // "described the experience as ‘humiliating’": a one-word verdict is a quotation, not a statement.
  if (verb.quotationOnly && content.last - content.first < 3) return undefined;
  return makeFrame(tokens, speaker, c, cueEndToken(tokens, c), content);
}

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'who', 'which', 'whose', 'his', 'her', 'their', 'its', 'one', 'chief', 'head', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'president', 'minister', 'secretary', 'chairman', 'ceo', 'founder']);

/** Extends a cue over a following "in a statement" / "in an interview" so readers see how it was said. */
function cueEndToken(tokens: readonly Token[], c: number): number {
  const a = tokens[c + 1];
  const b = tokens[c + 2];
  const d = tokens[c + 3];
  if (a?.lower === 'in' && (b?.lower === 'a' || b?.lower === 'an' || b?.lower === 'its' || b?.lower === 'his' || b?.lower === 'her') && d && lexicon().statementNouns.has(d.lower)) return c + 4;
  return c + 1;
}

interface ContentRange {
  first: number;
  last: number;
  kind: 'direct' | 'indirect';
  quote?: number;
  unmarked: boolean;
}

function makeFrame(tokens: readonly Token[], speaker: SpeakerMatch, cueFirst: number, cueLast: number, content: ContentRange, earlier?: AttributionFrame): AttributionFrame | undefined {
  if (content.last <= content.first) return undefined;
  const speakerStart = speaker.first >= 0 ? tokens[speaker.first].start : earlier ? earlier.speakerStart : tokens[cueFirst].start;
  const speakerEnd = speaker.first >= 0 ? tokens[speaker.last - 1].end : earlier ? earlier.speakerEnd : tokens[cueFirst].end;
  return {
    speaker: speaker.ref,
    speakerStart,
    speakerEnd,
    cueStart: tokens[cueFirst].start,
    cueEnd: tokens[cueLast - 1].end,
    contentStart: tokens[content.first].start,
    contentEnd: tokens[content.last - 1].end,
    kind: content.kind,
    quote: content.quote,
    unmarkedQuote: content.unmarked,
    cueToken: cueFirst,
  };
}

interface BackwardContent {
  first: number;
  last: number;
  marked: boolean;
  quote?: number;
}

/**
 * Content written before a trailing attribution ("…, Ushakov said"): a marked quotation that closes
 * just before, or — when marks were stripped — the words from the start of the speech to the comma.
 */
function backwardContent(tokens: readonly Token[], speakerFirst: number, sentence: SentenceRange, sentenceIndex: number, quotes: readonly MarkedQuote[], index: ParagraphIndex, sentences: readonly SentenceRange[], hasCue: Int8Array): BackwardContent | undefined {
  let k = speakerFirst - 1;
  // `"…," he said` / `"…", he said` / `"…" he said`.
  if (tokens[k]?.text === ',' || tokens[k]?.text === '—' || tokens[k]?.text === '–') k--;
  const closing = index.quoteClosingBefore[k + 1] >= 0 ? index.quoteClosingBefore[k + 1] : index.quoteClosingBefore[speakerFirst];
  if (closing >= 0 && closing !== undefined) {
    const quote = quotes[closing];
    // `A decision would be made "before summer", she said`: the quote is only the end of what was said.
    let start = sentence.first;
    while (start < quote.openToken && (tokens[start].kind === TokenKind.Quote || tokens[start].kind === TokenKind.Punct)) start++;
    if (quote.openToken - start >= 3 && quote.openToken > sentence.first) {
      const lastOfSentence = lastWordEnd(tokens, start, quote.afterToken);
      return { first: start, last: Math.max(lastOfSentence, quote.afterToken - 1), marked: false, quote: closing };
    }
    return { first: quote.openToken + 1, last: quotedEnd(tokens, quote.openToken + 1, quote.afterToken - 1), marked: true, quote: closing };
  }
  if (tokens[speakerFirst - 1]?.text !== ',') return undefined;
  // Unmarked speech: from the sentence start, or the paragraph start when earlier sentences carry no cue of their own.
  let first = sentence.first;
  // Speech rarely runs more than a few sentences before its cue; the bound also keeps long paragraphs linear.
  for (let s = sentenceIndex - 1; s >= 0 && s >= sentenceIndex - MAX_SPEECH_SENTENCES; s--) {
    if (hasCue[s] < 0) hasCue[s] = sentenceHasCueOrQuote(tokens, sentences[s], index) ? 1 : 0;
    if (hasCue[s] === 1 || sentences[s].last - sentences[s].first > CUE_WINDOW) break;
    first = sentences[s].first;
  }
  first = Math.max(first, speakerFirst - 2 * CUE_WINDOW);
  while (first < k && tokens[first].kind === TokenKind.Quote) first++;
  const last = lastWordEnd(tokens, first, speakerFirst - 1);
  if (last - first < 3) return undefined;
  // "In a statement, the company said …" introduces; it is not what was said.
  const lex = lexicon();
  if (INTRODUCING_PREPOSITIONS.has(tokens[first].lower) || (last - first < 6 && !looksLikeClause(tokens, first, last, lex))) return undefined;
  return { first, last, marked: false };
}

function sentenceHasCueOrQuote(tokens: readonly Token[], sentence: SentenceRange, index: ParagraphIndex): boolean {
  const lex = lexicon();
  for (let i = sentence.first; i < sentence.last; i++) {
    const token = tokens[i];
    if (index.quoteOpeningAt[i] >= 0) return true;
    if (token.kind === TokenKind.Word && !isCapitalized(token) && lex.reportingVerbs.has(token.lower)) return true;
    if (token.lower === 'according') return true;
  }
  return false;
}

/** "called the deal a model for the region", "described the talks as frank": a verdict, not a name-calling. */
function characterises(tokens: readonly Token[], c: number, verb: ReportingVerb, sentenceLast: number): boolean {
  if (verb.lemma !== 'call' && verb.lemma !== 'describe') return false;
  const next = tokens[c + 1];
  if (!next || ['for', 'on', 'off', 'up', 'in', 'out', 'back', 'it', 'him', 'her', 'them', 'me', 'us'].includes(next.lower)) return false;
  for (let m = c + 2; m < sentenceLast && m < c + 7; m++) {
    const token = tokens[m];
    if (token.kind === TokenKind.Punct) return false;
    if (verb.lemma === 'call' ? token.lower === 'a' || token.lower === 'an' : token.lower === 'as') return m + 2 < sentenceLast;
  }
  return false;
}

/** A quotation opens within a few words after a cue, with no punctuation before it ("called the vote “…”"). */
function quotationFollows(tokens: readonly Token[], k: number, sentenceLast: number, index: ParagraphIndex): boolean {
  for (let m = k; m < sentenceLast && m < k + 7; m++) {
    if (index.quoteOpeningAt[m] >= 0) return true;
    if (tokens[m].kind === TokenKind.Punct) return false;
  }
  return false;
}

/** A quotation, "that" or a colon right after the cue (and its adjuncts) opens forward content. */
function opensContent(tokens: readonly Token[], k: number, index: ParagraphIndex): boolean {
  let j = k;
  while (j < tokens.length && j < k + 6 && isWordToken(tokens[j]) && TIME_WORDS.has(tokens[j].lower)) j++;
  const next = tokens[j];
  if (!next) return false;
  return next.lower === 'that' || next.text === ':' || index.quoteOpeningAt[j] >= 0 || (next.text === ',' && index.quoteOpeningAt[j + 1] >= 0);
}

/**
 * After a trailing attribution only its own adjuncts may follow: an addressee, places and times,
 * ", adding …", ", who …" — never "that", a colon, a quotation or a clause of its own.
 */
function endsAttribution(tokens: readonly Token[], k: number, sentenceLast: number, lex: Lexicon): boolean {
  const next = tokens[k];
  if (k >= sentenceLast || !next) return true;
  if (next.kind === TokenKind.Punct || next.kind === TokenKind.Quote) return next.text !== ':';
  const verb = lex.reportingVerbs.get(next.lower);
  if (verb && verb.form === 'gerund') return true;
  if (['who', 'citing', 'as', 'according', 'when', 'while', 'after', 'before', 'but', 'and', 'referring', 'where'].includes(next.lower)) return true;
  for (let i = k; i < sentenceLast && i < k + 12; i++) {
    const token = tokens[i];
    if (token.text === ',' || token.text === '.' || token.text === ';') return true;
    if (token.text === ':' || token.kind === TokenKind.Quote) return false;
    if (token.kind !== TokenKind.Word) continue;
    if (token.lower === 'that' || FINITE_HINTS.has(token.lower)) return false;
    const classes = lex.commonClasses(token.lower);
    if (i > k && !isCapitalized(token) && classes?.includes('v') && token.lower.endsWith('ed') && !classes.includes('j')) return false;
  }
  return true;
}

function continuesAsClause(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  const first = tokens[from];
  if (!first || first.kind !== TokenKind.Word) return false;
  // ", adding: …", ", saying …", ", who …" continue the attribution, not the reported sentence.
  const verb = lex.reportingVerbs.get(first.lower);
  if (verb && verb.form === 'gerund') return false;
  if (first.lower === 'who' || first.lower === 'which' || first.lower === 'according' || first.lower === 'in' || first.lower === 'on' || first.lower === 'at' || first.lower === 'as' || first.lower === 'citing') return false;
  if (isCapitalized(first)) return false;
  return looksLikeClause(tokens, from - 1, to, lex) || FINITE_HINTS.has(first.lower) || (lex.commonClasses(first.lower)?.includes('v') ?? false);
}

/** Content after a cue: a quotation, "that …", a colon, or a bare clause ("Peskov said Putin and Xi would …"). */
function forwardContent(
  tokens: readonly Token[],
  c: number,
  verb: ReportingVerb,
  sentence: SentenceRange,
  index: ParagraphIndex,
  names: readonly NameCandidate[],
  quotes: readonly MarkedQuote[],
  lex: Lexicon,
): ContentRange | undefined {
  if (characterises(tokens, c, verb, sentence.last) && !quotationFollows(tokens, c + 1, sentence.last, index)) {
    const last = lastWordEnd(tokens, c + 1, sentence.last);
    return last - (c + 1) >= 3 ? { first: c + 1, last, kind: 'indirect', unmarked: false } : undefined;
  }
  let k = c + 1;
  // Addressee: "told reporters", "telling him", "told CBC News", "urged the government to".
  if (verb.addressee || verb.lemma === 'warn') {
    const nameIndex = index.nameStartingAt[k];
    if (nameIndex >= 0) k = names[nameIndex].lastToken;
    else if (isWordToken(tokens[k]) && OBJECT_WORDS.has(tokens[k].lower)) k++;
    else if (tokens[k]?.lower === 'the' && isWordToken(tokens[k + 1])) k += 2;
  }
  // Adjuncts between the cue and its content: "said Friday that", "said in a statement that", "said on Twitter:".
  let j = k;
  while (j < sentence.last && j < k + 8 && isWordToken(tokens[j]) && (TIME_WORDS.has(tokens[j].lower) || index.nameStartingAt[j] >= 0)) {
    if (index.nameStartingAt[j] >= 0) j = names[index.nameStartingAt[j]].lastToken;
    else j++;
  }
  if (j > k && (tokens[j]?.lower === 'that' || tokens[j]?.text === ':' || tokens[j]?.text === ',')) k = j;
  else if (j > k && isWordToken(tokens[j]) && (SUBJECT_PRONOUNS.has(tokens[j].lower) || DETERMINERS.has(tokens[j].lower)) && looksLikeClause(tokens, j, sentence.last, lex)) k = j;
  else {
    // "told local radio on Monday that …", "called the vote “a turning point”": a short object, then the content.
    for (let m = k; m < sentence.last && m < k + 10; m++) {
      const token = tokens[m];
      if (token.kind === TokenKind.Punct && token.text !== '-') break;
      if (m > k && token.kind === TokenKind.Word && !isCapitalized(token) && token.lower.endsWith('ed') && lex.commonClasses(token.lower)?.includes('v') && !lex.reportingVerbs.has(token.lower) && tokens[m - 1].kind === TokenKind.Word && !DETERMINERS.has(tokens[m - 1].lower)) break;
      if (token.lower === 'that' && m > k) {
        // "told the story of that winter": after a preposition "that" is a determiner, not a complement.
        if (lex.commonClasses(tokens[m - 1].lower) === 'f' || ['of', 'in', 'at', 'on', 'for', 'with', 'from', 'about', 'by'].includes(tokens[m - 1].lower)) break;
        k = m;
        break;
      }
      if (WH_WORDS.has(token.lower) && m > k) {
        // "asked officials how such documents …": the question is the content.
        k = m;
        break;
      }
      if (index.quoteOpeningAt[m] >= 0 && m > k && (verb.lemma === 'call' || verb.lemma === 'describe' || verb.quotationOnly || verb.addressee)) {
        k = m;
        break;
      }
      if (token.kind === TokenKind.Word && FINITE_HINTS.has(token.lower)) break;
    }
  }
  let next = tokens[k];
  if (next?.text === ',' && index.quoteOpeningAt[k + 1] >= 0) {
    k++;
    next = tokens[k];
  }
  if (!next) return undefined;
  const quoteIndex = index.quoteOpeningAt[k];
  if (quoteIndex >= 0 || (next.text === ':' && index.quoteOpeningAt[k + 1] >= 0)) {
    const q = quoteIndex >= 0 ? quoteIndex : index.quoteOpeningAt[k + 1];
    const quote = quotes[q];
    const last = quote.unclosed ? lastContentToken(tokens, quote.afterToken) : quotedEnd(tokens, quote.openToken + 1, quote.afterToken - 1);
    if (last <= quote.openToken + 1) return undefined;
    return { first: quote.openToken + 1, last, kind: 'direct', quote: q, unmarked: false };
  }
  if (next.text === ':') {
    // Speech after a colon with its marks stripped runs to the end of the paragraph.
    const first = k + 1;
    const last = lastWordEnd(tokens, first, paragraphSpeechEnd(tokens, first));
    if (last - first < 2) return undefined;
    return { first, last, kind: 'direct', unmarked: true };
  }
  if (next.lower === 'that' && next.kind === TokenKind.Word) {
    const first = k + 1;
    const last = lastWordEnd(tokens, first, sentence.last);
    if (last - first < 2) return undefined;
    return { first, last, kind: 'indirect', unmarked: false };
  }
  if (next.kind !== TokenKind.Word && next.kind !== TokenKind.Number && next.kind !== TokenKind.Quote) return undefined;
  if (next.kind === TokenKind.Word && (next.lower === 'in' || next.lower === 'on' || next.lower === 'at' || next.lower === 'to' || next.lower === 'of' || next.lower === 'by' || next.lower === 'for' || next.lower === 'with' || next.lower === 'about')) return undefined;
  const last = lastWordEnd(tokens, k, sentence.last);
  if (!looksLikeClause(tokens, k, last, lex)) return undefined;
  return { first: k, last: trimAtGerund(tokens, k, last, lex), kind: 'indirect', unmarked: false };
}

/** A clause reported by a cue ends before a following ", and calling …" / " and urging …". */
function trimAtGerund(tokens: readonly Token[], first: number, last: number, lex: Lexicon): number {
  for (let i = first + 2; i < last; i++) {
    const token = tokens[i];
    if (token.kind === TokenKind.Word && CLAUSE_BOUNDARY_GERUNDS.has(token.lower) && (tokens[i - 1].lower === 'and' || tokens[i - 1].text === ',') && lex.reportingVerbs.has(token.lower) !== undefined) {
      let end = i - 1;
      while (end > first && (tokens[end].kind === TokenKind.Punct || tokens[end].lower === 'and')) end--;
      return end + 1;
    }
  }
  return last;
}

/** The end of quoted words without the comma or colon that hands over to the attribution ("…,” she said). */
function quotedEnd(tokens: readonly Token[], first: number, last: number): number {
  let end = last;
  while (end > first + 1 && (tokens[end - 1].text === ',' || tokens[end - 1].text === ':' || tokens[end - 1].text === ';')) end--;
  return end;
}

function lastContentToken(tokens: readonly Token[], end: number): number {
  return lastWordEnd(tokens, 0, end);
}

/** End of speech that follows a colon: the paragraph's end. */
function paragraphSpeechEnd(tokens: readonly Token[], from: number): number {
  return Math.min(tokens.length, from + 4 * CUE_WINDOW);
}

/** The subject of a sentence, for participial cues: its first name, role or pronoun outside a leading adverbial. */
function sentenceSubject(tokens: readonly Token[], sentence: SentenceRange, before: number, index: ParagraphIndex, names: readonly NameCandidate[], roles: readonly RoleMention[], lex: Lexicon): SpeakerMatch | undefined {
  for (let i = sentence.first; i < before; i++) {
    const token = tokens[i];
    const nameIndex = index.nameStartingAt[i];
    const previous = tokens[i - 1];
    const afterPreposition = previous !== undefined && i - 1 >= sentence.first && previous.kind === TokenKind.Word && !isCapitalized(previous) && (lex.commonClasses(previous.lower)?.includes('f') ?? false) && previous.lower !== 'and' && previous.lower !== 'the';
    if (nameIndex >= 0) {
      const name = names[nameIndex];
      // "China's refusal …, accusing": the subject is the refusal, not a speaker.
      if (name.possessive && !afterPreposition) return undefined;
      if (afterPreposition) {
        i = Math.max(i, name.lastToken - 1);
        continue;
      }
      return { ref: { kind: 'name', name: nameIndex }, first: name.role ? name.role.firstToken : name.firstToken, last: name.lastToken };
    }
    const roleIndex = index.roleStartingAt[i];
    if (roleIndex >= 0 && !afterPreposition) return { ref: { kind: 'role', role: roleIndex }, first: i, last: roles[roleIndex].lastToken };
    if (token.kind === TokenKind.Word && SUBJECT_PRONOUNS.has(token.lower) && !afterPreposition) return { ref: { kind: 'pronoun', word: token.lower }, first: i, last: i + 1 };
    if (isPossessive(token)) continue;
  }
  return undefined;
}
