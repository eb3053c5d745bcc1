// Settles each claim's evidence once the document's claims are joined: the mention its speaker was resolved
// through, and how confident the engine is in the claim.
import type { Actor, Claim, ClaimEvidence, EvidenceKind, Mention, TextSpan } from '../../types';

/**
 * Confidence by how the speaker was found, for an indirect claim whose speaker is named near the cue. Calibrated
 * on the GUM development set (scripts/claimCalibration.mjs prints the table it was read from): a name at the cue
 * or a transcript label is right most often; a pronoun or description less; an unnamed group is never in GUM's
 * gold, whose attribution layer leaves out sources that are never named.
 */
const BASE: Readonly<Record<EvidenceKind, number>> = {
  name: 0.74,
  label: 0.8,
  leadIn: 0.78,
  pronoun: 0.56,
  description: 0.45,
  statement: 0.5,
  group: 0.2,
};

/** A marked quotation is the surest content: its words are the speaker's own, its ends are the marks. */
const DIRECT_BONUS = 0.14;
/** A speaker resolved through a mention this many lines back or more (two paragraphs) is a guess across the text. */
const FAR_LINES = 4;
const FAR_PENALTY = 0.15;
/** A claim resolved through no earlier name (a pronoun whose person is named only later, a group). */
const UNANCHORED_PENALTY = 0.1;

/**
 * Sets every claim's `evidence.via` and `confidence`. Both follow from the joined result alone (the actors'
 * mentions and the claims), so an incremental analysis settles them exactly as a fresh one; the claims are
 * changed in place, the previous run's objects kept.
 */
export function settleEvidence(claims: readonly Claim[], actors: readonly Actor[], actorIndex: ReadonlyMap<string, number>): void {
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i];
    const at = claim.speakerId === null ? undefined : actorIndex.get(claim.speakerId);
    const actor = at === undefined ? undefined : actors[at];
    const via = actor && claim.evidence.kind !== 'name' ? antecedent(actor.mentions, claim.evidence) : undefined;
    if (via) claim.evidence.via = via;
    else delete claim.evidence.via;
    claim.confidence = confidenceOf(claim, claim.evidence);
  }
}

/**
 * The mention a speaker written otherwise than by name was resolved through: the actor's last name mention
 * before the mention at the cue. None when a name of the actor is part of that mention ("DR. SMITH:", "the
 * Kremlin's spokesman"): then the speaker was named where it speaks.
 */
function antecedent(mentions: readonly Mention[], at: TextSpan): TextSpan | undefined {
  // Mentions are in reading order: the last one starting before the cue's mention ends, found by halving.
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (mentions[mid].start < at.end) low = mid + 1;
    else high = mid;
  }
  for (let i = low - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention.kind !== 'name') continue;
    if (mention.end > at.start) return undefined;
    return { text: mention.text, start: mention.start, end: mention.end, line: mention.line };
  }
  return undefined;
}

/** The calibrated confidence of a claim (see BASE). */
function confidenceOf(claim: Claim, evidence: ClaimEvidence): number {
  let score = BASE[evidence.kind];
  if (claim.kind === 'direct') score += DIRECT_BONUS;
  const resolved = evidence.kind === 'pronoun' || evidence.kind === 'description' || evidence.kind === 'statement';
  if (resolved && !evidence.via) score -= UNANCHORED_PENALTY;
  if (evidence.via && evidence.line - evidence.via.line >= FAR_LINES) score -= FAR_PENALTY;
  return Math.round(Math.min(0.99, Math.max(0.01, score)) * 100) / 100;
}
