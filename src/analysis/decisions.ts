// Document-wide decisions over the paragraphs' findings: which names are actors, who said each statement.
import { assignActors, patchActors, sameDraft, type ActorAssignment, type ActorDraft } from './actors';
import { NameTable } from './nameTable';
import { MAX_LOOKBACK, MentionTable, RoleIndex, SPEAKER_REACH, isDocumentNoun, resolveRole, resolveSpeakers, sameSpeakerFacts, speakerNameActor, type ResolvedSpeakers, type SpeakerResume } from './claims';
import type { ParagraphAnalysis } from './paragraph';
import type { NameCandidate } from './names';
import type { ActorType, AnalyzeOptions, MentionKind } from './types';

/** Where a claim's words, cue and speaker are found: indices into the current paragraphs' findings. */
export type ContentSource = { kind: 'frame'; frame: number } | { kind: 'quote'; quote: number } | { kind: 'paragraph' };
/** A cue in a paragraph's first sentence runs from word `from` to word `word` ("That was the warning of"). */
export type CueSource = { kind: 'frame'; paragraph: number; frame: number } | { kind: 'lead'; paragraph: number; word: number; from: number };
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
  quote?: number;
  unmarkedQuote: boolean;
  /** A speaker written as a pronoun or common noun becomes a mention of the actor. */
  speakerMention?: MentionKind;
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
  /** Per paragraph and role description: the actor index, -1 when unresolved. */
  roleActors: number[][];
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


/** An actor's first start before it is seen: past any offset, so that the first one seen is smaller. */
const NOT_SEEN = 0x7fffffff;

/** Shared by every paragraph without names or descriptions, so they cost no allocation. */
const NONE: number[] = [];
const NO_TEXTS: readonly string[] = [];
/** Shared by every paragraph without claims; never added to. */
const NO_PLANS: PlannedFrame[] = [];

/** Slugs by name: the same few thousand names are slugged again at every decision while a document is edited. */
const slugs = new Map<string, string>();
const MAX_SLUGS = 50_000;

function slug(name: string): string {
  const known = slugs.get(name);
  if (known !== undefined) return known;
  const made =
    name
      .normalize('NFKD')
      // Accents come apart under NFKD; dropping the marks keeps "Inácio" one word ("inacio").
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'actor';
  if (slugs.size >= MAX_SLUGS) slugs.clear();
  slugs.set(name, made);
  return made;
}

/** A statement being planned: a claim plan, and what ordering, continuation and group speakers need. */
export interface PlannedFrame extends ClaimPlan {
  /** For an unnamed group speaker (`actor` -1 until the group has its actor). */
  group?: string;
  /** Where the speaker phrase starts in the paragraph of the cue, when the speaker becomes a mention. */
  speakerStart: number;
  /** Relative to its own paragraph: where the words start and end (for ordering and continuation). */
  contentStart: number;
  contentEnd: number;
}

/**
 * Decides the document: types and merges names into actors (reusing the previous assignment when no
 * paragraph's names changed), resolves role descriptions and speakers, plans every claim and fixes ids.
 */
