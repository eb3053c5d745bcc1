#!/usr/bin/env node
// How long the extension host is held while a 10 MB document opens: runs the UI suite's 10 MB scenario in code-server,
// attaches to the extension host's inspector, records every stall of its event loop over 50 ms with a CPU profile,
// and tells how much of each was Source Lens's own code, garbage collection, or VS Code and its other extensions, and
// how much CPU time the host's thread had in it (on a busy machine much of a stall is waiting for a core).
//   npm run bench:host -- [--json] [--seconds N]   (profiles until the scenario's jump into the document, at most N s)
// Needs what the UI suite needs (npm run provision) and a compiled tree (the npm script compiles first). Linux only:
// the extension host's inspector is opened with SIGUSR1, as Node allows for any of its processes.
import { execFileSync, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: node bench/hostStalls.mjs [--json] [--seconds N]';
/** A stall is a gap of more than this between ticks of a 10 ms timer in the extension host. */
const STALL_MS = 50;
const INSPECTOR_PORT = 9229;
/** How long into the scenario's jump to the middle of the document the profile goes on. */
const JUMP_MS = 3000;

// Node 20 has WebSocket behind a flag; later versions have it by default.
if (typeof WebSocket === 'undefined') {
  const child = spawn(process.execPath, ['--experimental-websocket', ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
} else {
  main().catch((error) => {
    console.error(`host stalls: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

function parseArgs(argv) {
  const options = { json: false, seconds: 90 };
  for (let index = 0; index < argv.length; index++) {
    if (argv[index] === '--json') options.json = true;
    else if (argv[index] === '--seconds' && Number(argv[index + 1]) > 0) options.seconds = Number(argv[++index]);
    else throw new Error(`unknown argument ${argv[index]}\n${USAGE}`);
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (os.platform() !== 'linux') throw new Error('this measurement finds the extension host with ps and SIGUSR1: Linux only');
  const before = new Set(extensionHosts());
  const scenario = spawn('npx', ['mocha', '--config', 'test/e2e/.mocharc.json', '--grep', '10 MB'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let scenarioOutput = '';
  scenario.stdout.on('data', (chunk) => (scenarioOutput += chunk));
  scenario.stderr.on('data', (chunk) => (scenarioOutput += chunk));
  const scenarioDone = new Promise((resolve) => scenario.on('exit', resolve));
  // While it waits on the inspector nothing else need keep Node running: a scenario that ended early would otherwise
  // end the measurement silently.
  const keepAlive = setInterval(() => {}, 1000);
  const scenarioEnded = scenarioDone.then(() => {
    throw new Error('the 10 MB scenario ended before the measurement did');
  });
  try {
    const pid = await Promise.race([waitFor('the extension host of the scenario', () => extensionHosts().find((candidate) => !before.has(candidate)), 300_000), scenarioEnded]);
    process.kill(pid, 'SIGUSR1');
    const target = await Promise.race([waitFor(`the inspector of process ${pid}`, async () => (await fetchJson(`http://127.0.0.1:${INSPECTOR_PORT}/json/list`))?.[0], 60_000), scenarioEnded]);
    const session = await Promise.race([connect(target.webSocketDebuggerUrl), scenarioEnded]);
    // The watchdog runs in the extension host itself and reads the clock the CPU profile's timestamps use.
    await session.post('Runtime.evaluate', {
      // With each stall goes the CPU time the host's thread used in it (Node 23.9 and later): on a busy machine a
      // stall can be mostly the thread waiting for a core, and the profile's samples count that wait too.
      expression: `(() => { const stalls = globalThis.__sourceLensStalls = []; let last = process.hrtime.bigint();
        const cpu = () => { const usage = process.threadCpuUsage?.(); return usage ? (usage.user + usage.system) / 1000 : NaN; }; let lastCpu = cpu();
        setInterval(() => { const now = process.hrtime.bigint(); const nowCpu = cpu(); const gap = Number(now - last) / 1e6;
          if (gap > ${STALL_MS}) stalls.push([Number(now / 1000n), gap, nowCpu - lastCpu]); last = now; lastCpu = nowCpu; }, 10).unref?.(); })()`,
    });
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 500 });
    await session.post('Profiler.start');
    // The scenario ends its session (and the extension host) soon after its last step that analyses, the jump to the
    // middle of the document: stop a few seconds into that step, while the host still answers, or after --seconds.
    await waitFor('the scenario', () => scenarioOutput.includes('echoes typing at once'), options.seconds * 1000).catch(() => undefined);
    // On a quiet machine the jump passes in under three seconds: its reported pass ends the wait too.
    await waitFor('the jump', () => scenarioOutput.includes('highlights the middle of the document'), JUMP_MS).catch(() => undefined);
    const { profile } = await Promise.race([session.post('Profiler.stop'), scenarioEnded]);
    const stalls = JSON.parse((await Promise.race([session.post('Runtime.evaluate', { expression: 'JSON.stringify(globalThis.__sourceLensStalls)' }), scenarioEnded])).result.value);
    session.close();
    report(attribute(profile, stalls), options);
  } finally {
    clearInterval(keepAlive);
    scenarioEnded.catch(() => {});
    await scenarioDone;
    if (scenario.exitCode !== 0) console.error(`the 10 MB scenario failed:\n${scenarioOutput.slice(-3000)}`);
  }
}

function extensionHosts() {
  return execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes('extensionHost') && line.includes('code-server'))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

async function waitFor(what, probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function fetchJson(url) {
  try {
    return await (await fetch(url)).json();
  } catch {
    return undefined;
  }
}

async function connect(url) {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve);
    socket.addEventListener('error', () => reject(new Error('could not connect to the extension host inspector')));
  });
  let lastId = 0;
  const pending = new Map();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    const answer = pending.get(message.id);
    if (!answer) return;
    pending.delete(message.id);
    if (message.error) answer.reject(new Error(message.error.message));
    else answer.resolve(message.result);
  });
  return {
    post: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = ++lastId;
        pending.set(id, { resolve, reject });
        socket.send(JSON.stringify({ id, method, params }));
      }),
    close: () => socket.close(),
  };
}

