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
  getComputedStyle(element: unknown): { color: string; getPropertyValue(name: string): string };
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
      const same = (a: number[], b: number[]): boolean => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && Math.abs((a[3] ?? 1) - (b[3] ?? 1)) < 0.01;
      const themeColours: Array<{ id: string; property: 'backgroundColor' | 'color' | 'borderColor'; rgba: number[] }> = [];
      for (const id of colourIds) {
        const property = /Background$/.test(id) ? 'backgroundColor' : /Foreground$/.test(id) ? 'color' : /Border$/.test(id) ? 'borderColor' : null;
        const rgba = computedColour(getComputedStyle(workbench).getPropertyValue(`--vscode-${id.replace(/\./g, '-')}`).trim());
        if (property && rgba && (rgba[3] ?? 0) > 0) themeColours.push({ id, property, rgba });
      }
      const classColours = new Map<string, Set<string>>();
      const collect = (rules: ArrayLike<PageCssRule>): void => {
        for (const rule of Array.from(rules)) {
          if (rule.cssRules) collect(rule.cssRules);
          const style = rule.style as unknown as Record<string, string> | undefined;
          if (!rule.selectorText || !style || !/^\.monaco-editor \.[\w-]+$/.test(rule.selectorText)) continue;
          const className = rule.selectorText.slice('.monaco-editor .'.length);
          for (const colour of themeColours) {
            const declared = computedColour(style[colour.property] ?? '');
            if (!declared || !same(declared, colour.rgba)) continue;
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
