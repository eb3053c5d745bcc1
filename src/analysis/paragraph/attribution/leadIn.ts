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
 * follows ("statement", "remarks", "the following"), and names its source after "from" or "by" ("a statement from
 * Jane Doe:", "the following remarks by the Prime Minister, Jane Doe:") or as its subject ("Doe issued the following
 * statement:"). An excerpt introduced by its author's name alone ("From Jane Doe, writing in the Post:") is not one:
 * the quoted paragraphs may be anyone's.
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
  if (!speaksOfStatement) return null;
  const found = (name: number): LeadIn => ({ name, colonStart: tokens[colon].start, colonEnd: tokens[colon].end });
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
