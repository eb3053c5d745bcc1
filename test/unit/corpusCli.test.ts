// `sourcelens corpus`: every output format, --jobs, --shard (the shards' union is the whole), JSON Lines read back,
// and a folder with binary, unreadable and huge files among good ones.
import { strict as assert } from 'assert';
import { symlinkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { execFileSync } from 'child_process';
import { tmpdir } from 'os';
import * as path from 'path';
import { CORPUS_USAGE } from '../../src/cli/corpusRun';
import { isDocumentSummary, type DocumentSummary } from '../../src/corpus/summary';
import type { CorpusReport } from '../../src/corpus/report';
import { corpusGexf, xmlAttribute } from '../../src/corpus/formats';
import { assertNoStackTrace, cli } from './cliRunner';
import { run } from '../../src/cli/main';
import { ProgressLine } from '../../src/cli/progressLine';

interface SaxParser {
  onerror: (error: Error) => void;
  onopentag: (node: { name: string; attributes: Record<string, string> }) => void;
  write(text: string): SaxParser;
  close(): void;
}
// sax comes with the packaging tools; a strict XML parser is all this test needs of it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sax = require('sax') as { parser(strict: boolean): SaxParser };

/** Parses XML strictly; returns the elements in order with their attributes, or throws on the first error. */
function parseXml(xml: string): Array<{ name: string; attributes: Record<string, string> }> {
  const parser = sax.parser(true);
  const elements: Array<{ name: string; attributes: Record<string, string> }> = [];
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (node) => void elements.push({ name: node.name, attributes: node.attributes });
  parser.write(xml).close();
  return elements;
}

const QUOTE = 'We will not back down from this fight, whatever the cost to us';

const DOCUMENTS: Record<string, string> = {
  'wire/a.txt': ` date 2023-03-02 "${QUOTE}," Foreign Minister Anna Berg said on Thursday.\n\nKremlin spokesman Dmitry Peskov said talks would go on.\n`,
  'wire/b.txt': ` date 2023-03-01 Anna Berg told reporters: "${QUOTE}."\n`,
  'reports/c.md': ` date 2023-03-09 Berg repeated that "${QUOTE}" and Dmitry Peskov said the Kremlin would wait.\n`,
  'reports/d.txt': ` date 2023-04-01 "The harvest came in early this year," farmer Tomas Lind said. Lind & Sons [sold](command:x) <b>grain</b>.\n`,
  'e.txt': 'Dmitry Peskov said on Monday that the talks would continue in Istanbul next week.\n',
  'f.txt': ` date 2022-12-24 "Prices have doubled since the summer," said Maria Lopez, a baker in Lisbon.\n`,
};

describe('sourcelens corpus, end to end [stress]', function () {
  this.timeout(60_000);
  let scratch: string;
  let folder: string;

  before(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'sourcelens-corpus-'));
    folder = path.join(scratch, 'sources');
    for (const [name, text] of Object.entries(DOCUMENTS)) {
      mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      writeFileSync(path.join(folder, name), text);
    }
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  const json = async (...args: string[]): Promise<CorpusReport> => {
    const result = await cli(['corpus', folder, '--format', 'json', '-q', ...args]);
    assert.equal(result.status, 0, result.stderr);
    return JSON.parse(result.stdout) as CorpusReport;
  };

  it('indexes a folder as JSON: actors merged across documents, every claim with its document and line, quotation groups', async () => {
    const report = await json();
    assert.equal(report.kind, 'sourcelens-corpus');
    assert.equal(report.documents.length, 6);
    const berg = report.actors.find((actor) => actor.name === 'Anna Berg');
    assert.ok(berg, JSON.stringify(report.actors.map((a) => a.name)));
    assert.deepEqual(berg.appearances.map((a) => path.relative(folder, a.document)).sort(), ['reports/c.md', 'wire/a.txt', 'wire/b.txt']);
    const peskov = report.actors.find((actor) => actor.name === 'Dmitry Peskov');
    assert.equal(peskov?.documents, 3);
    const claim = report.claims.find((c) => c.actor === peskov?.id && c.document.endsWith('a.txt'));
    assert.equal(claim?.line, 3);
    assert.equal(claim?.date, '2023-03-02');
    assert.equal(report.quotations.length, 1);
    const group = report.quotations[0];
    assert.deepEqual(group.occurrences.map((o) => path.relative(folder, o.document)), ['wire/b.txt', 'wire/a.txt', 'reports/c.md']);
    assert.equal(group.occurrences[0].date, '2023-03-01');
    assert.ok(report.claims.filter((c) => c.quotation === group.id).length >= 2, 'claims point to their group');
    assert.ok(report.coMentions.some((pair) => [pair.source, pair.target].includes(peskov?.id ?? '')));
  });

  it('writes one summary per document as JSON Lines, each readable on its own', async () => {
    const result = await cli(['corpus', folder, '--format', 'jsonl', '-q']);
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 6);
    const summaries = lines.map((line) => JSON.parse(line) as unknown);
    assert.ok(summaries.every(isDocumentSummary));
    assert.deepEqual(
      summaries.map((summary) => path.relative(folder, summary.document)),
      ['e.txt', 'f.txt', 'reports/c.md', 'reports/d.txt', 'wire/a.txt', 'wire/b.txt'],
      'in the folder’s order whatever order the threads finish in',
    );
  });

  it('writes each CSV table, escaped for spreadsheets', async () => {
    const report = await json();
    const expectedRows = { claims: report.claims.length, actors: report.actors.length, comentions: report.coMentions.length };
    for (const [table, rows] of Object.entries(expectedRows)) {
      const result = await cli(['corpus', folder, '--format', 'csv', '--table', table, '-q']);
      assert.equal(result.status, 0, result.stderr);
      const records = result.stdout.split('\r\n').filter((line) => line.length > 0);
      assert.equal(records.length, rows + 1, `${table}: a header and a row each`);
    }
    const claims = (await cli(['corpus', folder, '--format', 'csv', '-q'])).stdout;
    assert.match(claims, /^document,date,line,speaker,actor_id,kind,cue,text,quotation\r\n/);
    assert.ok(claims.includes(`,"${QUOTE}",1\r\n`), 'a cell with a comma is quoted; the claim names its quotation group');
    const quotations = (await cli(['corpus', folder, '--format', 'csv', '--table', 'quotations', '-q'])).stdout;
    assert.equal(quotations.split('\r\n').filter((line) => line.startsWith('1,3,')).length, 3);
  });

  it('writes a Markdown report with document text made inert', async () => {
    const result = await cli(['corpus', folder, '--format', 'md', '-q']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^# Source Lens corpus report\n\n6 documents, /);
    assert.match(result.stdout, /## Quotations across documents\n\n### 1\. /);
    assert.ok(!result.stdout.includes('<b>') && !result.stdout.includes('](command:'), 'no raw HTML or link from a document');
  });

  it('writes a GEXF 1.3 graph that a strict XML parser reads: a node per actor, an edge per co-mention', async () => {
    const result = await cli(['corpus', folder, '--format', 'gexf', '-q']);
    assert.equal(result.status, 0, result.stderr);
    const report = await json();
    const elements = parseXml(result.stdout);
    assert.equal(elements[0].name, 'gexf');
    assert.equal(elements[0].attributes.version, '1.3');
    assert.equal(elements[0].attributes.xmlns, 'http://gexf.net/1.3');
    const nodes = elements.filter((element) => element.name === 'node');
    assert.deepEqual(nodes.map((node) => node.attributes.label), report.actors.map((actor) => actor.name));
    const ids = new Set(nodes.map((node) => node.attributes.id));
    const edges = elements.filter((element) => element.name === 'edge');
    assert.equal(edges.length, report.coMentions.length);
    assert.ok(edges.every((edge) => ids.has(edge.attributes.source) && ids.has(edge.attributes.target)));
  });

  it('escapes names in GEXF, and replaces what XML cannot carry', () => {
    const nasty = 'A&B <x> "q" \'s\u0001\ud800 end\n';
    const report: CorpusReport = {
      kind: 'sourcelens-corpus',
      schema: 1,
      documents: [{ document: 'a&b.txt', date: null, actors: 2, claims: 0 }],
      actors: [nasty, 'Plain'].map((name, index) => ({
        id: `id-${index}${index === 0 ? '"&<' : ''}`,
        name,
        type: 'ORG' as const,
        aliases: [],
        documents: 1,
        mentions: 1,
        claims: 0,
        firstDate: null,
        appearances: [],
      })),
      claims: [],
      quotations: [],
      coMentions: [{ source: 'id-0"&<', target: 'id-1', documents: 1 }],
    };
    const elements = parseXml([...corpusGexf(report)].join(''));
    const node = elements.find((element) => element.name === 'node');
    assert.equal(node?.attributes.label, 'A&B <x> "q" \'s\ufffd\ufffd end\n');
    assert.equal(elements.find((element) => element.name === 'edge')?.attributes.source, 'id-0"&<');
    assert.equal(xmlAttribute('<&>"\''), '&lt;&amp;&gt;&quot;&apos;');
  });

  it('gives the same output with one thread and with several', async () => {
    const one = await cli(['corpus', folder, '--jobs', '1', '-q']);
    const three = await cli(['corpus', folder, '--jobs', '3', '-q']);
    assert.equal(one.status, 0, one.stderr);
    assert.equal(three.stdout, one.stdout);
    const jsonl = await cli(['corpus', folder, '-f', 'jsonl', '-j', '3', '-q']);
    assert.equal(jsonl.stdout, (await cli(['corpus', folder, '-f', 'jsonl', '-j', '1', '-q'])).stdout);
  });

  it('splits the documents into shards whose union is the whole, and merges the shards’ JSON Lines into the whole index', async () => {
    const whole = await cli(['corpus', folder, '-f', 'jsonl', '-q']);
    const shardFiles: string[] = [];
    const shardLines: string[] = [];
    for (let index = 1; index <= 3; index++) {
      const shard = await cli(['corpus', folder, '-f', 'jsonl', '-q', '--shard', `${index}/3`]);
      assert.equal(shard.status, 0, shard.stderr);
      const file = path.join(scratch, `shard-${index}.jsonl`);
      writeFileSync(file, shard.stdout);
      shardFiles.push(file);
      shardLines.push(...shard.stdout.split('\n').filter(Boolean));
    }
    const wholeLines = whole.stdout.split('\n').filter(Boolean);
    assert.deepEqual([...shardLines].sort(), [...wholeLines].sort(), 'every document in exactly one shard');
    assert.ok(shardFiles.length === 3 && shardLines.length === 6);
    const merged = await cli(['corpus', ...shardFiles.reverse(), '-f', 'json', '-q']);
    assert.equal(merged.status, 0, merged.stderr);
    assert.deepEqual(JSON.parse(merged.stdout), await json(), 'the merged shards index as the whole folder does');
  });

  it('reports lines of a JSON Lines input that are not summaries, and documents given twice', async () => {
    const whole = await cli(['corpus', folder, '-f', 'jsonl', '-q']);
    const file = path.join(scratch, 'mixed.jsonl');
    const first = whole.stdout.split('\n')[0];
    writeFileSync(file, `${first}\nnot json\n{"type":"document"}\n${first}\n`);
    const result = await cli(['corpus', file, '-q']);
    assert.equal(result.status, 1);
    assert.deepEqual(result.errors, [
      `sourcelens: ${file}:2: not a document of sourcelens corpus --format jsonl, skipped`,
      `sourcelens: ${file}:3: not a document of sourcelens corpus --format jsonl, skipped`,
      `sourcelens: ${file}:4: warning: ${(JSON.parse(first) as DocumentSummary).document} is already in the corpus (given twice), skipped`,
    ]);
    assert.equal((JSON.parse(result.stdout) as CorpusReport).documents.length, 1);
  });

  it('skips binary, unreadable and huge files with one clear line each, and indexes the rest', async () => {
    const bad = path.join(scratch, 'bad');
    mkdirSync(bad);
    writeFileSync(path.join(bad, 'good.txt'), DOCUMENTS['wire/a.txt']);
    writeFileSync(path.join(bad, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0]));
    writeFileSync(path.join(bad, 'huge.txt'), 'Anna Berg said so. '.repeat(6000));
    // Links to nothing and named pipes in a folder are not documents; named on the command line, each is reported.
    const other = path.join(scratch, 'other');
    mkdirSync(other);
    symlinkSync(path.join(other, 'missing-target.txt'), path.join(other, 'dangling.txt'));
    execFileSync('mkfifo', [path.join(other, 'pipe.txt')]);
    const result = await cli(['corpus', bad, path.join(other, 'dangling.txt'), path.join(other, 'pipe.txt'), '--max-size', '0.1', '-q', '-j', '3']);
    assertNoStackTrace(result);
    assert.equal(result.status, 1);
    const file = (name: string): string => path.join(bad, name);
    assert.deepEqual(result.errors, [
      `sourcelens: ${path.join(other, 'dangling.txt')}: no such file or directory, skipped`,
      `sourcelens: ${file('binary.txt')}: binary file (contains NUL bytes), skipped`,
      `sourcelens: ${file('huge.txt')}: file too large (0.1 MB; the limit is 0.1 MB), skipped`,
      `sourcelens: ${path.join(other, 'pipe.txt')}: not a regular file (a named pipe); pipe its text to standard input instead: sourcelens analyze - < FILE, skipped`,
    ]);
    const report = JSON.parse(result.stdout) as CorpusReport;
    assert.deepEqual(report.documents.map((document) => path.basename(document.document)), ['good.txt']);
  });

  // Runs with the compiled suites: its memory limit is sized for the compiled engine, and a thread that first compiles the
  // TypeScript sources through the unit loop's loader spends part of it on the loader.
  it('goes on after a document that exhausts its thread’s memory, with the documents queued behind it', async () => {
    const folder = path.join(scratch, 'memory');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'a.txt'), DOCUMENTS['wire/a.txt']);
    writeFileSync(path.join(folder, 'b-large.txt'), DOCUMENTS['wire/a.txt'].repeat(20000));
    writeFileSync(path.join(folder, 'c.txt'), DOCUMENTS['wire/b.txt']);
    writeFileSync(path.join(folder, 'd.txt'), DOCUMENTS['e.txt']);
    const result = await cli(['corpus', folder, '--jobs', '1', '--max-memory', '40', '--max-size', '10', '-f', 'jsonl', '-q']);
    assert.equal(result.status, 1);
    assert.deepEqual(result.errors, [
      `sourcelens: ${path.join(folder, 'b-large.txt')}: too large to analyse in the 40 MB of memory given to one document, skipped; ` +
        'split it, or give more with --max-memory',
    ]);
    const names = result.stdout.trimEnd().split('\n').map((line) => path.basename((JSON.parse(line) as DocumentSummary).document));
    assert.deepEqual(names, ['a.txt', 'c.txt', 'd.txt']);
  });

  it('counts documents on a terminal, in place, and clears the count before each message and at the end', async () => {
    let stderr = '';
    const io = {
      stdout: { write: () => true },
      stderr: { write: (text: string) => (stderr += text), isTTY: true },
      stdin: Object.assign((async function* () {})(), { isTTY: true }),
    };
    const status = await run(['corpus', folder, path.join(scratch, 'missing.txt'), '-j', '2'], io);
    assert.equal(status, 1);
    assert.ok(stderr.includes('\r\u001b[Ksourcelens: 6 of 6 documents analysed'), JSON.stringify(stderr));
    assert.ok(stderr.endsWith('\r\u001b[Ksourcelens: note: 6 documents in the corpus\n'), JSON.stringify(stderr.slice(-120)));
    assert.ok(!/\n[^\n]*\r/.test(stderr.replace(/\r\u001b\[K/g, '')), 'no message is written over the count');
  });

  it('redraws the count at most every 200 ms, the last one always, and never on a pipe', () => {
    const writes: string[] = [];
    let time = 0;
    const line = new ProgressLine({ write: (text: string) => writes.push(text), isTTY: true }, true, () => time);
    for (let done = 1; done <= 10; done++) {
      time += 50;
      line.update(done, 10);
    }
    assert.deepEqual(writes.map((text) => /(\d+) of/.exec(text)?.[1]), ['1', '5', '9', '10']);
    line.clear();
    line.clear();
    assert.equal(writes.length, 5, 'cleared once');
    const piped: string[] = [];
    new ProgressLine({ write: (text: string) => piped.push(text) }, true).update(1, 1);
    new ProgressLine({ write: (text: string) => piped.push(text), isTTY: true }, false).update(1, 1);
    assert.deepEqual(piped, []);
  });

  it('shows its own help, and refuses options it cannot mean', async () => {
    const help = await cli(['corpus', '--help']);
    assert.equal(help.stdout, CORPUS_USAGE);
    const refused: Array<[string[], RegExp]> = [
      [['corpus'], /corpus needs at least one PATH/],
      [['corpus', 'x', '--jobs', '0'], /invalid number '0' for --jobs/],
      [['corpus', 'x', '--shard', '4/3'], /invalid shard '4\/3' for --shard/],
      [['corpus', 'x', '--shard', '0/3'], /invalid shard/],
      [['corpus', 'x', '--format', 'xml'], /unknown format 'xml' for corpus \(use json, jsonl, csv, md or gexf\)/],
      [['corpus', 'x', '--table', 'actors'], /--table applies to --format csv/],
      [['corpus', '-'], /not standard input/],
      [['analyze', 'x', '--jobs', '2'], /--jobs applies to the corpus command/],
      [['analyze', 'x', '--format', 'gexf'], /unknown format 'gexf'/],
    ];
    for (const [args, message] of refused) {
      const result = await cli(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, message);
    }
  });
});
