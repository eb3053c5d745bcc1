// Finds capitalised names in a paragraph, separates titles and roles from them, and collects typing evidence.
import { lexicon, type Lexicon } from './lexicon';
import { APOSTROPHES, isApostrophe, withoutDotsAndApostrophes } from './text/chars';
import type { SentenceRange } from './text/sentences';
import { Token, TokenFlag, TokenKind, isAllCaps, isCapitalized, isPossessive } from './text/tokens';

/** Evidence for each type; summed over a name's occurrences before a type is chosen. */
export interface TypeEvidence {
  person: number;
  org: number;
  place: number;
}

/** A name found in a paragraph; offsets are relative to the paragraph's start. */
export interface NameCandidate {
  start: number;
  end: number;
  text: string;
  /** Token index range of the name within the paragraph. */
  firstToken: number;
  lastToken: number;
  /** Lower-cased words of the name, without punctuation ("dmitry", "peskov"). */
  words: string[];
  /** Title or role written before the name ("Kremlin spokesman", "Chinese Foreign Minister"). */
  role?: { start: number; end: number; text: string; firstToken: number };
  /** Country named by a demonym in the role ("Russian President" → Russia). */
  roleCountry?: string;
  evidence: TypeEvidence;
  /** Starts a sentence with a word that is also a common English word ("Both", "Bush"). */
  initialCommon: boolean;
  /** Seen in the middle of a sentence: capitalisation there is real evidence of a name. */
  midSentence: boolean;
  possessive: boolean;
  precededByThe: boolean;
  /** The first name of its sentence, outside a leading prepositional phrase: most likely the subject. */
  subject: boolean;
  /** Token index after the name and any letters written after it ("KC", "Jr"). */
  tailToken?: number;
  /** The name as compared across the document: lower case, no company form, countries canonical. */
  key: string;
  /** For a last word that may be a possessive written without its apostrophe ("Zelenskyys"): the words without the "s". */
  stem?: { words: string[]; key: string };
}

/** A role description that can stand for a person ("the Russian leader", "the minister"). */
export interface RoleMention {
  start: number;
  end: number;
  text: string;
  firstToken: number;
  lastToken: number;
  /** The role noun ("leader", "minister", "spokesman"). */
  head: string;
  /** Country named by a demonym or country in the description. */
  country?: string;
}

/** A nationality adjective standing for its country ("Chinese officials said", "the Russians"). */
export interface DemonymMention {
  start: number;
  end: number;
  text: string;
  country: string;
}

export interface NamesInParagraph {
  names: NameCandidate[];
  roles: RoleMention[];
  demonyms: DemonymMention[];
}

const WEEKDAYS_AND_MONTHS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec',
]);

const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'bint', 'ben', 'abu', 'y', 'zu']);
const PARTICLE_PREFIX = new RegExp(`^(?:al|el|ad|ar|as|at|az|an|ash|ad|bin|ibn|abd|abu|ul|ur|ud|d|l|o)[-${APOSTROPHES}]\\p{Lu}`, 'u');
/** "I’m", "I'd": the pronoun with a clitic. */
const PRONOUN_I_CLITIC = new RegExp(`^i[${APOSTROPHES}]`);
const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'across', 'outside', 'inside', 'into', 'throughout', 'toward', 'towards', 'via', 'around', 'across', 'to', 'across', 'within', 'of']);
const PRONOUNS_CAPITALIZED = new Set(['i', 'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'its', 'our', 'their', 'my', 'your', 'me', 'him', 'us', 'them']);
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'who', 'whose']);

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === TokenKind.Word && !isPossessive(token);
}

function isCapitalWord(token: Token | undefined): token is Token {
  return isWord(token) && (isCapitalized(token) || isAllCaps(token));
}

/** True for words that can sit inside a name run (capitalised words, "al-Uloum", initials). */
function isNameWord(token: Token | undefined): token is Token {
  if (!isWord(token)) return false;
  if (isCapitalized(token) || isAllCaps(token)) return token.lower !== 'i' && !PRONOUN_I_CLITIC.test(token.lower) && !WEEKDAYS_AND_MONTHS.has(token.lower);
  return PARTICLE_PREFIX.test(token.text);
}

function isSentenceStartAt(tokens: readonly Token[], index: number, sentenceFirst: number): boolean {
  let k = index - 1;
  while (k >= sentenceFirst && (tokens[k].kind === TokenKind.Quote || tokens[k].text === '(' || tokens[k].text === '[' || tokens[k].text === '—' || tokens[k].text === '-' || tokens[k].text === '–')) k--;
  if (k < sentenceFirst) return true;
  const before = tokens[k];
  // After a colon or an opening quote, speech starts with a capital like a sentence does.
  if (before.text === ':' || before.text === ';') return true;
  return k < index - 1 && tokens[k + 1].kind === TokenKind.Quote && before.kind === TokenKind.Punct;
}

/** A word at the start of a sentence that is more likely an ordinary word than a name. */
function isOrdinaryOpener(token: Token, runLength: number, lex: Lexicon): boolean {
  if (PRONOUNS_CAPITALIZED.has(token.lower) || NUMBER_WORDS.has(token.lower)) return true;
  const classes = lex.commonClasses(token.lower);
  if (classes === undefined) return false;
  if (lex.places.has(token.lower) || lex.knownOrgs.has(token.lower) || lex.demonyms.has(token.lower)) return false;
  // "Will that help?" but "Will Smith said": a given name counts only when a surname follows.
  if (lex.givenNames.has(token.lower) && runLength > 1) return false;
  return true;
}

/** Second halves of hyphenated adjectives built on names ("NATO-led", "Kabul-based", "al-Qaida-linked"). */
const COMPOUND_SUFFIXES = new Set(['led', 'based', 'linked', 'backed', 'born', 'owned', 'run', 'style', 'era', 'made', 'controlled', 'dominated', 'allied', 'funded', 'sponsored', 'bound', 'affiliated', 'inspired', 'brokered', 'held', 'occupied', 'administered', 'registered', 'listed', 'flagged', 'built', 'trained', 'armed', 'friendly', 'wide', 'related', 'specific', 'centric', 'oriented', 'focused', 'educated', 'like', 'type']);

const ROMAN_NUMERAL = /^(?:i{1,3}|iv|v|vi{1,3}|ix|x)$/;

