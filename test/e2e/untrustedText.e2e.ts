// File names and actor names that carry link or icon syntax, shown in the real workbench: every message, quick pick and
// tree row shows them as plain text; and in Restricted Mode a folder's own corrections and size limit do not apply.
import * as assert from 'assert';
import type { Locator, Page } from 'playwright-core';
import { saveScreenshot } from './harness/artifacts';
import { sourceLensWithWrappedWorker } from './harness/extensionPackage';
import { eventually, useSession } from './harness/scenarios';
import type { Session } from './harness/session';
import { chooseQuickPickRow, openViewContainer, openWithQuickOpen, quickInput, runContextMenuItem, runFromPalette, runNotificationAction, statusBarItem, viewPane } from './harness/workbench';

/** Showing the Source Control view is the proof a link ran: it replaces the side bar anyone can see. */
const PROBE_COMMAND = 'workbench.view.scm';
/** A file name that VS Code would render as a "Details" link running a command, were it put in a message as it is. */
const hostileFileName = `[Details](command:${PROBE_COMMAND}).txt`;
/** An actor name, as a repository's settings can give it: a link, an icon and a zero-width space (short enough to show whole). */
const hostileActorName = `[Go](command:${PROBE_COMMAND}) $(alert) Anna\u200bBerg`;

const harbourText = [' date 2024-05-02 ', '', '“The ferry will sail on Monday,” Mayor Anna Berg said.', '', 'Councillor Tom Reed told reporters in Oslo that the bridge would reopen.', ''].join('\n');

/** A worker that fails every document whose name carries `[Details]`, with an error message that carries a link too. */
const failingWorker = `
const { parentPort } = require('node:worker_threads');
const on = parentPort.on.bind(parentPort);
parentPort.on = (event, listener) => on(event, event !== 'message' ? listener : (request) => {
  if (request && request.type === 'analyze' && decodeURIComponent(request.documentKey).includes('[Details]')) {
    parentPort.postMessage({ type: 'error', jobId: request.jobId, message: 'the engine stopped at [this sentence](command:${PROBE_COMMAND})' });
    return;
  }
  listener(request);
});
require('./worker.real.js');
`;

const workspaceSettings = (extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ 'sourcelens.knownActors': [{ name: hostileActorName, type: 'PERSON', aliases: ['Anna Berg'] }], ...extra }, null, 2);

/**
 * Links and theme icons rendered inside an element: what would act, or draw, instead of showing text. Links carry a
 * target (or are the workbench's `monaco-link`); a tree row's label and action buttons are anchors without one.
 */
async function activeParts(element: Locator): Promise<string[]> {
  return element.evaluate((root: { querySelectorAll(selector: string): ArrayLike<{ tagName: string; className: string; getAttribute(name: string): string | null }> }) => {
    const found: string[] = [];
    for (const link of Array.from(root.querySelectorAll('a'))) {
      const target = link.getAttribute('href') ?? link.getAttribute('data-href');
      if (target !== null || link.className.includes('monaco-link')) found.push(`link to ${target ?? '?'}`);
    }
    for (const icon of Array.from(root.querySelectorAll('.codicon-alert'))) found.push(`icon ${icon.className}`);
    return found;
  });
}

/** The text an element shows, without the invisible word joiners that keep link and icon syntax inert. */
async function shownText(element: Locator): Promise<string> {
  return (await element.innerText()).replace(/\u2060/g, '');
}

async function probeRan(page: Page): Promise<boolean> {
  return page.locator('.sidebar').getByRole('heading', { name: /Source Control/i }).first().isVisible();
}

describe('Source Lens shows untrusted names as text', function () {
  const current = useSession('untrusted text', {
    extension: () => sourceLensWithWrappedWorker(failingWorker),
    extraFiles: { [hostileFileName]: harbourText, 'harbour.txt': harbourText, '.vscode/settings.json': workspaceSettings() },
  });
  let session: Session;

  before(() => {
    session = current();
  });

  it('names a file whose name is a command link in the "could not analyse" message, without a link', async () => {
    const { page } = session;
    await openWithQuickOpen(page, hostileFileName);
    const toast = page.locator('.notification-toast').filter({ hasText: /Source Lens could not analyse/ }).first();
    await toast.waitFor({ state: 'visible', timeout: 60_000 });
    const message = toast.locator('.notification-list-item-message');
    assert.deepStrictEqual(await activeParts(message), [], 'nothing in the message acts');
    assert.strictEqual(
      await shownText(message),
      `Source Lens could not analyse ${hostileFileName}: the engine stopped at [this sentence](command:${PROBE_COMMAND})`,
      'the file name and the error read as they are',
    );
    await saveScreenshot(page, 'e2e', 'untrusted text could not analyse message with a link in the file name');
    await message.click();
    await page.waitForTimeout(500);
    assert.ok(!(await probeRan(page)), 'clicking the message ran no command');
    await runNotificationAction(page, /Source Lens could not analyse/, 'Show Log');
  });

  it('shows an actor name from the workspace settings as text in the Actors view, the corrections and their confirmation', async () => {
    const { page } = session;
    await openWithQuickOpen(page, 'harbour.txt');
    await statusBarItem(page, /\d+ actors? · \d+ claims?/).waitFor({ state: 'visible', timeout: 60_000 });
    await openViewContainer(page, 'Source Lens');
    const row = viewPane(page, 'Actors').getByRole('treeitem', { name: /Anna<U\+200B>Berg/ });
    await row.waitFor({ state: 'visible' });
    assert.deepStrictEqual(await activeParts(row), []);
    assert.match(await shownText(row), /^\[Go\]\(command:workbench\.view\.scm\) \$\(alert\) Anna<U\+200B>Berg/);

    // Merging another actor lists this one as a candidate: a quick pick row, where $(…) would draw an icon.
    await runContextMenuItem(page, viewPane(page, 'Actors').getByRole('treeitem', { name: /^Tom Reed/ }), 'Merge into Actor…');
    const candidate = quickInput(page).locator('.monaco-list-row').filter({ hasText: /Anna<U\+200B>Berg/ }).first();
    await candidate.waitFor({ state: 'visible' });
    assert.deepStrictEqual(await activeParts(candidate), []);
    assert.match(await shownText(candidate), /\$\(alert\) Anna<U\+200B>Berg/);
    await page.keyboard.press('Escape');

    await runContextMenuItem(page, row, 'Ignore This Name…');
    const title = quickInput(page).locator('.quick-input-title');
    await title.filter({ hasText: /Ignore/ }).waitFor({ state: 'visible' });
    assert.deepStrictEqual(await activeParts(title), []);
    await chooseQuickPickRow(page, /User settings/);
    const toast = page.locator('.notification-toast').filter({ hasText: /Source Lens will ignore/ }).first();
    await toast.waitFor({ state: 'visible' });
    const message = toast.locator('.notification-list-item-message');
    assert.deepStrictEqual(await activeParts(message), [], 'nothing in the confirmation acts');
    assert.match(await shownText(message), /^Source Lens will ignore “\[Go\]\(command:workbench\.view\.scm\) \$\(alert\) Anna<U\+200B>Berg” and \d+ other names?\.$/);
    await saveScreenshot(page, 'e2e', 'untrusted text ignore confirmation with a link and an icon in the actor name');
    await message.click();
    await page.waitForTimeout(500);
    assert.ok(!(await probeRan(page)), 'clicking the confirmation ran no command');
    await runNotificationAction(page, /Source Lens will ignore/, 'Undo');
    await eventually('the actor to come back', async () => ((await row.isVisible()) ? true : undefined));
  });
});

