// The command-line tool's memory on large inputs: a folder of 50 MB (eight documents of about 6 MB, written as
// JSON Lines to --out) and one document at the size limit the CLI states for this machine, each run as a user runs
// it, in a process of its own, with its peak resident memory (worker thread included).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, MIB } from './corpus.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The probe's folder: eight documents of 6.25 MB, 50 MB in all. */
const FOLDER = { files: 8, bytesEach: 6.25 * MIB };
/** Longer than any run takes on a loaded two-core machine; a run that exceeds it is reported as stopped. */
const TIMEOUT_MS = 30 * 60 * 1000;

/** src/cli/main.ts and src/cli/limits.ts bundled into `folder` the way esbuild.js builds dist/cli.js. */
export function bundleCli(repoRoot, folder) {
  const esbuild = require('esbuild');
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node18', logLevel: 'error' };
  const cliPath = path.join(folder, 'cli.js');
  const limitsPath = path.join(folder, 'limits.js');
  esbuild.buildSync({ ...common, entryPoints: [path.join(repoRoot, 'src', 'cli', 'main.ts')], outfile: cliPath });
  esbuild.buildSync({ ...common, entryPoints: [path.join(repoRoot, 'src', 'cli', 'limits.ts')], outfile: limitsPath });
  return { cliPath, limits: require(limitsPath) };
}

/** Runs the CLI to its end; its exit status, wall-clock time, peak resident memory and the last lines it wrote to stderr. */
export function runCli(cliPath, args, cwd) {
  const rssFile = path.join(cwd, `rss-${Date.now()}.json`);
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--require', path.join(benchDir, 'cliPeakRss.cjs'), cliPath, ...args], {
      cwd,
      env: { ...process.env, SOURCELENS_BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let peakRssMB = null;
      let cpuMs = null;
      try {
        const usage = JSON.parse(fs.readFileSync(rssFile, 'utf8'));
        peakRssMB = usage.maxRssKB / 1024;
        cpuMs = usage.cpuMs ?? null;
      } catch {
        // the process did not reach its exit handler (killed): no figure
      }
      resolve({ exitCode: code ?? signal, ms: performance.now() - started, cpuMs, peakRssMB, stderr: stderr.trim().split('\n').slice(-3).join(' / ') });
    });
  });
}

const sizeMB = (file) => fs.statSync(file).size / MIB;

export async function measureCli({ repoRoot, sources, progress }) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-bench-cli-'));
  try {
    const { cliPath, limits } = bundleCli(repoRoot, folder);
    const documents = path.join(folder, 'documents');
    fs.mkdirSync(documents);
    for (let index = 0; index < FOLDER.files; index++) {
      fs.writeFileSync(path.join(documents, `document-${index}.txt`), buildCorpus(sources, FOLDER.bytesEach, `cli-folder:${index}`).text);
    }
    const inputMB = fs.readdirSync(documents).reduce((total, name) => total + sizeMB(path.join(documents, name)), 0);
    progress(`CLI: a folder of ${FOLDER.files} documents, ${inputMB.toFixed(1)} MB, to JSON Lines`);
    const folderOut = path.join(folder, 'folder.jsonl');
    const folderRun = await runCli(cliPath, ['analyze', documents, '--format', 'jsonl', '--out', folderOut, '--quiet'], folder);
    const folderResult = {
      files: FOLDER.files,
      inputMB,
      largestMB: FOLDER.bytesEach / MIB,
      ...folderRun,
      outputMB: fs.existsSync(folderOut) ? sizeMB(folderOut) : null,
      documentsWritten: fs.existsSync(folderOut) ? fs.readFileSync(folderOut, 'utf8').split('\n').filter(Boolean).length : 0,
    };
    fs.rmSync(folderOut, { force: true });
    fs.rmSync(documents, { recursive: true, force: true });
    progress(`CLI folder: exit ${folderResult.exitCode}, ${(folderResult.ms / 1000).toFixed(0)} s, peak RSS ${folderResult.peakRssMB?.toFixed(0)} MB`);

    // The limit the CLI states for this machine (--help says it): half the memory, at the engine's bytes a character.
    const memoryBytes = limits.defaultMemoryBytes();
    const limitBytes = limits.documentLimitBytes(memoryBytes);
    const document = path.join(folder, 'at-limit.txt');
    fs.writeFileSync(document, buildCorpus(sources, limitBytes, 'cli-limit').text);
    progress(`CLI: one document of ${sizeMB(document).toFixed(1)} MB (the limit here is ${(limitBytes / MIB).toFixed(1)} MB) to JSON`);
    const limitOut = path.join(folder, 'at-limit.json');
    const limitRun = await runCli(cliPath, ['analyze', document, '--format', 'json', '--out', limitOut, '--quiet'], folder);
    const limitResult = {
      limitMB: limitBytes / MIB,
      memoryMB: memoryBytes / MIB,
      heapBytesPerCharacter: limits.HEAP_BYTES_PER_CHARACTER,
      inputMB: sizeMB(document),
      ...limitRun,
      outputMB: fs.existsSync(limitOut) ? sizeMB(limitOut) : null,
    };
    progress(`CLI at the limit: exit ${limitResult.exitCode}, ${(limitResult.ms / 1000).toFixed(0)} s, peak RSS ${limitResult.peakRssMB?.toFixed(0)} MB`);
    return { folder: folderResult, atLimit: limitResult };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
