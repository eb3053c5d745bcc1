// Mocha wiring shared by the UI suites: one session per suite, a screenshot after every scenario, logs after a failure.
import * as assert from 'assert';
import * as fs from 'fs';
import type { Context } from 'mocha';
import { saveLogs, saveScreenshot, slug } from './artifacts';
import type { ExtensionToInstall } from './codeServer';
import { sourceLensExtension } from './extensionPackage';
import { startSession, Session, SessionOptions } from './session';
import { waitForWorkbench } from './workbench';

/** Settings a reader of prose would use; they also make the screenshots readable. */
export const readerSettings = { 'editor.wordWrap': 'on', 'workbench.colorTheme': 'Default Dark Modern' };

/**
 * Registers the hooks of a suite that drives one code-server session with Source Lens installed (the package, or
 * what `extension` gives), and returns a getter for that session. `prefix` keeps the screenshots of different suites apart in test-results/e2e.
 */
export function useSession(prefix: string, options: Omit<SessionOptions, 'extensions'> & { extension?: () => ExtensionToInstall } = {}): () => Session {
  let session: Session | undefined;
  let scenario = 0;

  before(async function (this: Context) {
    this.timeout(300_000);
    const { extension = sourceLensExtension, ...sessionOptions } = options;
    session = await startSession({ ...sessionOptions, settings: { ...readerSettings, ...options.settings }, extensions: () => [extension()] });
    await waitForWorkbench(session.page);
  });

  afterEach(async function (this: Context) {
    const test = this.currentTest;
    if (!session || !test) return;
    scenario += 1;
    const name = `${prefix} ${String(scenario).padStart(2, '0')} ${test.title}`;
    const failed = test.state === 'failed';
    await saveScreenshot(session.page, 'e2e', failed ? `${name} FAILED` : name).catch(() => undefined);
    if (failed) console.error(`      screenshot and extension host log: ${saveLogs(session.server, 'e2e', slug(name), session.browser.pageErrors)}`);
  });

  after(async () => {
    if (session) await session.stop();
    session = undefined;
  });

  return () => {
    assert.ok(session, 'the code-server session did not start (see the "before all" hook)');
    return session;
  };
}

/** Polls `probe` until it returns a value that is not undefined; fails naming `what`. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new assert.AssertionError({ message: `timed out after ${timeoutMs} ms waiting for ${what}` });
}

/** Lines of the "Source Lens" output channel so far. */
export function sourceLensLog(session: Session): string[] {
  return session.server
    .extensionHostLogs()
    .filter((log) => /Source Lens\.log$/.test(log))
    .flatMap((log) => fs.readFileSync(log, 'utf8').split('\n'))
    .filter(Boolean);
}

/** Error lines of the "Source Lens" log, and error lines that mention Source Lens in the other extension host logs. */
export function sourceLensErrors(session: Session): string[] {
  return session.server.extensionHostLogs().flatMap((log) => {
    const ownLog = /Source Lens\.log$/.test(log);
    return fs
      .readFileSync(log, 'utf8')
      .split('\n')
      .filter((line) => /\[error\]/i.test(line) && (ownLog || /source-?lens/i.test(line)));
  });
}
