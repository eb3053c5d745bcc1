// Go to Definition on a mention: the actor's first full mention.
import * as vscode from 'vscode';
import { firstFullMention } from '../analysisIndex';
import type { AnalysisService } from '../analysisService';
import { indexedAnalysis, offsetsAround } from './analysisAt';

export class ActorDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Location | undefined> {
    const found = await indexedAnalysis(this.service, document, token);
    if (!found) return undefined;
    for (const offset of offsetsAround(document, position)) {
      const hit = found.index.actorAt(offset);
      const definition = hit && firstFullMention(hit.actor);
      if (definition) return new vscode.Location(document.uri, new vscode.Range(document.positionAt(definition.start), document.positionAt(definition.end)));
    }
    return undefined;
  }
}
