// Holds src/ to the layering ARCHITECTURE.md describes (which folder may import which, who may use VS Code or Node),
// and proves the check catches each kind of violation by feeding it synthetic files beside the real ones.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkImports, importedModules, LAYERS, layerOf, type SourceFile } from '../support/importRules';
import { findRepoRoot } from '../support/fixtures';

const repoRoot = findRepoRoot();

function sources(relative: string): SourceFile[] {
  return fs.readdirSync(path.join(repoRoot, relative), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(relative, entry.name);
    if (entry.isDirectory()) return sources(file);
    return entry.name.endsWith('.ts') ? [{ file, text: fs.readFileSync(path.join(repoRoot, file), 'utf8') }] : [];
  });
}

const real = sources('src');

/** The violations the check reports once `extra` files are added to the real sources. */
function violationsWith(...extra: SourceFile[]): string[] {
  return checkImports([...real, ...extra]).map(({ file, imported, reason }) => `${file} ${imported}: ${reason}`);
}

describe('architecture: import directions', () => {
  it('finds the sources and places every file of src/ in a layer', () => {
    assert.ok(real.length > 100, `only ${real.length} source files found`);
    assert.deepEqual(
      real.filter(({ file }) => layerOf(file) === undefined).map(({ file }) => file),
      [],
    );
  });

  it('holds src/ to its layering', () => {
    assert.deepEqual(violationsWith(), []);
  });

  it('keeps only the entry points at the root of src/', () => {
    const rootFiles = real.map(({ file }) => file).filter((file) => path.posix.dirname(file) === 'src');
    assert.deepEqual(rootFiles.sort(), ['src/api.ts', 'src/container.ts', 'src/extension.ts']);
  });

  it('reads every kind of import: type-only, re-export, import(), require() and import types', () => {
    const text = [
      "import type { A } from './a';",
      "export { B } from './b';",
      "const c = require('./c');",
      "const d = import('./d');",
      "type E = import('./e').E;",
      "import F = require('./f');",
    ].join('\n');
    assert.deepEqual(importedModules('src/probe.ts', text).sort(), ['./a', './b', './c', './d', './e', './f']);
  });

  it('catches the engine importing vscode, editor code or a Node module', () => {
    const probe = {
      file: 'src/analysis/probe.ts',
      text: "import * as vscode from 'vscode';\nimport { DecorationPainter } from '../editor/decorations';\nimport * as fs from 'fs';\n",
    };
    assert.deepEqual(violationsWith(probe), [
      'src/analysis/probe.ts vscode: analysis may not import the package',
      'src/analysis/probe.ts ../editor/decorations: analysis may not import editor',
      'src/analysis/probe.ts fs: analysis may not import the package',
    ]);
  });

  it('catches the worker-shared models and the CLI importing vscode, directly or through a chain', () => {
    const derived = { file: 'src/derived/probe.ts', text: "import type { Uri } from 'vscode';\n" };
    const cli = { file: 'src/cli/probe.ts', text: "import { SettingsStore } from '../settings/settingsStore';\n" };
    assert.deepEqual(violationsWith(derived, cli), [
      'src/derived/probe.ts vscode: derived may not import the package',
      'src/cli/probe.ts src/settings/settingsStore.ts: reaches vscode through src/cli/probe.ts -> src/settings/settingsStore.ts',
    ]);
  });

  it('catches a lower layer importing a higher one, and a file in no layer', () => {
    const views = { file: 'src/views/probe.ts', text: "import { AnalysisService } from '../documents/analysisService';\n" };
    const stray = { file: 'src/misc/probe.ts', text: '' };
    const violations = violationsWith(views, stray);
    assert.equal(violations.length, 2, violations.join('\n'));
    assert.equal(violations[0], 'src/views/probe.ts ../documents/analysisService: views may not import documents');
    assert.match(violations[1], /^src\/misc\/probe\.ts : belongs to no layer/);
  });

  it('links only to files and folders that exist from ARCHITECTURE.md', () => {
    const architecture = fs.readFileSync(path.join(repoRoot, 'ARCHITECTURE.md'), 'utf8');
    const targets = [...architecture.matchAll(/\]\(((?:src|test)\/[^)#]*)\)/g)].map((match) => match[1]);
    assert.ok(targets.length > 20, `only ${targets.length} links found`);
    assert.deepEqual(
      targets.filter((target) => !fs.existsSync(path.join(repoRoot, target))),
      [],
    );
  });

  it('describes every layer in ARCHITECTURE.md', () => {
    const architecture = fs.readFileSync(path.join(repoRoot, 'ARCHITECTURE.md'), 'utf8');
    for (const layer of Object.values(LAYERS)) {
      for (const where of layer.paths) assert.ok(architecture.includes(`src/${where}`), `ARCHITECTURE.md does not mention src/${where}`);
    }
  });
});
