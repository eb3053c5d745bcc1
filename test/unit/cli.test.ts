// Proves the command line: arguments, output shapes per format, one clear line per problem, exit statuses, and a built-binary smoke test.
import * as assert from 'assert';
import { execFile } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { Analysis } from '../../src/analysis/types';
import { USAGE } from '../../src/cli/main';
import { assertNoStackTrace, cli } from './cliRunner';
import { CSV_COLUMNS } from '../../src/export';
import { generateBadFiles } from '../hostile/generateBadFiles';
import { HOSTILE_ROOT } from '../hostile/hostileAnalysis';

const REPO_ROOT = path.resolve(HOSTILE_ROOT, '..', '..');
const HOSTILE_TEXT = path.join(HOSTILE_ROOT, 'text');
const HOSTILE_BAD = path.join(HOSTILE_ROOT, 'bad');

/** Raw characters that would act on a terminal or reorder what it shows. */
const UNSAFE_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('sourcelens CLI [stress]', () => {
  let scratch: string;
  let articleA: string;
  let articleB: string;
  let undated: string;

  before(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'sourcelens-cli-'));
    articleA = path.join(scratch, 'a.txt');
    articleB = path.join(scratch, 'b.md');
    writeFileSync(articleA, ' date 2023-03-16 Kremlin spokesman Dmitry Peskov said on Monday that talks would continue.\n');
    undated = path.join(scratch, 'undated.txt');
    writeFileSync(undated, 'Kremlin spokesman Dmitry Peskov said on Monday that talks would continue.\n');
    writeFileSync(articleB, ' date 2023-03-17 "We will see," Foreign Minister Anna Berg said on Friday.\n');
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  describe('arguments', () => {
    it('prints the usage with --help or -h, exit 0', async () => {
      for (const flag of ['--help', '-h']) {
        const result = await cli([flag]);
        assert.strictEqual(result.status, 0);
        assert.strictEqual(result.stdout, USAGE);
        assert.match(USAGE, /^Usage: sourcelens analyze PATH\.\.\. \[options\]/);
      }
    });

    it('prints the package version with --version', async () => {
      const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
      const result = await cli(['--version']);
      assert.deepStrictEqual([result.status, result.stdout], [0, `sourcelens ${manifest.version}\n`]);
    });

    const usageErrors: Array<[string[], string]> = [
      [[], 'sourcelens: missing command: sourcelens analyze PATH... (see sourcelens --help)'],
      [['analyse', 'x.txt'], "sourcelens: unknown command 'analyse' (the commands are analyze, corpus and review) (see sourcelens --help)"],
      [['analyze'], 'sourcelens: analyze needs at least one PATH (a file, a folder, or - for standard input) (see sourcelens --help)'],
      [['analyze', 'x.txt', '--fromat', 'md'], "sourcelens: unknown option '--fromat' (see sourcelens --help)"],
      [['analyze', 'x.txt', '--format', 'xml'], "sourcelens: unknown format 'xml' (use json, jsonl, csv or md) (see sourcelens --help)"],
      [['analyze', 'x.txt', '--format=MD'], "sourcelens: unknown format 'MD' (use json, jsonl, csv or md) (see sourcelens --help)"],
      [['analyze', 'x.txt', '--date', '2023-02-30'], "sourcelens: invalid date '2023-02-30' for --date (use YYYY-MM-DD, e.g. 2023-03-17) (see sourcelens --help)"],
      [['analyze', 'x.txt', '-d', '17/03/2023'], "sourcelens: invalid date '17/03/2023' for --date (use YYYY-MM-DD, e.g. 2023-03-17) (see sourcelens --help)"],
      [['analyze', 'x.txt', '--date'], "sourcelens: option '--date' needs a value (see sourcelens --help)"],
      [['analyze', 'x.txt', '--max-size', '-3'], "sourcelens: invalid size '-3' for --max-size (a number of megabytes, e.g. 50) (see sourcelens --help)"],
      [['analyze', 'x.txt', '--out='], 'sourcelens: option --out needs a file name (see sourcelens --help)'],
      [['analyze', 'x.txt', '--format', '\u001b[2Jmd'], "sourcelens: unknown format '\\u001b[2Jmd' (use json, jsonl, csv or md) (see sourcelens --help)"],
    ];
    for (const [args, message] of usageErrors) {
      it(`rejects ${JSON.stringify(args)} with one line and exit 2, reading nothing`, async () => {
        const result = await cli(args);
        assert.strictEqual(result.status, 2);
        assert.deepStrictEqual(result.errors, [message]);
        assert.strictEqual(result.stdout, '');
      });
    }

    it('treats everything after -- as paths', async () => {
      const dashed = path.join(scratch, '-dashed.txt');
      writeFileSync(dashed, 'Anna Berg said yes.');
      const result = await cli(['analyze', '--format', 'jsonl', '--', dashed]);
      assert.strictEqual(result.status, 0, result.stderr);
      assert.strictEqual((JSON.parse(result.stdout) as Analysis).document, dashed);
    });
  });

  describe('output', () => {
    it('prints one Analysis object for one file, named by its path', async () => {
      const result = await cli(['analyze', articleA]);
      assert.deepStrictEqual([result.status, result.stderr], [0, '']);
      const analysis = JSON.parse(result.stdout) as Analysis;
      assert.ok(!Array.isArray(analysis));
      assert.strictEqual(analysis.document, articleA);
      assert.strictEqual(analysis.schema, 1);
      for (const entity of analysis.entities) assert.strictEqual(entity.text, readFileSync(articleA, 'utf8').slice(entity.start, entity.end));
    });

    it('prints an array for several files, in the order given', async () => {
      const result = await cli(['analyze', articleB, articleA, '--format', 'json']);
      assert.strictEqual(result.status, 0);
      const analyses = JSON.parse(result.stdout) as Analysis[];
      assert.deepStrictEqual(analyses.map((analysis) => analysis.document), [articleB, articleA]);
    });

    it('walks a folder for .txt and .md in sorted order, always giving a list', async () => {
      const folder = path.join(scratch, 'walk');
      mkdirSync(path.join(folder, 'nested'), { recursive: true });
      mkdirSync(path.join(folder, '.git'));
      copyFileSync(articleA, path.join(folder, 'nested', 'z.txt'));
      copyFileSync(articleB, path.join(folder, 'm.md'));
      writeFileSync(path.join(folder, 'skip.json'), '{}');
      writeFileSync(path.join(folder, '.git', 'HEAD.txt'), 'x');
      const result = await cli(['analyze', folder, '--format', 'jsonl']);
      assert.strictEqual(result.status, 0, result.stderr);
      const documents = result.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as Analysis).document);
      assert.deepStrictEqual(documents, [path.join(folder, 'm.md'), path.join(folder, 'nested', 'z.txt')]);
      const single = await cli(['analyze', path.join(folder, 'nested')]);
      assert.ok(Array.isArray(JSON.parse(single.stdout)), 'a folder gives a list even with one document');
    });

    it('prints CSV with the documented header and a Markdown report', async () => {
      const csv = await cli(['analyze', articleA, '-f', 'csv']);
      assert.strictEqual(csv.status, 0);
      assert.ok(csv.stdout.startsWith(`${CSV_COLUMNS.join(',')}\r\n`));
      const markdown = await cli(['analyze', articleA, '--format=md']);
      assert.strictEqual(markdown.status, 0);
      assert.ok(markdown.stdout.startsWith('# Source Lens report: '), markdown.stdout);
    });

    it('reads standard input for -, named "-"', async () => {
      const result = await cli(['analyze', '-'], { stdin: ' date 2024-01-05 Anna Berg said the bridge would open on Monday.\n' });
      assert.strictEqual(result.status, 0, result.stderr);
      const analysis = JSON.parse(result.stdout) as Analysis;
      assert.strictEqual(analysis.document, '-');
      assert.strictEqual(analysis.documentDate, '2024-01-05');
      const csv = await cli(['analyze', '-', '--format', 'csv'], { stdin: ' date 2024-01-05 Anna Berg said the bridge would open on Monday.\n' });
      assert.ok(csv.stdout.split('\r\n')[1].startsWith('-,'), 'standard input is named "-" in CSV too');
    });

    it('uses --date when a document has no date header, and the header when it has one', async () => {
      const result = await cli(['analyze', undated, articleB, '--date', '2020-02-29']);
      const [withoutHeader, withHeader] = JSON.parse(result.stdout) as Analysis[];
      assert.deepStrictEqual([withoutHeader.documentDate, withoutHeader.documentDateSource], ['2020-02-29', 'caller']);
      assert.deepStrictEqual([withHeader.documentDate, withHeader.documentDateSource], ['2023-03-17', 'header']);
    });

    it('writes to --out instead of standard output', async () => {
      const outFile = path.join(scratch, 'report.md');
      const result = await cli(['analyze', articleA, '-o', outFile, '--format', 'md']);
      assert.deepStrictEqual([result.status, result.stdout, result.stderr], [0, '', '']);
      assert.ok(readFileSync(outFile, 'utf8').startsWith('# Source Lens report: '));
    });

    it('says in one line when --out cannot be written, exit 1', async () => {
      const outFile = path.join(scratch, 'no-such-folder', 'out.json');
      const result = await cli(['analyze', articleA, '--out', outFile]);
      assert.strictEqual(result.status, 1);
      assert.deepStrictEqual(result.errors, [`sourcelens: ${outFile}: cannot write the output: no such file or directory`]);
    });
  });

  describe('problems', () => {
    it('names a missing file, still prints the others, exit 1', async () => {
      const missing = path.join(scratch, 'missing.txt');
      const result = await cli(['analyze', missing, articleA]);
      assert.strictEqual(result.status, 1);
      assert.deepStrictEqual(result.errors, [`sourcelens: ${missing}: no such file or directory, skipped`]);
      const analyses = JSON.parse(result.stdout) as Analysis[];
      assert.deepStrictEqual(analyses.map((analysis) => analysis.document), [articleA]);
    });

    it('names an unreadable path (a symbolic link loop) and goes on', async () => {
      const loop = path.join(scratch, 'loop.md');
      symlinkSync(loop, loop);
      const result = await cli(['analyze', loop, articleA, '--format', 'jsonl']);
      assert.strictEqual(result.status, 1);
      assert.deepStrictEqual(result.errors, [`sourcelens: ${loop}: cannot read (too many levels of symbolic links), skipped`]);
      assert.strictEqual((JSON.parse(result.stdout) as Analysis).document, articleA);
    });

    it('prints nothing on standard output when the only document fails', async () => {
      const result = await cli(['analyze', path.join(scratch, 'missing.txt')]);
      assert.deepStrictEqual([result.status, result.stdout, result.errors.length], [1, '', 1]);
    });

    it('says a folder has nothing to analyze', async () => {
      const empty = path.join(scratch, 'empty-folder');
      mkdirSync(path.join(empty, 'sub'), { recursive: true });
      writeFileSync(path.join(empty, 'sub', 'data.csv'), 'a,b');
      const result = await cli(['analyze', empty]);
      assert.strictEqual(result.status, 1);
      assert.deepStrictEqual(result.errors, [`sourcelens: ${empty}: no .txt or .md files in this folder`]);
      assert.strictEqual(result.stdout, '');
    });

    it('goes through the folder of bad files: skips binary and UTF-32, repairs invalid UTF-8, reads BOMs and UTF-16', async () => {
      const result = await cli(['analyze', HOSTILE_BAD, '--format', 'jsonl', '--date', '2024-05-01']);
      assert.strictEqual(result.status, 1);
      assertNoStackTrace(result);
      const bad = (name: string): string => path.join(HOSTILE_BAD, name);
      assert.deepStrictEqual(result.errors, [
        `sourcelens: ${bad('binary-nul.txt')}: binary file (contains NUL bytes), skipped`,
        `sourcelens: ${bad('control-bytes.txt')}: binary file (mostly control characters), skipped`,
        `sourcelens: ${bad('invalid-utf8.txt')}: warning: invalid UTF-8 (first bad byte at offset 30); undecodable bytes shown as U+FFFD`,
        `sourcelens: ${bad('utf32le-bom.txt')}: UTF-32 text is not supported (save it as UTF-8), skipped`,
        `sourcelens: ${bad('windows-1252.txt')}: warning: invalid UTF-8 (first bad byte at offset 17); undecodable bytes shown as U+FFFD`,
      ]);
      const analyses = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Analysis);
      assert.deepStrictEqual(
        analyses.map((analysis) => path.basename(analysis.document)),
        ['empty.txt', 'invalid-utf8.txt', 'utf16be-bom.txt', 'utf16le-bom.txt', 'utf8-bom.txt', 'windows-1252.txt'],
      );
      const invalid = analyses[1];
      assert.ok(invalid.warnings.some((warning) => warning.startsWith('invalid UTF-8')), 'the repair is recorded in the analysis');
      const [utf16be, utf16le, utf8bom] = analyses.slice(2);
      assert.deepStrictEqual(utf16be.entities, utf8bom.entities, 'UTF-16 and UTF-8 with a BOM give the same offsets');
      assert.deepStrictEqual(utf16le.claims, utf8bom.claims);
      assert.strictEqual(utf8bom.documentDate, '2024-05-09', 'the header is found right after the BOM');
    });

    it('refuses a file over --max-size, and analyses a single 5 MB line under it', async function () {
      this.timeout(120_000); // the 5 MB line is a real stress case for the engine
      const files = generateBadFiles(scratch, 1024 * 1024);
      const tooLarge = await cli(['analyze', files.overLimit, '--max-size', '1']);
      assert.strictEqual(tooLarge.status, 1);
      assert.deepStrictEqual(tooLarge.errors, [`sourcelens: ${files.overLimit}: file too large (1.0 MB; the limit is 1.0 MB), skipped`]);
      const huge = await cli(['analyze', files.oneHugeLine, '--format', 'csv']);
      assert.strictEqual(huge.status, 0, huge.stderr);
      assert.ok(huge.stdout.startsWith('document,'));
    });

    it('keeps control characters of a path out of the terminal', async () => {
      const result = await cli(['analyze', path.join(scratch, 'evil\u001b[2J\u202e.txt')]);
      assert.strictEqual(result.status, 1);
      assert.ok(!UNSAFE_CHARACTER.test(result.stderr), JSON.stringify(result.stderr));
      assert.ok(result.errors[0].endsWith('evil\\u001b[2J\\u202e.txt: no such file or directory, skipped'), result.errors[0]);
    });

    it('reads standard input once only', async () => {
      const result = await cli(['analyze', '-', '-'], { stdin: ' date 2024-01-05 Anna Berg said so.' });
      assert.strictEqual(result.status, 1);
      assert.deepStrictEqual(result.errors, ['sourcelens: -: standard input can be read only once, skipped']);
      assert.strictEqual((JSON.parse(result.stdout) as Analysis[]).length, 1);
    });

    it('reports an unexpected internal error in one line with a hint, the stack only with SOURCELENS_DEBUG', async () => {
      async function* failing(): AsyncGenerator<Uint8Array> {
        yield Buffer.from('partial');
        throw new Error('stream exploded');
      }
      const quiet = await cli(['analyze', '-'], { stdin: failing() });
      assert.strictEqual(quiet.status, 1);
      assert.deepStrictEqual(quiet.errors, [
        'sourcelens: internal error: stream exploded; this is a bug, please report it with the command you ran (SOURCELENS_DEBUG=1 shows details)',
      ]);
      const debug = await cli(['analyze', '-'], { stdin: failing(), env: { SOURCELENS_DEBUG: '1' } });
      assert.match(debug.stderr, /\n\s+at /);
    });
  });

  describe('hostile text', () => {
    for (const format of ['json', 'jsonl', 'csv', 'md']) {
      it(`writes no raw control or bidi character in ${format}, to a terminal or a pipe`, async () => {
        for (const tty of [true, false]) {
          const result = await cli(['analyze', HOSTILE_TEXT, '--format', format], { tty });
          assert.strictEqual(result.status, 0, result.stderr);
          const output = format === 'csv' ? result.stdout.replace(/\r\n/g, '\n') : result.stdout;
          assert.ok(!UNSAFE_CHARACTER.test(output), `raw unsafe character in ${format} output`);
          assert.ok(!UNSAFE_CHARACTER.test(result.stderr));
        }
      });
    }

    it('keeps document text exact in JSON, escapes and all', async () => {
      const result = await cli(['analyze', path.join(HOSTILE_TEXT, 'ansi-escapes.txt')]);
      const analysis = JSON.parse(result.stdout) as Analysis;
      const source = readFileSync(path.join(HOSTILE_TEXT, 'ansi-escapes.txt'), 'utf8');
      for (const span of [...analysis.entities, ...analysis.quotes, ...analysis.claims]) {
        assert.strictEqual(span.text, source.slice(span.start, span.end));
      }
    });
  });
});

