// Decision steps 2–4: the actor each name, role description and nationality adjective stands for.
import type { ParagraphAnalysis } from '../../paragraph/analyzeParagraph';
import type { RoleMention } from '../../paragraph/names/candidate';
import type { ActorAssignment } from '../actors/drafts';
import type { NameTable } from '../actors/nameTable';
import { MentionTable } from '../speakers/mentions';
import { resolveRole, type RoleIndex } from '../speakers/roles';
import { NONE, type FirstSeen } from './plans';
import type { DecisionReuse } from './reuse';

/** Each name's actor, and the mentions the speaker resolver looks back to, in reading order. */
export interface NamesPlaced {
  /** Per paragraph and name: the actor index, -1 when the name is not kept. */
  nameActors: number[][];
  positioned: MentionTable;
  /** Index of each paragraph's first mention in `positioned`; one more entry for the end. */
  firstMention: Int32Array;
}

/**
 * Gives each name its key's actor; a paragraph keeps its previous list when the reuse says it stands, and then, when it
 * is the very paragraph the previous decision placed, its mentions are taken from that decision's table, moved with the
 * paragraph: most paragraphs' findings are then not read at all.
 */
export function placeNames(
  paragraphs: readonly ParagraphAnalysis[],
  bases: Int32Array,
  named: { table: NameTable; assignment: ActorAssignment },
  reuse: DecisionReuse | undefined,
  seen: FirstSeen,
): NamesPlaced {
  const { table, assignment } = named;
  const earlier = reuse?.namesPlacedBefore();
  const positioned = new MentionTable(earlier ? earlier.positioned.length : namesIn(paragraphs));
  const nameActors: number[][] = new Array<number[]>(paragraphs.length);
  const firstMention = new Int32Array(paragraphs.length + 1);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    firstMention[pi] = positioned.length;
    const kept = reuse?.nameActors(pi);
    if (kept !== undefined && earlier !== undefined && earlier.paragraphs[pi] === paragraphs[pi]) {
      nameActors[pi] = kept;
      const from = positioned.length;
      positioned.pushMoved(earlier.positioned, earlier.firstMention[pi], earlier.firstMention[pi + 1], bases[pi] - earlier.bases[pi]);
      for (let i = from; i < positioned.length; i++) seen.see(positioned.actors[i], positioned.starts[i]);
      continue;
    }
    const p = paragraphs[pi];
    if (p.names.length === 0) {
      nameActors[pi] = NONE;
      continue;
    }
    const actors = kept ?? actorsOfKeys(table.keysIn(pi), assignment.actorOfKey);
    nameActors[pi] = actors;
    const base = bases[pi];
    for (let ci = 0; ci < actors.length; ci++) {
      const actor = actors[ci];
      if (actor < 0) continue;
      const start = base + p.nameStarts[ci];
      seen.see(actor, start);
      positioned.push(start, actor, pi, p.nameSubjects[ci] === 1);
    }
  }
  firstMention[paragraphs.length] = positioned.length;
  return { nameActors, positioned, firstMention };
}

function namesIn(paragraphs: readonly ParagraphAnalysis[]): number {
  let total = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) total += paragraphs[pi].names.length;
  return total;
}

function actorsOfKeys(keys: ReadonlyArray<string | null>, actorOfKey: ReadonlyMap<string, number>): number[] {
  const actors = new Array<number>(keys.length);
  for (let ci = 0; ci < keys.length; ci++) {
    const key = keys[ci];
    actors[ci] = key === null ? -1 : actorOfKey.get(key) ?? -1;
  }
  return actors;
}

/** The actors of role descriptions, and the descriptions of more than one word that become an actor's aliases. */
export interface DescriptionsPlaced {
  roleActors: number[][];
  roleAliases: Map<number, string[]>;
  described: Described;
}

/**
 * The descriptions of more than one word that found an actor, in reading order: each one's actor, where it starts
 * and the alias it gives; `first` is each paragraph's first one's index, with one more entry for the end.
 */
export interface Described {
  actors: number[];
  starts: number[];
  forms: string[];
  first: Int32Array;
}

/**
 * Role descriptions ("the Russian leader") resolved to the person they describe. A paragraph whose actors the reuse
 * keeps, and that is the very paragraph the previous decision placed, gives the aliases it gave then, moved with the
 * paragraph, without being read.
 */
