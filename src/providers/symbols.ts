// Outline and breadcrumbs: actors with their claims as document symbols.
import { setImmediate as nextTurn } from 'node:timers/promises';
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/types';
import type { AnalysisService } from '../analysisService';
import { indexedAnalysis } from './analysisAt';
import { outlineSymbols, type OutlineSymbol } from './symbolModel';

const SYMBOL_KINDS: Readonly<Record<OutlineSymbol['kind'], vscode.SymbolKind>> = {
  // No symbol kind means "person"; these three only need distinct, familiar icons.
  PERSON: vscode.SymbolKind.Variable,
  ORG: vscode.SymbolKind.Class,
  PLACE: vscode.SymbolKind.Package,
  CLAIM: vscode.SymbolKind.String,
};

/** How long the outline is built for before the extension host gets a turn. */
const SLICE_MS = 8;

export class ActorSymbolProvider implements vscode.DocumentSymbolProvider {
  /** The outline is asked for after every change of the cursor's breadcrumbs; build it once per analysis. */
  private readonly outlines = new WeakMap<Analysis, OutlineSymbol[]>();

  constructor(private readonly service: AnalysisService) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const found = await indexedAnalysis(this.service, document, token);
    if (!found) return undefined;
    const toRange = (span: { start: number; end: number }): vscode.Range => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    const toSymbol = (symbol: OutlineSymbol): vscode.DocumentSymbol => {
      // A claim selects what it covers: its range is looked up once (position look-ups are most of this provider's time).
      const range = toRange(symbol.range);
      const selection = symbol.selection.start === symbol.range.start && symbol.selection.end === symbol.range.end ? range : toRange(symbol.selection);
      const result = new vscode.DocumentSymbol(symbol.name, symbol.detail, SYMBOL_KINDS[symbol.kind], range, selection);
      result.children = symbol.children.map(toSymbol);
      return result;
    };
    let outline = this.outlines.get(found.analysis);
    if (!outline) {
      outline = outlineSymbols(found.analysis);
      this.outlines.set(found.analysis, outline);
    }
    // Looking up thousands of positions in a long document takes the extension host tens of milliseconds: done a
    // few milliseconds at a time, and given up when the document changes on the way (VS Code asks again).
    const version = document.version;
    const symbols: vscode.DocumentSymbol[] = [];
    let sliceStart = performance.now();
    for (const symbol of outline) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextTurn();
        if (token.isCancellationRequested || document.version !== version) return undefined;
        sliceStart = performance.now();
      }
      symbols.push(toSymbol(symbol));
    }
    return symbols;
  }
}