/** Last words of event, prize and document names. */
const EVENT_HEADS = new Set(['war', 'wars', 'prize', 'prizes', 'award', 'awards', 'championship', 'championships', 'open', 'cup', 'games', 'olympics', 'festival', 'revolution', 'crisis', 'accord', 'accords', 'treaty', 'act', 'code', 'tournament', 'series', 'show', 'idol', 'holocaust', 'intifada', 'expo', 'biennale', 'grand prix', 'derby', 'marathon', 'world cup', 'trophy', 'medal']);

/** Capitalised words that are units or scales, not names. */
const NOT_NAMES = new Set(['celsius', 'fahrenheit', 'richter', 'kelvin', 'internet', 'web', 'ebola', 'aids', 'hiv', 'sars', 'covid', 'covid-19', 'h5n1', 'h1n1', 'mers', 'zika']);

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty',
  'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'dozens', 'dozen',
  'several', 'first', 'second', 'third', 'fourth', 'fifth', 'half', 'none', 'both', 'many', 'most', 'some', 'all', 'few',
]);

function isDemonymWord(lower: string, lex: Lexicon): boolean {
  return lex.demonyms.has(lower);
}

function isTitleHead(token: Token, lex: Lexicon): boolean {
  return lex.titleHeads.has(token.lower);
}

function isOrgHead(lower: string, lex: Lexicon): boolean {
  return lex.orgHeads.has(lower);
}

/**
 * Extends a run of name words over connectors that belong inside names: initials' dots, "of"/"for"
 * after an organization or title word ("Bank of England", "Secretary of State"), "and" between
 * two parts of one organization ("Food and Drug Administration"), and name particles ("bin", "van").
 */
/** Names longer than this are not names (a heading in capitals, a list of titles); it also keeps runs linear. */
const MAX_NAME_TOKENS = 16;

function extendRun(tokens: readonly Token[], start: number, limit: number, lex: Lexicon): number {
  let end = start + 1;
  while (end < limit && end - start < MAX_NAME_TOKENS) {
    const token = tokens[end];
    if (isNameWord(token) && (token.flags & TokenFlag.LineBreakBefore) === 0) {
      end++;
      continue;
    }
    const previous = tokens[end - 1];
    // "People’s Renewal", "Farmers’ and Citizens’ League": a possessive on a plural common noun is part of the name.
    if ((isPossessive(token) || (token.text.length === 1 && isApostrophe(token.text.charCodeAt(0)) && previous.lower.endsWith('s'))) && token.start === previous.end && isCapitalized(previous) && (lex.commonClasses(previous.lower)?.includes('n') ?? false) && !lex.givenNames.has(previous.lower) && !lex.titleWords.has(previous.lower) && (isNameWord(tokens[end + 1]) || tokens[end + 1]?.lower === 'and')) {
      end++;
      continue;
    }
    // "Mr." / "J." / "St.": the dot of an abbreviation or initial stays inside the name.
    if (token.text === '.' && token.start === previous.end && isNameWord(tokens[end + 1]) && (previous.text.length === 1 || lex.honorifics.has(previous.lower) || previous.lower === 'st' || lex.titleWords.has(previous.lower))) {
      end++;
      continue;
    }
    if (token.kind === TokenKind.Word && !isCapitalized(token)) {
      const lower = token.lower;
      const next = tokens[end + 1];
      if (NAME_PARTICLES.has(lower) && isNameWord(next) && !(lower === 'la' || lower === 'le') ) {
        end++;
        continue;
      }
      // "Joost van der Berghe", "Ursula von der Leyen", "Pedro de la Cruz".
      if (NAME_PARTICLES.has(lower) && next !== undefined && NAME_PARTICLES.has(next.lower) && !isCapitalized(next) && isNameWord(tokens[end + 2])) {
        end += 2;
        continue;
      }
      if ((lower === 'of' || lower === 'for' || lower === 'on') && isNameWord(next) || ((lower === 'of' || lower === 'for') && next?.lower === 'the' && isNameWord(tokens[end + 2]))) {
        // "Bank of England", "Secretary of State", "Council for the Welfare of Immigrants" — but not
        // "Mayor Leila Kattan of Mejillones", where a name already follows the title.
        const head = (t: Token): boolean => isOrgHead(t.lower, lex) || lex.placeHeads.has(t.lower) || ['republic', 'kingdom', 'united', 'states', 'house', 'people', 'university', 'welfare', 'society'].includes(t.lower);
        // A capitalised common noun before "of" heads a name too ("Friends of the Earth", "Journal of …").
        const immediate = head(previous) || isTitleHead(previous, lex) || (isCapitalized(previous) && (lex.commonClasses(previous.lower)?.includes('n') ?? false) && lex.commonClasses(previous.lower) !== undefined && !lex.givenNames.has(previous.lower));
        const runHasHead = immediate || (runContains(tokens, start, end, head) && !titledNameBefore(tokens, start, end, lex));
        if (runHasHead && lower !== 'on') {
          end += next?.lower === 'the' ? 2 : 1;
          continue;
        }
      }
      const leftIsOrdinary = runEvery(tokens, start, end, (t) => t.kind !== TokenKind.Word || lex.commonClasses(t.lower) !== undefined || t.lower === 'of' || isPossessive(t));
      if (lower === 'and' && isNameWord(next) && (end - start === 1 || leftIsOrdinary || runContains(tokens, start, end, (t) => t.lower === 'of' || t.kind === TokenKind.Quote || isPossessive(t))) && lex.commonClasses(tokens[start].lower) !== undefined) {
        // "Food and Drug Administration", "Journal of Climate and Child Health", "Farmers’ and Citizens’
        // League": join only when an organization head follows shortly.
        let k = end + 1;
        while (k < limit && k < end + 6 && (isNameWord(tokens[k]) || (tokens[k].kind === TokenKind.Quote && tokens[k].start === tokens[k - 1].end) || isPossessive(tokens[k]))) k++;
        if (isOrgHead(tokens[k - 1].lower, lex) || runContains(tokens, start, end, (t) => isOrgHead(t.lower, lex))) {
          end++;
          continue;
        }
      }
    }
    break;
  }
  return end;
}

