// A minimal stand-in for the `vscode` module, enough for activate() to build everything; it records which API it was asked for.
'use strict';
const path = require('node:path');

/** Every API name activation touched, in first-use order ("window.createOutputChannel", "EventEmitter", …). */
const touched = new Set();

class Disposable {
  constructor(onDispose) {
    this.onDispose = onDispose;
  }
  static from(...disposables) {
    return new Disposable(() => disposables.forEach((disposable) => disposable.dispose()));
  }
  dispose() {
    const onDispose = this.onDispose;
    this.onDispose = undefined;
    if (onDispose) onDispose();
  }
}

class EventEmitter {
  constructor() {
    this.listeners = new Set();
    this.event = (listener, thisArgs, disposables) => {
      const bound = thisArgs === undefined ? listener : listener.bind(thisArgs);
      this.listeners.add(bound);
      const subscription = new Disposable(() => this.listeners.delete(bound));
      if (Array.isArray(disposables)) disposables.push(subscription);
      return subscription;
    };
  }
  fire(value) {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose() {
    this.listeners.clear();
  }
}

class Uri {
  constructor(scheme, fsPath) {
    this.scheme = scheme;
    this.path = fsPath.split(path.sep).join('/');
    this.fsPath = fsPath;
    this.authority = '';
    this.query = '';
    this.fragment = '';
  }
  static file(fsPath) {
    return new Uri('file', fsPath);
  }
  static parse(text) {
    const match = /^([a-z][\w+.-]*):(?:\/\/[^/]*)?(.*)$/i.exec(text);
    return match ? new Uri(match[1], decodeURIComponent(match[2])) : new Uri('file', text);
  }
  static joinPath(base, ...segments) {
    return new Uri(base.scheme, path.join(base.fsPath, ...segments));
  }
  with(change) {
    return new Uri(change.scheme ?? this.scheme, change.path ?? this.fsPath);
  }
  toString() {
    return `${this.scheme}://${this.path}`;
  }
}

class Position {
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
}

class Range {
  constructor(startOrLine, endOrCharacter, endLine, endCharacter) {
    if (typeof startOrLine === 'number') {
      this.start = new Position(startOrLine, endOrCharacter);
      this.end = new Position(endLine, endCharacter);
    } else {
      this.start = startOrLine;
      this.end = endOrCharacter;
    }
  }
}

class Selection extends Range {}

/** A plain class that keeps its constructor arguments: enough for value types activation only constructs. */
function valueClass(name) {
  return {
    [name]: class {
      constructor(...args) {
        this.args = args;
      }
    },
  }[name];
}

class CancellationTokenSource {
  constructor() {
    const cancelled = new EventEmitter();
    this.token = { isCancellationRequested: false, onCancellationRequested: cancelled.event };
    this.cancelled = cancelled;
  }
  cancel() {
    this.token.isCancellationRequested = true;
    this.cancelled.fire(undefined);
  }
  dispose() {
    this.cancelled.dispose();
  }
}

/** An object handed out by create*(): properties can be set and read back; any method is a no-op. */
function handle(kind) {
  const store = {};
  return new Proxy(store, {
    get(target, property) {
      if (property in target || typeof property === 'symbol' || property === 'then') return target[property];
      return () => undefined;
    },
    set(target, property, value) {
      target[property] = value;
      return true;
    },
    has: () => true,
    ownKeys: () => Reflect.ownKeys(store),
    getOwnPropertyDescriptor: (target, property) => Reflect.getOwnPropertyDescriptor(target, property),
    getPrototypeOf: () => Object.prototype,
    defineProperty: (target, property, descriptor) => Reflect.defineProperty(target, property, descriptor),
    apply: () => undefined,
    toString: () => `[${kind}]`,
  });
}

/** An API namespace: explicit members first; otherwise on*() events, register*() and create*() by their naming convention. */
function namespace(name, members) {
  return new Proxy(members, {
    get(target, property) {
      if (typeof property === 'symbol') return target[property];
      touched.add(`${name}.${property}`);
      if (property in target) return target[property];
      if (/^on[A-Z]/.test(property)) return new EventEmitter().event;
      if (/^register/.test(property)) return () => new Disposable();
      if (/^create/.test(property)) return () => handle(`${name}.${property}`);
      if (/^show/.test(property)) return async () => undefined;
      throw new Error(`the vscode stub has no ${name}.${property}`);
    },
  });
}

/** Enums: any member reads as a stable number. */
function enumeration(name) {
  const values = new Map();
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (typeof property === 'symbol') return undefined;
        touched.add(`${name}.${property}`);
        if (!values.has(property)) values.set(property, values.size + 1);
        return values.get(property);
      },
    },
  );
}

const emptyConfiguration = {
  get: (_key, fallback) => fallback,
  has: () => false,
  inspect: () => undefined,
  update: async () => undefined,
};

const ENUMS = [
  'CodeActionKind', 'ColorThemeKind', 'ConfigurationTarget', 'DecorationRangeBehavior', 'DiagnosticSeverity',
  'DocumentHighlightKind', 'EndOfLine', 'ExtensionMode', 'LogLevel', 'OverviewRulerLane', 'ProgressLocation', 'QuickPickItemKind', 'StatusBarAlignment', 'SymbolKind',
  'TextDocumentChangeReason', 'TextEditorRevealType', 'TextEditorSelectionChangeKind', 'TreeItemCollapsibleState', 'ViewColumn',
];
const VALUE_CLASSES = [
  'CodeAction', 'Diagnostic', 'DocumentHighlight', 'DocumentSymbol', 'Hover', 'Location', 'MarkdownString', 'RelativePattern',
  'SnippetString', 'SymbolInformation', 'TextEdit', 'ThemeColor', 'ThemeIcon', 'TreeItem', 'WorkspaceEdit',
];

const members = {
  Disposable,
  EventEmitter,
  Uri,
  Position,
  Range,
  Selection,
  CancellationTokenSource,
  ...Object.fromEntries(VALUE_CLASSES.map((name) => [name, valueClass(name)])),
  ...Object.fromEntries(ENUMS.map((name) => [name, enumeration(name)])),
  window: namespace('window', { activeTextEditor: undefined, visibleTextEditors: [], setStatusBarMessage: () => new Disposable() }),
  workspace: namespace('workspace', {
    textDocuments: [],
    workspaceFolders: undefined,
    isTrusted: true,
    getConfiguration: () => emptyConfiguration,
    asRelativePath: (value) => String(value),
    fs: handle('workspace.fs'),
  }),
  languages: namespace('languages', { setTextDocumentLanguage: async (document) => document }),
  commands: namespace('commands', { executeCommand: async () => undefined, getCommands: async () => [] }),
  env: namespace('env', { clipboard: { readText: async () => '', writeText: async () => undefined }, language: 'en', appName: 'benchmark' }),
};

// Bundlers copy a module's own properties when they import it (`import * as vscode`), so every name is an own getter.
const stub = {};
for (const [name, value] of Object.entries(members)) {
  Object.defineProperty(stub, name, {
    enumerable: true,
    get() {
      touched.add(name);
      return value;
    },
  });
}

module.exports = { stub, touched };
