// A lookup structure built once per Analysis: what stands at an offset, answered by binary search instead of a scan.
import type { Actor, Analysis, Claim, Entity, Mention, TextSpan } from './analysis/types';

interface Interval {
  start: number;
  end: number;
}

/**
 * Intervals sorted by start, with the running maximum of their ends, so "which intervals contain this
 * offset" walks back from the last interval starting at or before it only while an earlier one could
 * still reach the offset.
 */
export class IntervalIndex<T extends Interval> {
  private readonly items: readonly T[];
  private readonly maxEndUpTo: Float64Array;

  constructor(items: readonly T[]) {
    this.items = isSortedByStart(items) ? items : [...items].sort((a, b) => a.start - b.start || a.end - b.end);
    this.maxEndUpTo = new Float64Array(this.items.length);
    let maxEnd = -1;
    this.items.forEach((item, position) => {
      maxEnd = Math.max(maxEnd, item.end);
      this.maxEndUpTo[position] = maxEnd;
    });
  }

  get size(): number {
    return this.items.length;
  }

  /** Every interval with `start <= offset < end`, innermost (latest start) first. */
  containing(offset: number): T[] {
    const found: T[] = [];
    for (let position = this.lastStartingAtOrBefore(offset); position >= 0; position -= 1) {
      if (this.maxEndUpTo[position] <= offset) break;
      const item = this.items[position];
      if (item.end > offset) found.push(item);
    }
    return found;
  }

  /** The first interval starting after `offset`, or undefined. */
  firstStartingAfter(offset: number): T | undefined {
    return this.items[this.lastStartingAtOrBefore(offset) + 1];
  }

  /** The last interval starting before `offset`, or undefined. */
  lastStartingBefore(offset: number): T | undefined {
    return this.items[this.lastStartingAtOrBefore(offset - 1)];
  }

  get first(): T | undefined {
    return this.items[0];
  }

  get last(): T | undefined {
    return this.items[this.items.length - 1];
  }

  /** Position of the last interval whose start is <= offset, or -1. */
  private lastStartingAtOrBefore(offset: number): number {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.items[middle].start <= offset) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }
}

function isSortedByStart(items: readonly Interval[]): boolean {
  for (let position = 1; position < items.length; position += 1) {
    if (items[position - 1].start > items[position].start) return false;
  }
  return true;
}

/** A mention of an actor, with the actor it belongs to. */
export interface ActorMention extends TextSpan {
  actorId: string;
  kind: Mention['kind'];
}

/** A part of a claim the reader can point at: the claim text, its quotation, its cue or its speaker mention. */
export interface ClaimPart extends Interval {
  claimId: string;
}

export type ClaimDirection = 'next' | 'previous';

export class AnalysisIndex {
  readonly actorById: ReadonlyMap<string, Actor>;
  readonly claimById: ReadonlyMap<string, Claim>;
  private readonly mentions: IntervalIndex<ActorMention>;
  private readonly entities: IntervalIndex<Entity>;
  private readonly claimParts: IntervalIndex<ClaimPart>;
  private readonly claimsInOrder: IntervalIndex<Claim>;

  constructor(readonly analysis: Analysis) {
    this.actorById = new Map(analysis.actors.map((actor) => [actor.id, actor]));
    this.claimById = new Map(analysis.claims.map((claim) => [claim.id, claim]));
    this.mentions = new IntervalIndex(actorMentions(analysis));
    this.entities = new IntervalIndex(analysis.entities);
    this.claimParts = new IntervalIndex(claimParts(analysis));
    this.claimsInOrder = new IntervalIndex(analysis.claims);
  }

  /** The actor mention under `offset`, innermost first (a surname inside a full name never hides it). */
  mentionAt(offset: number): ActorMention | undefined {
    return this.mentions.containing(offset)[0];
  }

  /** The entity (of any type, dates included) under `offset`. */
  entityAt(offset: number): Entity | undefined {
    return this.entities.containing(offset)[0];
  }

  /** The claims whose text, quotation, cue or speaker mention covers `offset`, each once, in reading order. */
  claimsAt(offset: number): Claim[] {
    const claimIds = new Set(this.claimParts.containing(offset).map((part) => part.claimId));
    return [...claimIds]
      .map((claimId) => this.claimById.get(claimId))
      .filter((claim): claim is Claim => claim !== undefined)
      .sort((a, b) => a.start - b.start);
  }

  /** The actor at `offset` (through a mention, or an entity carrying an actor id). */
  actorAt(offset: number): { actor: Actor; span: TextSpan } | undefined {
    const mention = this.mentionAt(offset);
    const actor = mention && this.actorById.get(mention.actorId);
    if (mention && actor) return { actor, span: mention };
    const entity = this.entityAt(offset);
    const entityActor = entity?.actorId === undefined ? undefined : this.actorById.get(entity.actorId);
    return entity && entityActor ? { actor: entityActor, span: entity } : undefined;
  }

  /** The claim to move to from `offset`, wrapping around the document's ends. */
  adjacentClaim(offset: number, direction: ClaimDirection): Claim | undefined {
    if (direction === 'next') return this.claimsInOrder.firstStartingAfter(offset) ?? this.claimsInOrder.first;
    return this.claimsInOrder.lastStartingBefore(offset) ?? this.claimsInOrder.last;
  }

  claimsOf(actor: Actor): Claim[] {
    return actor.claimIds.map((claimId) => this.claimById.get(claimId)).filter((claim): claim is Claim => claim !== undefined);
  }
}

/** The mention a reader would call the actor's definition: the first that spells the full name. */
export function firstFullMention(actor: Actor): Mention | undefined {
  const names = actor.mentions.filter((mention) => mention.kind === 'name');
  const exact = names.find((mention) => mention.text === actor.name);
  if (exact) return exact;
  const longest = names.reduce<Mention | undefined>((best, mention) => (!best || mention.text.length > best.text.length ? mention : best), undefined);
  return longest ?? actor.mentions[0];
}

/** Every actor mention, plus entities that carry an actor id but no matching mention. */
function actorMentions(analysis: Analysis): ActorMention[] {
  const mentions: ActorMention[] = [];
  const seen = new Set<string>();
  for (const actor of analysis.actors) {
    for (const mention of actor.mentions) {
      mentions.push({ ...mention, actorId: actor.id });
      seen.add(`${mention.start}:${mention.end}`);
    }
  }
  for (const entity of analysis.entities) {
    if (entity.actorId !== undefined && !seen.has(`${entity.start}:${entity.end}`)) {
      mentions.push({ start: entity.start, end: entity.end, line: entity.line, text: entity.text, actorId: entity.actorId, kind: 'name' });
    }
  }
  return mentions;
}

function claimParts(analysis: Analysis): ClaimPart[] {
  const parts: ClaimPart[] = [];
  for (const claim of analysis.claims) {
    parts.push({ start: claim.start, end: claim.end, claimId: claim.id });
    parts.push({ start: claim.cueSpan.start, end: claim.cueSpan.end, claimId: claim.id });
    if (claim.speakerSpan) parts.push({ start: claim.speakerSpan.start, end: claim.speakerSpan.end, claimId: claim.id });
  }
  for (const quote of analysis.quotes) {
    if (quote.claimId !== undefined) parts.push({ start: quote.start, end: quote.end, claimId: quote.claimId });
  }
  return parts;
}
