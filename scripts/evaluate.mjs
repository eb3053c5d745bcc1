#!/usr/bin/env node
// Measures the engine: gold scores on the seed, our fixtures, the held-out and blind articles and the shared evaluation articles, and entity F1 on the GMB set.
//   npm run eval -- [--only seed|fixtures|holdout|blind|articles|gmb] [--show N] [--details] [--json]
// Reads the tsc output (out/), so run `npm run compile` first (`npm run eval` does).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedEval = path.resolve(repoRoot, '..', 'shared', 'eval');
const GROUPS = ['seed', 'fixtures', 'holdout', 'blind', 'articles', 'gmb'];
const USAGE = 'usage: node scripts/evaluate.mjs [--only seed|fixtures|holdout|blind|articles|gmb[,...]] [--show N] [--details] [--json]';

function parseArgs(argv) {
  const options = { only: GROUPS, show: null, details: false, json: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const value = () => {
      const next = argv[++index];
      if (next === undefined) fail(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--only') {
      options.only = value().split(',');
      const unknown = options.only.filter((group) => !GROUPS.includes(group));
      if (unknown.length) fail(`unknown group ${unknown.join(', ')} for --only (one of ${GROUPS.join(', ')})`);
    } else if (arg === '--show') {
      const count = value();
      if (!/^\d+$/.test(count)) fail(`--show needs a whole number, got ${count}`);
      options.show = count;
    } else if (arg === '--details') options.details = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown argument ${arg}\n${USAGE}`);
  }
  return options;
}

function fail(message) {
  console.error(`evaluate: ${message}`);
  process.exit(2);
}

async function importCompiled(relative) {
  const file = path.join(repoRoot, 'out', relative);
  if (!fs.existsSync(file)) fail(`${path.relative(repoRoot, file)} not found: run \`npm run compile\` first (or \`npm run eval\`)`);
  const module = await import(pathToFileURL(file).href);
  return module.default && typeof module.default === 'object' ? { ...module.default, ...module } : module;
}

const options = parseArgs(process.argv.slice(2));
const engine = await importCompiled('src/analysis/index.js');
if (typeof engine.analyze !== 'function') fail('out/src/analysis/index.js exports no analyze function');
const { scoreAgainstGold, describeScore } = await importCompiled('test/support/goldScore.js');
const { loadAnnotatedArticles } = await importCompiled('test/support/fixtures.js');

const say = (line = '') => {
  if (!options.json) console.log(line);
};
const fixed = (value) => value.toFixed(3);
const ratio = (r) => `${r.hit}/${r.total}`;

/** Analyses and scores each article of a group; prints one table row per document and the group's mean claim F1 and actor recall. */
function evaluateArticles(title, articles) {
  say(`\n== ${title} ==`);
  const header = ['document', 'actors', 'persons', 'falseP', 'split', 'claimR', 'claimP', 'claimF1', 'dates', 'values', 'ms'];
  const widths = [34, 7, 8, 7, 6, 7, 7, 8, 6, 7, 6];
  const row = (cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join(' ');
  say(row(header));
  const documents = [];
  const actorRecalls = [];
  for (const article of articles) {
    const started = performance.now();
    let analysis;
    try {
      analysis = engine.analyze(article.text, { document: article.name });
    } catch (error) {
      say(row([article.name, `engine threw: ${error instanceof Error ? error.message : String(error)}`]));
      documents.push({ document: article.name, error: String(error), claimF1: 0 });
      actorRecalls.push(0);
      continue;
    }
    const elapsedMs = performance.now() - started;
    const score = scoreAgainstGold(analysis, article.gold);
    actorRecalls.push(score.actorRecall.total ? score.actorRecall.hit / score.actorRecall.total : 0);
    say(
      row([
        article.name.slice(0, widths[0]),
        ratio(score.actorRecall),
        ratio(score.personRecall),
        score.falsePersons.length,
        score.fragmented.length,
        ratio(score.claimRecall),
        fixed(score.claimPrecision),
        fixed(score.claimF1),
        ratio(score.dateRecall),
        ratio(score.dateValues),
        Math.round(elapsedMs),
      ]),
    );
    if (options.details) say(describeScore(score).split('\n').slice(1).map((line) => `    ${line}`).join('\n'));
    documents.push({
      document: article.name,
      actorRecall: ratio(score.actorRecall),
      personRecall: ratio(score.personRecall),
      falsePersons: score.falsePersons,
      fragmented: score.fragmented,
      claimRecall: ratio(score.claimRecall),
      claimPrecision: +fixed(score.claimPrecision),
      claimF1: +fixed(score.claimF1),
      dateRecall: ratio(score.dateRecall),
      dateValues: ratio(score.dateValues),
    });
  }
  const meanClaimF1 = documents.length ? documents.reduce((sum, d) => sum + d.claimF1, 0) / documents.length : 0;
  const meanActorRecall = actorRecalls.length ? actorRecalls.reduce((sum, r) => sum + r, 0) / actorRecalls.length : 0;
  say(`mean claim F1 ${fixed(meanClaimF1)}, mean actor recall ${fixed(meanActorRecall)} over ${documents.length} document(s)`);
  return { meanClaimF1: +fixed(meanClaimF1), meanActorRecall: +fixed(meanActorRecall), documents };
}

/** Writes one `{entities}` file per GMB document, runs the shared NER scorer on them and returns its last-line figures. */
function evaluateGmb() {
  const gmbFolder = path.join(sharedEval, 'gmb');
  say('\n== GMB entity recognition ==');
  if (!fs.existsSync(path.join(gmbFolder, 'score-ner.mjs'))) {
    say(`skipped: ${path.relative(repoRoot, gmbFolder)} is not there`);
    return { skipped: true };
  }
  const docsFolder = path.join(gmbFolder, 'docs');
  const outFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-gmb-'));
  try {
    let characters = 0;
    let elapsedMs = 0;
    const failures = [];
    const files = fs.readdirSync(docsFolder).filter((file) => file.endsWith('.txt')).sort();
    for (const file of files) {
      const text = fs.readFileSync(path.join(docsFolder, file), 'utf8');
      let entities = [];
      const started = performance.now();
      try {
        entities = engine.analyze(text, { document: file }).entities;
      } catch (error) {
        failures.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
      elapsedMs += performance.now() - started;
      characters += text.length;
      const json = { entities: entities.map(({ text: spanText, type, start, end }) => ({ text: spanText, type, start, end })) };
      fs.writeFileSync(path.join(outFolder, file.replace(/\.txt$/, '.json')), JSON.stringify(json));
    }
    say(`analysed ${files.length} documents (${characters} characters) in ${Math.round(elapsedMs)} ms`);
    for (const failure of failures) say(`engine threw on ${failure}`);
    const args = [path.join(gmbFolder, 'score-ner.mjs'), outFolder, path.join(gmbFolder, 'gold.jsonl')];
    if (options.show !== null) args.push('--show', options.show);
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) {
      say(run.stdout);
      console.error(run.stderr);
      return { error: `score-ner.mjs exited with ${run.status}` };
    }
    say(run.stdout.trimEnd());
    const lastLine = run.stdout.trim().split('\n').pop() ?? '';
    return { ...JSON.parse(lastLine), documents: files.length, engineFailures: failures.length, elapsedMs: Math.round(elapsedMs) };
  } finally {
    fs.rmSync(outFolder, { recursive: true, force: true });
  }
}

const summary = {};
if (options.only.includes('seed')) summary.seed = evaluateArticles('seed', loadAnnotatedArticles(path.join(repoRoot, 'test', 'fixtures', 'seed')));
if (options.only.includes('fixtures')) {
  summary.fixtures = evaluateArticles('fixture articles', loadAnnotatedArticles(path.join(repoRoot, 'test', 'fixtures', 'articles')));
}
if (options.only.includes('holdout')) {
  summary.holdout = evaluateArticles('held-out articles', loadAnnotatedArticles(path.join(repoRoot, 'test', 'fixtures', 'holdout')));
}
// The blind set is the last check on unseen text: like the held-out set it prints only its table unless --details is asked for.
if (options.only.includes('blind')) {
  summary.blind = evaluateArticles('blind articles', loadAnnotatedArticles(path.join(repoRoot, 'test', 'fixtures', 'blind')));
}
if (options.only.includes('articles')) {
  const articlesFolder = path.join(sharedEval, 'articles');
  if (fs.existsSync(articlesFolder)) summary.articles = evaluateArticles('evaluation articles', loadAnnotatedArticles(articlesFolder));
  else {
    say(`\n== evaluation articles ==\nskipped: ${path.relative(repoRoot, articlesFolder)} is not there`);
    summary.articles = { skipped: true };
  }
}
if (options.only.includes('gmb')) summary.gmb = evaluateGmb();
if (options.json) console.log(JSON.stringify(summary));
