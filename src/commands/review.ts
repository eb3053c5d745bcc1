// The review commands: verdicts and notes, Next Unchecked Claim, Wrong Speaker…, Not a Claim, Add Claim…, Trim Claim,
// Split Claim, the Corrections list and the orphans; each asks what it needs unless its arguments say it.
import * as vscode from 'vscode';
import type { Actor, Analysis } from '../analysis/types';
import { plural } from '../presentation/wording';
import {
  anchorAt,
  newEntryId,
  reviewTime,
  VERDICT_LABELS,
  VERDICTS,
  withEntry,
  withoutEntry,
  withVerdict,
  type EntryState,
  type Review,
  type ReviewEntry,
  type SpeakerChoice,
  type Verdict,
} from '../review';
import type { AnalysisService } from '../documents/analysisService';
import { ownText, uiText, type UiText } from '../presentation/uiText';
import type { ReviewController } from '../reviewing/controller';
import { reviewArguments, type ClaimTarget, type TargetResolver } from '../reviewing/target';
import { ReviewLists } from './reviewLists';

const NAME_MAX = 60;

const VERDICT_CODICONS: Readonly<Record<Verdict, string>> = {
  unchecked: '$(circle-large-outline)',
  verified: '$(pass)',
  disputed: '$(warning)',
  false: '$(error)',
  needsSource: '$(question)',
};

export class ReviewCommands {
  /** The Corrections list and the orphans. */
  readonly lists: ReviewLists;

  constructor(
    private readonly service: AnalysisService,
    private readonly controller: ReviewController,
    private readonly targets: TargetResolver,
  ) {
    this.lists = new ReviewLists(service, controller, targets);
  }

  async setVerdict(value: unknown, fixed?: Verdict): Promise<void> {
    const target = await this.targets.claim(value);
    if (!target) return;
    const args = reviewArguments(value);
    const current = this.controller.reviewedFor(target.analysis)?.claims.get(target.claim.id);
    const verdict = fixed ?? args.verdict ?? (await this.pickVerdict(current?.verdict ?? 'unchecked'));
    if (!verdict) return;
    let note = args.note;
    if (note === undefined && args.askNote) {
      note = await this.askNote(current?.note ?? '', VERDICT_LABELS[verdict]);
      if (note === undefined) return;
    }
    const entryId = current ? { entryId: current.entryId } : {};
    await this.controller.change(target.document, (review) =>
      withVerdict(review, { ...entryId, target: this.anchor(target), verdict, note, updated: reviewTime() }),
    );
    vscode.window.setStatusBarMessage(ownText(`Source Lens: claim marked ${VERDICT_LABELS[verdict]}.`), 3000);
  }

  async editNote(value: unknown): Promise<void> {
    const target = await this.targets.claim(value);
    if (!target) return;
    const current = this.controller.reviewedFor(target.analysis)?.claims.get(target.claim.id);
    const note = reviewArguments(value).note ?? (await this.askNote(current?.note ?? '', VERDICT_LABELS[current?.verdict ?? 'unchecked']));
    if (note === undefined) return;
    await this.controller.change(target.document, (review) =>
      withVerdict(review, {
        ...(current ? { entryId: current.entryId } : {}),
        target: this.anchor(target),
        verdict: current?.verdict ?? 'unchecked',
        note,
        updated: reviewTime(),
      }),
    );
  }

