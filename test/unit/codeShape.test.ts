// Unit tests of the source's shape: lines a reader can see whole, and an engine of small files, functions and parameter lists.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { findRepoRoot } from '../support/fixtures';

const repoRoot = findRepoRoot();
const MAX_LINE = 140;
const MAX_FILE_LINES = 600;
const MAX_FUNCTION_LINES = 80;
const MAX_PARAMETERS = 6;

/**
 * Files of src/ allowed lines over 140 characters, with how many. Empty since every file was wrapped: keep it so
 * (the check below fails a file with a long line that is not listed, and a listed count above what is left).
 */
const LONG_LINES_LEFT: Readonly<Record<string, number>> = {};

/** The engine's stages, held to small files, functions and parameter lists (the modules beside them join as they are reshaped). */
const ENGINE_STAGES = ['src/analysis/lexicon', 'src/analysis/text', 'src/analysis/dates', 'src/analysis/paragraph', 'src/analysis/document'];
const ENGINE_ROOT_FILES = ['src/analysis/index.ts', 'src/analysis/input.ts', 'src/analysis/types.ts'];

function sourceFiles(relative: string): string[] {
  const absolute = path.join(repoRoot, relative);
  if (fs.statSync(absolute).isFile()) return [relative];
  return fs
    .readdirSync(absolute, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(path.posix.join(relative, entry.name)) : [path.posix.join(relative, entry.name)]))
    .filter((file) => file.endsWith('.ts'))
    .sort();
}

function read(file: string): string {
  return fs.readFileSync(path.join(repoRoot, file), 'utf8');
}

/** Functions longer than MAX_FUNCTION_LINES and parameter lists longer than MAX_PARAMETERS in one file. */
function functionProblems(file: string): string[] {
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.ES2022, true);
  const problems: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = source.getLineAndCharacterOfPosition(node.end).line;
      const name = node.name ? node.name.getText() : 'a function';
      if (last - first + 1 > MAX_FUNCTION_LINES) problems.push(`${file}:${first + 1} ${name} is ${last - first + 1} lines`);
      if (node.parameters.length > MAX_PARAMETERS) problems.push(`${file}:${first + 1} ${name} takes ${node.parameters.length} parameters`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return problems;
}

describe('code shape', () => {
  it(`keeps lines in src/ within ${MAX_LINE} characters`, () => {
    const problems: string[] = [];
    for (const file of sourceFiles('src')) {
      const long = read(file)
        .split('\n')
        .filter((line) => line.length > MAX_LINE).length;
      const allowed = LONG_LINES_LEFT[file] ?? 0;
      if (long > allowed) problems.push(`${file}: ${long} lines over ${MAX_LINE} characters (allowed ${allowed})`);
    }
    assert.deepEqual(problems, []);
  });

  it('lists only files that still have long lines, with their current count', () => {
    const stale = Object.entries(LONG_LINES_LEFT)
      .filter(([file]) => fs.existsSync(path.join(repoRoot, file)))
      .filter(([file, allowed]) => read(file).split('\n').filter((line) => line.length > MAX_LINE).length < allowed)
      .map(([file]) => file);
    assert.deepEqual(stale, [], 'lower these counts (or drop the entries): fewer long lines are left');
  });

  const engineFiles = [...ENGINE_STAGES.flatMap(sourceFiles), ...ENGINE_ROOT_FILES];

  it(`keeps the engine's files within ${MAX_FILE_LINES} lines`, () => {
    assert.ok(engineFiles.length > 40, `only ${engineFiles.length} engine files found`);
    const long = engineFiles.map((file) => ({ file, lines: read(file).split('\n').length })).filter(({ lines }) => lines > MAX_FILE_LINES);
    assert.deepEqual(long, []);
  });

  it(`keeps the engine's functions within ${MAX_FUNCTION_LINES} lines and ${MAX_PARAMETERS} parameters`, () => {
    assert.deepEqual(engineFiles.flatMap(functionProblems), []);
  });

  // The extension side (everything of src/ outside the engine) is held to the same sizes.
  const extensionFiles = sourceFiles('src').filter((file) => !file.startsWith('src/analysis/'));

  it(`keeps the extension's files within ${MAX_FILE_LINES} lines`, () => {
    assert.ok(extensionFiles.length > 60, `only ${extensionFiles.length} extension files found`);
    const long = extensionFiles.map((file) => ({ file, lines: read(file).split('\n').length })).filter(({ lines }) => lines > MAX_FILE_LINES);
    assert.deepEqual(long, []);
  });

  it(`keeps the extension's functions within ${MAX_FUNCTION_LINES} lines and ${MAX_PARAMETERS} parameters`, () => {
    assert.deepEqual(extensionFiles.flatMap(functionProblems), []);
  });

  it('finds a long function and a long parameter list when there is one', () => {
    // In out/, which git ignores; a fresh clone has none until the first compile.
    fs.mkdirSync(path.join(repoRoot, 'out'), { recursive: true });
    const file = path.join('out', 'shape-probe.ts');
    const body = Array.from({ length: MAX_FUNCTION_LINES }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const probe = `function long(a: number, b: number, c: number, d: number, e: number, f: number, g: number): void {\n${body}\n}\n`;
    fs.writeFileSync(path.join(repoRoot, file), probe);
    try {
      assert.equal(functionProblems(file).length, 2);
    } finally {
      fs.unlinkSync(path.join(repoRoot, file));
    }
  });
});
