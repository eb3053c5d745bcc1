// What the document-wide decisions are: each name's actor, each speaker, and the plan of every claim and actor.
import type { ParagraphAnalysis } from '../../paragraph/analyzeParagraph';
import type { ActorType, MentionKind } from '../../types';
import type { ActorAssignment } from '../actors/drafts';
import type { NameTable } from '../actors/nameTable';
import type { ResolvedSpeakers } from '../speakers/resolveSpeakers';
import type { RoleIndex } from '../speakers/roles';
import type { Described, NamesPlaced } from './placeMentions';

/** Where a claim's words, cue and speaker are found: indices into the current paragraphs' findings. */
export type ContentSource = { kind: 'frame'; frame: number } | { kind: 'quote'; quote: number } | { kind: 'paragraph' };
/** A cue in a paragraph's first sentence runs from word `from` to word `word` ("That was the warning of"). */
export type CueSource =
  | { kind: 'frame'; paragraph: number; frame: number }
  | { kind: 'lead'; paragraph: number; word: number; from: number }
  /** The colon closing a lead-in (see ParagraphAnalysis.leadIn). */
  | { kind: 'leadIn'; paragraph: number };
export type SpeakerSource = { kind: 'frame'; paragraph: number; frame: number } | { kind: 'name'; paragraph: number; name: number };

/** A statement to emit: what, by whom, where. Its id follows from its place among the document's claims (see `Decisions.claimBase`). */
export interface ClaimPlan {
  /** Paragraph holding the claimed words. */
  paragraph: number;
  content: ContentSource;
  cue: CueSource;
  speaker: SpeakerSource;
  /** Index into `Decisions.actors`. */
  actor: number;
  kind: 'direct' | 'indirect';
  /** Marked quotation that is the claim's content, if any. */
  quote?: number | undefined;
  unmarkedQuote: boolean;
  /** A speaker written as a pronoun or common noun becomes a mention of the actor. */
  speakerMention?: MentionKind | undefined;
  /** The claim is one of the quoted paragraphs a lead-in introduces ("The following is a statement from …:"). */
  leadIn?: true | undefined;
}

/** A statement being planned: a claim plan, and what ordering, continuation and group speakers need. */
export interface PlannedFrame extends ClaimPlan {
  /** For an unnamed group speaker (`actor` -1 until the group has its actor). */
  group?: string | undefined;
  /** Where the speaker phrase starts in the paragraph of the cue, when the speaker becomes a mention. */
  speakerStart: number;
  /** Relative to its own paragraph: where the words start and end (for ordering and continuation). */
  contentStart: number;
  contentEnd: number;
}

/** An actor as decided: its identity and names; mentions and claims are emitted per paragraph. */
export interface ActorPlan {
  id: string;
  name: string;
  /** The lower-case words of the name as compared across the document (empty for unnamed groups). */
  key: string;
  type: ActorType;
  aliases: string[];
  roles: string[];
  /** Left out of the result: it has no mention and no claim. */
  hidden: boolean;
}

export interface Decisions {
  /** The paragraphs' findings this was decided from. */
  paragraphs: readonly ParagraphAnalysis[];
  /** Per paragraph, the structure this was decided from (see ParagraphAnalysis.structureFingerprint). */
  structure: Float64Array;
  /** Per paragraph, the names fingerprints the actor assignment was computed from. */
  names: Float64Array;
  /** The names by key the assignment was computed from; the next decision updates it. */
  table: NameTable;
  assignment: ActorAssignment;
  roleIndex: RoleIndex;
  /** Per paragraph and name: the actor index, -1 when the name is not kept. */
  nameActors: number[][];
  /** The names' mentions as placed (see placeNames), at the paragraphs' `bases` of this decision. */
  namesPlaced: NamesPlaced;
  bases: Int32Array;
  /** Per paragraph and role description: the actor index, -1 when unresolved. */
  roleActors: number[][];
  /** The descriptions that gave aliases (see placeDescriptions), at `bases`. */
  described: Described;
  /** Per paragraph and nationality adjective: the country's actor index, -1 when the country is not an actor. */
  demonymActors: number[][];
  /** The actor of each country named in the document, by name: what nationality adjectives join. */
  countryActor: ReadonlyMap<string, number>;
  /** Each attribution frame's speaker, with the resolver's state per paragraph for the next decision. */
  speakers: ResolvedSpeakers;
  actors: ActorPlan[];
  /** Indices of the shown actors, in order of first appearance. */
  actorOrder: number[];
  /** Claims grouped by the paragraph that holds their words, in reading order. */
  claimsByParagraph: PlannedFrame[][];
  /** Per paragraph, how many claims come before it: its k-th claim (from 0) is "c" + (claimBase + k + 1). */
  claimBase: Int32Array;
}

/** Shared by every paragraph without names, descriptions or demonyms, so they cost no allocation. */
export const NONE: number[] = [];
/** Shared by every paragraph without claims; never added to. */
export const NO_PLANS: PlannedFrame[] = [];

/** An actor's first start before it is seen: past any offset, so that the first one seen is smaller. */
export const NOT_SEEN = 0x7fffffff;

/** Where each actor is first seen in the document: what orders the actors and decides which are shown. */
export class FirstSeen {
  starts: Int32Array;

  constructor(count: number) {
    this.starts = new Int32Array(count).fill(NOT_SEEN);
  }

  see(actor: number, start: number): void {
    if (start < this.starts[actor]) this.starts[actor] = start;
  }

  /** Room for `count` actors, the ones seen so far kept (group speakers get actors once claims are planned). */
  grow(count: number): void {
    const grown = new Int32Array(count).fill(NOT_SEEN);
    grown.set(this.starts);
    this.starts = grown;
  }
}

/**
 * One fingerprint of each paragraph, in a typed array: a plain array of these numbers changes kind with
 * how it was made, and the code comparing them on every edit would keep falling out of optimized form.
 */
export function fingerprints(paragraphs: readonly ParagraphAnalysis[], which: 'namesFingerprint' | 'structureFingerprint'): Float64Array {
  const values = new Float64Array(paragraphs.length);
  for (let pi = 0; pi < paragraphs.length; pi++) values[pi] = paragraphs[pi][which];
  return values;
}
