// Reviewing in a real VS Code: mark a claim Verified from the Claims view, Disputed with a note from its hover card,
// attribute a claim to another speaker with a quick fix, watch the progress in the status bar, export the review
// report, list only the claims of low confidence, and find it all again after the window reloads.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../src/analysis';
import type { Analysis, Claim } from '../../src/analysis/types';
import { parseReview, serializeReview, type ReviewEntry } from '../../src/review';
import { saveScreenshot } from './harness/artifacts';
import { eventually, sourceLensErrors, useSession } from './harness/scenarios';
import type { Session } from './harness/session';
import {
  answerSaveDialog,
  chooseQuickPickRow,
  goToLine,
  hoverText,
  openFromExplorer,
  openViewContainer,
  quickInput,
  runFromPalette,
  runViewTitleAction,
  statusBarItem,
  textBox,
  viewPane,
  waitForWorkbench,
} from './harness/workbench';
import { seedFileName } from './harness/workspace';

describe('Source Lens review in a real VS Code (verdicts, notes, quick fixes, progress, export, reload)', function () {
  const current = useSession('review');
  let session: Session;
  let seedAnalysis: Analysis;
  let exportDir: string;

  before(() => {
    session = current();
    seedAnalysis = analyze(fs.readFileSync(session.workspace.file(seedFileName), 'utf8'), { document: seedFileName });
    exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-review-exports-'));
    fs.mkdirSync(path.join(exportDir, 'earlier exports'));
  });

  afterEach(async () => {
    if (await quickInput(session.page).isVisible()) await session.page.keyboard.press('Escape');
  });

  after(() => {
    if (exportDir) fs.rmSync(exportDir, { recursive: true, force: true });
  });

  function claimBy(speaker: string): Claim {
    const claim = seedAnalysis.claims.find((candidate) => candidate.speaker === speaker);
    assert.ok(claim, `a claim by ${speaker}`);
    return claim;
  }

  function progress(checked: number): RegExp {
    return new RegExp(`(?:^|\\s)${checked} of ${seedAnalysis.claims.length} claims checked`);
  }

  function reviewFile(): ReturnType<typeof parseReview> | undefined {
    const file = session.workspace.file(path.join('.sourcelens', 'reviews', `${seedFileName}.json`));
    return fs.existsSync(file) ? parseReview(fs.readFileSync(file, 'utf8')) : undefined;
  }

  async function openSeed(): Promise<void> {
    await openFromExplorer(session.page, seedFileName);
    await statusBarItem(session.page, /claims checked/).waitFor({ state: 'visible', timeout: 30_000 });
  }

  it('marks a claim Verified with the inline button of the Claims view, and the status bar counts it', async () => {
    const { page } = session;
    await openSeed();
    await statusBarItem(page, progress(0)).waitFor({ state: 'visible' });
    await openViewContainer(page, 'Source Lens');
    const row = viewPane(page, 'Claims').getByRole('treeitem').filter({ hasText: 'Dmitry Peskov:' }).first();
    await row.hover();
    await row.getByRole('button', { name: 'Mark Claim Verified' }).click();
    await statusBarItem(page, progress(1)).waitFor({ state: 'visible' });
    await eventually('the row described as Verified', async () => ((await row.getAttribute('aria-label'))?.includes('Verified') ? true : undefined));
    const read = await eventually('the review file', async () => reviewFile());
    assert.ok(read.ok && read.review.entries.some((entry) => entry.kind === 'verdict' && entry.verdict === 'verified'));
  });

  it('marks a claim Disputed with a note from its hover card', async () => {
    const { page } = session;
    const claim = claimBy('Yuri Ushakov');
    await page.keyboard.press('Escape');
    await goToLine(page, claim.line);
    const hover = await hoverText(page, claim.text.split(' ').slice(2, 5).join(' '));
    await hover.locator('a', { hasText: 'Disputed…' }).click();
    const input = quickInput(page).locator('input').first();
    await input.waitFor({ state: 'visible' });
    await input.fill('Only the Kremlin says so; no second source.');
    await page.keyboard.press('Enter');
    await statusBarItem(page, progress(2)).waitFor({ state: 'visible' });
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    const again = await hoverText(page, claim.text.split(' ').slice(2, 5).join(' '));
    await eventually('the verdict and note in the card', async () => ((await again.innerText()).includes('Disputed — Only the Kremlin says so') ? true : undefined));
    await saveScreenshot(page, 'e2e', 'review disputed note in the hover');
  });

  it('attributes a claim to another speaker with the Wrong Speaker… quick fix', async () => {
    const { page } = session;
    const claim = claimBy('Qin Gang');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await goToLine(page, claim.line);
    const box = await textBox(page, claim.text.split(' ').slice(1, 4).join(' '));
    assert.ok(box, 'the claim is drawn');
    await page.mouse.click(box.x + 4, box.y + box.height / 2);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row').filter({ hasText: 'Wrong Speaker…' }).first();
    await fix.waitFor({ state: 'visible' });
    await fix.click();
    await quickInput(page).locator('input').first().fill('Vladimir Putin');
    await chooseQuickPickRow(page, 'Vladimir Putin');
    await page.locator('.notification-toast').filter({ hasText: 'Attributed the claim to Vladimir Putin.' }).waitFor({ state: 'visible' });
    const claims = viewPane(page, 'Claims');
    const prefix = claim.text.slice(0, 20);
    await eventually('the claim listed under Vladimir Putin', async () => {
      const labels = await claims.getByRole('treeitem').evaluateAll((rows: Array<{ getAttribute(name: string): string | null }>) =>
        rows.map((row) => row.getAttribute('aria-label') ?? ''),
      );
      // The row reads "Speaker cue: text, line N" to a screen reader.
      return labels.some((label) => label.startsWith('Vladimir Putin ') && label.includes(`: ${prefix}`)) ? true : undefined;
    });
    await saveScreenshot(page, 'e2e', 'review wrong speaker quick fix');
  });

  it('exports the review report as Markdown from the command palette', async () => {
    const { page } = session;
    await page.keyboard.press('Escape');
    await runFromPalette(page, 'Source Lens: Export Review…');
    await chooseQuickPickRow(page, 'Markdown');
    const target = path.join(exportDir, 'seed-review.md');
    await answerSaveDialog(page, target);
    await page.locator('.notification-toast').filter({ hasText: 'Exported the review as Markdown.' }).waitFor({ state: 'visible' });
    const report = fs.readFileSync(target, 'utf8');
    assert.match(report, new RegExp(`Progress: 2 of ${seedAnalysis.claims.length} claims checked`));
    assert.match(report, /\*\*Disputed\*\*/);
    assert.match(report, /note: Only the Kremlin says so; no second source\./);
    assert.match(report, /corrected by the reviewer: speaker/);
  });

  it('lists only the claims of low confidence from the Claims view title bar, marked in the editor too', async () => {
    const { page } = session;
    await page.keyboard.press('Escape');
    await openViewContainer(page, 'Source Lens');
    await runViewTitleAction(page, 'Claims', 'Show Only Claims of Low Confidence');
    const rows = viewPane(page, 'Claims').getByRole('treeitem');
    const labels = await eventually('only claims of low confidence listed', async () => {
      const shown = await rows.evaluateAll((items: Array<{ getAttribute(name: string): string | null }>) =>
        items.map((item) => item.getAttribute('aria-label') ?? ''),
      );
      return shown.length > 0 && shown.length < seedAnalysis.claims.length && shown.every((label) => label.includes('low confidence')) ? shown : undefined;
    });
    assert.ok(labels.length > 0);
    await goToLine(page, claimBy('Yuri Ushakov').line);
    await saveScreenshot(page, 'e2e', 'review low confidence only');
  });

  it('finds the verdicts, the note and the correction again after the window reloads', async () => {
    const { page } = session;
    await page.reload();
    await waitForWorkbench(page);
    await openSeed();
    await statusBarItem(page, progress(2)).waitFor({ state: 'visible', timeout: 30_000 });
    await openViewContainer(page, 'Source Lens');
    const claims = viewPane(page, 'Claims');
    // The Claims view still lists only the claims of low confidence (the choice survives the reload), and all of them
    // still say so; its title bar offers to show every claim again.
    const labelsOf = (): Promise<string[]> =>
      claims.getByRole('treeitem').evaluateAll((rows: Array<{ getAttribute(name: string): string | null }>) =>
        rows.map((row) => row.getAttribute('aria-label') ?? ''),
      );
    await eventually('only the claims of low confidence after the reload', async () => {
      const labels = await labelsOf();
      return labels.length > 0 && labels.every((label) => label.includes('low confidence')) ? true : undefined;
    });
    const disputed = claimBy('Yuri Ushakov');
    await goToLine(page, disputed.line);
    const hover = await hoverText(page, disputed.text.split(' ').slice(2, 5).join(' '));
    await eventually('the note after the reload', async () => ((await hover.innerText()).includes('Disputed — Only the Kremlin says so') ? true : undefined));
    await saveScreenshot(page, 'e2e', 'review after reload');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await runViewTitleAction(page, 'Claims', 'Show All Claims');
    const prefix = claimBy('Qin Gang').text.slice(0, 20);
    await eventually('the corrected speaker after the reload', async () => {
      // The row reads "Speaker cue: text, line N" to a screen reader.
      const labels = await labelsOf();
      return labels.some((label) => label.startsWith('Vladimir Putin ') && label.includes(`: ${prefix}`)) ? true : undefined;
    });
  });

  it('counts an orphan in the status bar and lists it with its last known text, to remove it', async () => {
    const { page } = session;
    const file = session.workspace.file(path.join('.sourcelens', 'reviews', `${seedFileName}.json`));
    const read = parseReview(fs.readFileSync(file, 'utf8'));
    assert.ok(read.ok);
    const gone = 'A sentence the document no longer has, checked last week.';
    const orphan: ReviewEntry = {
      id: 'orphaned',
      kind: 'verdict',
      verdict: 'verified',
      target: { quote: { exact: gone, prefix: '', suffix: '' }, position: { start: 10, end: 10 + gone.length } },
      updated: '2026-01-01T00:00:00.000Z',
    };
    // Another window (or a teammate's commit) wrote it: the review merges it, and finds no text for it.
    fs.writeFileSync(file, serializeReview({ ...read.review, entries: [...read.review.entries, orphan] }));
    const item = statusBarItem(page, /1 orphan/);
    await item.waitFor({ state: 'visible', timeout: 20_000 });
    await item.click();
    await quickInput(page).getByText(/last known text: “A sentence the document no longer has/).waitFor({ state: 'visible' });
    await saveScreenshot(page, 'e2e', 'review orphans list');
    await chooseQuickPickRow(page, /Verified/);
    await chooseQuickPickRow(page, /Remove This Verdict/);
    await item.waitFor({ state: 'hidden' });
    await eventually('the orphan removed from the file', async () => {
      const after = parseReview(fs.readFileSync(file, 'utf8'));
      return after.ok && !after.review.entries.some((entry) => entry.id === 'orphaned') ? true : undefined;
    });
  });

  it('logs no error from Source Lens in the extension host', () => {
    assert.deepStrictEqual(sourceLensErrors(session), []);
  });
});
