// Proves the CLI keeps documents safe and handles what it accepts: --out never replaces an input and never leaves a
// half-written file, write failures say "write", output streams document by document, memory is bounded with a
// clear message, and a named pipe is refused instead of hanging.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { Analysis } from '../../src/analysis/types';
import { documentLimitBytes, HEAP_BYTES_PER_CHARACTER, MAX_DOCUMENT_BYTES } from '../../src/cli/limits';
import { assertNoStackTrace, cli } from './cliRunner';

const ARTICLE = ' date 2023-03-16 Kremlin spokesman Dmitry Peskov said on Monday that talks would continue.\n';
const MEBIBYTE = 1024 * 1024;

describe('sourcelens CLI: output safety [stress]', () => {
  let scratch: string;
  let victim: string;
  let docs: string;

  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'sourcelens-out-'));
    victim = path.join(scratch, 'victim.txt');
    writeFileSync(victim, ARTICLE);
    docs = path.join(scratch, 'docs');
    mkdirSync(docs);
    writeFileSync(path.join(docs, 'one.txt'), ARTICLE);
    writeFileSync(path.join(docs, 'two.md'), ARTICLE);
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('refuses --out that is an input document, by any name, and leaves it as it was', async () => {
    const link = path.join(scratch, 'link.txt');
    symlinkSync(victim, link);
    const hardLink = path.join(scratch, 'hard.txt');
    linkSync(victim, hardLink);
    const relative = `.${path.sep}${path.relative(process.cwd(), victim)}`;
    for (const [input, out] of [[victim, victim], [victim, relative], [link, victim], [victim, link], [hardLink, victim]]) {
      const result = await cli(['analyze', input, '--out', out]);
      assert.strictEqual(result.status, 2, result.stderr);
      assert.deepStrictEqual(result.errors, [
        `sourcelens: --out ${out} is the document ${input}; writing the output there would replace it; choose another output file (see sourcelens --help)`,
      ]);
      assert.strictEqual(readFileSync(victim, 'utf8'), ARTICLE);
    }
  });

  it('refuses --out where a folder run reads documents, allows it beside them', async () => {
    for (const name of ['two.md', 'new.md', path.join('sub', 'new.txt')]) {
      const out = path.join(docs, name);
      const result = await cli(['analyze', docs, '--out', out]);
      assert.strictEqual(result.status, 2, result.stderr);
      assert.match(result.errors[0], name === 'two.md' ? /is the document/ : /is inside the folder .*docs, where it would be read as one of the documents/);
    }
    assert.strictEqual(readFileSync(path.join(docs, 'two.md'), 'utf8'), ARTICLE);
    for (const name of ['report.json', '.report.md', path.join('node_modules', 'x.md')]) {
      const out = path.join(docs, name);
      mkdirSync(path.dirname(out), { recursive: true });
      const result = await cli(['analyze', docs, '--out', out, '--quiet']);
      assert.strictEqual(result.status, 0, result.stderr);
      assert.strictEqual((JSON.parse(readFileSync(out, 'utf8')) as unknown[]).length, 2);
    }
  });

  it('replaces an existing output only when complete, through a temporary file that is gone afterwards', async () => {
    const out = path.join(scratch, 'out.jsonl');
    writeFileSync(out, 'old content\n');
    const onlyMissing = await cli(['analyze', path.join(scratch, 'missing.txt'), '--out', out]);
    assert.strictEqual(onlyMissing.status, 1);
    assert.strictEqual(readFileSync(out, 'utf8'), 'old content\n', 'nothing analysed: the old output stays');
    const result = await cli(['analyze', victim, docs, '--out', out, '-f', 'jsonl', '-q']);
    assert.strictEqual(result.status, 0, result.stderr);
    assert.strictEqual(readFileSync(out, 'utf8').trimEnd().split('\n').length, 3);
    assert.deepStrictEqual(readdirSync(scratch).sort(), ['docs', 'out.jsonl', 'victim.txt']);
  });

  it('says it could not write, not read, when the device is full', async function () {
    if (process.platform !== 'linux') this.skip(); // /dev/full is Linux's
    const result = await cli(['analyze', victim, '--out', '/dev/full', '--quiet']);
    assert.strictEqual(result.status, 1);
    assert.deepStrictEqual(result.errors, ['sourcelens: /dev/full: cannot write the output: no space left on the device']);
  });

  it('refuses a named pipe at once and goes on with the other documents', async function () {
    if (process.platform === 'win32') this.skip(); // no named pipes in the file system
    const fifo = path.join(scratch, 'fifo.txt');
    execFileSync('mkfifo', [fifo]);
    const result = await cli(['analyze', fifo, victim, '-f', 'jsonl', '-q']);
    assert.strictEqual(result.status, 1);
    assert.deepStrictEqual(result.errors, [
      `sourcelens: ${fifo}: not a regular file (a named pipe); pipe its text to standard input instead: sourcelens analyze - < FILE, skipped`,
    ]);
    assert.strictEqual((JSON.parse(result.stdout) as Analysis).document, victim);
  });
});

