// The CLI's side of the analysis worker: one job at a time, output written as it comes, and a fresh worker after one
// ran out of memory or stopped.
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
  listener: JobListener;
  settle(outcome: JobOutcome): void;
}

const MEBIBYTE = 1024 * 1024;

export class AnalysisWorkerClient {
  private worker: Worker | undefined;
  private job: RunningJob | undefined;

  /**
   * @param script the CLI's own script, which becomes the analysis worker when started with its worker data
   * @param heapBytes the largest heap the worker may use; past it the worker ends with an out-of-memory outcome
   */
  constructor(
    private readonly script: string,
    private readonly heapBytes: number,
  ) {}

  /** Runs one job; never rejects: every way it can end is an outcome. */
  analyze(job: AnalyzeJob, listener: JobListener): Promise<JobOutcome> {
    if (this.job !== undefined) throw new Error('the analysis worker runs one job at a time');
    return new Promise<JobOutcome>((resolve) => {
      this.job = {
        listener,
        settle: (outcome) => {
          this.job = undefined;
          resolve(outcome);
        },
      };
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
    worker.on('error', (error: Error & { code?: string }) => {
      this.discard(worker);
      this.job?.settle(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'out-of-memory' } : { kind: 'stopped', message: error.message });
    });
    worker.on('exit', (code) => {
      this.discard(worker);
      this.job?.settle({ kind: 'stopped', message: `the analysis worker exited with code ${code}` });
    });
    this.worker = worker;
    return worker;
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
  }

  private async receive(worker: Worker, message: FromWorker): Promise<void> {
    const job = this.job;
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
          // The output could not be written: the job ends here, and the worker with it, mid-document.
          job.settle({ kind: 'output-failed', error });
          await this.close();
          return;
        }
        if (this.worker === worker) worker.postMessage({ type: 'continue' } satisfies ToWorker);
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
