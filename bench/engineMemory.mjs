// Child process of the benchmark: the engine's heap per input character while it analyses one large document.
//   node --expose-gc bench/engineMemory.mjs <engine bundle> <case: news|single-line> <megabytes>   → one JSON line on stdout
// Run apart from the timing runs, so that neither the benchmark's own texts nor other runs' garbage count here.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { buildCorpus, loadSources, MIB, pathologicalInputs } from './corpus.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [enginePath, caseName, megabytesArgument] = process.argv.slice(2);
const { analyze } = createRequire(import.meta.url)(path.resolve(enginePath));
const sources = loadSources(repoRoot);
const bytes = Number(megabytesArgument) * MIB;

/** The document: varied news paragraphs, or the same words on one line without a full stop (one paragraph, one sentence). */
function documentText() {
  if (caseName === 'news') return buildCorpus(sources, bytes, 'memory').text;
  if (caseName === 'single-line') return pathologicalInputs(sources, bytes).find((input) => input.name === 'single line, no full stops').text;
  throw new Error(`unknown memory case ${caseName}`);
}

const usedHeap = () => v8.getHeapStatistics().used_heap_size;
const collect = () => {
  globalThis.gc({ type: 'major', execution: 'sync' });
  globalThis.gc({ type: 'major', execution: 'sync' });
};

let text = documentText();
// A flat string, as read from a file: the texts built here are ropes until first read.
text.charCodeAt(0);
// A memory-reducing collection also empties V8's caches, such as the results of splitting the source texts with a
// regular expression (hundreds of megabytes here, which a major collection keeps); it also discards compiled code,
// so the engine is warmed up after it, as an editor's worker is: its code and lazily built tables exist before the
// measured run.
globalThis.gc();
analyze(buildCorpus(sources, MIB / 4, 'memory-warmup').text);
collect();
const before = usedHeap();
// The heap in use just before each collection during the run, and at its end: the largest is the run's peak. Between
// two collections it holds garbage as well, as a real process does; the young generation keeps that to a few MB.
const profiler = new v8.GCProfiler();
profiler.start();
const started = performance.now();
let analysis = analyze(text);
const ms = performance.now() - started;
const atEnd = usedHeap();
const { statistics } = profiler.stop();
let peak = atEnd;
let collected = 0;
for (const gc of statistics) {
  peak = Math.max(peak, gc.beforeGC.heapStatistics.usedHeapSize);
  collected += Math.max(0, gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize);
}
collect();
const retained = usedHeap() - before;
const characters = text.length;
const found = { entities: analysis.entities.length, claims: analysis.claims.length };
analysis = undefined;
text = undefined;
process.stdout.write(`${JSON.stringify({
  name: caseName,
  characters,
  ms,
  collections: statistics.length,
  peakBytesPerChar: (peak - before) / characters,
  retainedBytesPerChar: retained / characters,
  // Everything collected during the run plus what the result keeps: roughly what the run allocated.
  allocatedBytesPerChar: (collected + Math.max(atEnd - before, 0)) / characters,
  found,
})}\n`);
