// Proves documents are read right whatever their bytes: BOMs, UTF-16, invalid UTF-8, binary, empty, huge, missing, unreadable, folders.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fc from 'fast-check';
import { promises as fs, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { findDocuments, isDocumentFileName } from '../../src/cli/io/findDocuments';
import {
  decodeDocument,
  DocumentReadError,
  firstInvalidUtf8Offset,
  readDocument,
  readDocumentStream,
  readDocumentSync,
} from '../../src/cli/io/readDocument';
import { generateBadFiles } from '../hostile/generateBadFiles';
import { HOSTILE_ROOT } from '../hostile/hostileAnalysis';

const bad = (name: string): string => path.join(HOSTILE_ROOT, 'bad', name);

/** The reference article every encoded copy in test/hostile/bad carries. */
const ARTICLE =
  ' date 2024-05-09 "We will rebuild the bridge by March," Mayor Anna Berg said on Thursday, calling it “our top priority”. Café owner Zoë Ng said the works would be “painful” 🚧.\n';

async function readError(promise: Promise<unknown>): Promise<DocumentReadError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof DocumentReadError, `expected a DocumentReadError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the read to fail');
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('readDocument', () => {
  let scratch: string;
  before(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'sourcelens-read-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('reads plain UTF-8 as it is', async () => {
    const file = path.join(scratch, 'plain.txt');
    writeFileSync(file, ARTICLE);
    assert.deepStrictEqual(await readDocument(file), { text: ARTICLE, encoding: 'utf-8', warnings: [], byteLength: Buffer.byteLength(ARTICLE) });
  });

  it('drops a UTF-8 byte order mark, so offsets count from the first character after it', async () => {
    const result = await readDocument(bad('utf8-bom.txt'));
    assert.strictEqual(result.encoding, 'utf-8-bom');
    assert.strictEqual(result.text, ARTICLE);
    assert.strictEqual(result.text.indexOf('date'), 1);
    assert.deepStrictEqual(result.warnings, []);
  });

  it('decodes UTF-16 LE and BE by their byte order marks, surrogate pairs included', async () => {
    for (const [name, encoding] of [['utf16le-bom.txt', 'utf-16le'], ['utf16be-bom.txt', 'utf-16be']] as const) {
      const result = await readDocument(bad(name));
      assert.strictEqual(result.encoding, encoding);
      assert.strictEqual(result.text, ARTICLE);
      assert.deepStrictEqual(result.warnings, []);
    }
  });

  it('refuses UTF-32 with a clear reason', async () => {
    const error = await readError(readDocument(bad('utf32le-bom.txt')));
    assert.strictEqual(error.code, 'unsupported-encoding');
    assert.strictEqual(error.message, `${bad('utf32le-bom.txt')}: UTF-32 text is not supported (save it as UTF-8)`);
  });

  it('reads invalid UTF-8 with replacement characters and a warning naming the first bad byte', async () => {
    const result = await readDocument(bad('invalid-utf8.txt'));
    assert.strictEqual(result.encoding, 'utf-8');
    assert.deepStrictEqual(result.warnings, ['invalid UTF-8 (first bad byte at offset 30); undecodable bytes shown as U+FFFD']);
    assert.ok(result.text.startsWith(' date 2024-05-10 "Prices rose \uFFFD\uFFFD sharply," said economist Karl Weber'));
    assert.ok(result.text.endsWith('truncated \uFFFD'));
    assert.ok(result.text.includes('\uFFFD( broken'));
  });

  it('reads Windows-1252 as invalid UTF-8, keeping the ASCII text', async () => {
    const result = await readDocument(bad('windows-1252.txt'));
    assert.strictEqual(result.warnings.length, 1);
    assert.ok(result.text.includes('said owner Ren\uFFFD Dubois on Saturday'));
  });

  it('refuses a file with NUL bytes as binary', async () => {
    const error = await readError(readDocument(bad('binary-nul.txt')));
    assert.strictEqual(error.code, 'binary');
    assert.strictEqual(error.reason, 'binary file (contains NUL bytes)');
    assert.strictEqual(error.message, `${bad('binary-nul.txt')}: binary file (contains NUL bytes)`);
  });

  it('refuses a file of control bytes without NULs as binary', async () => {
    const error = await readError(readDocument(bad('control-bytes.txt')));
    assert.strictEqual(error.reason, 'binary file (mostly control characters)');
  });

  it('keeps text with a few stray control characters and ANSI colour codes', async () => {
    const result = await readDocument(path.join(HOSTILE_ROOT, 'text', 'ansi-escapes.txt'));
    assert.ok(result.text.includes('\u001b[31mSYSTEM COMPROMISED'));
    assert.deepStrictEqual(result.warnings, []);
  });

  it('reads an empty file as empty text', async () => {
    assert.deepStrictEqual(await readDocument(bad('empty.txt')), { text: '', encoding: 'utf-8', warnings: [], byteLength: 0 });
  });

  it('reads a single 5 MB line whole, and refuses a file one byte over the limit before reading it', async () => {
    const limit = 1024 * 1024;
    const files = generateBadFiles(scratch, limit);
    const huge = await readDocument(files.oneHugeLine, { maxBytes: 6 * 1024 * 1024 });
    assert.strictEqual(huge.text.length, 5 * 1024 * 1024);
    assert.ok(!huge.text.includes('\n'));
    const error = await readError(readDocument(files.overLimit, { maxBytes: limit }));
    assert.strictEqual(error.code, 'too-large');
    assert.strictEqual(error.reason, 'file too large (1.0 MB; the limit is 1.0 MB)');
    assert.strictEqual((await readDocument(files.overLimit, { maxBytes: limit + 1 })).byteLength, limit + 1);
  });

  it('names a missing file, a folder and an unreadable file', async () => {
    const missing = await readError(readDocument(path.join(scratch, 'nope.txt')));
    assert.strictEqual(missing.code, 'not-found');
    assert.strictEqual(missing.reason, 'no such file or directory');
    const folder = await readError(readDocument(scratch));
    assert.strictEqual(folder.code, 'is-directory');
    assert.strictEqual(folder.reason, 'is a directory');
    const underFile = await readError(readDocument(path.join(bad('empty.txt'), 'child.txt')));
    assert.strictEqual(underFile.code, 'not-found');
  });

  it('names a path it cannot read at all, such as a symbolic link loop', async () => {
    const loop = path.join(scratch, 'loop.txt');
    symlinkSync(loop, loop);
    const error = await readError(readDocument(loop));
    assert.strictEqual(error.code, 'unreadable');
    assert.strictEqual(error.reason, 'cannot read (too many levels of symbolic links)');
  });

  it('says permission denied for a file it may not read', async function () {
    if (isRoot || process.platform === 'win32') this.skip(); // root reads anything; Windows has no chmod
    const locked = path.join(scratch, 'locked.txt');
    writeFileSync(locked, 'secret');
    await fs.chmod(locked, 0o000);
    const error = await readError(readDocument(locked));
    assert.strictEqual(error.code, 'permission-denied');
    assert.strictEqual(error.reason, 'permission denied');
  });

  it('refuses a named pipe at once instead of waiting for a writer, and a device', async function () {
    if (process.platform === 'win32') this.skip(); // no named pipes in the file system
    const fifo = path.join(scratch, 'fifo.txt');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const error = await readError(readDocument(fifo));
    assert.ok(Date.now() - started < 5000, 'answered without waiting for a writer');
    assert.strictEqual(error.code, 'not-a-file');
    assert.strictEqual(error.reason, 'not a regular file (a named pipe); pipe its text to standard input instead: sourcelens analyze - < FILE');
    const device = await readError(readDocument('/dev/zero'));
    assert.deepStrictEqual([device.code, device.reason.startsWith('not a regular file (a device)')], ['not-a-file', true]);
  });

  it('refuses an endless stream once it passes the limit', async () => {
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) yield Buffer.alloc(64 * 1024, 0x61);
    }
    const error = await readError(readDocumentStream(endless(), '-', { maxBytes: 256 * 1024 }));
    assert.strictEqual(error.code, 'too-large');
    assert.strictEqual(error.message, '-: file too large (more than 0.3 MB; the limit is 0.3 MB)');
  });

  it('decodes a stream of chunks split inside multi-byte characters', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE, 'utf8')]);
    async function* oneByteAtATime(): AsyncGenerator<Uint8Array> {
      for (const byte of bytes) yield Uint8Array.of(byte);
    }
    const result = await readDocumentStream(oneByteAtATime(), '-');
    assert.strictEqual(result.text, ARTICLE);
    assert.strictEqual(result.encoding, 'utf-8-bom');
  });
});

describe('readDocumentSync', () => {
  let scratch: string;
  before(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'sourcelens-read-sync-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  /** What a read ends in, text or refusal, in a form two reads can be compared by. */
  async function outcome(read: () => Promise<unknown>): Promise<unknown> {
    try {
      return { read: await read() };
    } catch (error) {
      assert.ok(error instanceof DocumentReadError, `expected a DocumentReadError, got ${String(error)}`);
      return { code: error.code, message: error.message };
    }
  }

  it('reads and refuses every file as readDocument does, limits included', async () => {
    const limit = 256 * 1024;
    const files = generateBadFiles(scratch, limit);
    const binaryTail = path.join(scratch, 'binary-after-text.txt');
    writeFileSync(binaryTail, Buffer.concat([Buffer.alloc(100 * 1024, 0x61), Buffer.alloc(10, 0)]));
    const binaryHead = path.join(scratch, 'binary-large.bin');
    writeFileSync(binaryHead, Buffer.concat([Buffer.alloc(10, 0), Buffer.alloc(200 * 1024, 0x61)]));
    const loop = path.join(scratch, 'loop.txt');
    symlinkSync(loop, loop);
    const inputs = [
      ...readdirSync(path.join(HOSTILE_ROOT, 'bad')).map(bad),
      files.oneHugeLine,
      files.overLimit,
      binaryTail,
      binaryHead,
      loop,
      scratch,
      path.join(scratch, 'nope.txt'),
      path.join(bad('empty.txt'), 'child.txt'),
    ];
    if (process.platform !== 'win32') inputs.push('/dev/zero');
    for (const file of inputs) {
      for (const maxBytes of [limit, limit + 1, 6 * 1024 * 1024]) {
        const expected = await outcome(() => readDocument(file, { maxBytes }));
        const actual = await outcome(() => Promise.resolve().then(() => readDocumentSync(file, { maxBytes })));
        assert.deepStrictEqual(actual, expected, `${file} at ${maxBytes} bytes`);
      }
    }
  });
});

describe('decodeDocument', () => {
  it('reports a UTF-16 text with an odd byte count or a lone surrogate, with replacement characters', () => {
    const odd = decodeDocument(Uint8Array.of(0xff, 0xfe, 0x41, 0x00, 0x42), 'odd.txt');
    assert.strictEqual(odd.text, 'A\uFFFD');
    assert.strictEqual(odd.warnings.length, 1);
    const loneSurrogate = decodeDocument(Uint8Array.of(0xfe, 0xff, 0xd8, 0x00, 0x00, 0x41), 'lone.txt');
    assert.strictEqual(loneSurrogate.text, '\uFFFDA');
  });

  it('refuses UTF-16 whose text is full of NULs as binary', () => {
    assert.throws(() => decodeDocument(Uint8Array.of(0xff, 0xfe, 0x00, 0x00, 0x41, 0x00), 'x.txt'), DocumentReadError);
    assert.throws(
      () => decodeDocument(Uint8Array.of(0xfe, 0xff, 0x00, 0x00, 0x00, 0x41), 'x.txt'),
      (error: unknown) => error instanceof DocumentReadError && error.code === 'binary',
    );
  });

  it('finds the first invalid UTF-8 byte: overlong forms, surrogates, beyond U+10FFFF, truncation', () => {
    assert.strictEqual(firstInvalidUtf8Offset(Buffer.from('plain ✓ 🚧', 'utf8')), -1);
    assert.strictEqual(firstInvalidUtf8Offset(Uint8Array.of(0x41, 0xc0, 0xaf)), 1);
    assert.strictEqual(firstInvalidUtf8Offset(Uint8Array.of(0xe0, 0x80, 0x80)), 0);
    assert.strictEqual(firstInvalidUtf8Offset(Uint8Array.of(0x41, 0x42, 0xed, 0xa0, 0x80)), 2);
    assert.strictEqual(firstInvalidUtf8Offset(Uint8Array.of(0xf4, 0x90, 0x80, 0x80)), 0);
    assert.strictEqual(firstInvalidUtf8Offset(Uint8Array.of(0x41, 0xe2, 0x82)), 1);
    assert.strictEqual(firstInvalidUtf8Offset(Uint8Array.of(0x80)), 0);
    assert.strictEqual(firstInvalidUtf8Offset(Uint8Array.of(0xf0, 0x9f, 0x9a, 0xa7)), -1);
  });

  it('agrees with a strict decoder on any byte string', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const highBytes = fc.uint8Array({ min: 0x7f, max: 0xff, maxLength: 8 });
    const mixed = fc.array(fc.oneof(highBytes, fc.uint8Array({ maxLength: 4 })), { maxLength: 4 }).map((parts) => Buffer.concat(parts));
    fc.assert(
      fc.property(mixed, (bytes) => {
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        assert.strictEqual(firstInvalidUtf8Offset(bytes) === -1, valid, Buffer.from(bytes).toString('hex'));
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses input over the size limit', () => {
    assert.throws(
      () => decodeDocument(Buffer.from('abcdef'), 'x.txt', { maxBytes: 5 }),
      (error: unknown) => error instanceof DocumentReadError && error.code === 'too-large',
    );
  });
});

describe('findDocuments', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'sourcelens-walk-'));
    const files = ['b.txt', 'a.md', 'A.TXT', 'notes.pdf', 'sub/z.txt', 'sub/deeper/y.md', '.hidden/x.txt', 'node_modules/pkg/readme.md', '.dotfile.txt', 'sub-2/c.txt', 'empty-folder/.keep'];
    for (const file of files) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), 'text');
    }
    mkdirSync(path.join(root, 'folder.txt'));
    symlinkSync(path.join(root, 'b.txt'), path.join(root, 'link-to-b.txt'));
    symlinkSync(root, path.join(root, 'sub', 'loop'));
    symlinkSync(path.join(root, 'missing.txt'), path.join(root, 'dangling.txt'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('lists .txt and .md files recursively in a stable order, skipping hidden folders, node_modules and link cycles', async () => {
    const found = await findDocuments(root);
    const relative = found.files.map((file) => path.relative(root, file).split(path.sep).join('/'));
    assert.deepStrictEqual(relative, ['A.TXT', 'a.md', 'b.txt', 'link-to-b.txt', 'sub/deeper/y.md', 'sub/z.txt', 'sub-2/c.txt']);
    assert.deepStrictEqual(found.problems, []);
  });

  it('fails with a DocumentReadError for a missing folder', async () => {
    const error = await readError(findDocuments(path.join(root, 'absent')));
    assert.strictEqual(error.code, 'not-found');
  });

  it('reports an unreadable sub-folder and goes on', async function () {
    if (isRoot || process.platform === 'win32') this.skip();
    const locked = path.join(root, 'sub', 'locked');
    mkdirSync(locked);
    writeFileSync(path.join(locked, 'secret.txt'), 'x');
    await fs.chmod(locked, 0o000);
    try {
      const found = await findDocuments(root);
      assert.strictEqual(found.problems.length, 1);
      assert.strictEqual(found.problems[0].reason, 'permission denied (folder skipped)');
      assert.ok(found.files.length > 0);
    } finally {
      await fs.chmod(locked, 0o755);
    }
  });

  it('recognises document names case-insensitively, but not a bare extension', () => {
    assert.ok(isDocumentFileName('Report.MD'));
    assert.ok(!isDocumentFileName('.txt'));
    assert.ok(!isDocumentFileName('data.txt.gz'));
  });
});