/** A title followed by a personal name already in the run ("Mayor Leila Kattan"). */
function titledNameBefore(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  for (let i = from; i < to - 1; i++) if (isTitleHead(tokens[i], lex) && !isOrgHead(tokens[i + 1].lower, lex) && lex.commonClasses(tokens[i + 1].lower) === undefined) return true;
  return false;
}

function runEvery(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean): boolean {
  for (let i = from; i < to; i++) if (!test(tokens[i])) return false;
  return true;
}

function runContains(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean): boolean {
  for (let i = from; i < to; i++) if (test(tokens[i])) return true;
  return false;
}

function textOf(paragraph: string, tokens: readonly Token[], first: number, last: number): string {
  return paragraph.slice(tokens[first].start, tokens[last - 1].end);
}

function nameWords(tokens: readonly Token[], first: number, last: number): string[] {
  const result: string[] = [];
  for (let i = first; i < last; i++) if (tokens[i].kind === TokenKind.Word) result.push(tokens[i].lower);
  return result;
}

/** Index where the personal name starts after a title ("Chinese Foreign Minister | Qin Gang"), or -1. */
function titleSplit(tokens: readonly Token[], first: number, last: number, lex: Lexicon): number {
  let split = -1;
  // "Saudi Arabia", "British Airways": a known name is never split.
  const whole = nameWords(tokens, first, last).join(' ');
  if (lex.places.has(whole) || lex.knownOrgs.has(whole)) return -1;
  for (let i = first; i < last - 1; i++) {
    const token = tokens[i];
    if (token.kind !== TokenKind.Word) continue;
    if (!isTitleHead(token, lex) && !(isPrefixDescriptor(token, lex) && onlyDescriptorsBefore(tokens, first, i, lex))) continue;
    // "General Motors", "Justice Department": an organization head later means this is no title.
    let nameStart = i + 1;
    if (tokens[nameStart]?.text === '.') nameStart++;
    // "Secretary of State Antony Blinken", "Minister of Foreign Affairs Sergei Lavrov".
    if (tokens[nameStart]?.lower === 'of' || tokens[nameStart]?.lower === 'for') {
      let k = nameStart + 1;
      if (tokens[k]?.lower === 'the') k++;
      while (k < last && tokens[k].kind === TokenKind.Word && (lex.commonClasses(tokens[k].lower) !== undefined || lex.places.has(tokens[k].lower) || isOrgHead(tokens[k].lower, lex))) k++;
      nameStart = k;
    }
    if (nameStart >= last || !isCapitalWord(tokens[nameStart])) continue;
    const rest = nameWords(tokens, nameStart, last);
    if (rest.length === 0) continue;
    const restLast = rest[rest.length - 1];
    // "General Motors" is a company; "Vice Admiral Albert Church" is still a person.
    if ((isOrgHead(restLast, lex) || lex.placeHeads.has(restLast)) && !lex.givenNames.has(rest[0])) continue;
    if (rest.every((w) => lex.titleWords.has(w))) continue;
    // "Martin Luther King Jr": nothing but letters after a name follows the title word, so it is no title.
    if (rest.every((w) => POSTNOMINALS.has(w.replace(/\.$/, '')))) continue;
    split = nameStart;
  }
  return split;
}

/** A word that describes a person before the name: a role ("Archaeologist", "Lawmakers") or a nationality/group ("Filipino"). */
function isPrefixDescriptor(token: Token, lex: Lexicon): boolean {
  const lower = token.lower;
  if (lex.roleNouns.has(lower) || lex.demonyms.has(lower) || lex.groupWords.has(lower)) return true;
  return lower.endsWith('s') && lex.roleNouns.has(lower.slice(0, -1));
}

/** Nouns after a nationality that make it stand for the country's state ("Chinese officials", "Russian forces"). */
const STATE_NOUNS = new Set(['officials', 'official', 'government', 'authorities', 'forces', 'troops', 'army', 'military', 'navy', 'diplomats', 'diplomat', 'ministry', 'leader', 'leaders', 'leadership', 'president', 'state', 'media', 'police', 'side', 'delegation', 'embassy', 'negotiators', 'regime', 'parliament', 'lawmakers', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'ambassador', 'officers', 'soldiers', 'warships', 'jets', 'aircraft', 'sanctions', 'intelligence', 'prosecutors', 'courts', 'court', 'administration', 'cabinet', 'counterparts', 'counterpart']);

/** Nationality adjectives that stand for their country, outside names and titles. */
function findDemonyms(paragraph: string, tokens: readonly Token[], covered: Uint8Array, lex: Lexicon): DemonymMention[] {
  const found: DemonymMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (covered[i] || token.kind !== TokenKind.Word || !isCapitalized(token)) continue;
    const country = lex.demonyms.get(token.lower);
    if (!country) continue;
    const next = tokens[i + 1];
    const before = tokens[i - 1];
    // "Chinese officials said", "the Russians said": the people of a state acting as it.
    const standsFor = (next !== undefined && next.kind === TokenKind.Word && STATE_NOUNS.has(next.lower)) || (before?.lower === 'the' && (next === undefined || next.kind !== TokenKind.Word || !isCapitalized(next)) && token.lower.endsWith('s'));
    if (standsFor) found.push({ start: token.start, end: token.end, text: paragraph.slice(token.start, token.end), country });
  }
  return found;
}

/** A role or nationality splits off a name only from the start of the run ("Filipino Roberto …"), not mid-name. */
function onlyDescriptorsBefore(tokens: readonly Token[], first: number, index: number, lex: Lexicon): boolean {
  for (let i = first; i < index; i++) {
    const token = tokens[i];
    if (token.kind !== TokenKind.Word) continue;
    if (!(isPrefixDescriptor(token, lex) || lex.titleWords.has(token.lower) || lex.commonClasses(token.lower)?.includes('j'))) return false;
  }
  return true;
}

/** True when the words before `split` include a real title or role, not only a nationality. */
function prefixHasRole(tokens: readonly Token[], first: number, split: number, lex: Lexicon): boolean {
  for (let i = first; i < split; i++) {
    const token = tokens[i];
    if (token.kind !== TokenKind.Word) continue;
    if (isTitleHead(token, lex) || lex.roleNouns.has(token.lower) || (token.lower.endsWith('s') && lex.roleNouns.has(token.lower.slice(0, -1)))) return true;
  }
  return false;
}

