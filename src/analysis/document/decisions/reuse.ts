// Incremental decisions: what a previous decision lends the next one, paragraph by paragraph and actor by actor.
import type { ParagraphAnalysis } from '../../paragraph/analyzeParagraph';
import { sameDraft, type ActorAssignment, type ActorDraft } from '../actors/drafts';
import type { NameTable } from '../actors/nameTable';
import { MAX_LOOKBACK } from '../speakers/mentions';
import { SPEAKER_REACH, type ResolvedSpeakers } from '../speakers/resolveSpeakers';
import { sameSpeakerFacts, type SpeakerResume } from '../speakers/resume';
import type { NamesPlaced } from './placeMentions';
import type { ActorPlan, ContentSource, CueSource, Decisions, PlannedFrame, SpeakerSource } from './plans';

const NO_PARAGRAPHS: readonly number[] = [];

/**
 * Answers, for each step of a decision, what the previous decision lends it. Lists a decision keeps from the one
 * before are the very same arrays, which lets later comparisons (and emission) tell at a glance that a paragraph's
 * results stand. `before` is the previous decision when it read as many paragraphs with the same table of names;
 * per-paragraph reuse needs it, reuse of actors' ids and plans only `previous`.
 */
export class DecisionReuse {
  /** Paragraphs whose names' keys changed actor between the two assignments (1), when the assignment changed. */
  private readonly dirty: Uint8Array | undefined;
  /** Descriptions before `unchangedBefore` and from `unchangedAfter` on resolve as they did. */
  private unchangedBefore = 0;
  private unchangedAfter = 0;

  constructor(
    readonly previous: Decisions,
    private readonly before: Decisions | undefined,
    private readonly paragraphs: readonly ParagraphAnalysis[],
    assignment: ActorAssignment,
    table: NameTable,
  ) {
    const moved = before !== undefined && assignment !== before.assignment;
    this.dirty = moved ? paragraphsWithMovedKeys(before.assignment, assignment, table, paragraphs.length) : undefined;
    this.unchangedAfter = paragraphs.length;
  }

  /**
   * The reuse a decision of `paragraphs` may make of `previous`. A table built afresh may count names under other
   * keys than before (`rebuilt`): then no paragraph keeps its names' actors, and per-paragraph reuse stops.
   */
  static of(
    previous: Decisions | undefined,
    paragraphs: readonly ParagraphAnalysis[],
    assigned: ReuseInputs,
  ): DecisionReuse | undefined {
    if (!previous) return undefined;
    const before = !assigned.rebuilt && previous.paragraphs.length === paragraphs.length ? previous : undefined;
    return new DecisionReuse(previous, before, paragraphs, assigned.assignment, assigned.table);
  }

  /**
   * A paragraph edited since the previous decision without a change to its structure (decisions were kept then)
   * reads to every document-wide pass as the one that decision saw.
   */
  readsAsBefore(pi: number): boolean {
    const { before, paragraphs } = this;
    if (before === undefined) return false;
    return before.paragraphs[pi] === paragraphs[pi] || before.structure[pi] === paragraphs[pi].structureFingerprint;
  }

  /** A paragraph that reads as before, none of whose keys changed actor. */
  private keepsNames(pi: number): boolean {
    return this.readsAsBefore(pi) && (this.dirty === undefined || this.dirty[pi] === 0);
  }

  /** The previous decision's mentions of names, with what they were placed from, when paragraphs keep their names. */
  namesPlacedBefore(): (NamesPlaced & Pick<Decisions, 'paragraphs' | 'bases'>) | undefined {
    const { before } = this;
    return before ? { ...before.namesPlaced, paragraphs: before.paragraphs, bases: before.bases } : undefined;
  }

  /** The previous decision's descriptions that gave aliases, with what they were placed from. */
  descriptionsPlacedBefore(): Pick<Decisions, 'described' | 'paragraphs' | 'bases'> | undefined {
    return this.before;
  }

  /** The paragraph's names' actors, when it keeps them. */
  nameActors(pi: number): number[] | undefined {
    return this.before && this.keepsNames(pi) ? this.before.nameActors[pi] : undefined;
  }

  /**
   * A description looks back to the mentions before it: before the first paragraph the edit changed (or whose names'
   * actors moved), those are as they were, and so is the description's actor when the people with titles are. After
   * the last such paragraph, a description whose look-back window holds only mentions that came after it resolves as
   * it did, too. `firstMention` is each paragraph's first mention's index among the document's.
   */
  settleDescriptions(roleIndexKept: boolean, firstMention: Int32Array): void {
    const count = this.paragraphs.length;
    if (!this.before || !roleIndexKept) return;
    const { first, last: lastChanged } = changedRange(count, (pi) => this.keepsNames(pi));
    this.unchangedBefore = first;
    let after = lastChanged + 1;
    while (after < count && firstMention[after] - firstMention[lastChanged + 1] < MAX_LOOKBACK) after++;
    this.unchangedAfter = after;
  }

