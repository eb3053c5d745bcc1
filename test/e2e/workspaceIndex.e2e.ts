// Across documents in the workbench: the Sources view lists an actor of several documents, a click follows it to
// another document, and the claim hover says where else its quotation was said.
import * as assert from 'assert';
import { saveScreenshot } from './harness/artifacts';
import { eventually, sourceLensErrors, useSession } from './harness/scenarios';
import {
  activeEditor,
  expandView,
  hoverText,
  openViewContainer,
  openWithQuickOpen,
  runViewTitleMenuItem,
  treeRowLabels,
  viewPane,
} from './harness/workbench';

const QUOTE = 'The new harbour wall will protect every house on the island from winter storms';

/** Written for this scenario: three reports of one quotation by one speaker. */
const fixture: Record<string, string> = {
  'harbour/first.txt': ` date 2024-02-03 "${QUOTE}," Mayor Ingrid Solberg said on Friday.\n\nHarbour master Olav Brekke said the work starts in May.\n`,
  'harbour/second.txt': ` date 2024-02-01 Ingrid Solberg told the council: "${QUOTE}."\n`,
  'harbour/third.md': ` date 2024-02-10 "${QUOTE}," Ingrid Solberg repeated on Monday.\n\nOlav Brekke, the harbour master, said the ferry would keep running.\n`,
};

describe('Source Lens across documents (workspace index)', function () {
  const session = useSession('workspace-index', { extraFiles: fixture });

  it('follows an actor from the Sources view to another document, and the hover says where else it was said', async () => {
    const { page } = session();
    await openWithQuickOpen(page, 'harbour/first.txt');
    await openViewContainer(page, 'Source Lens');
    // Room for the Sources view: the one-document views fold away.
    for (const name of ['Actors', 'Claims']) {
      const header = viewPane(page, name).locator('.pane-header');
      if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
    }
    const sources = await expandView(page, 'Sources');
    await runViewTitleMenuItem(page, 'Sources', 'Sort Sources By', 'Sort Sources by Documents');
    // The view lists its rows again in the new order: a row found before that moves away under the click, so the
    // click waits for the order (the actor of the most documents first).
    await eventually('the actor of the most documents first', async () => {
      const first = (await treeRowLabels(sources))[0] ?? '';
      return first.includes('Ingrid Solberg') ? true : undefined;
    }, 60_000);
    const actor = sources.locator('.monaco-list-row').filter({ hasText: 'Ingrid Solberg' }).first();
    await actor.click();
    const third = sources.locator('.monaco-list-row').filter({ hasText: 'harbour/third.md' }).first();
    await third.waitFor({ state: 'visible' });
    const rows = await treeRowLabels(viewPane(page, 'Sources'));
    assert.ok(rows.some((row) => row.includes('harbour/second.txt')), rows.join(' | '));
    await third.click();
    await page.getByRole('tab', { name: /^third\.md/ }).waitFor({ state: 'visible' });
    await saveScreenshot(page, 'e2e', 'workspace-index sources view followed to third.md');
    await openWithQuickOpen(page, 'harbour/first.txt');
    const hover = await eventually('the "also in" line of the claim hover', async () => {
      const shown = await hoverText(page, 'harbour wall');
      const text = await shown.innerText();
      if (/Also in 2 other documents/.test(text)) return shown;
      await page.mouse.move(0, 0);
      return undefined;
    }, 60_000);
    assert.match(await hover.innerText(), /harbour\/second\.txt, line 1/);
    assert.ok(await activeEditor(page).isVisible());
    assert.deepStrictEqual(sourceLensErrors(session()), []);
  });
});
