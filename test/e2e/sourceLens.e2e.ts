// Source Lens used as a reader would, in a real VS Code (code-server) driven through Chromium; every scenario leaves a screenshot.
import * as assert from 'assert';
import * as fs from 'fs';
import { analyze } from '../../src/analysis';
import type { Analysis } from '../../src/analysis/types';
import { saveReadmeScreenshot, saveScreenshot } from './harness/artifacts';
import { decorationColoursAt, highlightColours, renderedDecorations } from './harness/decorations';
import { eventually, sourceLensErrors, useSession } from './harness/scenarios';
import type { Session } from './harness/session';
import {
  activeEditor,
  cursorPosition,
  expandView,
  goToLine,
  hoverText,
  openFromExplorer,
  openViewContainer,
  quickInput,
  runFromPalette,
  showExplorer,
  treeRowLabels,
  viewPane,
  waitForCursorLine,
} from './harness/workbench';
import { seedFileName } from './harness/workspace';

const kindColours = highlightColours;

describe('Source Lens in a real VS Code (code-server + Chromium)', function () {
  const current = useSession('sample');
  let session: Session;
  /** What the engine finds in the seed: the ground truth the UI must show. */
  let seedAnalysis: Analysis;

  before(() => {
    session = current();
    seedAnalysis = analyze(fs.readFileSync(session.workspace.file(seedFileName), 'utf8'));
  });

  it('opens the sample and highlights people, organizations, places, dates, claims and speaker cues', async () => {
    const { page } = session;
    await openFromExplorer(page, seedFileName);
    await eventually('highlights of every kind in the editor', async () => {
      const counts = await renderedDecorations(page);
      return Object.values(kindColours).every((colour) => (counts[colour] ?? 0) > 0) ? counts : undefined;
    });
    // Each kind on a text of that kind, not just somewhere.
    const expectations: Array<[string, string]> = [
      ['Xi Jinping', kindColours.person],
      ['NATO', kindColours.organization],
      ['Ukraine', kindColours.place],
      ['Monday', kindColours.date],
      ['said', kindColours.speakerCue],
      ['one-on-one meeting', kindColours.claim],
    ];
    for (const [text, colour] of expectations) {
      const colours = await decorationColoursAt(page, text);
      assert.ok(colours?.includes(colour), `"${text}" should carry ${colour}; found ${JSON.stringify(colours)}`);
    }
  });

  it('shows actor and claim counts in the status bar', async () => {
    const { page } = session;
    const expected = new RegExp(`${seedAnalysis.actors.length} actors · ${seedAnalysis.claims.length} claims`);
    const item = page.locator('.statusbar-item').filter({ hasText: expected });
    await item.waitFor({ state: 'visible' });
  });

  it('lists the actors in the Source Lens view, grouped by kind with counts', async () => {
    const { page } = session;
    await openViewContainer(page, 'Source Lens');
    const actors = viewPane(page, 'Actors');
    await actors.getByRole('treeitem', { name: /^People/ }).waitFor({ state: 'visible' });
    const people = actors.getByRole('treeitem', { name: /^People/ });
    if ((await people.getAttribute('aria-expanded')) !== 'true') await people.click();
    const peskov = actors.getByRole('treeitem', { name: /Dmitry Peskov/ });
    await peskov.waitFor({ state: 'visible' });
    assert.match(await peskov.innerText(), /\d+ mentions? · \d+ claims?/);
    const labels = await treeRowLabels(actors);
    for (const group of ['People', 'Organizations', 'Places']) {
      assert.ok(labels.some((label) => label.startsWith(group)), `group ${group} in: ${labels.join(' | ')}`);
    }
    // Expanded, an actor shows its claims and mentions (a click on the label reveals it in the editor instead).
    await peskov.locator('.monaco-tl-twistie').click();
    await actors.getByRole('treeitem', { name: /one-on-one meeting/ }).first().waitFor({ state: 'visible' });
    const sideBar = await page.locator('.part.sidebar').boundingBox();
    if (sideBar) await saveReadmeScreenshot(page, 'views', sideBar);
  });

  it('moves the cursor to a claim when it is clicked in the Claims view', async () => {
    const { page } = session;
    const claims = await expandView(page, 'Claims');
    const peskovClaim = seedAnalysis.claims.find((claim) => claim.speaker === 'Dmitry Peskov');
    assert.ok(peskovClaim, 'the engine attributes a claim to Dmitry Peskov');
    const row = claims.getByRole('treeitem').filter({ hasText: peskovClaim.text.slice(0, 30) }).first();
    await row.waitFor({ state: 'visible' });
    await row.click();
    await waitForCursorLine(page, peskovClaim.line);
  });

  it('shows speaker and cue when hovering a claim, and its line link moves the cursor', async () => {
    const { page } = session;
    const claim = seedAnalysis.claims.find((candidate) => candidate.speaker === 'Yuri Ushakov' && candidate.kind === 'direct');
    assert.ok(claim, 'the engine finds Ushakov\'s direct quote');
    await goToLine(page, claim.line - 2);
    // Words of the quotation that name no one, so the card is the claim's alone.
    const hover = await hoverText(page, 'exchange their assessments');
    const text = await hover.innerText();
    assert.match(text, /Yuri Ushakov/);
    assert.match(text, new RegExp(`\\b${claim.cue}\\b`));
    const lineLink = hover.getByRole('link', { name: new RegExp(`line ${claim.line}\\b`, 'i') }).or(hover.locator('a', { hasText: new RegExp(`line ${claim.line}\\b`, 'i') })).first();
    await lineLink.waitFor({ state: 'visible' });
    await saveScreenshot(page, 'e2e', 'sample hover card on a claim');
    await saveReadmeScreenshot(page, 'overview');
    const card = await hover.boundingBox();
    if (card) {
      const margin = 12;
      const viewport = page.viewportSize() ?? { width: 1440, height: 900 };
      const x = Math.max(0, card.x - margin);
      const y = Math.max(0, card.y - margin);
      await saveReadmeScreenshot(page, 'hover', { x, y, width: Math.min(viewport.width - x, card.width + 2 * margin), height: Math.min(viewport.height - y, card.height + 2 * margin) });
    }
    await lineLink.click();
    await waitForCursorLine(page, claim.line);
  });

  it('shows the actor card when hovering a name', async () => {
    const { page } = session;
    await page.keyboard.press('Escape');
    await goToLine(page, 9);
    const hover = await hoverText(page, 'Dmitry Peskov');
    const text = await hover.innerText();
    assert.match(text, /Dmitry Peskov/);
    assert.match(text, /person/i);
    assert.match(text, /mention/i);
  });

  it('runs "Next Claim" from the command palette (F1)', async () => {
    const { page } = session;
    await page.keyboard.press('Escape');
    await goToLine(page, 1);
    await runFromPalette(page, 'Source Lens: Next Claim');
    const first = seedAnalysis.claims[0];
    assert.ok(first);
    await waitForCursorLine(page, first.line);
    const next = seedAnalysis.claims.find((claim) => claim.line > first.line);
    assert.ok(next);
    await runFromPalette(page, 'Source Lens: Next Claim');
    const position = await cursorPosition(page);
    assert.ok(position.line === first.line || position.line === next.line, `Next Claim went to line ${position.line}`);
  });

  it('lists actors and their claims in the Outline', async () => {
    const { page } = session;
    await showExplorer(page);
    const outline = await expandView(page, 'Outline');
    const firstActors = [...seedAnalysis.actors].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0)).slice(0, 3).map((actor) => actor.name);
    await outline.getByRole('treeitem', { name: new RegExp(`^${firstActors[0] ?? 'none'}`) }).waitFor({ state: 'visible' });
    const labels = await treeRowLabels(outline);
    for (const name of firstActors) assert.ok(labels.some((label) => label.startsWith(name)), `${name} in the Outline: ${labels.join(' | ')}`);
    assert.ok(labels.some((label) => /\(string\)$|claim/i.test(label)), `claims under actors in the Outline: ${labels.join(' | ')}`);
  });

  it('highlights a name typed into the document', async () => {
    const { page } = session;
    await activeEditor(page).click({ position: { x: 300, y: 40 } });
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\nChancellor Angela Merkel said the summit in Berlin had been useful.', { delay: 5 });
    const colours = await eventually('"Angela Merkel" to be highlighted as a person', async () => {
      const found = await decorationColoursAt(page, 'Angela Merkel');
      return found?.includes(kindColours.person) ? found : undefined;
    });
    assert.ok(colours.includes(kindColours.person));
    await eventually('the cue "said" of the new sentence to be styled', async () => {
      const found = await decorationColoursAt(page, 'Merkel said');
      return found?.includes(kindColours.speakerCue) ? found : undefined;
    });
  });

  it('removes a kind of highlight when it is switched off with "Toggle Highlights"', async () => {
    const { page } = session;
    await goToLine(page, 1);
    const before = await renderedDecorations(page);
    assert.ok((before[kindColours.person] ?? 0) > 0);
    await runFromPalette(page, 'Source Lens: Toggle Highlights');
    const people = quickInput(page).locator('.monaco-list-row').filter({ hasText: /^People/ }).first();
    await people.waitFor({ state: 'visible' });
    // In a multi-select quick pick, clicking a row toggles its check box.
    await people.click();
    // One kind fewer than the items, whatever their number (the low-confidence mark is one of them).
    const items = await quickInput(page).locator('.monaco-list-row').count();
    await quickInput(page).getByText(`${items - 1} Selected`).waitFor({ state: 'visible' });
    await quickInput(page).getByRole('button', { name: 'OK' }).click();
    const after = await eventually('person highlights to disappear', async () => {
      const current = await renderedDecorations(page);
      return (current[kindColours.person] ?? 0) === 0 ? current : undefined;
    });
    assert.ok((after[kindColours.claim] ?? 0) > 0, 'claims stay highlighted');
    assert.ok((after[kindColours.place] ?? 0) > 0, 'places stay highlighted');
  });

  it('logs no error from Source Lens in the extension host', () => {
    assert.deepStrictEqual(sourceLensErrors(session), []);
  });
});
