// The review's lists: every correction in effect (with the orphans after them), and the orphans alone, entries whose
// text is gone or bears no claim now, each shown with its last known text, to remove or to attach to the selection.
import * as vscode from 'vscode';
import type { AnalysisService } from '../documents/analysisService';
import { plural } from '../presentation/wording';
import { ownText, uiText, type UiText } from '../presentation/uiText';
import { anchorAt, reviewTime, VERDICT_LABELS, withEntry, withoutEntry, type EntryState, type ReviewEntry } from '../review';
import type { ReviewController } from '../reviewing/controller';
import { reviewArguments, type TargetResolver } from '../reviewing/target';

const NAME_MAX = 60;
const TEXT_MAX = 100;

const VERDICT_CODICONS = {
  unchecked: '$(circle-large-outline)',
  verified: '$(pass)',
  disputed: '$(warning)',
  false: '$(error)',
  needsSource: '$(question)',
} as const;

/** How to show an entry in the lists. */
export function entryLabel(entry: ReviewEntry): UiText {
  switch (entry.kind) {
    case 'verdict':
      return ownText(`${VERDICT_CODICONS[entry.verdict]} ${VERDICT_LABELS[entry.verdict]}`);
    case 'speaker':
      return ownText(`$(person) Wrong speaker → ${uiText(entry.speaker.name, NAME_MAX)}`);
    case 'notClaim':
      return ownText('$(circle-slash) Not a claim');
    case 'addClaim':
      return ownText(`$(add) Claim added: ${uiText(entry.speaker.name, NAME_MAX)} ${uiText(entry.cue, NAME_MAX)}`);
    case 'span':
      return ownText(`$(fold) Claim trimmed to “${uiText(entry.span.quote.exact, TEXT_MAX)}”`);
    case 'split':
      return ownText(`$(split-horizontal) Claim split before “${uiText(entry.second.quote.exact, TEXT_MAX)}”`);
  }
}

function orphanReason(state: EntryState): UiText {
  return ownText(state.orphan === 'textGone' ? 'orphan: its text is gone' : 'orphan: no claim stands on its text now');
}

type EntryItem = vscode.QuickPickItem & { state?: EntryState };
type Action = vscode.QuickPickItem & { action: 'reveal' | 'remove' | 'reattach' };

export class ReviewLists {
  constructor(
    private readonly service: AnalysisService,
    private readonly controller: ReviewController,
    private readonly targets: TargetResolver,
  ) {}

