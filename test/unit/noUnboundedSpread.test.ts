// Guards against spreading an array into a call (`push(...items)`, `Math.max(...values)`), which throws
// "Maximum call stack size exceeded" once the array is long enough: every call with a spread argument in src/
// must be on the allow-list below, with the reason its array is bounded.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { findRepoRoot } from '../support/fixtures';

/**
 * Calls whose spread arguments are provably bounded, by the call's text (whitespace collapsed), so the entry
 * follows the code when a file moves. Everything else builds its argument list from input of any size.
 */
const BOUNDED_SPREADS = new Map<string, string>([
  ['handler(...args)', 'the arguments of one command invocation, as VS Code passed them'],
  ['path.join(folder, ...relativeSegments)', 'the segments of one file path, bounded by the path length the file system allows'],
  ['path.join(folder, ...segments)', 'the segments of one file path, bounded by the path length the file system allows'],
]);

/** Every TypeScript file under `directory`, recursively. */
function typeScriptFiles(directory: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) found.push(...typeScriptFiles(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) found.push(full);
  }
  return found;
}

interface SpreadCall {
  line: number;
  call: string;
}

/** The calls (and `new` expressions) in `source` that spread an argument, or pass an argument list through `apply`. */
export function spreadCalls(fileName: string, source: string): SpreadCall[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: SpreadCall[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const args = node.arguments ?? ts.factory.createNodeArray();
      const spreads = args.some((argument) => ts.isSpreadElement(argument));
      // fn.apply(self, list) and Reflect.apply(fn, self, list) put the list on the stack just the same.
      const callee = node.expression;
      const applies = ts.isCallExpression(node) && ts.isPropertyAccessExpression(callee) && callee.name.text === 'apply' &&
        args.length === (callee.expression.getText(file) === 'Reflect' ? 3 : 2) && !ts.isArrayLiteralExpression(args[args.length - 1]);
      if (spreads || applies) {
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
        found.push({ line, call: node.getText(file).replace(/\s+/g, ' ') });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no array spread into a call in src/', () => {
  it('finds the spreads it is meant to find, and none in array literals or parameter lists', () => {
    const sample = [
      'frames.push(...sentenceFrames);',
      'const top = Math.max(...values);',
      'const text = String.fromCharCode(...codes);',
      'const made = new Set(...lists);',
      'format.apply(null, parts);',
      'Reflect.apply(format, null, parts);',
      'const joined = [...a, ...b];',
      'function f(...rest: number[]) { return rest; }',
      'const copy = { ...options };',
      'format.apply(null, [one, two]);',
    ].join('\n');
    assert.deepEqual(spreadCalls('sample.ts', sample).map((found) => found.line), [1, 2, 3, 4, 5, 6]);
  });

  it('has no call in src/ that spreads an array of unbounded length', () => {
    const root = path.join(findRepoRoot(), 'src');
    const unbounded: string[] = [];
    const allowedSeen = new Set<string>();
    for (const file of typeScriptFiles(root)) {
      for (const found of spreadCalls(file, fs.readFileSync(file, 'utf8'))) {
        if (BOUNDED_SPREADS.has(found.call)) allowedSeen.add(found.call);
        else unbounded.push(`${path.relative(root, file)}:${found.line}: ${found.call}`);
      }
    }
    const advice = 'loop over the items instead (see src/analysis/text/arrays.ts), or add a provably bounded call to BOUNDED_SPREADS ' +
      'with its reason';
    assert.deepEqual(unbounded, [], advice);
    // An entry for a call that no longer exists would silently allow the next one written the same way.
    assert.deepEqual([...BOUNDED_SPREADS.keys()].filter((call) => !allowedSeen.has(call)), [], 'stale allow-list entries');
  });
});
