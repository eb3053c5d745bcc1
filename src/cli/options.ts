// The command line's words, parsed with Node's util.parseArgs into one typed command; every mistake is one UsageError.
import { parseArgs } from 'util';
import { CSV_TABLES, EXPORT_FORMATS, isCsvTable, isExportFormat, type CsvTable, type ExportFormat } from '../export';
import { normaliseIsoDate } from '../analysis/dates/documentDate';
import { escapeControlCharacters } from '../presentation/escape';
import { corpusCommand, type CorpusCommand } from './corpusOptions';

/** The name standing for standard input among the paths. */
export const STDIN_PATH = '-';

export interface AnalyzeCommand extends RunOptions {
  kind: 'analyze';
  /** Files, folders and `-`, in the order given; `-` alone when no path was given and text is piped in. */
  paths: string[];
  format: ExportFormat;
  /** CSV only: the table to write (the mixed table by default). */
  table?: CsvTable;
  /** CSV only: start with a UTF-8 byte order mark. */
  bom: boolean;
  /** No notes on standard error: only warnings and the problems that set the exit status. */
  quiet: boolean;
  /** Read the corrections of a `.vscode/settings.json` above each input. */
  useSettings: boolean;
  /** Apply each document's review file (verdicts and attribution corrections) when one is found. */
  useReviews: boolean;
}

/** `sourcelens review FILE`: the review report of one document, from its review file. */
export interface ReviewCommand {
  kind: 'review';
  path: string;
  format: 'md' | 'csv';
  /** The review file, when not the one found beside the document. */
  reviewFile?: string;
  outFile?: string;
  documentDate?: string;
  useSettings: boolean;
}

export type Command =
  | AnalyzeCommand
  | CorpusCommand
  | ReviewCommand
  | { kind: 'help'; topic?: 'corpus' }
  | { kind: 'version' };

/** A mistake in the command line: reported in one line, exit status 2. */
export class UsageError extends Error {}

