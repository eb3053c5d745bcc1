// Child process of the benchmark: times require() of the extension bundle and its activate() against a stub `vscode`.
//   node bench/activation.cjs <extension folder>   → one JSON line on stdout
'use strict';
const Module = require('node:module');
const path = require('node:path');
const { stub, touched } = require('./vscodeStub.cjs');

const extensionRoot = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
const bundle = path.join(extensionRoot, 'dist', 'extension.js');
const packageJSON = require(path.join(extensionRoot, 'package.json'));

// The host resolves `vscode` itself; here every require of it gets the stub (loaded above, as the host's API is already loaded).
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolveFilename.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: stub };

function memento() {
  const values = new Map();
  return { keys: () => [...values.keys()], get: (key, fallback) => (values.has(key) ? values.get(key) : fallback), update: async (key, value) => void values.set(key, value), setKeysForSync: () => undefined };
}

const extensionUri = stub.Uri.file(extensionRoot);
const storage = stub.Uri.file(path.join(require('node:os').tmpdir(), 'source-lens-bench-storage'));
const context = {
  subscriptions: [],
  extensionUri,
  extensionPath: extensionRoot,
  extension: { id: `${packageJSON.publisher}.${packageJSON.name}`, extensionUri, extensionPath: extensionRoot, packageJSON, isActive: true, exports: undefined },
  extensionMode: 1,
  globalState: memento(),
  workspaceState: memento(),
  secrets: { get: async () => undefined, store: async () => undefined, delete: async () => undefined, onDidChange: new stub.EventEmitter().event },
  storageUri: storage,
  globalStorageUri: storage,
  logUri: storage,
  storagePath: storage.fsPath,
  globalStoragePath: storage.fsPath,
  logPath: storage.fsPath,
  asAbsolutePath: (relative) => path.join(extensionRoot, relative),
  environmentVariableCollection: { replace: () => undefined, append: () => undefined, prepend: () => undefined, get: () => undefined, clear: () => undefined },
};

const cpuBefore = process.cpuUsage();
const started = performance.now();
const extension = require(bundle);
const loaded = performance.now();
const api = extension.activate(context);
const activated = performance.now();
const cpu = process.cpuUsage(cpuBefore);

const result = {
  requireMs: loaded - started,
  activateMs: activated - loaded,
  totalMs: activated - started,
  cpuMs: (cpu.user + cpu.system) / 1000,
  apiVersion: api && typeof api === 'object' ? api.apiVersion : undefined,
  subscriptions: context.subscriptions.length,
  touched: [...touched].filter((name) => !['window', 'workspace', 'languages', 'commands', 'env'].includes(name)),
  bundleBytes: require('node:fs').statSync(bundle).size,
};
for (const subscription of context.subscriptions.reverse()) subscription.dispose();
if (typeof extension.deactivate === 'function') extension.deactivate();
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
