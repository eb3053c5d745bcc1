// A lookup structure per Analysis: what stands at an offset, answered by binary search over packed typed arrays.
//
// The arrays are built by `packIndex` in the analysis worker and transferred without copying, so even a
// document with hundreds of thousands of names costs the extension host nothing to index.
import { partitionPoint } from '../analysis/text/sorted';
import type { Actor, Analysis, Claim, Entity, Mention, TextSpan } from '../analysis/types';

/** Fields per packed interval: start, end, and two payload numbers. */
const STRIDE = 4;

/**
 * Intervals sorted by start, four numbers each (start, end, a, b), with the running maximum of their
 * ends, so "which intervals contain this offset" walks back from the last interval starting at or
 * before it only while an earlier one could still reach the offset.
 */
export interface PackedIntervals {
  data: Int32Array;
  maxEndUpTo: Int32Array;
}

export function packIntervals(intervals: ReadonlyArray<readonly [start: number, end: number, a: number, b: number]>): PackedIntervals {
  const sorted = [...intervals].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const data = new Int32Array(sorted.length * STRIDE);
  const maxEndUpTo = new Int32Array(sorted.length);
  let maxEnd = -1;
  sorted.forEach(([start, end, a, b], position) => {
    data.set([start, end, a, b], position * STRIDE);
    maxEnd = Math.max(maxEnd, end);
    maxEndUpTo[position] = maxEnd;
  });
  return { data, maxEndUpTo };
}

function count(packed: PackedIntervals): number {
  return packed.maxEndUpTo.length;
}

/** Position of the last interval whose start is <= offset, or -1. */
function lastStartingAtOrBefore(packed: PackedIntervals, offset: number): number {
  return partitionPoint(count(packed), (position) => packed.data[position * STRIDE] <= offset) - 1;
}

/** Positions of every interval with `start <= offset < end`, innermost (latest start) first. */
export function containing(packed: PackedIntervals, offset: number): number[] {
  const found: number[] = [];
  for (let position = lastStartingAtOrBefore(packed, offset); position >= 0; position -= 1) {
    if (packed.maxEndUpTo[position] <= offset) break;
    if (packed.data[position * STRIDE + 1] > offset) found.push(position);
  }
  return found;
}

function payload(packed: PackedIntervals, position: number): [a: number, b: number] {
  return [packed.data[position * STRIDE + 2], packed.data[position * STRIDE + 3]];
}

/** The prepared index of one analysis; every payload is a position in the analysis' own arrays. */
export interface PackedIndex {
  /** a: actor position, b: mention position in that actor, or -1 - entity position for an entity with no mention. */
  mentions: PackedIntervals;
  /** a: entity position. */
  entities: PackedIntervals;
  /** a: claim position; the claim text, its quotation, its cue and its speaker mention. */
  claimParts: PackedIntervals;
  /** a: claim position; one interval per claim. */
  claims: PackedIntervals;
}

/** Builds the packed index (in the worker, next to the engine). */
export function packIndex(analysis: Analysis): PackedIndex {
  const mentions: Array<[number, number, number, number]> = [];
  const covered = new Set<number>();
  analysis.actors.forEach((actor, actorPosition) => {
    actor.mentions.forEach((mention, mentionPosition) => {
      mentions.push([mention.start, mention.end, actorPosition, mentionPosition]);
      // start * 2^21 + length identifies a span uniquely for any realistic name length.
      covered.add(mention.start * 2097152 + (mention.end - mention.start));
    });
  });
  const actorPositions = new Map(analysis.actors.map((actor, position) => [actor.id, position]));
  analysis.entities.forEach((entity, entityPosition) => {
    const actorPosition = entity.actorId === undefined ? undefined : actorPositions.get(entity.actorId);
    if (actorPosition !== undefined && !covered.has(entity.start * 2097152 + (entity.end - entity.start))) {
      mentions.push([entity.start, entity.end, actorPosition, -1 - entityPosition]);
    }
  });
  const claimParts: Array<[number, number, number, number]> = [];
  analysis.claims.forEach((claim, position) => {
    claimParts.push([claim.start, claim.end, position, 0]);
    claimParts.push([claim.cueSpan.start, claim.cueSpan.end, position, 0]);
    if (claim.speakerSpan) claimParts.push([claim.speakerSpan.start, claim.speakerSpan.end, position, 0]);
  });
  for (const quote of analysis.quotes) {
    const position = quote.claimId === undefined ? -1 : claimPosition(analysis.claims, quote.claimId);
    if (position >= 0) claimParts.push([quote.start, quote.end, position, 0]);
  }
  return {
    mentions: packIntervals(mentions),
    entities: packIntervals(analysis.entities.map((entity, position) => [entity.start, entity.end, position, 0])),
    claimParts: packIntervals(claimParts),
    claims: packIntervals(analysis.claims.map((claim, position) => [claim.start, claim.end, position, 0])),
  };
}

