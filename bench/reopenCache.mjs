#!/usr/bin/env node
// The reopen case: the editor reopening a workspace of 5,000 generated documents (about 25 MB) whose index cache is in
// its workspace storage. The extension's own index and cache code (src/workspaceIndex, with the settings store and the
// review locations it uses) runs against a stub `vscode` whose file system and file search are Node's, first to build the
// cache (every document summarised by the engine in this process), then, in a fresh process as a reopened window is, to
// do what the extension does on reopen: find the files, stat each (reading and hashing only those changed), read the
// cache, take every summary from it, save the cache, and build the cross-document model the views show (from its
// snapshot when nothing changed). The bar: at most 2 s from start to that model.
//   node bench/reopenCache.mjs [--documents N] [--keep FOLDER] [--write]
// With --write (the full case only) the figures go into bench/results.json (as reopenCache) and this case's section and
// the corpus bars table of bench/RESULTS.md are rendered again from them.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDocuments } from './corpusIndex.mjs';
import { loadSources, MIB } from './corpus.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const require = createRequire(import.meta.url);

export const REOPEN_CACHE = { documents: 5000, bytes: 25 * MIB, barMs: 2000 };

/** The index, the settings store, the review locations and the engine bundled as the extension bundles them, `vscode` left out. */
function bundleIndex(folder) {
  require(path.join(repoRoot, 'scripts', 'generate-lexicon.js')).generateLexicon();
  const entry = path.join(folder, 'entry.ts');
  const relative = (file) => path.relative(folder, path.join(repoRoot, file)).split(path.sep).join('/');
  fs.writeFileSync(
    entry,
    `export { WorkspaceIndex } from '${relative('src/workspaceIndex/workspaceIndex.ts')}';\n` +
      `export { SettingsStore } from '${relative('src/settings/settingsStore.ts')}';\n` +
      `export { reviewFileFor } from '${relative('src/reviewing/location.ts')}';\n` +
      `export { analyze } from '${relative('src/analysis/index.ts')}';\n` +
      `export { summarise } from '${relative('src/corpus/summary.ts')}';\n`,
  );
  const outfile = path.join(folder, 'index.cjs');
  require('esbuild').buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    logLevel: 'error',
  });
  return outfile;
}

/** Wall-clock time and calls spent in each part of the stub host (file search, document reads, review reads, cache). */
function newTally() {
  return { findFilesMs: 0, readFileMs: 0, readFiles: 0, missingFiles: 0, statMs: 0, stats: 0, writeFileMs: 0, cacheBytesRead: 0, cacheBytesWritten: 0 };
}

/**
 * The stub `vscode` of bench/vscodeStub.cjs, with what the index asks of the host made real: one workspace folder, its
 * files found and read through Node, a file watcher that never fires, progress that is not shown.
 */
function hostStub(workspace, tally) {
  const { stub } = require('./vscodeStub.cjs');
  const vscode = {};
  for (const name of Object.keys(stub)) Object.defineProperty(vscode, name, { enumerable: true, configurable: true, get: () => stub[name] });
  const { Uri, Disposable, EventEmitter } = stub;
  const folder = { uri: Uri.file(workspace), name: path.basename(workspace), index: 0 };
  class RelativePattern {
    constructor(base, pattern) {
      this.base = base;
      this.pattern = pattern;
    }
  }
  const timed = async (key, work) => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      tally[key] += performance.now() - started;
    }
  };
  const walk = (directory, extensions, found) => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full, extensions, found);
      else if (extensions.includes(path.extname(entry.name).slice(1).toLowerCase())) found.push(Uri.file(full));
    }
    return found;
  };
  const event = () => new EventEmitter().event;
  const workspaceApi = {
    workspaceFolders: [folder],
    textDocuments: [],
    isTrusted: true,
    getConfiguration: stub.workspace.getConfiguration,
    getWorkspaceFolder: (uri) => (uri.fsPath.startsWith(workspace) ? folder : undefined),
    asRelativePath: (value) => {
      const fsPath = typeof value === 'string' ? value : value.fsPath;
      return path.relative(workspace, fsPath).split(path.sep).join('/');
    },
    createFileSystemWatcher: () => ({ onDidCreate: event(), onDidChange: event(), onDidDelete: event(), dispose: () => undefined }),
    findFiles: (pattern) =>
      timed('findFilesMs', async () => {
        // The index asks for `**/*.{txt,md,…}` (nothing is excluded in the generated workspace).
        const extensions = (/\{([^}]*)\}|\*\.(\w+)$/.exec(pattern.pattern) ?? []).slice(1).filter(Boolean).join(',').split(',');
        return walk(pattern.base.uri.fsPath, extensions, []);
      }),
    fs: {
      readFile: (uri) =>
        timed('readFileMs', async () => {
          tally.readFiles += 1;
          try {
            const bytes = await fs.promises.readFile(uri.fsPath);
            if (uri.fsPath.endsWith('workspace-index.json')) tally.cacheBytesRead += bytes.length;
            return bytes;
          } catch (error) {
            tally.missingFiles += 1;
            throw error;
          }
        }),
      stat: (uri) =>
        timed('statMs', async () => {
          tally.stats += 1;
          const stats = await fs.promises.stat(uri.fsPath);
          return { type: stats.isDirectory() ? 2 : 1, size: stats.size, mtime: stats.mtimeMs, ctime: stats.ctimeMs };
        }),
      writeFile: (uri, bytes) =>
        timed('writeFileMs', async () => {
          tally.cacheBytesWritten += bytes.length;
          await fs.promises.writeFile(uri.fsPath, bytes);
        }),
      createDirectory: async (uri) => void (await fs.promises.mkdir(uri.fsPath, { recursive: true })),
    },
  };
  const workspaceNamespace = new Proxy(workspaceApi, {
    get: (target, property) => (property in target || typeof property === 'symbol' ? target[property] : stub.workspace[property]),
  });
  const windowApi = new Proxy(
    { withProgress: (_options, task) => task({ report: () => undefined }, new stub.CancellationTokenSource().token) },
    { get: (target, property) => (property in target || typeof property === 'symbol' ? target[property] : stub.window[property]) },
  );
  const own = { RelativePattern, workspace: workspaceNamespace, window: windowApi, Disposable };
  for (const [name, value] of Object.entries(own)) Object.defineProperty(vscode, name, { enumerable: true, get: () => value });
  return vscode;
}

