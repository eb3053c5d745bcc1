// Incremental splitting: after an edit, only the paragraphs around the changed stretch are split again.
import { blankLineBetween, commonPrefixLength, commonSuffixLength, splitParagraphs, type ParagraphSpan } from '../text/paragraphs';
import type { PreviousRun } from './run';

/** How the paragraphs of a new text relate to the previous text's: spans, and which are unchanged. */
export interface EditReuse {
  spans: ParagraphSpan[];
  /** The previous index of an unchanged paragraph at new index `i`, or -1. */
  oldIndexOf(i: number): number;
  /** Previous text from this offset on is in the new text `delta` characters on (and as many lines on, each). */
  movedFrom: number;
}

/** What an edit changed: old text [start, oldEnd) became new text [start, oldEnd + delta). */
export interface ChangedStretch {
  start: number;
  oldEnd: number;
  delta: number;
}

/** Paragraphs separated by blank lines from an edit are not affected by it; look no further than this for one. */
const MAX_RESPLIT_PARAGRAPHS = 64;

/** The stretch between the longest common prefix and suffix of two texts. */
export function changedStretch(old: string, text: string): ChangedStretch {
  const start = commonPrefixLength(old, text);
  const suffix = commonSuffixLength(old, text, Math.min(old.length, text.length) - start);
  return { start, oldEnd: old.length - suffix, delta: text.length - old.length };
}

/**
 * The stretch an edit changed in the text as read or in the source, whichever reaches further: blanking markup
 * pairs marks within a line, so a typed star may change what is read away from the keystroke, and two marks that
 * blank alike ("**" and "__") still differ in the source that results quote.
 */
export function changedStretchOf(previous: { text: string; source: string }, text: string, source: string): ChangedStretch {
  const read = changedStretch(previous.text, text);
  if (previous.source === previous.text && source === text) return read;
  const given = changedStretch(previous.source, source);
  // Texts the same length and equal as read: only the source changed.
  if (read.delta === 0 && read.start === read.oldEnd) return given;
  return { start: Math.min(read.start, given.start), oldEnd: Math.max(read.oldEnd, given.oldEnd), delta: read.delta };
}

/**
 * Re-splits only the paragraphs around the stretch an edit changed — widened to blank lines, where splitting can
 * restart — and keeps the rest, shifted. Returns undefined when a full split is simpler (edits near the date
 * header, huge rewrites, documents without blank lines). The previous run's spans are spent: they are shifted and
 * spliced in place.
 */
export function reuseAround(previous: PreviousRun, text: string, change: ChangedStretch): EditReuse | undefined {
  const oldSpans = previous.spans;
  if (oldSpans.length < 3) return undefined;
  const around = paragraphsAround(previous, change);
  if (!around) return undefined;
  const { a, b } = around;
  // Re-split from the end of paragraph a-1 to the start of paragraph b+1 (new coordinates).
  const from = oldSpans[a - 1].end;
  const movedFrom = oldSpans[b + 1].start;
  const to = movedFrom + change.delta;
  if (to <= from || from > change.start) return undefined;
  const middle = splitParagraphs(text, from, to).filter((span) => span.end > span.start);
  // The previous run's spans are spent: shift those after the change and put the new ones in place.
  for (let i = b + 1; i < oldSpans.length; i++) {
    oldSpans[i].start += change.delta;
    oldSpans[i].end += change.delta;
  }
  const spans = oldSpans;
  // Not splice(a, n, ...middle): a paste can bring more paragraphs than a call takes arguments.
  replaceRange(spans, a, b + 1 - a, middle);
  const firstAfter = a + middle.length;
  const shiftBack = b + 1 - firstAfter;
  return { spans, oldIndexOf: (i) => (i < a ? i : i >= firstAfter ? i + shiftBack : -1), movedFrom };
}

/**
 * The previous paragraphs [a, b] around a change: the last one starting at or before it and the first one ending at
 * or after it (so that a change in the gap between two paragraphs re-splits both), widened to blank lines on both
 * sides so that splitting restarts exactly as a full split would. Undefined when that reaches the document's ends.
 */
function paragraphsAround(previous: PreviousRun, change: ChangedStretch): { a: number; b: number } | undefined {
  const old = previous.text;
  const oldSpans = previous.spans;
  let a = 0;
  while (a + 1 < oldSpans.length && oldSpans[a + 1].start <= change.start) a++;
  let b = oldSpans.length - 1;
  while (b > 0 && oldSpans[b - 1].end >= change.oldEnd) b--;
  if (b < a) b = a;
  let steps = 0;
  while (a > 0 && !blankLineBetween(old, oldSpans[a - 1].end, oldSpans[a].start) && steps++ < MAX_RESPLIT_PARAGRAPHS) a--;
  while (b < oldSpans.length - 1 && !blankLineBetween(old, oldSpans[b].end, oldSpans[b + 1].start) && steps++ < MAX_RESPLIT_PARAGRAPHS) b++;
  if (steps >= MAX_RESPLIT_PARAGRAPHS || a <= 1 || b >= oldSpans.length - 1) return undefined;
  return { a, b };
}

/** Replaces `removed` items of `list` from `start` with `items`, in place. */
function replaceRange<T>(list: T[], start: number, removed: number, items: readonly T[]): void {
  const tail = list.slice(start + removed);
  list.length = start;
  for (let i = 0; i < items.length; i++) list.push(items[i]);
  for (let i = 0; i < tail.length; i++) list.push(tail[i]);
}
