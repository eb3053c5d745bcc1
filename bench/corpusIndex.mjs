#!/usr/bin/env node
// The corpus case: `sourcelens corpus` indexing 5,000 generated documents (about 25 MB) with --jobs, against the sum of
// the same documents' single analyses in one thread; the bar is an index time of at most 1.3 × that sum ÷ jobs. The
// documents are generated at run time into a temporary folder (never committed) and removed afterwards.
//   node bench/corpusIndex.mjs [--documents N] [--jobs N] [--write]
// With --write the figures go into bench/results.json (as corpusIndex) and bench/RESULTS.md is rendered again from it,
// so this case can be measured again without running the whole benchmark; `npm run bench` runs it too.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCli, runCli } from './cli.mjs';
import { buildCorpus, loadSources, MIB, prng } from './corpus.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const require = createRequire(import.meta.url);

export const CORPUS_INDEX = { documents: 5000, bytes: 25 * MIB, bar: 1.3 };
/** Documents per sub-folder: the corpus is a tree, as archives are. */
const PER_FOLDER = 100;

/** Writes `count` documents of about `totalBytes` in all, sizes varied ±50% around the mean, each of its own seed. */
export function writeDocuments(sources, folder, count, totalBytes) {
  const random = prng(`corpus-index:${count}`);
  const mean = totalBytes / count;
  let bytes = 0;
  const files = [];
  for (let index = 0; index < count; index++) {
    const sub = path.join(folder, `part-${String(Math.floor(index / PER_FOLDER)).padStart(3, '0')}`);
    if (index % PER_FOLDER === 0) fs.mkdirSync(sub, { recursive: true });
    const { text } = buildCorpus(sources, Math.round(mean * (0.5 + random.next())), `corpus-index:${index}`);
    const file = path.join(sub, `document-${String(index).padStart(5, '0')}.txt`);
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    files.push(file);
  }
  return { files, bytes };
}

