// Proves the CLI's options beyond the basics: --quiet, piped standard input without -, CSV tables and the byte order mark,
// options anywhere, and the editor's corrections from .vscode/settings.json or from files.
import * as assert from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { analyze } from '../../src/analysis';
import type { Analysis } from '../../src/analysis/types';
import { parseJsonc } from '../../src/cli/jsonc';
import { readSettings } from '../../src/settings/config';
import { CSV_TABLE_COLUMNS } from '../../src/export';
import { cli } from './cliRunner';

/** Dated, so the only note is about the settings; undated text adds a note of its own. */
const ARTICLE = ' date 2023-03-16 Foreign Minister Qin Gang said on Monday that talks would continue. Qin told Anna Berg so.\n';

function actorNames(analysis: Analysis): string[] {
  return analysis.actors.map((actor) => actor.name).sort();
}

describe('sourcelens CLI: options [stress]', () => {
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
    [['analyze', 'x.txt', '--known-actors'], "option '--known-actors' needs a value"],
    [['analyze', 'x.txt', '--review', 'r.json'], '--review applies to sourcelens review'],
    [['review', 'x.txt', '--jobs', '2'], '--jobs applies to the corpus command'],
    [['review', 'x.txt', '--no-review'], '--no-review applies to sourcelens analyze'],
    [['corpus', 'docs', '--review', 'r.json'], '--review applies to sourcelens review'],
    [['corpus', 'docs', '--no-review'], '--no-review applies to sourcelens analyze'],
  ];
  for (const [args, message] of usageErrors) {
    it(`rejects ${JSON.stringify(args)} with one line and exit 2`, async () => {
      const result = await cli(args);
      assert.deepStrictEqual([result.status, result.errors], [2, [`sourcelens: ${message} (see sourcelens --help)`]]);
    });
  }
});

