// Go to Definition on a mention: the actor's first full mention.
import * as vscode from 'vscode';
import { firstFullMention } from '../derived/analysisIndex';
import type { AnalysisService } from '../documents/analysisService';
import { actorAtCursor } from './analysisAt';

export class ActorDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideDefinition(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location | undefined> {
    const actor = await actorAtCursor(this.service, document, position, token);
    const definition = actor && firstFullMention(actor);
    return (
      definition &&
      new vscode.Location(document.uri, new vscode.Range(document.positionAt(definition.start), document.positionAt(definition.end)))
    );
  }
}