function demonymCountry(tokens: readonly Token[], first: number, last: number, lex: Lexicon): string | undefined {
  for (let i = first; i < last; i++) {
    const lower = tokens[i].lower;
    const country = lex.demonyms.get(lower) ?? (lex.places.get(lower)?.kind === 'country' ? lex.places.get(lower)?.name : undefined);
    if (country) return country;
  }
  return undefined;
}

function emptyEvidence(): TypeEvidence {
  return { person: 0, org: 0, place: 0 };
}

/** Evidence for a name from its own words. */
function intrinsicEvidence(words: readonly string[], tokens: readonly Token[], first: number, last: number, lex: Lexicon): TypeEvidence {
  const evidence = emptyEvidence();
  const joined = words.join(' ');
  const surface = tokens.slice(first, last).map((t) => t.text).join(' ').toLowerCase();
  const place = lex.places.get(joined) ?? lex.places.get(surface);
  if (place) evidence.place += 6;
  if (lex.knownOrgs.has(joined) || lex.knownOrgs.has(surface)) evidence.org += 6;
  const lastWord = words[words.length - 1];
  if (words.length > 1 && isOrgHead(lastWord, lex)) evidence.org += 5;
  else if (words.some((w) => isOrgHead(w, lex)) && words.length > 2) evidence.org += 3;
  if (words.length > 1 && lex.placeHeads.has(lastWord)) evidence.place += 4;
  if (words.length === 1 && isAllCaps(tokens[first]) && !place && tokens[first].text.replace(/\./g, '').length <= 6) evidence.org += 2;
  if (lex.givenNames.has(words[0]) && !place) evidence.person += words.length > 1 ? 3 : 1;
  if (words.length >= 2 && words.length <= 3 && lex.eastAsianSurnames.has(words[0]) && words.slice(1).every((w) => /^[a-z]{2,7}(?:-[a-z]{2,6})?$/.test(w) && lex.commonClasses(w) === undefined)) evidence.person += 3;
  if (words.length >= 2 && words.length <= 4 && evidence.org === 0 && evidence.place === 0 && !words.some((w) => lex.commonClasses(w)?.includes('f'))) {
    // Two to four capitalised words with no organization or place word are most often a person,
    // unless every word is an ordinary English word ("Intelligence System").
    const uncommon = words.filter((w) => lex.commonClasses(w) === undefined && !lex.places.has(w) && !lex.demonyms.has(w)).length;
    if (uncommon >= 1) evidence.person += 1.5;
    else if (!lex.givenNames.has(words[0])) {
      evidence.person -= 1;
      evidence.org += 0.5;
    }
  }
  if (words.length >= 2 && !lex.givenNames.has(words[0]) && words.some((w) => lex.places.has(w) || lex.demonyms.has(w)) && !place && !lex.placeHeads.has(words[words.length - 1])) {
    // "Environment Canada", "Air France": a country inside a longer name makes it an organization.
    evidence.person -= 2;
    evidence.org += 1.5;
  }
  // A person's name does not end in a lone letter ("Protected B", "Plan B").
  if (words.length >= 2 && words[words.length - 1].length === 1) evidence.person -= 4;
  return evidence;
}

/** Adds evidence from the words around a name. */
function contextEvidence(evidence: TypeEvidence, tokens: readonly Token[], first: number, last: number, sentenceFirst: number, sentenceLast: number, lex: Lexicon): { precededByThe: boolean } {
  const before = tokens[first - 1];
  const before2 = tokens[first - 2];
  const after = tokens[last];
  const after2 = tokens[last + 1];
  let precededByThe = false;
  if (before && first - 1 >= sentenceFirst) {
    if (before.lower === 'the') {
      precededByThe = true;
      evidence.person -= 3;
      evidence.org += 1;
      evidence.place += 0.5;
    } else if (lex.roleNouns.has(before.lower) && before.kind === TokenKind.Word && !isCapitalized(before)) {
      evidence.person += 4;
    } else if (ORG_DESCRIPTORS.has(before.lower) && before.kind === TokenKind.Word && !isCapitalized(before)) {
      // "oil company Yukos", "the Israeli daily Maariv", "the band OneRepublic".
      evidence.org += 3;
      evidence.person -= 2;
    } else if (before.text === ',' && before2 && ORG_DESCRIPTORS.has(before2.lower) && !isCapitalized(before2)) {
      // "The operator, PT Samudra Lintas Nusantara,".
      evidence.org += 3;
      evidence.person -= 2;
    } else if (before.text === ',' && before2 && lex.roleNouns.has(before2.lower) && !isCapitalized(before2)) {
      evidence.person += 3;
    } else if (LOCATIVE.has(before.lower) && before.kind === TokenKind.Word) {
      evidence.place += before.lower === 'in' || before.lower === 'near' || before.lower === 'from' ? 2 : before.lower === 'of' ? 0 : 1;
    } else if (before.lower === 'by' || before.lower === 'with') {
      evidence.person += 0.5;
      evidence.org += 0.5;
    }
  }
  if (after && last < sentenceLast) {
    const verb = lex.reportingVerbs.get(after.lower);
    if (after.kind === TokenKind.Word && !isCapitalized(after)) {
      if (verb) {
        evidence.person += 1;
        evidence.org += 0.5;
      } else if (after.lower === 'spokesman' || after.lower === 'spokeswoman' || after.lower === 'spokesperson' || after.lower === 'official' || after.lower === 'officials') {
        evidence.org += 2.5;
        evidence.place += 1.5;
        evidence.person -= 2;
      } else if (lex.roleNouns.has(after.lower) || after.lower === 'government' || after.lower === 'officials' || after.lower === 'forces' || after.lower === 'authorities' || after.lower === 'troops' || after.lower === 'police') {
        evidence.org += 1.5;
        evidence.place += 1.5;
        evidence.person -= 1;
      } else if (after.lower === 'who') {
        evidence.person += 2;
      } else if (PLACE_NOUNS_AFTER.has(after.lower)) {
        // "eastern Kunar province", "the Madura route": a place named before its kind.
        evidence.place += 3;
        evidence.person -= 2;
      }
    } else if (after.text === ',' && after2) {
      if ((after2.lower === 'the' || after2.lower === 'a' || after2.lower === 'an') && descriptorWithin(tokens, last + 2, Math.min(sentenceLast, last + 7), lex)) {
        // "Cordillera Energía, the Chilean battery maker," / "Acme, a Dutch company,".
        evidence.org += 3;
        evidence.person -= 2;
      } else if (APPOSITION_OPENERS.has(after2.lower) && after2.lower !== 'the') {
        const k = last + 2;
        // "Paul Dewar, an Ottawa MP," / "Kuleba, who spoke ..."
        if (after2.lower === 'who') evidence.person += 2;
        else if (roleWithin(tokens, k, Math.min(sentenceLast, k + 6), lex)) evidence.person += 2;
      } else if (isCapitalWord(after2) && lex.places.has(after2.lower)) {
        evidence.place += 2;
      }
    }
  }
  return { precededByThe };
}

