// `npm run test:integration`: runs the extension-host suite inside code-server through the test-runner extension.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { saveLogs, saveScreenshot } from '../e2e/harness/artifacts';
import { sourceLensExtension, stageTestRunnerExtension } from '../e2e/harness/extensionPackage';
import { startSession, Session } from '../e2e/harness/session';
import { formatReport, isCrashReport, isSuiteReport, SuiteReport } from './report';

const timeoutMs = Number(process.env.SOURCE_LENS_INTEGRATION_TIMEOUT_MS ?? 240_000);
const activationTimeoutMs = 120_000;
const runnerExtensionId = 'source-lens.source-lens-test-runner';

/** Resolves with the parsed report once the runner has written it; rejects when the server dies or time runs out. */
async function waitForReport(resultFile: string, session: Session): Promise<SuiteReport> {
  const started = Date.now();
  const deadline = started + timeoutMs;
  let runnerActivated = false;
  while (Date.now() < deadline) {
    runnerActivated ||= session.server
      .extensionHostLogs()
      .some((log) => /remoteexthost\.log$/.test(log) && fs.readFileSync(log, 'utf8').includes(`_doActivateExtension ${runnerExtensionId}`));
    if (!runnerActivated && Date.now() - started > activationTimeoutMs) {
      throw new Error(`the test-runner extension (${runnerExtensionId}) did not activate within ${activationTimeoutMs / 1000} s of the workbench opening`);
    }
    if (fs.existsSync(resultFile)) {
      const parsed: unknown = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
      if (isCrashReport(parsed)) throw new Error(`the extension-host suite crashed before running:\n${parsed.crashed}`);
      if (!isSuiteReport(parsed)) throw new Error(`unreadable report in ${resultFile}`);
      return parsed;
    }
    if (session.browser.page.isClosed()) throw new Error('the workbench page closed before the suite reported');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no report from the extension host within ${timeoutMs / 1000} s (is the test-runner extension activating?)`);
}

async function main(): Promise<number> {
  const resultDir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-integration-'));
  process.once('exit', () => fs.rmSync(resultDir, { recursive: true, force: true }));
  const resultFile = path.join(resultDir, 'report.json');
  const runner = stageTestRunnerExtension({ suiteModule: path.join(__dirname, 'index.js'), resultFile });
  const started = Date.now();
  const session = await startSession({ extensions: () => [sourceLensExtension(), runner] });
  let exitCode = 1;
  try {
    process.stderr.write(`[integration] code-server ${session.tools.codeServerVersion} at ${session.server.baseUrl}; running the suite in its extension host\n`);
    const report = await waitForReport(resultFile, session);
    console.log(formatReport(report));
    if (report.failed > 0 || report.passed === 0) {
      const logs = saveLogs(session.server, 'integration', 'extension-host-suite', session.browser.pageErrors);
      await saveScreenshot(session.page, 'integration', 'extension-host-suite');
      console.error(`extension-host suite failed: ${report.failed} failed, ${report.passed} passed; logs in ${logs}`);
    } else {
      exitCode = 0;
    }
  } catch (error) {
    const logs = saveLogs(session.server, 'integration', 'extension-host-suite', session.browser.pageErrors);
    await saveScreenshot(session.page, 'integration', 'extension-host-suite').catch(() => undefined);
    console.error(`extension-host suite did not complete: ${error instanceof Error ? error.message : String(error)}\nlogs in ${logs}`);
  } finally {
    await session.stop();
  }
  console.error(`[integration] done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`extension-host suite could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
