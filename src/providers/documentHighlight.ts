// Highlights every mention of the actor under the cursor, as VS Code does for a symbol in code.
import * as vscode from 'vscode';
import { firstFullMention } from '../derived/analysisIndex';
import type { AnalysisService } from '../documents/analysisService';
import { actorAtCursor } from './analysisAt';

export class ActorHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideDocumentHighlights(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.DocumentHighlight[] | undefined> {
    const actor = await actorAtCursor(this.service, document, position, token);
    if (!actor) return undefined;
    const definition = firstFullMention(actor);
    return actor.mentions.map(
      (mention) =>
        new vscode.DocumentHighlight(
          new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)),
          // The defining mention reads as a "write", like a declaration in code, so it stands out.
          mention === definition ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read,
        ),
    );
  }
}
