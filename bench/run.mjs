#!/usr/bin/env node
// The benchmark: the engine's throughput, scaling, edit latency, pathological inputs, memory, the CLI's memory on 50 MB,
// activation and package size, measured in one run beside wink-nlp and compromise on the same deterministic texts.
//   npm run bench -- [--json] [--write] [--skip-package] [--skip-cli] [--skip-corpus] [--quick] | --profile
// Bundles the engine from src/analysis itself (esbuild), so it needs no prior build.
import { fork, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureCli } from './cli.mjs';
import { measureCorpusIndex } from './corpusIndex.mjs';
import { measureDashboard } from './dashboard.mjs';
import { measureReopenCache } from './reopenCache.mjs';
import { buildCorpus, loadSources, MIB, oneCharacterEdits, pathologicalInputs } from './corpus.mjs';
import { collectGarbage } from './heap.mjs';
import { formatTable, scalingSvg, resultsMarkdown } from './report.mjs';
import { profileEngine } from './profile.mjs';
import { median, percentile, summary } from './stats.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const require = createRequire(import.meta.url);
const USAGE = 'usage: node bench/run.mjs [--json] [--write] [--skip-package] [--skip-cli] [--skip-corpus] [--quick] | --profile | --from bench/results.json';

/** How many times each measurement runs; medians are reported, minimums shown beside them. */
const RUNS = { engine1MB: 5, wink: 5, compromise: 3, scalingRounds: 5, activation: 7, pathological: 3, editPasses: 3 };
const EDIT_COUNT = 200;
const PATHOLOGICAL_TIMEOUT_MS = 120_000;

function parseArgs(argv) {
  const options = { json: false, write: false, skipPackage: false, skipCli: false, skipCorpus: false, profile: false, quick: false, from: null };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--json') options.json = true;
    else if (arg === '--write') options.write = true;
    else if (arg === '--skip-package') options.skipPackage = true;
    else if (arg === '--skip-cli') options.skipCli = true;
    else if (arg === '--skip-corpus') options.skipCorpus = true;
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--quick') options.quick = true;
    else if (arg === '--from') {
      options.from = argv[++index];
      if (!options.from) {
        console.error(`--from needs the path of a results.json\n${USAGE}`);
        process.exit(2);
      }
    }
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`unknown argument ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  if (options.quick && options.write) {
    console.error('--quick runs each measurement once: its figures are not written to RESULTS.md');
    process.exit(2);
  }
  return options;
}

const progress = (message) => process.stderr.write(`[bench] ${message}\n`);

const megabytes = (text) => Buffer.byteLength(text) / MIB;

/**
 * The engine bundled from src/analysis the way the analysis worker ships it (esbuild, CommonJS, node18), into a
 * temporary file: one run measures one engine even if the shared out/ or dist/ folders are rebuilt meanwhile.
 */
function loadEngine() {
  require(path.join(repoRoot, 'scripts', 'generate-lexicon.js')).generateLexicon();
  const engineRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-bench-engine-'));
  process.on('exit', () => fs.rmSync(engineRoot, { recursive: true, force: true }));
  const enginePath = path.join(engineRoot, 'engine.cjs');
  require('esbuild').buildSync({
    entryPoints: [path.join(repoRoot, 'src', 'analysis', 'index.ts')],
    outfile: enginePath,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'error',
  });
  return { enginePath, engine: require(enginePath) };
}

/** Which engine was measured: the commit, and whether src/analysis differed from it. */
function engineRevision() {
  const git = (...args) => spawnSync('git', args, { cwd: repoRoot, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return { commit: null, uncommittedChanges: null };
  const status = git('status', '--porcelain', '--', 'src/analysis');
  return { commit: head.stdout.trim(), uncommittedChanges: status.status === 0 ? status.stdout.trim().length > 0 : null };
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

/** Wall-clock and CPU time (this process, GC threads included) of one analyze(). */
function timeEngine(engine, text) {
  collectGarbage();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const analysis = engine.analyze(text);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, found: { entities: analysis.entities.length, actors: analysis.actors.length, quotes: analysis.quotes.length, claims: analysis.claims.length } };
}

/** The peers' child process, driven one request at a time. */
function startPeers() {
  const child = fork(path.join(benchDir, 'peers.mjs'), [], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting = [];
  child.on('message', (message) => waiting.shift()?.resolve(message));
  child.on('exit', (code) => {
    for (const pending of waiting.splice(0)) pending.reject(new Error(`the peers' process exited with code ${code}`));
  });
  const next = () => new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  const request = (message) => {
    const answer = next();
    child.send(message);
    return answer;
  };
  return { loaded: next(), request };
}

