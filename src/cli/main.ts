// The `sourcelens` command line: analyses files, folders or standard input and prints JSON, JSON Lines, CSV or a Markdown report.
import { readFileSync, rmSync } from 'fs';
import * as path from 'path';
import { isMainThread, workerData } from 'worker_threads';
import type { AnalyzeOptions } from '../analysis/types';
import { endOfOutput, type ExportOptions } from '../export';
import { singleLine } from '../presentation/escape';
import { readStreamBytes, DocumentReadError } from './io/readDocument';
import { startAnalysisWorker } from './analysisWorker';
import { CorrectionsResolver } from './corrections';
import { DocumentMessages } from './messages';
import { collectSources, outputConflict, type DocumentSource } from './inputs';
import { defaultMemoryBytes, documentLimitBytes, formatMegabytes, HEAP_BYTES_PER_CHARACTER } from './limits';
import { parseArguments, shown, STDIN_PATH, UsageError, type AnalyzeCommand } from './options';
import { describeWriteError, FileSink, OutputError, StreamSink, type CliOutput, type OutputSink } from './output';
import { AnalysisWorkerClient, type JobOutcome } from './workerClient';
import { CorpusRun, CORPUS_USAGE } from './corpusRun';
import { findReviewFile, readReviewFile, ReviewFileError } from './review';
import { runReview } from './reviewCommand';
import type { Review } from '../review';
import { isAnalysisWorkerData, type JobSource } from './workerProtocol';

export type { CliOutput } from './output';

const DEFAULT_MEMORY = defaultMemoryBytes();
const DEFAULT_LIMIT = documentLimitBytes(DEFAULT_MEMORY);

export const USAGE = `Usage: sourcelens analyze PATH... [options]
       sourcelens review FILE [--format md|csv] [--review REVIEW] [-o OUT]

Finds the actors, quotations, claims and dates in plain-text documents.

PATH is a file, a folder (searched recursively for .txt and .md files, skipping
hidden folders and node_modules), or - for standard input. With no PATH, text
piped to standard input is read.

Options:
  -f, --format FORMAT    json (default), jsonl, csv or md
      --table TABLE      csv only: claims, actors or entities instead of the
                         mixed table (a row per claim, quotation and entity)
      --bom              csv only: start with a UTF-8 byte order mark (Excel)
  -d, --date YYYY-MM-DD  reference date for relative dates ("on Monday") in
                         documents without a " date YYYY-MM-DD " header line;
                         a document's own header wins
  -o, --out FILE         write the output to FILE instead of standard output;
                         FILE is replaced only once the output is complete,
                         and never when it is one of the documents
      --known-actors FILE  actors always recognised: a JSON list as in the
                         sourcelens.knownActors setting
      --ignore-names FILE  names never reported: one per line, or a JSON list
      --no-settings      do not read the corrections (sourcelens.knownActors,
                         sourcelens.ignoreNames, sourcelens.documentDate) of
                         the nearest .vscode/settings.json above each PATH
      --no-review        do not apply a document's review file (the editor's
                         verdicts and attribution corrections, found as
                         .sourcelens/reviews/<path>.json in a folder above it)
      --max-size MB      skip documents larger than MB megabytes (default: the
                         most that fits in the memory for one document; here
                         ${formatMegabytes(DEFAULT_LIMIT)})
      --max-memory MB    memory for analysing one document (default: half of
                         this machine's memory; here ${formatMegabytes(DEFAULT_MEMORY)})
  -q, --quiet            no notes on standard error, only warnings and problems
  -h, --help             show this help
  -V, --version          show the version

review prints the review report of FILE from its review file: per actor, each
claim with its verdict, note, line and evidence (md, default), or one row per
claim (csv); --review names the review file when it is elsewhere.

For who said what across a folder of documents: sourcelens corpus --help

Output: json prints one analysis for a single file or -, and an array when
several paths or a folder are given; jsonl prints one analysis per line;
csv has one row per claim, unattributed quotation and entity; md is a report.
Each document's output is written as soon as it is analysed.

Exit status: 0 when every document was analysed, 1 when any was skipped or a
settings file could not be read (each reason is one line on standard error),
2 for a usage error.
`;

export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  /** Standard input; `isTTY` true when a person types there (then nothing is read unless `-` is given). */
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  /** Environment variables; `SOURCELENS_DEBUG` set to anything but "" or "0" adds stack traces to internal errors. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Told of the temporary output file while one exists (undefined once it is gone), so an interrupted run can remove it. */
  onTemporaryFile?(file: string | undefined): void;
}

