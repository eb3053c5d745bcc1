// Decision step 1: the document's names typed and merged into actors, with the role index descriptions are read by.
import type { ParagraphAnalysis } from '../../paragraph/analyzeParagraph';
import type { NameCandidate } from '../../paragraph/names/candidate';
import type { AnalyzeOptions } from '../../types';
import { assignActors } from '../actors/assign';
import type { ActorAssignment } from '../actors/drafts';
import { NameTable } from '../actors/nameTable';
import { patchActors } from '../actors/patch';
import { RoleIndex } from '../speakers/roles';
import { fingerprints, type Decisions } from './plans';
import { keepsRoleIndex } from './reuse';

/** The actors of the document's names. */
export interface NamesAssigned {
  /** Per paragraph, the names fingerprint this was computed from. */
  names: Float64Array;
  table: NameTable;
  /** The table was built afresh: names may count under other keys than before. */
  rebuilt: boolean;
  assignment: ActorAssignment;
  roleIndex: RoleIndex;
}

/**
 * Types and merges the document's names. Typing and merging read only the names' fingerprints: when none changed,
 * the previous assignment stands. Otherwise the table of names is updated with the paragraphs that changed (or
 * built afresh), and an edit to single words only is patched into the previous assignment; anything else assigns
 * every name again.
 */
export function assignNames(
  paragraphs: readonly ParagraphAnalysis[],
  options: AnalyzeOptions,
  ignored: ReadonlySet<string>,
  previous: Decisions | undefined,
): NamesAssigned {
  const names = fingerprints(paragraphs, 'namesFingerprint');
  if (previous && sameNumbers(previous.names, names)) {
    return { names, table: previous.table, rebuilt: false, assignment: previous.assignment, roleIndex: previous.roleIndex };
  }
  const changed = previous?.table.changedIn(paragraphs);
  const updated = changed && previous?.table.update(paragraphs, changed);
  const isIgnored = (candidate: NameCandidate): boolean =>
    ignored.size > 0 && (ignored.has(candidate.key) || ignored.has(candidate.text.toLowerCase()));
  const table = updated || NameTable.build(paragraphs, isIgnored);
  const patched = updated && previous ? patchActors(table, previous.assignment, table.touched, ignored) : undefined;
  const touched = updated ? table.touched : undefined;
  const assignment = patched || assignActors(table, options.knownActors ?? [], ignored, previous?.assignment, touched);
  const keepRoles = previous !== undefined && keepsRoleIndex(previous.assignment, assignment);
  const titledInOrder = (): RoleIndex => new RoleIndex(assignment.creationOrder.map((slot) => assignment.drafts[slot]));
  const roleIndex = keepRoles && previous ? previous.roleIndex : titledInOrder();
  return { names, table, rebuilt: !updated, assignment, roleIndex };
}

function sameNumbers(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