/** Common nouns that describe an organization ("the Chilean battery maker", "the operator"). */
const ORG_DESCRIPTORS = new Set([
  'company', 'firm', 'maker', 'manufacturer', 'producer', 'operator', 'group', 'carrier', 'airline', 'retailer', 'bank', 'lender',
  'insurer', 'conglomerate', 'giant', 'startup', 'start-up', 'developer', 'supplier', 'utility', 'agency', 'organization',
  'organisation', 'charity', 'association', 'union', 'party', 'club', 'team', 'newspaper', 'broadcaster', 'network', 'outlet',
  'publisher', 'website', 'platform', 'institute', 'university', 'school', 'hospital', 'ministry', 'department', 'regulator',
  'watchdog', 'authority', 'body', 'consortium', 'subsidiary', 'automaker', 'carmaker', 'chipmaker', 'miner', 'exporter', 'importer',
  'distributor', 'provider', 'brand', 'chain', 'label', 'studio', 'nonprofit', 'non-profit', 'ngo', 'movement', 'coalition', 'alliance',
  'daily', 'weekly', 'magazine', 'tabloid', 'channel', 'television', 'radio', 'band', 'contractor', 'airline', 'shipper', 'insurer',
]);

/** Lower-case nouns that follow a place's name ("Kunar province", "Madura route", "Gaza border"). */
const PLACE_NOUNS_AFTER = new Set(['province', 'provinces', 'region', 'district', 'city', 'town', 'village', 'county', 'island', 'islands', 'river', 'valley', 'border', 'area', 'state', 'governorate', 'prefecture', 'municipality', 'coast', 'peninsula', 'mountains', 'desert', 'basin', 'strait', 'sea', 'lake', 'airport', 'port', 'harbour', 'harbor', 'route', 'capital', 'suburb', 'neighbourhood', 'neighborhood', 'enclave', 'territory', 'oblast', 'refugee']);

function descriptorWithin(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token.text === ',' || token.text === '.') return false;
    if (ORG_DESCRIPTORS.has(token.lower)) return true;
    if (lex.roleNouns.has(token.lower)) return false;
  }
  return false;
}

function roleWithin(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token.text === ',' || token.text === '.') return false;
    if (lex.roleNouns.has(token.lower)) return true;
  }
  return false;
}

/** Role nouns used as a description ("the Russian leader", "the minister"): these can stand for a named person. */
const DESCRIPTION_HEADS = new Set(['leader', 'president', 'minister', 'premier', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'ambassador', 'envoy', 'king', 'queen', 'prince', 'pope', 'governor', 'mayor', 'senator', 'general', 'commander', 'chief', 'chairman', 'chairwoman', 'official', 'diplomat', 'adviser', 'advisor', 'monarch', 'premier', 'head', 'prime minister', 'foreign minister', 'chief executive', 'ceo']);

function findRoleMentions(paragraph: string, tokens: readonly Token[], sentence: SentenceRange, lex: Lexicon, into: RoleMention[]): void {
  for (let i = sentence.first; i < sentence.last; i++) {
    const determiner = tokens[i];
    if (determiner.lower !== 'the' && determiner.lower !== 'our' && determiner.lower !== 'their') continue;
    let k = i + 1;
    let country: string | undefined;
    // Up to three modifiers: "the Russian leader", "the country's foreign minister".
    while (k < sentence.last && k < i + 4) {
      const token = tokens[k];
      const lower = token.lower;
      if (lex.demonyms.has(lower)) country = lex.demonyms.get(lower);
      else if (lex.places.get(lower)?.kind === 'country') country = lex.places.get(lower)?.name;
      else if (!(lower === 'foreign' || lower === 'prime' || lower === 'former' || lower === 'new' || lower === 'top' || lower === 'senior' || lower === 'chief' || lower === 'defence' || lower === 'defense' || lower === 'interior' || lower === 'finance' || lower === "country" || isPossessive(token) || lower === 'veteran' || lower === 'two' || lower === 'deputy' || lower === 'vice')) break;
      k++;
    }
    const head = tokens[k];
    if (!head || head.kind !== TokenKind.Word || !(DESCRIPTION_HEADS.has(head.lower) || lex.roleNouns.has(head.lower) || lex.titleHeads.has(head.lower))) continue;
    // "the minister of ..." is still a description; "the leaders" (plural) is not one person.
    const next = tokens[k + 1];
    if (next && isCapitalWord(next) && (next.flags & TokenFlag.SpaceBefore) !== 0 && !lex.reportingVerbs.has(next.lower)) continue;
    into.push({ start: determiner.start, end: head.end, text: paragraph.slice(determiner.start, head.end), firstToken: i, lastToken: k + 1, head: head.lower, country });
    i = k;
  }
}