/** Loads the bundle with every `require('vscode')` answered by the stub. */
function loadWithStub(bundle, vscode) {
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? 'vscode' : resolveFilename.call(this, request, ...rest);
  };
  require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };
  return require(bundle);
}

function memento(values) {
  const store = new Map(Object.entries(values));
  return { keys: () => [...store.keys()], get: (key, fallback) => (store.has(key) ? store.get(key) : fallback), update: async (key, value) => void store.set(key, value) };
}

const silentLog = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined, trace: () => undefined };

/** One opening of the workspace: the index started, run to its end, and its report built (what the Sources view shows). */
async function openWorkspace({ bundle, workspace, storage, summarise }) {
  const tally = newTally();
  const vscode = hostStub(workspace, tally);
  const index = loadWithStub(bundle, vscode);
  const settings = new index.SettingsStore();
  const storageUri = vscode.Uri.file(storage);
  const folders = { storageUri, globalStorageUri: storageUri };
  let analysed = 0;
  const worker = {
    editorJobs: 0,
    summarise: async (name, text, options) => {
      analysed += 1;
      return index.summarise(index.analyze(typeof text === 'string' ? text : text.text, options), name);
    },
  };
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const workspaceIndex = new index.WorkspaceIndex({
    worker: summarise ? worker : { editorJobs: 0, summarise: () => Promise.reject(new Error('the reopen analysed a document')) },
    settings,
    storageUri,
    // The user's go-ahead for a workspace over sourcelens.index.maxFiles, as a reopened workspace has it.
    workspaceState: memento({ 'sourcelens.index.allowed': true }),
    log: silentLog,
    engineVersion: 'bench',
    reviewFileOf: (document) => index.reviewFileFor(document, folders)?.file,
  });
  workspaceIndex.start();
  await workspaceIndex.whenIdle();
  const indexed = performance.now();
  const report = workspaceIndex.report();
  const done = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  const stats = workspaceIndex.stats();
  workspaceIndex.dispose();
  settings.dispose();
  return {
    totalMs: done - started,
    indexMs: indexed - started,
    modelMs: done - indexed,
    cpuMs: (cpu.user + cpu.system) / 1000,
    analysed,
    stats,
    claims: report?.claims.length ?? 0,
    actors: report?.actors.length ?? 0,
    tally,
  };
}

