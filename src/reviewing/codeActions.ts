// Quick fixes (Ctrl+.) on a claim: its verdicts, Wrong Speaker…, Not a Claim, Trim Claim and Split Claim; on a selection that is no
// claim, Add Claim…; on a name, the Ignore and Merge corrections.
import * as vscode from 'vscode';
import type { AnalysisService } from '../documents/analysisService';
import { CommandId } from '../commands/ids';
import { VERDICT_LABELS, type Verdict } from '../review';
import { ownText, type UiText } from '../presentation/uiText';

const VERDICT_FIXES: ReadonlyArray<{ verdict: Verdict; askNote: boolean; title: UiText }> = [
  { verdict: 'verified', askNote: false, title: ownText(`Mark Claim ${VERDICT_LABELS.verified}`) },
  { verdict: 'disputed', askNote: true, title: ownText(`Mark Claim ${VERDICT_LABELS.disputed}…`) },
  { verdict: 'false', askNote: true, title: ownText(`Mark Claim ${VERDICT_LABELS.false}…`) },
  { verdict: 'needsSource', askNote: false, title: ownText(`Mark Claim: ${VERDICT_LABELS.needsSource}`) },
];

export class ReviewCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly service: AnalysisService) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const analysis = this.service.analysisFor(document);
    if (!analysis) return [];
    const uri = document.uri.toString();
    const index = this.service.indexFor(analysis);
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const claim = index.claimsAt(start)[0] ?? (end > start ? index.claimsAt(end - 1)[0] : undefined);
    const actions: vscode.CodeAction[] = [];
    const action = (title: UiText, command: string, args: unknown, preferred = false): void => {
      const fix = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      fix.command = { title, command, arguments: [args] };
      fix.isPreferred = preferred;
      actions.push(fix);
    };
    if (claim) {
      const claimId = claim.id;
      for (const { title, verdict, askNote } of VERDICT_FIXES) {
        action(title, CommandId.setVerdict, { uri, claimId, verdict, askNote }, verdict === 'verified');
      }
      action(ownText('Wrong Speaker…'), CommandId.wrongSpeaker, { uri, claimId });
      action(ownText('Not a Claim'), CommandId.notAClaim, { uri, claimId });
      if (end > start) action(ownText('Trim Claim to the Selection'), CommandId.trimClaim, { uri, claimId, start, end });
      else if (start > claim.start && start < claim.end) {
        action(ownText('Split Claim Here'), CommandId.splitClaim, { uri, claimId, at: start });
      }
    } else if (end > start) {
      action(ownText('Add Claim from the Selection…'), CommandId.addClaim, { uri, start, end });
    }
    const actor = index.actorAt(start)?.actor;
    if (actor) {
      action(ownText('Ignore This Name…'), CommandId.ignoreName, { uri, actorId: actor.id });
      action(ownText('Merge into Actor…'), CommandId.mergeIntoActor, { uri, actorId: actor.id });
    }
    return actions;
  }
}
