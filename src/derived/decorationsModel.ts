// What each highlight kind covers in an Analysis, as sorted, merged offset ranges, and the slice of them in a window.
import { partitionPoint } from '../analysis/text/sorted';
import type { ActorType, Analysis, EntityType } from '../analysis/types';

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

/** Sorted, merged ranges packed as [start0, end0, start1, end1, …]: built in the worker, transferred without copying. */
export type PackedRanges = Int32Array;

export type HighlightRanges = Readonly<Record<HighlightKind, PackedRanges>>;

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
  const packed = {} as Record<HighlightKind, PackedRanges>;
  for (const kind of HIGHLIGHT_KINDS) packed[kind] = packRanges(mergeRanges(collected[kind]));
  return packed;
}

export function packRanges(ranges: readonly OffsetRange[]): PackedRanges {
  const packed = new Int32Array(ranges.length * 2);
  ranges.forEach((range, position) => {
    packed[position * 2] = range.start;
    packed[position * 2 + 1] = range.end;
  });
  return packed;
}

export function rangeCount(ranges: PackedRanges): number {
  return ranges.length / 2;
}

/** Every range of a packed list. */
export function unpackRanges(ranges: PackedRanges): OffsetRange[] {
  return rangesInWindow(ranges, 0, Number.MAX_SAFE_INTEGER);
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

/** The ranges of a packed (sorted, merged) list that overlap `[windowStart, windowEnd)`. */
export function rangesInWindow(ranges: PackedRanges, windowStart: number, windowEnd: number): OffsetRange[] {
  // Merged ranges are sorted by end too, so the first overlapping one is the first ending after windowStart.
  const low = partitionPoint(rangeCount(ranges), (position) => ranges[position * 2 + 1] <= windowStart);
  const found: OffsetRange[] = [];
  for (let position = low; position < rangeCount(ranges) && ranges[position * 2] < windowEnd; position += 1) {
    found.push({ start: ranges[position * 2], end: ranges[position * 2 + 1] });
  }
  return found;
}

export function totalRanges(ranges: HighlightRanges): number {
  return HIGHLIGHT_KINDS.reduce((total, kind) => total + rangeCount(ranges[kind]), 0);
}

/** The typed arrays of the ranges, to hand to `postMessage` as transferables. */
export function rangeBuffers(ranges: HighlightRanges): ArrayBuffer[] {
  return HIGHLIGHT_KINDS.map((kind) => ranges[kind].buffer as ArrayBuffer);
}

export type EnabledKinds = Readonly<Record<HighlightKind, boolean>>;
