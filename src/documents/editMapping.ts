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
    if (edit.removed > 0 && edit.start <= start && end <= removedEnd && (start < end || (edit.start < start && start < removedEnd))) {
      return undefined;
    }
    start = start < edit.start ? start : start >= removedEnd ? start + delta : edit.start;
    end = end <= edit.start ? end : end >= removedEnd ? end + delta : edit.start + edit.inserted;
  }
  return { start, end: Math.max(start, end) };
}

/**
 * The edits made to a document, by the version each change produced, from some version on: enough to map a span of
 * the text of any version since then to the current text. Past a bound the oldest are dropped (their versions can
 * no longer be mapped from) rather than the history growing without end.
 */
export class EditHistory {
  private readonly changes: Array<{ version: number; edits: readonly TextEdit[] }> = [];
  private edits = 0;

  /** `from`: the oldest version spans can be mapped from. */
  constructor(
    private from: number,
    private readonly maxEdits = 10_000,
  ) {}

  /** Records the edits of one change, which made the document's version `version`. */
  add(version: number, edits: readonly TextEdit[]): void {
    this.changes.push({ version, edits });
    this.edits += edits.length;
    while (this.edits > this.maxEdits && this.changes.length > 0) this.dropOldest();
  }

  /** Spans of versions before `version` will not be asked for again. */
  forgetBefore(version: number): void {
    while (this.changes.length > 0 && this.changes[0].version <= version) this.dropOldest();
    this.from = Math.max(this.from, version);
  }

  /**
   * Where a span of the text at `version` lies in the current text; undefined when an edit removed it or `version`
   * is older than the history reaches.
   */
  map(span: Span, version: number): Span | undefined {
    if (version < this.from) return undefined;
    const since: TextEdit[] = [];
    for (const change of this.changes) if (change.version > version) for (const edit of change.edits) since.push(edit);
    return mapSpan(span, since);
  }

  private dropOldest(): void {
    const oldest = this.changes.shift();
    if (!oldest) return;
    this.edits -= oldest.edits.length;
    this.from = Math.max(this.from, oldest.version);
  }
}
