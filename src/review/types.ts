// The reader's review of one document: verdicts on claims and corrections of the attribution, each anchored to its text.
//
// No `vscode` import: the extension, the CLI and the exports read and apply the same review.

/** What a reader concluded about a claim; `unchecked` is stored only to keep a note on a claim not yet checked. */
export type Verdict = 'unchecked' | 'verified' | 'disputed' | 'false' | 'needsSource';

export const VERDICTS: readonly Verdict[] = ['unchecked', 'verified', 'disputed', 'false', 'needsSource'];

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  unchecked: 'Unchecked',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  needsSource: 'Needs source',
};

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}

/**
 * Where an entry stands in the text, the way W3C Web Annotation selectors say it: the text itself with a little of
 * what comes before and after it (`TextQuoteSelector`), and where it was when last seen (`TextPositionSelector`), a
 * hint only. The quote is what finds it again after edits; the position chooses between equal quotes.
 */
export interface Anchor {
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number };
}

/** The speaker a correction names: an actor of the analysis (by id, with its name as it was), or a typed name. */
export interface SpeakerChoice {
  name: string;
  actorId?: string;
}

interface EntryBase {
  /** Unique within the review; stable, so two copies of a review merge entry by entry. */
  id: string;
  /** The claim's text (for a verdict or correction of a claim) or the new span (for an added claim). */
  target: Anchor;
  /** When the entry was last changed (ISO 8601): the newer of two versions of an entry wins a merge. */
  updated: string;
}

/** A verdict on the claim at `target`, with the reader's note. */
export interface VerdictEntry extends EntryBase {
  kind: 'verdict';
  verdict: Verdict;
  note?: string;
}

/** "Wrong Speaker…": the claim is someone else's. */
export interface SpeakerEntry extends EntryBase {
  kind: 'speaker';
  speaker: SpeakerChoice;
}

/** "Not a Claim": the engine took something for a claim that is none. */
export interface NotClaimEntry extends EntryBase {
  kind: 'notClaim';
}

/** "Add Claim…": a claim the engine missed, with its speaker and cue. */
export interface AddClaimEntry extends EntryBase {
  kind: 'addClaim';
  speaker: SpeakerChoice;
  cue: string;
}

/** "Trim Claim": the claim at `target` really covers `span`. */
export interface SpanEntry extends EntryBase {
  kind: 'span';
  span: Anchor;
}

/**
 * "Split Claim": the claim at `target` is two claims; `second` is the text the second one covers (from the split point
 * to the claim's end), so the split point follows its text through edits. Both keep the claim's speaker and cue.
 */
export interface SplitEntry extends EntryBase {
  kind: 'split';
  second: Anchor;
}

export type ReviewEntry = VerdictEntry | SpeakerEntry | NotClaimEntry | AddClaimEntry | SpanEntry | SplitEntry;
export type ReviewEntryKind = ReviewEntry['kind'];
export const ENTRY_KINDS: readonly ReviewEntryKind[] = ['verdict', 'speaker', 'notClaim', 'addClaim', 'span', 'split'];

/** Entries that change the analysis (the rest only annotate it). */
export type CorrectionEntry = Exclude<ReviewEntry, VerdictEntry>;

export function isCorrection(entry: ReviewEntry): entry is CorrectionEntry {
  return entry.kind !== 'verdict';
}

export const REVIEW_FORMAT = 'sourcelens-review';
export const REVIEW_VERSION = 1;

export interface Review {
  /** The document's path relative to its workspace folder (or its name), as when the review was last written. */
  document: string;
  entries: ReviewEntry[];
}

export function emptyReview(document: string): Review {
  return { document, entries: [] };
}
