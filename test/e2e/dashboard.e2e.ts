// The dashboard in a real VS Code: opened from the command palette over the analysed documents, drawn in the theme's
// colours, and a click on a bar lands on the line it stands for.
import * as assert from 'assert';
import type { FrameLocator } from 'playwright-core';
import { eventually, sourceLensErrors, useSession } from './harness/scenarios';
import type { Session } from './harness/session';
import { openFromExplorer, runFromPalette, statusBarItem, waitForCursorLine } from './harness/workbench';
import { seedFileName } from './harness/workspace';

/** The page's style lookup, as the probe sees it (the Node-side build has no DOM library). */
interface BrowserStyles {
  getComputedStyle(element: unknown): { fill: string };
}

const articles = [seedFileName, 'press_release_lithium.txt', 'interview_coral_reef.txt'];

describe('Source Lens dashboard in a real VS Code', function () {
  // Tabs stay open: a preview tab replaced by the next file would take its document out of the dashboard.
  const current = useSession('dashboard', { settings: { 'workbench.editor.enablePreview': false } });
  let session: Session;

  before(() => {
    session = current();
  });

  /** The page inside the webview's two frames (the outer one hosts VS Code's own webview script). */
  function dashboardPage(): FrameLocator {
    return session.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  }

  it('opens from the command palette and draws the analysed documents', async () => {
    for (const name of articles) {
      await openFromExplorer(session.page, name);
      await statusBarItem(session.page, / · \d+ claims?$/).waitFor({ state: 'visible', timeout: 30_000 }).catch(() => undefined);
    }
    await runFromPalette(session.page, 'Source Lens: Open Dashboard');
    const page = dashboardPage();
    await page.getByRole('heading', { name: 'Claims per speaker' }).waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('.summary, .note').filter({ hasText: /\d+ documents/ }).first().waitFor({ state: 'visible', timeout: 20_000 });
    const bars = await page.locator('#speakers .mark').count();
    assert.ok(bars >= 3, `${bars} speaker bars`);
    // The theme's chart colour reaches the bars: a transparent or black fill would mean the variables are missing.
    const fill = await page
      .locator('#speakers .mark')
      .first()
      .evaluate((element) => (globalThis as unknown as BrowserStyles).getComputedStyle(element).fill);
    assert.ok(!['none', 'rgb(0, 0, 0)', 'rgba(0, 0, 0, 0)'].includes(fill), `bar fill ${fill}`);
    assert.deepStrictEqual(sourceLensErrors(session), []);
  });

  it('lands on the line of a clicked bar', async () => {
    const page = dashboardPage();
    // The "most voices" bars name their document in their label, so the editor it opens can be checked.
    const bar = page.locator('#voices svg').last().locator('.mark').first();
    const label = (await bar.getAttribute('aria-label')) ?? '';
    const line = Number(await bar.getAttribute('data-line'));
    const name = articles.find((article) => label.startsWith(article));
    assert.ok(name, `the bar names one of the opened documents: ${label}`);
    await bar.click();
    await waitForCursorLine(session.page, line);
    await eventually('the document to be the active tab', async () => {
      const active = session.page.locator('.tabs-container .tab.active').filter({ hasText: name });
      return (await active.count()) > 0 ? true : undefined;
    });
    // The keyboard works too: a speaker's bar, focused and pressed with Enter.
    const speaker = page.locator('#speakers .mark').first();
    const speakerLine = Number(await speaker.getAttribute('data-line'));
    await speaker.focus();
    await speaker.press('Enter');
    await waitForCursorLine(session.page, speakerLine);
  });
});
