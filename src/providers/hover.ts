// Hover cards: the actor under the cursor, a date's resolved value and the claims the cursor stands in, from the prepared index.
import * as vscode from 'vscode';
import type { AnalysisService } from '../documents/analysisService';
import { CommandId, HOVER_COMMANDS } from '../commands/ids';
import { indexedAnalysis } from './analysisAt';
import type { MarkdownText } from '../presentation/uiText';
import {
  actorCard,
  claimCard,
  commandUri,
  dateCard,
  elsewhereSection,
  type CardLinks,
  type ClaimReviewMarks,
  type Elsewhere,
  type ReviewLinks,
} from './hoverMarkdown';
import type { Analysis } from '../analysis/types';

/** Review links of a document's claim cards: each runs a review command with the claim named by JSON arguments. */
function reviewLinks(uri: string): ReviewLinks {
  return {
    verdict: (claimId, verdict, askNote) => commandUri(CommandId.setVerdict, [{ uri, claimId, verdict, askNote }]),
    note: (claimId) => commandUri(CommandId.editNote, [{ uri, claimId }]),
    wrongSpeaker: (claimId) => commandUri(CommandId.wrongSpeaker, [{ uri, claimId }]),
    notClaim: (claimId) => commandUri(CommandId.notAClaim, [{ uri, claimId }]),
  };
}

/** How many claim cards one hover shows (nested claims are rare; a cap keeps the hover readable). */
const MAX_CLAIM_CARDS = 2;

function card(markdown: MarkdownText): vscode.MarkdownString {
  const card = new vscode.MarkdownString(markdown);
  // Only Source Lens' own commands may run from a link; document text in the card is escaped.
  card.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  card.supportHtml = false;
  card.supportThemeIcons = false;
  return card;
}

/** The reader's review of an analysis' claims, when there is one. */
export type ReviewMarksOf = (analysis: Analysis) => { marksOf(claimId: string): ClaimReviewMarks } | undefined;

/** The other documents of the workspace that carry the quotation of a claim at a 1-based line of this document. */
export type ElsewhereOf = (uri: vscode.Uri, line: number) => readonly Elsewhere[];

export class SourceHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly service: AnalysisService,
    private readonly reviews?: ReviewMarksOf,
    private readonly elsewhere?: ElsewhereOf,
    /** The reader's threshold of low confidence, which the card names. */
    private readonly lowConfidenceBelow?: () => number,
  ) {}

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    const found = await indexedAnalysis(this.service, document, token);
    if (!found) return undefined;
    const { analysis, index } = found;
    const offset = document.offsetAt(position);
    const uri = document.uri.toString();
    const links: CardLinks = {
      reveal: (span) => commandUri(CommandId.revealRange, [uri, span.start, span.end, false]),
      ignoreActor: (actorId) => commandUri(CommandId.ignoreName, [{ uri, actorId }]),
      mergeActor: (actorId) => commandUri(CommandId.mergeIntoActor, [{ uri, actorId }]),
      ...(this.reviews ? { review: reviewLinks(uri) } : {}),
    };
    const marks = this.reviews?.(analysis);
    const cards: vscode.MarkdownString[] = [];
    let range: { start: number; end: number } | undefined;
    const actorHit = index.actorAt(offset);
    if (actorHit) {
      cards.push(card(actorCard(actorHit.actor, index.claimsOf(actorHit.actor), links)));
      range = actorHit.span;
    } else {
      const entity = index.entityAt(offset);
      if (entity?.type === 'DATE') {
        cards.push(card(dateCard(entity, analysis.documentDate)));
        range = entity;
      }
    }
    const claims = index.claimsAt(offset).slice(0, MAX_CLAIM_CARDS);
    for (const claim of claims) {
      cards.push(card(claimCard(claim, links, marks?.marksOf(claim.id), this.lowConfidenceBelow?.())));
      const others = claim.kind === 'direct' ? (this.elsewhere?.(document.uri, claim.line) ?? []) : [];
      const open = (other: Elsewhere): MarkdownText => commandUri(CommandId.openIndexedLine, [other.document, other.line]);
      if (others.length > 0) cards.push(card(elsewhereSection(others, open)));
    }
    if (!range && claims.length > 0) range = claims[claims.length - 1];
    if (cards.length === 0 || !range || token.isCancellationRequested) return undefined;
    return new vscode.Hover(cards, new vscode.Range(document.positionAt(range.start), document.positionAt(range.end)));
  }
}
