// What every mark of the dashboard carries: the kind it counts and the source line it leads to.
import type { ClaimKind } from '../analysis/types';

/** Where a mark leads: an index into the report's documents (what the page may name) and a 1-based line. */
export interface SourceLink {
  document: number;
  line: number;
}

export const CLAIM_KINDS: readonly ClaimKind[] = ['direct', 'indirect'];

export interface KindCount {
  kind: ClaimKind;
  count: number;
  /** The first claim of this kind (document order, then line). */
  link: SourceLink;
}

/** The document index of each name, and the line of each document's first claim (0 when it has none). */
export interface DocumentLookup {
  indexOf: ReadonlyMap<string, number>;
  firstClaimLine: Int32Array;
}