/** The package version, read from the package.json next to `dist/` (bundle) or three levels up (compiled tests: out/src/cli/). */
function packageVersion(): string {
  for (const candidate of [path.join(__dirname, '..', 'package.json'), path.join(__dirname, '..', '..', '..', 'package.json')]) {
    try {
      const manifest: unknown = JSON.parse(readFileSync(candidate, 'utf8'));
      if (
        typeof manifest === 'object' &&
        manifest !== null &&
        'name' in manifest &&
        'version' in manifest &&
        manifest.name === 'source-lens'
      ) {
        return String(manifest.version);
      }
    } catch {
      // not this candidate
    }
  }
  return 'unknown';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isDebug(io: CliIo): boolean {
  const debug = io.env?.SOURCELENS_DEBUG;
  return debug !== undefined && debug !== '' && debug !== '0';
}

/** Runs one `analyze` command: every problem is reported and skipped, the rest still analysed and written. */
class AnalyzeRun {
  private failed = false;
  private readonly memoryBytes: number;
  private readonly maxBytes: number;
  private readonly worker: AnalysisWorkerClient;
  private readonly corrections: CorrectionsResolver;
  private readonly messages: DocumentMessages;

  constructor(
    private readonly command: AnalyzeCommand,
    private readonly io: CliIo,
  ) {
    this.memoryBytes = command.maxMemoryBytes ?? DEFAULT_MEMORY;
    this.maxBytes = command.maxBytes ?? documentLimitBytes(this.memoryBytes);
    this.worker = new AnalysisWorkerClient(__filename, this.memoryBytes);
    this.messages = new DocumentMessages(io.stderr, command.quiet);
    this.corrections = new CorrectionsResolver(command, this.messages.correctionsReport(() => (this.failed = true)));
  }

  private report(documentPath: string, message: string): void {
    this.messages.report(documentPath, message);
  }

  private note(documentPath: string, text: string): void {
    this.messages.note(documentPath, text);
  }

  async execute(): Promise<number> {
    await this.corrections.loadExplicitFiles();
    const collected = await collectSources(this.command.paths);
    if (this.command.outFile !== undefined) {
      const conflict = await outputConflict(this.command.outFile, collected);
      if (conflict !== null) throw new UsageError(`${shown(conflict)}; choose another output file`);
    }
    for (const problem of collected.problems) {
      this.failed = true;
      this.report(problem.path, problem.message);
    }
    if (collected.sources.length === 0) return this.failed ? 1 : 0;

    let sink: OutputSink;
    try {
      sink =
        this.command.outFile === undefined
          ? new StreamSink(this.io.stdout)
          : await FileSink.open(this.command.outFile, (file) => this.io.onTemporaryFile?.(file));
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      this.report(error.target, `cannot write the output: ${error.message}`);
      return 1;
    }
    try {
      // One file or `-` gives one analysis; several paths or any folder give a list, whatever was skipped.
      const single = this.command.paths.length === 1 && collected.folders.length === 0;
      const written = await this.analyzeAll(collected.sources, sink, { single });
      if (written > 0) {
        await sink.write(endOfOutput(this.command.format, written, this.exportOptions(single)));
        await sink.commit();
      } else {
        await sink.abort();
      }
    } catch (error) {
      await sink.abort();
      if (!(error instanceof OutputError)) throw error;
      this.report(error.target, `cannot write the output: ${error.message}`);
      return 1;
    } finally {
      this.io.onTemporaryFile?.(undefined);
      await this.worker.close();
    }
    return this.failed ? 1 : 0;
  }

  private exportOptions(single: boolean): ExportOptions {
    return {
      single,
      bom: this.command.bom,
      ...(this.command.table === undefined ? {} : { table: this.command.table }),
    };
  }

  /** Analyses the documents one at a time, writing each one's output as it comes; resolves to how many were written. */
  private async analyzeAll(sources: readonly DocumentSource[], sink: OutputSink, { single }: { single: boolean }): Promise<number> {
    let written = 0;
    for (const source of sources) {
      const name = source.kind === 'stdin' ? STDIN_PATH : source.path;
      const jobSource = await this.jobSource(source);
      if (jobSource === null) continue;
      const corrections = await this.corrections.forInput(source.input);
      const review = source.kind === 'file' && this.command.useReviews ? await this.reviewFor(source.path) : undefined;
      const options: AnalyzeOptions = { document: name, ...corrections };
      if (this.command.documentDate !== undefined) options.documentDate = this.command.documentDate;
      const mark = sink.mark();
      let wroteAny = false;
      const outcome = await this.worker.analyze(
        {
          type: 'analyze',
          source: jobSource,
          name,
          maxBytes: this.maxBytes,
          options,
          format: this.command.format,
          exportOptions: this.exportOptions(single),
          index: written,
          ...(review ? { review } : {}),
        },
        {
          warning: (text) => this.report(name, `warning: ${text}`),
          note: (text) => this.note(name, text),
          output: async (text) => {
            wroteAny = true;
            await sink.write(text);
          },
        },
      );
      if (outcome.kind === 'done') {
        written += 1;
        continue;
      }
      if (outcome.kind === 'output-failed') throw outcome.error;
      this.failed = true;
      this.report(name, this.outcomeMessage(outcome));
      if (outcome.kind === 'failed' && isDebug(this.io) && outcome.stack !== undefined) this.io.stderr.write(`${outcome.stack}\n`);
      if (wroteAny) {
        if (mark === undefined) this.report(name, 'its output above is incomplete');
        else await sink.rollback(mark);
      }
    }
    return written;
  }

  /** The document's review file, when there is one; a broken one is reported and left out. */
  private async reviewFor(documentPath: string): Promise<Review | undefined> {
    const file = await findReviewFile(documentPath);
    if (file === undefined) return undefined;
    try {
      const review = await readReviewFile(file);
      this.note(documentPath, `applying the review in ${file} (${review.entries.length} entries)`);
      return review;
    } catch (error) {
      if (!(error instanceof ReviewFileError)) throw error;
      this.failed = true;
      this.report(error.file, `cannot use this review file (line ${error.line}: ${error.message}); its corrections are not applied`);
      return undefined;
    }
  }

  /** A file is read by the worker; standard input is read here, within the size limit. */
  private async jobSource(source: DocumentSource): Promise<JobSource | null> {
    if (source.kind === 'file') return { kind: 'file', path: source.path };
    try {
      return { kind: 'bytes', bytes: await readStreamBytes(this.io.stdin, STDIN_PATH, { maxBytes: this.maxBytes }) };
    } catch (error) {
      if (!(error instanceof DocumentReadError)) throw error;
      this.failed = true;
      this.report(STDIN_PATH, `${this.readProblem(error.code, error.reason)}, skipped`);
      return null;
    }
  }

  private readProblem(code: string, reason: string): string {
    if (code !== 'too-large' || this.command.maxBytes !== undefined) return reason;
    const memory = formatMegabytes(this.memoryBytes);
    return (
      `${reason}: the most that fits in the ${memory} given to one document, ` +
      `at up to ${HEAP_BYTES_PER_CHARACTER} bytes a character; --max-size and --max-memory change it`
    );
  }

  private outcomeMessage(outcome: Exclude<JobOutcome, { kind: 'done' } | { kind: 'output-failed' }>): string {
    switch (outcome.kind) {
      case 'skipped':
        return `${this.readProblem(outcome.code, outcome.reason)}, skipped`;
      case 'out-of-memory':
        return (
          `too large to analyse in the ${formatMegabytes(this.memoryBytes)} of memory given to one document, skipped; ` +
          'split it, or give more with --max-memory'
        );
      case 'failed':
        return `internal error while analysing (${singleLine(outcome.message, 500)}), skipped; please report this bug with the document`;
      case 'stopped':
        return `internal error: ${singleLine(outcome.message, 500)}, skipped; please report this bug with the document`;
    }
  }
}

/**
 * Runs the command line `args` (without `node` and the script) and resolves to the exit status:
 * 0 success, 1 when any document was skipped or failed, 2 for a usage error. Never throws.
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseArguments(args, { stdinIsPiped: io.stdin.isTTY !== true });
    switch (command.kind) {
      case 'help':
        io.stdout.write(command.topic === 'corpus' ? CORPUS_USAGE : USAGE);
        return 0;
      case 'version':
        io.stdout.write(`sourcelens ${packageVersion()}\n`);
        return 0;
      case 'analyze':
        return await new AnalyzeRun(command, io).execute();
      case 'review':
        return await runReview(command, io);
      case 'corpus':
        return await new CorpusRun(command, io, __filename).execute();
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`sourcelens: ${error.message} (see sourcelens --help)\n`);
      return 2;
    }
    io.stderr.write(
      `sourcelens: internal error: ${shown(singleLine(errorMessage(error), 500))}; ` +
        'this is a bug, please report it with the command you ran (SOURCELENS_DEBUG=1 shows details)\n',
    );
    if (isDebug(io) && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
    return 1;
  }
}

/** Signals that end a run early; the temporary output file goes with it. */
const STOP_SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/** The process entry point: real streams, exit status set when done, a closed pipe (`| head`) ends quietly. */
export async function main(): Promise<void> {
  let temporaryFile: string | undefined;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`sourcelens: cannot write the output: ${describeWriteError(error)}\n`);
    process.exit(1);
  });
  for (const [signal, number] of Object.entries(STOP_SIGNALS)) {
    process.once(signal, () => {
      if (temporaryFile !== undefined) {
        try {
          rmSync(temporaryFile, { force: true });
        } catch {
          // nothing more can be done on the way out
        }
      }
      process.exit(128 + number);
    });
  }
  process.exitCode = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    onTemporaryFile: (file) => (temporaryFile = file),
  });
}

// The same script is the command line and, in a worker thread, the analysis worker it starts.
if (!isMainThread && isAnalysisWorkerData(workerData)) startAnalysisWorker();
else if (require.main === module) void main();