/** Finds the names and role descriptions of one paragraph. */
export function findNames(paragraph: string, tokens: readonly Token[], sentences: readonly SentenceRange[]): NamesInParagraph {
  const lex = lexicon();
  const names: NameCandidate[] = [];
  const roles: RoleMention[] = [];
  for (const sentence of sentences) {
    findRoleMentions(paragraph, tokens, sentence, lex, roles);
    let i = sentence.first;
    while (i < sentence.last) {
      const token = tokens[i];
      if (!isNameWord(token) || !(isCapitalized(token) || isAllCaps(token) || PARTICLE_PREFIX.test(token.text))) {
        i++;
        continue;
      }
      const runEnd = extendRun(tokens, i, sentence.last, lex);
      let first = i;
      const sentenceInitial = isSentenceStartAt(tokens, i, sentence.first);
      let initialCommon = false;
      // Drop ordinary words that are capitalised only because they open the sentence ("Both China ...").
      while (first < runEnd && sentenceInitial && first === i && isOrdinaryOpener(tokens[first], runEnd - first, lex)) {
        const classes = lex.commonClasses(tokens[first].lower) ?? '';
        const nounLike = classes.includes('n') && !classes.includes('f') && !PRONOUNS_CAPITALIZED.has(tokens[first].lower);
        // A title ("President Bush") or a role ("Archaeologist Yardenna Alexandre") stays for titleSplit.
        if (runEnd - first > 1 && (lex.titleWords.has(tokens[first].lower) || isPrefixDescriptor(tokens[first], lex))) break;
        if (nounLike && runEnd - first > 1) {
          initialCommon = true;
          break;
        }
        if (nounLike && runEnd - first === 1) {
          initialCommon = true;
          break;
        }
        first++;
      }
      if (first >= runEnd || (sentenceInitial && first === i && runEnd - first === 1 && lex.genericSpeakers.has(tokens[first].lower))) {
        i = runEnd;
        continue;
      }
      addRun(paragraph, tokens, first, runEnd, sentence, sentenceInitial && first === i, initialCommon, lex, names, roles);
      i = runEnd;
    }
  }
  for (const name of names) keyName(name, lex);
  // A description inside a name's own title ("the Secretary" of "the Secretary of State Antony Blinken") is not separate.
  const covered = new Uint8Array(tokens.length + 1);
  for (const name of names) if (name.firstToken >= 0) covered.fill(1, name.role ? name.role.firstToken : name.firstToken, name.lastToken);
  const keptRoles = roles.filter((role) => {
    for (let t = role.firstToken; t < role.lastToken; t++) if (covered[t]) return false;
    return true;
  });
  // Reading order, so that later steps can walk names without sorting them again.
  names.sort((a, b) => a.start - b.start || b.end - a.end);
  return { names, roles: keptRoles, demonyms: findDemonyms(paragraph, tokens, covered, lex) };
}

function addRun(
  paragraph: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  sentence: SentenceRange,
  atSentenceStart: boolean,
  initialCommon: boolean,
  lex: Lexicon,
  names: NameCandidate[],
  roles: RoleMention[],
): void {
  // Trim connectors and dots left at the end of a run.
  while (last > first && (tokens[last - 1].kind !== TokenKind.Word || NAME_PARTICLES.has(tokens[last - 1].lower) || tokens[last - 1].lower === 'of' || tokens[last - 1].lower === 'the' || tokens[last - 1].lower === 'and' || tokens[last - 1].lower === 'for')) last--;
  if (last <= first) return;
  const split = titleSplit(tokens, first, last, lex);
  let nameFirst = first;
  let role: NameCandidate['role'];
  let roleCountry: string | undefined;
  const evidence = emptyEvidence();
  if (split > first) {
    nameFirst = split;
    role = { start: tokens[first].start, end: tokens[split - 1].end, text: textOf(paragraph, tokens, first, split), firstToken: first };
    roleCountry = demonymCountry(tokens, first, split, lex);
    // "Filipino Roberto Tarongoy": a nationality alone is weaker evidence than a title.
    evidence.person += prefixHasRole(tokens, first, split, lex) ? 5 : 1;
    addRoleEmbeddedNames(paragraph, tokens, first, split, sentence, lex, names);
  } else if (lex.titleHeads.has(tokens[first].lower) && last - first === 1) {
    // A bare title ("President said") is a description, not a name.
    roles.push({ start: tokens[first].start, end: tokens[first].end, text: tokens[first].text, firstToken: first, lastToken: first + 1, head: tokens[first].lower });
    return;
  } else if (last - first > 1 && isRoleWord(tokens[last - 1], lex) && !isOrgHead(tokens[last - 1].lower, lex)) {
    // "an Ottawa New Democrat MP": a role with names inside it, not a name.
    addRoleEmbeddedNames(paragraph, tokens, first, last - 1, sentence, lex, names);
    const lastToken = tokens[last - 1];
    roles.push({ start: tokens[first].start, end: lastToken.end, text: textOf(paragraph, tokens, first, last), firstToken: first, lastToken: last, head: lastToken.lower, country: demonymCountry(tokens, first, last, lex) });
    return;
  } else if (runIsOnlyTitles(tokens, first, last, lex)) {
    const lastToken = tokens[last - 1];
    roles.push({ start: tokens[first].start, end: lastToken.end, text: textOf(paragraph, tokens, first, last), firstToken: first, lastToken: last, head: lastToken.lower, country: demonymCountry(tokens, first, last, lex) });
    return;
  }
  // A run that is only a demonym or a capitalised adjective ("Chinese", "Western") is not a name.
  const words = nameWords(tokens, nameFirst, last);
  if (words.length === 0) return;
  // "II" of "World War II", a lone initial: not names.
  if (words.every((w) => ROMAN_NUMERAL.test(w) || w.replace(/\./g, '').length <= 1)) return;
  const joinedWords = words.join(' ');
  if (lex.demonyms.has(joinedWords) || lex.groupWords.has(joinedWords) || NOT_NAMES.has(joinedWords)) return;
  if (lex.eventPrefixes.has(words[0]) && words.length > 1) return;
  // Events, prizes and treaties ("World War II", "Nobel Peace Prize", "Australian Open") and model
  // numbers ("F-16") are not actors.
  const headWord = words.filter((w) => !ROMAN_NUMERAL.test(w)).pop() ?? '';
  if (EVENT_HEADS.has(headWord) && (words.length > 1 || lex.commonClasses(headWord) !== undefined)) return;
  if (words.some((w) => /\d/.test(w)) && !lex.knownOrgs.has(joinedWords)) return;

  if (words.length === 1 && (isDemonymWord(words[0], lex) || isAdjectiveUse(tokens, nameFirst, last, lex))) return;
  if (words.length === 1 && /[-‐‑]/.test(tokens[nameFirst].text)) {
    const parts = tokens[nameFirst].lower.split(/[-‐‑]/);
    const suffix = parts[parts.length - 1];
    const writtenSuffix = tokens[nameFirst].text.slice(tokens[nameFirst].text.length - suffix.length);
    const lowerSuffix = writtenSuffix === suffix && lex.commonClasses(suffix) !== undefined;
    if (parts.length >= 2 && (COMPOUND_SUFFIXES.has(suffix) || lowerSuffix)) {
      // "NATO-led", "Senegal-based": an adjective built on a name; the name is the mention.
      const token = tokens[nameFirst];
      const baseLength = token.text.length - suffix.length - 1;
      const base = token.text.slice(0, baseLength).toLowerCase();
      if (lex.places.has(base) || lex.knownOrgs.has(base)) names.push(simpleCandidate(paragraph, token.start, token.start + baseLength, { person: 0, org: lex.knownOrgs.has(base) ? 6 : 0, place: lex.places.has(base) ? 6 : 0 }));
      return;
    }
    const known = lex.places.has(words[0]) || lex.knownOrgs.has(words[0]);
    if (!known && parts.every((p) => lex.places.has(p) || lex.demonyms.has(p))) {
      addHyphenatedPlaces(paragraph, tokens[nameFirst], lex, names);
      return;
    }
    // "East-West", "Franco-German", "Russian-Chinese": compounds of ordinary words and demonyms are no names.
    if (!known && parts.every((p) => p.length === 0 || lex.commonClasses(p) !== undefined || lex.demonyms.has(p) || /^(?:franco|anglo|sino|russo|indo|afro|euro|austro|greco|italo|german|soviet|pan|ibero|latino)$/.test(p))) return;
  }
  // "The Guardian", "The Hague": the article is part of some names.
  if (nameFirst > 0 && !role && tokens[nameFirst - 1].text === 'The' && (lex.knownOrgs.has(`the ${words.join(' ')}`) || lex.places.has(`the ${words.join(' ')}`))) {
    nameFirst--;
    words.unshift('the');
  }
  const intrinsic = intrinsicEvidence(words, tokens, nameFirst, last, lex);
  evidence.person += intrinsic.person;
  evidence.org += intrinsic.org;
  evidence.place += intrinsic.place;
  if (nameFirst > 0 && tokens[nameFirst - 1].text === '.' && lex.honorifics.has(tokens[nameFirst - 2]?.lower ?? '')) evidence.person += 3;
  // "Priyanka Bhattacharya KC", "Martin Luther King Jr": letters after a name are a title, not the name.
  const tailToken = last;
  while (last - nameFirst > 1 && POSTNOMINALS.has(tokens[last - 1].lower.replace(/\.$/, ''))) {
    last--;
    words.pop();
    evidence.person += 3;
  }
  if (!role) {
    // "water resources minister Saule Zhaksylykova", "Kremlin spokesman Dmitry Peskov": a lower-case role.
    const lowerRole = lowerCaseRoleBefore(paragraph, tokens, nameFirst, sentence.first, lex);
    if (lowerRole) role = lowerRole;
  }
  if (tokens[last]?.text === ',' && tokens[last + 1]?.kind === TokenKind.Number && /^\d{1,3}$/.test(tokens[last + 1].text) && tokens[last + 2]?.text === ',') {
    // "Priya, 61," — an age in apposition marks a person.
    evidence.person += 4;
  }
  const { precededByThe } = contextEvidence(evidence, tokens, role ? first : nameFirst, last, sentence.first, sentence.last, lex);
  names.push({
    start: tokens[nameFirst].start,
    end: tokens[last - 1].end,
    text: textOf(paragraph, tokens, nameFirst, last),
    firstToken: nameFirst,
    lastToken: last,
    words,
    role,
    roleCountry,
    evidence,
    initialCommon: initialCommon && !role,
    midSentence: !(atSentenceStart && nameFirst === first),
    possessive: isPossessive(tokens[tailToken] ?? tokens[tailToken - 1]),
    precededByThe,
    subject: false,
    tailToken,
    key: '',
  });
}

