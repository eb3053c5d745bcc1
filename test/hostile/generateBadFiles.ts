// Writes the bad files too large to commit (a 5 MB single line, a file over a size limit) into a folder, usually a temp dir.
//
// Used by the tests; also runnable: `node out/test/hostile/generateBadFiles.js [FOLDER] [LIMIT_MB]`.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

export interface GeneratedBadFiles {
  folder: string;
  /** One line of about 5 MB of news-like prose with quotes and speakers, no line break at all. */
  oneHugeLine: string;
  /** Plain valid text one byte over `limitBytes`. */
  overLimit: string;
}

const SENTENCE =
  '"We will see what the next talks bring," Foreign Minister Anna Berg said on Monday, adding that <b>[talks](command:x)</b> were planned. ';

/** Text of exactly `byteLength` bytes built from repeated ASCII prose, without any line break. */
function proseOfLength(byteLength: number): string {
  const repeats = Math.ceil(byteLength / SENTENCE.length);
  return SENTENCE.repeat(repeats).slice(0, byteLength);
}

export function generateBadFiles(folder: string, limitBytes: number): GeneratedBadFiles {
  const oneHugeLine = path.join(folder, 'one-5mb-line.txt');
  writeFileSync(oneHugeLine, proseOfLength(5 * 1024 * 1024));
  const overLimit = path.join(folder, 'over-limit.txt');
  writeFileSync(overLimit, proseOfLength(limitBytes + 1));
  return { folder, oneHugeLine, overLimit };
}

if (require.main === module) {
  const folder = process.argv[2] ?? mkdtempSync(path.join(tmpdir(), 'sourcelens-bad-files-'));
  const limitMegabytes = Number(process.argv[3] ?? '1');
  const files = generateBadFiles(folder, Math.round(limitMegabytes * 1024 * 1024));
  process.stdout.write(`${JSON.stringify(files, null, 2)}\n`);
}
