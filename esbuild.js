// Bundles the extension, the CLI and the analysis worker; `--production` minifies, `--watch` rebuilds on change.
const esbuild = require('esbuild');
const { generateLexicon } = require('./scripts/generate-lexicon');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  target: 'node18',
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { ...common, entryPoints: ['src/worker/analysisWorker.ts'], outfile: 'dist/worker.js', platform: 'node', format: 'cjs' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  // Proves the engine stays browser-safe: this build fails if anything in src/analysis imports a Node module.
  { ...common, entryPoints: ['src/analysis/index.ts'], outfile: 'dist/engine.browser.js', platform: 'browser', format: 'esm', target: 'es2020' },
];

async function main() {
  generateLexicon();
  const present = builds.filter((b) => require('fs').existsSync(b.entryPoints[0]));
  if (watch) {
    const contexts = await Promise.all(present.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('[watch] build started');
  } else {
    await Promise.all(present.map((b) => esbuild.build(b)));
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
