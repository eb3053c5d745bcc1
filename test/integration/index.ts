// Runs the extension-host suite with mocha inside a running VS Code: `runSuite()` for code-server, `run()` for @vscode/test-electron.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { SuiteReport, TestOutcome } from './report';

const suiteDir = path.join(__dirname, 'suite');

function createMocha(): Mocha {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  const grep = process.env.SOURCE_LENS_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(suiteDir).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(suiteDir, file));
  }
  return mocha;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/** Runs every suite file and reports each test's outcome; never rejects for a failing test, only records it. */
export function runSuite(): Promise<SuiteReport> {
  const mocha = createMocha();
  const started = Date.now();
  const tests: TestOutcome[] = [];
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        resolve({
          passed: tests.filter((test) => test.state === 'passed').length,
          failed: tests.filter((test) => test.state === 'failed').length,
          pending: tests.filter((test) => test.state === 'pending').length,
          durationMs: Date.now() - started,
          tests,
        });
      });
      runner.on('pass', (test) => tests.push({ fullTitle: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }));
      runner.on('pending', (test) => tests.push({ fullTitle: test.fullTitle(), state: 'pending', durationMs: 0 }));
      // Hook failures arrive here too ("before all" hook …), so a broken setup is reported, not lost.
      runner.on('fail', (test, error: unknown) => tests.push({ fullTitle: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: describeError(error) }));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** Entry point for @vscode/test-electron (`extensionTestsPath`): rejects when any test failed. */
export async function run(): Promise<void> {
  const report = await runSuite();
  if (report.failed > 0 || report.passed === 0) {
    throw new Error(`${report.failed} extension-host test(s) failed, ${report.passed} passed`);
  }
}
