// A 10 MB document in the real editor: highlights arrive, typing stays fluid, any part of it is highlighted when reached.
import * as assert from 'assert';
import { decorationColoursAt, highlightColours, renderedDecorations, waitForExtensionDecoration } from './harness/decorations';
import { largeDocument } from './harness/largeDocument';
import { eventually, sourceLensErrors, sourceLensLog, useSession } from './harness/scenarios';
import type { Session } from './harness/session';
import { activeEditor, goToLine, openFromExplorer, statusBarItem, waitForRenderedText } from './harness/workbench';

const largeFileName = 'large-10mb.txt';
const largeText = largeDocument(10 * 1024 * 1024);
const largeLineCount = largeText.split('\n').length;

describe('Source Lens on a 10 MB document', function () {
  const current = useSession('large', { extraFiles: { [largeFileName]: largeText } });
  let session: Session;

  before(() => {
    session = current();
  });

  it('opens a 10 MB document and highlights what is in view', async () => {
    const { page } = session;
    const opened = Date.now();
    // VS Code in the browser asks before opening files over 10 MB; the reader says yes.
    await openFromExplorer(page, largeFileName, { openAnyway: true });
    const shown = Date.now();
    // Watched at every frame by the page itself: the time to first highlights is the figure this scenario reports.
    await waitForExtensionDecoration(page, 90_000);
    const highlighted = Date.now();
    await eventually('people highlighted in the 10 MB document', async () => (((await renderedDecorations(page))[highlightColours.person] ?? 0) > 0 ? true : undefined), 90_000);
    console.log(`      text shown ${shown - opened} ms after opening (VS Code's own loading), first highlights ${highlighted - shown} ms after that`);
    await statusBarItem(page, /\d+ actors · \d+ claims/).waitFor({ state: 'visible', timeout: 90_000 });
    console.log(`      the whole analysis in the status bar ${Date.now() - shown} ms after the text was shown`);
    const log = sourceLensLog(session).filter((line) => line.includes(largeFileName));
    for (const line of log) console.log(`      log: ${line}`);
    // From the moment the extension host has the text (VS Code hands 10 MB over seconds after showing it), the lines
    // in view are analysed on their own and painted while the whole document is analysed.
    const previewed = log.map((line) => /Previewed .* analysed in (\d+) ms/.exec(line)).find((match) => match !== null);
    assert.ok(previewed, 'the lines in view were previewed ahead of the whole document');
    // The goal is 2 s; on this shared 2-core machine the preview, including the worker's cold start, has taken
    // 0.3–1.8 s. The bound leaves room for a busier machine and still catches a preview that waits for the whole.
    assert.ok(Number(previewed[1]) < 3000, `the lines in view took ${previewed[1]} ms to analyse`);
    const previewLine = log.find((line) => line.includes('Previewed')) ?? '';
    const previewedAt = Date.parse(previewLine.slice(0, 23).replace(' ', 'T'));
    if (Number.isFinite(previewedAt)) {
      console.log(`      the extension host had the text ${previewedAt - Number(previewed[1]) - shown} ms after it was shown; its highlights reached the screen ${highlighted - previewedAt} ms after they were painted`);
    }
  });

  it('echoes typing at once while the document is re-analysed', async () => {
    const { page } = session;
    await activeEditor(page).click({ position: { x: 300, y: 60 } });
    await page.keyboard.press('Control+End');
    const typed = 'Mayor Anna Berg said the ferry would sail again on Friday.';
    const latencies: number[] = [];
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    // One key at a time: the character must be on screen before the next is typed, as a reader would see it. The
    // page itself watches for it at every frame, so the figure is the echo, not a polling interval.
    for (let index = 0; index < typed.length; index++) {
      const started = Date.now();
      await page.keyboard.type(typed.charAt(index));
      await waitForRenderedText(page, typed.slice(Math.max(0, index - 11), index + 1), 10_000);
      latencies.push(Date.now() - started);
    }
    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.floor(latencies.length * 0.95)] ?? 0;
    console.log(`      keystroke echo p50 ${latencies[Math.floor(latencies.length / 2)] ?? 0} ms, p95 ${p95} ms, max ${latencies[latencies.length - 1] ?? 0} ms`);
    assert.ok(p95 < 1000, `typing lags: p95 ${p95} ms`);
    await eventually(
      'the typed name to be highlighted',
      async () => ((await decorationColoursAt(page, 'Anna Berg'))?.includes(highlightColours.person) ? true : undefined),
      60_000,
    );
  });

  it('highlights the middle of the document when the reader jumps there', async () => {
    const { page } = session;
    await goToLine(page, Math.floor(largeLineCount / 2));
    await eventually(
      'highlights in the middle of the document',
      async () => {
        const counts = await renderedDecorations(page);
        return (counts[highlightColours.person] ?? 0) > 0 && (counts[highlightColours.place] ?? 0) > 0 ? true : undefined;
      },
      30_000,
    );
  });

  it('logs no error from Source Lens in the extension host', () => {
    assert.deepStrictEqual(sourceLensErrors(session), []);
  });
});
