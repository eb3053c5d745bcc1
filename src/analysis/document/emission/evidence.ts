// Settles each claim's evidence once the document's claims are joined: the mention its speaker was resolved
// through, and how confident the engine is in the claim.
import { PLAIN_SPEECH_CUES } from '../../lexicon/speakers';
import { partitionPoint } from '../../text/sorted';
import type { Actor, Claim, ClaimEvidence, EvidenceKind, Mention, TextSpan } from '../../types';

/**
 * Confidence is a sum of points, calibrated on the GUM development set with scripts/claimCalibration.mjs, which
 * prints how many claims of each band and evidence kind are right. What it found: a name at the cue is right most
 * often, a pronoun or description less, an unnamed group never (GUM's gold leaves out sources it never names);
 * plain speech verbs ("said", "told") beat verbs of stance or writing; a reported clause after the speaker
 * ("X said that …") beats a quotation, whose bounds often differ from the gold's sentence; and a person's name is
 * matched more surely than an organization's, whose names vary ("the Department"). Only the first kind of claim —
 * a person or place named before a plain speech verb that reports a clause — scores above 0.8: on GUM nine in ten
 * of those are right.
 */
const BASE: Readonly<Record<EvidenceKind, number>> = {
  name: 0.6,
  label: 0.5,
  leadIn: 0.55,
  pronoun: 0.45,
  description: 0.35,
  statement: 0.4,
  group: 0.1,
  // Never the engine's: a reader's review attributed the claim, and is taken as certain.
  reviewer: 1,
};
const PLAIN_CUE = 0.12;
const OTHER_CUE = -0.1;
const CLAUSE_AFTER_SPEAKER = 0.08;
const PERSON_OR_PLACE = 0.05;
/** A speaker resolved through a mention this many lines back or more (two paragraphs) is a guess across the text. */
const FAR_LINES = 4;
const FAR_PENALTY = 0.15;
/** A speaker written otherwise than by name, resolved through no earlier name (named only later, or not at all). */
const UNANCHORED_PENALTY = 0.1;

const plainCues = new Set(PLAIN_SPEECH_CUES);
/** Whether a cue as written is plain speech, by the cue: a document has few distinct cues and many claims. */
const plainByCue = new Map<string, boolean>();
const PLAIN_BY_CUE_LIMIT = 10_000;

function isPlainCue(written: string): boolean {
  let plain = plainByCue.get(written);
  if (plain === undefined) {
    const cue = written.toLowerCase();
    const space = cue.indexOf(' ');
    // "said in a statement" is "said"; "according to" is one cue of two words.
    plain = plainCues.has(cue) || plainCues.has(space > 0 ? cue.slice(0, space) : cue);
    if (plainByCue.size >= PLAIN_BY_CUE_LIMIT) plainByCue.clear();
    plainByCue.set(written, plain);
  }
  return plain;
}

/**
 * Sets every claim's `evidence.via` and `confidence`. Both follow from the joined result alone (the actors'
 * mentions and the claims), so an incremental analysis settles them exactly as a fresh one (see resettle.ts).
 */
export function settleEvidence(claims: readonly Claim[], actors: readonly Actor[], actorIndex: ReadonlyMap<string, number>): void {
  for (let i = 0; i < claims.length; i++) settleClaim(claims[i], actors, actorIndex);
}

/** Sets one claim's `evidence.via` and `confidence`, in place: a claim settled again keeps an unchanged `via` object. */
export function settleClaim(claim: Claim, actors: readonly Actor[], actorIndex: ReadonlyMap<string, number>): void {
  const at = claim.speakerId === null ? undefined : actorIndex.get(claim.speakerId);
  const actor = at === undefined ? undefined : actors[at];
  const via = actor && claim.evidence.kind !== 'name' ? antecedent(actor.mentions, claim.evidence) : undefined;
  const kept = claim.evidence.via;
  if (!via) {
    if (kept) delete claim.evidence.via;
  } else if (!kept || kept.start !== via.start || kept.end !== via.end || kept.line !== via.line || kept.text !== via.text) {
    claim.evidence.via = { text: via.text, start: via.start, end: via.end, line: via.line };
  }
  claim.confidence = confidenceOf(claim, claim.evidence, actor);
}

/**
 * The mention a speaker written otherwise than by name was resolved through: the actor's last name mention
 * before the mention at the cue. None when a name of the actor is part of that mention ("DR. SMITH:", "the
 * Kremlin's spokesman"): then the speaker was named where it speaks.
 */
function antecedent(mentions: readonly Mention[], at: TextSpan): Mention | undefined {
  // Mentions are in reading order: look back from the last one starting before the cue's mention ends.
  const after = partitionPoint(mentions.length, (i) => mentions[i].start < at.end);
  for (let i = after - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention.kind !== 'name') continue;
    return mention.end > at.start ? undefined : mention;
  }
  return undefined;
}

/** The calibrated confidence of a claim (see BASE). */
function confidenceOf(claim: Claim, evidence: ClaimEvidence, actor: Actor | undefined): number {
  let score = BASE[evidence.kind];
  score += isPlainCue(claim.cue) ? PLAIN_CUE : OTHER_CUE;
  if (claim.kind === 'indirect' && evidence.start < claim.start) score += CLAUSE_AFTER_SPEAKER;
  if (actor && actor.type !== 'ORG') score += PERSON_OR_PLACE;
  const resolved = evidence.kind === 'pronoun' || evidence.kind === 'description' || evidence.kind === 'statement';
  if (resolved && !evidence.via) score -= UNANCHORED_PENALTY;
  if (evidence.via && evidence.line - evidence.via.line >= FAR_LINES) score -= FAR_PENALTY;
  return Math.round(Math.min(0.99, Math.max(0.01, score)) * 100) / 100;
}