/**
 * Throughput at 1 MB. Each round gives the engine and then wink the same fresh text; compromise, at half a minute a
 * megabyte, runs afterwards on the first rounds' texts, so its long runs do not stand between the engine's.
 */
async function measureThroughput(engine, sources) {
  const peers = startPeers();
  const { loadMs, versions } = await peers.loaded;
  progress(`peers loaded in ${loadMs.toFixed(0)} ms; warming up`);
  // Warm-up texts have seeds of their own; compromise warms up on a quarter of one.
  // The engine is a few thousand lines of code; V8 takes several megabytes of text to optimise it all,
  // as it will have done in an editor's worker that has been reading documents.
  for (const seed of ['warmup:0', 'warmup:1', 'warmup:2', 'warmup:3', 'warmup:4']) timeEngine(engine, buildCorpus(sources, MIB, seed).text);
  await peers.request({ type: 'text', text: buildCorpus(sources, MIB, 'warmup:0').text });
  await peers.request({ type: 'run', peer: 'wink' });
  await peers.request({ type: 'text', text: buildCorpus(sources, MIB / 4, 'warmup:2').text });
  await peers.request({ type: 'run', peer: 'compromise' });
  const runs = { engine: [], wink: [], compromise: [] };
  const cpuRuns = { engine: [], wink: [], compromise: [] };
  const found = {};
  const textOf = (round) => buildCorpus(sources, MIB, `1MB:${round}`).text;
  const sizeMB = megabytes(textOf(0));
  const runPeer = async (peer) => {
    const result = await peers.request({ type: 'run', peer });
    runs[peer].push(result.ms);
    cpuRuns[peer].push(result.cpuMs);
    found[peer] = result.found;
  };
  const rounds = Math.max(RUNS.engine1MB, RUNS.wink);
  for (let round = 0; round < rounds; round++) {
    const text = textOf(round);
    if (round < RUNS.engine1MB) {
      const run = timeEngine(engine, text);
      runs.engine.push(run.ms);
      cpuRuns.engine.push(run.cpuMs);
      found.engine = run.found;
    }
    if (round < RUNS.wink) {
      await peers.request({ type: 'text', text });
      await runPeer('wink');
    }
    progress(`1 MB round ${round + 1}/${rounds}: engine ${runs.engine[round]?.toFixed(0) ?? '–'} ms, wink ${runs.wink[round]?.toFixed(0) ?? '–'} ms`);
  }
  for (let round = 0; round < RUNS.compromise; round++) {
    await peers.request({ type: 'text', text: textOf(round) });
    await runPeer('compromise');
    progress(`1 MB compromise ${round + 1}/${RUNS.compromise}: ${runs.compromise[round].toFixed(0)} ms`);
  }
  const { maxRssMB } = await peers.request({ type: 'done' });
  // Paired ratios: a peer's time over the engine's on the same text; for wink measured moments apart, so a change of
  // the machine's load between rounds largely cancels out. The headline ratio is their median.
  const paired = (times, engineTimes) => times.map((ms, index) => ms / engineTimes[index]).filter(Number.isFinite);
  const peer = (name) => ({
    ...summary(runs[name]),
    cpu: summary(cpuRuns[name]),
    pairedRatios: paired(runs[name], runs.engine),
    pairedCpuRatios: paired(cpuRuns[name], cpuRuns.engine),
    found: found[name],
  });
  return {
    sizeMB,
    engine: { ...summary(runs.engine), cpu: summary(cpuRuns.engine), found: found.engine },
    wink: { ...peer('wink'), version: versions['wink-nlp'], model: versions['wink-eng-lite-web-model'] },
    compromise: { ...peer('compromise'), version: versions.compromise },
    peersMaxRssMB: maxRssMB,
  };
}

