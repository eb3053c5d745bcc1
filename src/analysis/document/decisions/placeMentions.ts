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
}

/** Role descriptions ("the Russian leader") resolved to the person they describe. */
export function placeDescriptions(
  paragraphs: readonly ParagraphAnalysis[],
  bases: Int32Array,
  roles: { roleIndex: RoleIndex; positioned: MentionTable },
  reuse: DecisionReuse | undefined,
  seen: FirstSeen,
): DescriptionsPlaced {
  const { roleIndex, positioned } = roles;
  const roleAliases = new Map<number, string[]>();
  const roleActors = new Array<number[]>(paragraphs.length);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const found = paragraphs[pi].roles;
    if (found.length === 0) {
      roleActors[pi] = NONE;
      continue;
    }
    const actors = reuse?.roleActors(pi) ?? sameOrMade(reuse, pi, resolveRoles(found, bases[pi], roleIndex, positioned));
    roleActors[pi] = actors;
    for (let ri = 0; ri < found.length; ri++) {
      const actor = actors[ri];
      const text = found[ri].text;
      if (actor < 0 || !text.includes(' ')) continue;
      seen.see(actor, bases[pi] + found[ri].start);
      const form = aliasForm(text);
      const forms = roleAliases.get(actor);
      if (!forms) roleAliases.set(actor, [form]);
      else if (!forms.includes(form)) forms.push(form);
    }
  }
  return { roleActors, roleAliases };
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
