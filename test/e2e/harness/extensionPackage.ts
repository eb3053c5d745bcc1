// Produces what gets installed into code-server: the Source Lens `.vsix`, and the test-runner extension for extension-host suites.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ExtensionToInstall } from './codeServer';
import { repoRoot } from './provision';

let packagedVsix: string | undefined;
let stagedFolder: string | undefined;

function commandOutput(command: string, args: string[], what: string): string {
  try {
    return execFileSync(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const detail = typeof error === 'object' && error !== null && 'stderr' in error ? String(error.stderr) : String(error);
    throw new Error(`${what} failed, so there is no extension to test:\n${detail.slice(-3000)}`);
  }
}

/**
 * The development build as an unpacked extension folder: exactly the files `vsce ls` would package, copied after
 * `npm run build` (source maps, no minification). Chosen with SOURCE_LENS_INSTALL=folder.
 */
function builtExtensionFolder(): ExtensionToInstall {
  if (!stagedFolder || !fs.existsSync(stagedFolder)) {
    process.stderr.write('[e2e] building the extension (npm run build) and staging its packaged files\n');
    commandOutput('npm', ['run', '--silent', 'build'], 'npm run build');
    const files = commandOutput('npx', ['vsce', 'ls', '--no-dependencies'], 'vsce ls').split('\n').map((line) => line.trim()).filter(Boolean);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-extension-'));
    process.once('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
    for (const file of files) {
      if (!fs.statSync(path.join(repoRoot, file)).isFile()) continue;
      fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      fs.copyFileSync(path.join(repoRoot, file), path.join(folder, file));
    }
    stagedFolder = folder;
  }
  return { folder: stagedFolder };
}

/**
 * The `.vsix` users get (`npm run package`), built once per process into a temporary folder; SOURCE_LENS_VSIX
 * names a prebuilt one instead, SOURCE_LENS_INSTALL=folder installs the development build unpacked. Installing the real package proves `.vscodeignore` and the manifest too.
 */
export function sourceLensExtension(): ExtensionToInstall {
  const prebuilt = process.env.SOURCE_LENS_VSIX;
  if (prebuilt) {
    if (!fs.existsSync(prebuilt)) throw new Error(`SOURCE_LENS_VSIX=${prebuilt} does not exist`);
    return { vsix: path.resolve(prebuilt) };
  }
  if (process.env.SOURCE_LENS_INSTALL === 'folder') return builtExtensionFolder();
  if (!packagedVsix || !fs.existsSync(packagedVsix)) {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-vsix-'));
    const vsix = path.join(outDir, 'source-lens.vsix');
    process.stderr.write('[e2e] packaging the extension (npm run package)\n');
    // `npm run package` ends with `vsce package`, so `-o` lands there.
    commandOutput('npm', ['run', '--silent', 'package', '--', '-o', vsix], 'npm run package');
    if (!fs.existsSync(vsix)) throw new Error(`npm run package succeeded but wrote no ${vsix}`);
    packagedVsix = vsix;
    process.once('exit', () => fs.rmSync(outDir, { recursive: true, force: true }));
  }
  return { vsix: packagedVsix };
}

/**
 * The development build with its analysis worker wrapped by `wrapperSource`, which runs from `dist/worker.js` and
 * loads the real worker as `./worker.real.js`: a way to reach, in a real workbench, what the extension does when the
 * engine fails, without a document that makes it fail.
 */
export function sourceLensWithWrappedWorker(wrapperSource: string): ExtensionToInstall {
  const built = builtExtensionFolder().folder;
  if (!built) throw new Error('the development build was not staged');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-wrapped-worker-'));
  process.once('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
  fs.cpSync(built, folder, { recursive: true });
  fs.renameSync(path.join(folder, 'dist', 'worker.js'), path.join(folder, 'dist', 'worker.real.js'));
  fs.writeFileSync(path.join(folder, 'dist', 'worker.js'), wrapperSource);
  return { folder };
}

/** What the test-runner extension reads from `run-config.json` in its own folder. */
export interface TestRunConfig {
  /** Compiled module exporting `runSuite(): Promise<SuiteReport>`. */
  suiteModule: string;
  /** Where the runner writes the JSON report (written to a temporary name, then renamed). */
  resultFile: string;
}

/** A copy of the test-runner extension with its run configuration, installed only for one test run. */
export function stageTestRunnerExtension(config: TestRunConfig): ExtensionToInstall {
  const compiledMain = path.join(repoRoot, 'out', 'test', 'runner-extension', 'extension.js');
  if (!fs.existsSync(compiledMain)) throw new Error(`${compiledMain} is missing: run \`npm run compile\` first`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-test-runner-'));
  process.once('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
  fs.copyFileSync(path.join(repoRoot, 'test', 'runner-extension', 'package.json'), path.join(folder, 'package.json'));
  fs.copyFileSync(compiledMain, path.join(folder, 'extension.js'));
  fs.writeFileSync(path.join(folder, 'run-config.json'), JSON.stringify(config, null, 2));
  return { folder };
}