/** What the command line is read against: whether text is piped to standard input (not a terminal). */
export interface ArgumentContext {
  stdinIsPiped: boolean;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  date: { type: 'string', short: 'd' },
  out: { type: 'string', short: 'o' },
  table: { type: 'string' },
  bom: { type: 'boolean' },
  'max-size': { type: 'string' },
  'max-memory': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'known-actors': { type: 'string' },
  'ignore-names': { type: 'string' },
  'no-settings': { type: 'boolean' },
  'no-review': { type: 'boolean' },
  review: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  shard: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

type OptionName = keyof typeof OPTIONS;

function isOptionName(name: string): name is OptionName {
  return Object.prototype.hasOwnProperty.call(OPTIONS, name);
}

/** Untrusted text (paths, option values) shown exactly, yet safe on one line of a terminal. */
export function shown(text: string): string {
  return escapeControlCharacters(text);
}

const or = (items: readonly string[]): string => `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
const FORMAT_LIST = or(EXPORT_FORMATS);
const TABLE_LIST = or(CSV_TABLES);
const MEBIBYTE = 1024 * 1024;

export function megabytes(option: string, value: string, example: string): number {
  const amount = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (!(amount > 0)) throw new UsageError(`invalid size '${shown(value)}' for ${option} (a number of megabytes, e.g. ${example})`);
  return Math.round(amount * MEBIBYTE);
}

/** What `analyze` and `corpus` both take: the document date, the output file, the limits and the corrections files. */
export interface RunOptions {
  documentDate?: string;
  outFile?: string;
  /** Largest document read, in bytes; undefined for the limit this machine's memory sets. */
  maxBytes?: number;
  /** Memory for analysing one document, in bytes; undefined for the default share of this machine's memory. */
  maxMemoryBytes?: number;
  knownActorsFile?: string;
  ignoreNamesFile?: string;
}

type RunOptionName = 'date' | 'out' | 'max-size' | 'max-memory' | 'known-actors' | 'ignore-names';

/** Reads the options of `RunOptions` into `command`, so both commands check them alike. */
export function readRunOptions(text: (name: RunOptionName) => string | undefined, command: RunOptions): void {
  const date = text('date');
  if (date !== undefined) {
    const valid = normaliseIsoDate(date);
    if (valid === null) throw new UsageError(`invalid date '${shown(date)}' for --date (use YYYY-MM-DD, e.g. 2023-03-17)`);
    command.documentDate = valid;
  }
  const outFile = text('out');
  if (outFile !== undefined) {
    if (outFile === '') throw new UsageError('option --out needs a file name');
    command.outFile = outFile;
  }
  const maxSize = text('max-size');
  if (maxSize !== undefined) command.maxBytes = megabytes('--max-size', maxSize, '50');
  const maxMemory = text('max-memory');
  if (maxMemory !== undefined) command.maxMemoryBytes = megabytes('--max-memory', maxMemory, '4096');
  for (const [option, key] of [['known-actors', 'knownActorsFile'], ['ignore-names', 'ignoreNamesFile']] as const) {
    const file = text(option);
    if (file === undefined) continue;
    if (file === '') throw new UsageError(`option --${option} needs a file name`);
    command[key] = file;
  }
}

/**
 * Reads the command line (without `node` and the script). `--help` and `--version` win wherever they stand;
 * options may come before or after the command and the paths; `--` ends the options.
 *
 * @throws UsageError for anything the command line cannot mean
 */
export function parseArguments(args: readonly string[], context: ArgumentContext): Command {
  const { tokens } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const positionals: string[] = [];
  const values = new Map<OptionName, string | true>();
  let problem: UsageError | undefined;
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option' || problem !== undefined) continue;
    if (!isOptionName(token.name)) {
      problem = new UsageError(`unknown option '${shown(token.rawName)}'`);
      continue;
    }
    if (OPTIONS[token.name].type === 'boolean') {
      if (token.value !== undefined) problem = new UsageError(`option '${shown(token.rawName)}' takes no value`);
      else values.set(token.name, true);
    } else if (token.value === undefined) {
      problem = new UsageError(`option '${shown(token.rawName)}' needs a value`);
    } else {
      values.set(token.name, token.value);
    }
  }
  if (values.has('help') || positionals[0] === 'help') {
    return positionals.slice(0, 2).includes('corpus') ? { kind: 'help', topic: 'corpus' } : { kind: 'help' };
  }
  if (values.has('version')) return { kind: 'version' };
  if (problem !== undefined) throw problem;
  if (positionals.length === 0) throw new UsageError('missing command: sourcelens analyze PATH...');
  const [commandName, ...paths] = positionals;
  if (commandName === 'review') return reviewCommand(paths, values);
  if (commandName === 'corpus') {
    // The corpus index is built from the engine's analyses; review files are applied by analyze and review only.
    if (values.has('review')) throw new UsageError('--review applies to sourcelens review');
    if (values.has('no-review')) throw new UsageError('--no-review applies to sourcelens analyze');
    const text = (name: string): string | undefined => {
      const value = isOptionName(name) ? values.get(name) : undefined;
      return typeof value === 'string' ? value : undefined;
    };
    return corpusCommand(paths, text, (name) => isOptionName(name) && values.get(name) === true);
  }
  if (commandName !== 'analyze') {
    throw new UsageError(`unknown command '${shown(commandName)}' (the commands are analyze, corpus and review)`);
  }
  for (const option of ['jobs', 'shard'] as const) {
    if (values.has(option)) throw new UsageError(`--${option} applies to the corpus command`);
  }
  if (paths.length === 0) {
    if (!context.stdinIsPiped) throw new UsageError('analyze needs at least one PATH (a file, a folder, or - for standard input)');
    paths.push(STDIN_PATH);
  }
  return analyzeCommand(paths, values);
}

function analyzeCommand(paths: string[], values: ReadonlyMap<OptionName, string | true>): AnalyzeCommand {
  const text = (name: OptionName): string | undefined => {
    const value = values.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  if (values.has('review')) throw new UsageError('--review applies to sourcelens review');
  const command: AnalyzeCommand = {
    kind: 'analyze',
    paths,
    format: 'json',
    bom: values.has('bom'),
    quiet: values.has('quiet'),
    useSettings: !values.has('no-settings'),
    useReviews: !values.has('no-review'),
  };

  const format = text('format');
  if (format !== undefined) {
    if (!isExportFormat(format)) throw new UsageError(`unknown format '${shown(format)}' (use ${FORMAT_LIST})`);
    command.format = format;
  }
  const table = text('table');
  if (table !== undefined) {
    if (!isCsvTable(table)) throw new UsageError(`unknown table '${shown(table)}' for --table (use ${TABLE_LIST})`);
    if (command.format !== 'csv') throw new UsageError('--table applies to --format csv');
    command.table = table;
  }
  if (command.bom && command.format !== 'csv') throw new UsageError('--bom applies to --format csv');
  readRunOptions(text, command);
  return command;
}

function reviewCommand(paths: string[], values: ReadonlyMap<OptionName, string | true>): ReviewCommand {
  const text = (name: OptionName): string | undefined => {
    const value = values.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  if (paths.length !== 1 || paths[0] === STDIN_PATH) throw new UsageError('review needs one document: sourcelens review FILE');
  for (const option of ['table', 'bom', 'max-size', 'max-memory', 'known-actors', 'ignore-names', 'no-review'] as const) {
    if (values.has(option)) throw new UsageError(`--${option} applies to sourcelens analyze`);
  }
  for (const option of ['jobs', 'shard'] as const) {
    if (values.has(option)) throw new UsageError(`--${option} applies to the corpus command`);
  }
  const format = text('format') ?? 'md';
  if (format !== 'md' && format !== 'csv') throw new UsageError(`unknown format '${shown(format)}' for review (use md or csv)`);
  const command: ReviewCommand = { kind: 'review', path: paths[0], format, useSettings: !values.has('no-settings') };
  const reviewFile = text('review');
  if (reviewFile !== undefined) {
    if (reviewFile === '') throw new UsageError('option --review needs a file name');
    command.reviewFile = reviewFile;
  }
  const outFile = text('out');
  if (outFile !== undefined) {
    if (outFile === '') throw new UsageError('option --out needs a file name');
    command.outFile = outFile;
  }
  const date = text('date');
  if (date !== undefined) {
    const valid = normaliseIsoDate(date);
    if (valid === null) throw new UsageError(`invalid date '${shown(date)}' for --date (use YYYY-MM-DD, e.g. 2023-03-17)`);
    command.documentDate = valid;
  }
  return command;
}
