// The JSON report the extension-host suite writes and the harness reads.

export interface TestOutcome {
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export interface SuiteReport {
  passed: number;
  failed: number;
  pending: number;
  durationMs: number;
  tests: TestOutcome[];
}

/** What the test-runner extension writes when the suite could not even start. */
export interface CrashReport {
  crashed: string;
}

export function isSuiteReport(value: unknown): value is SuiteReport {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.passed === 'number' && typeof record.failed === 'number' && Array.isArray(record.tests);
}

export function isCrashReport(value: unknown): value is CrashReport {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).crashed === 'string';
}

/** Prints the report like a mocha run, ending with the plain "N passed, N failed" line. */
export function formatReport(report: SuiteReport): string {
  const lines: string[] = [];
  for (const test of report.tests) {
    const mark = test.state === 'passed' ? '  ✓' : test.state === 'pending' ? '  -' : '  ✗';
    lines.push(`${mark} ${test.fullTitle}${test.state === 'passed' ? ` (${test.durationMs} ms)` : ''}`);
  }
  const failures = report.tests.filter((test) => test.state === 'failed');
  failures.forEach((test, index) => {
    lines.push('', `  ${index + 1}) ${test.fullTitle}`, ...(test.error ?? '').split('\n').map((line) => `     ${line}`));
  });
  lines.push('', `extension host: ${report.passed} passed, ${report.failed} failed, ${report.pending} skipped (${(report.durationMs / 1000).toFixed(1)} s)`);
  return lines.join('\n');
}
