// Lead-ins: a paragraph ending in a colon that names who speaks in the quoted paragraphs after it
// ("The following is a statement from Administrator Jane Doe:").
import { lexicon } from '../../lexicon/lexicon';
import type { SentenceRange } from '../../text/sentences';
import type { Token } from '../../text/tokens';
import type { NameCandidate } from '../names/candidate';

/** The speaker a lead-in names (an index among the paragraph's names) and where its closing colon stands. */
export interface LeadIn {
  name: number;
  colonStart: number;
  colonEnd: number;
}

/**
 * The lead-in a paragraph ends with, if any: its last sentence ends in a colon, speaks of a statement or of what
 * follows ("statement", "remarks", "the following") or holds a reporting verb ("Doe tweeted from her account:"), and
 * names its source after "from" or "by" ("a statement from Jane Doe:", "the following remarks by the Prime Minister,
 * Jane Doe:") or as its subject ("Doe issued the following statement:", "Doe tweeted:"). An excerpt introduced by its
 * author's name alone ("From Jane Doe, writing in the Post:") is not one: the quoted paragraphs may be anyone's.
 */
export function findLeadIn(tokens: readonly Token[], sentences: readonly SentenceRange[], names: readonly NameCandidate[]): LeadIn | null {
  const colon = tokens.length - 1;
  if (colon < 2 || tokens[colon].text !== ':' || sentences.length === 0) return null;
  const sentence = sentences[sentences.length - 1];
  const statementNouns = lexicon().statementNouns;
  let speaksOfStatement = false;
  for (let i = sentence.first; i < colon && !speaksOfStatement; i++) {
    const lower = tokens[i].lower;
    speaksOfStatement = statementNouns.has(lower) || lower === 'following' || lower === 'remarks';
  }
  const found = (name: number): LeadIn => ({ name, colonStart: tokens[colon].start, colonEnd: tokens[colon].end });
  if (!speaksOfStatement) {
    const subject = subjectOfReportingVerb(tokens, sentence.first, colon, names);
    return subject >= 0 ? found(subject) : null;
  }
  for (let n = names.length - 1; n >= 0 && names[n].lastToken > sentence.first; n--) {
    const name = names[n];
    if (name.possessive || name.firstToken < sentence.first) continue;
    let start = name.role ? Math.min(name.role.firstToken, name.firstToken) : name.firstToken;
    if (name.precededByThe) start--;
    const before = tokens[start - 1]?.lower;
    if (before === 'from' || before === 'by') return found(n);
  }
  for (let n = 0; n < names.length; n++) {
    if (names[n].firstToken >= sentence.first && names[n].subject && !names[n].possessive) return found(n);
  }
  return null;
}

/** Words between a subject and its verb: an apposition's closing comma, an auxiliary, an adverb of time. */
const BEFORE_VERB = new Set([',', 'has', 'have', 'had', 'also', 'then', 'later', 'again']);

/**
 * "Doe tweeted from her account:", "Jane Doe, the mayor's aide, has said:": the name standing right before the
 * sentence's first reporting verb (said or saying now), across a comma, an auxiliary or an adverb; -1 when none.
 */
function subjectOfReportingVerb(tokens: readonly Token[], first: number, colon: number, names: readonly NameCandidate[]): number {
  const reportingVerbs = lexicon().reportingVerbs;
  let verb = first;
  while (verb < colon) {
    const form = tokens[verb].text === tokens[verb].lower ? reportingVerbs.get(tokens[verb].lower)?.form : undefined;
    if (form === 'past' || form === 'third') break;
    verb++;
  }
  let end = verb;
  while (end > first && end > verb - 3 && BEFORE_VERB.has(tokens[end - 1].lower)) end--;
  if (verb >= colon || end <= first) return -1;
  return names.findIndex((name) => name.lastToken === end && !name.possessive);
}
