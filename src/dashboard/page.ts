// The dashboard page's own stylesheet and script, as constants: nothing of a document ever reaches them.

/** Theme colours only (the editor's chart palette and foregrounds), so the page follows light, dark and high contrast. */
export const DASHBOARD_STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family);
  font-size: var(--vscode-font-size); margin: 0; padding: 0 20px 24px; }
main { max-width: 980px; }
h1 { font-size: 1.4em; font-weight: 600; margin: 16px 0 4px; }
h2 { font-size: 1.1em; font-weight: 600; margin: 24px 0 6px; border-bottom: 1px solid var(--vscode-widget-border, transparent); }
h3 { font-size: 1em; font-weight: 600; margin: 12px 0 4px; }
.summary, .note, .legend, .empty { color: var(--vscode-descriptionForeground); margin: 4px 0; }
svg { display: block; max-width: 100%; height: auto; overflow: visible; }
text { fill: var(--vscode-foreground); font-size: 11px; }
text.axis { fill: var(--vscode-descriptionForeground); }
text.node-label { font-size: 10px; pointer-events: none; }
.axis-line { stroke: var(--vscode-charts-lines); stroke-width: 1; }
.mark { cursor: pointer; outline: none; }
.mark:hover { opacity: 0.8; }
.mark:focus-visible, .mark:focus { stroke: var(--vscode-focusBorder); stroke-width: 2px; }
.kind-direct { fill: var(--vscode-charts-blue); background: var(--vscode-charts-blue); }
.kind-indirect { fill: var(--vscode-charts-orange); background: var(--vscode-charts-orange); }
.voices { fill: var(--vscode-charts-green); }
.edge { stroke: var(--vscode-charts-lines); stroke-opacity: 0.7; }
.edge:focus, .edge:hover { stroke: var(--vscode-focusBorder); stroke-opacity: 1; }
.node { stroke: var(--vscode-editor-background); stroke-width: 1.5px; }
.type-person { fill: var(--vscode-charts-blue); background: var(--vscode-charts-blue); }
.type-org { fill: var(--vscode-charts-purple); background: var(--vscode-charts-purple); }
.type-place { fill: var(--vscode-charts-green); background: var(--vscode-charts-green); }
.swatch { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 8px; vertical-align: baseline; }
`;

/**
 * Posts `{ type: 'reveal', document, line }` for a mark clicked or pressed (Enter, Space); the extension checks both
 * against the report it drew. Keeps the scroll position in the webview state, so the page comes back where it was when
 * the panel is shown again (its context is not retained while hidden) or restored after a reload.
 */
export const DASHBOARD_SCRIPT = `(() => {
  const vscode = acquireVsCodeApi();
  const state = vscode.getState() || {};
  if (typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  const markOf = (target) => (target instanceof Element ? target.closest('[data-document]') : null);
  const reveal = (mark) => vscode.postMessage({ type: 'reveal', document: Number(mark.dataset.document), line: Number(mark.dataset.line) });
  document.addEventListener('click', (event) => {
    const mark = markOf(event.target);
    if (mark) reveal(mark);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const mark = markOf(event.target);
    if (!mark) return;
    event.preventDefault();
    reveal(mark);
  });
  let saving;
  window.addEventListener('scroll', () => {
    clearTimeout(saving);
    saving = setTimeout(() => vscode.setState({ scrollY: window.scrollY }), 100);
  });
})();`;
