// Messages between the extension host and the analysis worker, and the chunking that keeps each one cheap to receive.
import type { Analysis, AnalyzeOptions } from '../analysis/types';
import type { PackedIndex } from '../analysisIndex';
import type { HighlightRanges } from '../decorationsModel';

/** What the worker derives from an analysis so the host does no heavy work: highlight ranges and the lookup index. */
export interface PreparedViews {
  ranges: HighlightRanges;
  index: PackedIndex;
}

/** An analysis with its prepared views, as the worker delivers it. */
export interface PreparedAnalysis {
  analysis: Analysis;
  prepared: PreparedViews;
}

/** A piece of a job's text: long texts travel in pieces so no single message blocks the host while it is copied. */
export interface TextPart {
  type: 'text';
  jobId: number;
  part: string;
}

export interface AnalyzeRequest {
  type: 'analyze';
  jobId: number;
  /** One incremental analyzer is kept per key (a document URI). */
  documentKey: string;
  /** The text's last piece; earlier pieces came as `text` messages of the same job. */
  text: string;
  options: AnalyzeOptions;
  /** Changes when the options change, so the worker knows to start a fresh analyzer. */
  optionsKey: string;
}

/**
 * A window of a large document to analyse on its own before the whole: its highlights paint the visible lines
 * while the whole document is still being analysed. `offset` is where the window starts in the document.
 */
export interface PreviewRequest {
  type: 'preview';
  jobId: number;
  text: string;
  offset: number;
  options: AnalyzeOptions;
}

/** Loads the engine's word lists and runs it once on a sample, so the first document is not analysed by cold code. */
export interface WarmUpRequest {
  type: 'warmUp';
}

export interface ForgetRequest {
  type: 'forget';
  documentKey: string;
}

export type WorkerRequest = WarmUpRequest | PreviewRequest | TextPart | AnalyzeRequest | ForgetRequest;

/** Characters per text message (1 MB of UTF-16): copying one takes a millisecond or two. */
export const TEXT_PART_LENGTH = 512 * 1024;

/** The array fields of an Analysis, which are sent in chunks ahead of the rest. */
export const CHUNKED_FIELDS = ['entities', 'actors', 'quotes', 'claims', 'sentences'] as const;
export type ChunkedField = (typeof CHUNKED_FIELDS)[number];

export type WorkerResponse =
  /**
   * Highlight ranges ahead of the analysis they come from, so painting need not wait for the whole of it to
   * arrive: a preview's (`complete` false, covering its window only), then the job's own (`complete` true).
   */
  | { type: 'ranges'; jobId: number; ranges: HighlightRanges; complete: boolean }
  | { type: 'chunk'; jobId: number; field: ChunkedField; items: unknown[] }
  /** The analysis without its chunked arrays, and the lookup index; the job's ranges came in its `ranges` message. */
  | { type: 'done'; jobId: number; head: Analysis; index: PackedIndex }
  | { type: 'error'; jobId: number; message: string; stack?: string };

/**
 * Receiving a message deserialises it on the host's thread in one go; an Analysis of a 10 MB document
 * holds hundreds of thousands of spans, so it travels in chunks of about this many spans, each a
 * separate message the host takes between other work.
 */
export const CHUNK_WEIGHT = 4000;

/** An Analysis as a head without its arrays and the arrays cut into chunks of about `weight` spans. */
export function splitAnalysis(analysis: Analysis, weight = CHUNK_WEIGHT): { head: Analysis; chunks: Array<{ field: ChunkedField; items: unknown[] }> } {
  const chunks: Array<{ field: ChunkedField; items: unknown[] }> = [];
  for (const field of CHUNKED_FIELDS) {
    const items: readonly unknown[] = analysis[field];
    let start = 0;
    let carried = 0;
    for (let position = 0; position < items.length; position += 1) {
      // An actor carries its mentions: count them, so one prolific actor does not make a huge message.
      carried += field === 'actors' ? 1 + analysis.actors[position].mentions.length : 1;
      if (carried >= weight) {
        chunks.push({ field, items: items.slice(start, position + 1) });
        start = position + 1;
        carried = 0;
      }
    }
    if (start < items.length) chunks.push({ field, items: items.slice(start) });
  }
  const head: Analysis = { ...analysis, entities: [], actors: [], quotes: [], claims: [], sentences: [] };
  return { head, chunks };
}

/** Collects chunks of one job and rebuilds the Analysis when its head arrives. */
export class AnalysisAssembler {
  private readonly parts: { [F in ChunkedField]: Analysis[F] } = { entities: [], actors: [], quotes: [], claims: [], sentences: [] };

  add(field: ChunkedField, items: unknown[]): void {
    for (const item of items) (this.parts[field] as unknown[]).push(item);
  }

  finish(head: Analysis): Analysis {
    return { ...head, ...this.parts };
  }
}
