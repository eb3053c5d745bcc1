// Preloaded into the CLI by bench/cli.mjs (node --require): writes the process's peak resident memory, its worker
// threads included, to the file named by SOURCELENS_BENCH_RSS_FILE when the process exits.
const { writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const file = process.env.SOURCELENS_BENCH_RSS_FILE;
if (isMainThread && file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    // CPU time of the whole process, its worker threads included.
    writeFileSync(file, JSON.stringify({ maxRssKB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
