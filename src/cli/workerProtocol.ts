// The messages between the CLI and the worker thread that reads, analyses and formats one document at a time.
import type { AnalyzeOptions } from '../analysis/types';
import type { ExportFormat, ExportOptions } from '../export';
import type { Review } from '../review';
import type { DocumentReadErrorCode } from './io/readDocument';

/** Marks the worker's `workerData`, so the CLI's script knows it was started as the analysis worker. */
export const ANALYSIS_WORKER_ROLE = 'sourcelens-cli-analysis';

export interface AnalysisWorkerData {
  role: typeof ANALYSIS_WORKER_ROLE;
}

export function isAnalysisWorkerData(value: unknown): value is AnalysisWorkerData {
  return typeof value === 'object' && value !== null && (value as { role?: unknown }).role === ANALYSIS_WORKER_ROLE;
}

/** A document: a file the worker reads itself, or the bytes of standard input. */
export type JobSource = { kind: 'file'; path: string } | { kind: 'bytes'; bytes: Uint8Array };

export interface AnalyzeJob {
  type: 'analyze';
  source: JobSource;
  /** The document's name in messages and in the analysis. */
  name: string;
  maxBytes: number;
  options: AnalyzeOptions;
  format: ExportFormat;
  exportOptions: ExportOptions;
  /** How many documents the output already holds: the first one brings a header, later ones a separator. */
  index: number;
  /** The document's review, whose corrections are applied to its analysis. */
  review?: Review;
  /** The corpus command's job: the output is the document's summary as one line of JSON, not the format's export. */
  summary?: boolean;
}

/** Main thread to worker: a job, or leave to send the next piece of output once the last is written. */
export type ToWorker = AnalyzeJob | { type: 'continue' };

/** Worker to main thread, for the job in hand; `output` waits for `continue`. */
export type FromWorker =
  | { type: 'warning'; text: string }
  | { type: 'note'; text: string }
  | { type: 'output'; text: string }
  /** A summary job's whole output, which also ends it (no `continue` is awaited, no `done` follows). */
  | { type: 'summary'; text: string }
  | { type: 'done' }
  | { type: 'skipped'; code: DocumentReadErrorCode; reason: string }
  | { type: 'failed'; message: string; stack?: string };
