// What a review command is about: the claim a tree item, a hover link, a quick fix or the cursor names, with where its
// text stands now; and the arguments scripts and tests may pass to skip the questions.
import * as vscode from 'vscode';
import type { Analysis, Claim } from '../analysis/types';
import type { AnalysisService } from '../documents/analysisService';
import { isVerdict, type SpeakerChoice, type Verdict } from '../review';
import { ownText, type UiText } from '../presentation/uiText';
import type { TreeNode } from '../views/treeModel';

/** Arguments of the review commands; every field is optional and checked, as hover links and scripts pass them. */
export interface ReviewArguments {
  uri?: string;
  claimId?: string;
  verdict?: Verdict;
  /** Ask for a note after setting the verdict (the hover's "Disputed…"). */
  askNote?: boolean;
  note?: string;
  speaker?: SpeakerChoice;
  /** A span of the current text (Add Claim, Trim Claim). */
  start?: number;
  end?: number;
  cue?: string;
  /** Split Claim: where the second claim starts. */
  at?: number;
  /** Corrections list: the entry to remove without asking. */
  remove?: string;
  /** Orphans: the entry to attach to `start`–`end` without asking. */
  reattach?: string;
}

export interface ClaimTarget {
  document: vscode.TextDocument;
  analysis: Analysis;
  claim: Claim;
  /** The claim's span in the document's current text. */
  span: { start: number; end: number };
}

/** Where a tree item came from: the views' document and analysis. */
export type NodeSource = (node: TreeNode) => { document: vscode.TextDocument; analysis: Analysis } | undefined;

function isTreeNode(value: unknown): value is TreeNode {
  if (typeof value !== 'object' || value === null) return false;
  return typeof (value as TreeNode).id === 'string' && typeof (value as TreeNode).kind === 'string';
}

const MAX_TEXT_ARGUMENT = 10_000;

function optionalText(value: unknown, max = MAX_TEXT_ARGUMENT): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

function optionalOffset(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** The review arguments in a command's first argument, each field kept only when it has the right type. */
export function reviewArguments(value: unknown): ReviewArguments {
  if (typeof value !== 'object' || value === null || isTreeNode(value)) return {};
  const given = value as Record<string, unknown>;
  const speaker = typeof given.speaker === 'object' && given.speaker !== null ? (given.speaker as Record<string, unknown>) : undefined;
  const speakerName = optionalText(speaker?.name, 300);
  const actorId = optionalText(speaker?.actorId, 300);
  const args: ReviewArguments = {};
  const uri = optionalText(given.uri);
  const claimId = optionalText(given.claimId, 100);
  const note = optionalText(given.note);
  const cue = optionalText(given.cue, 200);
  const remove = optionalText(given.remove, 100);
  const reattach = optionalText(given.reattach, 100);
  const at = optionalOffset(given.at);
  const start = optionalOffset(given.start);
  const end = optionalOffset(given.end);
  if (uri !== undefined) args.uri = uri;
  if (claimId !== undefined) args.claimId = claimId;
  if (isVerdict(given.verdict)) args.verdict = given.verdict;
  if (given.askNote === true) args.askNote = true;
  if (note !== undefined) args.note = note;
  if (speakerName?.trim()) args.speaker = actorId === undefined ? { name: speakerName.trim() } : { name: speakerName.trim(), actorId };
  if (start !== undefined && end !== undefined && end > start) Object.assign(args, { start, end });
  if (cue !== undefined) args.cue = cue;
  if (remove !== undefined) args.remove = remove;
  if (reattach !== undefined) args.reattach = reattach;
  if (at !== undefined) args.at = at;
  return args;
}

/** Finds what a review command is about. */
export class TargetResolver {
  constructor(
    private readonly service: AnalysisService,
    private readonly nodeSource: NodeSource,
  ) {}

  /** The document a command is about: named by URI, a tree item's, or the active editor's. */
  document(value: unknown): vscode.TextDocument | undefined {
    if (isTreeNode(value)) return this.nodeSource(value)?.document;
    const { uri } = reviewArguments(value);
    const named = (candidate: vscode.TextDocument): boolean => candidate.uri.toString() === uri;
    const document = uri !== undefined ? vscode.workspace.textDocuments.find(named) : vscode.window.activeTextEditor?.document;
    return document && this.service.appliesTo(document) ? document : undefined;
  }

  /** The claim a command is about, or undefined (with a message in the status bar saying why). */
  async claim(value: unknown): Promise<ClaimTarget | undefined> {
    const document = this.document(value);
    if (!document) return this.nothing(ownText('open a document Source Lens reads'));
    const node = isTreeNode(value) ? value : undefined;
    const { claimId } = node ? { claimId: node.claimId } : reviewArguments(value);
    if (claimId !== undefined) {
      const analysis = (node && this.nodeSource(node)?.analysis) ?? this.service.latestAnalysis(document);
      const claim = analysis?.claims.find((candidate) => candidate.id === claimId);
      if (!analysis || !claim) return this.nothing(ownText('this claim is no longer in the analysis'));
      return this.withSpan(document, analysis, claim);
    }
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document !== document) return this.nothing(ownText('put the cursor on a claim'));
    const state = await this.service.whenSettled(document);
    if (state?.kind !== 'analyzed') return this.nothing(ownText('this document has no analysis yet'));
    const claim = this.service.indexFor(state.analysis).claimsAt(document.offsetAt(editor.selection.active))[0];
    if (!claim) return this.nothing(ownText('there is no claim at the cursor'));
    return this.withSpan(document, state.analysis, claim);
  }

  private withSpan(document: vscode.TextDocument, analysis: Analysis, claim: Claim): ClaimTarget | undefined {
    const span = this.service.currentSpan(document, analysis, claim);
    if (!span) return this.nothing(ownText('an edit removed this claim; try again once the document is analysed'));
    return { document, analysis, claim, span };
  }

  private nothing(reason: UiText): undefined {
    vscode.window.setStatusBarMessage(`Source Lens: ${reason}.`, 4000);
    return undefined;
  }
}
