// Steps a reader takes in the VS Code workbench, expressed with stable handles: ARIA roles and labels, status bar ids, theme colour ids.
import * as fs from 'fs';
import * as path from 'path';
import type { Locator, Page } from 'playwright-core';
import { SHOW_TEXT, type PageElement, type PageGlobals, type PageText } from './pageDom';

export interface CursorPosition {
  line: number;
  column: number;
}

/** A rectangle on the page, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function waitForWorkbench(page: Page, timeoutMs = 90_000): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
  await page.getByRole('tree').first().waitFor({ state: 'visible', timeout: timeoutMs });
}

/** The editor group's active editor. */
export function activeEditor(page: Page): Locator {
  return page.locator('.editor-group-container.active .monaco-editor').first();
}

export interface OpenOptions {
  /**
   * Answer VS Code's own refusal ("very large", "binary") with "Open Anyway", as a reader who insists would;
   * without it such a refusal fails the step.
   */
  openAnyway?: boolean;
}

/** Opens a workspace file by clicking it in the Explorer, as a reader would. */
export async function openFromExplorer(page: Page, fileName: string, options: OpenOptions = {}): Promise<void> {
  await showExplorer(page);
  await page.locator('.explorer-folders-view').getByRole('treeitem', { name: fileName, exact: true }).click();
  await waitForEditorContent(page, fileName, options);
}

/** Opens a workspace file with Quick Open (Ctrl+P) by its path relative to the workspace folder. */
export async function openWithQuickOpen(page: Page, relativePath: string, options: OpenOptions = {}): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = quickInput(page).locator('input').first();
  await input.waitFor({ state: 'visible' });
  await input.fill(relativePath);
  const fileName = relativePath.split('/').pop() ?? relativePath;
  const row = quickInput(page).locator('.monaco-list-row').filter({ hasText: fileName }).first();
  await row.waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await waitForEditorContent(page, fileName, options);
}

