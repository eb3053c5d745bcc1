// Launches Debian's Chromium through playwright-core (no browser download) against a code-server workbench.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { ProvisionedTools } from './provision';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface WorkbenchBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught page errors seen so far. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export async function openWorkbench(tools: ProvisionedTools, url: string): Promise<WorkbenchBrowser> {
  // A fresh profile per run, removed on close.
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-chromium-'));
  const removeProfile = (): void => fs.rmSync(profileDir, { recursive: true, force: true });
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: tools.chromium,
      headless: true,
      args: chromiumArgs,
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 1,
      env: { ...process.env, HOME: profileDir, XDG_CONFIG_HOME: path.join(profileDir, 'config'), XDG_CACHE_HOME: path.join(profileDir, 'cache') },
    });
  } catch (error) {
    removeProfile();
    throw new Error(`Chromium (${tools.chromium}) did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    // Copy commands and the clipboard-based checks need it; granted up front so no permission prompt appears.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return {
      context,
      page,
      pageErrors,
      close: async () => {
        await context.close();
        removeProfile();
      },
    };
  } catch (error) {
    await context.close();
    removeProfile();
    throw error;
  }
}
