// Worker-thread entry (bundled as dist/worker.js): keeps one incremental analyzer per document and answers in chunks.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { analyze, DocumentAnalyzer } from '../analysis';
import { indexBuffers, packIndex } from '../derived/analysisIndex';
import { highlightRanges, rangeBuffers, type HighlightRanges } from '../derived/decorationsModel';
import { summarise } from '../corpus/summary';
import { applyReview } from '../review/apply';
import { previewRanges } from './preview';
import type { AnalyzeRequest, SummariseRequest, WorkerRequest, WorkerResponse } from './protocol';
import { encodeChunks, splitAnalysis } from './protocol';

/** The analyzers of the open documents; an analyzer is replaced when the user's corrections change. */
export class DocumentAnalyzers {
  private readonly byDocument = new Map<string, { optionsKey: string; analyzer: DocumentAnalyzer }>();

  analyze(request: AnalyzeRequest, text: string): ReturnType<DocumentAnalyzer['analyze']> {
    let entry = this.byDocument.get(request.documentKey);
    if (!entry || entry.optionsKey !== request.optionsKey) {
      entry = { optionsKey: request.optionsKey, analyzer: new DocumentAnalyzer(request.options) };
      this.byDocument.set(request.documentKey, entry);
    }
    return entry.analyzer.analyze(text);
  }

  forget(documentKey: string): void {
    this.byDocument.delete(documentKey);
  }
}

/** A few sentences that take the engine through names, a quotation, a cue and a date. */
const WARM_UP_TEXT =
  ' date 2024-05-02 \n\nThe ferry to the island resumes on Monday, the council said.\n\n' +
  '“We will see,” Mayor Anna Berg told reporters in Bergen, adding that the harbour authority agreed.\n';

function serve(port: NonNullable<typeof parentPort>): void {
  const analyzers = new DocumentAnalyzers();
  const send = (message: WorkerResponse): void => port.postMessage(message);
  // The typed arrays move to the host without a copy.
  const sendRanges = (jobId: number, ranges: HighlightRanges, complete: boolean): void =>
    port.postMessage({ type: 'ranges', jobId, ranges, complete } satisfies WorkerResponse, rangeBuffers(ranges));
  const textParts = new Map<number, string[]>();
  port.on('message', (request: WorkerRequest) => {
    if (request.type === 'warmUp') {
      try {
        analyze(WARM_UP_TEXT, {});
      } catch {
        // Warming up only saves time: a real job reports any failure of the engine.
      }
      return;
    }
    if (request.type === 'forget') {
      analyzers.forget(request.documentKey);
      return;
    }
    if (request.type === 'preview') {
      send({ type: 'started', jobId: request.jobId, stage: 'preview' });
      try {
        sendRanges(request.jobId, previewRanges(request.text, request.offset, request.options), false);
      } catch (error) {
        // A preview is only a head start: the job itself analyses the same text and reports any failure.
        send({ type: 'previewFailed', jobId: request.jobId, message: error instanceof Error ? error.message : String(error) });
      }
      return;
    }
    if (request.type === 'cancel') {
      textParts.delete(request.jobId);
      return;
    }
    if (request.type === 'text') {
      const parts = textParts.get(request.jobId) ?? [];
      parts.push(request.part);
      textParts.set(request.jobId, parts);
      return;
    }
    // The warm-up and a first preview, what the reader waits for, ran at normal priority; whole documents do not.
    runInBackground();
    send({ type: 'started', jobId: request.jobId, stage: 'analysis' });
    const parts = textParts.get(request.jobId) ?? [];
    textParts.delete(request.jobId);
    parts.push(request.text);
    if (request.type === 'summarise') {
      summariseDocument(request, parts.join(''), send);
      return;
    }
    try {
      const analysis = analyzers.analyze(request, parts.join(''));
      // Ranges first: the host paints them while the rest of the analysis is still arriving.
      sendRanges(request.jobId, highlightRanges(analysis), true);
      const index = packIndex(analysis);
      const { head, chunks } = splitAnalysis(analysis);
      const encoded = encodeChunks(chunks);
      port.postMessage({ type: 'done', jobId: request.jobId, head, chunks: encoded, index } satisfies WorkerResponse, [
        ...encoded.map((chunk) => chunk.json.buffer as ArrayBuffer),
        ...indexBuffers(index),
      ]);
    } catch (error) {
      // A failed analyzer may hold half-updated state: the next request for this document starts afresh.
      analyzers.forget(request.documentKey);
      const message = error instanceof Error ? error.message : String(error);
      send({ type: 'error', jobId: request.jobId, message, ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) });
    }
  });
}

/** A workspace document's summary: a fresh analysis (nothing kept for a document not open), sent as its summary alone. */
function summariseDocument(request: SummariseRequest, text: string, send: (message: WorkerResponse) => void): void {
  try {
    const engine = analyze(text, request.options);
    const analysis = request.review ? applyReview(engine, request.review, text).analysis : engine;
    send({ type: 'summary', jobId: request.jobId, summary: summarise(analysis, request.name) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    send({ type: 'error', jobId: request.jobId, message, ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) });
  }
}

let inBackground = false;

/**
 * Lowers this thread's scheduling priority, so a long analysis yields the CPU to the editor (on a busy
 * machine a full-speed analysis of a large document made typing lag). On Linux a thread has its own id
 * and nice value: `/proc/thread-self` names it. Elsewhere this does nothing. A lowered priority cannot be
 * raised again without privileges, so this is done once, before the first whole document.
 */
function runInBackground(): void {
  if (inBackground) return;
  inBackground = true;
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, 10);
  } catch {
    // No /proc or no permission: run at normal priority.
  }
}

if (parentPort) serve(parentPort);
