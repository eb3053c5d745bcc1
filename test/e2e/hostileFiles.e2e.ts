// Hostile text and bad files opened in the real editor: each is analysed or skipped with one clear message, nothing in them acts.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Locator } from 'playwright-core';
import { analyze } from '../../src/analysis';
import { HOVER_COMMANDS } from '../../src/commands/ids';
import { generateBadFiles } from '../hostile/generateBadFiles';
import { highlightColours, renderedDecorations } from './harness/decorations';
import { repoRoot } from './harness/provision';
import { eventually, sourceLensErrors, useSession } from './harness/scenarios';
import type { Session } from './harness/session';
import { activeEditor, goToLine, hoverText, openWithQuickOpen, quickInput, runFromPalette, statusBarItem } from './harness/workbench';

const hostileDir = path.join(repoRoot, 'test', 'hostile');
/** Commands a hover card may link to; anything else in a link came from the document. */
// The commands a hover card's links may run: the reveal, the corrections and the review commands, nothing else.
const allowedCommands: string[] = [...HOVER_COMMANDS];
const sizeLimitMB = 1;

/** The hostile corpus under `hostile/` and `bad/`, plus the generated bad files too large to commit. */
function hostileWorkspaceFiles(): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const [source, target] of [
    ['text', 'hostile'],
    ['bad', 'bad'],
  ] as const) {
    for (const name of fs.readdirSync(path.join(hostileDir, source))) files[`${target}/${name}`] = fs.readFileSync(path.join(hostileDir, source, name));
  }
  const generatedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-bad-'));
  try {
    const generated = generateBadFiles(generatedDir, sizeLimitMB * 1024 * 1024);
    files['bad/over-limit.txt'] = fs.readFileSync(generated.overLimit);
    files['bad/one-5mb-line.txt'] = fs.readFileSync(generated.oneHugeLine);
  } finally {
    fs.rmSync(generatedDir, { recursive: true, force: true });
  }
  return files;
}

/** What in a rendered hover card could act: links to anything but the allowed commands, and active elements. */
async function activeContent(hover: Locator): Promise<string[]> {
  return hover.evaluate(
    (root: { querySelectorAll(selector: string): ArrayLike<{ tagName: string; getAttribute(name: string): string | null }> }, allowed: string[]) => {
      const found: string[] = [];
      for (const element of Array.from(root.querySelectorAll('script, iframe, img, style, object, embed, form'))) {
        // Codicons are spans; an <img> can only come from Markdown images in document text.
        found.push(`<${element.tagName.toLowerCase()}>`);
      }
      for (const link of Array.from(root.querySelectorAll('a'))) {
        const target = link.getAttribute('data-href') ?? link.getAttribute('href') ?? '';
        if (!target || target === '#') continue;
        const command = /^command:([\w.]+)/.exec(target)?.[1];
        if (!command || !allowed.includes(command)) found.push(`link to ${target}`);
      }
      return found;
    },
    allowedCommands,
  );
}

