// `node scripts/preflight.mjs start|test`: what `npm start` and `npm test` run first. In about a second it checks what
// they need from the machine — the Node.js version in package.json `engines`, and the Debian packages that
// provisioning needs now (scripts/provision.sh --check; as root it installs the missing ones) — and stops with one
// line naming what is missing and the command that installs it, instead of failing minutes later in a build or a test.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** True when `npm start` will open a desktop VS Code (`code` on PATH) instead of serving code-server. */
export function hasLocalCode() {
  if (process.env.SOURCE_LENS_START === 'code-server') return false;
  // Inside a code-server terminal `code` is that server's remote CLI, which cannot load a development extension.
  if (process.env.VSCODE_IPC_HOOK_CLI) return false;
  return spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
}

function compareVersions(a, b) {
  for (let i = 0; i < 3; i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return 0;
}

/** The one-line complaint about this Node.js, or undefined when it satisfies `engines.node` (a `>=X.Y.Z` range). */
export function nodeVersionProblem(version, range) {
  const minimum = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range.trim());
  if (!minimum) throw new Error(`package.json engines.node must have the form ">=X.Y.Z", not "${range}"`);
  const wanted = minimum.slice(1).map((part) => Number(part ?? 0));
  const current = version.replace(/^v/, '').split('.').map((part) => Number.parseInt(part, 10) || 0);
  if (compareVersions(current, wanted) >= 0) return undefined;
  const wantedText = wanted.join('.').replace(/(\.0)+$/, '');
  return `Node.js v${version.replace(/^v/, '')} is too old: Source Lens needs Node.js ${wantedText} or later — install one with: nvm install --lts (or from https://nodejs.org)`;
}

function fail(message) {
  console.error(`[preflight] error: ${message}`);
  process.exit(1);
}

function main(command) {
  if (command !== 'start' && command !== 'test') fail(`usage: node scripts/preflight.mjs start|test (got ${command ?? 'nothing'})`);
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const problem = nodeVersionProblem(process.versions.node, manifest.engines?.node ?? '>=0');
  if (problem) fail(problem);
  // A desktop VS Code needs nothing from the system; code-server does, and the tests drive it with Chromium.
  if (command === 'start' && hasLocalCode()) return;
  const args = [path.join(repoRoot, 'scripts', 'provision.sh'), '--check', ...(command === 'start' ? ['--no-browser'] : [])];
  const result = spawnSync('bash', args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.error) fail(`cannot run scripts/provision.sh with bash: ${result.error.message}`);
  // provision.sh has already said what is missing, in one line.
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv[2]);
