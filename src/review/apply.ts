// Analysis × Review → Analysis: the reader's corrections applied, each verdict found on its claim, every entry accounted
// for (on its text, or an orphan with its last known text).
import { partitionPoint } from '../analysis/text/sorted';
import type { Actor, Analysis, Claim, Quote, TextSpan } from '../analysis/types';
import { anchorAt, resolveAnchor, type AnchorMatch } from './anchor';
import type { AddClaimEntry, Anchor, Review, ReviewEntry, SpeakerChoice, Verdict } from './types';

/** Why an entry is an orphan: its text is gone, or its text is there but no claim stands on it any more. */
export type OrphanReason = 'textGone' | 'noClaim';

/** One entry of the review as it stands on the current text. */
export interface EntryState {
  entry: ReviewEntry;
  /** Where its target is now (undefined for an orphan whose text is gone). */
  match?: AnchorMatch;
  /** The claim it applies to in the reviewed analysis (for a removed claim, the id it had). */
  claimId?: string;
  orphan?: OrphanReason;
}

export interface ClaimReview {
  verdict: Verdict;
  note?: string;
  entryId: string;
}

/** How a correction changed a claim, for the views, hovers and exports. */
export type ClaimCorrection = 'speaker' | 'span' | 'split' | 'added';

export interface ReviewedAnalysis {
  analysis: Analysis;
  /** The verdict and note of each claim that has one, by the claim's id in `analysis`. */
  claims: ReadonlyMap<string, ClaimReview>;
  /** The corrections that changed each claim, by id. */
  corrected: ReadonlyMap<string, readonly ClaimCorrection[]>;
  /** Every entry in the review's order. */
  entries: readonly EntryState[];
  orphans: readonly EntryState[];
  /** The review with every entry that was found re-anchored to where it is now (orphans keep their last anchor). */
  review: Review;
  /** Whether re-anchoring moved or changed any anchor. */
  reanchored: boolean;
}

/** Offsets to 1-based line numbers, built once per text. */
class Lines {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }
  lineOf(offset: number): number {
    return partitionPoint(this.starts.length, (index) => this.starts[index] <= offset);
  }
}

/** Overlap of two spans against their union: 1 for the same span, 0 for disjoint ones. */
function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (overlap <= 0) return 0;
  return overlap / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/** A span is taken for a claim when it is the claim's, or covers at least half of their union. */
const CLAIM_OVERLAP = 0.5;

/** The working state while entries are applied: claims and actors copied, so the engine's analysis stays as it was. */
class Workspace {
  claims: Claim[];
  readonly actors: Actor[];
  readonly removed = new Set<string>();
  readonly corrected = new Map<string, ClaimCorrection[]>();
  /** The span a trimmed claim had before: entries made before the trim still name the claim by it. */
  readonly origins = new Map<string, { start: number; end: number }>();
  readonly lines: Lines;
  private added = 0;

  constructor(
    readonly analysis: Analysis,
    readonly text: string,
  ) {
    this.claims = analysis.claims.map((claim) => ({ ...claim }));
    this.actors = analysis.actors.map((actor) => ({ ...actor, claimIds: [...actor.claimIds] }));
    this.lines = new Lines(text);
  }

  span(start: number, end: number): TextSpan {
    return { start, end, line: this.lines.lineOf(start), text: this.text.slice(start, end) };
  }

  /** The claim standing on a span: the same span, else the one overlapping it most. */
  claimAt(match: AnchorMatch): Claim | undefined {
    let best: { claim: Claim; ratio: number } | undefined;
    for (const claim of this.claims) {
      if (this.removed.has(claim.id)) continue;
      const origin = this.origins.get(claim.id);
      const ratio = Math.max(overlapRatio(claim, match), origin ? overlapRatio(origin, match) : 0);
      if (ratio >= CLAIM_OVERLAP && (!best || ratio > best.ratio)) best = { claim, ratio };
    }
    return best?.claim;
  }

  mark(claimId: string, correction: ClaimCorrection): void {
    const list = this.corrected.get(claimId) ?? [];
    if (!list.includes(correction)) list.push(correction);
    this.corrected.set(claimId, list);
  }

