// The `sourcelens` command line: analyses files, folders or standard input and prints JSON, JSON Lines, CSV or a Markdown report.
import { promises as fs, readFileSync } from 'fs';
import * as path from 'path';
import { analyze, normaliseIsoDate } from './analysis';
import type { Analysis } from './analysis/types';
import { EXPORT_FORMATS, formatAnalyses, isExportFormat, type ExportFormat } from './export';
import { escapeControlCharacters, singleLine, stripControlCharacters } from './export/escape';
import { findDocuments } from './io/findDocuments';
import {
  DEFAULT_MAX_BYTES,
  DocumentReadError,
  readDocument,
  readDocumentStream,
  toDocumentReadError,
  type DocumentText,
} from './io/readDocument';

export const USAGE = `Usage: sourcelens analyze PATH... [options]

Finds the actors, quotations, claims and dates in plain-text documents.

PATH is a file, a folder (searched recursively for .txt and .md files, skipping
hidden folders and node_modules), or - for standard input.

Options:
  -f, --format FORMAT    json (default), jsonl, csv or md
  -d, --date YYYY-MM-DD  reference date for relative dates ("on Monday") in
                         documents without a " date YYYY-MM-DD " header line;
                         a document's own header wins
  -o, --out FILE         write the output to FILE instead of standard output
      --max-size MB      skip documents larger than MB megabytes (default 50)
  -h, --help             show this help
  -V, --version          show the version

Output: json prints one analysis for a single file or -, and an array when
several paths or a folder are given; jsonl prints one analysis per line;
csv has one row per claim, unattributed quotation and entity; md is a report.

Exit status: 0 when every document was analysed, 1 when any was skipped (each
reason is one line on standard error), 2 for a usage error.
`;

/** Where the CLI writes; `isTTY` tells it a person is reading. */
export interface CliOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  stdin: AsyncIterable<Uint8Array | string>;
  /** Environment variables; `SOURCELENS_DEBUG` set to anything but "" or "0" adds stack traces to internal errors. */
  env?: Readonly<Record<string, string | undefined>>;
}

interface AnalyzeCommand {
  kind: 'analyze';
  paths: string[];
  format: ExportFormat;
  documentDate?: string;
  outFile?: string;
  maxBytes: number;
}

type Command = AnalyzeCommand | { kind: 'help' } | { kind: 'version' };

/** A mistake in the command line: reported in one line, exit status 2. */
class UsageError extends Error {}

const STDIN_PATH = '-';

/** Untrusted text (paths, option values, messages) shown exactly, yet safe on one line of a terminal. */
function shown(text: string): string {
  return escapeControlCharacters(text);
}

function isValidCalendarDate(text: string): boolean {
  return normaliseIsoDate(text) !== null;
}

const FORMAT_LIST = `${EXPORT_FORMATS.slice(0, -1).join(', ')} or ${EXPORT_FORMATS[EXPORT_FORMATS.length - 1]}`;

/** Options that take a value, by every spelling, to their canonical long name. */
const VALUE_OPTIONS: Readonly<Record<string, '--format' | '--date' | '--out' | '--max-size'>> = {
  '-f': '--format',
  '--format': '--format',
  '-d': '--date',
  '--date': '--date',
  '-o': '--out',
  '--out': '--out',
  '--max-size': '--max-size',
};

function parseArguments(args: readonly string[]): Command {
  if (args.some((arg) => arg === '--help' || arg === '-h') || args[0] === 'help') return { kind: 'help' };
  if (args.some((arg) => arg === '--version' || arg === '-V')) return { kind: 'version' };
  if (args.length === 0) throw new UsageError('missing command: sourcelens analyze PATH...');
  const [commandName, ...rest] = args;
  if (commandName !== 'analyze') {
    throw new UsageError(commandName.startsWith('-') ? `unknown option '${shown(commandName)}'` : `unknown command '${shown(commandName)}' (the command is analyze)`);
  }

  const command: AnalyzeCommand = { kind: 'analyze', paths: [], format: 'json', maxBytes: DEFAULT_MAX_BYTES };
  let onlyPaths = false;
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index];
    if (onlyPaths || arg === STDIN_PATH || !arg.startsWith('-')) {
      command.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals >= 0 ? arg.slice(0, equals) : arg;
    const option = VALUE_OPTIONS[name];
    if (option === undefined) throw new UsageError(`unknown option '${shown(name)}'`);
    let value: string;
    if (equals >= 0) value = arg.slice(equals + 1);
    else if (index + 1 < rest.length) value = rest[++index];
    else throw new UsageError(`option '${name}' needs a value`);
    applyOption(command, option, value);
  }
  if (command.paths.length === 0) throw new UsageError('analyze needs at least one PATH (a file, a folder, or - for standard input)');
  return command;
}

