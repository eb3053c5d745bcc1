// Which name is its sentence's subject: the first one outside a prepositional phrase, a possessive or a quotation.
import { SUBJECT_PRONOUNS } from '../../lexicon/functionWords';
import { lexicon, type Lexicon } from '../../lexicon/lexicon';
import type { SentenceRange } from '../../text/sentences';
import type { Token } from '../../text/tokens';
import { opensPhraseBefore } from '../prepositions';
import type { NameCandidate } from './candidate';

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
  const ordered = names.filter((name) => name.firstToken >= 0).sort((a, b) => a.firstToken - b.firstToken);
  for (const sentence of sentences) {
    while (n < ordered.length && ordered[n].firstToken < sentence.first) n++;
    // "Asked who leads, he said Ryan.": a subject pronoun before any name is the sentence's subject.
    let pronoun = sentence.first;
    while (pronoun < sentence.last && (insideQuote[pronoun] || !subjectPronouns.has(tokens[pronoun].lower))) pronoun++;
    for (let m = n; m < ordered.length && ordered[m].firstToken < sentence.last; m++) {
      const name = ordered[m];
      const start = name.role ? name.role.firstToken : name.firstToken;
      if (start > pronoun) break;
      const before = tokens[start - 1];
      const afterPreposition = before !== undefined && start - 1 >= sentence.first && opensPhraseBefore(before, lex);
      // A name inside a quotation is not the subject of the narrative around it.
      if (afterPreposition || name.possessive || insideQuote[name.firstToken]) continue;
      // "The decision surprised Jane Doe": the object of a verb; the subject went before, and was no name.
      if (before !== undefined && start - 1 >= sentence.first && isObjectVerb(before, lex)) break;
      name.subject = true;
      break;
    }
  }
}

/** A lower-case verb that is neither noun nor function word nor reporting verb ("met", "took"), after which a name is its object. */
function isObjectVerb(token: Token, lex: Lexicon): boolean {
  if (token.lower !== token.text || lex.reportingVerbs.has(token.lower)) return false;
  const classes = lex.commonClasses(token.lower);
  return classes !== undefined && classes.includes('v') && !classes.includes('n') && !classes.includes('f');
}