describe('sourcelens CLI: the editor corrections [stress]', () => {
  let scratch: string;
  let project: string;
  let article: string;
  const knownActors = [{ name: 'Qin Gang', type: 'PERSON', aliases: ['Qin'] }];
  const ignoreNames = ['Anna Berg'];

  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'sourcelens-corrections-'));
    project = path.join(scratch, 'project');
    mkdirSync(path.join(project, '.vscode'), { recursive: true });
    mkdirSync(path.join(project, 'articles', 'march'), { recursive: true });
    article = path.join(project, 'articles', 'march', 'qin.txt');
    writeFileSync(article, ARTICLE);
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  /** A settings.json as people write it: comments and trailing commas. */
  function writeSettings(body: string): string {
    const file = path.join(project, '.vscode', 'settings.json');
    writeFileSync(file, body);
    return file;
  }

  it('applies the knownActors and ignoreNames of the .vscode/settings.json above the input, as the editor does', async () => {
    const settingsFile = writeSettings(`{
      // the team's corrections
      "editor.wordWrap": "on",
      "sourcelens.knownActors": [
        { "name": "Qin Gang", "type": "PERSON", "aliases": ["Qin"], },
      ],
      /* never a person */ "sourcelens.ignoreNames": ["Anna Berg",],
    }`);
    const plain = analyze(ARTICLE, { document: article });
    assert.ok(actorNames(plain).includes('Anna Berg'), 'without corrections Anna Berg is an actor');
    // What the extension computes from the same settings (config.ts reads them, the service passes them on).
    const settings = readSettings({ get: <T>(key: string) => ({ knownActors, ignoreNames } as Record<string, unknown>)[key] as T });
    const inEditor = analyze(ARTICLE, { document: article, knownActors: settings.knownActors, ignoreNames: settings.ignoreNames });
    for (const input of [article, path.join(project, 'articles')]) {
      const result = await cli(['analyze', input, '-f', 'jsonl']);
      assert.strictEqual(result.status, 0, result.stderr);
      const analysis = JSON.parse(result.stdout) as Analysis;
      assert.deepStrictEqual(actorNames(analysis), actorNames(inEditor));
      assert.ok(!actorNames(analysis).includes('Anna Berg'));
      assert.deepStrictEqual(analysis.entities, inEditor.entities);
      assert.deepStrictEqual(result.errors, [`sourcelens: ${settingsFile}: note: using the editor's corrections in this file: 1 known actor, 1 ignored name`]);
    }
    const withoutSettings = await cli(['analyze', article, '--no-settings', '-q']);
    assert.ok(actorNames(JSON.parse(withoutSettings.stdout) as Analysis).includes('Anna Berg'));
  });

  it('uses the settings above the working folder for standard input', async () => {
    writeSettings('{ "sourcelens.ignoreNames": ["Anna Berg"] }');
    const cwd = process.cwd();
    process.chdir(path.join(project, 'articles'));
    try {
      const result = await cli(['analyze', '-q'], { stdin: ARTICLE });
      assert.ok(!actorNames(JSON.parse(result.stdout) as Analysis).includes('Anna Berg'), result.stderr);
    } finally {
      process.chdir(cwd);
    }
  });

  it('says where a broken settings file is broken, and analyses without it', async () => {
    const settingsFile = writeSettings('{\n  "sourcelens.ignoreNames": ["Anna Berg"]\n  "sourcelens.knownActors": []\n}');
    const result = await cli(['analyze', article, '-q']);
    assert.strictEqual(result.status, 1);
    assert.deepStrictEqual(result.errors, [
      `sourcelens: ${settingsFile}: cannot use these settings (not valid JSON at line 3, column 3: Expected ',' or '}' after property value); their corrections are not applied`,
    ]);
    assert.ok(actorNames(JSON.parse(result.stdout) as Analysis).includes('Anna Berg'));
  });

  it('names each entry the editor would ignore', async () => {
    const settingsFile = writeSettings('{ "sourcelens.knownActors": [{ "name": "Qin Gang", "type": "MINISTER" }, { "name": "Qin Gang", "type": "PERSON" }], "sourcelens.ignoreNames": "Anna Berg" }');
    const result = await cli(['analyze', article, '-q']);
    assert.strictEqual(result.status, 0);
    assert.deepStrictEqual(result.errors, [
      `sourcelens: ${settingsFile}: warning: sourcelens.knownActors[0] ignored: an actor needs a "name" and a "type" of PERSON, ORG or PLACE`,
      `sourcelens: ${settingsFile}: warning: sourcelens.ignoreNames is not a list of names; ignored`,
    ]);
  });

  it('takes --known-actors and --ignore-names files, which win over the settings', async () => {
    writeSettings('{ "sourcelens.ignoreNames": ["Qin Gang"] }');
    const actorsFile = path.join(scratch, 'actors.json');
    writeFileSync(actorsFile, JSON.stringify(knownActors));
    const namesFile = path.join(scratch, 'names.txt');
    writeFileSync(namesFile, '# people to leave out\nAnna Berg\n\n');
    const result = await cli(['analyze', article, '--known-actors', actorsFile, '--ignore-names', namesFile, '-q']);
    assert.strictEqual(result.status, 0, result.stderr);
    const analysis = JSON.parse(result.stdout) as Analysis;
    assert.deepStrictEqual(actorNames(analysis), actorNames(analyze(ARTICLE, { knownActors: [{ name: 'Qin Gang', type: 'PERSON', aliases: ['Qin'] }], ignoreNames })));
    assert.ok(actorNames(analysis).includes('Qin Gang') && !actorNames(analysis).includes('Anna Berg'));
    const namesJson = path.join(scratch, 'names.json');
    writeFileSync(namesJson, '["Anna Berg", ] // trailing comma and comment');
    const fromJson = await cli(['analyze', article, '--ignore-names', namesJson, '-q', '--no-settings']);
    assert.ok(!actorNames(JSON.parse(fromJson.stdout) as Analysis).includes('Anna Berg'));
  });

  it('refuses a corrections file it cannot use, before analysing anything', async () => {
    const broken = path.join(scratch, 'broken.json');
    writeFileSync(broken, '{ "name": "Qin Gang" ');
    const result = await cli(['analyze', article, '--known-actors', broken]);
    assert.strictEqual(result.status, 2);
    assert.strictEqual(result.stdout, '');
    assert.match(result.errors[0], /^sourcelens: .*broken\.json: not valid JSON at line 1, column \d+: .* \(see sourcelens --help\)$/);
    const missing = await cli(['analyze', article, '--ignore-names', path.join(scratch, 'none.txt')]);
    assert.deepStrictEqual([missing.status, missing.errors], [2, [`sourcelens: ${path.join(scratch, 'none.txt')}: no such file or directory (see sourcelens --help)`]]);
  });
});

describe('parseJsonc', () => {
  it('reads comments and trailing commas as VS Code does, and keeps // inside strings', () => {
    assert.deepStrictEqual(parseJsonc('{\n // note\n "a": [1, 2,], /* x */ "b": "http://x", }'), { ok: true, value: { a: [1, 2], b: 'http://x' } });
    assert.deepStrictEqual(parseJsonc('  '), { ok: true, value: {} });
  });

  it('gives the line and column of an error, in the text as written', () => {
    assert.deepStrictEqual(parseJsonc('{\n  /* c */ "a": 1\n  "b": 2\n}'), { ok: false, message: "Expected ',' or '}' after property value", line: 3, column: 3 });
    assert.deepStrictEqual(parseJsonc('{ "a": 1 /* open'), { ok: false, message: 'a comment is never closed (*/ is missing)', line: 1, column: 10 });
  });
});
