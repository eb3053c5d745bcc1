// Whether a paragraph's results come out the same under two decisions: what lets an unchanged paragraph keep them.
import type { ActorPlan, Decisions, PlannedFrame } from './plans';
import { sameContent, sameSource } from './reuse';

/**
 * Tells whether a paragraph's results would come out the same under two decisions: same actors for its
 * names and descriptions, same claims. Lets an unchanged paragraph keep its results even when an edit
 * elsewhere made the document be decided again. Actors keep their slots across decisions, so most
 * comparisons are of an actor with itself, answered once per slot.
 */
export class DecisionsComparison {
  /** Per slot: 1 the same actor in both, 2 not. */
  private readonly sameSlot: Uint8Array;

  constructor(
    private readonly older: Decisions,
    private readonly newer: Decisions,
  ) {
    const shared = Math.min(older.actors.length, newer.actors.length);
    this.sameSlot = new Uint8Array(shared);
    for (let slot = 0; slot < shared; slot++) this.sameSlot[slot] = sameActor(older.actors[slot], newer.actors[slot]) ? 1 : 2;
  }

  /** `was` and `is` are the paragraph's index in each. */
  sameParagraph(was: number, is: number): boolean {
    const { older, newer } = this;
    // Lists a decision kept from the one before hold the same entries: the paragraph reads alike unless one
    // of their actors changed (most paragraphs, after most edits, without comparing entry by entry).
    if (was === is && this.keptLists(is)) {
      if (!this.keptSlots(newer.nameActors[is]) || !this.keptSlots(newer.roleActors[is])) return false;
      return this.keptSlots(newer.demonymActors[is]) && this.keptPlanSlots(newer.claimsByParagraph[is]);
    }
    if (!this.sameActors(older.nameActors[was], newer.nameActors[is])) return false;
    if (!this.sameActors(older.roleActors[was], newer.roleActors[is])) return false;
    if (!this.sameActors(older.demonymActors[was], newer.demonymActors[is])) return false;
    const oldClaims = older.claimsByParagraph[was];
    const newClaims = newer.claimsByParagraph[is];
    if (oldClaims.length !== newClaims.length) return false;
    const shift = is - was;
    for (let i = 0; i < oldClaims.length; i++) {
      const a = oldClaims[i];
      const b = newClaims[i];
      if (a.kind !== b.kind || a.quote !== b.quote) return false;
      if (a.unmarkedQuote !== b.unmarkedQuote || a.speakerMention !== b.speakerMention) return false;
      if (!this.sameActor(a.actor, b.actor) || !sameContent(a.content, b.content)) return false;
      if (!sameSource(a.cue, b.cue, shift) || !sameSource(a.speaker, b.speaker, shift)) return false;
    }
    return true;
  }

  /** Whether the newer decision kept the paragraph's lists (names', descriptions', demonyms' actors, claims) as they were. */
  private keptLists(pi: number): boolean {
    const { older, newer } = this;
    if (older.nameActors[pi] !== newer.nameActors[pi] || older.roleActors[pi] !== newer.roleActors[pi]) return false;
    return older.demonymActors[pi] === newer.demonymActors[pi] && older.claimsByParagraph[pi] === newer.claimsByParagraph[pi];
  }

  private sameActors(oldActors: readonly number[], newActors: readonly number[]): boolean {
    if (oldActors.length !== newActors.length) return false;
    for (let i = 0; i < oldActors.length; i++) {
      const a = oldActors[i];
      const b = newActors[i];
      if (a < 0 || b < 0) {
        if ((a < 0) !== (b < 0)) return false;
        continue;
      }
      if (!this.sameActor(a, b)) return false;
    }
    return true;
  }

  private sameActor(a: number, b: number): boolean {
    if (a !== b || a >= this.sameSlot.length) return sameActor(this.older.actors[a], this.newer.actors[b]);
    return this.sameSlot[a] === 1;
  }

  /** Whether each actor a kept list refers to (-1: none) is the same in both decisions. */
  private keptSlots(actors: readonly number[]): boolean {
    for (let i = 0; i < actors.length; i++) {
      const actor = actors[i];
      if (actor >= 0 && (actor >= this.sameSlot.length || this.sameSlot[actor] !== 1)) return false;
    }
    return true;
  }

  private keptPlanSlots(plans: readonly PlannedFrame[]): boolean {
    for (let i = 0; i < plans.length; i++) {
      const actor = plans[i].actor;
      if (actor >= this.sameSlot.length || this.sameSlot[actor] !== 1) return false;
    }
    return true;
  }
}

function sameActor(a: ActorPlan, b: ActorPlan): boolean {
  return a.id === b.id && a.name === b.name && a.type === b.type && a.key === b.key;
}
