// Reads the active editor's decorations by the theme colours they paint with, as contributed in package.json.
//
// VS Code turns a decoration type's theme colours into CSS rules with the colours' current values on generated class
// names. Matching those values against the theme's `--vscode-<colour id>` variables tells which contributed colour
// (and so which highlight kind) each rendered decoration carries, without relying on generated names.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { PageCssRule, PageGlobals } from './pageDom';
import { repoRoot } from './provision';
import { textBox, type Box } from './workbench';

/** The colour each highlight kind paints with (backgrounds; the speaker cue colours its text), from `contributes.colors`. */
export const highlightColours = {
  person: 'sourcelens.personBackground',
  organization: 'sourcelens.organizationBackground',
  place: 'sourcelens.placeBackground',
  date: 'sourcelens.dateBackground',
  claim: 'sourcelens.claimBackground',
  speakerCue: 'sourcelens.speakerCueForeground',
} as const;

export interface RenderedDecorations {
  /** Colour id (e.g. `sourcelens.personBackground`) → number of rendered decoration elements painted with it. */
  counts: Record<string, number>;
  /** Colour ids of the decorations drawn over the probed text (empty when no text was probed). */
  atText: string[];
}

/** Ids in `contributes.colors` of the extension's manifest. */
export function contributedColourIds(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { contributes?: { colors?: { id: string }[] } };
  return (manifest.contributes?.colors ?? []).map((colour) => colour.id);
}

interface ProbeGlobals extends PageGlobals {
  getComputedStyle: (element: unknown) => { color: string; getPropertyValue(name: string): string };
}

async function probe(page: Page, box: Box | null): Promise<RenderedDecorations> {
  return page.evaluate(
    ([colourIds, target]: [string[], Box | null]) => {
      const { document, getComputedStyle } = globalThis as unknown as ProbeGlobals;
      const workbench = document.querySelector('.monaco-workbench');
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      if (!workbench || !editor) return { counts: {}, atText: [] };
      // Colours are compared as computed rgba numbers; alpha within 0.01 absorbs 8-bit rounding.
      const parse = (value: string): number[] | null => {
        const match = /rgba?\(([^)]+)\)/.exec(value);
        if (!match?.[1]) return null;
        const parts = match[1].split(/[,\s/]+/).filter(Boolean).map(Number);
        return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
      };
      const sample = editor.querySelector('.view-lines');
      const computedColour = (value: string): number[] | null => {
        if (!value || !sample) return null;
        const style = (sample as unknown as { style: { color: string } }).style;
        const previous = style.color;
        style.color = value;
        const resolved = getComputedStyle(sample).color;
        style.color = previous;
        return parse(resolved);
      };
      // A rule names a theme colour as var(--vscode-<id>) or gives a value. Values come as rgb()/rgba(), which parse
      // directly, or in other forms that go through the browser, a forced style recalculation each (polling this probe
      // loaded the page itself), so those are remembered across probes. Variables are matched by name.
      const page = globalThis as unknown as { sourceLensDeclaredColours?: Map<string, number[] | null> };
      const remembered = (page.sourceLensDeclaredColours ??= new Map<string, number[] | null>());
      const declaredColour = (value: string): number[] | null => {
        if (!value || value.includes('var(') || /^(?:transparent|inherit|initial|unset|revert|currentcolor)$/i.test(value)) return null;
        if (/^rgba?\(/.test(value)) return parse(value);
        let rgba = remembered.get(value);
        if (rgba === undefined) {
          rgba = computedColour(value);
          remembered.set(value, rgba);
        }
        return rgba;
      };
      const same = (a: number[], b: number[]): boolean => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && Math.abs((a[3] ?? 1) - (b[3] ?? 1)) < 0.01;
      const themeColours: Array<{ id: string; property: 'backgroundColor' | 'color' | 'borderColor'; rgba: number[]; variable: string }> = [];
      for (const id of colourIds) {
        const property = /Background$/.test(id) ? 'backgroundColor' : /Foreground$/.test(id) ? 'color' : /Border$/.test(id) ? 'borderColor' : null;
        const name = `--vscode-${id.replace(/\./g, '-')}`;
        const rgba = computedColour(getComputedStyle(workbench).getPropertyValue(name).trim());
        if (property && rgba && (rgba[3] ?? 0) > 0) themeColours.push({ id, property, rgba, variable: `var(${name})` });
      }
      const classColours = new Map<string, Set<string>>();
      const collect = (rules: ArrayLike<PageCssRule>): void => {
        for (const rule of Array.from(rules)) {
          if (rule.cssRules) collect(rule.cssRules);
          const style = rule.style as unknown as Record<string, string> | undefined;
          if (!rule.selectorText || !style || !/^\.monaco-editor \.[\w-]+$/.test(rule.selectorText)) continue;
          const className = rule.selectorText.slice('.monaco-editor .'.length);
          for (const colour of themeColours) {
            const value = style[colour.property] ?? '';
            const declared = declaredColour(value);
            if (value !== colour.variable && (!declared || !same(declared, colour.rgba))) continue;
            const colours = classColours.get(className) ?? new Set<string>();
            colours.add(colour.id);
            classColours.set(className, colours);
          }
        }
      };
      for (const sheet of Array.from(document.styleSheets)) {
        try {
          collect(sheet.cssRules);
        } catch {
          // Cross-origin sheets cannot be read and hold no decoration rules.
        }
      }
      const counts: Record<string, number> = {};
      const atText = new Set<string>();
      for (const [className, colours] of classColours) {
        const elements = Array.from(editor.querySelectorAll(`.view-overlays .${className}, .view-lines .${className}`));
        for (const colour of colours) if (elements.length > 0) counts[colour] = (counts[colour] ?? 0) + elements.length;
        if (!target) continue;
        for (const element of elements) {
          const rect = element.getBoundingClientRect();
          const overlaps =
            rect.width > 0 && rect.x < target.x + target.width - 1 && target.x + 1 < rect.x + rect.width && rect.y < target.y + target.height - 1 && target.y + 1 < rect.y + rect.height;
          if (overlaps) for (const colour of colours) atText.add(colour);
        }
      }
      return { counts, atText: [...atText].sort() };
    },
    [contributedColourIds(), box] as [string[], Box | null],
  );
}

