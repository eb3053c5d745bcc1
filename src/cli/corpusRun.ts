// `sourcelens corpus`: analyses a folder's documents on worker threads, folds each one's summary into the cross-document
// model as it comes, and writes the merged actors, every claim and the quotation groups; or, as JSON Lines, one summary
// per document, which concatenate across shards and are read back by a later run.
import { createReadStream, promises as fs } from 'fs';
import * as path from 'path';
import { createInterface } from 'readline';
import type { AnalyzeOptions, KnownActor } from '../analysis/types';
import { corpusCsv, corpusGexf, corpusJson, corpusMarkdown } from '../corpus/formats';
import { CorpusModel } from '../corpus/model';
import { fnv1a } from '../corpus/normalise';
import { corpusReport } from '../corpus/report';
import { isDocumentSummary, type DocumentSummary } from '../corpus/summary';
import { singleLine } from '../presentation/escape';
import { safeJsonStringify } from '../export/json';
import { CorrectionsResolver } from './corrections';
import { DocumentMessages } from './messages';
import type { CorpusCommand, Shard } from './corpusOptions';
import { collectSources, outputConflict, type CollectedSources, type DocumentSource } from './inputs';
import { defaultMemoryBytes, documentLimitBytes, formatMegabytes, HEAP_BYTES_PER_CHARACTER } from './limits';
import { shown, UsageError } from './options';
import { FileSink, OutputError, StreamSink, type CliOutput, type OutputSink } from './output';
import { AnalysisWorkerClient, type JobOutcome } from './workerClient';
import { runOrdered } from './orderedPool';
import { ProgressLine } from './progressLine';

export const CORPUS_USAGE = `Usage: sourcelens corpus PATH... [options]

Who said what across a whole folder of documents: actors merged across
documents by name and alias (with the corrections of sourcelens.knownActors
and sourcelens.ignoreNames), every claim with its document and line, the same
quotation (or a close variant) found in several documents, earliest first, and
which actors are named together.

PATH is a folder (searched recursively for .txt and .md files, skipping hidden
folders and node_modules), a document, or a .jsonl file written by an earlier
run with --format jsonl (its documents are folded in without analysing again).

Options:
  -f, --format FORMAT    json (default), jsonl, csv, md or gexf
                         jsonl: one line per document, which another run reads
                         back, so shards' outputs concatenate and merge;
                         gexf: the co-mention network, for Gephi
      --table TABLE      csv only: claims (default), actors, quotations or
                         comentions
  -j, --jobs N           documents analysed at once, each on its own thread
                         (default: the number of processor cores)
      --shard I/N        analyse only the I-th of N shares of the documents
                         (by a stable hash of each path within its folder), so
                         N machines or batch jobs split an archive between them
  -d, --date YYYY-MM-DD  reference date for documents without a date header
  -o, --out FILE         write the output to FILE instead of standard output
      --known-actors FILE, --ignore-names FILE, --no-settings
                         corrections, as for analyze
      --max-size MB      skip documents larger than MB megabytes
      --max-memory MB    memory for analysing one document (default: half of
                         this machine's memory shared by the jobs)
  -q, --quiet            no notes on standard error

Exit status: 0 when every document was read, 1 when any was skipped (each
reason is one line on standard error), 2 for a usage error.
`;

/** What the corpus run needs of the command line's streams. */
export interface CorpusIo {
  stdout: CliOutput;
  stderr: CliOutput;
  onTemporaryFile?(file: string | undefined): void;
}

interface Task {
  source: Extract<DocumentSource, { kind: 'file' }>;
}

/**
 * A document's summary (null when it could not be read) and the lines to report about it, held until its turn so that
 * messages come in the documents' order whatever thread finished first.
 */
interface Outcome {
  summary: DocumentSummary | null;
  messages: string[];
}

/** The name a document is shared out by: its path within the folder given, so every machine agrees whatever the mount point. */
export function shardKey(source: Extract<DocumentSource, { kind: 'file' }>, folders: readonly string[]): string {
  const relative = folders.includes(source.input) ? path.relative(source.input, source.path) : path.basename(source.path);
  return relative.split(path.sep).join('/');
}

/** Whether a document falls in the shard: a stable hash of its key, so the shards of any N are a partition. */
export function inShard(key: string, shard: Shard): boolean {
  return fnv1a(key) % shard.count === shard.index - 1;
}

/** Finished documents held per thread while an earlier one is still being analysed. */
const RESULTS_HELD_PER_JOB = 16;

function isSummaryFile(argument: string): boolean {
  return argument.toLowerCase().endsWith('.jsonl');
}

export class CorpusRun {
  private failed = false;
  private readonly memoryBytes: number;
  private readonly maxBytes: number;
  private readonly corrections: CorrectionsResolver;
  private readonly messages: DocumentMessages;
  private readonly seen = new Set<string>();
  private readonly correctionsByInput = new Map<string, ReturnType<CorrectionsResolver['forInput']>>();
  private model: CorpusModel | undefined;
  private sink: OutputSink | undefined;
  private documents = 0;
  private readonly progress: ProgressLine;