export function decide(
  paragraphs: readonly ParagraphAnalysis[],
  bases: Int32Array,
  options: AnalyzeOptions,
  ignored: ReadonlySet<string>,
  previous: Decisions | undefined,
): Decisions {
  const isIgnored = (candidate: NameCandidate): boolean => ignored.size > 0 && (ignored.has(candidate.key) || ignored.has(candidate.text.toLowerCase()));
  const names = fingerprints(paragraphs, 'namesFingerprint');
  // Typing and merging read only the names' fingerprints; when none changed, that assignment stands.
  // Otherwise the table of names is updated with the paragraphs that changed, or built afresh.
  const sameNames = previous !== undefined && sameNumbers(previous.names, names);
  let table: NameTable;
  /** The table was built afresh: names may count under other keys than before, so no paragraph keeps its names' actors. */
  let rebuilt = false;
  let assignment: ActorAssignment;
  let roleIndex: RoleIndex;
  if (sameNames && previous) {
    ({ table, assignment, roleIndex } = previous);
  } else {
    const changed = previous?.table.changedIn(paragraphs);
    const updated = changed && previous?.table.update(paragraphs, changed);
    rebuilt = !updated;
    table = updated || NameTable.build(paragraphs, isIgnored);
    // An edit to single words only is applied to the previous assignment; anything else assigns every name again.
    assignment = (updated && previous && patchActors(table, previous.assignment, table.touched, ignored)) || assignActors(table, options.knownActors ?? [], ignored, previous?.assignment, updated ? table.touched : undefined);
    // Role descriptions are matched against people with titles: a patch that renewed none of them keeps the index.
    const renewed = assignment.renewed;
    const titled = (draft: ActorDraft | undefined): boolean => draft !== undefined && draft.type === 'PERSON' && draft.roles.length > 0;
    // After a full assignment, the index stands when the people with titles are the same, in the same order.
    const keepRoles =
      previous !== undefined &&
      (renewed !== undefined
        ? [...renewed].every((slot) => !titled(assignment.drafts[slot]) && !titled(previous.assignment.drafts[slot]))
        : sameTitledDrafts(previous.assignment, assignment, titled));
    roleIndex = keepRoles && previous ? previous.roleIndex : new RoleIndex(assignment.creationOrder.map((slot) => assignment.drafts[slot]));
  }
  const { drafts, actorOfKey } = assignment;

  // Where each actor is first seen (NOT_SEEN until it is); grown for group speakers once claims are planned.
  let firstStart = new Int32Array(drafts.length).fill(NOT_SEEN);
  const seen = (actor: number, start: number): void => {
    if (start < firstStart[actor]) firstStart[actor] = start;
  };
  // Each name's actor, and the mentions the resolver looks back to, in reading order. A paragraph keeps
  // its previous names' actors when it is the same paragraph and none of its keys changed actor.
  const before = previous !== undefined && !rebuilt && previous.paragraphs.length === paragraphs.length ? previous : undefined;
  // A paragraph edited since the previous decision without a change to its structure (decisions were kept
  // then) reads to every document-wide pass as the one that decision saw.
  const readsAsBefore = (pi: number): boolean => before !== undefined && (before.paragraphs[pi] === paragraphs[pi] || before.structure[pi] === paragraphs[pi].structureFingerprint);
  const dirty = before && assignment !== before.assignment ? paragraphsWithMovedKeys(before.assignment, assignment, table, paragraphs.length) : undefined;
  let total = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) total += paragraphs[pi].names.length;
  const positioned = new MentionTable(total);
  const nameActors: number[][] = new Array<number[]>(paragraphs.length);
  // Index of each paragraph's first mention in `positioned`.
  const firstMention = new Int32Array(paragraphs.length + 1);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    firstMention[pi] = positioned.length;
    if (p.names.length === 0) {
      nameActors[pi] = NONE;
      continue;
    }
    let actors: number[];
    if (before && readsAsBefore(pi) && (dirty === undefined || dirty[pi] === 0)) {
      actors = before.nameActors[pi];
    } else {
      const keys = table.keysIn(pi);
      actors = new Array<number>(keys.length);
      for (let ci = 0; ci < keys.length; ci++) {
        const key = keys[ci];
        actors[ci] = key === null ? -1 : actorOfKey.get(key) ?? -1;
      }
    }
    nameActors[pi] = actors;
    const base = bases[pi];
    for (let ci = 0; ci < actors.length; ci++) {
      const actor = actors[ci];
      if (actor < 0) continue;
      const start = base + p.nameStarts[ci];
      seen(actor, start);
      positioned.push(start, actor, pi, p.nameSubjects[ci] === 1);
    }
  }
  firstMention[paragraphs.length] = positioned.length;

  // Role descriptions ("the Russian leader") resolved to the person they describe. A description looks
  // back to the mentions before it: before the first paragraph the edit changed (or whose names' actors
  // moved), those are as they were, and so is the description's actor when the people with titles are.
  // After the last such paragraph, a description whose look-back window holds only mentions that came
  // after it resolves as it did, too.
  let unchangedBefore = 0;
  let unchangedAfter = paragraphs.length;
  if (before && roleIndex === before.roleIndex) {
    const { first, last: lastChanged } = changedRange(paragraphs.length, (pi) => readsAsBefore(pi) && (dirty === undefined || dirty[pi] === 0));
    unchangedBefore = first;
    unchangedAfter = lastChanged + 1;
    while (unchangedAfter < paragraphs.length && firstMention[unchangedAfter] - firstMention[lastChanged + 1] < MAX_LOOKBACK) unchangedAfter++;
  }
  const roleAliases = new Map<number, string[]>();
  const roleActors = paragraphs.map((p, pi) => {
    if (p.roles.length === 0) return NONE;
    const actors = before && (pi < unchangedBefore || pi >= unchangedAfter) ? before.roleActors[pi] : sameOrNew(readsAsBefore(pi) ? before?.roleActors[pi] : undefined, p.roles.map((role) => resolveRole(role, bases[pi] + role.start, roleIndex, positioned)));
    p.roles.forEach((role, ri) => {
      const actor = actors[ri];
      if (actor < 0 || !role.text.includes(' ')) return;
      seen(actor, bases[pi] + role.start);
      const form = role.text.startsWith('The ') ? `the ${role.text.slice(4)}` : role.text;
      const forms = roleAliases.get(actor);
      if (!forms) roleAliases.set(actor, [form]);
      else if (!forms.includes(form)) forms.push(form);
    });
    return actors;
  });

  // Nationality adjectives join their country's actor when the country is named in the document.
  const countryActor = new Map<string, number>();
  for (let k = 0; k < assignment.creationOrder.length; k++) {
    const slot = assignment.creationOrder[k];
    const draft = drafts[slot];
    if (draft.type === 'PLACE' && !countryActor.has(draft.name)) countryActor.set(draft.name, slot);
  }
  const demonymActors = paragraphs.map((p, pi) =>
    p.demonyms.length === 0
      ? NONE
      : sameOrNew(
          readsAsBefore(pi) ? before?.demonymActors[pi] : undefined,
          p.demonyms.map((demonym) => {
            const actor = countryActor.get(demonym.country) ?? -1;
            if (actor >= 0) seen(actor, bases[pi] + demonym.start);
            return actor;
          }),
        ),
  );

  // Speakers, in reading order. After an edit the resolver resumes just before the first paragraph whose
  // names or descriptions changed, and takes the previous results again once past the last one.
  let resume: SpeakerResume | undefined;
  if (before && sameSpeakerFacts(before.assignment.drafts, drafts) && sameEntries(before.countryActor, countryActor)) {
    const { first, last } = changedRange(paragraphs.length, (pi) => readsAsBefore(pi) && before.nameActors[pi] === nameActors[pi] && before.roleActors[pi] === roleActors[pi]);
    resume = { previous: before.speakers, from: Math.max(0, first - 1), settledFrom: last + 1 + SPEAKER_REACH };
  }
  const resolved = resolveSpeakers({ paragraphs, bases, nameActors, roleActors }, drafts, countryActor, positioned, resume);
  const planned: PlannedFrame[] = [];
  let index = -1;
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const frames = paragraphs[paragraph].frames;
    // The same paragraph with its speakers resolved alike keeps its frames' plans.
    if (frames.length > 0 && before && keptFramePlans(planned, paragraph, before, paragraphs, nameActors, resolved)) {
      index += frames.length;
      continue;
    }
    for (let frameIndex = 0; frameIndex < frames.length; frameIndex++) {
      index++;
      const actor = resolved.actors[index];
      const group = resolved.groups[index];
      if (actor < 0 && group === undefined) continue;
      const frame = frames[frameIndex];
      // A common-noun speaker becomes a mention, unless a name or nationality inside it already is one.
      // "The statement said" credits the Kremlin with a claim, but a statement is not a mention of the Kremlin.
      const writtenAsNoun = frame.speaker.kind === 'generic' && speakerNameActor(frame, nameActors[paragraph]) < 0 && frame.speaker.country === undefined && !isDocumentNoun(frame.speaker.head);
      const speakerMention: MentionKind | undefined = frame.speaker.kind === 'pronoun' ? 'pronoun' : writtenAsNoun ? (group ? 'name' : 'role') : undefined;
      // The same frame of the same paragraph, resolved alike, plans the same claim: keep the plan (group
      // speakers excepted, whose actor is numbered after the named actors).
      const kept = group === undefined && before?.paragraphs[paragraph] === paragraphs[paragraph] ? framePlan(before.claimsByParagraph[paragraph], frameIndex) : undefined;
      if (kept && kept.actor === actor && kept.speakerMention === speakerMention) {
        planned.push(kept);
        continue;
      }
      const own = { kind: 'frame' as const, paragraph, frame: frameIndex };
      planned.push({
        paragraph,
        actor,
        group,
        speakerMention,
        speakerStart: frame.speakerStart,
        content: { kind: 'frame', frame: frameIndex },
        cue: own,
        speaker: own,
        kind: frame.kind,
        quote: frame.quote,
        unmarkedQuote: frame.unmarkedQuote,
        contentStart: frame.contentStart,
        contentEnd: frame.contentEnd,
      });
    }
  }
  addContinuedQuotes(planned, paragraphs, before?.claimsByParagraph);
  addQuotesNamedAfter(planned, paragraphs, nameActors, drafts, before?.claimsByParagraph);
  const ordered = inReadingOrder(planned, paragraphs.length);

  // Actors: the drafts, then one per unnamed group that speaks ("officials"). Which are shown and their
  // ids are settled first, so that an actor that reads as it did keeps its plan from the previous decision.
  const groups: string[] = [];
  const groupActor = new Map<string, number>();
  const shown = new Uint8Array(drafts.length + planned.length);
  const withGroups = new Int32Array(drafts.length + planned.length).fill(NOT_SEEN);
  withGroups.set(firstStart);
  firstStart = withGroups;
  // Most paragraphs hold no claim and share one empty list.
  const claimsByParagraph: PlannedFrame[][] = new Array<PlannedFrame[]>(paragraphs.length).fill(NO_PLANS);
  for (let k = 0; k < ordered.length; k++) {
    const plan = ordered[k];
    let actor = plan.actor;
    if (actor < 0 && plan.group) {
      actor = groupActor.get(plan.group) ?? -1;
      if (actor < 0) {
        actor = drafts.length + groups.length;
        groups.push(plan.group);
        groupActor.set(plan.group, actor);
      }
    }
    if (actor < 0) continue;
    if (plan.speakerMention) seen(actor, bases[plan.speaker.paragraph] + plan.speakerStart);
    shown[actor] = 1;
    plan.actor = actor;
    if (claimsByParagraph[plan.paragraph] === NO_PLANS) claimsByParagraph[plan.paragraph] = [plan];
    else claimsByParagraph[plan.paragraph].push(plan);
  }
  const actorCount = drafts.length + groups.length;
  const nameOf = (i: number): string => (i < drafts.length ? drafts[i].name : groups[i - drafts.length]);

  // Stable ids from names, in order of first appearance.
  const order: number[] = [];
  for (let i = 0; i < actorCount; i++) if (shown[i] === 1 || firstStart[i] !== NOT_SEEN) order.push(i);
  // Ties go to the actor founded first (group speakers after every named actor, in order of speaking).
  const rankOf = (i: number): number => (i < drafts.length ? assignment.rank[i] : i);
  const precedes = (x: number, y: number): number => firstStart[x] - firstStart[y] || rankOf(x) - rankOf(y);
  const ids = new Array<string>(actorCount).fill('');
  // After most edits the same actors appear in the same order under the same names: their ids stand.
  if (previous && sameOrder(previous.actorOrder, order, precedes) && order.every((i) => previous.actors[i].name === nameOf(i))) {
    for (let k = 0; k < order.length; k++) {
      const i = previous.actorOrder[k];
      order[k] = i;
      ids[i] = previous.actors[i].id;
    }
  } else {
    order.sort(precedes);
    const used = new Set<string>();
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      const base = slug(nameOf(i));
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      ids[i] = id;
    }
  }
  const actors = new Array<ActorPlan>(actorCount);
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i];
    const hidden = ids[i] === '';
    const described = roleAliases.get(i) ?? NO_TEXTS;
    const was = previous?.actors[i];
    actors[i] =
      was !== undefined && previous !== undefined && i < previous.assignment.drafts.length && sameDraft(previous.assignment.drafts[i], draft) && was.id === ids[i] && was.hidden === hidden && sameAliases(was.aliases, draft, described)
        ? was
        : { id: ids[i], name: draft.name, key: draft.words.join(' '), type: draft.type, aliases: aliasesOf(draft, described), roles: draft.roles, hidden };
  }
  for (let g = 0; g < groups.length; g++) {
    const i = drafts.length + g;
    actors[i] = { id: ids[i], name: groups[g], key: '', type: 'ORG', aliases: [], roles: [], hidden: ids[i] === '' };
  }
  // A paragraph whose claims are the very plans it had keeps its list of them.
  if (before) {
    for (let pi = 0; pi < paragraphs.length; pi++) claimsByParagraph[pi] = sameOrNew(before.claimsByParagraph[pi], claimsByParagraph[pi]);
  }
  const claimBase = new Int32Array(paragraphs.length);
  for (let pi = 1; pi < paragraphs.length; pi++) claimBase[pi] = claimBase[pi - 1] + claimsByParagraph[pi - 1].length;
  return { paragraphs, structure: fingerprints(paragraphs, 'structureFingerprint'), names, table, assignment, roleIndex, nameActors, roleActors, demonymActors, countryActor, speakers: resolved, actors, actorOrder: order, claimsByParagraph, claimBase };
}

