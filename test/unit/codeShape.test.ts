// Unit tests of the source's shape: lines a reader can see whole, and an engine of small files, functions and parameter lists.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const repoRoot = path.join(__dirname, '..', '..', '..');
const MAX_LINE = 140;
const MAX_FILE_LINES = 600;
const MAX_FUNCTION_LINES = 80;
const MAX_PARAMETERS = 6;

/**
 * Files of src/ written before lines were held to 140 characters, with how many longer lines each still has. The
 * count may only go down: a file not listed may have none. When a listed file moves, its entry moves with it.
 */
const LONG_LINES_LEFT: Readonly<Record<string, number>> = {
  'src/analysisIndex.ts': 4,
  'src/analysisService.ts': 9,
  'src/cli.ts': 3,
  'src/cli/analysisWorker.ts': 1,
  'src/cli/corrections.ts': 3,
  'src/cli/jsonc.ts': 2,
  'src/cli/output.ts': 1,
  'src/cli/workerClient.ts': 1,
  'src/container.ts': 5,
  'src/corrections.ts': 4,
  'src/decorations.ts': 7,
  'src/documentState.ts': 2,
  'src/editMapping.ts': 1,
  'src/export/csv.ts': 2,
  'src/export/escape.ts': 7,
  'src/export/json.ts': 1,
  'src/exportAnalysis.ts': 3,
  'src/format.ts': 1,
  'src/io/findDocuments.ts': 1,
  'src/io/readDocument.ts': 4,
  'src/previewWindow.ts': 1,
  'src/providers/definition.ts': 2,
  'src/providers/hover.ts': 1,
  'src/providers/hoverMarkdown.ts': 2,
  'src/providers/references.ts': 1,
  'src/providers/symbolModel.ts': 2,
  'src/providers/symbols.ts': 3,
  'src/sourceDocumentLanguage.ts': 2,
  'src/uiText.ts': 2,
  'src/views/treeModel.ts': 2,
  'src/worker/protocol.ts': 1,
  'src/worker/workerClient.ts': 4,
};

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

  it('finds a long function and a long parameter list when there is one', () => {
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
