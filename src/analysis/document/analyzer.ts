// The engine's entry points: analyse a text once, or keep a DocumentAnalyzer to re-analyse it cheaply after edits.
import { withoutDotsAndApostrophes } from '../text/chars';
import { normaliseIsoDate, parseDocumentDateHeader } from '../dates/documentDate';
import { checkOptions, checkText } from '../input';
import { LineIndex } from '../text/paragraphs';
import { withoutMarkup } from '../text/markup';
import type { Analysis, AnalyzeOptions } from '../types';
import { decide } from './decisions/decide';
import { changedStretchOf, reuseAround } from './edits';
import { settleEvidence } from './emission/evidence';
import { join } from './emission/join';
import { placeChunks } from './emission/placeChunks';
import { rejoin } from './emission/rejoin';
import { resettleEvidence } from './emission/resettle';
import { ParagraphReader, paragraphBases, paragraphSpans, sameStructureAs } from './paragraphs';
import type { Joined, PreviousRun } from './run';

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** The document's date, from its ` date YYYY-MM-DD ` header or the caller, and where it came from. */
interface DocumentDates {
  header: { date: string; start: number; end: number } | null;
  /** The caller's date when it is a calendar date, else null. */
  callerDate: string | null;
  documentDate: string | null;
}

/**
 * Analyses a document again and again as it is edited. Each paragraph's own findings are cached by
 * its text; the document-wide decisions (types, actors, speakers) are kept while no paragraph's
 * structure changes; and the results of paragraphs that did not change are reused, or only moved
 * when an edit before them shifted their offsets. A one-character edit thus re-reads one paragraph.
 *
 * The fresh path reads: split the text into paragraphs, read each (paragraph/), decide the document
 * (decisions/decide), emit each paragraph's chunk of results (emission/emitChunk) and join them
 * (emission/join). After an edit each step takes what still holds from the run before: edits.ts
 * re-splits around the change, paragraphs.ts keeps unchanged paragraphs' findings, decisions/reuse
 * lends the previous decisions, emission/placeChunks keeps or moves chunks, emission/rejoin joins
 * only what changed, emission/resettle settles only the claims whose evidence could have changed.
 *
 * A result's arrays, actors, entities, mentions, quotes, claims and sentences are shared with the next
 * call's result, which fills and moves them in place: copy a result (structuredClone) to keep it beside
 * a later one.
 */
export class DocumentAnalyzer {
  private readonly reader = new ParagraphReader();
  private previous: PreviousRun | undefined;
  private readonly ignored: Set<string>;

  private readonly options: AnalyzeOptions;

  /** Throws InvalidInputError when an option is of the wrong kind (see input.ts). */
  constructor(options: AnalyzeOptions = {}) {
    this.options = checkOptions(options);
    this.ignored = new Set((this.options.ignoreNames ?? []).map((n) => withoutDotsAndApostrophes(n.toLowerCase()).trim()).filter(Boolean));
  }

  /** Analyses the document's current text; throws InvalidInputError when it is not a string. */
  analyze(source: string): Analysis {
    checkText(source);
    // Markup is read as the prose it decorates; offsets are the source's (see markup.ts).
    const text = withoutMarkup(source);
    const started = now();
    const dates = this.datesOf(text);
    // Paragraphs' findings resolve dates against the document's date: a new date starts afresh.
    if (this.reader.setDate(dates.documentDate)) this.previous = undefined;
    const previous = this.previous;
    // The previous run's state is spent from here on: its spans, table of names and results are updated
    // and moved in place. Should anything fail, the next call starts afresh rather than from half-updated state.
    this.previous = undefined;
    // After an edit, only the paragraphs around the changed stretch are split and read again; the
    // others keep their findings, found by position rather than by hashing their text.
    const change = previous ? changedStretchOf(previous, text, source) : undefined;
    const lines =
      previous && change ? LineIndex.afterEdit(previous.lines, text, change.start, change.oldEnd, change.delta) : LineIndex.of(text);
    const edit = previous && change ? reuseAround(previous, text, change) : undefined;
    const spans = edit ? edit.spans : paragraphSpans(text, dates.header);
    const paragraphs = this.reader.read(text, source, spans, previous, edit);
    const bases = paragraphBases(spans);
    // While no paragraph's structure changed, the previous decisions stand as they are.
    const sameStructure = previous !== undefined && sameStructureAs(previous.decisions.structure, paragraphs);
    const decisions = sameStructure ? previous.decisions : decide(paragraphs, bases, this.options, this.ignored, previous?.decisions);
    const placed = placeChunks({ text: source, lines, paragraphs, bases, decisions }, previous, edit);
    const { chunks, inPlace, replaced, renumbered, unsettled } = placed;
    // Only the chunks an edit replaced are joined again, when the rest stand where they were.
    const rejoined = inPlace && previous ? rejoin(chunks, decisions, previous, replaced, renumbered) : undefined;
    const joined: Joined = rejoined ?? join(chunks, decisions, previous);
    // Only the claims an edit could have changed are settled again, when the rest stand in the previous run's array.
    if (inPlace) resettleEvidence(joined, chunks, replaced, unsettled);
    else settleEvidence(joined.result.claims, joined.result.actors, joined.actorIndex);
    this.previous = { text, source, lines, spans, paragraphs, bases, decisions, chunks, ...joined };
    let tokenCount = 0;
    for (let pi = 0; pi < paragraphs.length; pi++) tokenCount += paragraphs[pi].tokenCount;
    const { result } = joined;
    return {
      schema: 1,
      document: this.options.document ?? 'untitled',
      documentDate: dates.documentDate,
      documentDateSource: dates.header ? 'header' : dates.callerDate ? 'caller' : null,
      ...result,
      stats: {
        characters: text.length,
        lines: lines.lineCount,
        paragraphs: paragraphs.length,
        sentences: result.sentences.length,
        tokens: tokenCount,
        elapsedMs: Math.round((now() - started) * 100) / 100,
      },
      warnings: this.warnings(dates),
    };
  }

  private datesOf(text: string): DocumentDates {
    const header = parseDocumentDateHeader(text);
    const callerDate = this.options.documentDate ? normaliseIsoDate(this.options.documentDate) : null;
    return { header, callerDate, documentDate: header?.date ?? callerDate };
  }

  private warnings(dates: DocumentDates): string[] {
    const warnings: string[] = [];
    if (this.options.documentDate && !dates.callerDate) {
      warnings.push(`Ignored the reference date "${this.options.documentDate}": not a calendar date in YYYY-MM-DD form.`);
    }
    if (!dates.documentDate) warnings.push('No document date: relative dates ("Monday", "last week") are marked but not resolved.');
    return warnings;
  }
}

/** Analyses one text from scratch; throws InvalidInputError when the text or an option is of the wrong kind. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return new DocumentAnalyzer(options).analyze(text);
}
