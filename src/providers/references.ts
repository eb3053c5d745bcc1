// Find All References on a mention: every mention of the same actor.
import * as vscode from 'vscode';
import { firstFullMention } from '../analysisIndex';
import type { AnalysisService } from '../analysisService';
import { indexedAnalysis, offsetsAround } from './analysisAt';

export class ActorReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[] | undefined> {
    const found = await indexedAnalysis(this.service, document, token);
    if (!found) return undefined;
    for (const offset of offsetsAround(document, position)) {
      const hit = found.index.actorAt(offset);
      if (!hit) continue;
      const definition = firstFullMention(hit.actor);
      return hit.actor.mentions
        .filter((mention) => context.includeDeclaration || mention !== definition)
        .map((mention) => new vscode.Location(document.uri, new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end))));
    }
    return undefined;
  }
}
