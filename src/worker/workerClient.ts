// Host side of the analysis worker: starts it on first use, matches answers to requests, restarts it after a crash.
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../analysis/types';
import type { DocumentSummary } from '../corpus/summary';
import type { Review } from '../review/types';
import type { HighlightRanges } from '../derived/decorationsModel';
import { formatSize } from '../presentation/wording';
import { Pacer } from './turnPacer';
import {
  AnalysisAssembler,
  TEXT_PART_LENGTH,
  type AnalyzeRequest,
  type JobStage,
  type PreparedAnalysis,
  type SummariseRequest,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';

/** Raised for jobs that will never get an answer because the worker was stopped on purpose. */
export class WorkerStoppedError extends Error {
  constructor() {
    super('The analysis worker was stopped.');
    this.name = 'WorkerStoppedError';
  }
}

/** Raised for jobs lost, before they started, when the worker was restarted because of another job: asking again is safe. */
export class WorkerRestartedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'WorkerRestartedError';
  }
}

/** Raised for a job whose text changed while it was being sent: the newer text is to be analysed instead. */
export class TextChangedError extends Error {
  constructor() {
    super('The text changed while it was being sent to the analysis worker.');
    this.name = 'TextChangedError';
  }
}

/**
 * A text sent to the worker a piece per turn of the event loop, so a large document is never read or copied in one
 * go on the host. A string is one; a document's source also says whether it still holds the text it started with.
 */
export interface TextSource {
  readonly length: number;
  slice(start: number, end: number): string;
  /** False once the text has changed since it was measured: sending stops and the job fails with TextChangedError. */
  isCurrent?(): boolean;
}

/** Highlights a job can deliver before its analysis: a window's, analysed first, and then the whole text's. */
export interface EarlyHighlights {
  /** A window of the text (at `offset` in it) to analyse on its own first. */
  preview?: { text: string; offset: number };
  /** Called with the preview's ranges (`complete` false), then with the whole text's ahead of its analysis. */
  onRanges: (ranges: HighlightRanges, complete: boolean) => void;
}

interface PendingJob {
  /** Characters of the job's text and of its preview window: they set each stage's time limit. */
  characters: number;
  previewCharacters?: number;
  /** Its `analyze` message has been posted: the worker runs it after whatever was queued before it. */
  submitted: boolean;
  assembler: AnalysisAssembler;
  /** The whole text's ranges, which arrive before the rest of its analysis. */
  ranges?: HighlightRanges;
  onRanges?: EarlyHighlights['onRanges'];
  resolve(result: PreparedAnalysis): void;
  /** Set for a summarise job (the workspace index's), which is answered with a summary instead of an analysis. */
  resolveSummary?: (summary: DocumentSummary) => void;
  reject(error: Error): void;
}

/** "0.8 s", "25 s": a time limit as a message states it. */
export function formatSeconds(milliseconds: number): string {
  return milliseconds < 10_000 ? `${(milliseconds / 1000).toFixed(1)} s` : `${Math.round(milliseconds / 1000)} s`;
}

/** A generous bound: the engine reads several MB a second, so only a wedged worker reaches it. */
export function defaultTimeoutFor(characters: number): number {
  return 20_000 + Math.ceil(characters / (1024 * 1024)) * 5_000;
}

export interface WorkerClientOptions {
  /** Milliseconds a job of this many characters may take before the worker is stopped (tests use short ones). */
  timeoutFor?: (characters: number) => number;
}

export class AnalysisWorkerClient {
  private worker: Worker | undefined;
  private nextJobId = 1;
  private readonly jobs = new Map<number, PendingJob>();
  /**
   * The stage the worker is running and the timer that stops it when it overruns its limit. The worker runs one
   * thing at a time, so only this stage's time counts: jobs queued behind it have not started.
   */
  private running: { jobId: number; stage: JobStage; timer: NodeJS.Timeout } | undefined;
  private disposed = false;

  private readonly timeoutFor: (characters: number) => number;

  constructor(
    private readonly workerPath: string,
    private readonly onWorkerProblem: (message: string) => void,
    options: WorkerClientOptions = {},
  ) {
    this.timeoutFor = options.timeoutFor ?? defaultTimeoutFor;
  }

  /** Number of running workers (0 or 1); the extension's resource count reads it. */
  get liveWorkers(): number {
    return this.worker ? 1 : 0;
  }

  /** Open documents' jobs not answered yet: the workspace index sends its own only when there are none. */
  get editorJobs(): number {
    let count = 0;
    for (const job of this.jobs.values()) if (job.resolveSummary === undefined) count += 1;
    return count;
  }

