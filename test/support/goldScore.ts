// Scores an Analysis against a gold annotation with the matching rules of the shared reference scorer (tools/score.mjs).
import type { Actor, ActorType, Claim, Entity } from '../../src/analysis/types';
import type { Gold, GoldClaim, GoldDate } from './gold';

/** The parts of an actor the scorer reads (an `Actor` qualifies). */
export interface ScorableActor {
  id: Actor['id'];
  name: Actor['name'];
  type: ActorType;
  aliases?: readonly string[];
}

/** The parts of a claim the scorer reads (a `Claim` qualifies). */
export interface ScorableClaim {
  line: Claim['line'];
  speakerId?: string | null;
  speaker?: string | null;
  text?: string;
}

/** The parts of an entity the scorer reads (an `Entity` qualifies). */
export interface ScorableEntity {
  type: Entity['type'];
  text: string;
  line: number;
  value?: string;
}

/** The parts of an analysis the scorer reads (an `Analysis` qualifies). */
export interface ScorableAnalysis {
  actors?: readonly ScorableActor[];
  claims?: readonly ScorableClaim[];
  entities?: readonly ScorableEntity[];
}

export interface Ratio {
  hit: number;
  total: number;
}

export interface FalseClaim {
  line: number;
  /** The gold actor the claim's speaker resolves to, else the speaker as predicted, else null. */
  speaker: string | null;
  text: string;
}

export interface WrongDateValue {
  gold: GoldDate;
  /** Values of the predicted dates with the gold's text on the gold's line. */
  predicted: string[];
}

export interface GoldScore {
  actorRecall: Ratio;
  personRecall: Ratio;
  /** Gold actors no predicted actor maps to. */
  missedActors: string[];
  /** Names of predicted PERSON actors that map to no gold actor. */
  falsePersons: string[];
  /** Gold actors split over several predicted actors, as `NAMExN`. */
  fragmented: string[];
  claimRecall: Ratio;
  claimPrecision: number;
  claimF1: number;
  predictedClaims: number;
  missedClaims: GoldClaim[];
  falseClaims: FalseClaim[];
  dateRecall: Ratio;
  dateValues: Ratio;
  missedDates: GoldDate[];
  wrongDateValues: WrongDateValue[];
}

/** The one-line figures exactly as `score.mjs` prints them, for comparing the two scorers. */
export interface ScoreMjsFigures {
  actorRecall: string;
  personRecall: string;
  falsePersons: string[];
  fragmented: string[];
  claimRecall: string;
  claimPrecision: number;
  claimF1: number;
  counts: { requiredHit: number; required: number; predicted: number; falseClaims: number };
  missed: string[];
  falseClaims: string[];
  dateRecall: string;
  dateValues: string;
}

