// The document's paragraphs and their findings: split, then read — or taken from the run before, or from the cache.
import { analyzeParagraph, type ParagraphAnalysis } from '../paragraph/analyzeParagraph';
import { splitParagraphs, type ParagraphSpan } from '../text/paragraphs';
import type { EditReuse } from './edits';
import type { PreviousRun } from './run';

/** Paragraphs, with the inline date header on its own: it is metadata, not the opening sentence's first words. */
export function paragraphSpans(text: string, header: { start: number; end: number } | null): ParagraphSpan[] {
  const spans = splitParagraphs(text);
  if (header && spans.length > 0 && spans[0].start <= header.start && header.end < spans[0].end) {
    const rest = { start: header.end, end: spans[0].end };
    while (rest.start < rest.end && /\s/.test(text[rest.start])) rest.start++;
    spans.splice(0, 1, { start: spans[0].start, end: header.end }, rest);
  }
  return spans;
}

/**
 * Each paragraph's own findings, cached by text (so undo and paste cost nothing), and after an edit taken from
 * the previous run by position for the paragraphs the edit did not touch. Dates resolve against the document's
 * date, so the cache holds for one date only.
 */
export class ParagraphReader {
  private cache = new Map<string, ParagraphAnalysis>();
  private cacheDate: string | null = null;

  /** Forgets every cached paragraph when the document date changes; true when it did. */
  setDate(documentDate: string | null): boolean {
    if (documentDate === this.cacheDate) return false;
    this.cache.clear();
    this.cacheDate = documentDate;
    return true;
  }

  /**
   * Each paragraph of `text` (markup blanked) read, or kept from the previous run or the cache. The cache is keyed by
   * the paragraph as read and as written: two sources that read alike ("**" and "__") give results that quote them
   * apart.
   */
  read(
    text: string,
    source: string,
    spans: readonly ParagraphSpan[],
    previous: PreviousRun | undefined,
    edit: EditReuse | undefined,
  ): ParagraphAnalysis[] {
    const paragraphs = new Array<ParagraphAnalysis>(spans.length);
    // withoutMarkup hands back the very string when there is no markup to blank.
    const marked = text !== source;
    for (let i = 0; i < spans.length; i++) {
      const reused = edit?.oldIndexOf(i) ?? -1;
      if (reused >= 0 && previous) {
        paragraphs[i] = previous.paragraphs[reused];
        continue;
      }
      const read = text.slice(spans[i].start, spans[i].end);
      const key = marked ? paragraphKey(read, source, spans[i]) : read;
      let found = this.cache.get(key);
      if (!found) {
        found = analyzeParagraph(read, this.cacheDate);
        this.cache.set(key, found);
      }
      paragraphs[i] = found;
    }
    // The text-keyed cache serves undo and paste; keep it from growing past the document.
    if (this.cache.size > 2 * paragraphs.length + 64) {
      this.cache = new Map();
      for (let i = 0; i < spans.length; i++) {
        const read = text.slice(spans[i].start, spans[i].end);
        this.cache.set(marked ? paragraphKey(read, source, spans[i]) : read, paragraphs[i]);
      }
    }
    return paragraphs;
  }
}

/**
 * A paragraph's cache key: its text as read, and its source where markup made them differ. Blanking pairs marks
 * within a line, so the same source words may read otherwise in another text ("`a`" and "a`").
 */
function paragraphKey(read: string, source: string, span: ParagraphSpan): string {
  if (source.startsWith(read, span.start)) return read;
  return `${read}\u0000${source.slice(span.start, span.end)}`;
}

/**
 * Paragraph starts in a typed array: every pass over the paragraphs reads them, and a plain array's kind would
 * vary with how it was built, pushing those passes out of optimized code.
 */
export function paragraphBases(spans: readonly ParagraphSpan[]): Int32Array {
  const bases = new Int32Array(spans.length);
  for (let i = 0; i < spans.length; i++) bases[i] = spans[i].start;
  return bases;
}

/** Whether the paragraphs have the structure fingerprints decisions were made from, one by one. */
export function sameStructureAs(structure: Float64Array, paragraphs: readonly ParagraphAnalysis[]): boolean {
  if (structure.length !== paragraphs.length) return false;
  for (let pi = 0; pi < paragraphs.length; pi++) if (paragraphs[pi].structureFingerprint !== structure[pi]) return false;
  return true;
}