  /** The corpus summary of a workspace document, analysed afresh with `options` (and its review) and recorded under `name`. */
  summarise(name: string, text: TextSource, options: AnalyzeOptions, review?: Review): Promise<DocumentSummary> {
    if (this.disposed) return Promise.reject(new WorkerStoppedError());
    const worker = this.ensureWorker();
    const jobId = this.nextJobId++;
    const answer = new Promise<DocumentSummary>((resolve, reject) => {
      this.jobs.set(jobId, {
        characters: text.length,
        submitted: false,
        assembler: new AnalysisAssembler(),
        resolve: () => reject(new Error('The analysis worker answered a summary job with an analysis.')),
        resolveSummary: resolve,
        reject,
      });
    });
    const request = (last: string): SummariseRequest => ({
      type: 'summarise',
      jobId,
      name,
      text: last,
      options,
      ...(review ? { review } : {}),
    });
    void this.sendText(worker, jobId, text, request);
    return answer;
  }

  analyze(
    documentKey: string,
    text: TextSource,
    options: AnalyzeOptions,
    optionsKey: string,
    early?: EarlyHighlights,
  ): Promise<PreparedAnalysis> {
    if (this.disposed) return Promise.reject(new WorkerStoppedError());
    const worker = this.ensureWorker();
    const jobId = this.nextJobId++;
    const answer = new Promise<PreparedAnalysis>((resolve, reject) => {
      this.jobs.set(jobId, {
        characters: text.length,
        ...(early?.preview ? { previewCharacters: early.preview.text.length } : {}),
        submitted: false,
        assembler: new AnalysisAssembler(),
        resolve,
        reject,
        ...(early ? { onRanges: early.onRanges } : {}),
      });
    });
    // The worker takes messages in order: the preview goes ahead of the text it is cut from.
    if (early?.preview) this.post(worker, { type: 'preview', jobId, text: early.preview.text, offset: early.preview.offset, options });
    void this.sendText(worker, jobId, text, (last) => ({ type: 'analyze', jobId, documentKey, options, optionsKey, text: last }));
    return answer;
  }

  /** Sends a job's text in pieces, a few per turn of the event loop, then asks for its analysis. */
  private async sendText(
    worker: Worker,
    jobId: number,
    text: TextSource,
    request: (lastPart: string) => AnalyzeRequest | SummariseRequest,
  ): Promise<void> {
    try {
      const pacer = new Pacer();
      let offset = 0;
      for (; text.length - offset > TEXT_PART_LENGTH; offset += TEXT_PART_LENGTH) {
        this.post(worker, { type: 'text', jobId, part: text.slice(offset, offset + TEXT_PART_LENGTH) });
        await pacer.pace();
        // Failed, timed out or stopped meanwhile: the worker that held the pieces is gone or has been told.
        if (!this.jobs.has(jobId) || this.worker !== worker) return;
        if (text.isCurrent && !text.isCurrent()) {
          this.post(worker, { type: 'cancel', jobId });
          this.failJob(jobId, new TextChangedError());
          return;
        }
      }
      this.post(worker, request(text.slice(offset, text.length)));
      const job = this.jobs.get(jobId);
      if (job) job.submitted = true;
    } catch (error) {
      // Reading the text failed (its document went away): the job ends with that error, the worker drops the pieces.
      this.post(worker, { type: 'cancel', jobId });
      this.failJob(jobId, error instanceof Error ? error : new Error(String(error)));
    }
  }

  /**
   * Starts the worker and has it load and exercise the engine in the background, so the first document's analysis
   * (and its preview) does not pay for that.
   */
  warmUp(): void {
    if (!this.disposed) this.post(this.ensureWorker(), { type: 'warmUp' });
  }

  /** Drops the worker's incremental state for a closed document. */
  forget(documentKey: string): void {
    if (this.worker) this.post(this.worker, { type: 'forget', documentKey });
  }

  dispose(): void {
    this.disposed = true;
    this.restart(new WorkerStoppedError());
  }