/**
 * ms per MB at 1, 4 and 16 MB, in rounds that each run every size (ascending, then descending), so that a change of
 * the shared machine's load weighs on all sizes alike instead of on whichever size ran at that time.
 */
function measureScaling(engine, sources) {
  const sizes = [1, 4, 16];
  const perMB = Object.fromEntries(sizes.map((size) => [size, { wall: [], cpu: [] }]));
  for (let round = 0; round < RUNS.scalingRounds; round++) {
    for (const size of round % 2 === 0 ? sizes : [...sizes].reverse()) {
      const { text } = buildCorpus(sources, size * MIB, `scaling:${size}MB:${round}`);
      const { ms, cpuMs } = timeEngine(engine, text);
      perMB[size].wall.push(ms / megabytes(text));
      perMB[size].cpu.push(cpuMs / megabytes(text));
      progress(`scaling round ${round + 1}/${RUNS.scalingRounds}, ${size} MB: ${ms.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms)`);
    }
  }
  return Object.fromEntries(sizes.map((size) => [size, { ...summary(perMB[size].wall), cpu: summary(perMB[size].cpu) }]));
}

/**
 * Edit latency: the same seeded edit stream is replayed in RUNS.editPasses passes, each on a fresh analyzer,
 * and every edit keeps the median of its times, so that a moment of load on the shared machine does not
 * pass for the engine's cost of that edit; p50 and p95 are then taken over the edits. An untimed stream of
 * other edits on another text goes first: the code that only edits run is compiled by then, as it is in a
 * worker that is being typed into.
 */
function measureEdits(engine, sources) {
  warmUpEdits(engine, sources);
  const { text } = buildCorpus(sources, MIB, 'edits');
  const wall = Array.from({ length: EDIT_COUNT }, () => []);
  const cpu = Array.from({ length: EDIT_COUNT }, () => []);
  const firstRuns = [];
  for (let pass = 0; pass < RUNS.editPasses; pass++) {
    const analyzer = new engine.DocumentAnalyzer();
    collectGarbage();
    let started = performance.now();
    analyzer.analyze(text);
    firstRuns.push(performance.now() - started);
    // The seeded stream is generated again for each pass rather than kept: 200 one-megabyte texts.
    let index = 0;
    for (const next of oneCharacterEdits(text, EDIT_COUNT, 'edits')) {
      const cpuBefore = process.cpuUsage();
      started = performance.now();
      analyzer.analyze(next);
      wall[index].push(performance.now() - started);
      const used = process.cpuUsage(cpuBefore);
      cpu[index++].push((used.user + used.system) / 1000);
    }
    progress(`edits: pass ${pass + 1}/${RUNS.editPasses}, first analysis ${firstRuns[pass].toFixed(0)} ms`);
  }
  const times = wall.map(median);
  const cpuTimes = cpu.map(median);
  progress(`edits: p95 of ${EDIT_COUNT} edits (median of ${RUNS.editPasses} passes each) ${percentile(times, 0.95).toFixed(1)} ms (CPU ${percentile(cpuTimes, 0.95).toFixed(1)} ms)`);
  return { firstMs: median(firstRuns), count: EDIT_COUNT, passes: RUNS.editPasses, p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: Math.max(...times), cpuP95: percentile(cpuTimes, 0.95) };
}

/** Runs a stream of edits of its own, untimed; the analyzer and its document are garbage once it returns. */
function warmUpEdits(engine, sources) {
  const { text } = buildCorpus(sources, MIB, 'edits-warmup');
  const analyzer = new engine.DocumentAnalyzer();
  analyzer.analyze(text);
  for (const next of oneCharacterEdits(text, EDIT_COUNT, 'edits-warmup')) analyzer.analyze(next);
}