/**
 * One fingerprint of each paragraph, in a typed array: a plain array of these numbers changes kind with
 * how it was made, and the code comparing them on every edit would keep falling out of optimized form.
 */
function fingerprints(paragraphs: readonly ParagraphAnalysis[], which: 'namesFingerprint' | 'structureFingerprint'): Float64Array {
  const values = new Float64Array(paragraphs.length);
  for (let pi = 0; pi < paragraphs.length; pi++) values[pi] = paragraphs[pi][which];
  return values;
}

function sameNumbers(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The plans by paragraph and, within one, by where their words start; plans that tie keep the order they
 * were planned in. What a stable sort gives, without comparing: the plans come by paragraph already in
 * three runs (frames, continued quotations, quotations named after), and a paragraph has few of them.
 */
function inReadingOrder(planned: readonly PlannedFrame[], paragraphCount: number): PlannedFrame[] {
  const next = new Int32Array(paragraphCount + 1);
  for (let k = 0; k < planned.length; k++) next[planned[k].paragraph + 1]++;
  for (let pi = 1; pi <= paragraphCount; pi++) next[pi] += next[pi - 1];
  const ordered = new Array<PlannedFrame>(planned.length);
  for (let k = 0; k < planned.length; k++) ordered[next[planned[k].paragraph]++] = planned[k];
  // Within a paragraph (now ending where `next` points), an insertion sort, which keeps ties in order.
  let from = 0;
  for (let pi = 0; pi < paragraphCount; pi++) {
    const to = next[pi];
    for (let i = from + 1; i < to; i++) {
      const plan = ordered[i];
      let j = i;
      while (j > from && ordered[j - 1].contentStart > plan.contentStart) {
        ordered[j] = ordered[j - 1];
        j--;
      }
      ordered[j] = plan;
    }
    from = to;
  }
  return ordered;
}

/** The first and last of `count` paragraphs that are not `unchanged`; first is `count` and last below it when all are. */
function changedRange(count: number, unchanged: (pi: number) => boolean): { first: number; last: number } {
  let first = 0;
  while (first < count && unchanged(first)) first++;
  let last = count - 1;
  while (last >= first && unchanged(last)) last--;
  return { first, last };
}

/** The quotation that makes up the whole paragraph, if any. */
function wholeParagraphQuote(p: ParagraphAnalysis): number {
  for (let qi = 0; qi < p.quotes.length; qi++) {
    const q = p.quotes[qi];
    if (q.depth === 0 && q.openToken === 0 && q.afterToken >= p.tokenCount - 1) return qi;
  }
  return -1;
}

function sameEntries<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

/** The previous list when it holds the same items: kept lists let a paragraph's decisions be compared at a glance. */
function sameOrNew<T>(previous: T[] | undefined, made: T[]): T[] {
  if (!previous || previous.length !== made.length) return made;
  for (let i = 0; i < made.length; i++) if (previous[i] !== made[i]) return made;
  return previous;
}

/**
 * Adds the previous decision's plans for a paragraph's frames, in frame order, when they stand: the same
 * paragraph, its names' actors the same list, and each frame's speaker resolved to the same named actor (group
 * speakers are numbered anew). False, adding nothing, otherwise.
 */
function keptFramePlans(planned: PlannedFrame[], paragraph: number, before: Decisions, paragraphs: readonly ParagraphAnalysis[], nameActors: readonly number[][], resolved: ResolvedSpeakers): boolean {
  if (before.paragraphs[paragraph] !== paragraphs[paragraph] || before.nameActors[paragraph] !== nameActors[paragraph]) return false;
  const frameCount = paragraphs[paragraph].frames.length;
  const now = resolved.trail.firstFrame[paragraph];
  const was = before.speakers.trail.firstFrame[paragraph];
  let speaking = 0;
  for (let f = 0; f < frameCount; f++) {
    if (resolved.groups[now + f] !== undefined || before.speakers.groups[was + f] !== undefined) return false;
    if (resolved.actors[now + f] !== before.speakers.actors[was + f]) return false;
    if (resolved.actors[now + f] >= 0) speaking++;
  }
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

/** Whether a plan is the one made for a frame of its own paragraph (plans for quotations carried over are not). */
function isOwnFramePlan(plan: PlannedFrame): boolean {
  return plan.content.kind === 'frame' && plan.cue.kind === 'frame' && plan.cue.paragraph === plan.paragraph;
}

/** The plan made for a frame of a paragraph, if any. */
function framePlan(plans: readonly PlannedFrame[], frame: number): PlannedFrame | undefined {
  for (const plan of plans) if (isOwnFramePlan(plan) && plan.content.kind === 'frame' && plan.content.frame === frame) return plan;
  return undefined;
}

const NO_PARAGRAPHS: readonly number[] = [];

/** Whether two assignments found the same titled drafts, alike and in the same order: what the role index reads. */
function sameTitledDrafts(older: ActorAssignment, newer: ActorAssignment, titled: (draft: ActorDraft | undefined) => boolean): boolean {
  const olderTitled = older.creationOrder.map((slot) => older.drafts[slot]).filter(titled);
  const newerTitled = newer.creationOrder.map((slot) => newer.drafts[slot]).filter(titled);
  return olderTitled.length === newerTitled.length && olderTitled.every((draft, i) => sameDraft(draft, newerTitled[i]));
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

/** An actor's other names: the forms its name was written in, then the role descriptions that stand for it. */
function aliasesOf(draft: ActorDraft, described: readonly string[]): string[] {
  const aliases: string[] = [];
  for (let k = 0; k < draft.forms.length; k++) if (draft.forms[k] !== draft.name && !aliases.includes(draft.forms[k])) aliases.push(draft.forms[k]);
  for (let k = 0; k < described.length; k++) if (described[k] !== draft.name && !aliases.includes(described[k])) aliases.push(described[k]);
  return aliases;
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

/** Marks the paragraphs holding a key whose actor differs between two assignments. */
function paragraphsWithMovedKeys(older: ActorAssignment, newer: ActorAssignment, table: NameTable, count: number): Uint8Array {
  const dirty = new Uint8Array(count);
  const mark = (key: string): void => {
    const holding = table.entries.get(key)?.paragraphs ?? NO_PARAGRAPHS;
    for (let k = 0; k < holding.length; k++) dirty[holding[k]] = 1;
  };
  newer.actorOfKey.forEach((slot, key) => {
    if (older.actorOfKey.get(key) !== slot) mark(key);
  });
  older.actorOfKey.forEach((_, key) => {
    if (!newer.actorOfKey.has(key)) mark(key);
  });
  return dirty;
}

/**
 * A quotation that opens a paragraph and is not attributed there continues the speech of the paragraph
 * before when that one ended inside a quotation or after a colon (the news convention for long quotes).
 */
function addContinuedQuotes(planned: PlannedFrame[], paragraphs: readonly ParagraphAnalysis[], previousPlans: readonly PlannedFrame[][] | undefined): void {
  // Per paragraph: its quotations already claimed, and its last planned statement.
  const usedQuotes = new Map<number, number[]>();
  const lastByParagraph: Array<PlannedFrame | undefined> = new Array<PlannedFrame | undefined>(paragraphs.length);
  for (let k = 0; k < planned.length; k++) {
    const plan = planned[k];
    const paragraph = plan.paragraph;
    if (plan.quote !== undefined) {
      const used = usedQuotes.get(paragraph);
      if (used) used.push(plan.quote);
      else usedQuotes.set(paragraph, [plan.quote]);
    }
    const last = lastByParagraph[paragraph];
    if (!last || last.contentStart <= plan.contentStart) lastByParagraph[paragraph] = plan;
  }
  for (let pi = 1; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    const qi = p.quotes.findIndex((q) => q.depth === 0 && q.openToken === 0);
    if (qi < 0 || usedQuotes.get(pi)?.includes(qi)) continue;
    const before = lastByParagraph[pi - 1];
    if (!before) continue;
    const previousParagraph = paragraphs[pi - 1];
    const beforeQuote = before.quote !== undefined ? previousParagraph.quotes[before.quote] : undefined;
    const endsInSpeech = (beforeQuote !== undefined && beforeQuote.unclosed) || before.contentEnd >= previousParagraph.lastWordEnd;
    if (!endsInSpeech || before.kind !== 'direct') continue;
    const quote = p.quotes[qi];
    // A paragraph of bare quotation marks has no words to claim.
    if ((quote.unclosed ? p.lastWordEnd : quote.contentEnd) <= quote.contentStart) continue;
    const addition = keptPlan(previousPlans?.[pi], {
      // The cue and speaker stay where they were written, in the paragraph before.
      paragraph: pi,
      actor: before.actor,
      group: before.group,
      speakerStart: before.speakerStart,
      content: { kind: 'quote', quote: qi },
      cue: before.cue,
      speaker: before.speaker,
      kind: 'direct',
      quote: qi,
      unmarkedQuote: false,
      contentStart: quote.contentStart,
      contentEnd: quote.unclosed ? p.lastWordEnd : quote.contentEnd,
    });
    planned.push(addition);
    lastByParagraph[pi] = addition;
  }
}


/**
 * A paragraph that is one quotation with no cue of its own, or — marks or not — one the next paragraph
 * points back to as speech ("Those were the words of the company's director, Dewi Kartikasari, …").
 */
function addQuotesNamedAfter(
  planned: PlannedFrame[],
  paragraphs: readonly ParagraphAnalysis[],
  nameActors: readonly number[][],
  drafts: ReadonlyArray<{ type: ActorType }>,
  previousPlans: readonly PlannedFrame[][] | undefined,
): void {
  const attributed = new Uint8Array(paragraphs.length);
  for (let k = 0; k < planned.length; k++) attributed[planned[k].paragraph] = 1;
  for (let pi = 0; pi + 1 < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    if (attributed[pi] === 1 || p.tokenCount === 0) continue;
    const next = paragraphs[pi + 1];
    const lead = next.lead;
    if (lead === null) continue;
    const speechNoun = lead.speechNoun;
    const cueWord = speechNoun >= 0 ? speechNoun : lead.speechWord;
    if (cueWord < 0) continue;
    const qi = wholeParagraphQuote(p);
    if (qi < 0 && speechNoun < 0) continue;
    const leadFirst = lead.firstToken;
    const leadLast = lead.endToken;
    // The first person named in that sentence.
    const speakerName = next.names.findIndex((name, ni) => name.firstToken >= leadFirst && name.lastToken <= leadLast && (nameActors[pi + 1][ni] ?? -1) >= 0 && drafts[nameActors[pi + 1][ni]].type === 'PERSON');
    if (speakerName < 0) continue;
    const actor = nameActors[pi + 1][speakerName];
    const quote = qi >= 0 ? p.quotes[qi] : undefined;
    const contentStart = quote ? quote.contentStart : 0;
    const contentEnd = quote && !quote.unclosed ? quote.contentEnd : p.lastWordEnd;
    if (contentEnd <= contentStart) continue;
    planned.push(
      keptPlan(previousPlans?.[pi], {
        paragraph: pi,
        actor,
        speakerStart: 0,
        content: quote ? { kind: 'quote', quote: qi } : { kind: 'paragraph' },
        cue: { kind: 'lead', paragraph: pi + 1, word: cueWord, from: speechNoun >= 0 ? 0 : cueWord },
        speaker: { kind: 'name', paragraph: pi + 1, name: speakerName },
        kind: 'direct',
        quote: quote ? qi : undefined,
        unmarkedQuote: quote === undefined,
        contentStart,
        contentEnd,
      }),
    );
  }
}

/**
 * The plan the previous decision made for the paragraph that reads exactly as `made`, if any, else `made`. A
 * paragraph whose plans are all kept keeps its list of them, which tells at a glance that its results stand, and a
 * kept plan is one object fewer outliving the edit. Group speakers are never kept: their actor is numbered anew.
 */
function keptPlan(previous: readonly PlannedFrame[] | undefined, made: PlannedFrame): PlannedFrame {
  if (!previous || made.group !== undefined) return made;
  for (let k = 0; k < previous.length; k++) if (samePlan(previous[k], made)) return previous[k];
  return made;
}

function samePlan(a: PlannedFrame, b: PlannedFrame): boolean {
  return (
    a.paragraph === b.paragraph &&
    a.actor === b.actor &&
    a.group === b.group &&
    a.speakerStart === b.speakerStart &&
    a.kind === b.kind &&
    a.quote === b.quote &&
    a.unmarkedQuote === b.unmarkedQuote &&
    a.speakerMention === b.speakerMention &&
    a.contentStart === b.contentStart &&
    a.contentEnd === b.contentEnd &&
    sameContent(a.content, b.content) &&
    sameSource(a.cue, b.cue, 0) &&
    sameSource(a.speaker, b.speaker, 0)
  );
}

function sameActor(a: ActorPlan, b: ActorPlan): boolean {
  return a.id === b.id && a.name === b.name && a.type === b.type && a.key === b.key;
}

function sameSource(a: CueSource | SpeakerSource, b: CueSource | SpeakerSource, shift: number): boolean {
  if (a.kind !== b.kind || a.paragraph + shift !== b.paragraph) return false;
  if (a.kind === 'frame' && b.kind === 'frame') return a.frame === b.frame;
  if (a.kind === 'lead' && b.kind === 'lead') return a.word === b.word && a.from === b.from;
  return a.kind === 'name' && b.kind === 'name' && a.name === b.name;
}

function sameContent(a: ContentSource, b: ContentSource): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'frame' && b.kind === 'frame') return a.frame === b.frame;
  if (a.kind === 'quote' && b.kind === 'quote') return a.quote === b.quote;
  return true;
}

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
    if (was === is && older.nameActors[was] === newer.nameActors[is] && older.roleActors[was] === newer.roleActors[is] && older.demonymActors[was] === newer.demonymActors[is] && older.claimsByParagraph[was] === newer.claimsByParagraph[is]) {
      return this.keptSlots(newer.nameActors[is]) && this.keptSlots(newer.roleActors[is]) && this.keptSlots(newer.demonymActors[is]) && this.keptPlanSlots(newer.claimsByParagraph[is]);
    }
    if (!this.sameActors(older.nameActors[was], newer.nameActors[is]) || !this.sameActors(older.roleActors[was], newer.roleActors[is]) || !this.sameActors(older.demonymActors[was], newer.demonymActors[is])) return false;
    const oldClaims = older.claimsByParagraph[was];
    const newClaims = newer.claimsByParagraph[is];
    if (oldClaims.length !== newClaims.length) return false;
    const shift = is - was;
    for (let i = 0; i < oldClaims.length; i++) {
      const a = oldClaims[i];
      const b = newClaims[i];
      if (a.kind !== b.kind || a.quote !== b.quote || a.unmarkedQuote !== b.unmarkedQuote || a.speakerMention !== b.speakerMention) return false;
      if (!this.sameActor(a.actor, b.actor) || !sameContent(a.content, b.content)) return false;
      if (!sameSource(a.cue, b.cue, shift) || !sameSource(a.speaker, b.speaker, shift)) return false;
    }
    return true;
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
