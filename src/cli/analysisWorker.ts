// The worker thread's side: reads a document, analyses it and sends its output back in pieces, so a document too
// large for the memory given ends this thread with a message, never the CLI's process.
import { parentPort } from 'worker_threads';
import { analyze } from '../analysis';
import { applyReview } from '../review/apply';
import { summarise } from '../corpus/summary';
import { documentPieces } from '../export';
import { decodeDocument, DocumentReadError, readDocumentSync, type DocumentText } from './io/readDocument';
import type { AnalyzeJob, FromWorker, ToWorker } from './workerProtocol';

/** Output is sent in pieces of about this many characters: few messages, and little held on either side. */
const OUTPUT_PIECE_CHARACTERS = 256 * 1024;

export function startAnalysisWorker(): void {
  const port = parentPort;
  if (port === null) throw new Error('the analysis worker runs only in a worker thread');
  let resume: (() => void) | undefined;
  let queue: Promise<void> = Promise.resolve();
  const send = (message: FromWorker): void => port.postMessage(message);
  /** Sends a piece of output and waits until the CLI has written it: the output never piles up in memory. */
  const sendOutput = (text: string): Promise<void> =>
    new Promise((resolve) => {
      resume = resolve;
      send({ type: 'output', text });
    });

  async function run(job: AnalyzeJob): Promise<void> {
    let document: DocumentText | undefined;
    try {
      document =
        job.source.kind === 'file'
          ? // This thread does nothing else meanwhile: an asynchronous read would only cost more processor time.
            readDocumentSync(job.source.path, { maxBytes: job.maxBytes })
          : decodeDocument(job.source.bytes, job.name, { maxBytes: job.maxBytes });
    } catch (error) {
      if (!(error instanceof DocumentReadError)) throw error;
      send({ type: 'skipped', code: error.code, reason: error.reason });
      return;
    }
    for (const warning of document.warnings) send({ type: 'warning', text: warning });
    const engine = analyze(document.text, job.options);
    const reviewed = job.review ? applyReview(engine, job.review, document.text) : undefined;
    const analysis = reviewed?.analysis ?? engine;
    if (reviewed && reviewed.orphans.length > 0) {
      const orphans = reviewed.orphans.length;
      send({ type: 'note', text: `${orphans} review entries no longer find their text (orphans); the editor lists them` });
    }
    for (const warning of analysis.warnings) send({ type: 'note', text: warning });
    // Decoding repairs belong with the analysis too, so exports say the text was not read cleanly.
    for (const warning of document.warnings) analysis.warnings.push(warning);
    document = undefined; // the text is no longer needed while the output is written
    if (job.summary === true) {
      // A summary is one small piece: sent without waiting for the CLI to take it, and ending the job in the same
      // message, which spares a round trip between threads and a message for every document of a corpus.
      // Plain JSON: the CLI parses it back and escapes what it writes, so escaping here would only scan it once more.
      send({ type: 'summary', text: JSON.stringify(summarise(analysis, job.name)) });
      return;
    }
    let pending: string[] = [];
    let pendingLength = 0;
    for (const piece of documentPieces(job.format, analysis, job.index, job.exportOptions)) {
      pending.push(piece);
      pendingLength += piece.length;
      if (pendingLength >= OUTPUT_PIECE_CHARACTERS) {
        await sendOutput(pending.join(''));
        pending = [];
        pendingLength = 0;
      }
    }
    if (pendingLength > 0) await sendOutput(pending.join(''));
    send({ type: 'done' });
  }

  port.on('message', (message: ToWorker) => {
    if (message.type === 'continue') {
      const next = resume;
      resume = undefined;
      next?.();
      return;
    }
    // Jobs queued behind the running one start when it ends: their messages come in the order the jobs were given.
    queue = queue
      .then(() => run(message))
      .catch((error: unknown) => {
        // The engine promises never to throw; if it does, that is our bug, not the user's mistake.
        send(
          error instanceof Error
            ? { type: 'failed', message: error.message, ...(error.stack === undefined ? {} : { stack: error.stack }) }
            : { type: 'failed', message: String(error) },
        );
      });
  });
}