function applyOption(command: AnalyzeCommand, option: '--format' | '--date' | '--out' | '--max-size', value: string): void {
  switch (option) {
    case '--format':
      if (!isExportFormat(value)) throw new UsageError(`unknown format '${shown(value)}' (use ${FORMAT_LIST})`);
      command.format = value;
      return;
    case '--date':
      if (!isValidCalendarDate(value)) throw new UsageError(`invalid date '${shown(value)}' for --date (use YYYY-MM-DD, e.g. 2023-03-17)`);
      command.documentDate = value;
      return;
    case '--out':
      if (value === '') throw new UsageError('option --out needs a file name');
      command.outFile = value;
      return;
    case '--max-size': {
      const megabytes = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
      if (!(megabytes > 0)) throw new UsageError(`invalid size '${shown(value)}' for --max-size (a number of megabytes, e.g. 50)`);
      command.maxBytes = Math.round(megabytes * 1024 * 1024);
      return;
    }
  }
}

/** The package version, read from the package.json next to `dist/` (bundle) or two levels up (compiled tests). */
function packageVersion(): string {
  for (const candidate of [path.join(__dirname, '..', 'package.json'), path.join(__dirname, '..', '..', 'package.json')]) {
    try {
      const manifest: unknown = JSON.parse(readFileSync(candidate, 'utf8'));
      if (typeof manifest === 'object' && manifest !== null && 'name' in manifest && 'version' in manifest && manifest.name === 'source-lens') {
        return String(manifest.version);
      }
    } catch {
      // not this candidate
    }
  }
  return 'unknown';
}

/** A document to analyse: a file path, or standard input. */
type DocumentSource = { kind: 'file'; path: string } | { kind: 'stdin' };

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isDebug(io: CliIo): boolean {
  const debug = io.env?.SOURCELENS_DEBUG;
  return debug !== undefined && debug !== '' && debug !== '0';
}

/** Runs one `analyze` command: every problem is reported and skipped, the rest still analysed and printed. */
class AnalyzeRun {
  private failed = false;
  /** Whether any PATH was a folder: then the output is a list even if the folder held one document. */
  private sawFolder = false;

  constructor(
    private readonly command: AnalyzeCommand,
    private readonly io: CliIo,
  ) {}

  private report(documentPath: string, message: string): void {
    this.io.stderr.write(`sourcelens: ${shown(documentPath)}: ${shown(message)}\n`);
  }

  private skip(error: DocumentReadError): void {
    this.failed = true;
    this.report(error.path, `${error.reason}, skipped`);
  }

  /** The documents named by the PATH arguments, in order; folders expanded. */
  private async collectSources(): Promise<DocumentSource[]> {
    const sources: DocumentSource[] = [];
    let stdinTaken = false;
    for (const argument of this.command.paths) {
      if (argument === STDIN_PATH) {
        if (stdinTaken) {
          this.failed = true;
          this.report(STDIN_PATH, 'standard input can be read only once, skipped');
        } else {
          stdinTaken = true;
          sources.push({ kind: 'stdin' });
        }
        continue;
      }
      let isFolder: boolean;
      try {
        isFolder = (await fs.stat(argument)).isDirectory();
      } catch (error) {
        const readError = toDocumentReadError(argument, error);
        if (!(readError instanceof DocumentReadError)) throw readError;
        this.skip(readError);
        continue;
      }
      if (!isFolder) {
        sources.push({ kind: 'file', path: argument });
        continue;
      }
      this.sawFolder = true;
      try {
        const found = await findDocuments(argument);
        for (const problem of found.problems) this.skip(problem);
        if (found.files.length === 0) {
          this.failed = true;
          this.report(argument, 'no .txt or .md files in this folder');
        }
        for (const file of found.files) sources.push({ kind: 'file', path: file });
      } catch (error) {
        if (!(error instanceof DocumentReadError)) throw error;
        this.skip(error);
      }
    }
    return sources;
  }

