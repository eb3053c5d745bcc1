// Worker-thread entry (bundled as dist/worker.js): keeps one incremental analyzer per document and answers in chunks.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { DocumentAnalyzer } from '../analysis';
import { indexBuffers, packIndex } from '../analysisIndex';
import { highlightRanges, rangeBuffers } from '../decorationsModel';
import type { AnalyzeRequest, PreparedViews, WorkerRequest, WorkerResponse } from './protocol';
import { splitAnalysis } from './protocol';

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

function serve(port: NonNullable<typeof parentPort>): void {
  const analyzers = new DocumentAnalyzers();
  const send = (message: WorkerResponse): void => port.postMessage(message);
  const textParts = new Map<number, string[]>();
  port.on('message', (request: WorkerRequest) => {
    if (request.type === 'forget') {
      analyzers.forget(request.documentKey);
      return;
    }
    if (request.type === 'text') {
      const parts = textParts.get(request.jobId) ?? [];
      parts.push(request.part);
      textParts.set(request.jobId, parts);
      return;
    }
    const parts = textParts.get(request.jobId) ?? [];
    textParts.delete(request.jobId);
    parts.push(request.text);
    try {
      const analysis = analyzers.analyze(request, parts.join(''));
      const prepared: PreparedViews = { ranges: highlightRanges(analysis), index: packIndex(analysis) };
      const { head, chunks } = splitAnalysis(analysis);
      for (const chunk of chunks) send({ type: 'chunk', jobId: request.jobId, ...chunk });
      // The typed arrays move to the host without a copy.
      port.postMessage({ type: 'done', jobId: request.jobId, head, prepared } satisfies WorkerResponse, [...rangeBuffers(prepared.ranges), ...indexBuffers(prepared.index)]);
    } catch (error) {
      // A failed analyzer may hold half-updated state: the next request for this document starts afresh.
      analyzers.forget(request.documentKey);
      const message = error instanceof Error ? error.message : String(error);
      send({ type: 'error', jobId: request.jobId, message, ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) });
    }
  });
}

/**
 * Lowers this thread's scheduling priority, so a long analysis yields the CPU to the editor (on a busy
 * machine a full-speed analysis of a large document made typing lag). On Linux a thread has its own id
 * and nice value: `/proc/thread-self` names it. Elsewhere this does nothing.
 */
function runInBackground(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, 10);
  } catch {
    // No /proc or no permission: run at normal priority.
  }
}

if (parentPort) {
  runInBackground();
  serve(parentPort);
}
