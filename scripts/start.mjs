// `npm start`: builds Source Lens and opens the sample documents in a real VS Code with the extension installed.
//
// With a local `code` on PATH it opens desktop VS Code with --extensionDevelopmentPath; otherwise (or with
// SOURCE_LENS_START=code-server) it provisions code-server, installs the packaged extension and serves the workbench on
// 127.0.0.1 until Ctrl+C. SOURCE_LENS_PORT picks the port (default: a free one).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasLocalCode } from './preflight.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function step(message) {
  console.error(`[start] ${message}`);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[start] \`${command} ${args.join(' ')}\` failed`);
    process.exit(result.status ?? 1);
  }
}

/** The sample documents, copied to a folder of their own so experiments never change the test fixtures. */
function samplesFolder() {
  const { createSampleWorkspace } = require(path.join(repoRoot, 'out', 'test', 'e2e', 'harness', 'workspace.js'));
  return createSampleWorkspace();
}

async function startCodeServerSession() {
  const { provisionCodeServer } = require(path.join(repoRoot, 'out', 'test', 'e2e', 'harness', 'provision.js'));
  const { startCodeServer } = require(path.join(repoRoot, 'out', 'test', 'e2e', 'harness', 'codeServer.js'));
  const { sourceLensExtension } = require(path.join(repoRoot, 'out', 'test', 'e2e', 'harness', 'extensionPackage.js'));
  // The address is for the user's own browser, so no Chromium is provisioned here.
  const tools = provisionCodeServer();
  step('packaging the extension');
  const extension = sourceLensExtension();
  const samples = samplesFolder();
  const port = process.env.SOURCE_LENS_PORT ? Number(process.env.SOURCE_LENS_PORT) : undefined;
  step(`starting code-server ${tools.codeServerVersion}`);
  const server = await startCodeServer({ tools, extensions: [extension], settings: { 'editor.wordWrap': 'on' }, ...(port ? { port } : {}) });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    step('stopping code-server');
    await server.stop();
    samples.dispose();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`\nSource Lens is running in VS Code (code-server) at:\n\n  ${server.folderUrl(samples.dir)}\n\nSamples: ${samples.dir}\nPress Ctrl+C to stop.\n`);
  // Keep the process alive until a signal arrives; the server runs in its own process group.
  setInterval(() => undefined, 1 << 30);
}

async function main() {
  step('building (npm run build, npm run compile)');
  run('npm', ['run', '--silent', 'build']);
  run('npm', ['run', '--silent', 'compile']);
  if (hasLocalCode()) {
    const samples = samplesFolder();
    step(`opening desktop VS Code with the extension under development on ${samples.dir}`);
    const child = spawn('code', ['--new-window', `--extensionDevelopmentPath=${repoRoot}`, samples.dir], { stdio: 'inherit', detached: true });
    child.unref();
    return;
  }
  await startCodeServerSession();
}

main().catch((error) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
