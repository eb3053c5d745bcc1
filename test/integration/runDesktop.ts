// `npm run test:desktop`: the same extension-host suite in desktop VS Code through @vscode/test-electron (downloads VS Code once).
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { createSampleWorkspace } from '../e2e/harness/workspace';

async function main(): Promise<void> {
  const repoRoot = path.resolve(__dirname, '..', '..', '..');
  const workspace = createSampleWorkspace();
  try {
    await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [workspace.dir, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      ...(process.env.SOURCE_LENS_VSCODE_VERSION ? { version: process.env.SOURCE_LENS_VSCODE_VERSION } : {}),
    });
  } finally {
    workspace.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(`desktop extension-host suite failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