  constructor(
    private readonly command: CorpusCommand,
    private readonly io: CorpusIo,
    /** The script that becomes the analysis worker (the CLI's own). */
    private readonly workerScript: string,
  ) {
    this.memoryBytes = command.maxMemoryBytes ?? Math.floor(defaultMemoryBytes() / command.jobs);
    this.maxBytes = command.maxBytes ?? documentLimitBytes(this.memoryBytes);
    this.progress = new ProgressLine(io.stderr, !command.quiet);
    this.messages = new DocumentMessages(io.stderr, command.quiet, () => this.progress.clear());
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
    const summaryFiles = this.command.paths.filter(isSummaryFile);
    const collected = await collectSources(this.command.paths.filter((argument) => !isSummaryFile(argument)));
    if (this.command.outFile !== undefined) {
      const inputs = { ...collected, sources: [...collected.sources, ...summaryFiles.map(asSource)] };
      const conflict = await outputConflict(this.command.outFile, inputs);
      if (conflict !== null) throw new UsageError(`${shown(conflict)}; choose another output file`);
    }
    for (const problem of collected.problems) {
      this.failed = true;
      this.report(problem.path, problem.message);
    }
    const tasks = this.tasks(collected);
    if (this.command.format !== 'jsonl') this.model = new CorpusModel(await this.modelCorrections(tasks));
    try {
      this.sink = this.command.outFile === undefined
        ? new StreamSink(this.io.stdout)
        : await FileSink.open(this.command.outFile, (file) => this.io.onTemporaryFile?.(file));
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      this.report(error.target, `cannot write the output: ${error.message}`);
      return 1;
    }
    try {
      for (const file of summaryFiles) await this.readSummaries(file);
      await this.analyseAll(tasks);
      await this.finish();
      await this.sink.commit();
    } catch (error) {
      await this.sink.abort();
      if (!(error instanceof OutputError)) throw error;
      this.report(error.target, `cannot write the output: ${error.message}`);
      return 1;
    } finally {
      this.io.onTemporaryFile?.(undefined);
    }
    return this.failed ? 1 : 0;
  }

  /** The documents to analyse: every file found, or this shard's share of them. */
  private tasks(collected: CollectedSources): Task[] {
    const tasks: Task[] = [];
    for (const source of collected.sources) {
      if (source.kind !== 'file') continue;
      if (this.command.shard === undefined || inShard(shardKey(source, collected.folders), this.command.shard)) tasks.push({ source });
    }
    if (this.command.shard !== undefined) {
      const { index, count } = this.command.shard;
      this.note(`shard ${index}/${count}`, `${tasks.length} of ${collected.sources.length} documents`);
    }
    return tasks;
  }

  /** The corrections the merge across documents applies: those of every input, together. */
  private async modelCorrections(tasks: readonly Task[]): Promise<{ knownActors: KnownActor[]; ignoreNames: string[] }> {
    const knownActors = new Map<string, KnownActor>();
    const ignoreNames = new Set<string>();
    const inputs = [...new Set(tasks.map((task) => task.source.input))];
    if (inputs.length === 0) inputs.push('.');
    for (const input of inputs) {
      const corrections = await this.corrections.forInput(input);
      for (const actor of corrections.knownActors ?? []) knownActors.set(JSON.stringify(actor), actor);
      for (const name of corrections.ignoreNames ?? []) ignoreNames.add(name);
    }
    return { knownActors: [...knownActors.values()], ignoreNames: [...ignoreNames] };
  }

  private async analyseAll(tasks: readonly Task[]): Promise<void> {
    const count = Math.min(this.command.jobs, tasks.length);
    const workers = Array.from({ length: count }, () => new AnalysisWorkerClient(this.workerScript, this.memoryBytes));
    try {
      await runOrdered<Task, AnalysisWorkerClient, Outcome>({
        tasks,
        // Two tasks a thread: the next document is queued in the thread while it analyses one, so it never waits for the
        // main thread between documents.
        workers: workers.flatMap((worker) => [worker, worker]),
        // Behind a long document (and the one queued after it) the other threads run ahead by many documents, whose
        // summaries (small) are held until its turn rather than leaving those threads idle.
        window: this.command.jobs * RESULTS_HELD_PER_JOB,
        work: (task, worker) => this.analyseOne(task, worker),
        deliver: async ({ summary, messages }, index) => {
          for (const message of messages) this.report(tasks[index].source.path, message);
          if (summary !== null) await this.add(summary, summary.document);
          this.progress.update(index + 1, tasks.length);
        },
      });
    } finally {
      await Promise.all(workers.map((worker) => worker.close()));
    }
  }

