#!/usr/bin/env node
// Measures how well claim confidence is calibrated against the GUM development set's gold claims: for each
// confidence band and each kind of evidence, how many claims the engine gives and how many of them are right.
//   npm run compile && node scripts/claimCalibration.mjs [--gum DIR] [--bar 0.8] [--json]
// A claim is right when it matches a required or optional gold claim as the GUM scorer matches them (same line,
// same speaker by name or alias, at least half the gold words). GUM's gold leaves out attributions to sources it
// never names, so "right" is a floor for unnamed groups and descriptions. Exits with 1 when the claims above the
// bar are right less than nine times in ten: the promise the `Claim.confidence` documentation makes.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
};
const gumDir = path.resolve(option('--gum', path.join(repoRoot, '..', 'shared', 'eval', 'gum')));
const bar = Number(option('--bar', '0.8'));
const REQUIRED_PRECISION = 0.9;

const require = createRequire(import.meta.url);
const enginePath = path.join(repoRoot, 'out', 'src', 'analysis', 'index.js');
if (!fs.existsSync(enginePath)) {
  console.error('no compiled engine: run `npm run compile` first');
  process.exit(2);
}
const { analyze } = require(enginePath);

// The GUM scorer's matching (shared/tools/score.mjs), restated so this script runs on its own.
const norm = (s) =>
  (s ?? '')
    .toLowerCase()
    .replace(/[’']s?\b/g, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const words = (s) => norm(s).split(' ').filter(Boolean);

/** Whether each claim of an analysis matches a gold claim (required or optional). */
function judge(analysis, gold) {
  const goldActorOf = new Map();
  for (const actor of gold.actors) for (const form of [actor.name, ...actor.aliases]) goldActorOf.set(norm(form), actor.name);
  const byId = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  const goldOfActor = (actor) => {
    const votes = new Map();
    for (const name of [actor.name, ...actor.aliases]) {
      const found = goldActorOf.get(norm(name));
      if (found) votes.set(found, (votes.get(found) ?? 0) + 1);
    }
    let best = null;
    let bestVotes = 0;
    for (const [name, count] of votes) if (count > bestVotes) [best, bestVotes] = [name, count];
    return best;
  };
  const speakerOf = (claim) => {
    const actor = claim.speakerId ? byId.get(claim.speakerId) : undefined;
    if (actor) return goldOfActor(actor) ?? actor.name;
    return goldActorOf.get(norm(claim.speaker)) ?? claim.speaker;
  };
  const golds = [...gold.claims.required, ...(gold.claims.optional ?? [])];
  return analysis.claims.map((claim) => {
    const claimWords = new Set(words(claim.text));
    const speaker = speakerOf(claim);
    return golds.some((g) => {
      if (g.line !== claim.line || g.speaker !== speaker) return false;
      const goldWords = words(g.text);
      return goldWords.filter((w) => claimWords.has(w)).length >= goldWords.length / 2;
    });
  });
}

const judged = [];
for (const file of fs.readdirSync(path.join(gumDir, 'gold')).sort()) {
  const name = file.replace(/\.gold\.json$/, '');
  const gold = JSON.parse(fs.readFileSync(path.join(gumDir, 'gold', file), 'utf8'));
  const text = fs.readFileSync(path.join(gumDir, 'docs', `${name}.txt`), 'utf8');
  const analysis = analyze(text, { document: name });
  const right = judge(analysis, gold);
  analysis.claims.forEach((claim, i) => judged.push({ confidence: claim.confidence, kind: claim.evidence.kind, right: right[i] }));
}

const share = (list) => (list.length === 0 ? '-' : (list.filter((c) => c.right).length / list.length).toFixed(3));
const rows = [];
for (let tenth = 0; tenth < 10; tenth++) {
  const low = tenth / 10;
  // The top band holds 1.0 too.
  const band = judged.filter((c) => Math.min(9, Math.floor(c.confidence * 10 + 1e-9)) === tenth);
  const mean = band.length ? (band.reduce((sum, c) => sum + c.confidence, 0) / band.length).toFixed(3) : '-';
  rows.push({ band: `${low.toFixed(1)}–${(low + 0.1).toFixed(1)}`, claims: band.length, meanConfidence: mean, right: share(band) });
}
const kinds = [...new Set(judged.map((c) => c.kind))].sort().map((kind) => {
  const of = judged.filter((c) => c.kind === kind);
  return { kind, claims: of.length, right: share(of) };
});
const above = judged.filter((c) => c.confidence > bar);
const aboveRight = above.length === 0 ? 1 : above.filter((c) => c.right).length / above.length;
const summary = { claims: judged.length, right: Number(share(judged)), bar, above: above.length, aboveRight: Number(aboveRight.toFixed(3)) };

if (argv.includes('--json')) console.log(JSON.stringify({ bands: rows, kinds, summary }));
else {
  console.log('confidence   claims  mean conf  right');
  for (const r of rows) console.log(`${r.band.padEnd(11)} ${String(r.claims).padStart(7)}  ${String(r.meanConfidence).padStart(9)}  ${r.right}`);
  console.log('\nevidence      claims  right');
  for (const k of kinds) console.log(`${k.kind.padEnd(12)} ${String(k.claims).padStart(7)}  ${k.right}`);
  console.log(`\nclaims above ${bar}: ${above.length}, right ${summary.aboveRight} (must be at least ${REQUIRED_PRECISION})`);
  console.log(`all claims: ${judged.length}, right ${summary.right}`);
}
process.exit(aboveRight >= REQUIRED_PRECISION ? 0 : 1);
