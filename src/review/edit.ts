// Changing a review, and merging two versions of one (another window, a teammate's commit, a hand edit) entry by entry.
import type { Anchor, Review, ReviewEntry, SpeakerChoice, Verdict } from './types';

/** A fresh entry id: short, and unlikely to meet another window's. */
export function newEntryId(random: () => number = Math.random): string {
  let id = '';
  while (id.length < 10) id += Math.floor(random() * 36).toString(36);
  return id;
}

/** Now, as written in a review file. */
export function reviewTime(date: Date = new Date()): string {
  return date.toISOString();
}

export function withoutEntry(review: Review, id: string): Review {
  return { ...review, entries: review.entries.filter((entry) => entry.id !== id) };
}

/** The review with `entry` added, or replacing the entry of the same id. */
export function withEntry(review: Review, entry: ReviewEntry): Review {
  const others = review.entries.filter((candidate) => candidate.id !== entry.id);
  return { ...review, entries: [...others, entry] };
}

export interface VerdictChange {
  /** The claim's current verdict entry, if it has one. */
  entryId?: string;
  /** The claim's text as shown now. */
  target: Anchor;
  verdict: Verdict;
  /** Undefined keeps the note the entry has; an empty string removes it. */
  note?: string | undefined;
  updated: string;
}

/** Sets a claim's verdict and note; a claim left unchecked without a note has no entry at all. */
export function withVerdict(review: Review, change: VerdictChange, random?: () => number): Review {
  const existing = review.entries.find((entry) => entry.id === change.entryId && entry.kind === 'verdict');
  const note = change.note ?? (existing?.kind === 'verdict' ? existing.note : undefined);
  const id = existing?.id ?? newEntryId(random);
  if (change.verdict === 'unchecked' && !note) return withoutEntry(review, id);
  const { target, verdict, updated } = change;
  return withEntry(review, { id, kind: 'verdict', target, verdict, ...(note ? { note } : {}), updated });
}

/** A new correction entry of the given kind. */
export function correction(
  kind: 'speaker' | 'notClaim',
  target: Anchor,
  updated: string,
  speaker?: SpeakerChoice,
  random?: () => number,
): ReviewEntry {
  const id = newEntryId(random);
  if (kind === 'notClaim' || !speaker) return { id, kind: 'notClaim', target, updated };
  return { id, kind: 'speaker', target, speaker, updated };
}

/** What a merge did: entries taken from the other version, and changes made on both sides where the newer one won. */
export interface MergeResult {
  review: Review;
  taken: number;
  conflicts: number;
}

function sameEntry(a: ReviewEntry, b: ReviewEntry): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Three-way merge of two versions of a review that both started from `base` (the version last read from disk):
 * entries added on either side are kept; an entry deleted on one side stays deleted unless the other side changed
 * it; an entry changed on both sides keeps the newer change. Nothing either side wrote is lost without a newer
 * change replacing it.
 */
export function mergeReviews(base: Review | undefined, ours: Review, theirs: Review): MergeResult {
  const baseById = new Map((base?.entries ?? []).map((entry) => [entry.id, entry]));
  const oursById = new Map(ours.entries.map((entry) => [entry.id, entry]));
  const theirsById = new Map(theirs.entries.map((entry) => [entry.id, entry]));
  const ids = new Set([...oursById.keys(), ...theirsById.keys()]);
  const entries: ReviewEntry[] = [];
  let taken = 0;
  let conflicts = 0;
  for (const id of ids) {
    const mine = oursById.get(id);
    const other = theirsById.get(id);
    const original = baseById.get(id);
    if (mine && other) {
      if (sameEntry(mine, other)) entries.push(mine);
      else {
        const oursChanged = !original || !sameEntry(original, mine);
        const theirsChanged = !original || !sameEntry(original, other);
        if (oursChanged && theirsChanged) conflicts += 1;
        const useTheirs = theirsChanged && (!oursChanged || other.updated > mine.updated);
        if (useTheirs) taken += 1;
        entries.push(useTheirs ? other : mine);
      }
    } else if (mine) {
      // Only ours has it: we added it, or they deleted it (then it stays only if we changed it since).
      if (!original || !sameEntry(original, mine)) entries.push(mine);
    } else if (other) {
      if (!original || !sameEntry(original, other)) {
        entries.push(other);
        taken += 1;
      }
    }
  }
  return { review: { document: ours.document, entries }, taken, conflicts };
}