/** Company-form suffixes that may be left out when the name is repeated ("Nordvik Vind ASA" → "Nordvik Vind"). */
const COMPANY_SUFFIXES = new Set(['asa', 'as', 'ag', 'sa', 'ltd', 'inc', 'plc', 'gmbh', 'nv', 'bv', 'ab', 'oyj', 'spa', 'llc', 'corp', 'co', 'pty', 'srl', 'sas', 'kk', 'bhd', 'tbk', 'pt']);

/** A name's words as compared across a document: lower case, without a company form or dots. */
export function nameKey(words: readonly string[]): string {
  let kept = words;
  if (kept.length > 1 && COMPANY_SUFFIXES.has(kept[kept.length - 1].replace(/\./g, ''))) kept = kept.slice(0, -1);
  return withoutDotsAndApostrophes(kept.join(' '));
}

/** The comparison key, with a country's other names ("U.S.", "America") folded into its own. */
function canonicalKey(words: readonly string[], lex: Lexicon): string {
  const key = nameKey(words);
  const place = lex.places.get(words.join(' ')) ?? lex.places.get(key);
  return place && place.kind === 'country' ? place.name.toLowerCase() : key;
}

function keyName(name: NameCandidate, lex: Lexicon): void {
  name.key = canonicalKey(name.words, lex);
  const last = name.words[name.words.length - 1];
  if (last.length > 3 && last.endsWith('s') && !last.endsWith('ss') && lex.commonClasses(last) === undefined) {
    const words = [...name.words.slice(0, -1), last.slice(0, -1)];
    name.stem = { words, key: canonicalKey(words, lex) };
  }
}

/** Marks each sentence's first name that is not inside a prepositional phrase or a possessive. */
export function markSubjects(tokens: readonly Token[], sentences: readonly SentenceRange[], names: NameCandidate[], insideQuote: Uint8Array): void {
  const lex = lexicon();
  let n = 0;
  const ordered = names.filter((name) => name.firstToken >= 0).sort((a, b) => a.firstToken - b.firstToken);
  for (const sentence of sentences) {
    while (n < ordered.length && ordered[n].firstToken < sentence.first) n++;
    for (let m = n; m < ordered.length && ordered[m].firstToken < sentence.last; m++) {
      const name = ordered[m];
      const start = name.role ? name.role.firstToken : name.firstToken;
      const before = tokens[start - 1];
      const afterPreposition = before !== undefined && start - 1 >= sentence.first && before.kind === TokenKind.Word && !isCapitalized(before) && (lex.commonClasses(before.lower)?.includes('f') ?? false) && before.lower !== 'and' && before.lower !== 'the';
      // A name inside a quotation is not the subject of the narrative around it.
      if (afterPreposition || name.possessive || insideQuote[name.firstToken]) continue;
      name.subject = true;
      break;
    }
  }
}