/** Runs one pathological case in a child process, so a runaway case is stopped and reported instead of hanging the run. */
function runPathologicalCase(enginePath, index, name) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', path.join(benchDir, 'pathological.mjs'), enginePath, String(index), String(RUNS.pathological)], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), PATHOLOGICAL_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) {
        const result = JSON.parse(output.trim().split('\n').at(-1));
        resolve({ ...result, ...summary(result.runs), cpu: summary(result.cpuRuns), timedOut: false });
      } else {
        const reason = signal === 'SIGKILL' ? `stopped after ${PATHOLOGICAL_TIMEOUT_MS} ms` : `exited with ${code ?? signal}`;
        const stopped = { runs: [], min: PATHOLOGICAL_TIMEOUT_MS, median: PATHOLOGICAL_TIMEOUT_MS, max: PATHOLOGICAL_TIMEOUT_MS };
        resolve({ name, ...stopped, cpu: stopped, timedOut: true, reason, maxRssMB: null });
      }
    });
  });
}

/** Documents whose heap per character is measured, each in a child process of its own (bench/engineMemory.mjs). */
const MEMORY_CASES = ['news', 'single-line'];
const MEMORY_MB = 6;

/** Peak and retained heap per input character of analyze() on a 6 MB document, or the reason it was not measured. */
function measureEngineMemory(enginePath, megabytes) {
  return MEMORY_CASES.map((name) => {
    const child = spawnSync(process.execPath, ['--expose-gc', path.join(benchDir, 'engineMemory.mjs'), enginePath, name, String(megabytes)], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: PATHOLOGICAL_TIMEOUT_MS,
    });
    if (child.status !== 0) return { name, error: (child.stderr || child.error?.message || 'no output').trim().split('\n').slice(-3).join(' / ') };
    const result = JSON.parse(child.stdout.trim().split('\n').at(-1));
    progress(`memory, ${megabytes} MB ${name}: peak ${result.peakBytesPerChar.toFixed(1)} B/char, retained ${result.retainedBytesPerChar.toFixed(1)} B/char`);
    return { ...result, megabytes };
  });
}

async function measurePathological(enginePath, sources) {
  const cases = pathologicalInputs(sources, MIB).map((input) => input.name);
  const results = [];
  for (const [index, name] of cases.entries()) {
    const result = await runPathologicalCase(enginePath, index, name);
    progress(`pathological "${name}": ${result.timedOut ? result.reason : `${result.median.toFixed(0)} ms`}`);
    results.push(result);
  }
  return results;
}

