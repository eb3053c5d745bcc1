// Speaker phrases around a reporting cue: a name, a role, a pronoun or a common noun, before or after the cue.
import {
  ARTICLES, APPOSITION_OPENERS, COMMON_PREPOSITIONS, CONTRACTED_SUBJECTS, POSSESSIVE_DETERMINERS, RELATING_PREPOSITIONS,
  RELATIVE_PRONOUNS, SUBJECT_PRONOUNS,
} from '../../lexicon/functionWords';
import { DOCUMENT_SPEAKERS, SPEAKER_APPOSITION_OPENERS, SPEAKER_MODIFIERS } from '../../lexicon/speakers';
import type { SentenceRange } from '../../text/sentences';
import { TokenKind, isCapitalized, isPossessive, type Token } from '../../text/tokens';
import type { NameCandidate } from '../names/candidate';
import { datelineEnd } from '../names/subjects';
import { opensPhraseBefore } from '../prepositions';
import type { SpeakerMatch } from './frame';
import { isLowerWord, isWordToken, type AttributionReader } from './reader';

export const subjectPronouns = new Set(SUBJECT_PRONOUNS);
/** A contracted subject ("i'm") → its pronoun and its auxiliary. */
const contractedSubjects = new Map(CONTRACTED_SUBJECTS.map((row) => {
  const [written, pronoun, auxiliary] = row.split(':');
  return [written, { pronoun, auxiliary }];
}));

/** The contracted subject a token is ("I'm", "you’re"), with its pronoun and auxiliary; undefined for any other token. */
export function contractedSubject(token: Token | undefined): { pronoun: string; auxiliary: string } | undefined {
  if (!token || token.kind !== TokenKind.Word || token.lower.length > 7) return undefined;
  // Every contraction has its apostrophe: most words are refused without a look-up (this runs on every subject).
  const curly = token.lower.indexOf('’');
  if (curly < 0 && !token.lower.includes("'")) return undefined;
  return contractedSubjects.get(curly < 0 ? token.lower : token.lower.replace('’', "'"));
}

/**
 * The pronoun a token is as the subject of a cue: "he", "they", "I", the "you" of an interview question ("are you
 * saying"), or the pronoun of a contraction ("I'm conceding"). After the cue ("…, said he") only a third person or
 * "we" speaks. Undefined for any other token.
 */
function subjectPronounOf(token: Token, beforeCue: boolean): string | undefined {
  if (token.kind !== TokenKind.Word) return undefined;
  const word = subjectPronouns.has(token.lower) || token.lower === 'you' ? token.lower : contractedSubject(token)?.pronoun;
  return word !== undefined && (beforeCue || (word !== 'i' && word !== 'you')) ? word : undefined;
}

/** Words that may stand before the head of a speaker phrase ("the", "his", "a senior"). */
export const speakerDeterminers = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS, ...SPEAKER_MODIFIERS]);
/** Words after which a name in an apposition describes its head rather than filling it. */
const describingWords = new Set([...RELATIVE_PRONOUNS, ...COMMON_PREPOSITIONS, ...RELATING_PREPOSITIONS]);
const appositiveOpeners = new Set([...APPOSITION_OPENERS, ...SPEAKER_APPOSITION_OPENERS]);
/** Documents that speak for whoever issued them ("the statement said"). */
export const documentNouns = new Set(DOCUMENT_SPEAKERS);