describe('sourcelens CLI: streaming and memory [stress]', () => {
  let scratch: string;
  before(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'sourcelens-stream-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('writes each document as soon as it is analysed, before reading the next', async () => {
    const first = path.join(scratch, 'first.txt');
    writeFileSync(first, ARTICLE);
    let printed = '';
    // Standard input, the second document, gives its text only once the first document's output is out.
    async function* afterFirstOutput(): AsyncGenerator<Uint8Array> {
      for (let waited = 0; !printed.includes(first); waited += 10) {
        if (waited > 30_000) throw new Error('the first document was not written before the second was read');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      yield Buffer.from('Anna Berg said yes.');
    }
    for (const format of ['jsonl', 'json', 'csv', 'md']) {
      printed = '';
      const result = await cli(['analyze', first, '-', '-f', format, '-q'], { stdin: afterFirstOutput(), onStdout: (text) => (printed += text) });
      assert.strictEqual(result.status, 0, result.stderr);
      if (format === 'json') assert.deepStrictEqual((JSON.parse(result.stdout) as Analysis[]).map((analysis) => analysis.document), [first, '-']);
    }
  });

  it('ends a document that needs more memory than given with one clear line, and goes on', async function () {
    this.timeout(120_000);
    // Attributed quotations one after another: the densest text measured, over 100 bytes of heap a character.
    const dense = path.join(scratch, 'dense.txt');
    writeFileSync(dense, '"Yes," said Jones. '.repeat(20_000));
    const small = path.join(scratch, 'small.txt');
    writeFileSync(small, ARTICLE);
    const result = await cli(['analyze', dense, small, '--max-memory', '24', '--max-size', '5', '-f', 'jsonl', '-q']);
    assert.strictEqual(result.status, 1);
    assertNoStackTrace(result);
    assert.deepStrictEqual(result.errors, [
      `sourcelens: ${dense}: too large to analyse in the 24 MB of memory given to one document, skipped; split it, or give more with --max-memory`,
    ]);
    assert.strictEqual((JSON.parse(result.stdout) as Analysis).document, small, 'the next document is analysed by a fresh worker');
  });

  it('limits documents to what fits in the memory given, and says so', async () => {
    const file = path.join(scratch, 'quarter.txt');
    writeFileSync(file, 'Anna Berg said yes. '.repeat(13_000)); // 0.25 MB
    const result = await cli(['analyze', file, '--max-memory', '16']);
    assert.strictEqual(result.status, 1);
    assert.deepStrictEqual(result.errors, [
      `sourcelens: ${file}: file too large (0.2 MB; the limit is 0.1 MB): the most that fits in the 16 MB given to one document, ` +
        `at up to ${HEAP_BYTES_PER_CHARACTER} bytes a character; --max-size and --max-memory change it, skipped`,
    ]);
    assert.strictEqual(documentLimitBytes(16 * MEBIBYTE), Math.round(MEBIBYTE / 10));
    assert.strictEqual(documentLimitBytes(4 * 1024 * MEBIBYTE), Math.round(25.6 * MEBIBYTE));
    assert.strictEqual(documentLimitBytes(64 * 1024 * MEBIBYTE), MAX_DOCUMENT_BYTES);
  });
});