async function waitForEditorContent(page: Page, fileName: string, options: OpenOptions): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${escapeRegExp(fileName)}`) }).waitFor({ state: 'visible' });
  const text = activeEditor(page).locator('.view-lines .view-line').first();
  const openAnyway = page.locator('.editor-group-container.active').getByRole('button', { name: 'Open Anyway' });
  await text.or(openAnyway).first().waitFor({ state: 'visible' });
  if (await openAnyway.isVisible()) {
    if (!options.openAnyway) throw new Error(`VS Code refused to show ${fileName} in the text editor: ${await page.locator('.editor-group-container.active').innerText()}`);
    await openAnyway.click();
    // For binary content VS Code asks which editor to use.
    const textEditorChoice = quickInput(page).locator('.monaco-list-row').filter({ hasText: /^Text Editor/ }).first();
    await text.or(textEditorChoice).first().waitFor({ state: 'visible', timeout: 60_000 });
    if (await textEditorChoice.isVisible()) await textEditorChoice.click();
  }
  await text.waitFor({ state: 'visible', timeout: 60_000 });
}

/** The status bar item whose text matches. */
export function statusBarItem(page: Page, text: string | RegExp): Locator {
  return page.locator('.statusbar-item').filter({ hasText: text });
}

export async function showExplorer(page: Page): Promise<void> {
  if (!(await page.locator('.explorer-folders-view').isVisible())) await page.keyboard.press('Control+Shift+E');
  await page.locator('.explorer-folders-view').waitFor({ state: 'visible' });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The quick input (command palette, quick picks). */
export function quickInput(page: Page): Locator {
  return page.locator('.quick-input-widget');
}

/** Runs a command from the palette (F1) by its full title, e.g. "Source Lens: Next Claim". */
export async function runFromPalette(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = quickInput(page).locator('input').first();
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = quickInput(page).locator('.monaco-list-row').filter({ hasText: title }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
}

/** The cursor as the status bar shows it ("Ln 13, Col 1"). */
export async function cursorPosition(page: Page): Promise<CursorPosition> {
  const text = (await page.locator('[id="status.editor.selection"]').innerText()).trim();
  const match = /Ln (\d+), Col (\d+)/.exec(text);
  if (!match) throw new Error(`unexpected cursor status "${text}"`);
  return { line: Number(match[1]), column: Number(match[2]) };
}

export async function waitForCursorLine(page: Page, line: number, timeoutMs = 10_000): Promise<void> {
  await page.locator('[id="status.editor.selection"]').filter({ hasText: new RegExp(`Ln ${line},`) }).waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Moves the cursor to a 1-based line with Go to Line, which also scrolls it into view. */
export async function goToLine(page: Page, line: number): Promise<void> {
  await activeEditor(page).click({ position: { x: 200, y: 10 } });
  await page.keyboard.press('Control+G');
  const input = quickInput(page).locator('input').first();
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await waitForCursorLine(page, line);
}

/** Where `needle` is drawn in the active editor's visible lines (null when not rendered). */
export async function textBox(page: Page, needle: string): Promise<Box | null> {
  return page.evaluate(
    ([wanted, showText]: [string, number]) => {
      const { document } = globalThis as unknown as PageGlobals;
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      if (!editor) return null;
      for (const line of Array.from(editor.querySelectorAll('.view-lines .view-line'))) {
        const walker = document.createTreeWalker(line, showText);
        const nodes: PageText[] = [];
        let text = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push(node);
          text += (node.textContent ?? '').replace(/\u00a0/g, ' ');
        }
        const start = text.indexOf(wanted);
        if (start < 0) continue;
        const end = start + wanted.length;
        const range = document.createRange();
        let offset = 0;
        for (const node of nodes) {
          if (start >= offset && start <= offset + node.length) range.setStart(node, start - offset);
          if (end >= offset && end <= offset + node.length) {
            range.setEnd(node, end - offset);
            break;
          }
          offset += node.length;
        }
        const rect = range.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }
      return null;
    },
    [needle, SHOW_TEXT] as [string, number],
  );
}

/**
 * Waits until `needle` is drawn in one of the active editor's visible lines. The page checks at every animation
 * frame, so the wait ends within a frame of the text appearing (a timing figure, unlike polling from here).
 */
export async function waitForRenderedText(page: Page, needle: string, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    (wanted: string) => {
      const { document } = globalThis as unknown as PageGlobals;
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      if (!editor) return false;
      return Array.from(editor.querySelectorAll('.view-lines .view-line')).some((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ').includes(wanted));
    },
    needle,
    { polling: 'raf', timeout: timeoutMs },
  );
}

/** Hovers the middle of `needle` in the editor and returns the hover widget once it shows text. */
export async function hoverText(page: Page, needle: string): Promise<Locator> {
  const box = await textBox(page, needle);
  if (!box) throw new Error(`"${needle}" is not rendered in the editor`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /\S/ }).last();
  await hover.waitFor({ state: 'visible' });
  return hover;
}

/** Opens a view container from the activity bar by its title. */
export async function openViewContainer(page: Page, title: string): Promise<void> {
  const item = page.locator('.activitybar').getByRole('tab', { name: new RegExp(`^${escapeRegExp(title)}`) });
  if ((await item.getAttribute('aria-selected')) !== 'true') await item.click();
  await page.locator('.sidebar').getByRole('heading', { name: new RegExp(escapeRegExp(title), 'i') }).first().waitFor({ state: 'visible' });
}

/** A view's pane (header plus body) in the side bar, by the view's name ("Actors", "Outline"). */
export function viewPane(page: Page, name: string): Locator {
  return page.locator('.sidebar .pane').filter({ has: page.locator('.pane-header', { hasText: new RegExp(`^${escapeRegExp(name)}`, 'i') }) });
}

/** Expands a collapsed view pane. */
export async function expandView(page: Page, name: string): Promise<Locator> {
  const pane = viewPane(page, name);
  const header = pane.locator('.pane-header');
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  return pane;
}

/** Labels of the visible rows of the tree in a view pane. */
export async function treeRowLabels(pane: Locator): Promise<string[]> {
  return pane.locator('.monaco-list-row').evaluateAll((rows: PageElement[]) => rows.map((row) => row.getAttribute('aria-label') ?? row.textContent ?? ''));
}

/** Clicks an action in a view's title bar by its label, looking in the "More Actions..." overflow menu when it is not shown as an icon. */
export async function runViewTitleAction(page: Page, viewName: string, actionLabel: string): Promise<void> {
  const header = viewPane(page, viewName).locator('.pane-header');
  // Title actions show while the header is hovered or focused.
  await header.hover();
  const button = header.getByRole('button', { name: actionLabel, exact: true });
  if (await button.isVisible()) {
    await button.click();
    return;
  }
  await pickFromMenu(page, () => header.getByRole('button', { name: 'More Actions...' }).click(), actionLabel);
}

/** Opens a submenu of a view's title bar (a "Sort … By" button) and picks `itemLabel` in it. */
export async function runViewTitleMenuItem(page: Page, viewName: string, menuLabel: string, itemLabel: string): Promise<void> {
  await pickFromMenu(page, () => runViewTitleAction(page, viewName, menuLabel), itemLabel);
}

/** Opens the context menu of `target` (a tree row, an editor) and picks `label`. */
export async function runContextMenuItem(page: Page, target: Locator, label: string): Promise<void> {
  await pickFromMenu(page, () => target.click({ button: 'right' }), label);
}

/**
 * Opens a menu with `open` and picks `label`. The workbench renders a menu again when a context key changes under it
 * (an analysis or an index finishing), and an item detached mid-click is never clicked: such a menu is closed and
 * opened afresh, up to three times.
 */
async function pickFromMenu(page: Page, open: () => Promise<void>, label: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await open();
    try {
      await chooseMenuItem(page, label, 10_000);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      console.log(`[e2e] menu item "${label}" could not be clicked (attempt ${attempt}); opening the menu again`);
      await page.keyboard.press('Escape');
    }
  }
}

/** Picks an item of the open context menu or dropdown by its label. */
export async function chooseMenuItem(page: Page, label: string, timeoutMs = 30_000): Promise<void> {
  const menu = page.locator('.context-view .monaco-menu');
  const item = menu.getByRole('menuitem', { name: label, exact: true });
  await item.waitFor({ state: 'visible', timeout: timeoutMs });
  // A menu that has only just opened can let a click through without running the item (it stays open then);
  // the item runs once the menu closes, so a click that left the menu open is repeated.
  for (let attempt = 1; ; attempt++) {
    await item.click({ timeout: timeoutMs });
    try {
      await menu.waitFor({ state: 'hidden', timeout: 2_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Picks the quick pick row whose text starts with `label`, once it is listed. */
export async function chooseQuickPickRow(page: Page, label: string | RegExp): Promise<void> {
  const pattern = typeof label === 'string' ? new RegExp(`^\\s*${escapeRegExp(label)}`) : label;
  const row = quickInput(page).locator('.monaco-list-row').filter({ hasText: pattern }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
}

/**
 * Answers the workbench's own save dialog (a quick input holding a path, as VS Code in the browser shows it) with
 * an absolute path on the server, and waits for it to close.
 */
export async function answerSaveDialog(page: Page, filePath: string): Promise<void> {
  const input = quickInput(page).locator('input').first();
  // The dialog opens in the same widget as a quick pick that may have led to it. It first shows the folder, then
  // lists it and proposes the file name; only then is it done rewriting its own value, so wait for the listing and a
  // value that stays the same for a moment.
  await quickInput(page).locator('.monaco-list-row[aria-label=".."]').first().waitFor({ state: 'visible', timeout: 15_000 });
  const proposed = await waitForSteadyValue(page, (value) => value.startsWith('/'), 'a proposed path');
  // A path in another folder makes the dialog move there first: it stats the folder, then lists it. Enter pressed
  // before the move has finished only moves it and the dialog stays open, so the move is awaited by its listing,
  // which must tell the two folders apart.
  const folder = path.dirname(filePath);
  const extension = path.extname(filePath);
  const listing = expectedSaveDialogListing(folder, extension);
  if (path.dirname(proposed) !== folder && expectedSaveDialogListing(path.dirname(proposed), extension) === listing) {
    throw new Error(`the save dialog would list ${folder} as it lists ${path.dirname(proposed)}; give ${folder} a subfolder so the move there can be seen`);
  }
  // The proposed path is replaced as a reader would select all and type. The dialog selects the proposed file name
  // once it has rendered; a path typed before that lands in the selection only, so it is typed again until it stays whole.
  for (let attempt = 1; ; attempt++) {
    await input.fill(filePath);
    await page.waitForTimeout(200);
    const value = await input.inputValue();
    if (value === filePath) break;
    if (attempt === 5) throw new Error(`the save dialog keeps changing the typed path, to ${value}`);
  }
  const shownListing = async (): Promise<string> =>
    (
      await quickInput(page)
        .locator('.monaco-list-row')
        .evaluateAll((rows: PageElement[]) => rows.map((row) => row.getAttribute('aria-label') ?? ''))
    )
      .sort()
      .join('\n');
  await waitForSteadyValue(page, async (value) => value === filePath && (await shownListing()) === listing, `the listing of ${folder} with ${filePath} typed`);
  await page.keyboard.press('Enter');
  await quickInput(page).waitFor({ state: 'hidden' });
}

/** What the save dialog lists in a folder when saving a file of an extension: "..", the subfolders, the files of that extension. */
function expectedSaveDialogListing(folder: string, extension: string): string {
  const shown = fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() || path.extname(entry.name) === extension)
    .map((entry) => entry.name);
  return ['..', ...shown].sort().join('\n');
}

/** Waits until the quick input's value has met the condition at three checks in a row, 150 ms apart, and returns it. */
async function waitForSteadyValue(page: Page, condition: (value: string) => boolean | Promise<boolean>, what: string): Promise<string> {
  const input = quickInput(page).locator('input').first();
  let value = '';
  for (let steadyChecks = 0, waited = 0; steadyChecks < 3; waited += 150) {
    if (waited > 15_000) throw new Error(`the save dialog never settled on ${what} (last value: ${value})`);
    await page.waitForTimeout(150);
    const next = await input.inputValue();
    steadyChecks = next === value && (await condition(next)) ? steadyChecks + 1 : 0;
    value = next;
  }
  return value;
}

/**
 * Clicks an action button of the notification whose message matches, in its toast or, once the toast has timed
 * out, in the notification centre.
 */
export async function runNotificationAction(page: Page, message: string | RegExp, action: string): Promise<void> {
  const toast = page.locator('.notification-toast').filter({ hasText: message }).first();
  if (await toast.isVisible()) {
    await toast.hover();
    const button = toast.getByRole('button', { name: action, exact: true });
    if (await button.isVisible()) {
      await button.click();
      return;
    }
  }
  await runFromPalette(page, 'Notifications: Show Notifications');
  const entry = page.locator('.notifications-center .monaco-list-row').filter({ hasText: message }).first();
  await entry.waitFor({ state: 'visible' });
  await entry.hover();
  await entry.getByRole('button', { name: action, exact: true }).click();
  await page.keyboard.press('Escape');
}

/** Chooses a colour theme with "Preferences: Color Theme" by the name the picker shows, and waits for the workbench to apply it. */
export async function chooseColorTheme(page: Page, themeLabel: string): Promise<void> {
  const themeClasses = async (): Promise<string> => (await page.locator('.monaco-workbench').getAttribute('class')) ?? '';
  const before = await themeClasses();
  await runFromPalette(page, 'Preferences: Color Theme');
  const input = quickInput(page).locator('input').first();
  await input.waitFor({ state: 'visible' });
  await input.fill(themeLabel);
  // Rows are labelled "<name>" or "<name>, <theme id>, <group>"; the name must match whole.
  const row = quickInput(page).locator(`.monaco-list-row[aria-label="${themeLabel}"], .monaco-list-row[aria-label^="${themeLabel}, "]`).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
  await quickInput(page).waitFor({ state: 'hidden' });
  // The theme's own class replaces the previous one on the workbench once it is applied.
  const deadline = Date.now() + 10_000;
  while ((await themeClasses()) === before && Date.now() < deadline) await page.waitForTimeout(100);
}
