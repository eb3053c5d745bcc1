// Runs the TypeScript sources directly under Node, for the fast unit loop (`npm run test:unit`): each .ts file is
// transpiled when first required, by TypeScript's own transpiler with the project's compiler options, so it runs as
// `tsc` would emit it (CommonJS, plain writable exports that a test may wrap) without the minute-long full compile.
// Types are not checked here: `npm run lint` and `npm run compile` do that. Transpiled files are cached on disk by
// content, so a rerun, and a worker thread started by a test, only read them back.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const root = path.join(__dirname, '..');
const { config } = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
const compilerOptions = { ...options, sourceMap: false, inlineSourceMap: true, inlineSources: true, outDir: undefined };
const cacheDir = path.join(root, 'node_modules', '.cache', 'ts-register');
const cacheSalt = `${ts.version}\n${JSON.stringify(compilerOptions)}\n`;

function transpile(source, filename) {
  const key = crypto.createHash('sha256').update(cacheSalt).update(filename).update('\n').update(source).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    // not transpiled yet
  }
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    // Written under a unique name and renamed, so a reader in another thread never sees half a file.
    const temporary = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    fs.writeFileSync(temporary, outputText);
    fs.renameSync(temporary, cached);
  } catch {
    // a read-only tree: run without the cache
  }
  return outputText;
}

require.extensions['.ts'] = (module, filename) => {
  module._compile(transpile(fs.readFileSync(filename, 'utf8'), filename), filename);
};
