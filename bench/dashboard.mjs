#!/usr/bin/env node
// The dashboard case: its first render on 10,000 claims (1,000 documents, 2,000 actors, generated from a seed by
// test/support/corpusReports.ts): the model (aggregation and the network's layout) and the page's HTML, timed cold —
// the first call in a fresh process, as the panel's first paint is — and then warm, with the page's size and its marks.
//   node bench/dashboard.mjs [--claims N]
// `npm run bench` runs it too; figures go into bench/RESULTS.md only from a full run on a quiet machine.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dashboardText } from './report.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const require = createRequire(import.meta.url);

export const DASHBOARD_CASE = { claims: 10_000, documents: 1000, actors: 2000, warmRuns: 7 };

/** The dashboard and the report generator bundled into one CommonJS file, so a fresh process loads them as the extension does. */
function bundleDashboard(folder) {
  const entry = path.join(folder, 'entry.ts');
  const relative = (file) => path.relative(folder, path.join(repoRoot, file)).split(path.sep).join('/');
  fs.writeFileSync(
    entry,
    `export { dashboardModel, renderDashboard } from '${relative('src/dashboard/index.ts')}';\n` +
      `export { generatedReport } from '${relative('test/support/corpusReports.ts')}';\n`,
  );
  const outfile = path.join(folder, 'dashboard.cjs');
  require('esbuild').buildSync({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node18', logLevel: 'error' });
  return outfile;
}

/** Runs in the child: one cold render, then warm ones; sends the timings back. */
function measureInChild(bundle, options) {
  const { dashboardModel, renderDashboard, generatedReport } = require(bundle);
  const report = generatedReport({ claims: options.claims, documents: options.documents, actors: options.actors });
  const once = () => {
    const started = performance.now();
    const model = dashboardModel(report);
    const modelled = performance.now();
    const html = renderDashboard(model, { nonce: 'bench', cspSource: 'vscode-webview://bench' });
    return { modelMs: modelled - started, htmlMs: performance.now() - modelled, html };
  };
  const cold = once();
  const warm = Array.from({ length: options.warmRuns }, () => once());
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    ...options,
    cold: { modelMs: cold.modelMs, htmlMs: cold.htmlMs, totalMs: cold.modelMs + cold.htmlMs },
    warmMedianMs: median(warm.map((run) => run.modelMs + run.htmlMs)),
    htmlBytes: Buffer.byteLength(cold.html),
    marks: (cold.html.match(/data-document="/g) ?? []).length,
  };
}

/** The case, measured in a child process of its own (cold means cold); a figure, not a bar. */
export async function measureDashboard({ progress = () => {}, claims = DASHBOARD_CASE.claims } = {}) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-bench-dashboard-'));
  try {
    const bundle = bundleDashboard(folder);
    const options = { ...DASHBOARD_CASE, claims };
    progress(`dashboard: first render on ${claims.toLocaleString('en-US')} claims`);
    const child = fork(fileURLToPath(import.meta.url), ['--child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const result = await new Promise((resolve, reject) => {
      child.once('message', resolve);
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`the dashboard case's process exited with ${code}`)));
      child.send({ bundle, options });
    });
    child.kill();
    return { ...result, loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100) };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  process.once('message', ({ bundle, options }) => {
    process.send(measureInChild(bundle, options), () => process.exit(0));
  });
} else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const index = process.argv.indexOf('--claims');
  const claims = index > 0 ? Number(process.argv[index + 1]) : DASHBOARD_CASE.claims;
  measureDashboard({ claims, progress: (message) => process.stderr.write(`[bench] ${message}\n`) })
    .then((result) => {
      console.log(dashboardText(result).join('\n'));
      console.log(JSON.stringify(result, null, 1));
    })
    .catch((error) => {
      console.error(error instanceof Error ? error.stack : error);
      process.exit(1);
    });
}