  /** The paragraph's descriptions' actors, when they resolve as they did (see settleDescriptions). */
  roleActors(pi: number): number[] | undefined {
    const { before } = this;
    return before && (pi < this.unchangedBefore || pi >= this.unchangedAfter) ? before.roleActors[pi] : undefined;
  }

  /** The previous list of the paragraph's descriptions' actors when it holds the same ones, else `made`. */
  sameRoleActors(pi: number, made: number[]): number[] {
    return sameOrNew(this.readsAsBefore(pi) ? this.before?.roleActors[pi] : undefined, made);
  }

  /** The previous list of the paragraph's demonyms' actors when it holds the same ones, else `made`. */
  sameDemonymActors(pi: number, made: number[]): number[] {
    return sameOrNew(this.readsAsBefore(pi) ? this.before?.demonymActors[pi] : undefined, made);
  }

  /**
   * Where the speaker resolver may resume: just before the first paragraph whose names or descriptions changed,
   * taking the previous results again once past the last one. Only while the actors read alike to it.
   */
  speakerResume(
    drafts: readonly ActorDraft[],
    countryActor: ReadonlyMap<string, number>,
    nameActors: readonly number[][],
    roleActors: readonly number[][],
  ): SpeakerResume | undefined {
    const { before } = this;
    if (!before || !sameSpeakerFacts(before.assignment.drafts, drafts) || !sameEntries(before.countryActor, countryActor)) return undefined;
    const unchanged = (pi: number): boolean =>
      this.readsAsBefore(pi) && before.nameActors[pi] === nameActors[pi] && before.roleActors[pi] === roleActors[pi];
    const { first, last } = changedRange(this.paragraphs.length, unchanged);
    return { previous: before.speakers, from: Math.max(0, first - 1), settledFrom: last + 1 + SPEAKER_REACH };
  }

  /** The plans made before for a paragraph, to keep those that read alike (see keptPlan). */
  plansOf(pi: number): readonly PlannedFrame[] | undefined {
    return this.before?.claimsByParagraph[pi];
  }

  /** The plan made before for a frame of the same paragraph, if any. */
  framePlan(paragraph: number, frame: number): PlannedFrame | undefined {
    const { before } = this;
    return before?.paragraphs[paragraph] === this.paragraphs[paragraph] ? framePlan(before.claimsByParagraph[paragraph], frame) : undefined;
  }

  /**
   * Adds the previous decision's plans for a paragraph's frames, in frame order, when they stand: the same
   * paragraph, its names' actors the same list, and each frame's speaker resolved to the same named actor (group
   * speakers are numbered anew). False, adding nothing, otherwise.
   */
  addFramePlans(
    planned: PlannedFrame[],
    paragraph: number,
    frameCount: number,
    decided: { nameActors: readonly number[][]; resolved: ResolvedSpeakers },
  ): boolean {
    const { before, paragraphs } = this;
    if (!before || before.paragraphs[paragraph] !== paragraphs[paragraph]) return false;
    if (before.nameActors[paragraph] !== decided.nameActors[paragraph]) return false;
    const speaking = sameSpeakersIn(frameCount, paragraph, before.speakers, decided.resolved);
    if (speaking < 0) return false;
    const plans = before.claimsByParagraph[paragraph];
    // Plans are listed in reading order, which is nearly always frame order too: then they are added as they
    // stand, without a sorted copy (this runs for every paragraph with claims, on every edit that decides).
    let own = 0;
    let lastFrame = -1;
    let inFrameOrder = true;
    for (let k = 0; k < plans.length; k++) {
      const content = plans[k].content;
      if (!isOwnFramePlan(plans[k]) || content.kind !== 'frame') continue;
      own++;
      if (content.frame < lastFrame) inFrameOrder = false;
      lastFrame = content.frame;
    }
    if (own !== speaking) return false;
    if (inFrameOrder) {
      for (let k = 0; k < plans.length; k++) if (isOwnFramePlan(plans[k])) planned.push(plans[k]);
      return true;
    }
    const kept = plans.filter(isOwnFramePlan);
    kept.sort((a, b) => (a.content.kind === 'frame' && b.content.kind === 'frame' ? a.content.frame - b.content.frame : 0));
    for (let k = 0; k < kept.length; k++) planned.push(kept[k]);
    return true;
  }