/** The typed arrays of a packed index, to hand to `postMessage` as transferables. */
export function indexBuffers(index: PackedIndex): ArrayBuffer[] {
  return [index.mentions, index.entities, index.claimParts, index.claims].flatMap((packed) => [
    packed.data.buffer as ArrayBuffer,
    packed.maxEndUpTo.buffer as ArrayBuffer,
  ]);
}

/** A mention of an actor, with the actor it belongs to. */
export interface ActorMention extends TextSpan {
  actorId: string;
  kind: Mention['kind'];
}

export type ClaimDirection = 'next' | 'previous';

export class AnalysisIndex {
  constructor(
    readonly analysis: Analysis,
    private readonly packed: PackedIndex = packIndex(analysis),
  ) {}

  /** The actor mention under `offset`, innermost first (a surname inside a full name never hides it). */
  mentionAt(offset: number): ActorMention | undefined {
    const [position] = containing(this.packed.mentions, offset);
    if (position === undefined) return undefined;
    const [actorPosition, mentionPosition] = payload(this.packed.mentions, position);
    const actor = this.analysis.actors[actorPosition];
    const span: (TextSpan & { kind?: Mention['kind'] }) | undefined =
      mentionPosition >= 0 ? actor?.mentions[mentionPosition] : this.analysis.entities[-1 - mentionPosition];
    if (!actor || !span) return undefined;
    return { start: span.start, end: span.end, line: span.line, text: span.text, actorId: actor.id, kind: span.kind ?? 'name' };
  }

  /** The entity (of any type, dates included) under `offset`. */
  entityAt(offset: number): Entity | undefined {
    const [position] = containing(this.packed.entities, offset);
    return position === undefined ? undefined : this.analysis.entities[payload(this.packed.entities, position)[0]];
  }

  /** The claims whose text, quotation, cue or speaker mention covers `offset`, each once, in reading order. */
  claimsAt(offset: number): Claim[] {
    const claimPositions = new Set(
      containing(this.packed.claimParts, offset).map((position) => payload(this.packed.claimParts, position)[0]),
    );
    return [...claimPositions]
      .map((position) => this.analysis.claims[position])
      .filter((claim): claim is Claim => claim !== undefined)
      .sort((a, b) => a.start - b.start);
  }

  /** The actor at `offset` (through a mention, or an entity carrying an actor id). */
  actorAt(offset: number): { actor: Actor; span: TextSpan } | undefined {
    const mention = this.mentionAt(offset);
    if (!mention) return undefined;
    const [position] = containing(this.packed.mentions, offset);
    const actor = position === undefined ? undefined : this.analysis.actors[payload(this.packed.mentions, position)[0]];
    return actor ? { actor, span: mention } : undefined;
  }

  /** The claim to move to from `offset`, wrapping around the document's ends. */
  adjacentClaim(offset: number, direction: ClaimDirection): Claim | undefined {
    const claims = this.packed.claims;
    const total = count(claims);
    if (total === 0) return undefined;
    const atOrBefore = lastStartingAtOrBefore(claims, offset);
    const position = direction === 'next' ? (atOrBefore + 1 < total ? atOrBefore + 1 : 0) : lastStartingAtOrBefore(claims, offset - 1);
    const wrapped = position < 0 ? total - 1 : position;
    return this.analysis.claims[payload(claims, wrapped)[0]];
  }

  claimsOf(actor: Actor): Claim[] {
    return actor.claimIds
      .map((claimId) => claimWithId(this.analysis.claims, claimId))
      .filter((claim): claim is Claim => claim !== undefined);
  }
}

/**
 * Where a claim is among the claims, by id (-1: not there). Claims are numbered in reading order ("c12" is the
 * twelfth), so it is found at its place without a map of every claim (tens of thousands in a book, made again
 * after every analysis).
 */
export function claimPosition(claims: readonly Claim[], id: string): number {
  const numbered = Number(id.slice(1)) - 1;
  return claims[numbered]?.id === id ? numbered : claims.findIndex((claim) => claim.id === id);
}

export function claimWithId(claims: readonly Claim[], id: string): Claim | undefined {
  const position = claimPosition(claims, id);
  return position >= 0 ? claims[position] : undefined;
}

/** The mention a reader would call the actor's definition: the first that spells the full name. */
export function firstFullMention(actor: Actor): Mention | undefined {
  // One pass that stops at the first exact spelling: an actor of a book has tens of thousands of mentions.
  let longest: Mention | undefined;
  for (const mention of actor.mentions) {
    if (mention.kind !== 'name') continue;
    if (mention.text === actor.name) return mention;
    if (!longest || mention.text.length > longest.text.length) longest = mention;
  }
  return longest ?? actor.mentions[0];
}
