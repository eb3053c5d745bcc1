// Where runs leave evidence: screenshots and logs under test-results/ (gitignored).
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { CodeServer } from './codeServer';
import { repoRoot } from './provision';

export function artifactsDir(kind: 'e2e' | 'integration'): string {
  const dir = path.join(repoRoot, 'test-results', kind);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** A file name from a test title: lowercase words joined by dashes. */
export function slug(title: string): string {
  // A failure's screenshot keeps its "failed" suffix even when the title is long, so it never replaces the pass.
  const failed = / FAILED$/.test(title);
  const base = (failed ? title.slice(0, -' FAILED'.length) : title).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'unnamed';
  return failed ? `${base}-failed` : base;
}

export async function saveScreenshot(page: Page, kind: 'e2e' | 'integration', name: string): Promise<string> {
  const file = path.join(artifactsDir(kind), `${slug(name)}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Copies the extension host logs and the server's own output next to the screenshots, for a failure's post-mortem. */
export function saveLogs(server: CodeServer, kind: 'e2e' | 'integration', name: string, pageErrors: readonly string[] = []): string {
  const dir = path.join(artifactsDir(kind), `${slug(name)}-logs`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const logsRoot = path.join(server.userDataDir, 'logs');
  for (const log of server.extensionHostLogs()) {
    const relative = path.relative(logsRoot, log).replace(/[\\/]/g, '__');
    fs.copyFileSync(log, path.join(dir, relative));
  }
  fs.writeFileSync(path.join(dir, 'code-server-output.log'), server.output());
  if (pageErrors.length > 0) fs.writeFileSync(path.join(dir, 'browser-errors.log'), pageErrors.join('\n'));
  return dir;
}

/** Whether this run refreshes the README's screenshots (`npm run screenshots`). */
export const refreshReadmeScreenshots = process.env.SOURCE_LENS_README_SCREENSHOTS === '1';

/** Writes `media/screenshots/<name>.png` for the README when refreshing them; otherwise does nothing. */
export async function saveReadmeScreenshot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void> {
  if (!refreshReadmeScreenshots) return;
  const dir = path.join(repoRoot, 'media', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), ...(clip ? { clip } : {}) });
}
