// Child process of the benchmark: times the engine on one pathological input (run apart so a runaway case can be stopped).
//   node bench/pathological.mjs <engine index.js> <case index> <runs>   → one JSON line on stdout
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, loadSources, MIB, pathologicalInputs } from './corpus.mjs';
import { collectGarbage } from './heap.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [enginePath, caseArgument, runsArgument] = process.argv.slice(2);
const { analyze } = createRequire(import.meta.url)(path.resolve(enginePath));
const caseIndex = Number(caseArgument);
const runCount = Number(runsArgument);
const sources = loadSources(repoRoot);
const input = pathologicalInputs(sources, MIB)[caseIndex];
if (!input) throw new Error(`no pathological case ${caseIndex}`);

// The editor's worker is warm by the time a large paste arrives; so is this process.
analyze(buildCorpus(sources, MIB / 8, 'pathological-warmup').text);
const runs = [];
const cpuRuns = [];
let found;
for (let run = 0; run < runCount; run++) {
  collectGarbage();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const analysis = analyze(input.text);
  runs.push(performance.now() - started);
  const cpu = process.cpuUsage(cpuBefore);
  cpuRuns.push((cpu.user + cpu.system) / 1000);
  found = { entities: analysis.entities.length, quotes: analysis.quotes.length, claims: analysis.claims.length };
  // One slow run is measurement enough; repeating it would only hold the machine.
  if (runs.at(-1) > 5000) break;
}
process.stdout.write(`${JSON.stringify({ name: input.name, bytes: Buffer.byteLength(input.text), runs, cpuRuns, found, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
