// The layering of src/ as data, and the check that holds the code to it: which folder may import which, which may
// use VS Code's API or Node's modules, and which must stay clear of VS Code even through a chain of imports.
// ARCHITECTURE.md explains the layers; test/unit/architecture.test.ts runs the check on the sources.
import { builtinModules } from 'module';
import * as path from 'path';
import ts from 'typescript';

/** What a layer may import from outside src/. */
type Packages = 'none' | 'vscode' | 'node' | 'vscode+node';

export interface Layer {
  /** Paths under src/ that belong to the layer: a folder (`derived/`) or one file (`commands/ids.ts`). */
  readonly paths: readonly string[];
  /** Layers this one may import from (besides itself). */
  readonly mayImport: readonly string[];
  readonly packages: Packages;
}

/**
 * The layers, lowest first. The engine and the models the worker shares import neither VS Code nor Node, so they run
 * in a worker thread, in the CLI and in a browser alike; the host's layers sit on top; the composition root at the
 * top wires them together.
 */
export const LAYERS: Readonly<Record<string, Layer>> = {
  analysis: { paths: ['analysis/'], mayImport: [], packages: 'none' },
  derived: { paths: ['derived/'], mayImport: ['analysis'], packages: 'none' },
  presentation: { paths: ['presentation/'], mayImport: ['analysis', 'derived'], packages: 'none' },
  review: { paths: ['review/'], mayImport: ['analysis'], packages: 'none' },
  export: { paths: ['export/'], mayImport: ['analysis', 'derived', 'presentation', 'review'], packages: 'none' },
  corpus: { paths: ['corpus/'], mayImport: ['analysis', 'derived', 'presentation', 'export'], packages: 'none' },
  dashboard: { paths: ['dashboard/'], mayImport: ['analysis', 'derived', 'presentation', 'corpus'], packages: 'none' },
  worker: { paths: ['worker/'], mayImport: ['analysis', 'derived', 'presentation', 'review', 'corpus'], packages: 'node' },
  cli: {
    paths: ['cli/'],
    mayImport: ['analysis', 'derived', 'presentation', 'review', 'export', 'corpus', 'settings'],
    packages: 'node',
  },
  settings: { paths: ['settings/'], mayImport: ['analysis', 'derived', 'presentation'], packages: 'vscode' },
  commandIds: { paths: ['commands/ids.ts'], mayImport: [], packages: 'none' },
  documents: {
    paths: ['documents/'],
    mayImport: ['analysis', 'derived', 'presentation', 'worker', 'settings', 'commandIds'],
    packages: 'vscode',
  },
  workspaceIndex: {
    paths: ['workspaceIndex/'],
    mayImport: ['analysis', 'derived', 'presentation', 'review', 'corpus', 'worker', 'settings', 'commandIds'],
    packages: 'vscode+node',
  },
  views: { paths: ['views/'], mayImport: ['analysis', 'derived', 'presentation', 'review', 'corpus', 'commandIds'], packages: 'vscode' },
  providers: {
    paths: ['providers/'],
    mayImport: ['analysis', 'derived', 'presentation', 'review', 'worker', 'documents', 'commandIds'],
    packages: 'vscode',
  },
  editor: {
    paths: ['editor/'],
    mayImport: ['analysis', 'derived', 'presentation', 'settings', 'documents', 'commandIds'],
    packages: 'vscode',
  },
  reviewing: {
    paths: ['reviewing/'],
    mayImport: ['analysis', 'derived', 'presentation', 'review', 'settings', 'documents', 'views', 'providers', 'commandIds'],
    packages: 'vscode',
  },
  panels: {
    paths: ['panels/'],
    mayImport: ['analysis', 'derived', 'presentation', 'corpus', 'dashboard', 'documents', 'commandIds'],
    packages: 'vscode',
  },
  commands: {
    paths: ['commands/'],
    mayImport: [
      'analysis',
      'derived',
      'presentation',
      'review',
      'export',
      'settings',
      'documents',
      'views',
      'editor',
      'reviewing',
      'corpus',
      'workspaceIndex',
      'commandIds',
    ],
    packages: 'vscode',
  },
  root: {
    paths: ['extension.ts', 'container.ts', 'api.ts'],
    mayImport: [
      'analysis',
      'derived',
      'presentation',
      'review',
      'worker',
      'settings',
      'documents',
      'views',
      'providers',
      'editor',
      'reviewing',
      'panels',
      'commands',
      'corpus',
      'workspaceIndex',
      'commandIds',
    ],
    packages: 'vscode',
  },
};

/** Layers whose code runs where VS Code's API does not exist (a worker thread, the CLI, a browser): not even a chain of imports may reach it. */
export const EDITOR_FREE_LAYERS: readonly string[] = ['analysis', 'derived', 'presentation', 'review', 'export', 'corpus', 'dashboard', 'worker', 'cli'];

export interface SourceFile {
  /** Path relative to the repository, with forward slashes: `src/editor/decorations.ts`. */
  readonly file: string;
  readonly text: string;
}