/** Builds the cache in this process, then times the reopen in a fresh one. */
export async function measureReopenCache({ sources, progress = () => {}, documents = REOPEN_CACHE.documents, keep = null }) {
  const folder = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-bench-reopen-'));
  try {
    const workspace = path.join(folder, 'workspace');
    const storage = path.join(folder, 'storage');
    const cacheFile = path.join(storage, 'workspace-index.json');
    const built = keep !== null && fs.existsSync(cacheFile);
    const bundle = bundleIndex(folder);
    let bytes;
    let build = { totalMs: null, analysed: 0 };
    if (built) {
      const files = fs.readdirSync(workspace, { recursive: true }).filter((name) => name.endsWith('.txt'));
      documents = files.length;
      bytes = files.reduce((total, name) => total + fs.statSync(path.join(workspace, name)).size, 0);
      progress(`reopen from cache: ${documents} documents and their cache kept in ${folder}`);
    } else {
      ({ bytes } = writeDocuments(sources, workspace, documents, (REOPEN_CACHE.bytes * documents) / REOPEN_CACHE.documents));
      progress(`reopen from cache: ${documents} documents, ${(bytes / MIB).toFixed(1)} MB; building the index cache (every document analysed)`);
      build = await openWorkspace({ bundle, workspace, storage, summarise: true });
      progress(`reopen from cache: cache built in ${(build.totalMs / 1000).toFixed(1)} s (${build.analysed} analysed)`);
    }
    const cacheMB = fs.statSync(cacheFile).size / MIB;
    const child = fork(fileURLToPath(import.meta.url), ['--child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let reopen;
    // The child ends itself once it has sent its figures (so that a profile of it, with --cpu-prof, is written).
    await new Promise((resolve, reject) => {
      child.once('message', (message) => (reopen = message));
      child.once('error', reject);
      child.once('exit', (code) => (reopen ? resolve() : reject(new Error(`the reopen case's process exited with ${code}`))));
      child.send({ bundle, workspace, storage });
    });
    progress(
      `reopen from cache: ${(reopen.totalMs / 1000).toFixed(2)} s (CPU ${(reopen.cpuMs / 1000).toFixed(2)} s; index ${(reopen.indexMs / 1000).toFixed(2)} s, ` +
        `model ${(reopen.modelMs / 1000).toFixed(2)} s), ${reopen.stats.fromCache} from the cache, ${reopen.analysed} analysed`,
    );
    return {
      documents,
      inputMB: bytes / MIB,
      cacheMB,
      buildMs: build.totalMs,
      ...reopen,
      barMs: REOPEN_CACHE.barMs,
      cores: os.availableParallelism(),
      loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
    };
  } finally {
    if (keep === null) fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Puts the figures into bench/results.json and renders this case's section and the corpus bars of RESULTS.md again. */
async function writeResults(result, progress) {
  const resultsFile = path.join(benchDir, 'results.json');
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  results.reopenCache = result;
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 1)}\n`);
  const { corpusBarsMarkdown, reopenCacheMarkdown } = await import('./report.mjs');
  const markdownFile = path.join(benchDir, 'RESULTS.md');
  let markdown = fs.readFileSync(markdownFile, 'utf8');
  // Only this case's section and the bars table are replaced: the rest of the file records other runs.
  for (const [heading, section] of [
    ['## Reopen from cache\n', reopenCacheMarkdown(result)],
    ['## Corpus bars\n', `${corpusBarsMarkdown(results)}\n`],
  ]) {
    const start = markdown.indexOf(heading);
    if (start < 0) throw new Error(`bench/RESULTS.md has no "${heading.trim()}" section`);
    const next = markdown.indexOf('\n## ', start + 1);
    markdown = `${markdown.slice(0, start)}${section}${next < 0 ? '' : markdown.slice(next + 1)}`;
  }
  fs.writeFileSync(markdownFile, markdown);
  progress('wrote reopenCache into bench/results.json and its lines of bench/RESULTS.md');
}

if (process.argv[2] === '--child') {
  process.once('message', (message) => {
    openWorkspace({ ...message, summarise: false }).then(
      (result) => process.send(result, () => process.exit(0)),
      (error) => {
        console.error(error instanceof Error ? error.stack : error);
        process.exit(1);
      },
    );
  });
} else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--documents');
  const documents = at > 0 ? Number(process.argv[at + 1]) : REOPEN_CACHE.documents;
  // --keep FOLDER: the workspace and its cache are built there once and reused, to measure the reopen again quickly.
  const keepAt = process.argv.indexOf('--keep');
  const keep = keepAt > 0 ? path.resolve(process.argv[keepAt + 1]) : null;
  if (keep !== null) fs.mkdirSync(keep, { recursive: true });
  const write = process.argv.includes('--write');
  if (write && documents !== REOPEN_CACHE.documents) throw new Error(`--write records only the full case (${REOPEN_CACHE.documents} documents)`);
  const progress = (message) => process.stderr.write(`[bench] ${message}\n`);
  measureReopenCache({ sources: loadSources(repoRoot), progress, documents, keep })
    .then(async (result) => {
      const { reopenCacheText } = await import('./report.mjs');
      console.log(reopenCacheText(result).join('\n'));
      console.log(JSON.stringify(result, null, 1));
      if (write) await writeResults(result, progress);
    })
    .catch((error) => {
      console.error(error instanceof Error ? error.stack : error);
      process.exit(1);
    });
}