  /**
   * Gives the actors the previous ids when the same actors appear in the same order under the same names (after
   * most edits): `order` is then rewritten as the previous order. False when new ids must be made.
   */
  keepIds(order: number[], precedes: (x: number, y: number) => number, nameOf: (i: number) => string, ids: string[]): boolean {
    const { previous } = this;
    if (!sameOrder(previous.actorOrder, order, precedes) || !order.every((i) => previous.actors[i].name === nameOf(i))) return false;
    for (let k = 0; k < order.length; k++) {
      const i = previous.actorOrder[k];
      order[k] = i;
      ids[i] = previous.actors[i].id;
    }
    return true;
  }

  /** The previous plan of the actor at slot `i` when it reads as the plan now due: same draft, id, visibility and aliases. */
  actorPlan(i: number, draft: ActorDraft, id: string, hidden: boolean, described: readonly string[]): ActorPlan | undefined {
    const { previous } = this;
    const was = previous.actors[i];
    if (was === undefined || i >= previous.assignment.drafts.length || !sameDraft(previous.assignment.drafts[i], draft)) return undefined;
    return was.id === id && was.hidden === hidden && sameAliases(was.aliases, draft, described) ? was : undefined;
  }

  /** A paragraph whose claims are the very plans it had keeps its list of them. */
  sameClaims(pi: number, made: PlannedFrame[]): PlannedFrame[] {
    return this.before ? sameOrNew(this.before.claimsByParagraph[pi], made) : made;
  }
}

/** What the reuse of a decision reads of the assignment step. */
export interface ReuseInputs {
  table: NameTable;
  assignment: ActorAssignment;
  rebuilt: boolean;
}

/**
 * How many of a paragraph's frames speak, when each frame's speaker resolved to the same named actor in both
 * resolutions (group speakers are numbered anew, so never alike); -1 when one did not.
 */
function sameSpeakersIn(frameCount: number, paragraph: number, was: ResolvedSpeakers, now: ResolvedSpeakers): number {
  const nowAt = now.trail.firstFrame[paragraph];
  const wasAt = was.trail.firstFrame[paragraph];
  let speaking = 0;
  for (let f = 0; f < frameCount; f++) {
    if (now.groups[nowAt + f] !== undefined || was.groups[wasAt + f] !== undefined) return -1;
    if (now.actors[nowAt + f] !== was.actors[wasAt + f]) return -1;
    if (now.actors[nowAt + f] >= 0) speaking++;
  }
  return speaking;
}

/**
 * Whether the role index of the previous assignment serves the new one: descriptions are matched against people with
 * titles, so it stands when a patch renewed none of them or, after a full assignment, when the people with titles are
 * the same, in the same order.
 */
export function keepsRoleIndex(previous: ActorAssignment, assignment: ActorAssignment): boolean {
  const titled = (draft: ActorDraft | undefined): boolean => draft !== undefined && draft.type === 'PERSON' && draft.roles.length > 0;
  const renewed = assignment.renewed;
  if (renewed !== undefined) return [...renewed].every((slot) => !titled(assignment.drafts[slot]) && !titled(previous.drafts[slot]));
  const olderTitled = previous.creationOrder.map((slot) => previous.drafts[slot]).filter(titled);
  const newerTitled = assignment.creationOrder.map((slot) => assignment.drafts[slot]).filter(titled);
  return olderTitled.length === newerTitled.length && olderTitled.every((draft, i) => sameDraft(draft, newerTitled[i]));
}

/** Marks the paragraphs holding a key whose actor differs between two assignments. */
function paragraphsWithMovedKeys(older: ActorAssignment, newer: ActorAssignment, table: NameTable, count: number): Uint8Array {
  const dirty = new Uint8Array(count);
  const mark = (key: string): void => {
    const holding = table.entries.get(key)?.paragraphs ?? NO_PARAGRAPHS;
    for (let k = 0; k < holding.length; k++) dirty[holding[k]] = 1;
  };
  // A patch of the older assignment lists the keys it moved (and has updated the older one's maps in place).
  if (newer.moved !== undefined) {
    for (let k = 0; k < newer.moved.length; k++) mark(newer.moved[k]);
    return dirty;
  }
  newer.actorOfKey.forEach((slot, key) => {
    if (older.actorOfKey.get(key) !== slot) mark(key);
  });
  older.actorOfKey.forEach((_, key) => {
    if (!newer.actorOfKey.has(key)) mark(key);
  });
  return dirty;
}

/** The first and last of `count` paragraphs that are not `unchanged`; first is `count` and last below it when all are. */
function changedRange(count: number, unchanged: (pi: number) => boolean): { first: number; last: number } {
  let first = 0;
  while (first < count && unchanged(first)) first++;
  let last = count - 1;
  while (last >= first && unchanged(last)) last--;
  return { first, last };
}

