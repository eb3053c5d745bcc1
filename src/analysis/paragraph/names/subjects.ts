// Which name is its sentence's subject: the first one outside a prepositional phrase, a possessive or a quotation.
import { SUBJECT_PRONOUNS } from '../../lexicon/functionWords';
import { lexicon, type Lexicon } from '../../lexicon/lexicon';
import { sortInPlace } from '../../text/arrays';
import type { SentenceRange } from '../../text/sentences';
import { isApostrophe } from '../../text/chars';
import { isAllCaps, type Token } from '../../text/tokens';
import { opensPhraseBefore } from '../prepositions';
import type { NameCandidate } from './candidate';
import { isCapitalWord } from './reader';

const subjectPronouns = new Set(SUBJECT_PRONOUNS);

/** Marks each sentence's first name that is not inside a prepositional phrase, a possessive or a quotation. */
export function markSubjects(
  tokens: readonly Token[],
  sentences: readonly SentenceRange[],
  names: NameCandidate[],
  insideQuote: Uint8Array,
): void {
  const lex = lexicon();
  let n = 0;
  const ordered = sortInPlace(names.filter((name) => name.firstToken >= 0), (a, b) => a.firstToken - b.firstToken);
  for (const sentence of sentences) {
    while (n < ordered.length && ordered[n].firstToken < sentence.first) n++;
    // "Asked who leads, he said Ryan.": a subject pronoun before any name is the sentence's subject.
    let pronoun = sentence.first;
    while (pronoun < sentence.last && (insideQuote[pronoun] || !subjectPronouns.has(tokens[pronoun].lower))) pronoun++;
    const dateline = n < ordered.length ? datelineEnd(tokens, ordered[n], sentence.first) : -1;
    for (let m = n; m < ordered.length && ordered[m].firstToken < sentence.last; m++) {
      const name = ordered[m];
      const start = name.role ? name.role.firstToken : name.firstToken;
      if (start > pronoun) break;
      const before = tokens[start - 1];
      const afterPreposition = before !== undefined && start - 1 >= sentence.first && opensPhraseBefore(before, lex);
      // A name inside a quotation is not the subject of the narrative around it, nor is a dateline ("BOSTON — …").
      if (afterPreposition || name.possessive || insideQuote[name.firstToken] || name.firstToken < dateline) continue;
      if (qualifiesNext(tokens, name, ordered[m + 1]) || opensWithAside(tokens, name, sentence.first, ordered[m + 1])) continue;
      // "The decision surprised Jane Doe": the object of a verb; the subject went before, and was no name.
      if (before !== undefined && start - 1 >= sentence.first && isObjectVerb(before, lex)) break;
      name.subject = true;
      break;
    }
  }
}

/**
 * Whether a name only qualifies the name after it: the organization or candidate a role ties to a person ("Acme
 * consultant Jane Doe", "Acme adviser Jane Doe"), or an owner written with a bare apostrophe ("Acme News’ Jane Doe").
 */
function qualifiesNext(tokens: readonly Token[], name: NameCandidate, next: NameCandidate | undefined): boolean {
  if (next === undefined) return false;
  const nextStart = next.role ? next.role.firstToken : next.firstToken;
  if (next.role !== undefined && nextStart === name.lastToken) return true;
  const mark = tokens[name.lastToken];
  const bareApostrophe = mark !== undefined && mark.text.length === 1 && isApostrophe(mark.text.charCodeAt(0));
  return bareApostrophe && mark.start === tokens[name.lastToken - 1].end && nextStart === name.lastToken + 1;
}

/**
 * Whether a name is a sentence's opening word set off by a comma before another name ("Still, Jane Doe said"): an
 * adverb written with a capital, not the subject.
 */
function opensWithAside(tokens: readonly Token[], name: NameCandidate, sentenceFirst: number, next: NameCandidate | undefined): boolean {
  const oneOpeningWord = name.firstToken === sentenceFirst && name.lastToken === name.firstToken + 1;
  if (!name.initialCommon || !oneOpeningWord || next === undefined) return false;
  return tokens[name.lastToken]?.text === ',' && (next.role ? next.role.firstToken : next.firstToken) === name.lastToken + 1;
}

/** A lower-case verb that is neither noun nor function word nor reporting verb ("met", "took"), after which a name is its object. */
function isObjectVerb(token: Token, lex: Lexicon): boolean {
  if (token.lower !== token.text || lex.reportingVerbs.has(token.lower)) return false;
  const classes = lex.commonClasses(token.lower);
  return classes !== undefined && classes.includes('v') && !classes.includes('n') && !classes.includes('f');
}

/** Dashes that close a dateline ("BOSTON —", "Washington (AFP) –"). */
const DATELINE_DASHES = new Set(['—', '–', '--', '-']);

/** Most tokens between a dateline's first name and its dash (", Norway", "(AFP)"). */
const MAX_DATELINE_TAIL = 6;

/**
 * Where a dateline ends (its dash), or -1: a place in capitals or known as a place that opens a paragraph and is
 * closed by a dash, perhaps after a country or an agency ("BERGEN, Norway —", "Washington (AFP) –"). It tells where
 * the story was filed, not who acts in it; a person before a dash ("Jane Doe — the mayor — said") is no dateline.
 */
export function datelineEnd(tokens: readonly Token[], name: NameCandidate, sentenceFirst: number): number {
  if (sentenceFirst !== 0 || name.firstToken !== 0 || name.role) return -1;
  const { person, org, place } = name.evidence;
  if (!isAllCaps(tokens[0]) && !(place > person && place > org)) return -1;
  for (let k = name.lastToken; k < tokens.length && k <= name.lastToken + MAX_DATELINE_TAIL; k++) {
    const token = tokens[k];
    if (DATELINE_DASHES.has(token.text)) return k;
    if (token.text !== ',' && token.text !== '(' && token.text !== ')' && token.text !== '.' && !isCapitalWord(token)) return -1;
  }
  return -1;
}