/** Letters written after a person's name: honours, degrees, generations. */
const POSTNOMINALS = new Set(['kc', 'qc', 'mp', 'mep', 'jr', 'sr', 'phd', 'md', 'obe', 'mbe', 'cbe', 'ii', 'iii', 'iv', 'esq', 'msp', 'mla']);

/** The lower-case role phrase right before a name ("foreign policy adviser"), up to four words. */
function lowerCaseRoleBefore(paragraph: string, tokens: readonly Token[], nameFirst: number, sentenceFirst: number, lex: Lexicon): NameCandidate['role'] {
  if (tokens[nameFirst - 1]?.text === ',') {
    // "Kazakhstan's minister of water resources, Saule Zhaksylykova": a role in apposition before the name.
    let k = nameFirst - 2;
    let roleWord = -1;
    while (k >= sentenceFirst && k > nameFirst - 8 && tokens[k].kind === TokenKind.Word && !isCapitalized(tokens[k]) && !isPossessive(tokens[k])) {
      if (lex.roleNouns.has(tokens[k].lower)) roleWord = k;
      k--;
    }
    if (roleWord >= 0) {
      let first = roleWord;
      while (first - 1 > k && !DETERMINER_WORDS.has(tokens[first - 1].lower) && (lex.commonClasses(tokens[first - 1].lower)?.match(/[nj]/) ?? false)) first--;
      return { start: tokens[first].start, end: tokens[nameFirst - 2].end, text: paragraph.slice(tokens[first].start, tokens[nameFirst - 2].end), firstToken: first };
    }
    return undefined;
  }
  const head = tokens[nameFirst - 1];
  if (!head || nameFirst - 1 < sentenceFirst || head.kind !== TokenKind.Word || isCapitalized(head) || !lex.roleNouns.has(head.lower)) return undefined;
  let first = nameFirst - 1;
  while (first - 1 >= sentenceFirst && first > nameFirst - 5) {
    const token = tokens[first - 1];
    if (token.kind !== TokenKind.Word || isCapitalized(token) || isPossessive(token) || DETERMINER_WORDS.has(token.lower)) break;
    const classes = lex.commonClasses(token.lower);
    if (!classes || classes.includes('f') || classes.includes('v') && !classes.includes('n') && !classes.includes('j')) break;
    first--;
  }
  return { start: tokens[first].start, end: head.end, text: paragraph.slice(tokens[first].start, head.end), firstToken: first };
}

const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'said', 'and', 'or', 'by', 'with', 'as']);

function isRoleWord(token: Token, lex: Lexicon): boolean {
  return lex.titleHeads.has(token.lower) || (lex.roleNouns.has(token.lower) && (isAllCaps(token) || lex.commonClasses(token.lower) !== undefined));
}

function runIsOnlyTitles(tokens: readonly Token[], first: number, last: number, lex: Lexicon): boolean {
  let sawHead = false;
  for (let i = first; i < last; i++) {
    const token = tokens[i];
    if (token.kind !== TokenKind.Word) continue;
    if (lex.titleHeads.has(token.lower)) sawHead = true;
    else if (!lex.titleWords.has(token.lower) && !lex.demonyms.has(token.lower) && token.lower !== 'of' && token.lower !== 'the') return false;
  }
  return sawHead;
}

/** A single capitalised adjective before a lower-case noun ("Western leaders", "Islamic militants"). */
function isAdjectiveUse(tokens: readonly Token[], first: number, last: number, lex: Lexicon): boolean {
  // "He flew from London to Paris": a known place or organization is a name whatever the word list says.
  if (lex.places.has(tokens[first].lower) || lex.knownOrgs.has(tokens[first].lower)) return false;
  const classes = lex.commonClasses(tokens[first].lower);
  if (classes === undefined || !classes.includes('j') || classes.includes('n')) return false;
  const next = tokens[last];
  return next !== undefined && next.kind === TokenKind.Word && !isCapitalized(next);
}

/** "China-Russia relations": each country inside a hyphenated word is a place mention. */
function addHyphenatedPlaces(paragraph: string, token: Token, lex: Lexicon, names: NameCandidate[]): void {
  let offset = token.start;
  for (const part of token.text.split(/[-‐‑]/)) {
    if (lex.places.has(part.toLowerCase())) names.push(simpleCandidate(paragraph, offset, offset + part.length, { person: 0, org: 0, place: 6 }));
    offset += part.length + 1;
  }
}

function simpleCandidate(paragraph: string, start: number, end: number, evidence: TypeEvidence): NameCandidate {
  const text = paragraph.slice(start, end);
  return {
    start,
    end,
    text,
    firstToken: -1,
    lastToken: -1,
    words: [text.toLowerCase()],
    evidence,
    initialCommon: false,
    midSentence: true,
    possessive: false,
    precededByThe: false,
    subject: false,
    key: '',
  };
}

/** Organizations and places inside a role ("Bank of England Governor", "CEO of the Refugee Council"). */
function addRoleEmbeddedNames(paragraph: string, tokens: readonly Token[], first: number, last: number, sentence: SentenceRange, lex: Lexicon, names: NameCandidate[]): void {
  let i = first;
  while (i < last) {
    const token = tokens[i];
    if (!isCapitalWord(token) || lex.titleWords.has(token.lower) || lex.demonyms.has(token.lower)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < last && (isCapitalWord(tokens[end]) || (tokens[end].lower === 'of' && isCapitalWord(tokens[end + 1]))) && !(lex.titleHeads.has(tokens[end].lower) && !isOrgHead(tokens[end].lower, lex))) end++;
    const words = nameWords(tokens, i, end);
    const evidence = intrinsicEvidence(words, tokens, i, end, lex);
    // Only organizations and places: a word of the title itself ("Harbour Minister") is not a name.
    if (evidence.org > 0 || evidence.place > 0) {
      names.push({
        start: token.start,
        end: tokens[end - 1].end,
        text: textOf(paragraph, tokens, i, end),
        firstToken: i,
        lastToken: end,
        words,
        evidence,
        initialCommon: false,
        midSentence: i > sentence.first,
        possessive: false,
        precededByThe: tokens[i - 1]?.lower === 'the',
        subject: false,
        key: '',
      });
    }
    i = end;
  }
}