/** The speaker phrase ending at token `k` (inclusive), if any: "Peskov", "the minister", "he", "officials". */
export function speakerEndingAt(reader: AttributionReader, k: number, sentenceFirst: number): SpeakerMatch | undefined {
  const { tokens, names } = reader;
  // "The Nigerian Inter-Bank Settlement System (NIBSS)": an acronym in brackets after the name.
  if (tokens[k]?.text === ')' && tokens[k - 2]?.text === '(' && isWordToken(tokens[k - 1])) k -= 3;
  if (k < sentenceFirst) return undefined;
  const token = tokens[k];
  const nameIndex = reader.nameEndingAt[k];
  if (nameIndex >= 0 && tokens[names[nameIndex].firstToken - 1]?.lower === 'by') return agentSpeaker(reader, nameIndex, sentenceFirst);
  if (nameIndex >= 0 && !names[nameIndex].possessive) return namedSpeaker(reader, nameIndex, k, sentenceFirst);
  const roleIndex = reader.roleEndingAt[k];
  if (roleIndex >= 0) return { ref: { kind: 'role', role: roleIndex }, first: reader.roles[roleIndex].firstToken, last: k + 1 };
  const pronoun = subjectPronounOf(token, true);
  if (pronoun !== undefined) return pronounAt(pronoun, k);
  if ((token.lower === 'who' || token.lower === 'which') && tokens[k - 1]?.text === ',') {
    const relative = relativeSpeaker(reader, k, sentenceFirst);
    if (relative) return relative;
  }
  if (isGenericSpeakerHead(reader, token, k === sentenceFirst)) return genericSpeakerEndingAt(reader, k, sentenceFirst);
  return undefined;
}

function pronounAt(word: string, k: number): SpeakerMatch {
  return { ref: { kind: 'pronoun', word }, first: k, last: k + 1 };
}

/** "A letter seen by Sky News says …": the name is the agent of a participle; the speaker is the letter before it. */
function agentSpeaker(reader: AttributionReader, nameIndex: number, sentenceFirst: number): SpeakerMatch | undefined {
  const participle = reader.names[nameIndex].firstToken - 2;
  if (participle > sentenceFirst && isLowerWord(reader.tokens[participle])) return speakerEndingAt(reader, participle - 1, sentenceFirst);
  return undefined;
}

/** A name ending at `k`, with the title or lower-case role written before it ("chief executive Valentina Huenchumilla"). */
function namedSpeaker(reader: AttributionReader, nameIndex: number, k: number, sentenceFirst: number): SpeakerMatch {
  const { tokens, names } = reader;
  const speakerName = qualifiedPerson(reader, nameIndex);
  const name = names[speakerName];
  let first = name.role ? name.role.firstToken : name.precededByThe ? name.firstToken - 1 : name.firstToken;
  while (first - 1 >= sentenceFirst && first > name.firstToken - 4 && isLowerRoleWord(reader, tokens[first - 1])) first--;
  return { ref: { kind: 'name', name: speakerName }, first, last: k + 1 };
}

/** Qualifiers read back from a name to the person they describe ("… of Grace Church in Dalton"). */
const QUALIFIER_HOPS = 3;
const personQualifiers = new Set(['of', 'from']);
const placeQualifiers = new Set(['in', 'at']);

/**
 * The person a name qualifies ("Mayor Leila Kattan of Mejillones told", "Pete Doe of Grace Church in Dalton said"):
 * back over "of" and "from", and over "in" and "at" before an organization or place, to a name that looks like a
 * person; the name itself when there is none.
 */
function qualifiedPerson(reader: AttributionReader, nameIndex: number): number {
  const { tokens, names } = reader;
  let current = nameIndex;
  let best = nameIndex;
  for (let hop = 0; hop < QUALIFIER_HOPS; hop++) {
    const qualifierAt = names[current].firstToken - (names[current].precededByThe ? 2 : 1);
    const qualifier = tokens[qualifierAt]?.lower ?? '';
    const qualified = qualifierAt >= 1 ? reader.nameEndingAt[qualifierAt - 1] : -1;
    const located = placeQualifiers.has(qualifier) && speakerLikeness(names[current]) === 0;
    if (qualified < 0 || !(personQualifiers.has(qualifier) || located)) break;
    if (looksLikePerson(names[qualified])) return qualified;
    // "Acme Corp in Dalton said": the organization, not the place it is in.
    if (located && speakerLikeness(names[qualified]) === 1 && speakerLikeness(names[best]) === 0) best = qualified;
    current = qualified;
  }
  return best;
}

function looksLikePerson(name: NameCandidate): boolean {
  return name.role !== undefined || name.evidence.person > name.evidence.org;
}

/** A lower-case role or title word ("chief executive", "spokesman"). */
function isLowerRoleWord(reader: AttributionReader, token: Token | undefined): boolean {
  return isLowerWord(token) && (reader.lex.roleNouns.has(token.lower) || reader.lex.titleWords.has(token.lower));
}

