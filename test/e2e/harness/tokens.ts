// Reads the syntax colouring of the active editor: the text colour of the token spans a grammar produced.
import type { Page } from 'playwright-core';
import type { PageGlobals } from './pageDom';
import { quickInput, runFromPalette, textBox } from './workbench';

interface TokenGlobals extends PageGlobals {
  getComputedStyle: (element: unknown) => { color: string };
}

/**
 * The text colour (computed `rgb(…)`) of the token span holding the first rendered occurrence of `needle` in the
 * active editor; null when `needle` is not rendered or spans several tokens. Monaco renders each token as a span
 * with an `mtk<N>` class whose colour comes from the theme's rule for the token's scopes.
 */
export async function tokenColourOf(page: Page, needle: string): Promise<string | null> {
  return page.evaluate((wanted: string) => {
    const { document, getComputedStyle } = globalThis as unknown as TokenGlobals;
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    if (!editor) return null;
    for (const line of Array.from(editor.querySelectorAll('.view-lines .view-line'))) {
      const tokens = Array.from(line.querySelectorAll('span[class*="mtk"]'));
      const text = tokens.map((token) => token.textContent ?? '').join('').replace(/\u00a0/g, ' ');
      const start = text.indexOf(wanted);
      if (start < 0) continue;
      let offset = 0;
      for (const token of tokens) {
        const length = (token.textContent ?? '').length;
        if (start >= offset && start + wanted.length <= offset + length) return getComputedStyle(token).color;
        offset += length;
      }
      return null;
    }
    return null;
  }, needle);
}

/**
 * The TextMate scopes VS Code reports for the token at the middle of `needle`, from "Developer: Inspect Editor
 * Tokens and Scopes" (the widget is closed again afterwards).
 */
export async function inspectedScopes(page: Page, needle: string): Promise<string[]> {
  const box = await textBox(page, needle);
  if (!box) throw new Error(`"${needle}" is not rendered in the editor`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await runFromPalette(page, 'Developer: Inspect Editor Tokens and Scopes');
  await quickInput(page).waitFor({ state: 'hidden' });
  const widget = page.locator('.token-inspect-widget');
  await widget.getByText('textmate scopes').waitFor({ state: 'visible' });
  // The scopes cell lists the innermost scope first, one per line.
  const scopesCell = widget.locator('tr').filter({ hasText: /^\s*textmate scopes/ }).locator('td').nth(1);
  const scopes = (await scopesCell.innerText()).split('\n').map((scope) => scope.trim()).filter(Boolean);
  await page.keyboard.press('Escape');
  await widget.waitFor({ state: 'hidden' });
  return scopes;
}
