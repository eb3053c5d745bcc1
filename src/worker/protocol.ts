// Messages between the extension host and the analysis worker, and the chunking that keeps each one cheap to receive.
import type { Analysis, AnalyzeOptions } from '../analysis/types';
import type { PackedIndex } from '../derived/analysisIndex';
import type { HighlightRanges } from '../derived/decorationsModel';
import type { DocumentSummary } from '../corpus/summary';
import type { Review } from '../review/types';

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
 * A document of the workspace index: analysed afresh (no analyzer is kept for it) and answered with its corpus summary
 * only, a small fraction of an analysis, so the host never decodes what it does not show.
 */
export interface SummariseRequest {
  type: 'summarise';
  jobId: number;
  /** The name the summary records (the document's path in the workspace). */
  name: string;
  /** The text's last piece; earlier pieces came as `text` messages of the same job. */
  text: string;
  options: AnalyzeOptions;
  /** The document's review, whose attribution corrections apply to the summary as they do in its editor. */
  review?: Review;
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

/** Drops the pieces of a job's text sent so far: the text changed before it was all sent. */
export interface CancelRequest {
  type: 'cancel';
  jobId: number;
}

export interface ForgetRequest {
  type: 'forget';
  documentKey: string;
}

export type WorkerRequest =
  | WarmUpRequest
  | PreviewRequest
  | TextPart
  | CancelRequest
  | AnalyzeRequest
  | SummariseRequest
  | ForgetRequest;

/**
 * Characters per text message (128 KB of UTF-16). Reading a part from the document and posting it hold the
 * extension host: with 512K characters a part, a 10 MB document's text held it up to 200 ms at a time on a
 * busy machine; a part this size keeps each turn to a few milliseconds.
 */
export const TEXT_PART_LENGTH = 64 * 1024;

/** The array fields of an Analysis, which are sent in chunks ahead of the rest. */
export const CHUNKED_FIELDS = ['entities', 'actors', 'quotes', 'claims', 'sentences'] as const;
export type ChunkedField = (typeof CHUNKED_FIELDS)[number];

/** What the worker is doing for a job: analysing its preview window, or its whole text. */
export type JobStage = 'preview' | 'analysis';

export type WorkerResponse =
  /**
   * The worker starts a stage of a job. It runs one thing at a time, so this is when the stage's time starts to
   * count: a job waiting behind another is not yet running, however long it waits.
   */
  | { type: 'started'; jobId: number; stage: JobStage }
  /** A preview could not be made (the job's own analysis still comes, and reports any failure of the engine). */
  | { type: 'previewFailed'; jobId: number; message: string }
  /**
   * Highlight ranges ahead of the analysis they come from, so painting need not wait for the whole of it to
   * arrive: a preview's (`complete` false, covering its window only), then the job's own (`complete` true).
   */
  | { type: 'ranges'; jobId: number; ranges: HighlightRanges; complete: boolean }
  /**
   * The analysis: its head without the chunked arrays, the arrays as encoded chunks, and the lookup index (the
   * job's ranges came in its `ranges` message).
   */
  | { type: 'done'; jobId: number; head: Analysis; chunks: EncodedChunk[]; index: PackedIndex }
  /** A summarise job's answer. */
  | { type: 'summary'; jobId: number; summary: DocumentSummary }
  | { type: 'error'; jobId: number; message: string; stack?: string };

/**
 * An Analysis of a 10 MB document holds hundreds of thousands of spans; decoding them at once would block the
 * host for seconds, so they travel in chunks of about this many spans that the host decodes a few at a time.
 */
export const CHUNK_WEIGHT = 1000;

/**
 * What one item of a field weighs against a span: a claim carries its text, cue, speaker and their spans (some 400
 * bytes of JSON), a quotation its text. Weighed alike, a chunk of claims took the host 40 ms to decode.
 */
const ITEM_WEIGHT: Readonly<Record<ChunkedField, number>> = { entities: 1, actors: 1, quotes: 3, claims: 5, sentences: 1 };

/**
 * The field a chunk's items belong to; `mentions` continues the mentions of the actor before it, so one actor
 * named tens of thousands of times does not make one huge chunk.
 */
export type ChunkField = ChunkedField | 'mentions';

export interface Chunk {
  field: ChunkField;
  items: unknown[];
}

/**
 * A chunk of one array field as UTF-8 JSON. Its buffer moves to the host without a copy and nothing is decoded on
 * arrival: the host parses chunks between its other work. (Several messages sent at once are all deserialised
 * in one go on arrival, so sending chunks as separate structured-clone messages did not spread the work.)
 */
export interface EncodedChunk {
  field: ChunkField;
  json: Uint8Array;
}

/** Encodes chunks for the `done` message; the buffers go in its transfer list. */
export function encodeChunks(chunks: readonly Chunk[]): EncodedChunk[] {
  const encoder = new TextEncoder();
  return chunks.map(({ field, items }) => ({ field, json: encoder.encode(JSON.stringify(items)) }));
}

/** An Analysis as a head without its arrays and the arrays cut into chunks of about `weight` spans. */
export function splitAnalysis(analysis: Analysis, weight = CHUNK_WEIGHT): { head: Analysis; chunks: Chunk[] } {
  const chunks: Chunk[] = [];
  for (const field of CHUNKED_FIELDS) {
    const items: readonly unknown[] = analysis[field];
    let start = 0;
    let carried = 0;
    for (let position = 0; position < items.length; position += 1) {
      if (field === 'actors' && analysis.actors[position].mentions.length >= weight) {
        // A prolific actor travels alone, its mentions cut into chunks that follow it.
        if (start < position) chunks.push({ field, items: items.slice(start, position) });
        const actor = analysis.actors[position];
        chunks.push({ field, items: [{ ...actor, mentions: actor.mentions.slice(0, weight) }] });
        for (let from = weight; from < actor.mentions.length; from += weight) {
          chunks.push({ field: 'mentions', items: actor.mentions.slice(from, from + weight) });
        }
        start = position + 1;
        carried = 0;
        continue;
      }
      // An actor carries its mentions: count them, so actors with many make smaller chunks.
      carried += ITEM_WEIGHT[field] + (field === 'actors' ? analysis.actors[position].mentions.length : 0);
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

  private readonly decoder = new TextDecoder();

  add(field: ChunkField, items: unknown[]): void {
    let target: unknown[];
    if (field === 'mentions') {
      const actor = this.parts.actors[this.parts.actors.length - 1];
      if (!actor) throw new Error('Mentions arrived from the analysis worker before their actor.');
      target = actor.mentions;
    } else {
      target = this.parts[field];
    }
    for (const item of items) target.push(item);
  }

  addEncoded(chunk: EncodedChunk): void {
    this.add(chunk.field, JSON.parse(this.decoder.decode(chunk.json)) as unknown[]);
  }

  finish(head: Analysis): Analysis {
    return { ...head, ...this.parts };
  }
}