/** "…, a police spokesman, Ketut Ardana, who said …": the relative pronoun at `k` stands for the speaker before it. */
function relativeSpeaker(reader: AttributionReader, k: number, sentenceFirst: number): SpeakerMatch | undefined {
  const { tokens, names } = reader;
  // The name before ", who" is the antecedent even as the agent of a passive ("was backed by Jane Doe, who said").
  const nameIndex = reader.nameEndingAt[k - 2] ?? -1;
  const agent = nameIndex >= 0 && !names[nameIndex].possessive && tokens[names[nameIndex].firstToken - 1]?.lower === 'by';
  const named = agent ? namedSpeaker(reader, nameIndex, k - 2, sentenceFirst) : speakerEndingAt(reader, k - 2, sentenceFirst);
  const antecedent = named ?? (tokens[k - 2]?.text === ',' ? undefined : appositiveSpeaker(reader, k - 1, sentenceFirst));
  const chained = antecedent && tokens[antecedent.first - 1]?.text === ',' ? appositiveSpeaker(reader, k - 1, sentenceFirst) : antecedent;
  const resolved = chained ?? antecedent;
  return resolved && resolved.ref.kind !== 'pronoun' ? { ref: resolved.ref, first: k, last: k + 1 } : undefined;
}

/**
 * A common noun that can head a speaker phrase; capitalised only when it opens the sentence ("Officials said"), or
 * when it names the members of a party, faith or people ("House Democrats said").
 */
function isGenericSpeakerHead(reader: AttributionReader, token: Token, opensSentence: boolean): boolean {
  if (token.kind !== TokenKind.Word) return false;
  if (!reader.lex.genericSpeakers.has(token.lower)) return !isCapitalized(token) && isDescriptionHead(reader, token.lower);
  return !isCapitalized(token) || opensSentence || reader.lex.groupPlurals.has(token.lower);
}

/**
 * A noun that, determined, describes someone who can speak ("the candidate", "the billionaire"): a role noun, or a
 * singular noun whose commonest WordNet sense is a person. Read only for the words around a cue.
 */
export function isDescriptionHead(reader: AttributionReader, lower: string): boolean {
  // "her cousin" says who someone is to another, not who speaks: an apposed name after it does.
  if (reader.lex.relationNouns.has(lower)) return false;
  if (reader.lex.roleNouns.has(lower)) return true;
  // A plural ("voters said") names people without saying which: no one the text can be held to.
  return !lower.endsWith('s') && reader.lex.nounClasses(lower)?.charAt(0) === 'P';
}

