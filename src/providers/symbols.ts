// Outline and breadcrumbs: actors with their claims as document symbols.
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/types';
import type { AnalysisService } from '../documents/analysisService';
import { Pacer } from '../worker/turnPacer';
import { indexedAnalysis } from './analysisAt';
import { outlinePieces, type OutlineSymbol } from './symbolModel';

const SYMBOL_KINDS: Readonly<Record<OutlineSymbol['kind'], vscode.SymbolKind>> = {
  // No symbol kind means "person"; these three only need distinct, familiar icons.
  PERSON: vscode.SymbolKind.Variable,
  ORG: vscode.SymbolKind.Class,
  PLACE: vscode.SymbolKind.Package,
  CLAIM: vscode.SymbolKind.String,
};

export class ActorSymbolProvider implements vscode.DocumentSymbolProvider {
  /** The outline is asked for after every change of the cursor's breadcrumbs; build it once per analysis. */
  private readonly outlines = new WeakMap<Analysis, OutlineSymbol[]>();

  constructor(private readonly service: AnalysisService) {}

  async provideDocumentSymbols(
    document: vscode.TextDocument,
    token: vscode.CancellationToken,
  ): Promise<vscode.DocumentSymbol[] | undefined> {
    const found = await indexedAnalysis(this.service, document, token);
    if (!found) return undefined;
    const toRange = (span: { start: number; end: number }): vscode.Range =>
      new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    const toSymbol = (symbol: OutlineSymbol): vscode.DocumentSymbol => {
      // A claim selects what it covers: its range is looked up once (position look-ups are most of this provider's time).
      const range = toRange(symbol.range);
      const selection =
        symbol.selection.start === symbol.range.start && symbol.selection.end === symbol.range.end ? range : toRange(symbol.selection);
      const result = new vscode.DocumentSymbol(symbol.name, symbol.detail, SYMBOL_KINDS[symbol.kind], range, selection);
      result.children = symbol.children.map(toSymbol);
      return result;
    };
    // Making a book's outline and looking up thousands of positions in it take the extension host tens of
    // milliseconds: done a few milliseconds at a time, and given up when the document changes on the way (VS Code
    // asks again).
    const version = document.version;
    const pacer = new Pacer();
    let outline = this.outlines.get(found.analysis);
    if (!outline) {
      outline = [];
      for (const piece of outlinePieces(found.analysis)) {
        await pacer.pace();
        if (token.isCancellationRequested || document.version !== version) return undefined;
        for (const symbol of piece()) outline.push(symbol);
      }
      this.outlines.set(found.analysis, outline);
    }
    const symbols: vscode.DocumentSymbol[] = [];
    for (const symbol of outline) {
      await pacer.pace();
      if (token.isCancellationRequested || document.version !== version) return undefined;
      symbols.push(toSymbol(symbol));
    }
    return symbols;
  }
}
