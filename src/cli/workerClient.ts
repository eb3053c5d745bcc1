// The CLI's side of the analysis worker: jobs run one after another in the order given (a job may be queued behind
// the running one, so the thread never waits for the CLI between documents), output written as it comes, and a fresh
// worker after one ran out of memory or stopped, which takes over the jobs queued behind.
import { Worker } from 'worker_threads';
import type { DocumentReadErrorCode } from './io/readDocument';
import { ANALYSIS_WORKER_ROLE, type AnalysisWorkerData, type AnalyzeJob, type FromWorker, type ToWorker } from './workerProtocol';

/** How one job ended. */
export type JobOutcome =
  | { kind: 'done' }
  | { kind: 'skipped'; code: DocumentReadErrorCode; reason: string }
  | { kind: 'failed'; message: string; stack?: string }
  /** The analysis needed more memory than the worker was given. */
  | { kind: 'out-of-memory' }
  /** The worker stopped for another reason (a native crash, a failed start). */
  | { kind: 'stopped'; message: string }
  /** A piece of output could not be written; the document's output is incomplete. */
  | { kind: 'output-failed'; error: unknown };

export interface JobListener {
  warning(text: string): void;
  note(text: string): void;
  /** Writes a piece of the document's output; the next piece is asked for once this resolves. */
  output(text: string): Promise<void>;
}

interface RunningJob {
  job: AnalyzeJob;
  listener: JobListener;
  settle(outcome: JobOutcome): void;
}

const MEBIBYTE = 1024 * 1024;

export class AnalysisWorkerClient {
  private worker: Worker | undefined;
  /** The running job first, then those queued behind it, all already sent to the worker. */
  private readonly jobs: RunningJob[] = [];

  /**
   * @param script the CLI's own script, which becomes the analysis worker when started with its worker data
   * @param heapBytes the largest heap the worker may use; past it the worker ends with an out-of-memory outcome
   */
  constructor(
    private readonly script: string,
    private readonly heapBytes: number,
  ) {}

  /**
   * Runs one job after those already given; never rejects: every way it can end is an outcome. A job whose output
   * comes in several pieces must be the only one given at a time (its pieces wait for the CLI to write each).
   */
  analyze(job: AnalyzeJob, listener: JobListener): Promise<JobOutcome> {
    return new Promise<JobOutcome>((resolve) => {
      const running: RunningJob = {
        job,
        listener,
        settle: (outcome) => {
          const index = this.jobs.indexOf(running);
          if (index >= 0) this.jobs.splice(index, 1);
          resolve(outcome);
        },
      };
      this.jobs.push(running);
      // Standard input's bytes are copied, not transferred: a small Buffer shares its memory with others.
      this.ensureWorker().postMessage(job satisfies ToWorker);
    });
  }

  /** Stops the worker; the client starts a new one if asked for another job. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker !== undefined) await worker.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker !== undefined) return this.worker;
    const workerData: AnalysisWorkerData = { role: ANALYSIS_WORKER_ROLE };
    const worker = new Worker(this.script, {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: Math.max(16, Math.floor(this.heapBytes / MEBIBYTE)) },
    });
    worker.on('message', (message: FromWorker) => void this.receive(worker, message));
    // A worker that errs also exits, and a closed one exits too: only the current worker's end settles a job.
    worker.on('error', (error: Error & { code?: string }) => {
      if (this.worker !== worker) return;
      this.discard(worker);
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.jobs[0]?.settle(outOfMemory ? { kind: 'out-of-memory' } : { kind: 'stopped', message: error.message });
      this.resend();
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.discard(worker);
      this.jobs[0]?.settle({ kind: 'stopped', message: `the analysis worker exited with code ${code}` });
      this.resend();
    });
    this.worker = worker;
    return worker;
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
  }

  /** The jobs queued behind one that ended its worker go to a fresh worker, in their order. */
  private resend(): void {
    if (this.jobs.length === 0 || this.worker !== undefined) return;
    const worker = this.ensureWorker();
    for (const running of this.jobs) worker.postMessage(running.job satisfies ToWorker);
  }

  private async receive(worker: Worker, message: FromWorker): Promise<void> {
    if (worker !== this.worker) return;
    const job = this.jobs[0];
    if (job === undefined) return;
    switch (message.type) {
      case 'warning':
        job.listener.warning(message.text);
        return;
      case 'note':
        job.listener.note(message.text);
        return;
      case 'output':
        try {
          await job.listener.output(message.text);
        } catch (error) {
          // The output could not be written: the job ends here, and the worker with it, mid-document; so do the jobs
          // queued behind, whose output has nowhere to go either.
          for (const running of [...this.jobs]) running.settle({ kind: 'output-failed', error });
          await this.close();
          return;
        }
        if (this.worker === worker) worker.postMessage({ type: 'continue' } satisfies ToWorker);
        return;
      case 'summary':
        try {
          await job.listener.output(message.text);
        } catch (error) {
          job.settle({ kind: 'output-failed', error });
          return;
        }
        job.settle({ kind: 'done' });
        return;
      case 'done':
        job.settle({ kind: 'done' });
        return;
      case 'skipped':
        job.settle({ kind: 'skipped', code: message.code, reason: message.reason });
        return;
      case 'failed':
        job.settle(
          message.stack === undefined
            ? { kind: 'failed', message: message.message }
            : { kind: 'failed', message: message.message, stack: message.stack },
        );
        return;
    }
  }
}