/** "a senior Kremlin official", "the ministry", "Chinese officials", "the journal's editors", ending at `k`. */
function genericSpeakerEndingAt(reader: AttributionReader, k: number, sentenceFirst: number): SpeakerMatch | undefined {
  const { tokens, names, lex } = reader;
  const token = tokens[k];
  // Walk back over determiners and modifiers: "a senior Kremlin official", "the ministry".
  let first = k;
  let inner: number | undefined;
  let country: string | undefined;
  while (first - 1 >= sentenceFirst && first > k - 5) {
    const previous = tokens[first - 1];
    const nameBefore = reader.nameEndingAt[first - 1];
    if (nameBefore >= 0) {
      inner = nameBefore;
      first = names[nameBefore].firstToken;
      if (names[nameBefore].precededByThe) first--;
      continue;
    }
    if (isSpeakerModifier(reader, previous)) {
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
  if (isPossessive(tokens[first - 1] ?? tokens[k]) && first - 2 >= sentenceFirst && isLowerWord(tokens[first - 2])) {
    owner = tokens[first - 2].lower;
    first -= 2;
    if (first - 1 >= sentenceFirst && speakerDeterminers.has(tokens[first - 1].lower)) first--;
  }
  // A bare plural ("officials said") or a determined noun ("the statement said") is a speaker; a bare singular is not.
  const determined = first < k || token.lower.endsWith('s') || token.lower === 'police';
  if (!determined) return undefined;
  const indefinite = tokens[first].lower === 'a' || tokens[first].lower === 'an';
  const definite = tokens[first].lower === 'the';
  return { ref: { kind: 'generic', head: token.lower, name: inner, owner, indefinite, definite, country }, first, last: k + 1 };
}

/** A determiner, or a lower-case adjective, before a common-noun speaker ("the", "senior", "unnamed"). */
function isSpeakerModifier(reader: AttributionReader, token: Token): boolean {
  if (token.kind !== TokenKind.Word) return false;
  return speakerDeterminers.has(token.lower) || (!isCapitalized(token) && (reader.lex.commonClasses(token.lower)?.includes('j') ?? false));
}

/** After a cue, a determiner or an adjective of any case ("said a Senior official" reads on to the noun). */
function isDeterminerOrAdjective(reader: AttributionReader, token: Token): boolean {
  return speakerDeterminers.has(token.lower) || (reader.lex.commonClasses(token.lower)?.includes('j') ?? false);
}

/** How much a name looks like a speaker rather than a place it was in: 2 person, 1 organization, 0 place. */
function speakerLikeness(name: NameCandidate): number {
  const { person, org, place } = name.evidence;
  if (name.role || person > Math.max(org, place)) return 2;
  if (org >= place) return 1;
  return 0;
}

/** Tokens of one apposition read back from a cue ("Jane Doe, a farmer who has grown wheat here since 1990, said"). */
const MAX_APPOSITION_TOKENS = 30;

/**
 * The speaker of "X, <apposition>[, <apposition>], said": the name that fills the last apposition
 * ("its director, Kwame Asante-Boateng, said"), else the head the appositions describe
 * ("Mihail Constantinescu, leader of People's Renewal, the largest opposition party, said").
 */
export function appositiveSpeaker(reader: AttributionReader, comma: number, sentenceFirst: number): SpeakerMatch | undefined {
  const { tokens, names } = reader;
  const filler = reader.nameEndingAt[comma - 1];
  const heads: SpeakerMatch[] = [];
  let apposedOrganization: SpeakerMatch | undefined;
  let segmentEnd = comma;
  for (let depth = 0; depth < 3; depth++) {
    let j = segmentEnd - 1;
    while (j > sentenceFirst && j > segmentEnd - MAX_APPOSITION_TOKENS && tokens[j].text !== ',') j--;
    if (tokens[j]?.text !== ',' || j <= sentenceFirst) break;
    const opener = tokens[j + 1];
    const apposed = reader.nameStartingAt[j + 1];
    const fills = filler >= 0 && names[filler].firstToken > j && speakerLikeness(names[filler]) === 2 && !governedName(reader, filler) &&
      !describesFiller(reader, j + 1, filler);
    if (depth === 0 && fills) {
      return { ref: { kind: 'name', name: filler }, first: j + 1, last: comma };
    }
    // "Another pollster, Jane Doe of Acme University, said": the person the apposed organization qualifies.
    const qualified = depth === 0 && filler >= 0 && !fills ? speakerEndingAt(reader, comma - 1, j + 1) : undefined;
    const person = qualified?.ref.kind === 'name' ? names[qualified.ref.name] : undefined;
    if (qualified && person && person.firstToken === j + 1 && speakerLikeness(person) === 2) {
      return { ref: qualified.ref, first: j + 1, last: comma };
    }
    if (depth === 0 && apposed >= 0 && names[apposed].lastToken === comma && speakerLikeness(names[apposed]) >= 1) {
      const match: SpeakerMatch = { ref: { kind: 'name', name: apposed }, first: j + 1, last: comma };
      if (speakerLikeness(names[apposed]) === 2) return match;
      // "Jane Doe, the editor of a newspaper, the Gazette, said": an organization closing the appositions is what
      // the person before them works for; it speaks only when no person heads them.
      apposedOrganization = match;
    }
    if (!opener || !(appositiveOpeners.has(opener.lower) || apposed >= 0 || !isCapitalized(opener))) break;
    const head = speakerEndingAt(reader, j - 1, sentenceFirst);
    // "Still, Jane Doe, an adviser, said": a capitalised adverb opening the sentence heads nothing.
    if (head && !(apposed >= 0 && isOpeningAside(reader, head, sentenceFirst))) heads.push(head);
    segmentEnd = j;
  }
  if (apposedOrganization) {
    const leftmost = heads[heads.length - 1]?.ref;
    return leftmost?.kind === 'name' && speakerLikeness(names[leftmost.name]) === 2 ? heads[heads.length - 1] : apposedOrganization;
  }
  // The leftmost head that is not a place ("In Brussels, …" introduces, it does not speak).
  for (let h = heads.length - 1; h >= 0; h--) {
    const ref = heads[h].ref;
    if (ref.kind !== 'name' || speakerLikeness(names[ref.name]) > 0) return heads[h];
  }
  return heads[0];
}

/** A sentence's first word alone before a comma, written with a capital only because it opens the sentence ("Still,"). */
function isOpeningAside(reader: AttributionReader, head: SpeakerMatch, sentenceFirst: number): boolean {
  const ref = head.ref;
  return ref.kind === 'name' && head.first === sentenceFirst && head.last === sentenceFirst + 1 && reader.names[ref.name].initialCommon;
}

/**
 * Whether the words of an apposition before the name closing it tie that name to its head: a preposition or a relative
 * pronoun ("Jane Doe, the attorney general under former President John Roe, said"; "…, a Republican who has endorsed
 * John Roe, said"). The apposition then describes the head, whom no name fills.
 */
function describesFiller(reader: AttributionReader, from: number, filler: number): boolean {
  const name = reader.names[filler];
  const to = name.role ? name.role.firstToken : name.firstToken;
  for (let k = from; k < to; k++) {
    const token = reader.tokens[k];
    if (token.kind === TokenKind.Word && !isCapitalized(token) && describingWords.has(token.lower)) return true;
  }
  return false;
}

/** Whether a name is the object of a preposition ("former adviser to Jane Doe"): it describes, it does not fill, an apposition. */
function governedName(reader: AttributionReader, nameIndex: number): boolean {
  const name = reader.names[nameIndex];
  const before = reader.tokens[(name.role ? name.role.firstToken : name.firstToken) - (name.precededByThe ? 2 : 1)];
  return before !== undefined && opensPhraseBefore(before, reader.lex);
}

/** Most words between an organization or place and the person it qualifies ("Acme Party Chairman Jane Doe"). */
const MAX_QUALIFIED_ROLE = 4;

/**
 * The person a name qualifies with a role written between them ("Acme Party Chairman Jane Doe", "Oakdale police chief
 * Jane Doe"), or -1: the organization or place is then no speaker of its own.
 */
export function personQualifiedBy(reader: AttributionReader, nameIndex: number, sentenceLast: number): number {
  const { tokens, names, lex } = reader;
  const name = names[nameIndex];
  if (name.possessive || speakerLikeness(name) === 2) return -1;
  let roleWords = 0;
  for (let m = name.lastToken; m < sentenceLast && m <= name.lastToken + MAX_QUALIFIED_ROLE; m++) {
    const next = reader.nameStartingAt[m];
    if (next >= 0 && (roleWords > 0 || names[next].role !== undefined)) {
      return speakerLikeness(names[next]) === 2 ? next : -1;
    }
    const token = tokens[m];
    if (!isWordToken(token)) return -1;
    // "ABC moderator Jane Doe": a plain noun names the role as well as a listed role word does.
    const classes = lex.commonClasses(token.lower);
    if (lex.roleNouns.has(token.lower) || lex.titleWords.has(token.lower) || (!isCapitalized(token) && isPlainNoun(classes))) roleWords++;
    else if (!(classes?.includes('j') ?? false)) return -1;
  }
  return -1;
}

/** A noun, and no function word, in the lexicon ("moderator", "host"); a word it does not know is no evidence either way. */
function isPlainNoun(classes: string | undefined): boolean {
  return classes !== undefined && classes.includes('n') && !classes.includes('f');
}

/** The speaker phrase starting at token `k` ("said Peskov", "wrote Kuleba", "said the minister"). */
export function speakerStartingAt(reader: AttributionReader, k: number, sentenceLast: number): SpeakerMatch | undefined {
  if (k >= sentenceLast) return undefined;
  const { tokens, names } = reader;
  const nameIndex = reader.nameStartingAt[k];
  if (nameIndex >= 0 && names[nameIndex].possessive) return ownersSpeaker(reader, nameIndex, k, sentenceLast);
  if (nameIndex >= 0) {
    // "said Acme Party Chairman Jane Doe": the organization only qualifies the person it heads.
    const person = personQualifiedBy(reader, nameIndex, sentenceLast);
    const speaker = person >= 0 ? person : nameIndex;
    return { ref: { kind: 'name', name: speaker }, first: k, last: names[speaker].lastToken };
  }
  const roleIndex = reader.roleStartingAt[k];
  // "said the minister" — but prefer a name right after the role ("said the minister, John Smith").
  if (roleIndex >= 0) return { ref: { kind: 'role', role: roleIndex }, first: k, last: reader.roles[roleIndex].lastToken };
  const token = tokens[k];
  const pronoun = subjectPronounOf(token, false);
  if (pronoun !== undefined) return pronounAt(pronoun, k);
  return genericSpeakerStartingAt(reader, k, sentenceLast) ?? describedNameStartingAt(reader, k, sentenceLast);
}

/** Most words of a description read before a name after the cue ("said Republican political consultant Jane Doe"). */
const MAX_DESCRIPTION_AFTER_CUE = 4;

/** "said veteran party strategist Jane Doe": a name after a few describing words (nouns, adjectives, roles). */
function describedNameStartingAt(reader: AttributionReader, k: number, sentenceLast: number): SpeakerMatch | undefined {
  const { tokens, names, lex } = reader;
  for (let m = k; m < sentenceLast && m <= k + MAX_DESCRIPTION_AFTER_CUE; m++) {
    const nameIndex = reader.nameStartingAt[m];
    if (nameIndex >= 0 && m > k) {
      if (names[nameIndex].possessive) return undefined;
      return { ref: { kind: 'name', name: nameIndex }, first: k, last: names[nameIndex].lastToken };
    }
    const token = tokens[m];
    if (!isWordToken(token) || lex.reportingVerbs.has(token.lower)) return undefined;
    // (A word the lexicon does not know is most likely a noun: "harbour engineer".)
    const classes = lex.commonClasses(token.lower) ?? 'n';
    const describes = isCapitalized(token) || lex.roleNouns.has(token.lower) || (/[nj]/.test(classes) && !classes.includes('f'));
    if (!describes || speakerDeterminers.has(token.lower)) return undefined;
  }
  return undefined;
}

/** "wrote Uzbekistan's deputy water minister, Dilnoza Rakhimova," / "said the company's director, X": the name apposed. */
function ownersSpeaker(reader: AttributionReader, nameIndex: number, k: number, sentenceLast: number): SpeakerMatch | undefined {
  const { tokens, names } = reader;
  let m = names[nameIndex].lastToken + 1;
  while (m < sentenceLast && m < names[nameIndex].lastToken + 6 && isLowerWord(tokens[m])) m++;
  const apposed = tokens[m]?.text === ',' ? reader.nameStartingAt[m + 1] : reader.nameStartingAt[m];
  if (apposed >= 0) return { ref: { kind: 'name', name: apposed }, first: k, last: names[apposed].lastToken };
  return undefined;
}

/** "said a spokesman for the ministry", "said the statement", "said a police spokesman, Ketut Ardana,". */
function genericSpeakerStartingAt(reader: AttributionReader, k: number, sentenceLast: number): SpeakerMatch | undefined {
  const { tokens, names, lex } = reader;
  let end = k;
  const modifies = (token: Token | undefined, at: number): boolean =>
    isWordToken(token) && (isDeterminerOrAdjective(reader, token) || reader.nameStartingAt[at] >= 0);
  while (end < sentenceLast && end < k + 4 && modifies(tokens[end], end)) {
    if (reader.nameStartingAt[end] >= 0) end = names[reader.nameStartingAt[end]].lastToken;
    else end++;
  }
  const head = tokens[end];
  if (end >= sentenceLast || !isWordToken(head)) return undefined;
  // A description after the cue needs its determiner ("said the candidate"): a bare noun there is seldom the speaker.
  const described = lex.genericSpeakers.has(head.lower) || (end > k && !isCapitalized(head) && isDescriptionHead(reader, head.lower));
  if (!described) return undefined;
  // "said officials" as much as "said a spokesman"; a bare singular ("said spokesman") is no speaker.
  if (end === k && !head.lower.endsWith('s')) return undefined;
  // "said a police spokesman, Ketut Ardana,": the name in apposition.
  const apposed = tokens[end + 1]?.text === ',' ? reader.nameStartingAt[end + 2] : -1;
  if (apposed >= 0) return { ref: { kind: 'name', name: apposed }, first: k, last: names[apposed].lastToken };
  const issuer = documentNouns.has(head.lower) ? issuerAfter(reader, end + 1, sentenceLast) : undefined;
  if (issuer) return { ref: issuer.ref, first: k, last: issuer.last };
  let inner: number | undefined;
  for (let i = k; i < end; i++) if (reader.nameStartingAt[i] >= 0) inner = reader.nameStartingAt[i];
  const definite = tokens[k].lower === 'the';
  return { ref: { kind: 'generic', head: head.lower, name: inner, definite }, first: k, last: end + 1 };
}

/** Most words between a document and the "by" or "from" of its issuer ("a statement released late on Monday by"). */
const MAX_ISSUER_GAP = 4;

/**
 * "said a statement from the ministry", "read a statement released by Acme": the issuer written after a document is
 * the speaker (a name, or a description such as "the commission"); undefined when none is written there.
 */
function issuerAfter(reader: AttributionReader, k: number, sentenceLast: number): SpeakerMatch | undefined {
  const { tokens } = reader;
  for (let m = k; m < sentenceLast && m <= k + MAX_ISSUER_GAP; m++) {
    const token = tokens[m];
    if (!isLowerWord(token)) return undefined;
    if (token.lower !== 'by' && token.lower !== 'from') continue;
    const issuer = speakerStartingAt(reader, m + 1, sentenceLast);
    const ref = issuer?.ref;
    if (!issuer || ref?.kind === 'pronoun' || (ref?.kind === 'generic' && documentNouns.has(ref.head))) return undefined;
    return issuer;
  }
  return undefined;
}

/** The subject of a sentence, for participial cues: its first name, role or pronoun outside a leading adverbial. */
export function sentenceSubject(reader: AttributionReader, sentence: SentenceRange, before: number): SpeakerMatch | undefined {
  const { tokens, names } = reader;
  for (let i = sentence.first; i < before; i++) {
    const token = tokens[i];
    const nameIndex = reader.nameStartingAt[i];
    const previous = tokens[i - 1];
    const afterPreposition = previous !== undefined && i - 1 >= sentence.first && opensPhraseBefore(previous, reader.lex);
    if (nameIndex >= 0) {
      const name = names[nameIndex];
      // "China's refusal …, accusing": the subject is the refusal, not a speaker.
      if (name.possessive && !afterPreposition) return undefined;
      if (afterPreposition) {
        i = Math.max(i, name.lastToken - 1);
        continue;
      }
      // "BOSTON — Sen. Jane Doe …, saying": the dateline tells where, the subject comes after its dash.
      const dateline = datelineEnd(tokens, name, sentence.first);
      if (dateline >= 0) {
        i = Math.max(i, dateline);
        continue;
      }
      const person = personQualifiedBy(reader, nameIndex, before);
      if (person >= 0) return { ref: { kind: 'name', name: person }, first: name.firstToken, last: names[person].lastToken };
      return { ref: { kind: 'name', name: nameIndex }, first: name.role ? name.role.firstToken : name.firstToken, last: name.lastToken };
    }
    const roleIndex = reader.roleStartingAt[i];
    if (afterPreposition) continue;
    if (roleIndex >= 0) return { ref: { kind: 'role', role: roleIndex }, first: i, last: reader.roles[roleIndex].lastToken };
    // Only a plain pronoun: in "I'm old enough to remember Doe …, declaring" the participle is Doe's.
    if (token.kind === TokenKind.Word && subjectPronouns.has(token.lower)) return pronounAt(token.lower, i);
    if (isPossessive(token)) continue;
  }
  return undefined;
}
