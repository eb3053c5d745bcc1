// The dashboard's pieces of markup: every document string goes through escapeHtml here, and every mark is focusable,
// labelled and carries the source line it leads to.
import { escapeHtml, singleLine } from '../presentation/escape';
import type { ClaimKind } from '../analysis/types';
import type { SourceLink } from './marks';

/** How each claim kind reads on the page. */
export const KIND_NAMES: Readonly<Record<ClaimKind, string>> = { direct: 'direct quotation', indirect: 'indirect speech' };

/** Untrusted text for an element's content or a quoted attribute, on one line and cut to `max` characters. */
export function shown(text: string, max = 48): string {
  return escapeHtml(singleLine(text, max));
}

/** A coordinate with one decimal at most: shorter markup, and no NaN or Infinity that would break a shape. */
function tidy(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 10) / 10 : 0;
}

/** A number as people read it: 12,345. */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}

export interface Mark {
  /** An SVG element name without attributes that depend on the link (rect, circle, line). */
  element: 'rect' | 'circle' | 'line';
  /** Geometry and presentation attributes (numbers only, never document text). */
  geometry: Readonly<Record<string, number>>;
  className: string;
  /** What a screen reader announces and the tooltip shows: document text already escaped by the caller. */
  label: string;
  link: SourceLink;
}

/** A focusable mark that leads to its source line (the page script posts the link on click, Enter or Space). */
export function mark({ element, geometry, className, label, link }: Mark): string {
  const attributes = Object.entries(geometry)
    .map(([name, value]) => `${name}="${tidy(value)}"`)
    .join(' ');
  return (
    `<${element} class="mark ${className}" ${attributes} tabindex="0" role="button" aria-label="${label}" ` +
    `data-document="${link.document}" data-line="${link.line}"><title>${label}</title></${element}>`
  );
}

/** An SVG text element; `content` must already be escaped. */
export function svgText(x: number, y: number, content: string, className = '', anchor: 'start' | 'middle' | 'end' = 'start'): string {
  return `<text x="${tidy(x)}" y="${tidy(y)}" class="${className}" text-anchor="${anchor}">${content}</text>`;
}

/** An SVG that scales to the panel's width, with an accessible name (escaped by the caller). */
export function svg(width: number, height: number, name: string, body: string): string {
  // Drawn at its own size where the panel has room (text stays at the page's size), narrowed to fit where it has not.
  const size = `width="${tidy(width)}" height="${tidy(height)}"`;
  const box = `viewBox="0 0 ${tidy(width)} ${tidy(height)}" ${size} preserveAspectRatio="xMinYMin meet"`;
  return `<svg ${box} role="group" aria-label="${name}">${body}</svg>`;
}

export function legend(kinds: readonly ClaimKind[]): string {
  const entries = kinds.map((kind) => `<span class="swatch kind-${kind}"></span>${escapeHtml(KIND_NAMES[kind])}`);
  return `<p class="legend">${entries.join(' ')}</p>`;
}