describe('Source Lens in Restricted Mode', function () {
  const sizeLimitMB = 1;
  const current = useSession('restricted mode', {
    workspaceTrust: true,
    settings: {
      'security.workspace.trust.enabled': true,
      'security.workspace.trust.startupPrompt': 'never',
      'sourcelens.maxFileSizeMB': sizeLimitMB,
    },
    extraFiles: {
      'harbour.txt': harbourText,
      // Over the user's limit, under the workspace's.
      'big-ferry-story.txt': `${harbourText}\n`.repeat(Math.ceil((sizeLimitMB * 1.5 * 1024 * 1024) / harbourText.length)),
      '.vscode/settings.json': workspaceSettings({ 'sourcelens.ignoreNames': ['Tom Reed'], 'sourcelens.maxFileSizeMB': 50 }),
    },
  });
  let session: Session;

  before(() => {
    session = current();
  });

  it("ignores the untrusted folder's known actors and ignored names", async () => {
    const { page } = session;
    await statusBarItem(page, /Restricted Mode/).waitFor({ state: 'visible', timeout: 60_000 });
    await openWithQuickOpen(page, 'harbour.txt');
    await statusBarItem(page, /\d+ actors? · \d+ claims?/).waitFor({ state: 'visible', timeout: 60_000 });
    await openViewContainer(page, 'Source Lens');
    const actors = viewPane(page, 'Actors');
    await actors.getByRole('treeitem', { name: /^Anna Berg/ }).waitFor({ state: 'visible' });
    assert.strictEqual(await actors.getByRole('treeitem', { name: /Details/ }).count(), 0, 'no actor named by the folder');
    await actors.getByRole('treeitem', { name: /^Tom Reed/ }).waitFor({ state: 'visible' });
    await saveScreenshot(page, 'e2e', 'restricted mode actors without the folder corrections');
  });

  it("keeps the user's size limit, not the untrusted folder's", async () => {
    const { page } = session;
    await openWithQuickOpen(page, 'big-ferry-story.txt');
    await statusBarItem(page, /Source Lens: too large/).waitFor({ state: 'visible', timeout: 60_000 });
  });

  it('offers the user settings first for a correction, and says when a workspace correction applies', async () => {
    const { page } = session;
    // Back to the first document by its tab: Quick Open lists the document opened last first.
    await page.getByRole('tab', { name: /^harbour\.txt/ }).click();
    await statusBarItem(page, /\d+ actors? · \d+ claims?/).waitFor({ state: 'visible', timeout: 60_000 });
    await openViewContainer(page, 'Source Lens');
    const tomReed = viewPane(page, 'Actors').getByRole('treeitem', { name: /^Tom Reed/ });
    // A context menu laid out again under the pointer can take the click on its neighbour ("Merge into Actor…"), whose
    // pick also lists actors: the pick's title tells which command ran, and another is cancelled and tried again.
    for (let attempt = 1; ; attempt++) {
      await runContextMenuItem(page, tomReed, 'Ignore This Name…');
      const title = quickInput(page).locator('.quick-input-title');
      await title.waitFor({ state: 'visible' });
      const text = await title.innerText();
      if (/^Ignore/.test(text) || attempt === 2) {
        assert.match(text, /^Ignore “Tom Reed”/);
        break;
      }
      console.log(`[e2e] the context menu ran another item (${text}); trying again`);
      await page.keyboard.press('Escape');
    }
    const rows = quickInput(page).locator('.monaco-list-row');
    await rows.first().waitFor({ state: 'visible' });
    assert.match(await rows.first().innerText(), /User settings/);
    assert.match(await rows.nth(1).innerText(), /once you trust it/);
    await page.keyboard.press('Escape');
    await runFromPalette(page, 'Notifications: Clear All Notifications');
  });
});
