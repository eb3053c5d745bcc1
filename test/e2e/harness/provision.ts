// Runs scripts/provision.sh (idempotent) and returns the paths of the pinned Node 24, code-server and Chromium.
import { execFileSync } from 'child_process';
import * as path from 'path';

export interface ProvisionedTools {
  /** Node 24 binary that code-server runs under. */
  node: string;
  /** code-server's `out/node/entry.js`, started with `node`. */
  codeServer: string;
  codeServerVersion: string;
  chromium: string;
}

export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

let provisioned: ProvisionedTools | undefined;

function isProvisionedTools(value: unknown): value is ProvisionedTools {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['node', 'codeServer', 'codeServerVersion', 'chromium'].every((key) => typeof record[key] === 'string');
}

/** Provisions once per process; the script says what it does on stderr and fails with one line naming what is missing. */
export function provisionTools(): ProvisionedTools {
  if (provisioned) return provisioned;
  let stdout: string;
  try {
    stdout = execFileSync('bash', [path.join(repoRoot, 'scripts', 'provision.sh')], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  } catch {
    throw new Error('Provisioning failed (see the [provision] lines above): the real-VS-Code tests cannot run.');
  }
  const lastLine = stdout.trim().split('\n').pop() ?? '';
  const parsed: unknown = JSON.parse(lastLine);
  if (!isProvisionedTools(parsed)) throw new Error(`scripts/provision.sh printed an unexpected result: ${lastLine}`);
  provisioned = parsed;
  return parsed;
}
