// The engine's evidence for a claim's speaker and its confidence, in words, for the hover card and the review report
// alike.
import type { Claim } from '../analysis/types';
import { singleLine } from './escape';

const NAME_MAX = 120;

/** The engine's evidence in words: its kind, then the mention at the cue and the one it was resolved through
 * (pronoun: "he" line 7 → "Dmitry Peskov" line 5). */
export function evidenceText(claim: Claim): string {
  const { evidence } = claim;
  const mentions = [`“${singleLine(evidence.text, NAME_MAX)}” line ${evidence.line}`];
  if (evidence.via) mentions.push(`“${singleLine(evidence.via.text, NAME_MAX)}” line ${evidence.via.line}`);
  return `${evidence.kind}: ${mentions.join(' → ')}`;
}

/** The claim's confidence, when it is a number (an analysis read back from a file may carry anything). */
export function confidenceOf(claim: Claim): number | undefined {
  return Number.isFinite(claim.confidence) ? claim.confidence : undefined;
}