/** Each stall with the profile's samples inside it, split by whose code was running. */
function attribute(profile, stalls) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const ours = (frame) => frame.url.includes('source-lens.source-lens');
  const stackOf = (id) => {
    const frames = [];
    for (let at = id; at !== undefined; at = parents.get(at)) frames.push(nodes.get(at).callFrame);
    return frames.reverse();
  };
  const sampleTimes = [];
  let time = profile.startTime;
  for (const delta of profile.timeDeltas) sampleTimes.push((time += delta));
  return stalls
    .map(([end, gapMs, cpuMs]) => ({ start: end - gapMs * 1000, end, gapMs, cpuMs }))
    .filter((stall) => stall.start >= profile.startTime && stall.end <= profile.endTime)
    .map((stall) => {
      const shares = { sourceLens: 0, garbageCollection: 0, other: 0 };
      const functions = new Map();
      for (let index = 0; index < sampleTimes.length; index++) {
        if (sampleTimes[index] < stall.start || sampleTimes[index] > stall.end) continue;
        const ms = profile.timeDeltas[index] / 1000;
        const stack = stackOf(profile.samples[index]);
        const leaf = stack[stack.length - 1];
        const own = stack.filter(ours);
        const share = own.length > 0 ? 'sourceLens' : leaf.functionName === '(garbage collector)' ? 'garbageCollection' : 'other';
        shares[share] += ms;
        if (share === 'sourceLens') {
          const name = own.slice(-4).map((frame) => frame.functionName || '(anonymous)').join(' > ');
          functions.set(name, (functions.get(name) ?? 0) + ms);
        }
      }
      const top = [...functions].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, ms]) => ({ name, ms: Math.round(ms) }));
      return { atSeconds: Math.round(((stall.start - profile.startTime) / 1e6) * 100) / 100, ms: Math.round(stall.gapMs), cpuMs: Number.isFinite(stall.cpuMs) ? Math.round(stall.cpuMs) : null, ...roundAll(shares),
        // Source Lens's share of the thread's CPU time, taking its sampled share of the stall as its share of that time.
        sourceLensCpuMs: Number.isFinite(stall.cpuMs) ? Math.round(shares.sourceLens * Math.min(1, stall.cpuMs / stall.gapMs)) : null, sourceLensTop: top };
    });
}

function roundAll(record) {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, Math.round(value)]));
}

function report(stalls, options) {
  const withOurs = stalls.filter((stall) => stall.sourceLens >= 5);
  const summary = {
    stalls: stalls.length,
    longestMs: Math.max(0, ...stalls.map((stall) => stall.ms)),
    stallsWithSourceLensCode: withOurs.length,
    longestWithSourceLensCodeMs: Math.max(0, ...withOurs.map((stall) => stall.ms)),
    mostSourceLensCodeInOneStallMs: Math.max(0, ...stalls.map((stall) => stall.sourceLens)),
    mostCpuInOneStallMs: Math.max(0, ...stalls.map((stall) => stall.cpuMs ?? 0)),
    mostSourceLensCpuInOneStallMs: Math.max(0, ...stalls.map((stall) => stall.sourceLensCpuMs ?? 0)),
  };
  if (options.json) {
    console.log(JSON.stringify({ summary, stalls }));
    return;
  }
  console.log(`Extension host stalls over ${STALL_MS} ms while the 10 MB scenario ran (a stall may hold several tasks):`);
  console.log('(CPU ms: what the host thread ran of the stall, the rest it waited for a core; the three shares are sampled wall time;');
  console.log(' Source Lens CPU: its share of the CPU time, estimated from its share of the samples.)');
  console.log('  at s    stall ms  CPU ms  Source Lens CPU  Source Lens  garbage collection  VS Code and others  Source Lens code');
  for (const stall of stalls) {
    const top = stall.sourceLensTop.map((entry) => `${entry.name} ${entry.ms}`).join('; ');
    console.log(`  ${String(stall.atSeconds).padEnd(6)}${String(stall.ms).padStart(9)}${String(stall.cpuMs ?? '-').padStart(8)}${String(stall.sourceLensCpuMs ?? '-').padStart(17)}${String(stall.sourceLens).padStart(13)}${String(stall.garbageCollection).padStart(20)}${String(stall.other).padStart(20)}  ${top}`);
  }
  console.log(JSON.stringify(summary));
}
