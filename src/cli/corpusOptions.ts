// The `corpus` command's options: the analysis options it shares with `analyze`, and its own formats, --jobs and --shard.
import { availableParallelism } from 'os';
import { CORPUS_CSV_TABLES, CORPUS_FORMATS, isCorpusCsvTable, isCorpusFormat } from '../corpus/formats';
import type { CorpusCsvTable, CorpusFormat } from '../corpus/formats';
import { readRunOptions, shown, UsageError, type RunOptions } from './options';

export interface Shard {
  /** 1-based: `--shard 2/4` is the second of four. */
  index: number;
  count: number;
}

export interface CorpusCommand extends RunOptions {
  kind: 'corpus';
  /** Folders and files to analyse, and `.jsonl` outputs of earlier runs (shards) to fold in. */
  paths: string[];
  format: CorpusFormat;
  table: CorpusCsvTable;
  jobs: number;
  shard?: Shard;
  quiet: boolean;
  useSettings: boolean;
}

const or = (items: readonly string[]): string => `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
/** More threads than this gains nothing and costs a heap each. */
const MAX_JOBS = 256;

function parseJobs(value: string): number {
  const jobs = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) {
    throw new UsageError(`invalid number '${shown(value)}' for --jobs (a whole number from 1 to ${MAX_JOBS})`);
  }
  return jobs;
}

function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = match === null ? Number.NaN : Number(match[1]);
  const count = match === null ? Number.NaN : Number(match[2]);
  if (!(count >= 1 && index >= 1 && index <= count)) {
    throw new UsageError(`invalid shard '${shown(value)}' for --shard (I/N with 1 ≤ I ≤ N, e.g. 1/4 for the first of four)`);
  }
  return { index, count };
}

/** The corpus command from its paths and option values (already checked to be known options with values of the right kind). */
export function corpusCommand(paths: string[], text: (name: string) => string | undefined, flag: (name: string) => boolean): CorpusCommand {
  if (paths.length === 0) throw new UsageError('corpus needs at least one PATH (a folder or a file)');
  if (paths.includes('-')) throw new UsageError('corpus reads files and folders, not standard input');
  const command: CorpusCommand = {
    kind: 'corpus',
    paths,
    format: 'json',
    table: 'claims',
    jobs: availableParallelism(),
    quiet: flag('quiet'),
    useSettings: !flag('no-settings'),
  };
  if (flag('bom')) throw new UsageError('--bom applies to the analyze command');
  const format = text('format');
  if (format !== undefined) {
    if (!isCorpusFormat(format)) throw new UsageError(`unknown format '${shown(format)}' for corpus (use ${or(CORPUS_FORMATS)})`);
    command.format = format;
  }
  const table = text('table');
  if (table !== undefined) {
    if (!isCorpusCsvTable(table)) throw new UsageError(`unknown table '${shown(table)}' for --table (use ${or(CORPUS_CSV_TABLES)})`);
    if (command.format !== 'csv') throw new UsageError('--table applies to --format csv');
    command.table = table;
  }
  const jobs = text('jobs');
  if (jobs !== undefined) command.jobs = parseJobs(jobs);
  const shard = text('shard');
  if (shard !== undefined) command.shard = parseShard(shard);
  readRunOptions(text, command);
  return command;
}
