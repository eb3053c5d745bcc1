// What each highlight kind covers in an Analysis, as sorted, merged offset ranges, and the slice of them in a window.
import type { ActorType, Analysis, EntityType } from './analysis/types';

export const HIGHLIGHT_KINDS = ['person', 'organization', 'place', 'date', 'claim', 'speakerCue'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export const HIGHLIGHT_LABELS: Readonly<Record<HighlightKind, string>> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  date: 'Dates',
  claim: 'Quotations and claims',
  speakerCue: 'Speaker cues',
};

export interface OffsetRange {
  start: number;
  end: number;
}

export type HighlightRanges = Readonly<Record<HighlightKind, readonly OffsetRange[]>>;

const KIND_OF_TYPE: Readonly<Record<EntityType | ActorType, HighlightKind>> = {
  PERSON: 'person',
  ORG: 'organization',
  PLACE: 'place',
  DATE: 'date',
};

/**
 * The ranges each kind paints: names by entity type (plus role, pronoun, capital and demonym mentions,
 * painted as their actor's type), dates, claims with their quotations, and each claim's cue with its
 * speaker mention. Each list is sorted and merged, so one kind never paints the same character twice.
 */
export function highlightRanges(analysis: Analysis): HighlightRanges {
  const collected: Record<HighlightKind, OffsetRange[]> = {
    person: [],
    organization: [],
    place: [],
    date: [],
    claim: [],
    speakerCue: [],
  };
  for (const entity of analysis.entities) collected[KIND_OF_TYPE[entity.type]].push(entity);
  for (const actor of analysis.actors) {
    const kind = KIND_OF_TYPE[actor.type];
    for (const mention of actor.mentions) collected[kind].push(mention);
  }
  for (const claim of analysis.claims) {
    collected.claim.push(claim);
    collected.speakerCue.push(claim.cueSpan);
    if (claim.speakerSpan) collected.speakerCue.push(claim.speakerSpan);
  }
  for (const quote of analysis.quotes) collected.claim.push(quote);
  return {
    person: mergeRanges(collected.person),
    organization: mergeRanges(collected.organization),
    place: mergeRanges(collected.place),
    date: mergeRanges(collected.date),
    claim: mergeRanges(collected.claim),
    speakerCue: mergeRanges(collected.speakerCue),
  };
}

/** Sorted, non-overlapping ranges covering the same characters; empty ranges are dropped. */
export function mergeRanges(ranges: readonly OffsetRange[]): OffsetRange[] {
  const sorted = ranges.filter((range) => range.end > range.start).map(({ start, end }) => ({ start, end }));
  sorted.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: OffsetRange[] = [];
  for (const range of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && range.start <= previous.end) previous.end = Math.max(previous.end, range.end);
    else merged.push(range);
  }
  return merged;
}

/** The ranges (sorted and merged) that overlap `[windowStart, windowEnd)`. */
export function rangesInWindow(ranges: readonly OffsetRange[], windowStart: number, windowEnd: number): readonly OffsetRange[] {
  // Merged ranges are sorted by end too, so the first overlapping one is the first ending after windowStart.
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ranges[middle].end <= windowStart) low = middle + 1;
    else high = middle;
  }
  let stop = low;
  while (stop < ranges.length && ranges[stop].start < windowEnd) stop += 1;
  return ranges.slice(low, stop);
}

export function totalRanges(ranges: HighlightRanges): number {
  return HIGHLIGHT_KINDS.reduce((total, kind) => total + ranges[kind].length, 0);
}

export type EnabledKinds = Readonly<Record<HighlightKind, boolean>>;
