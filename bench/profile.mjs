// `npm run bench -- --profile`: samples the engine on the 1 MB corpus with the V8 profiler and lists the functions
// with the most self time, mapped through the bundle's source map to src/**/*.ts lines.
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import inspector from 'node:inspector';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, MIB } from './corpus.mjs';

const TOP = 25;
const PROFILED_RUNS = 3;
const SAMPLING_INTERVAL_US = 100;

function post(session, method, params = {}) {
  return new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
}

/** Maps generated positions to source positions, one parsed source map per file. */
function sourceLocator(repoRoot) {
  const maps = new Map();
  const mapFor = (file) => {
    if (!maps.has(file)) {
      let map = null;
      try {
        const payload = JSON.parse(fs.readFileSync(`${file}.map`, 'utf8'));
        map = { map: new SourceMap(payload), sourceRoot: path.resolve(path.dirname(file), payload.sourceRoot ?? '') };
      } catch {
        map = null;
      }
      maps.set(file, map);
    }
    return maps.get(file);
  };
  return (url, line, column) => {
    if (!url) return '';
    if (!url.startsWith('file:')) return `${url}:${line + 1}`;
    const file = fileURLToPath(url);
    const mapped = mapFor(file);
    const entry = mapped?.map.findEntry(line, column);
    if (entry && entry.originalSource !== undefined) {
      const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : path.resolve(mapped.sourceRoot, entry.originalSource);
      return `${path.relative(repoRoot, source)}:${entry.originalLine + 1}`;
    }
    return `${path.relative(repoRoot, file)}:${line + 1}`;
  };
}

/** Self time per function: each sample is charged the interval until the next one. */
function selfTimes(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byNode = new Map();
  for (let index = 0; index < profile.samples.length; index++) {
    const deltaUs = profile.timeDeltas[index + 1] ?? 0;
    byNode.set(profile.samples[index], (byNode.get(profile.samples[index]) ?? 0) + deltaUs);
  }
  const byFunction = new Map();
  for (const [nodeId, us] of byNode) {
    const { functionName, url, lineNumber, columnNumber } = nodes.get(nodeId).callFrame;
    const key = `${functionName}\u0000${url}\u0000${lineNumber}\u0000${columnNumber}`;
    const entry = byFunction.get(key) ?? { functionName: functionName || '(anonymous)', url, lineNumber, columnNumber, us: 0 };
    entry.us += us;
    byFunction.set(key, entry);
  }
  return [...byFunction.values()].sort((a, b) => b.us - a.us);
}

export async function profileEngine({ engine, sources, repoRoot }) {
  const texts = Array.from({ length: PROFILED_RUNS }, (_, run) => buildCorpus(sources, MIB, `profile:${run}`).text);
  engine.analyze(buildCorpus(sources, MIB / 4, 'warmup').text);
  const session = new inspector.Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await post(session, 'Profiler.start');
  const started = performance.now();
  for (const text of texts) engine.analyze(text);
  const wallMs = performance.now() - started;
  const { profile } = await post(session, 'Profiler.stop');
  session.disconnect();

  const profilePath = path.join(os.tmpdir(), `source-lens-engine-${Date.now()}.cpuprofile`);
  fs.writeFileSync(profilePath, JSON.stringify(profile));
  const functions = selfTimes(profile);
  const totalUs = functions.reduce((sum, entry) => sum + entry.us, 0);
  const locate = sourceLocator(repoRoot);
  const rows = functions.slice(0, TOP).map((entry) => ({
    selfMs: (entry.us / 1000).toFixed(1),
    share: `${((100 * entry.us) / totalUs).toFixed(1)}%`,
    name: entry.functionName,
    where: locate(entry.url, entry.lineNumber, entry.columnNumber),
  }));
  const byFile = new Map();
  for (const entry of functions) {
    const file = locate(entry.url, entry.lineNumber, entry.columnNumber).replace(/:\d+$/, '') || entry.functionName;
    byFile.set(file, (byFile.get(file) ?? 0) + entry.us);
  }

  const widths = { selfMs: 9, share: 7, name: Math.min(40, Math.max(8, ...rows.map((row) => row.name.length))) };
  console.log(`Engine profile: ${PROFILED_RUNS} × analyze() of a 1 MB corpus, ${wallMs.toFixed(0)} ms wall, ${(totalUs / 1000).toFixed(0)} ms sampled every ${SAMPLING_INTERVAL_US} µs`);
  console.log(`Top ${TOP} functions by self time:`);
  console.log(`${'self ms'.padStart(widths.selfMs)} ${'share'.padStart(widths.share)}  ${'function'.padEnd(widths.name)}  where`);
  for (const row of rows) console.log(`${row.selfMs.padStart(widths.selfMs)} ${row.share.padStart(widths.share)}  ${row.name.slice(0, widths.name).padEnd(widths.name)}  ${row.where}`);
  console.log('\nSelf time by file:');
  for (const [file, us] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    console.log(`${(us / 1000).toFixed(1).padStart(widths.selfMs)} ${`${((100 * us) / totalUs).toFixed(1)}%`.padStart(widths.share)}  ${file}`);
  }
  console.log(`\nFull profile (open in Chrome DevTools or VS Code): ${profilePath}`);
}