describe('Source Lens on hostile text and bad files', function () {
  const current = useSession('hostile', {
    extraFiles: hostileWorkspaceFiles(),
    // A low limit makes the size refusal cheap to provoke; the 5 MB line stays cheap to render with wrapping off;
    // VS Code's own link detection is off so that every link in a hover card is Source Lens's.
    settings: { 'sourcelens.maxFileSizeMB': sizeLimitMB, 'editor.wordWrap': 'off', 'editor.links': false },
  });
  let session: Session;
  const dialogs: string[] = [];

  before(() => {
    session = current();
    session.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  for (const file of ['markdown-links.txt', 'html-script.txt']) {
    it(`keeps links, HTML and scripts in ${file} inert in hover cards`, async () => {
      const { page } = session;
      await openWithQuickOpen(page, `hostile/${file}`);
      const analysis = analyze(fs.readFileSync(path.join(hostileDir, 'text', file), 'utf8'));
      const claim = analysis.claims[0];
      const actor = analysis.actors[0];
      assert.ok(claim && actor, `the engine finds a claim and an actor in ${file}`);
      await statusBarItem(page, /\d+ actors? · \d+ claims?/).waitFor({ state: 'visible' });
      for (const [line, needle] of [
        [claim.line, claim.text.slice(0, 12)],
        [actor.mentions[0]?.line ?? 1, actor.mentions[0]?.text ?? actor.name],
      ] as const) {
        await page.keyboard.press('Escape');
        await goToLine(page, line);
        const hover = await hoverText(page, needle);
        assert.deepStrictEqual(await activeContent(hover), [], `active content in the hover over "${needle}"`);
      }
      assert.deepStrictEqual(dialogs, [], 'no script ran');
    });
  }

  it('says a binary file is not text when a reader forces it open as plain text', async () => {
    const { page } = session;
    await page.keyboard.press('Escape');
    // VS Code refuses binary content first; a reader who insists opens it anyway.
    await openWithQuickOpen(page, 'bad/binary-nul.txt', { openAnyway: true });
    const languageMode = page.locator('[id="status.editor.mode"]');
    if (!/Plain Text/.test(await languageMode.innerText())) {
      await languageMode.click();
      const input = quickInput(page).locator('input').first();
      await input.fill('Plain Text');
      await quickInput(page).locator('.monaco-list-row').filter({ hasText: /^Plain Text/ }).first().click();
    }
    await statusBarItem(page, /Source Lens: not text/).waitFor({ state: 'visible' });
  });

  it('skips a file over the size limit and analyses it on "Analyze Anyway"', async () => {
    const { page } = session;
    await openWithQuickOpen(page, 'bad/over-limit.txt');
    await statusBarItem(page, /Source Lens: too large/).waitFor({ state: 'visible' });
    await runFromPalette(page, 'Source Lens: Analyze Anyway');
    await statusBarItem(page, /\d+ actors? · \d+ claims?/).waitFor({ state: 'visible', timeout: 60_000 });
    await eventually('highlights after "Analyze Anyway"', async () => (((await renderedDecorations(page))[highlightColours.person] ?? 0) > 0 ? true : undefined), 60_000);
  });

  it('opens an empty file without a complaint', async () => {
    const { page } = session;
    await openWithQuickOpen(page, 'bad/empty.txt');
    await statusBarItem(page, /0 actors · 0 claims/).waitFor({ state: 'visible' });
  });

  it('keeps the editor responsive on a 5 MB single line', async () => {
    const { page } = session;
    await openWithQuickOpen(page, 'bad/one-5mb-line.txt');
    await statusBarItem(page, /Source Lens: too large/).waitFor({ state: 'visible' });
    await runFromPalette(page, 'Source Lens: Analyze Anyway');
    // While the line is analysed, the workbench must still answer: the palette opens and closes promptly.
    const started = Date.now();
    await runFromPalette(page, 'Source Lens: Show Log');
    await page.locator('.panel .view-lines').filter({ hasText: /one-5mb-line\.txt/ }).first().waitFor({ state: 'visible' });
    const answeredMs = Date.now() - started;
    assert.ok(answeredMs < 10_000, `the workbench took ${answeredMs} ms to run a command during the analysis`);
    // Back to the document: the status bar follows the active editor, and the log is one.
    await activeEditor(page).click({ position: { x: 300, y: 10 } });
    await statusBarItem(page, /\d+ actors? · \d+ claims?/).waitFor({ state: 'visible', timeout: 120_000 });
  });

  it('shows no notification storm and logs no error from Source Lens', async () => {
    const { page } = session;
    const toasts = await page.locator('.notifications-toasts .notification-toast').filter({ hasText: /Source Lens/ }).count();
    assert.ok(toasts <= 1, `${toasts} Source Lens notifications are showing`);
    assert.deepStrictEqual(sourceLensErrors(session), []);
  });
});
