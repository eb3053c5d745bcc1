// Proves the CLI's options beyond the basics: --quiet, piped standard input without -, CSV tables and the byte order mark,
// and options anywhere.
import * as assert from 'assert';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { Analysis } from '../../src/analysis/types';
import { CSV_TABLE_COLUMNS } from '../../src/export';
import { cli } from './cliRunner';

/** Dated, so it brings no note about a missing document date. */
const ARTICLE = ' date 2023-03-16 Foreign Minister Qin Gang said on Monday that talks would continue. Qin told Anna Berg so.\n';

describe('sourcelens CLI: options', () => {
  let scratch: string;
  let article: string;
  let undated: string;
  before(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'sourcelens-options-'));
    article = path.join(scratch, 'article.txt');
    writeFileSync(article, ARTICLE);
    undated = path.join(scratch, 'undated.txt');
    writeFileSync(undated, 'Anna Berg said on Monday that the bridge would open.\n');
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('--quiet leaves out notes but keeps warnings and problems', async () => {
    const invalid = path.join(scratch, 'latin1.txt');
    writeFileSync(invalid, Buffer.from('Caf\xe9 owner Zo\xeb Ng said yes.\n', 'latin1'));
    const missing = path.join(scratch, 'missing.txt');
    const loud = await cli(['analyze', undated, invalid, missing]);
    assert.ok(loud.errors.some((line) => line.includes(': note: No document date')), loud.stderr);
    for (const flag of ['--quiet', '-q']) {
      const quiet = await cli(['analyze', undated, invalid, missing, flag]);
      assert.strictEqual(quiet.status, 1);
      assert.deepStrictEqual(quiet.errors, [
        `sourcelens: ${missing}: no such file or directory, skipped`,
        `sourcelens: ${invalid}: warning: invalid UTF-8 (first bad byte at offset 3); undecodable bytes shown as U+FFFD`,
      ]);
      assert.strictEqual((JSON.parse(quiet.stdout) as Analysis[]).length, 2);
    }
  });

  it('reads piped standard input when no PATH is given, and asks for a PATH at a terminal', async () => {
    const piped = await cli(['analyze', '--format', 'jsonl', '-q'], { stdin: ARTICLE });
    assert.strictEqual(piped.status, 0, piped.stderr);
    const analysis = JSON.parse(piped.stdout) as Analysis;
    assert.deepStrictEqual([analysis.document, analysis.documentDate], ['-', '2023-03-16']);
    const atTerminal = await cli(['analyze']);
    assert.strictEqual(atTerminal.status, 2);
  });

  it('takes options before and after the command, in short groups and with =', async () => {
    const result = await cli(['-qf', 'csv', 'analyze', article, '--table=claims']);
    assert.strictEqual(result.status, 0, result.stderr);
    assert.ok(result.stdout.startsWith(`${CSV_TABLE_COLUMNS.claims.join(',')}\r\n`), result.stdout);
  });

  it('writes CSV tables of one kind and the byte order mark Excel needs', async () => {
    for (const table of ['claims', 'actors', 'entities'] as const) {
      const result = await cli(['analyze', article, '-f', 'csv', '--table', table, '--bom', '-q']);
      assert.strictEqual(result.status, 0, result.stderr);
      assert.ok(result.stdout.startsWith(`\uFEFF${CSV_TABLE_COLUMNS[table].join(',')}\r\n`), result.stdout);
      assert.ok(result.stdout.split('\r\n').length > 2, `${table}: rows expected`);
    }
  });

  const usageErrors: Array<[string[], string]> = [
    [['analyze', 'x.txt', '--table', 'claims'], '--table applies to --format csv'],
    [['analyze', 'x.txt', '-f', 'csv', '--table', 'quotes'], "unknown table 'quotes' for --table (use mixed, claims, actors or entities)"],
    [['analyze', 'x.txt', '--bom'], '--bom applies to --format csv'],
    [['analyze', 'x.txt', '--quiet=yes'], "option '--quiet' takes no value"],
    [['analyze', 'x.txt', '--max-memory', '0'], "invalid size '0' for --max-memory (a number of megabytes, e.g. 4096)"],
  ];
  for (const [args, message] of usageErrors) {
    it(`rejects ${JSON.stringify(args)} with one line and exit 2`, async () => {
      const result = await cli(args);
      assert.deepStrictEqual([result.status, result.errors], [2, [`sourcelens: ${message} (see sourcelens --help)`]]);
    });
  }
});