  /** The actor a speaker choice names: by id, else by name or alias, else a new actor of that name. */
  actorFor(choice: SpeakerChoice): Actor {
    const byId = choice.actorId === undefined ? undefined : this.actors.find((actor) => actor.id === choice.actorId);
    if (byId) return byId;
    const wanted = choice.name.trim().toLocaleLowerCase();
    const byName = this.actors.find((actor) => [actor.name, ...actor.aliases].some((name) => name.toLocaleLowerCase() === wanted));
    if (byName) return byName;
    const base = `reviewed-${slug(choice.name)}`;
    let id = base;
    for (let suffix = 2; this.actors.some((actor) => actor.id === id); suffix += 1) id = `${base}-${suffix}`;
    const actor: Actor = { id, name: choice.name.trim(), type: 'PERSON', aliases: [], roles: [], mentions: [], claimIds: [] };
    this.actors.push(actor);
    return actor;
  }

  setSpeaker(claim: Claim, choice: SpeakerChoice): void {
    const actor = this.actorFor(choice);
    for (const other of this.actors) other.claimIds = other.claimIds.filter((id) => id !== claim.id);
    actor.claimIds.push(claim.id);
    // The engine's evidence was for the speaker it found; the reader's choice is evidence of its own, and certain.
    const evidence = { kind: 'reviewer' as const, ...claim.cueSpan };
    const updated: Claim = { ...claim, speakerId: actor.id, speaker: actor.name, evidence, confidence: 1 };
    delete updated.speakerSpan;
    this.replace(claim, updated);
  }

  replace(claim: Claim, updated: Claim): void {
    const position = this.claims.indexOf(claim);
    if (position >= 0) this.claims[position] = updated;
  }

  /**
   * Cuts a claim in two where `second` starts: the first part ends before the cut (spaces left out), the second covers
   * `second`; both keep the speaker, the cue and the evidence. False when the cut is not inside the claim.
   */
  split(claim: Claim, second: AnchorMatch): boolean {
    let firstEnd = second.start;
    while (firstEnd > claim.start && /\s/.test(this.text[firstEnd - 1])) firstEnd -= 1;
    if (firstEnd <= claim.start || second.start >= claim.end || second.end <= second.start) return false;
    if (!this.origins.has(claim.id)) this.origins.set(claim.id, { start: claim.start, end: claim.end });
    let id = `${claim.id}-2`;
    for (let suffix = 3; this.claims.some((candidate) => candidate.id === id); suffix += 1) id = `${claim.id}-${suffix}`;
    const tail: Claim = { ...claim, ...this.span(second.start, second.end), id };
    this.replace(claim, { ...claim, ...this.span(claim.start, firstEnd) });
    this.claims.push(tail);
    const speaker = this.actors.find((actor) => actor.claimIds.includes(claim.id));
    speaker?.claimIds.push(id);
    this.mark(claim.id, 'split');
    this.mark(id, 'split');
    return true;
  }

