// Minimal shapes of the browser objects that in-page probes touch, so the Node-side build needs no DOM library.

export interface PageNode {
  textContent: string | null;
}

export interface PageText extends PageNode {
  length: number;
}

export interface PageElement extends PageNode {
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  closest(selector: string): PageElement | null;
  getBoundingClientRect(): PageRect;
}

/** A CSS rule: style rules have `selectorText` and `style`, grouping rules (@media, @layer) have `cssRules`. */
export interface PageCssRule {
  selectorText?: string;
  style?: { cssText: string };
  cssRules?: ArrayLike<PageCssRule>;
}

export interface PageRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageRange {
  setStart(node: PageText, offset: number): void;
  setEnd(node: PageText, offset: number): void;
  getBoundingClientRect(): PageRect;
}

export interface PageDocument {
  styleSheets: ArrayLike<{ cssRules: ArrayLike<PageCssRule> }>;
  querySelector(selector: string): PageElement | null;
  createTreeWalker(root: PageElement, whatToShow: number): { nextNode(): PageText | null };
  createRange(): PageRange;
}

export interface PageGlobals {
  document: PageDocument;
  CSS: { escape(text: string): string };
}

/** `NodeFilter.SHOW_TEXT`. */
export const SHOW_TEXT = 4;
