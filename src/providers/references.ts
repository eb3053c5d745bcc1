// Find All References on a mention: every mention of the same actor.
import * as vscode from 'vscode';
import { firstFullMention } from '../derived/analysisIndex';
import type { AnalysisService } from '../documents/analysisService';
import { actorAtCursor } from './analysisAt';

export class ActorReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[] | undefined> {
    const actor = await actorAtCursor(this.service, document, position, token);
    if (!actor) return undefined;
    const definition = firstFullMention(actor);
    return actor.mentions
      .filter((mention) => context.includeDeclaration || mention !== definition)
      .map(
        (mention) =>
          new vscode.Location(document.uri, new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end))),
      );
  }
}
