// Moves spans of an analysed text through the edits made since, so the views reveal and cite the right text until
// the next analysis arrives. Plain data, no editor types.

/** One replacement, as an editor reports it: `removed` characters at `start` replaced by `inserted` characters. */
export interface TextEdit {
  start: number;
  removed: number;
  inserted: number;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Where a span of the text before `edits` (applied one after another, each on the result of the previous, as the
 * editor applies a change event's changes) lies in the text after them; undefined when an edit removed all of it.
 *
 * Text typed at a span's start or end stays outside it; text replacing part of it becomes part of it.
 */
export function mapSpan(span: Span, edits: readonly TextEdit[]): Span | undefined {
  let { start, end } = span;
  for (const edit of edits) {
    const removedEnd = edit.start + edit.removed;
    const delta = edit.inserted - edit.removed;
    // A non-empty span the edit replaces whole is gone (an empty one survives only if the edit is an insertion).
    if (edit.removed > 0 && edit.start <= start && end <= removedEnd && (start < end || (edit.start < start && start < removedEnd))) return undefined;
    start = start < edit.start ? start : start >= removedEnd ? start + delta : edit.start;
    end = end <= edit.start ? end : end >= removedEnd ? end + delta : edit.start + edit.inserted;
  }
  return { start, end: Math.max(start, end) };
}

/** Edits since a text was analysed, kept until the next analysis; past a bound the spans are not worth mapping. */
export class EditLog {
  private readonly edits: TextEdit[] = [];
  private overflowed = false;

  constructor(private readonly maxEdits = 10_000) {}

  add(edits: readonly TextEdit[]): void {
    if (this.overflowed) return;
    if (this.edits.length + edits.length > this.maxEdits) {
      this.overflowed = true;
      this.edits.length = 0;
      return;
    }
    for (const edit of edits) this.edits.push(edit);
  }

  get isEmpty(): boolean {
    return !this.overflowed && this.edits.length === 0;
  }

  /** The span in the current text; undefined when an edit removed it or too many edits were made to follow. */
  map(span: Span): Span | undefined {
    return this.overflowed ? undefined : mapSpan(span, this.edits);
  }
}