  private async analyseOne(task: Task, worker: AnalysisWorkerClient): Promise<Outcome> {
    const name = task.source.path;
    const options: AnalyzeOptions = { document: name, ...(await this.correctionsFor(task.source.input)) };
    if (this.command.documentDate !== undefined) options.documentDate = this.command.documentDate;
    const pieces: string[] = [];
    const messages: string[] = [];
    const outcome = await worker.analyze(
      {
        type: 'analyze',
        source: { kind: 'file', path: name },
        name,
        maxBytes: this.maxBytes,
        options,
        format: 'jsonl',
        exportOptions: {},
        index: 0,
        summary: true,
      },
      {
        warning: (text) => void messages.push(`warning: ${text}`),
        note: (text) => {
          if (!this.command.quiet) messages.push(`note: ${text}`);
        },
        output: (text) => {
          pieces.push(text);
          return Promise.resolve();
        },
      },
    );
    if (outcome.kind === 'done') {
      const summary: unknown = JSON.parse(pieces.join(''));
      if (isDocumentSummary(summary)) return { summary, messages };
      throw new Error(`the analysis worker sent no summary for ${name}`);
    }
    this.failed = true;
    messages.push(this.outcomeMessage(outcome));
    return { summary: null, messages };
  }

  /**
   * The corrections of one PATH argument, looked up once: every document of a folder shares them, and looking them up
   * again (a stat of the folder and of each settings file above it) cost as much as reading the document.
   */
  private correctionsFor(input: string): ReturnType<CorrectionsResolver['forInput']> {
    let corrections = this.correctionsByInput.get(input);
    if (corrections === undefined) {
      corrections = this.corrections.forInput(input);
      this.correctionsByInput.set(input, corrections);
    }
    return corrections;
  }

  /** Folds one document in (or, for JSON Lines, writes it); a document already in is reported and left out. */
  private async add(summary: DocumentSummary, where: string): Promise<void> {
    if (this.seen.has(summary.document)) {
      this.report(where, `warning: ${summary.document} is already in the corpus (given twice), skipped`);
      return;
    }
    this.seen.add(summary.document);
    this.documents++;
    if (this.model !== undefined) this.model.add(summary);
    else await this.sink?.write(`${safeJsonStringify(summary, 0)}\n`);
  }

  /** Folds in the documents of an earlier run's JSON Lines output, line by line; lines that are not summaries are reported. */
  private async readSummaries(file: string): Promise<void> {
    try {
      if (!(await fs.stat(file)).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
      let number = 0;
      for await (const line of lines) {
        number++;
        if (line.trim() === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          value = undefined;
        }
        if (isDocumentSummary(value)) await this.add(value, `${file}:${number}`);
        else {
          this.failed = true;
          this.report(`${file}:${number}`, 'not a document of sourcelens corpus --format jsonl, skipped');
        }
      }
    } catch (error) {
      if (error instanceof OutputError) throw error;
      this.failed = true;
      const code = (error as { code?: unknown }).code;
      const reasons: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'not a file', EACCES: 'permission denied' };
      const reason = reasons[String(code)] ?? 'cannot be read';
      this.report(file, `${reason}, skipped`);
    }
  }

  private async finish(): Promise<void> {
    this.progress.clear();
    if (!this.command.quiet) this.io.stderr.write(`sourcelens: note: ${this.documents} documents in the corpus\n`);
    const sink = this.sink;
    if (this.model === undefined || sink === undefined) return;
    const report = corpusReport(this.model.result());
    this.model = undefined;
    const pieces =
      this.command.format === 'csv'
        ? corpusCsv(report, this.command.table)
        : this.command.format === 'md'
          ? corpusMarkdown(report)
          : this.command.format === 'gexf'
            ? corpusGexf(report)
            : corpusJson(report);
    let pending: string[] = [];
    for (const piece of pieces) {
      pending.push(piece);
      if (pending.length >= 512) {
        await sink.write(pending.join(''));
        pending = [];
      }
    }
    await sink.write(pending.join(''));
  }

  private readProblem(code: string, reason: string): string {
    if (code !== 'too-large' || this.command.maxBytes !== undefined) return reason;
    return (
      `${reason}: the most that fits in the ${formatMegabytes(this.memoryBytes)} given to one document, at up to ` +
      `${HEAP_BYTES_PER_CHARACTER} bytes a character; --max-size, --max-memory and --jobs change it`
    );
  }

  private outcomeMessage(outcome: Exclude<JobOutcome, { kind: 'done' }>): string {
    switch (outcome.kind) {
      case 'skipped':
        return `${this.readProblem(outcome.code, outcome.reason)}, skipped`;
      case 'out-of-memory':
        return `too large to analyse in the ${formatMegabytes(this.memoryBytes)} of memory given to one document, skipped; ` +
          'split it, or give more with --max-memory';
      case 'output-failed':
        return 'internal error: the analysis could not be passed on, skipped; please report this bug with the document';
      case 'failed':
      case 'stopped':
        return (
          `internal error while analysing (${singleLine(outcome.message, 500)}), skipped; ` +
          'please report this bug with the document'
        );
    }
  }
}

function asSource(file: string): DocumentSource {
  return { kind: 'file', path: file, input: file };
}