  private async read(source: DocumentSource): Promise<DocumentText | null> {
    const options = { maxBytes: this.command.maxBytes };
    try {
      return source.kind === 'stdin' ? await readDocumentStream(this.io.stdin, STDIN_PATH, options) : await readDocument(source.path, options);
    } catch (error) {
      if (!(error instanceof DocumentReadError)) throw error;
      this.skip(error);
      return null;
    }
  }

  private analyzeDocument(name: string, document: DocumentText): Analysis | null {
    for (const warning of document.warnings) this.report(name, `warning: ${warning}`);
    let analysis: Analysis;
    try {
      analysis = analyze(document.text, { document: name, documentDate: this.command.documentDate });
    } catch (error) {
      // The engine promises never to throw; if it does, that is our bug, not the user's mistake.
      this.failed = true;
      this.report(name, `internal error while analysing (${errorMessage(error)}), skipped; please report this bug with the document`);
      if (isDebug(this.io) && error instanceof Error && error.stack !== undefined) this.io.stderr.write(`${error.stack}\n`);
      return null;
    }
    for (const warning of analysis.warnings) this.report(name, `note: ${warning}`);
    // Decoding repairs belong with the analysis too, so exports say the text was not read cleanly.
    for (const warning of document.warnings) analysis.warnings.push(warning);
    return analysis;
  }

  async execute(): Promise<number> {
    const sources = await this.collectSources();
    const analyses: Analysis[] = [];
    for (const source of sources) {
      const name = source.kind === 'stdin' ? STDIN_PATH : source.path;
      const document = await this.read(source);
      if (document === null) continue;
      const analysis = this.analyzeDocument(name, document);
      if (analysis !== null) analyses.push(analysis);
    }
    if (analyses.length > 0 && !(await this.emit(analyses))) return 1;
    return this.failed ? 1 : 0;
  }

  private async emit(analyses: Analysis[]): Promise<boolean> {
    // One file or `-` gives one analysis; several paths or any folder give a list, whatever was skipped.
    const single = analyses.length === 1 && this.command.paths.length === 1 && !this.sawFolder;
    let output = formatAnalyses(this.command.format, single ? analyses[0] : analyses);
    const { outFile } = this.command;
    if (outFile === undefined) {
      // The formats already escape document text; this makes sure nothing raw reaches a terminal whatever the format.
      if (this.io.stdout.isTTY === true) output = stripControlCharacters(output);
      this.io.stdout.write(output);
      return true;
    }
    try {
      await fs.writeFile(outFile, output);
      return true;
    } catch (error) {
      const writeError = toDocumentReadError(outFile, error);
      const reason = writeError instanceof DocumentReadError ? writeError.reason : errorMessage(error);
      this.report(outFile, `cannot write the output: ${reason}`);
      return false;
    }
  }
}

/**
 * Runs the command line `args` (without `node` and the script) and resolves to the exit status:
 * 0 success, 1 when any document was skipped or failed, 2 for a usage error. Never throws.
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseArguments(args);
    switch (command.kind) {
      case 'help':
        io.stdout.write(USAGE);
        return 0;
      case 'version':
        io.stdout.write(`sourcelens ${packageVersion()}\n`);
        return 0;
      case 'analyze':
        return await new AnalyzeRun(command, io).execute();
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

/** The process entry point: real streams, exit status set when done, a closed pipe (`| head`) ends quietly. */
export async function main(): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
}

if (require.main === module) void main();