  private post(worker: Worker, request: WorkerRequest): void {
    worker.postMessage(request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath, { name: 'source-lens-analysis' });
    worker.on('message', (message: WorkerResponse) => this.receive(message));
    // The worker runs one stage at a time: a crash belongs to the job it was running (or, when that job's start has
    // not arrived yet, to the first job queued in it); the others had not started and may ask again.
    const crashed = (error: Error): void => {
      if (this.worker !== worker) return;
      this.onWorkerProblem(error.message);
      const culprit = this.running?.jobId ?? [...this.jobs].find(([, job]) => job.submitted)?.[0];
      if (culprit !== undefined) this.failJob(culprit, error);
      this.restart(
        new WorkerRestartedError(
          culprit !== undefined
            ? `The analysis worker stopped while it analysed another document (${error.message}); this document's analysis had not started.`
            : `The analysis worker stopped (${error.message}) before this document's analysis started.`,
        ),
      );
    };
    worker.on('error', (error) => crashed(new Error(`The analysis worker failed: ${error.message}`)));
    worker.on('exit', (code) => crashed(new Error(`The analysis worker exited with code ${code}.`)));
    this.worker = worker;
    return worker;
  }

  private receive(message: WorkerResponse): void {
    const job = this.jobs.get(message.jobId);
    if (message.type === 'started') {
      // Whatever ran before is over; a stage of a job no longer waited for (its text changed) is not timed.
      this.stopTimer();
      if (job) this.startTimer(message.jobId, message.stage, job);
      return;
    }
    if (!job) return;
    switch (message.type) {
      case 'previewFailed':
        this.endStage(message.jobId, 'preview');
        return;
      case 'ranges':
        if (!message.complete) this.endStage(message.jobId, 'preview');
        if (message.complete) job.ranges = message.ranges;
        try {
          job.onRanges?.(message.ranges, message.complete);
        } catch (error) {
          // Early highlights are a head start: a failure to use them is reported, and the analysis still comes.
          this.onWorkerProblem(`Early highlights could not be used: ${error instanceof Error ? error.message : String(error)}`);
        }
        return;
      case 'done':
        this.settle(message.jobId);
        void this.assemble(job, message);
        return;
      case 'summary':
        this.settle(message.jobId);
        if (job.resolveSummary) job.resolveSummary(message.summary);
        else job.reject(new Error('The analysis worker answered an analysis job with a summary.'));
        return;
      case 'error': {
        this.settle(message.jobId);
        const error = new Error(message.message);
        if (message.stack) error.stack = message.stack;
        job.reject(error);
        return;
      }
    }
  }

  /** Decodes a finished job's chunks a few milliseconds at a time, so the host never waits long on a large analysis. */
  private async assemble(job: PendingJob, message: Extract<WorkerResponse, { type: 'done' }>): Promise<void> {
    try {
      const { ranges } = job;
      if (!ranges) throw new Error('The analysis worker answered without highlight ranges.');
      const pacer = new Pacer();
      for (const chunk of message.chunks) {
        await pacer.pace();
        if (this.disposed) throw new WorkerStoppedError();
        job.assembler.addEncoded(chunk);
      }
      job.resolve({ analysis: job.assembler.finish(message.head), prepared: { ranges, index: message.index } });
    } catch (error) {
      job.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private failJob(jobId: number, error: Error): void {
    const job = this.jobs.get(jobId);
    this.settle(jobId);
    job?.reject(error);
  }

  private settle(jobId: number): void {
    this.endStage(jobId);
    this.jobs.delete(jobId);
  }

  /** Times a stage the worker has just started, by its own size. */
  private startTimer(jobId: number, stage: JobStage, job: PendingJob): void {
    const characters = stage === 'preview' ? (job.previewCharacters ?? job.characters) : job.characters;
    const limit = this.timeoutFor(characters);
    const timer = setTimeout(() => this.overran(jobId, stage, characters, limit), limit);
    this.running = { jobId, stage, timer };
  }

  private stopTimer(): void {
    if (this.running) clearTimeout(this.running.timer);
    this.running = undefined;
  }

  /** The job's stage (any stage when none is named) is over. */
  private endStage(jobId: number, stage?: JobStage): void {
    if (this.running?.jobId === jobId && (stage === undefined || this.running.stage === stage)) this.stopTimer();
  }

  /** A stage ran past its limit: its job fails saying so, and the jobs queued behind it are asked again. */
  private overran(jobId: number, stage: JobStage, characters: number, limit: number): void {
    this.running = undefined;
    const what = stage === 'preview' ? 'The analysis of the lines in view' : 'The analysis';
    this.failJob(
      jobId,
      new Error(`${what} took longer than ${formatSeconds(limit)}, the limit for ${formatSize(characters)} of text, and was stopped.`),
    );
    this.restart(
      new WorkerRestartedError(
        "The analysis worker was restarted because another document's analysis took too long; this document's analysis had not started.",
      ),
    );
  }

  /** Stops the worker (a new one starts on the next request) and fails every job it held. */
  private restart(reason: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
    this.stopTimer();
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    for (const job of jobs) job.reject(reason);
  }
}