/** The engine bundled from src/analysis, as the CLI's worker runs it. */
function bundleEngine(repoRoot, folder) {
  require(path.join(repoRoot, 'scripts', 'generate-lexicon.js')).generateLexicon();
  const outfile = path.join(folder, 'engine.cjs');
  require('esbuild').buildSync({
    entryPoints: [path.join(repoRoot, 'src', 'analysis', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    logLevel: 'error',
  });
  return require(outfile);
}

/** Each document analysed on its own, one after another in this thread, after a warm-up: the sum of their times. */
function sumOfSingleAnalyses(engine, files) {
  for (const file of files.slice(0, 50)) engine.analyze(fs.readFileSync(file, 'utf8'));
  let sumMs = 0;
  const cpuBefore = process.cpuUsage();
  let cpuReading = 0;
  for (const file of files) {
    const readStarted = process.cpuUsage();
    const text = fs.readFileSync(file, 'utf8');
    const read = process.cpuUsage(readStarted);
    cpuReading += read.user + read.system;
    const started = performance.now();
    engine.analyze(text, { document: file });
    sumMs += performance.now() - started;
  }
  const cpu = process.cpuUsage(cpuBefore);
  return { sumMs, sumCpuMs: (cpu.user + cpu.system - cpuReading) / 1000 };
}

export async function measureCorpusIndex({ repoRoot, sources, progress, documents = CORPUS_INDEX.documents, jobs = os.availableParallelism() }) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-bench-corpus-'));
  try {
    const totalBytes = (CORPUS_INDEX.bytes * documents) / CORPUS_INDEX.documents;
    const corpusDir = path.join(folder, 'corpus');
    const started = performance.now();
    const { files, bytes } = writeDocuments(sources, corpusDir, documents, totalBytes);
    progress(`corpus index: ${documents} documents, ${(bytes / MIB).toFixed(1)} MB generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const engine = bundleEngine(repoRoot, folder);
    const { sumMs, sumCpuMs } = sumOfSingleAnalyses(engine, files);
    progress(`corpus index: sum of single analyses ${(sumMs / 1000).toFixed(1)} s (CPU ${(sumCpuMs / 1000).toFixed(1)} s)`);
    const { cliPath } = bundleCli(repoRoot, folder);
    const out = path.join(folder, 'index.json');
    const run = await runCli(cliPath, ['corpus', corpusDir, '--jobs', String(jobs), '--format', 'json', '--out', out, '--quiet'], folder);
    const target = (CORPUS_INDEX.bar * sumMs) / jobs;
    const ratio = run.ms / (sumMs / jobs);
    let found = null;
    if (fs.existsSync(out)) {
      const report = JSON.parse(fs.readFileSync(out, 'utf8'));
      found = { documents: report.documents.length, actors: report.actors.length, claims: report.claims.length, quotations: report.quotations.length };
    }
    const cpuRatio = run.cpuMs === null ? null : run.cpuMs / sumCpuMs;
    progress(
      `corpus index: --jobs ${jobs} ${(run.ms / 1000).toFixed(1)} s (target ${(target / 1000).toFixed(1)} s), ratio ${ratio.toFixed(2)}; ` +
        `CPU ${((run.cpuMs ?? 0) / 1000).toFixed(1)} s, ${cpuRatio?.toFixed(2)} × the single analyses'; peak RSS ${run.peakRssMB?.toFixed(0)} MB`,
    );
    return {
      documents,
      inputMB: bytes / MIB,
      jobs,
      cores: os.availableParallelism(),
      loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
      sumMs,
      sumCpuMs,
      indexMs: run.ms,
      indexCpuMs: run.cpuMs,
      ratio,
      cpuRatio,
      bar: CORPUS_INDEX.bar,
      peakRssMB: run.peakRssMB,
      exitCode: run.exitCode,
      stderr: run.stderr,
      found,
    };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function parseArgs(argv) {
  const options = { documents: CORPUS_INDEX.documents, jobs: os.availableParallelism(), write: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--write') options.write = true;
    else if (arg === '--documents' || arg === '--jobs') options[arg.slice(2)] = Number(argv[++index]);
    else throw new Error(`unknown argument ${arg}; usage: node bench/corpusIndex.mjs [--documents N] [--jobs N] [--write]`);
  }
  if (!(options.documents >= 1) || !(options.jobs >= 1)) throw new Error('--documents and --jobs take a positive number');
  if (options.write && options.documents !== CORPUS_INDEX.documents) throw new Error(`--write records only the full case (${CORPUS_INDEX.documents} documents)`);
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const progress = (message) => process.stderr.write(`[bench] ${message}\n`);
  const result = await measureCorpusIndex({ repoRoot, sources: loadSources(repoRoot), progress, documents: options.documents, jobs: options.jobs });
  console.log(JSON.stringify(result, null, 1));
  if (!options.write) return;
  const resultsFile = path.join(benchDir, 'results.json');
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  results.corpusIndex = result;
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 1)}\n`);
  // Only this case's section of RESULTS.md is replaced (or added before the extension's): the rest records another run.
  const { corpusBarsMarkdown, corpusIndexMarkdown } = await import('./report.mjs');
  const markdownFile = path.join(benchDir, 'RESULTS.md');
  const markdown = fs.readFileSync(markdownFile, 'utf8');
  const start = markdown.indexOf('## Corpus index\n');
  const end = start < 0 ? markdown.indexOf('## Extension\n') : markdown.indexOf('\n## ', start + 1) + 1;
  if (end <= 0) throw new Error('bench/RESULTS.md has no "## Extension" section to put the corpus case before');
  const section = corpusIndexMarkdown(result);
  let updated = `${markdown.slice(0, start < 0 ? end : start)}${section}${markdown.slice(end)}`;
  // The corpus bars table carries this case's figures too.
  const barsAt = updated.indexOf('## Corpus bars\n');
  if (barsAt >= 0) updated = `${updated.slice(0, barsAt)}${corpusBarsMarkdown(results)}\n${updated.slice(updated.indexOf('\n## ', barsAt + 1) + 1)}`;
  fs.writeFileSync(markdownFile, updated);
  progress('wrote corpusIndex into bench/results.json and its section of bench/RESULTS.md');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