  addClaim(entry: AddClaimEntry, match: AnchorMatch): Claim {
    this.added += 1;
    const span = this.span(match.start, match.end);
    const cueAt = entry.cue ? this.text.indexOf(entry.cue, Math.max(0, match.start - 200)) : -1;
    const cueFound = cueAt >= 0 && cueAt < match.end + 200;
    const cueSpan = cueFound ? this.span(cueAt, cueAt + entry.cue.length) : this.span(match.start, match.start);
    const kind = /^\s*["“”«»„‘’'「]/.test(span.text) ? 'direct' : 'indirect';
    const claim: Claim = {
      ...span,
      id: `r${this.added}`,
      speakerId: null,
      speaker: entry.speaker.name,
      cue: entry.cue,
      cueSpan,
      kind,
      evidence: { kind: 'reviewer', ...cueSpan },
      confidence: 1,
    };
    this.claims.push(claim);
    this.setSpeaker(claim, entry.speaker);
    return this.claims.find((candidate) => candidate.id === claim.id) ?? claim;
  }

  result(): { claims: Claim[]; actors: Actor[]; quotes: Quote[] } {
    const claims = this.claims.filter((claim) => !this.removed.has(claim.id)).sort((a, b) => a.start - b.start || a.end - b.end);
    const order = new Map(claims.map((claim, position) => [claim.id, position]));
    const actors = this.actors.map((actor) => ({
      ...actor,
      claimIds: actor.claimIds.filter((id) => order.has(id)).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
    }));
    const quotes = this.analysis.quotes.map((quote) => {
      if (quote.claimId === undefined || !this.removed.has(quote.claimId)) return quote;
      const { claimId: _claimId, ...rest } = quote;
      return rest;
    });
    return { claims, actors, quotes };
  }
}

function slug(name: string): string {
  return name.toLocaleLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'speaker';
}

/**
 * The order corrections apply in: added claims exist before they are trimmed, split, re-attributed or removed; a
 * speaker correction made on a claim before it was split stays with its first part (found by the span it had).
 */
const APPLY_ORDER: ReadonlyArray<ReviewEntry['kind']> = ['addClaim', 'span', 'split', 'speaker', 'notClaim', 'verdict'];

/** Applies one entry to the workspace; returns its state. */
function applyEntry(work: Workspace, entry: ReviewEntry, claims: Map<string, ClaimReview>): EntryState {
  const match = resolveAnchor(entry.target, work.text);
  if (!match) return { entry, orphan: 'textGone' };
  if (entry.kind === 'addClaim') return { entry, match, claimId: work.addClaim(entry, match).id };
  const claim = work.claimAt(match);
  if (!claim) return { entry, match, orphan: 'noClaim' };
  switch (entry.kind) {
    case 'span': {
      const span = resolveAnchor(entry.span, work.text);
      if (!span) return { entry, match, claimId: claim.id, orphan: 'textGone' };
      if (!work.origins.has(claim.id)) work.origins.set(claim.id, { start: claim.start, end: claim.end });
      work.replace(claim, { ...claim, ...work.span(span.start, span.end) });
      work.mark(claim.id, 'span');
      break;
    }
    case 'split': {
      const second = resolveAnchor(entry.second, work.text);
      if (!second) return { entry, match, claimId: claim.id, orphan: 'textGone' };
      if (!work.split(claim, second)) return { entry, match, orphan: 'noClaim' };
      break;
    }
    case 'speaker':
      work.setSpeaker(claim, entry.speaker);
      work.mark(claim.id, 'speaker');
      break;
    case 'notClaim':
      work.removed.add(claim.id);
      break;
    case 'verdict':
      claims.set(claim.id, { verdict: entry.verdict, ...(entry.note ? { note: entry.note } : {}), entryId: entry.id });
      break;
  }
  return { entry, match, claimId: claim.id };
}

/** The entry re-anchored where it was found now; an orphan keeps the anchor it had. */
function reanchor(state: EntryState, text: string): ReviewEntry {
  const { entry, match } = state;
  if (!match || state.orphan === 'textGone') return entry;
  const target = anchorAt(text, match.start, match.end);
  if (entry.kind === 'span') {
    const span = resolveAnchor(entry.span, text);
    return span ? { ...entry, target, span: anchorAt(text, span.start, span.end) } : { ...entry, target };
  }
  if (entry.kind === 'split') {
    const second = resolveAnchor(entry.second, text);
    return second ? { ...entry, target, second: anchorAt(text, second.start, second.end) } : { ...entry, target };
  }
  return { ...entry, target };
}

function sameAnchor(a: Anchor, b: Anchor): boolean {
  return (
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix &&
    a.position.start === b.position.start &&
    a.position.end === b.position.end
  );
}

/**
 * The analysis of `text` with the review's corrections applied, and each verdict on its claim. `analysis` is left as
 * it was. Entries whose text is gone, or whose claim is no longer found, are listed as orphans and kept in the review.
 */
export function applyReview(analysis: Analysis, review: Review, text: string): ReviewedAnalysis {
  const work = new Workspace(analysis, text);
  const claims = new Map<string, ClaimReview>();
  const states = new Map<ReviewEntry, EntryState>();
  for (const kind of APPLY_ORDER) {
    for (const entry of review.entries) if (entry.kind === kind) states.set(entry, applyEntry(work, entry, claims));
  }
  for (const state of states.values()) {
    if (state.entry.kind === 'addClaim' && state.claimId && !work.removed.has(state.claimId)) work.mark(state.claimId, 'added');
  }
  const entries = review.entries.map((entry) => states.get(entry) ?? { entry, orphan: 'textGone' as const });
  const reanchoredEntries = entries.map((state) => reanchor(state, text));
  const reanchored = reanchoredEntries.some((entry, position) => !sameAnchor(entry.target, review.entries[position].target));
  const { claims: reviewedClaims, actors, quotes } = work.result();
  const corrected = new Map([...work.corrected].filter(([id]) => !work.removed.has(id)));
  return {
    analysis: { ...analysis, claims: reviewedClaims, actors, quotes },
    claims,
    corrected,
    entries,
    orphans: entries.filter((state) => state.orphan !== undefined),
    review: { ...review, entries: reanchoredEntries },
    reanchored,
  };
}

/** Whether a review changes the analysis at all (verdicts alone do not). */
export function hasCorrections(review: Review): boolean {
  return review.entries.some((entry) => entry.kind !== 'verdict');
}