/** Lower case, possessive endings dropped, punctuation turned to spaces, spaces collapsed: score.mjs's `norm`. */
export function normalizeForMatch(text: string | null | undefined): string {
  return (text ?? '')
    .toLowerCase()
    .replace(/[’']s?\b/g, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function wordTokens(text: string | null | undefined): string[] {
  return normalizeForMatch(text).split(' ').filter((token) => token !== '');
}

export function ratioValue(ratio: Ratio): number {
  return ratio.total === 0 ? 0 : ratio.hit / ratio.total;
}

const round3 = (value: number): number => +value.toFixed(3);

export function scoreAgainstGold(analysis: ScorableAnalysis, gold: Gold): GoldScore {
  const goldActorOfForm = new Map<string, string>();
  for (const goldActor of gold.actors) {
    for (const form of [goldActor.name, ...goldActor.aliases]) goldActorOfForm.set(normalizeForMatch(form), goldActor.name);
  }

  const actors = analysis.actors ?? [];
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));

  // A predicted actor stands for the gold actor most of its names resolve to (the first to reach the top count wins).
  const goldOfPredicted = (actor: ScorableActor): string | null => {
    const votes = new Map<string, number>();
    for (const form of [actor.name, ...(actor.aliases ?? [])]) {
      const goldName = goldActorOfForm.get(normalizeForMatch(form));
      if (goldName !== undefined) votes.set(goldName, (votes.get(goldName) ?? 0) + 1);
    }
    let best: string | null = null;
    let bestVotes = 0;
    for (const [goldName, count] of votes) {
      if (count > bestVotes) {
        best = goldName;
        bestVotes = count;
      }
    }
    return best;
  };

  // Like score.mjs, an actor counts as found whatever type it was given; type errors show up in falsePersons.
  const predictedActorsPerGold = new Map<string, number>();
  for (const actor of actors) {
    const goldName = goldOfPredicted(actor);
    if (goldName !== null) predictedActorsPerGold.set(goldName, (predictedActorsPerGold.get(goldName) ?? 0) + 1);
  }
  const foundActors = new Set(predictedActorsPerGold.keys());
  const goldPersons = gold.actors.filter((actor) => actor.type === 'PERSON').map((actor) => actor.name);
  const falsePersons = actors.filter((actor) => actor.type === 'PERSON' && goldOfPredicted(actor) === null).map((actor) => actor.name);
  const fragmented = [...predictedActorsPerGold].filter(([, count]) => count > 1).map(([goldName, count]) => `${goldName}x${count}`);

  const speakerOf = (claim: ScorableClaim): string | null => {
    const speakerActor = claim.speakerId ? actorById.get(claim.speakerId) : undefined;
    if (speakerActor !== undefined) return goldOfPredicted(speakerActor) ?? speakerActor.name;
    return claim.speaker ? goldActorOfForm.get(normalizeForMatch(claim.speaker)) ?? claim.speaker : null;
  };
  const claims = analysis.claims ?? [];
  const claimMatches = (predicted: ScorableClaim, goldClaim: GoldClaim): boolean => {
    if (predicted.line !== goldClaim.line) return false;
    if (speakerOf(predicted) !== goldClaim.speaker) return false;
    const predictedTokens = new Set(wordTokens(predicted.text));
    const goldTokens = wordTokens(goldClaim.text);
    const shared = goldTokens.filter((token) => predictedTokens.has(token)).length;
    return shared >= goldTokens.length / 2;
  };
  const required = gold.claims.required;
  const optional = gold.claims.optional;
  const requiredHit = required.filter((goldClaim) => claims.some((claim) => claimMatches(claim, goldClaim)));
  const missedClaims = required.filter((goldClaim) => !requiredHit.includes(goldClaim));
  const falseClaimList = claims.filter(
    (claim) => !required.some((goldClaim) => claimMatches(claim, goldClaim)) && !optional.some((goldClaim) => claimMatches(claim, goldClaim)),
  );
  const precision = claims.length ? (claims.length - falseClaimList.length) / claims.length : 0;
  const recall = required.length ? requiredHit.length / required.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;

  const predictedDates = (analysis.entities ?? []).filter((entity) => entity.type === 'DATE');
  const sameDate = (entity: ScorableEntity, goldDate: GoldDate): boolean =>
    entity.line === goldDate.line && normalizeForMatch(entity.text) === normalizeForMatch(goldDate.text);
  const datesHit = gold.dates.filter((goldDate) => predictedDates.some((entity) => sameDate(entity, goldDate)));
  const dateValuesHit = gold.dates.filter((goldDate) =>
    predictedDates.some((entity) => sameDate(entity, goldDate) && String(entity.value ?? '').startsWith(goldDate.value)),
  );

  return {
    actorRecall: { hit: foundActors.size, total: gold.actors.length },
    personRecall: { hit: goldPersons.filter((name) => foundActors.has(name)).length, total: goldPersons.length },
    missedActors: gold.actors.map((actor) => actor.name).filter((name) => !foundActors.has(name)),
    falsePersons,
    fragmented,
    claimRecall: { hit: requiredHit.length, total: required.length },
    claimPrecision: precision,
    claimF1: f1,
    predictedClaims: claims.length,
    missedClaims,
    falseClaims: falseClaimList.map((claim) => ({ line: claim.line, speaker: speakerOf(claim), text: claim.text ?? '' })),
    dateRecall: { hit: datesHit.length, total: gold.dates.length },
    dateValues: { hit: dateValuesHit.length, total: gold.dates.length },
    missedDates: gold.dates.filter((goldDate) => !datesHit.includes(goldDate)),
    wrongDateValues: datesHit
      .filter((goldDate) => !dateValuesHit.includes(goldDate))
      .map((goldDate) => ({
        gold: goldDate,
        predicted: predictedDates.filter((entity) => sameDate(entity, goldDate)).map((entity) => String(entity.value ?? '')),
      })),
  };
}

const ratioText = (ratio: Ratio): string => `${ratio.hit}/${ratio.total}`;

export function toScoreMjsFigures(score: GoldScore): ScoreMjsFigures {
  return {
    actorRecall: ratioText(score.actorRecall),
    personRecall: ratioText(score.personRecall),
    falsePersons: score.falsePersons,
    fragmented: score.fragmented,
    claimRecall: ratioText(score.claimRecall),
    claimPrecision: round3(score.claimPrecision),
    claimF1: round3(score.claimF1),
    counts: {
      requiredHit: score.claimRecall.hit,
      required: score.claimRecall.total,
      predicted: score.predictedClaims,
      falseClaims: score.falseClaims.length,
    },
    missed: score.missedClaims.map((claim) => `L${claim.line}:${claim.speaker}`),
    falseClaims: score.falseClaims.map((claim) => `L${claim.line}:${claim.speaker}:${claim.text.slice(0, 40)}`),
    dateRecall: ratioText(score.dateRecall),
    dateValues: ratioText(score.dateValues),
  };
}

/** A readable multi-line report of a score, with every miss and false find, for assertion messages and the evaluation runner. */
export function describeScore(score: GoldScore): string {
  const lines = [
    `actors ${ratioText(score.actorRecall)}, persons ${ratioText(score.personRecall)}, claims recall ${ratioText(score.claimRecall)} ` +
      `precision ${round3(score.claimPrecision)} F1 ${round3(score.claimF1)}, dates ${ratioText(score.dateRecall)} values ${ratioText(score.dateValues)}`,
  ];
  const list = (label: string, items: string[]): void => {
    if (items.length) lines.push(`${label}:`, ...items.map((item) => `  ${item}`));
  };
  list('missed actors', score.missedActors);
  list('false persons', score.falsePersons);
  list('fragmented', score.fragmented);
  list('missed claims', score.missedClaims.map((claim) => `L${claim.line} ${claim.speaker} [${claim.cue}]: ${claim.text}`));
  list('false claims', score.falseClaims.map((claim) => `L${claim.line} ${claim.speaker ?? '(no speaker)'}: ${claim.text}`));
  list('missed dates', score.missedDates.map((date) => `L${date.line} "${date.text}" = ${date.value}`));
  list('wrong date values', score.wrongDateValues.map((wrong) => `L${wrong.gold.line} "${wrong.gold.text}" want ${wrong.gold.value}, got ${wrong.predicted.join(' | ') || '(none)'}`));
  return lines.join('\n');
}