  /** Every correction in effect for the document and every orphan; picking one reveals, removes or re-attaches it. */
  async showCorrections(value: unknown): Promise<void> {
    const found = this.states(value);
    if (!found) return;
    const { document, states } = found;
    const args = reviewArguments(value);
    if (args.remove !== undefined || args.reattach !== undefined) return this.scripted(document, value);
    const corrections = states.filter((state) => state.entry.kind !== 'verdict' && !state.orphan);
    const orphans = states.filter((state) => state.orphan);
    if (corrections.length + orphans.length === 0) {
      void vscode.window.showInformationMessage('Source Lens: no corrections and no orphans in this document’s review.');
      return;
    }
    const items: EntryItem[] = [
      { label: ownText(`Corrections (${corrections.length})`), kind: vscode.QuickPickItemKind.Separator },
      ...corrections.map((state) => this.item(document, state)),
      { label: ownText(`Orphans (${orphans.length}): kept with their last known text`), kind: vscode.QuickPickItemKind.Separator },
      ...orphans.map((state) => this.item(document, state)),
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: 'Corrections',
      placeHolder: 'Pick one to reveal it or remove it',
      matchOnDetail: true,
    });
    if (picked?.state) await this.act(document, picked.state);
  }

  /**
   * The orphans alone: review entries whose text is gone (or bears no claim now), with their last known text. One can
   * be removed, or attached to the text selected in the editor (where the claim now stands after a rewrite).
   */
  async showOrphans(value: unknown): Promise<void> {
    const found = this.states(value);
    if (!found) return;
    const { document } = found;
    if (reviewArguments(value).remove !== undefined || reviewArguments(value).reattach !== undefined) return this.scripted(document, value);
    const orphans = found.states.filter((state) => state.orphan);
    if (orphans.length === 0) {
      void vscode.window.showInformationMessage('Source Lens: no orphans in this document’s review: every entry is on its text.');
      return;
    }
    const picked = await vscode.window.showQuickPick(
      orphans.map((state) => this.item(document, state)),
      {
        title: ownText(`Orphans: ${plural(orphans.length, 'review entry', 'review entries')} whose text is gone`),
        placeHolder: 'Pick one to remove it, or to attach it to the text selected in the editor',
        matchOnDetail: true,
      },
    );
    if (picked?.state) await this.act(document, picked.state);
  }

  private states(value: unknown): { document: vscode.TextDocument; states: readonly EntryState[] } | undefined {
    const document = this.targets.document(value);
    const analysis = document && this.service.latestAnalysis(document);
    if (!document || !analysis) return undefined;
    return { document, states: this.controller.reviewedFor(analysis)?.entries ?? [] };
  }

  private item(document: vscode.TextDocument, state: EntryState): EntryItem {
    const line = state.match ? document.positionAt(state.match.start).line + 1 : undefined;
    return {
      label: entryLabel(state.entry),
      description: state.orphan ? orphanReason(state) : ownText(`line ${line ?? '?'}`),
      detail: ownText(`${state.orphan ? 'last known text: ' : ''}“${uiText(state.entry.target.quote.exact, TEXT_MAX)}”`),
      state,
    };
  }

  /** What to do with a picked entry: reveal it, remove it, or (an orphan) attach it to the selection. */
  private async act(document: vscode.TextDocument, state: EntryState): Promise<void> {
    const selection = this.selectionIn(document);
    const selected = selection
      ? ownText(`“${uiText(document.getText(selection), TEXT_MAX)}”`)
      : ownText('select the text in the editor first');
    const actions: Action[] = [];
    if (state.match && !state.orphan) actions.push({ label: ownText('$(go-to-file) Reveal in Editor'), action: 'reveal' });
    if (state.orphan) {
      actions.push({
        label: ownText('$(link) Attach to the Selection'),
        description: selected,
        action: 'reattach',
      });
    }
    const removal = state.entry.kind === 'verdict' ? 'Remove This Verdict' : 'Remove This Correction';
    actions.push({ label: ownText(`$(trash) ${removal}`), action: 'remove' });
    const chosen = await vscode.window.showQuickPick(actions, { title: entryLabel(state.entry) });
    if (!chosen) return;
    if (chosen.action === 'remove') await this.controller.change(document, (review) => withoutEntry(review, state.entry.id));
    else if (chosen.action === 'reveal' && state.match) {
      const range = new vscode.Range(document.positionAt(state.match.start), document.positionAt(state.match.end));
      await vscode.window.showTextDocument(document, { selection: range });
    } else if (chosen.action === 'reattach') {
      if (!selection) {
        vscode.window.setStatusBarMessage('Source Lens: select the text the entry belongs to, then attach it.', 4000);
        return;
      }
      await this.reattach(document, state.entry, document.offsetAt(selection.start), document.offsetAt(selection.end));
    }
  }

  /** A non-empty selection in an editor of the document. */
  private selectionIn(document: vscode.TextDocument): vscode.Selection | undefined {
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document && !candidate.selection.isEmpty);
    return editor?.selection;
  }

  private async reattach(document: vscode.TextDocument, entry: ReviewEntry, start: number, end: number): Promise<void> {
    const target = anchorAt(document.getText(), start, end);
    await this.controller.change(document, (review) => withEntry(review, { ...entry, target, updated: reviewTime() }));
    vscode.window.setStatusBarMessage(ownText(`Source Lens: attached “${entryLabel(entry)}” to the selection.`), 4000);
  }

  /** Scripts and tests: `{ remove: id }`, or `{ reattach: id, start, end }`. */
  private async scripted(document: vscode.TextDocument, value: unknown): Promise<void> {
    const args = reviewArguments(value);
    if (args.remove !== undefined) {
      const id = args.remove;
      await this.controller.change(document, (review) => withoutEntry(review, id));
      return;
    }
    const entry = this.controller.store.reviewOf(document.uri)?.entries.find((candidate) => candidate.id === args.reattach);
    if (entry && args.start !== undefined && args.end !== undefined) await this.reattach(document, entry, args.start, args.end);
  }
}
