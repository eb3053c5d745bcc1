// Decision steps 7–9: the actors shown, in order of first appearance, with stable ids, and the claims by paragraph.
import type { ActorAssignment, ActorDraft } from '../actors/drafts';
import { NOT_SEEN, NO_PLANS, type ActorPlan, type FirstSeen, type PlannedFrame } from './plans';
import type { DecisionReuse } from './reuse';

const NO_TEXTS: readonly string[] = [];

/** Slugs by name: the same few thousand names are slugged again at every decision while a document is edited. */
const slugs = new Map<string, string>();
const MAX_SLUGS = 50_000;

/** What planning actors reads of the decisions so far. */
export interface ActorInputs {
  assignment: ActorAssignment;
  /** Role descriptions of more than one word that stand for each actor, in reading order. */
  roleAliases: ReadonlyMap<number, string[]>;
  bases: Int32Array;
  paragraphCount: number;
}

/** The actors, their order of appearance, and each paragraph's claims with their actor settled. */
export interface ActorsPlanned {
  actors: ActorPlan[];
  actorOrder: number[];
  claimsByParagraph: PlannedFrame[][];
}

/**
 * Actors: the drafts, then one per unnamed group that speaks ("officials"). Which are shown and their ids are
 * settled first, so that an actor that reads as it did keeps its plan from the previous decision.
 */
export function planActors(
  ordered: readonly PlannedFrame[],
  inputs: ActorInputs,
  seen: FirstSeen,
  reuse: DecisionReuse | undefined,
): ActorsPlanned {
  const { drafts } = inputs.assignment;
  seen.grow(drafts.length + ordered.length);
  const { groups, shown, claimsByParagraph } = settleSpeakers(ordered, inputs, seen);
  const actorCount = drafts.length + groups.length;
  const nameOf = (i: number): string => (i < drafts.length ? drafts[i].name : groups[i - drafts.length]);
  const { order, ids } = orderAndIds(inputs.assignment, { actorCount, shown, nameOf }, seen.starts, reuse);
  const actors = new Array<ActorPlan>(actorCount);
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i];
    const hidden = ids[i] === '';
    const described = inputs.roleAliases.get(i) ?? NO_TEXTS;
    actors[i] = reuse?.actorPlan(i, draft, ids[i], hidden, described) ?? {
      id: ids[i],
      name: draft.name,
      key: draft.words.join(' '),
      type: draft.type,
      aliases: aliasesOf(draft, described),
      roles: draft.roles,
      hidden,
    };
  }
  for (let g = 0; g < groups.length; g++) {
    const i = drafts.length + g;
    actors[i] = { id: ids[i], name: groups[g], key: '', type: 'ORG', aliases: [], roles: [], hidden: ids[i] === '' };
  }
  // A paragraph whose claims are the very plans it had keeps its list of them.
  if (reuse) for (let pi = 0; pi < inputs.paragraphCount; pi++) claimsByParagraph[pi] = reuse.sameClaims(pi, claimsByParagraph[pi]);
  return { actors, actorOrder: order, claimsByParagraph };
}

/**
 * Gives each claim its actor (a group speaker its group's, numbered after the named actors in order of speaking),
 * marks the actors that speak as shown, sees a speaker written as a mention, and groups the claims by paragraph.
 */
function settleSpeakers(
  ordered: readonly PlannedFrame[],
  inputs: ActorInputs,
  seen: FirstSeen,
): { groups: string[]; shown: Uint8Array; claimsByParagraph: PlannedFrame[][] } {
  const draftCount = inputs.assignment.drafts.length;
  const groups: string[] = [];
  const groupActor = new Map<string, number>();
  const shown = new Uint8Array(draftCount + ordered.length);
  // Most paragraphs hold no claim and share one empty list.
  const claimsByParagraph: PlannedFrame[][] = new Array<PlannedFrame[]>(inputs.paragraphCount).fill(NO_PLANS);
  for (let k = 0; k < ordered.length; k++) {
    const plan = ordered[k];
    let actor = plan.actor;
    if (actor < 0 && plan.group) {
      actor = groupActor.get(plan.group) ?? -1;
      if (actor < 0) {
        actor = draftCount + groups.length;
        groups.push(plan.group);
        groupActor.set(plan.group, actor);
      }
    }
    if (actor < 0) continue;
    if (plan.speakerMention) seen.see(actor, inputs.bases[plan.speaker.paragraph] + plan.speakerStart);
    shown[actor] = 1;
    plan.actor = actor;
    if (claimsByParagraph[plan.paragraph] === NO_PLANS) claimsByParagraph[plan.paragraph] = [plan];
    else claimsByParagraph[plan.paragraph].push(plan);
  }
  return { groups, shown, claimsByParagraph };
}

/**
 * The actors shown (seen, or speaking), in order of first appearance — ties go to the actor founded first — with
 * stable ids from their names ('' for the others, unnamed group speakers among them).
 */
function orderAndIds(
  assignment: ActorAssignment,
  actors: { actorCount: number; shown: Uint8Array; nameOf: (i: number) => string },
  firstStart: Int32Array,
  reuse: DecisionReuse | undefined,
): { order: number[]; ids: string[] } {
  const { actorCount, shown, nameOf } = actors;
  const draftCount = assignment.drafts.length;
  const order: number[] = [];
  // An unnamed group ("officials") is no actor: its claims keep the group as their speaker's text, with no id.
  for (let i = 0; i < draftCount; i++) if (shown[i] === 1 || firstStart[i] !== NOT_SEEN) order.push(i);
  const rankOf = (i: number): number => (i < draftCount ? assignment.rank[i] : i);
  const precedes = (x: number, y: number): number => firstStart[x] - firstStart[y] || rankOf(x) - rankOf(y);
  const ids = new Array<string>(actorCount).fill('');
  // After most edits the same actors appear in the same order under the same names: their ids stand.
  if (reuse?.keepIds(order, precedes, nameOf, ids)) return { order, ids };
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
  return { order, ids };
}

/** An actor's id from its name: lower case, accents and punctuation gone ("Inácio Lula" → "inacio-lula"). */
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

/** An actor's other names: the forms its name was written in, then the role descriptions that stand for it. */
function aliasesOf(draft: ActorDraft, described: readonly string[]): string[] {
  const aliases: string[] = [];
  const add = (form: string): void => {
    if (form !== draft.name && !aliases.includes(form)) aliases.push(form);
  };
  for (let k = 0; k < draft.forms.length; k++) add(draft.forms[k]);
  for (let k = 0; k < described.length; k++) add(described[k]);
  return aliases;
}