/** `npm run package` with the .vsix written to a temporary folder; its size, or null and why. */
function measurePackage(skip) {
  if (skip) return { bytes: null, reason: 'skipped (--skip-package)' };
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-vsix-'));
  const vsixPath = path.join(folder, 'source-lens.vsix');
  progress('packaging: npm run package');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'package', '--', '-o', vsixPath], { cwd: repoRoot, encoding: 'utf8', timeout: 600_000, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    if (result.status === 0 && fs.existsSync(vsixPath)) {
      const listing = spawnSync('unzip', ['-l', vsixPath], { encoding: 'utf8' });
      const files = listing.status === 0 ? listing.stdout.split('\n').filter((line) => /^\s*\d+\s+\S+\s+\S+\s+extension\//.test(line)).map((line) => {
        const [bytes, , , file] = line.trim().split(/\s+/);
        return { file: file.replace(/^extension\//, ''), bytes: Number(bytes) };
      }) : [];
      return { bytes: fs.statSync(vsixPath).size, reason: null, files };
    }
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').filter(Boolean);
    return { bytes: null, reason: result.error ? result.error.message : `npm run package failed: ${output.slice(-3).join(' / ')}` };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Activation in fresh processes (a warm module cache would hide the load time); needs dist/extension.js. */
function measureActivation() {
  const bundle = path.join(repoRoot, 'dist', 'extension.js');
  if (!fs.existsSync(bundle)) {
    progress('dist/extension.js is missing: npm run build');
    spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const runs = [];
  let last;
  for (let run = 0; run < RUNS.activation; run++) {
    const result = spawnSync(process.execPath, [path.join(benchDir, 'activation.cjs'), repoRoot], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    if (result.status !== 0) return { error: (result.stderr || result.stdout || 'no output').trim().split('\n').slice(0, 3).join(' / ') };
    last = JSON.parse(result.stdout.trim().split('\n').at(-1));
    runs.push(last);
  }
  progress(`activation: median ${median(runs.map((run) => run.totalMs)).toFixed(1)} ms`);
  return {
    ...summary(runs.map((run) => run.totalMs)),
    cpu: summary(runs.map((run) => run.cpuMs)),
    requireMs: median(runs.map((run) => run.requireMs)),
    activateMs: median(runs.map((run) => run.activateMs)),
    bundleBytes: last.bundleBytes,
    touched: last.touched,
  };
}

const round = (value, digits) => (value === null || value === undefined || !Number.isFinite(value) ? null : Math.round(value * 10 ** digits) / 10 ** digits);

/**
 * The figures in the issue's shape, from median wall-clock times; with `basis: 'cpu'`, the same figures from CPU
 * times (user + system of the measuring process), which a busy machine disturbs far less.
 */
function headline(results, basis = 'wall') {
  const { throughput, msPerMB, edits, pathological, peakRssMB, activation, vsix } = results;
  const pick = (measured) => (basis === 'cpu' ? measured.cpu : measured);
  const mbps = (measured) => throughput.sizeMB / (pick(measured).median / 1000);
  const pairedRatio = (peer) => median(basis === 'cpu' ? throughput[peer].pairedCpuRatios : throughput[peer].pairedRatios);
  const medians = [1, 4, 16].map((size) => pick(msPerMB[size]).median);
  return {
    engineMBps: round(mbps(throughput.engine), 3),
    compromiseMBps: round(mbps(throughput.compromise), 3),
    winkMBps: round(mbps(throughput.wink), 3),
    ratioVsCompromise: round(pairedRatio('compromise'), 2),
    ratioVsWink: round(pairedRatio('wink'), 2),
    msPerMB: { 1: round(medians[0], 1), 4: round(medians[1], 1), 16: round(medians[2], 1) },
    scalingSpread: round(Math.max(...medians) / Math.min(...medians), 2),
    editP95ms: round(basis === 'cpu' ? edits.cpuP95 : edits.p95, 1),
    pathologicalMaxMs: round(Math.max(...pathological.map((result) => pick(result).median)), 1),
    peakRssMB: round(peakRssMB, 1),
    cliFolderPeakRssMB: round(results.cli?.folder?.peakRssMB, 0),
    cliLimitPeakRssMB: round(results.cli?.atLimit?.peakRssMB, 0),
    heapBytesPerChar: heapBytesPerChar(results.memory.engine),
    activationMs: activation.error ? null : round(pick(activation).median, 1),
    vsixBytes: vsix.bytes,
  };
}

/** The larger peak heap per input character of the memory cases; null when one was not measured. */
function heapBytesPerChar(cases) {
  if (!cases || cases.some((measured) => measured.peakBytesPerChar === undefined)) return null;
  return round(Math.max(...cases.map((measured) => measured.peakBytesPerChar)), 1);
}

/** Where the hand-written part of RESULTS.md begins (notes on method and history that no run measures). */
const NOTES_MARKER = '<!-- Notes below are written by hand and kept when the benchmark rewrites this file. -->';

/** bench/RESULTS.md and bench/scaling.svg, and with a new run its raw figures in bench/results.json. */
function writeResults(results, withRawFigures = false) {
  fs.writeFileSync(path.join(benchDir, 'scaling.svg'), scalingSvg(results));
  const resultsFile = path.join(benchDir, 'RESULTS.md');
  const previous = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8') : '';
  const notesAt = previous.indexOf(NOTES_MARKER);
  const notes = notesAt >= 0 ? `\n${previous.slice(notesAt)}` : '';
  fs.writeFileSync(resultsFile, `${resultsMarkdown(results).replace(/\n+$/, '\n')}${notes}`);
  if (withRawFigures) fs.writeFileSync(path.join(benchDir, 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
  progress(`wrote bench/RESULTS.md, bench/scaling.svg${withRawFigures ? ' and bench/results.json' : ''}`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.from) {
    // Renders the table, RESULTS.md and the chart again from a run's raw figures, measuring nothing.
    let results;
    try {
      results = JSON.parse(fs.readFileSync(options.from, 'utf8'));
    } catch (error) {
      console.error(`cannot read ${options.from}: ${error instanceof Error ? error.message : error}`);
      process.exit(2);
    }
    console.log(formatTable(results));
    if (options.write) writeResults(results);
    if (options.json) console.log(JSON.stringify(results.headline));
    return;
  }
  // A smoke test of the whole benchmark: every measurement once (the 1 MB engine and wink runs twice, for a median).
  if (options.quick) Object.assign(RUNS, { engine1MB: 2, wink: 2, compromise: 1, scalingRounds: 1, activation: 3, pathological: 1, editPasses: 1 });
  const { enginePath, engine } = loadEngine();
  const sources = loadSources(repoRoot);
  if (options.profile) {
    await profileEngine({ engine, sources, repoRoot });
    return;
  }
  const host = { ...machine(), engine: engineRevision() };
  progress(`${host.cpu}, ${host.cores} cores, Node ${host.node}, load ${host.loadAverage.join(' ')}`);
  const sample = buildCorpus(sources, MIB, '1MB:0');
  const corpus = {
    files: sources.files,
    sourceParagraphs: sources.paragraphs.length,
    paragraphsPerMB: sample.paragraphs,
    distinctPerMB: sample.distinctParagraphs,
    fingerprint: createHash('sha256').update(sample.text).digest('hex').slice(0, 12),
    creditLinesPerMB: (sample.text.match(/ \((?:Reporting|Additional reporting|Writing) by /g) ?? []).length,
  };
  const rssBefore = process.memoryUsage().rss / MIB;
  const throughput = await measureThroughput(engine, sources);
  const edits = measureEdits(engine, sources);
  const msPerMB = measureScaling(engine, sources);
  const engineMaxRssMB = process.resourceUsage().maxRSS / 1024;
  const pathological = await measurePathological(enginePath, sources);
  const pathologicalRssMB = Math.max(...pathological.map((result) => result.maxRssMB ?? 0));
  const cli = options.skipCli ? null : await measureCli({ repoRoot, sources, progress });
  // --quick checks the case on a tenth of the documents.
  const corpusIndex = options.skipCorpus ? null : await measureCorpusIndex({ repoRoot, sources, progress, ...(options.quick ? { documents: 500 } : {}) });
  const dashboard = await measureDashboard({ progress });
  const reopenCache = options.skipCorpus ? null : await measureReopenCache({ sources, progress, ...(options.quick ? { documents: 500 } : {}) });
  const engineMemory = measureEngineMemory(enginePath, options.quick ? 2 : MEMORY_MB);
  const vsix = measurePackage(options.skipPackage);
  const activation = measureActivation();
  const results = {
    plan: { runs: RUNS, edits: EDIT_COUNT, pathologicalTimeoutMs: PATHOLOGICAL_TIMEOUT_MS },
    machine: host,
    corpus,
    throughput,
    msPerMB,
    edits,
    pathological,
    memory: { rssBeforeMB: rssBefore, engineMaxRssMB, pathologicalRssMB, peersMaxRssMB: throughput.peersMaxRssMB, engine: engineMemory },
    peakRssMB: Math.max(engineMaxRssMB, pathologicalRssMB),
    cli,
    corpusIndex,
    reopenCache,
    dashboard,
    activation,
    vsix,
  };
  host.loadAverageAtEnd = os.loadavg().map((load) => Math.round(load * 100) / 100);
  results.headline = headline(results);
  results.headlineCpu = headline(results, 'cpu');
  console.log(formatTable(results));
  if (options.write) writeResults(results, true);
  if (options.json) console.log(JSON.stringify(results.headline));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