export interface Violation {
  readonly file: string;
  readonly imported: string;
  readonly reason: string;
}

/** The layer of a file under src/; the most specific path wins, so `commands/ids.ts` is not `commands/`. */
export function layerOf(file: string): string | undefined {
  const inSrc = file.replace(/^src\//, '');
  let best: { name: string; length: number } | undefined;
  for (const [name, layer] of Object.entries(LAYERS)) {
    for (const prefix of layer.paths) {
      const matches = prefix.endsWith('/') ? inSrc.startsWith(prefix) : inSrc === prefix;
      if (matches && (!best || prefix.length > best.length)) best = { name, length: prefix.length };
    }
  }
  return best?.name;
}

/** Parsed imports by file and text: the check runs several times over the same sources. */
const parsed = new Map<string, { text: string; modules: string[] }>();

/** Every module a file names: imports and re-exports (type-only ones too), `import()` and `require()`. */
export function importedModules(file: string, text: string): string[] {
  const cached = parsed.get(file);
  if (cached?.text === text) return cached.modules;
  const modules = parseImports(file, text);
  parsed.set(file, { text, modules });
  return modules;
}

function parseImports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) found.push(expression.text);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const dynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const requireCall = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (dynamicImport || requireCall) found.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const NODE_MODULES = new Set(builtinModules);

function isNodeModule(specifier: string): boolean {
  return specifier.startsWith('node:') || NODE_MODULES.has(specifier.split('/')[0]);
}

function packageAllowed(packages: Packages, specifier: string): boolean {
  if (specifier === 'vscode') return packages === 'vscode' || packages === 'vscode+node';
  if (isNodeModule(specifier)) return packages === 'node' || packages === 'vscode+node';
  // The extension and the CLI ship without runtime dependencies: any other package is a new dependency to decide on.
  return false;
}

/** The file a relative specifier names, among the known files (`./x` is `x.ts` or `x/index.ts`). */
function resolveRelative(from: string, specifier: string, known: ReadonlySet<string>): string | undefined {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  return [`${base}.ts`, `${base}/index.ts`, base].find((candidate) => known.has(candidate));
}

/** Imports that break the layering, files outside every layer, and editor-free files that reach `vscode` through other files. */
export function checkImports(files: readonly SourceFile[]): Violation[] {
  const known = new Set(files.map(({ file }) => file));
  const violations: Violation[] = [];
  const edges = new Map<string, string[]>();
  const usesVscode = new Set<string>();
  for (const { file, text } of files) {
    const from = layerOf(file);
    if (!from) {
      violations.push({ file, imported: '', reason: 'belongs to no layer: add its folder to LAYERS (test/support/importRules.ts) and ARCHITECTURE.md' });
      continue;
    }
    const layer = LAYERS[from];
    const targets: string[] = [];
    for (const specifier of importedModules(file, text)) {
      if (!specifier.startsWith('.')) {
        if (specifier === 'vscode') usesVscode.add(file);
        if (!packageAllowed(layer.packages, specifier)) violations.push({ file, imported: specifier, reason: `${from} may not import the package` });
        continue;
      }
      const target = resolveRelative(file, specifier, known);
      if (!target) continue; // generated data (JSON) or a file outside src/: the compiler checks it exists
      targets.push(target);
      const to = layerOf(target);
      if (to && to !== from && !layer.mayImport.includes(to)) violations.push({ file, imported: specifier, reason: `${from} may not import ${to}` });
    }
    edges.set(file, targets);
  }
  return [...violations, ...editorReachViolations(files, edges, usesVscode)];
}

/** Editor-free files from which a chain of imports reaches a file that imports `vscode`, each with the chain. */
function editorReachViolations(files: readonly SourceFile[], edges: ReadonlyMap<string, string[]>, usesVscode: ReadonlySet<string>): Violation[] {
  // Walks the imports backwards from the files that use vscode; `next` keeps, for each file reached, the import that
  // leads one step closer, so the chain can be printed.
  const importers = new Map<string, string[]>();
  for (const [file, targets] of edges) for (const target of targets) importers.set(target, [...(importers.get(target) ?? []), file]);
  const next = new Map<string, string | null>([...usesVscode].map((file) => [file, null]));
  const queue = [...usesVscode];
  for (let index = 0; index < queue.length; index++) {
    for (const importer of importers.get(queue[index]) ?? []) {
      if (next.has(importer)) continue;
      next.set(importer, queue[index]);
      queue.push(importer);
    }
  }
  const violations: Violation[] = [];
  for (const { file } of files) {
    const layer = layerOf(file);
    const step = next.get(file);
    // A direct import (step null) is already reported by the layer's package rule; this reports the chains.
    if (!layer || !EDITOR_FREE_LAYERS.includes(layer) || !step) continue;
    const chain = [file];
    for (let at: string | null | undefined = step; at; at = next.get(at)) chain.push(at);
    violations.push({ file, imported: step, reason: `reaches vscode through ${chain.join(' -> ')}` });
  }
  return violations;
}