function sameEntries<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

/** The previous list when it holds the same items: kept lists let a paragraph's decisions be compared at a glance. */
export function sameOrNew<T>(previous: T[] | undefined, made: T[]): T[] {
  if (!previous || previous.length !== made.length) return made;
  for (let i = 0; i < made.length; i++) if (previous[i] !== made[i]) return made;
  return previous;
}

/**
 * Whether `previous` (an order of distinct actors) holds exactly the actors of `members` (ascending) and is
 * still sorted by `compare`: then sorting `members` would give it back.
 */
function sameOrder(previous: readonly number[], members: readonly number[], compare: (x: number, y: number) => number): boolean {
  if (previous.length !== members.length) return false;
  const member = new Uint8Array(members.length > 0 ? members[members.length - 1] + 1 : 0);
  for (let k = 0; k < members.length; k++) member[members[k]] = 1;
  for (let k = 0; k < previous.length; k++) if (member[previous[k]] !== 1) return false;
  for (let k = 1; k < previous.length; k++) if (compare(previous[k - 1], previous[k]) >= 0) return false;
  return true;
}

/** Whether `aliases` is what aliasesOf would make, without making it. */
function sameAliases(aliases: readonly string[], draft: ActorDraft, described: readonly string[]): boolean {
  let at = 0;
  const next = (form: string): boolean => {
    if (form === draft.name) return true;
    // A form already listed was skipped when the list was made.
    for (let k = 0; k < at; k++) if (aliases[k] === form) return true;
    return aliases[at++] === form;
  };
  for (let k = 0; k < draft.forms.length; k++) if (!next(draft.forms[k])) return false;
  for (let k = 0; k < described.length; k++) if (!next(described[k])) return false;
  return at === aliases.length;
}

/** Whether a plan is the one made for a frame of its own paragraph (plans for quotations carried over are not). */
function isOwnFramePlan(plan: PlannedFrame): boolean {
  return plan.content.kind === 'frame' && plan.cue.kind === 'frame' && plan.cue.paragraph === plan.paragraph;
}

/** The plan made for a frame of a paragraph, if any. */
function framePlan(plans: readonly PlannedFrame[], frame: number): PlannedFrame | undefined {
  for (const plan of plans) {
    if (isOwnFramePlan(plan) && plan.content.kind === 'frame' && plan.content.frame === frame) return plan;
  }
  return undefined;
}

/**
 * The plan the previous decision made for the paragraph that reads exactly as `made`, if any, else `made`. A
 * paragraph whose plans are all kept keeps its list of them, which tells at a glance that its results stand, and a
 * kept plan is one object fewer outliving the edit. Group speakers are never kept: their actor is numbered anew.
 */
export function keptPlan(previous: readonly PlannedFrame[] | undefined, made: PlannedFrame): PlannedFrame {
  if (!previous || made.group !== undefined) return made;
  for (let k = 0; k < previous.length; k++) if (samePlan(previous[k], made)) return previous[k];
  return made;
}

function samePlan(a: PlannedFrame, b: PlannedFrame): boolean {
  if (a.paragraph !== b.paragraph || a.actor !== b.actor || a.group !== b.group || a.speakerStart !== b.speakerStart) return false;
  if (a.kind !== b.kind || a.quote !== b.quote || a.unmarkedQuote !== b.unmarkedQuote) return false;
  if (a.speakerMention !== b.speakerMention || a.leadIn !== b.leadIn) return false;
  if (a.contentStart !== b.contentStart || a.contentEnd !== b.contentEnd) return false;
  return sameContent(a.content, b.content) && sameSource(a.cue, b.cue, 0) && sameSource(a.speaker, b.speaker, 0);
}

/** Whether two cue or speaker sources point to the same place, the second `shift` paragraphs on. */
export function sameSource(a: CueSource | SpeakerSource, b: CueSource | SpeakerSource, shift: number): boolean {
  if (a.kind !== b.kind || a.paragraph + shift !== b.paragraph) return false;
  if (a.kind === 'frame' && b.kind === 'frame') return a.frame === b.frame;
  if (a.kind === 'lead' && b.kind === 'lead') return a.word === b.word && a.from === b.from;
  if (a.kind === 'leadIn' || b.kind === 'leadIn') return a.kind === b.kind;
  return a.kind === 'name' && b.kind === 'name' && a.name === b.name;
}

export function sameContent(a: ContentSource, b: ContentSource): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'frame' && b.kind === 'frame') return a.frame === b.frame;
  if (a.kind === 'quote' && b.kind === 'quote') return a.quote === b.quote;
  return true;
}