  /** Moves to the next claim after the cursor with no verdict, wrapping around the document. */
  async nextUnchecked(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.service.appliesTo(editor.document)) return;
    const state = await this.service.whenSettled(editor.document);
    if (state?.kind !== 'analyzed') return;
    const document = editor.document;
    const offset = document.offsetAt(editor.selection.active);
    const unchecked = state.analysis.claims.filter((claim) => !this.controller.isChecked(state.analysis, claim));
    const claim = unchecked.find((candidate) => candidate.start > offset) ?? unchecked[0];
    if (!claim) {
      const total = state.analysis.claims.length;
      const message = total ? ownText(`Source Lens: all ${plural(total, 'claim')} checked.`) : ownText('Source Lens: no claims.');
      vscode.window.setStatusBarMessage(message, 4000);
      return;
    }
    const range = new vscode.Range(document.positionAt(claim.start), document.positionAt(claim.end));
    editor.selection = new vscode.Selection(range.end, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  async wrongSpeaker(value: unknown): Promise<void> {
    const target = await this.targets.claim(value);
    if (!target) return;
    const given = reviewArguments(value).speaker;
    const speaker = given ?? (await this.pickSpeaker(target.analysis, target.claim.speakerId, ownText('Who said it?')));
    if (!speaker) return;
    const states = this.statesOf(target);
    await this.change(target, ownText(`Attributed the claim to ${uiText(speaker.name, NAME_MAX)}.`), (review) => {
      // One speaker correction per claim: a new one replaces the old.
      const replaced = withoutStates(review, states, 'speaker');
      return withEntry(replaced, { id: newEntryId(), kind: 'speaker', target: this.anchor(target), speaker, updated: reviewTime() });
    });
  }

  async notAClaim(value: unknown): Promise<void> {
    const target = await this.targets.claim(value);
    if (!target) return;
    await this.change(target, ownText('Removed the claim: it is not a claim.'), (review) =>
      withEntry(review, { id: newEntryId(), kind: 'notClaim', target: this.anchor(target), updated: reviewTime() }),
    );
  }

  async trimClaim(value: unknown): Promise<void> {
    const args = reviewArguments(value);
    const editor = vscode.window.activeTextEditor;
    const target = await this.targets.claim(args.claimId !== undefined ? value : undefined);
    if (!target) return;
    const span = args.start !== undefined && args.end !== undefined ? { start: args.start, end: args.end } : this.selection(editor, target);
    if (!span) {
      vscode.window.setStatusBarMessage('Source Lens: select the part of the claim it really is, then Trim Claim.', 4000);
      return;
    }
    const text = target.document.getText();
    const states = this.statesOf(target);
    await this.change(target, ownText('Trimmed the claim to the selection.'), (review) => {
      const trimmed = anchorAt(text, span.start, span.end);
      const entry: ReviewEntry = { id: newEntryId(), kind: 'span', target: this.anchor(target), span: trimmed, updated: reviewTime() };
      return withEntry(withoutStates(review, states, 'span'), entry);
    });
  }

  /** Cuts the claim in two at the cursor (or the selection's start); both parts keep the speaker and the cue. */
  async splitClaim(value: unknown): Promise<void> {
    const args = reviewArguments(value);
    const editor = vscode.window.activeTextEditor;
    const target = await this.targets.claim(args.claimId !== undefined ? value : undefined);
    if (!target) return;
    const cursor = editor?.document === target.document ? target.document.offsetAt(editor.selection.start) : undefined;
    const text = target.document.getText();
    let cut = args.at ?? cursor ?? -1;
    while (cut >= 0 && cut < target.span.end && /\s/.test(text[cut])) cut += 1;
    const before = text.slice(target.span.start, Math.max(target.span.start, cut)).trim();
    if (cut <= target.span.start || cut >= target.span.end || before.length === 0) {
      const hint = 'Source Lens: put the cursor inside the claim where the second claim starts, then Split Claim.';
      vscode.window.setStatusBarMessage(hint, 4000);
      return;
    }
    await this.change(target, ownText('Split the claim in two.'), (review) =>
      withEntry(review, {
        id: newEntryId(),
        kind: 'split',
        target: this.anchor(target),
        second: anchorAt(text, cut, target.span.end),
        updated: reviewTime(),
      }),
    );
  }

  async addClaim(value: unknown): Promise<void> {
    const args = reviewArguments(value);
    const document = this.targets.document(value);
    const editor = vscode.window.activeTextEditor;
    if (!document) return;
    const selected = editor?.document === document && !editor.selection.isEmpty ? editor.selection : undefined;
    const span =
      args.start !== undefined && args.end !== undefined
        ? { start: args.start, end: args.end }
        : selected && { start: document.offsetAt(selected.start), end: document.offsetAt(selected.end) };
    if (!span) {
      vscode.window.setStatusBarMessage('Source Lens: select the claim’s text first, then Add Claim.', 4000);
      return;
    }
    const analysis = this.service.latestAnalysis(document);
    const speaker = args.speaker ?? (analysis ? await this.pickSpeaker(analysis, null, ownText('Who said it?')) : await this.typeName());
    if (!speaker) return;
    const text = document.getText();
    const prompt = { title: 'Add Claim', prompt: 'The reporting cue, as written', value: guessCue(text, span) };
    const cue = args.cue ?? (await vscode.window.showInputBox(prompt));
    if (cue === undefined) return;
    const target = anchorAt(text, span.start, span.end);
    const entry: ReviewEntry = { id: newEntryId(), kind: 'addClaim', target, speaker, cue, updated: reviewTime() };
    await this.controller.change(document, (review) => withEntry(review, entry));
    this.offerUndo(document, entry.id, ownText(`Added a claim by ${uiText(speaker.name, NAME_MAX)}.`));
  }

  private anchor(target: ClaimTarget): ReturnType<typeof anchorAt> {
    return anchorAt(target.document.getText(), target.span.start, target.span.end);
  }

  /** The review entries standing on the target's claim now. */
  private statesOf(target: ClaimTarget): EntryState[] {
    return this.controller.reviewedFor(target.analysis)?.entries.filter((state) => state.claimId === target.claim.id) ?? [];
  }

  private selection(editor: vscode.TextEditor | undefined, target: ClaimTarget): { start: number; end: number } | undefined {
    if (!editor || editor.document !== target.document || editor.selection.isEmpty) return undefined;
    return { start: target.document.offsetAt(editor.selection.start), end: target.document.offsetAt(editor.selection.end) };
  }

  /** Records a correction and offers to undo it. */
  private async change(target: ClaimTarget, done: UiText, edit: (review: Review) => Review): Promise<void> {
    let added: string | undefined;
    await this.controller.change(target.document, (review) => {
      const next = edit(review);
      added = next.entries.find((entry) => !review.entries.some((old) => old.id === entry.id))?.id;
      return next;
    });
    if (added) this.offerUndo(target.document, added, done);
  }

  private offerUndo(document: vscode.TextDocument, entryId: string, message: UiText): void {
    void vscode.window.showInformationMessage(ownText(`Source Lens: ${message}`), 'Undo').then(async (choice) => {
      if (choice === 'Undo') await this.controller.change(document, (review) => withoutEntry(review, entryId));
    });
  }

  private async pickVerdict(current: Verdict): Promise<Verdict | undefined> {
    const items = VERDICTS.map((verdict) => ({
      label: ownText(`${VERDICT_CODICONS[verdict]} ${VERDICT_LABELS[verdict]}`),
      description: verdict === current ? ownText('current') : ownText(''),
      verdict,
    }));
    return (await vscode.window.showQuickPick(items, { title: 'Verdict', placeHolder: 'What did checking this claim show?' }))?.verdict;
  }

  private askNote(current: string, verdict: string): Thenable<string | undefined> {
    return vscode.window.showInputBox({
      title: ownText(`Note on the claim (${uiText(verdict)})`),
      prompt: 'What you found, and where; leave it empty to remove the note.',
      value: current,
    });
  }

  private async pickSpeaker(analysis: Analysis, currentId: string | null, title: UiText): Promise<SpeakerChoice | undefined> {
    type Item = vscode.QuickPickItem & { actor?: Actor };
    const actors = analysis.actors.filter((actor) => actor.id !== currentId).sort((a, b) => b.mentions.length - a.mentions.length);
    const items: Item[] = [
      { label: '$(edit) Type a name…', description: 'someone the analysis did not find' },
      ...actors.map((actor) => ({
        label: uiText(actor.name, NAME_MAX),
        description: ownText(`${actor.type} · ${plural(actor.mentions.length, 'mention')}`),
        actor,
      })),
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title,
      placeHolder: 'The actor who made this claim',
      matchOnDescription: true,
    });
    if (!picked) return undefined;
    return picked.actor ? { name: picked.actor.name, actorId: picked.actor.id } : this.typeName();
  }

  private async typeName(): Promise<SpeakerChoice | undefined> {
    const name = await vscode.window.showInputBox({
      title: 'Speaker',
      prompt: 'The speaker’s name',
      validateInput: (value) => (value.trim() ? undefined : 'Type a name'),
    });
    return name?.trim() ? { name: name.trim() } : undefined;
  }
}

/** The review without the entries of one kind among `states`. */
function withoutStates(review: Review, states: readonly EntryState[], kind: ReviewEntry['kind']): Review {
  return states.filter((state) => state.entry.kind === kind).reduce((next, state) => withoutEntry(next, state.entry.id), review);
}

const CUE_WORDS = /\b(?:said|says|told|added|stated|announced|according to|wrote|claimed|insisted|warned|argued)\b/i;

/** A reporting verb next to the span, as the cue's first guess. */
export function guessCue(text: string, span: { start: number; end: number }): string {
  const after = CUE_WORDS.exec(text.slice(span.end, span.end + 120));
  if (after) return after[0];
  const before = CUE_WORDS.exec(text.slice(Math.max(0, span.start - 120), span.start));
  return before ? before[0] : 'said';
}
