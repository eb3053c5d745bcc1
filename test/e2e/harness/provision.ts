// Runs scripts/provision.sh (idempotent) and returns the paths of the pinned Node 24, code-server and Chromium.
import { execFileSync } from 'child_process';
import * as path from 'path';

/** What serving the workbench needs (`npm start` prints its address for the user's own browser). */
export interface CodeServerTools {
  /** Node 24 binary that code-server runs under. */
  node: string;
  /** code-server's `out/node/entry.js`, started with `node`. */
  codeServer: string;
  codeServerVersion: string;
}

/** What the real-VS-Code tests need: code-server and a browser to drive it. */
export interface ProvisionedTools extends CodeServerTools {
  chromium: string;
}

export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

let provisioned: ProvisionedTools | undefined;

function isCodeServerTools(value: unknown): value is CodeServerTools {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['node', 'codeServer', 'codeServerVersion'].every((key) => typeof record[key] === 'string');
}

function isProvisionedTools(value: unknown): value is ProvisionedTools {
  return isCodeServerTools(value) && typeof (value as unknown as Record<string, unknown>).chromium === 'string';
}

/** The script says what it does on stderr and fails with one line naming what is missing; stdout ends with the paths. */
function runProvision(args: string[]): unknown {
  let stdout: string;
  try {
    stdout = execFileSync('bash', [path.join(repoRoot, 'scripts', 'provision.sh'), ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  } catch {
    throw new Error('Provisioning failed (see the [provision] lines above): VS Code (code-server) cannot run.');
  }
  const lastLine = stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(lastLine);
  } catch {
    throw new Error(`scripts/provision.sh printed an unexpected result: ${lastLine}`);
  }
}

/** Provisions code-server and Chromium, once per process. */
export function provisionTools(): ProvisionedTools {
  if (provisioned) return provisioned;
  const parsed = runProvision([]);
  if (!isProvisionedTools(parsed)) throw new Error(`scripts/provision.sh printed an unexpected result: ${JSON.stringify(parsed)}`);
  provisioned = parsed;
  return parsed;
}

/** Provisions code-server only: no browser is installed or required. */
export function provisionCodeServer(): CodeServerTools {
  const parsed = runProvision(['--no-browser']);
  if (!isCodeServerTools(parsed)) throw new Error(`scripts/provision.sh printed an unexpected result: ${JSON.stringify(parsed)}`);
  return parsed;
}