export function placeDescriptions(
  paragraphs: readonly ParagraphAnalysis[],
  bases: Int32Array,
  roles: { roleIndex: RoleIndex; positioned: MentionTable },
  reuse: DecisionReuse | undefined,
  seen: FirstSeen,
): DescriptionsPlaced {
  const { roleIndex, positioned } = roles;
  const earlier = reuse?.descriptionsPlacedBefore();
  const described: Described = { actors: [], starts: [], forms: [], first: new Int32Array(paragraphs.length + 1) };
  const roleActors = new Array<number[]>(paragraphs.length);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    described.first[pi] = described.actors.length;
    const kept = reuse?.roleActors(pi);
    if (kept !== undefined && earlier !== undefined && earlier.paragraphs[pi] === paragraphs[pi]) {
      roleActors[pi] = kept;
      const was = earlier.described;
      const delta = bases[pi] - earlier.bases[pi];
      for (let k = was.first[pi]; k < was.first[pi + 1]; k++) addDescribed(described, was.actors[k], was.starts[k] + delta, was.forms[k]);
      continue;
    }
    const found = paragraphs[pi].roles;
    if (found.length === 0) {
      roleActors[pi] = NONE;
      continue;
    }
    const actors = kept ?? sameOrMade(reuse, pi, resolveRoles(found, bases[pi], roleIndex, positioned));
    roleActors[pi] = actors;
    for (let ri = 0; ri < found.length; ri++) {
      const text = found[ri].text;
      if (actors[ri] >= 0 && text.includes(' ')) addDescribed(described, actors[ri], bases[pi] + found[ri].start, aliasForm(text));
    }
  }
  described.first[paragraphs.length] = described.actors.length;
  return { roleActors, roleAliases: aliasesDescribed(described, seen), described };
}

function addDescribed(described: Described, actor: number, start: number, form: string): void {
  described.actors.push(actor);
  described.starts.push(start);
  described.forms.push(form);
}

/** Each actor's aliases from descriptions, in reading order; sees each description. */
function aliasesDescribed(described: Described, seen: FirstSeen): Map<number, string[]> {
  const roleAliases = new Map<number, string[]>();
  for (let k = 0; k < described.actors.length; k++) {
    const actor = described.actors[k];
    seen.see(actor, described.starts[k]);
    const form = described.forms[k];
    const forms = roleAliases.get(actor);
    if (!forms) roleAliases.set(actor, [form]);
    else if (!forms.includes(form)) forms.push(form);
  }
  return roleAliases;
}

function resolveRoles(found: readonly RoleMention[], base: number, roleIndex: RoleIndex, positioned: MentionTable): number[] {
  const actors = new Array<number>(found.length);
  for (let ri = 0; ri < found.length; ri++) actors[ri] = resolveRole(found[ri], base + found[ri].start, roleIndex, positioned);
  return actors;
}

/** A description as an actor's alias: "The Russian leader" is listed as "the Russian leader". */
function aliasForm(text: string): string {
  return text.startsWith('The ') ? `the ${text.slice(4)}` : text;
}

function sameOrMade(reuse: DecisionReuse | undefined, pi: number, made: number[]): number[] {
  return reuse ? reuse.sameRoleActors(pi, made) : made;
}

/** The actor of each country named in the document, by name, in founding order: what nationality adjectives join. */
export function countryActors(assignment: ActorAssignment): Map<string, number> {
  const countryActor = new Map<string, number>();
  for (let k = 0; k < assignment.creationOrder.length; k++) {
    const slot = assignment.creationOrder[k];
    const draft = assignment.drafts[slot];
    if (draft.type === 'PLACE' && !countryActor.has(draft.name)) countryActor.set(draft.name, slot);
  }
  return countryActor;
}

/** Nationality adjectives join their country's actor when the country is named in the document. */
export function placeDemonyms(
  paragraphs: readonly ParagraphAnalysis[],
  bases: Int32Array,
  countryActor: ReadonlyMap<string, number>,
  reuse: DecisionReuse | undefined,
  seen: FirstSeen,
): number[][] {
  const demonymActors = new Array<number[]>(paragraphs.length);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const found = paragraphs[pi].demonyms;
    if (found.length === 0) {
      demonymActors[pi] = NONE;
      continue;
    }
    const made = new Array<number>(found.length);
    for (let di = 0; di < found.length; di++) {
      const actor = countryActor.get(found[di].country) ?? -1;
      if (actor >= 0) seen.see(actor, bases[pi] + found[di].start);
      made[di] = actor;
    }
    demonymActors[pi] = reuse ? reuse.sameDemonymActors(pi, made) : made;
  }
  return demonymActors;
}
