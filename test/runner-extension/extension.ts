// Test-runner extension: on startup, runs the compiled extension-host suite named in run-config.json and writes its report.
import * as fs from 'fs';
import * as path from 'path';
import type { ExtensionContext } from 'vscode';

interface RunConfig {
  suiteModule: string;
  resultFile: string;
}

interface SuiteModule {
  runSuite(): Promise<unknown>;
}

function readRunConfig(extensionPath: string): RunConfig {
  const parsed: unknown = JSON.parse(fs.readFileSync(path.join(extensionPath, 'run-config.json'), 'utf8'));
  const record = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  if (typeof record.suiteModule !== 'string' || typeof record.resultFile !== 'string') {
    throw new Error('run-config.json needs "suiteModule" and "resultFile"');
  }
  return { suiteModule: record.suiteModule, resultFile: record.resultFile };
}

/** Written to a temporary name first, so the harness never reads half a report. */
function writeReport(resultFile: string, report: unknown): void {
  const partial = `${resultFile}.partial`;
  fs.writeFileSync(partial, JSON.stringify(report, null, 2));
  fs.renameSync(partial, resultFile);
}

export function activate(context: ExtensionContext): void {
  const config = readRunConfig(context.extensionPath);
  // Not awaited: activation returns at once and the suite runs while the workbench keeps going.
  void (async () => {
    try {
      const suite = (await import(config.suiteModule)) as SuiteModule;
      writeReport(config.resultFile, await suite.runSuite());
    } catch (error) {
      const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
      writeReport(config.resultFile, { crashed: message });
    }
  })();
}

export function deactivate(): void {
  // Nothing to release: the suite's own hooks clean up after it.
}
