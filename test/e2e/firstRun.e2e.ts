// A first-time user in a real VS Code (code-server + Chromium): the walkthrough, the sample article it opens, the views'
// offer of the same sample, and highlights that stay distinct without colour.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/analysis';
import type { Analysis } from '../../src/analysis/types';
import { saveScreenshot } from './harness/artifacts';
import { highlightColours, renderedDecorations, renderedFontAt, renderedUnderlines } from './harness/decorations';
import { repoRoot } from './harness/provision';
import { eventually, sourceLensErrors, useSession } from './harness/scenarios';
import type { Session } from './harness/session';
import { seedFileName } from './harness/workspace';
import {
  activeEditor,
  chooseQuickPickRow,
  escapeRegExp,
  openFromExplorer,
  openViewContainer,
  runFromPalette,
  runNotificationAction,
  statusBarItem,
  textBox,
  viewPane,
} from './harness/workbench';

const sampleName = 'xi-jinping-visits-russia.txt';

describe('Source Lens for a first-time user (code-server + Chromium)', function () {
  const current = useSession('first-run');
  let session: Session;
  /** What the engine finds in the shipped sample: the ground truth the UI must show. */
  let sampleAnalysis: Analysis;

  before(() => {
    session = current();
    sampleAnalysis = analyze(fs.readFileSync(path.join(repoRoot, 'samples', sampleName), 'utf8'));
  });

  const walkthrough = (): ReturnType<Session['page']['locator']> => session.page.locator('.gettingStartedContainer');
  const sampleTab = (): ReturnType<Session['page']['locator']> => session.page.getByRole('tab', { name: new RegExp(`^${escapeRegExp(sampleName)}`) });

  it('offers a walkthrough of five steps, each with its action', async () => {
    const { page } = session;
    await runFromPalette(page, 'Welcome: Open Walkthrough...');
    await chooseQuickPickRow(page, /Get Started with Source Lens/);
    await walkthrough().getByText('Get Started with Source Lens').first().waitFor({ state: 'visible' });
    for (const step of ['Open the sample article', 'See who is in it', 'Hover a claim', 'Export what it found', 'Correct a name']) {
      await walkthrough().getByRole('button', { name: new RegExp(escapeRegExp(step)) }).first().waitFor({ state: 'visible' });
    }
  });

  it('opens the sample article from the walkthrough, beside it, highlighted', async () => {
    const { page } = session;
    await walkthrough().getByRole('button', { name: /Open the sample article/ }).first().click();
    await walkthrough().getByRole('button', { name: 'Open Sample Article' }).click();
    await sampleTab().waitFor({ state: 'visible' });
    // The walkthrough stays open in its own group, with the sample beside it.
    assert.ok((await page.locator('.editor-group-container').count()) >= 2, 'the sample opens beside the walkthrough');
    await walkthrough().waitFor({ state: 'visible' });
    await eventually('highlights of every kind in the sample', async () => {
      const counts = await renderedDecorations(page);
      return Object.values(highlightColours).every((colour) => (counts[colour] ?? 0) > 0) ? counts : undefined;
    });
    const status = new RegExp(`${sampleAnalysis.actors.length} actors · ${sampleAnalysis.claims.length} claims`);
    await page.locator('.statusbar-item').filter({ hasText: status }).waitFor({ state: 'visible' });
  });

  it('shows the actors of the sample from the walkthrough, each row labelled for a screen reader', async () => {
    const { page } = session;
    await walkthrough().getByRole('button', { name: /See who is in it/ }).first().click();
    await walkthrough().getByRole('button', { name: 'Show the Actors' }).click();
    const actors = viewPane(page, 'Actors');
    const peskov = sampleAnalysis.actors.find((actor) => actor.name === 'Dmitry Peskov');
    assert.ok(peskov, 'the engine finds Dmitry Peskov in the sample');
    // With the walkthrough focused, the views keep showing the sample beside it.
    const row = actors.getByRole('treeitem', { name: /^Dmitry Peskov, person, / });
    await row.waitFor({ state: 'visible' });
    const mentions = `${peskov.mentions.length} mention${peskov.mentions.length === 1 ? '' : 's'}`;
    const claims = `${peskov.claimIds.length} claim${peskov.claimIds.length === 1 ? '' : 's'}`;
    assert.strictEqual(await row.getAttribute('aria-label'), `Dmitry Peskov, person, ${mentions}, ${claims}`);
    const group = actors.getByRole('treeitem', { name: /^People, \d+ actors$/ });
    await group.waitFor({ state: 'visible' });
  });

  it('goes to the first claim from the walkthrough, in the sample beside it', async () => {
    const { page } = session;
    await walkthrough().getByRole('button', { name: /Hover a claim/ }).first().click();
    await walkthrough().getByRole('button', { name: 'Go to the Next Claim' }).click();
    const first = sampleAnalysis.claims[0];
    assert.ok(first);
    // The walkthrough keeps the focus for its next step; the sample beside it shows the claim's line as the current one.
    const sampleGroup = page.locator('.editor-group-container').filter({ has: sampleTab() });
    await sampleGroup.locator('.line-numbers.active-line-number').filter({ hasText: new RegExp(`^${first.line}$`) }).waitFor({ state: 'visible' });
  });

  it('keeps the shipped sample read-only: typing changes nothing', async () => {
    const { page } = session;
    await sampleTab().click();
    await activeEditor(page).click({ position: { x: 200, y: 20 } });
    const before = await activeEditor(page).locator('.view-lines').innerText();
    await page.keyboard.type('zzz');
    await page.getByText(/Cannot edit in read-only editor/).first().waitFor({ state: 'visible' });
    assert.strictEqual(await activeEditor(page).locator('.view-lines').innerText(), before);
    assert.ok(!(await sampleTab().getAttribute('class'))?.includes('dirty'), 'the sample is not modified');
  });

  it('tells every highlight kind apart without colour: its own underline, italics or weight (greyscale screenshot)', async () => {
    const { page } = session;
    await sampleTab().click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Home');
    const underlines = await eventually('underlines of people, organizations, places and dates', async () => {
      const found = await renderedUnderlines(page);
      const kinds = [highlightColours.person, highlightColours.organization, highlightColours.place, highlightColours.date];
      return kinds.every((kind) => (found[kind] ?? []).length > 0) ? found : undefined;
    });
    assert.deepStrictEqual(underlines[highlightColours.person], ['solid']);
    assert.deepStrictEqual(underlines[highlightColours.organization], ['double']);
    assert.deepStrictEqual(underlines[highlightColours.place], ['dashed']);
    assert.deepStrictEqual(underlines[highlightColours.date], ['dotted']);
    const claim = sampleAnalysis.claims.find((candidate) => candidate.speaker === 'Dmitry Peskov');
    assert.ok(claim);
    const claimWords = 'one-on-one';
    assert.ok(claim.text.includes(claimWords), `the claim reads: ${claim.text}`);
    assert.strictEqual((await renderedFontAt(page, claimWords))?.fontStyle, 'italic', 'claims are in italics');
    assert.ok(Number((await renderedFontAt(page, 'said'))?.fontWeight) >= 600, 'speaker cues are bold');
    // The editor as a reader who sees no colour does: the screenshot is the evidence the shapes tell the kinds apart.
    const filter = await page.addStyleTag({ content: 'html { filter: grayscale(100%) !important; }' });
    try {
      await saveScreenshot(page, 'e2e', 'first-run highlights in greyscale');
      const box = await textBox(page, 'Kremlin spokesman');
      const editorBox = await activeEditor(page).boundingBox();
      if (box && editorBox) {
        const top = Math.max(editorBox.y, box.y - 220);
        await page.screenshot({
          path: path.join(repoRoot, 'test-results', 'e2e', 'first-run-highlights-in-greyscale-close-up.png'),
          clip: { x: editorBox.x, y: top, width: Math.min(900, editorBox.width), height: Math.min(360, editorBox.y + editorBox.height - top) },
        });
      }
    } finally {
      await filter.evaluate((element) => (element as unknown as { remove(): void }).remove());
    }
  });

  it('switches Source Lens off in this workspace from the status bar item\'s menu, and Undo switches it back on', async () => {
    const { page } = session;
    // A document of the workspace: the shipped sample is analysed wherever it is opened.
    await openFromExplorer(page, seedFileName);
    await eventually('the seed to be highlighted', async () => ((await renderedDecorations(page))[highlightColours.person] ?? 0) > 0 || undefined);
    await statusBarItem(page, /\d+ actors · \d+ claims/).click();
    await chooseQuickPickRow(page, /Disable in This Workspace/);
    await eventually('the highlights to be cleared', async () => {
      const counts = await renderedDecorations(page);
      return Object.values(highlightColours).every((colour) => (counts[colour] ?? 0) === 0) ? counts : undefined;
    });
    await openViewContainer(page, 'Source Lens');
    await viewPane(page, 'Actors').getByRole('button', { name: 'Enable in This Workspace' }).waitFor({ state: 'visible' });
    await saveScreenshot(page, 'e2e', 'first-run disabled in this workspace');
    await runNotificationAction(page, /disabled in this workspace/, 'Undo');
    await eventually('the highlights to come back', async () => {
      const counts = await renderedDecorations(page);
      return (counts[highlightColours.person] ?? 0) > 0 ? counts : undefined;
    });
  });

  it('offers the sample in the views when no document is open', async () => {
    const { page } = session;
    await runFromPalette(page, 'View: Close All Editors');
    await openViewContainer(page, 'Source Lens');
    const button = viewPane(page, 'Actors').getByRole('button', { name: 'Open Sample Article' });
    await button.waitFor({ state: 'visible' });
    await saveScreenshot(page, 'e2e', 'first-run views offer the sample');
    await button.click();
    await sampleTab().waitFor({ state: 'visible' });
    await viewPane(page, 'Actors').getByRole('treeitem', { name: /^Dmitry Peskov, person, / }).waitFor({ state: 'visible' });
  });

  it('logs no error from Source Lens in the extension host', () => {
    assert.deepStrictEqual(sourceLensErrors(session), []);
  });
});