/**
 * Waits until the active editor draws a decoration of an extension's decoration type, checking at every frame: a
 * cheap check for timing how soon highlights appear (`renderedDecorations` then tells which kinds they are).
 */
export async function waitForExtensionDecoration(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const { document } = globalThis as unknown as PageGlobals;
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      // VS Code names the CSS classes of decoration types made through the extension API after that API.
      return editor?.querySelector('.view-overlays [class*="TextEditorDecorationType"], .view-lines [class*="TextEditorDecorationType"]') != null;
    },
    undefined,
    { polling: 'raf', timeout: timeoutMs },
  );
}

/** Counts of rendered decorations per contributed colour in the active editor's visible part. */
export async function renderedDecorations(page: Page): Promise<Record<string, number>> {
  return (await probe(page, null)).counts;
}

/** Contributed colours of the decorations drawn over the first rendered occurrence of `needle` (null when it is not rendered). */
export async function decorationColoursAt(page: Page, needle: string): Promise<string[] | null> {
  const box = await textBox(page, needle);
  if (!box) return null;
  return (await probe(page, box)).atText;
}

/** The kinds of theme `contributes.colors` gives a default for. */
export type ThemeKind = 'light' | 'dark' | 'highContrast' | 'highContrastLight';

/** Each contributed colour's default for one kind of theme, from the manifest. */
export function contributedColourDefaults(kind: ThemeKind): Record<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    contributes?: { colors?: { id: string; defaults: Partial<Record<ThemeKind, string>> }[] };
  };
  const defaults: Record<string, string> = {};
  for (const colour of manifest.contributes?.colors ?? []) {
    const value = colour.defaults[kind];
    if (value !== undefined) defaults[colour.id] = value;
  }
  return defaults;
}

/** The kind of the theme the workbench shows, from the class VS Code puts on it. */
export async function workbenchThemeKind(page: Page): Promise<ThemeKind> {
  const classes = ((await page.locator('.monaco-workbench').getAttribute('class')) ?? '').split(/\s+/);
  if (classes.includes('hc-black')) return 'highContrast';
  if (classes.includes('hc-light')) return 'highContrastLight';
  if (classes.includes('vs-dark')) return 'dark';
  return 'light';
}

/**
 * Contributed colours whose value in the current theme (the workbench's `--vscode-<id>` variable) differs from the
 * manifest's default for `kind`, as `{ id, expected, actual }`; empty when the theme uses every default.
 */
export async function themeColourMismatches(page: Page, kind: ThemeKind): Promise<Array<{ id: string; expected: string; actual: string }>> {
  return page.evaluate((expectedById: Record<string, string>) => {
    const { document, getComputedStyle } = globalThis as unknown as ProbeGlobals;
    const workbench = document.querySelector('.monaco-workbench');
    const sample = document.querySelector('.monaco-workbench .part.editor');
    if (!workbench || !sample) return [{ id: '(workbench)', expected: 'rendered', actual: 'missing' }];
    const style = (sample as unknown as { style: { color: string } }).style;
    // Both sides through the browser's colour parser, so `#4aa3ffaa` and `rgba(74, 163, 255, 0.67)` compare equal;
    // alpha within 0.01 absorbs the rounding of the variables VS Code writes.
    const parse = (value: string): number[] | null => {
      if (!value) return null;
      const previous = style.color;
      style.color = value;
      const resolved = getComputedStyle(sample).color;
      style.color = previous;
      const match = /rgba?\(([^)]+)\)/.exec(resolved);
      if (!match?.[1]) return null;
      const parts = match[1].split(/[,\s/]+/).filter(Boolean).map(Number);
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const mismatches: Array<{ id: string; expected: string; actual: string }> = [];
    for (const [id, expected] of Object.entries(expectedById)) {
      const variable = getComputedStyle(workbench).getPropertyValue(`--vscode-${id.replace(/\./g, '-')}`).trim();
      const actual = parse(variable);
      const wanted = parse(expected);
      const same = actual !== null && wanted !== null && actual.slice(0, 3).every((part, index) => part === wanted[index]) && Math.abs((actual[3] ?? 1) - (wanted[3] ?? 1)) < 0.01;
      if (!same) mismatches.push({ id, expected, actual: variable || '(not set)' });
    }
    return mismatches;
  }, contributedColourDefaults(kind));
}
