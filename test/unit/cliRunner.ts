// Runs the command line in this process with fake streams, as the CLI tests need it.
import * as assert from 'assert';
import { run, type CliIo } from '../../src/cli/main';

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
  /** Standard error split into lines, without the final empty one. */
  errors: string[];
}

export interface CliRunOptions {
  /** Text piped to standard input; without it, standard input is a terminal and nothing is piped in. */
  stdin?: string | Uint8Array | AsyncIterable<Uint8Array>;
  tty?: boolean;
  env?: Record<string, string>;
  /** Sees every write to standard output as it happens. */
  onStdout?(text: string): void;
}

async function* chunksOf(text: string | Uint8Array): AsyncGenerator<Uint8Array> {
  yield typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
}

export async function cli(args: string[], options: CliRunOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const stdin: CliIo['stdin'] =
    options.stdin === undefined
      ? Object.assign(chunksOf(''), { isTTY: true })
      : typeof options.stdin === 'string' || options.stdin instanceof Uint8Array
        ? chunksOf(options.stdin)
        : options.stdin;
  const io: CliIo = {
    stdout: {
      write: (text: string) => {
        stdout += text;
        options.onStdout?.(text);
        return true;
      },
      isTTY: options.tty ?? false,
    },
    stderr: { write: (text: string) => (stderr += text) },
    stdin,
    env: options.env ?? {},
  };
  const status = await run(args, io);
  return { status, stdout, stderr, errors: stderr.split('\n').filter((line) => line.length > 0) };
}

export function assertNoStackTrace(result: CliResult): void {
  assert.ok(!/\n\s+at /.test(result.stderr), `stack trace on stderr:\n${result.stderr}`);
}