function runCommand(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { ...options, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const status = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ status, stdout, stderr });
    });
  });
}

/** Runs the built binary the way a user does; `npm run build` must have produced dist/cli.js. */
function runBuiltCli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), ...args], { cwd: REPO_ROOT }, (error, stdout, stderr) => {
      const status = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ status, stdout, stderr });
    });
  });
}

describe('sourcelens binary (dist/cli.js) [stress]', function () {
  this.timeout(180_000);

  before(async () => {
    // The same build a user runs; the CLI bundle must work on its own, without out/ or ts sources.
    await new Promise<void>((resolve, reject) => {
      execFile(process.execPath, [path.join(REPO_ROOT, 'esbuild.js')], { cwd: REPO_ROOT }, (error, _stdout, stderr) => (error ? reject(new Error(`build failed: ${stderr}`)) : resolve()));
    });
  });

  it('starts with a shebang and analyses the seed article into a report', async () => {
    assert.ok(readFileSync(path.join(REPO_ROOT, 'dist', 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node'));
    const seed = path.join('test', 'fixtures', 'seed', '000_3f34881810dbdd74.txt');
    const result = await runBuiltCli(['analyze', seed, '--format', 'md']);
    assert.strictEqual(result.status, 0, result.stderr);
    assert.ok(result.stdout.startsWith(`# Source Lens report: ${seed}\n`), result.stdout.slice(0, 200));
  });

  it('is put on the PATH by npm link, as the README shows, and runs from there', async function () {
    if (process.platform === 'win32') this.skip(); // npm links a .cmd shim there
    const prefix = mkdtempSync(path.join(tmpdir(), 'sourcelens-link-'));
    try {
      // npm's global folder is a temporary one, so the test leaves the machine as it was; settings an outer npm run
      // passes down (npm_config_*) are left out, so `npm link` runs as typed in a shell.
      const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
      Object.assign(env, { NPM_CONFIG_PREFIX: prefix, NPM_CONFIG_AUDIT: 'false', NPM_CONFIG_FUND: 'false', NPM_CONFIG_UPDATE_NOTIFIER: 'false' });
      const npm = await runCommand('npm', ['link'], { cwd: REPO_ROOT, env });
      assert.strictEqual(npm.status, 0, npm.stderr);
      const bin = path.join(prefix, 'bin');
      const seed = path.join(REPO_ROOT, 'test', 'fixtures', 'seed', '000_3f34881810dbdd74.txt');
      const result = await runCommand('sourcelens', ['analyze', seed, '--format', 'jsonl', '--quiet'], { cwd: prefix, env: { ...env, PATH: `${bin}${path.delimiter}${env.PATH ?? ''}` } });
      assert.strictEqual(result.status, 0, result.stderr);
      assert.strictEqual((JSON.parse(result.stdout) as Analysis).claims.length > 0, true);
    } finally {
      rmSync(prefix, { recursive: true, force: true });
    }
  });

  it('packs as a package of the CLI alone: no tests, sources or evaluation data', async () => {
    // --ignore-scripts: the list is the point here, not the release build the prepack script makes.
    const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
    const pack = await runCommand('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, env });
    assert.strictEqual(pack.status, 0, pack.stderr);
    const [{ files }] = JSON.parse(pack.stdout) as Array<{ files: Array<{ path: string }> }>;
    assert.deepStrictEqual(files.map((file) => file.path).sort(), ['CHANGELOG.md', 'LICENSE', 'NOTICES.md', 'README.md', 'dist/cli.js', 'package.json']);
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    assert.deepStrictEqual(manifest.bin, { sourcelens: './dist/cli.js' });
  });

  it('keeps the old --out file whole when writing fails half-way, and leaves no temporary file', async function () {
    if (process.platform !== 'linux') this.skip(); // the file-size limit of ulimit makes the write fail
    const folder = mkdtempSync(path.join(tmpdir(), 'sourcelens-atomic-'));
    try {
      const out = path.join(folder, 'report.json');
      writeFileSync(out, 'KEEP\n');
      const seed = path.join(REPO_ROOT, 'test', 'fixtures', 'seed', '000_3f34881810dbdd74.txt');
      // Files may grow to 8 KB; the seed's JSON is far larger, so a write fails with EFBIG part of the way through.
      const result = await runCommand('bash', ['-c', 'ulimit -f 8 && exec "$@"', 'bash', process.execPath, path.join(REPO_ROOT, 'dist', 'cli.js'), 'analyze', seed, '--out', out, '-q'], { cwd: folder });
      assert.deepStrictEqual([result.status, result.stderr], [1, `sourcelens: ${out}: cannot write the output: file too large for the file system\n`]);
      assert.strictEqual(readFileSync(out, 'utf8'), 'KEEP\n');
      assert.deepStrictEqual(readdirSync(folder), ['report.json']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('exits 1 with one line for a missing file and 2 for a bad flag, without a stack trace', async () => {
    const missing = await runBuiltCli(['analyze', 'no-such-file.txt']);
    assert.deepStrictEqual([missing.status, missing.stdout, missing.stderr], [1, '', 'sourcelens: no-such-file.txt: no such file or directory, skipped\n']);
    const badFlag = await runBuiltCli(['analyze', 'x.txt', '--colour']);
    assert.deepStrictEqual([badFlag.status, badFlag.stderr], [2, "sourcelens: unknown option '--colour' (see sourcelens --help)\n"]);
  });
});
