// The Actors and Claims views as plain data: grouping, sorting, filtering, labels and tooltips, with no editor types.
import type { Actor, ActorType, Analysis, Claim, Mention } from '../analysis/types';
import { claimWithId } from '../derived/analysisIndex';
import { isLowConfidence, roundedConfidence } from '../derived/lowConfidence';
import { singleLine } from '../presentation/escape';
import { ACTOR_TYPE_NAMES, plural } from '../presentation/wording';
import { VERDICT_LABELS, type ClaimCorrection, type ClaimReview, type Verdict } from '../review';
import { markdownText, ownMarkdown, ownText, uiText, type MarkdownText, type UiText } from '../presentation/uiText';

export type ActorSort = 'name' | 'claims' | 'firstAppearance';
export const ACTOR_SORTS: readonly ActorSort[] = ['name', 'claims', 'firstAppearance'];

export type TreeNodeKind = 'group' | 'actor' | 'claim' | 'mentions' | 'mention' | 'page';

/** Context values, matched by `viewItem` in the manifest's menus. */
export const CONTEXT_VALUE: Readonly<Record<TreeNodeKind, string>> = {
  group: 'sourcelens.group',
  actor: 'sourcelens.actor',
  claim: 'sourcelens.claim',
  mentions: 'sourcelens.mentions',
  mention: 'sourcelens.mention',
  page: 'sourcelens.page',
};

/** Most items listed under one node; longer lists are split into pages, so a book never floods a view. */
export const PAGE_SIZE = 500;

export interface TreeNode {
  /** Stable across re-analyses of the same text, so the view keeps expansion and selection. */
  id: string;
  kind: TreeNodeKind;
  /** Labels, descriptions and tooltips carry document and settings text (actor names can come from a repository's settings). */
  label: UiText;
  description?: UiText;
  /** Markdown with every piece of document text escaped. */
  tooltip?: MarkdownText;
  /** What a screen reader says for the item: the label, its kind and its counts in words ("Dmitry Peskov, person, 2 mentions, 1 claim"). */
  accessibilityLabel: UiText;
  /** A codicon id. */
  icon: string;
  /** A theme colour id for the icon (a claim's verdict). */
  iconColor?: string;
  collapsible: 'none' | 'collapsed' | 'expanded';
  /** The source range revealed when the node is clicked. */
  target?: { start: number; end: number };
  actorId?: string;
  claimId?: string;
  /** Group nodes: the type of actors they hold. */
  actorType?: ActorType;
  /** Page nodes: which list they cut, and the positions `[start, end)` in it. */
  page?: { list: 'claims' | 'mentions'; start: number; end: number };
}

/** Page nodes for a list of `total` items under `parentId` (empty when the list fits on one page). */
function pageNodes(parentId: string, list: 'claims' | 'mentions', total: number, actorId?: string): TreeNode[] {
  if (total <= PAGE_SIZE) return [];
  const pages: TreeNode[] = [];
  for (let start = 0; start < total; start += PAGE_SIZE) {
    const end = Math.min(total, start + PAGE_SIZE);
    pages.push({
      id: `${parentId}/${list}:${start}`,
      kind: 'page',
      label: ownText(`${list === 'claims' ? 'Claims' : 'Mentions'} ${start + 1}–${end}`),
      description: ownText(`of ${total}`),
      accessibilityLabel: ownText(`${list === 'claims' ? 'Claims' : 'Mentions'} ${start + 1} to ${end} of ${total}`),
      icon: 'list-flat',
      collapsible: 'collapsed',
      page: { list, start, end },
      ...(actorId === undefined ? {} : { actorId }),
    });
  }
  return pages;
}

const LABEL_MAX = 80;
const CLAIM_LABEL_MAX = 100;
const TOOLTIP_TEXT_MAX = 600;

const GROUPS = [
  { type: 'PERSON', label: 'People', icon: 'person' },
  { type: 'ORG', label: 'Organizations', icon: 'organization' },
  { type: 'PLACE', label: 'Places', icon: 'globe' },
] as const satisfies ReadonlyArray<{ type: ActorType; label: string; icon: string }>;

/** The Actors view's node for claims whose speaker names no one ("officials said"): they have no actor to sit under. */
export const UNNAMED_GROUP_ID = 'group:unnamed';
const UNNAMED_LABEL = 'Unnamed speakers';
const UNNAMED_TOOLTIP = 'Claims whose speaker names no one ("officials said", or "the commission said" with no commission named): ' +
  'the description is the speaker.';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Case- and accent-insensitive containment, for the view filter. */
export function matchesFilter(filter: string, ...texts: readonly string[]): boolean {
  const needle = filter.trim().toLocaleLowerCase();
  if (!needle) return true;
  return texts.some((text) => text.toLocaleLowerCase().includes(needle));
}

export function compareActors(sort: ActorSort): (a: Actor, b: Actor) => number {
  const byName = (a: Actor, b: Actor): number => collator.compare(a.name, b.name);
  const firstOffset = (actor: Actor): number => actor.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
  switch (sort) {
    case 'name':
      return byName;
    case 'claims':
      return (a, b) => b.claimIds.length - a.claimIds.length || b.mentions.length - a.mentions.length || byName(a, b);
    case 'firstAppearance':
      return (a, b) => firstOffset(a) - firstOffset(b) || byName(a, b);
  }
}

/** The reader's verdicts and corrections, shown on claims (icon, description, tooltip) and counted per actor. */
export interface ClaimMarks {
  reviewOf(claimId: string): ClaimReview | undefined;
  correctionsOf(claimId: string): readonly ClaimCorrection[] | undefined;
}

/** How each verdict shows: a codicon and a theme colour; an unchecked claim keeps its kind's icon. */
export const VERDICT_ICONS: Readonly<Record<Exclude<Verdict, 'unchecked'>, { icon: string; color: string }>> = {
  verified: { icon: 'pass', color: 'testing.iconPassed' },
  disputed: { icon: 'warning', color: 'list.warningForeground' },
  false: { icon: 'error', color: 'list.errorForeground' },
  needsSource: { icon: 'question', color: 'editorInfo.foreground' },
};

/** A claim of low confidence not yet checked: its own icon, in the colour the highlight uses. */
export const LOW_CONFIDENCE_ICON = { icon: 'unverified', color: 'sourcelens.lowConfidenceForeground' } as const;

/** What a claim row shows besides the claim: the reader's marks, and the confidence below which a claim is marked low. */
export interface ClaimNodeOptions {
  marks?: ClaimMarks | undefined;
  lowConfidenceBelow?: number | undefined;
}

const CORRECTION_WORDS: Readonly<Record<ClaimCorrection, string>> = { speaker: 'speaker', span: 'span', split: 'split', added: 'added' };

function isChecked(marks: ClaimMarks, claimId: string): boolean {
  const verdict = marks.reviewOf(claimId)?.verdict;
  return verdict !== undefined && verdict !== 'unchecked';
}

export function actorDescription(actor: Actor, marks?: ClaimMarks): UiText {
  const counts = `${plural(actor.mentions.length, 'mention')} · ${plural(actor.claimIds.length, 'claim')}`;
  if (!marks || actor.claimIds.length === 0) return ownText(counts);
  const checked = actor.claimIds.filter((claimId) => isChecked(marks, claimId)).length;
  return ownText(`${counts} · ${checked}/${actor.claimIds.length} checked`);
}

/** How a screen reader names an actor's type inside a sentence. */
const SPOKEN_TYPES = { PERSON: 'person', ORG: 'organization', PLACE: 'place' } as const satisfies Readonly<Record<ActorType, string>>;

/** "Dmitry Peskov, person, 2 mentions, 1 claim": what the row shows, with its kind, as a sentence reads. */
export function actorAccessibilityLabel(actor: Actor): UiText {
  const counts = `${plural(actor.mentions.length, 'mention')}, ${plural(actor.claimIds.length, 'claim')}`;
  return ownText(`${uiText(actor.name, LABEL_MAX)}, ${SPOKEN_TYPES[actor.type]}, ${counts}`);
}

/** "Dmitry Peskov said: Putin and Xi would…, line 9": speaker, cue and text, whichever view the claim is in. */
export function claimAccessibilityLabel(claim: Claim): UiText {
  return ownText(`${uiText(claim.speaker, LABEL_MAX)} ${uiText(claim.cue, LABEL_MAX)}: ${claimLabel(claim)}, line ${claim.line}`);
}

/** Escaped names, comma-separated. */
function nameList(names: readonly string[]): MarkdownText {
  let joined = ownMarkdown('');
  for (const name of names) joined = joined ? ownMarkdown(`${joined}, ${markdownText(name, LABEL_MAX)}`) : markdownText(name, LABEL_MAX);
  return joined;
}

export function actorTooltip(actor: Actor): MarkdownText {
  let tooltip = ownMarkdown(`**${markdownText(actor.name, LABEL_MAX)}** · ${ACTOR_TYPE_NAMES[actor.type]}`);
  const aliases = actor.aliases.filter((alias) => alias !== actor.name);
  if (aliases.length > 0) tooltip = ownMarkdown(`${tooltip}\n\nAlso: ${nameList(aliases)}`);
  if (actor.roles.length > 0) tooltip = ownMarkdown(`${tooltip}\n\nRoles: ${nameList(actor.roles)}`);
  return ownMarkdown(`${tooltip}\n\n${plural(actor.mentions.length, 'mention')} · ${plural(actor.claimIds.length, 'claim')}`);
}

export function claimLabel(claim: Claim): UiText {
  return uiText(claim.text, CLAIM_LABEL_MAX);
}

/** The cue and the line: the speaker is in the label (Claims view) or the parent (Actors view). */
export function claimDescription(claim: Claim): UiText {
  return ownText(`${uiText(claim.cue, LABEL_MAX)} · line ${claim.line}`);
}

export function claimTooltip(claim: Claim, review?: ClaimReview, corrections?: readonly ClaimCorrection[]): MarkdownText {
  const tooltip = ownMarkdown(
    `**${markdownText(claim.speaker, LABEL_MAX)}** ${markdownText(claim.cue, LABEL_MAX)} (${claim.kind}), line ${claim.line}\n\n` +
      `> ${markdownText(claim.text, TOOLTIP_TEXT_MAX)}`,
  );
  const verdict = review ? ownMarkdown(`\n\n**${VERDICT_LABELS[review.verdict]}**`) : ownMarkdown('');
  const note = review?.note ? ownMarkdown(` — ${markdownText(review.note, TOOLTIP_TEXT_MAX)}`) : ownMarkdown('');
  let corrected = ownMarkdown('');
  for (const correction of corrections ?? []) {
    const word = CORRECTION_WORDS[correction];
    corrected = ownMarkdown(corrected ? `${corrected}, ${word}` : `\n\nCorrected by the reviewer: ${word}`);
  }
  return ownMarkdown(`${tooltip}${verdict}${note}${corrected}`);
}

/** `"…" — Speaker, file:line`: the claim as a reader would cite it, on one line. */
export function claimCitation(claim: Claim, fileName: string): string {
  const text = singleLine(claim.text, claim.text.length + 1);
  return `"${text}" — ${singleLine(claim.speaker, LABEL_MAX)}, ${singleLine(fileName, 200)}:${claim.line}`;
}

/**
 * A claim item. In the Claims view the speaker leads the label, so a narrow side bar still shows who
 * said it; under an actor in the Actors view the speaker is known, so the text leads.
 */
function claimNode(claim: Claim, idPrefix: string, underSpeaker: boolean, options: ClaimNodeOptions): TreeNode {
  const { marks } = options;
  const review = marks?.reviewOf(claim.id);
  const corrections = marks?.correctionsOf(claim.id);
  const low = options.lowConfidenceBelow !== undefined && isLowConfidence(claim, options.lowConfidenceBelow);
  // A verdict says more than the engine's doubt: a checked claim shows its verdict's icon.
  const shown = review && review.verdict !== 'unchecked' ? VERDICT_ICONS[review.verdict] : low ? LOW_CONFIDENCE_ICON : undefined;
  const verdict = review && review.verdict !== 'unchecked' ? ` · ${VERDICT_LABELS[review.verdict]}` : '';
  const corrected = corrections?.length ? ' · corrected' : '';
  const doubt = low ? ` · low confidence ${roundedConfidence(claim)}` : '';
  return {
    id: `${idPrefix}claim:${claim.id}`,
    kind: 'claim',
    label: underSpeaker ? claimLabel(claim) : ownText(`${uiText(claim.speaker, LABEL_MAX)}: ${claimLabel(claim)}`),
    description: ownText(`${claimDescription(claim)}${verdict}${corrected}${doubt}`),
    tooltip: claimTooltip(claim, review, corrections),
    // The verdict, the correction and the doubt read aloud too, not only shown beside the row.
    accessibilityLabel: ownText(`${claimAccessibilityLabel(claim)}${verdict}${corrected}${doubt}`),
    icon: shown?.icon ?? (claim.kind === 'direct' ? 'quote' : 'comment'),
    ...(shown ? { iconColor: shown.color } : {}),
    collapsible: 'none',
    target: { start: claim.start, end: claim.end },
    claimId: claim.id,
    ...(claim.speakerId === null ? {} : { actorId: claim.speakerId }),
  };
}

function mentionNode(actor: Actor, mention: Mention): TreeNode {
  const spokenKind = mention.kind === 'name' ? '' : `${mention.kind} `;
  return {
    id: `actor:${actor.id}/mention:${mention.start}`,
    kind: 'mention',
    label: uiText(mention.text, LABEL_MAX),
    description: ownText(`line ${mention.line}${mention.kind === 'name' ? '' : ` · ${mention.kind}`}`),
    accessibilityLabel: ownText(`${uiText(mention.text, LABEL_MAX)}, ${spokenKind}mention, line ${mention.line}`),
    icon: 'symbol-reference',
    collapsible: 'none',
    target: { start: mention.start, end: mention.end },
    actorId: actor.id,
  };
}

export interface ActorsTreeOptions extends ClaimNodeOptions {
  sort: ActorSort;
  filter: string;
}

/** People / Organizations / Places → actor → its claims and a "Mentions" node → each mention. */
export class ActorsTreeModel {
  private readonly actorById: ReadonlyMap<string, Actor>;

  constructor(
    private readonly analysis: Analysis,
    private readonly options: ActorsTreeOptions,
  ) {
    this.actorById = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  }

  roots(): TreeNode[] {
    const unnamed = this.unnamedClaims();
    const unnamedRoot: TreeNode[] = unnamed.length === 0 ? [] : [{
      id: UNNAMED_GROUP_ID,
      kind: 'group',
      label: ownText(UNNAMED_LABEL),
      description: ownText(`${unnamed.length}`),
      tooltip: ownMarkdown(UNNAMED_TOOLTIP),
      accessibilityLabel: ownText(`${UNNAMED_LABEL}, ${plural(unnamed.length, 'claim')}`),
      icon: 'organization',
      collapsible: 'collapsed',
    }];
    return [...this.typeRoots(), ...unnamedRoot];
  }

  /**
   * The claims of speakers that name no one (an unnamed group: no actor, so no id), which pass the filter by speaker or
   * text, in reading order.
   */
  private unnamedClaims(): Claim[] {
    const { filter } = this.options;
    return this.analysis.claims.filter((claim) => claim.speakerId === null && matchesFilter(filter, claim.speaker, claim.text));
  }

  private typeRoots(): TreeNode[] {
    return GROUPS.flatMap(({ type, label, icon }) => {
      const members = this.membersOf(type);
      if (members.length === 0) return [];
      return [
        {
          id: `group:${type}`,
          kind: 'group',
          label: ownText(label),
          description: ownText(`${members.length}`),
          accessibilityLabel: ownText(`${label}, ${plural(members.length, 'actor')}`),
          icon,
          collapsible: 'expanded',
          actorType: type,
        },
      ];
    });
  }

  /** The actors of one type that pass the filter, in the chosen order. */
  private membersOf(type: ActorType): Actor[] {
    return this.analysis.actors
      .filter((actor) => actor.type === type && [actor.name, ...actor.aliases].some((name) => matchesFilter(this.options.filter, name)))
      .sort(compareActors(this.options.sort));
  }

  children(node: TreeNode): TreeNode[] {
    switch (node.kind) {
      case 'group':
        if (node.id === UNNAMED_GROUP_ID) return this.unnamedNodes(0, Number.MAX_SAFE_INTEGER);
        return node.actorType ? this.membersOf(node.actorType).map((actor) => this.actorNode(actor)) : [];
      case 'actor': {
        const actor = node.actorId === undefined ? undefined : this.actorById.get(node.actorId);
        if (!actor) return [];
        const claimPages = pageNodes(`actor:${actor.id}`, 'claims', actor.claimIds.length, actor.id);
        const claims = claimPages.length > 0 ? claimPages : this.claimNodesOf(actor, 0, actor.claimIds.length);
        const mentions: TreeNode = {
          id: `actor:${actor.id}/mentions`,
          kind: 'mentions',
          label: ownText('Mentions'),
          description: ownText(`${actor.mentions.length}`),
          accessibilityLabel: ownText(`Mentions of ${uiText(actor.name, LABEL_MAX)}: ${actor.mentions.length}`),
          icon: 'references',
          collapsible: 'collapsed',
          actorId: actor.id,
        };
        return actor.mentions.length > 0 ? [...claims, mentions] : claims;
      }
      case 'mentions': {
        const actor = node.actorId === undefined ? undefined : this.actorById.get(node.actorId);
        if (!actor) return [];
        const pages = pageNodes(`actor:${actor.id}`, 'mentions', actor.mentions.length, actor.id);
        return pages.length > 0 ? pages : actor.mentions.map((mention) => mentionNode(actor, mention));
      }
      case 'page': {
        if (node.id.startsWith(`${UNNAMED_GROUP_ID}/`) && node.page) return this.unnamedNodes(node.page.start, node.page.end);
        const actor = node.actorId === undefined ? undefined : this.actorById.get(node.actorId);
        if (!actor || !node.page) return [];
        const { list, start, end } = node.page;
        return list === 'claims'
          ? this.claimNodesOf(actor, start, end)
          : actor.mentions.slice(start, end).map((mention) => mentionNode(actor, mention));
      }
      case 'claim':
      case 'mention':
        return [];
    }
  }

  /** The unnamed speakers' claims, each led by its speaker ("officials: …"), in pages when there are many. */
  private unnamedNodes(start: number, end: number): TreeNode[] {
    const claims = this.unnamedClaims();
    if (end === Number.MAX_SAFE_INTEGER) {
      const pages = pageNodes(UNNAMED_GROUP_ID, 'claims', claims.length);
      if (pages.length > 0) return pages;
    }
    return claims.slice(start, end).map((claim) => claimNode(claim, `${UNNAMED_GROUP_ID}/`, false, this.options));
  }

  private claimNodesOf(actor: Actor, start: number, end: number): TreeNode[] {
    return actor.claimIds
      .slice(start, end)
      .map((claimId) => claimWithId(this.analysis.claims, claimId))
      .filter((claim): claim is Claim => claim !== undefined)
      .map((claim) => claimNode(claim, `actor:${actor.id}/`, true, this.options));
  }

  actorNode(actor: Actor): TreeNode {
    const first = actor.mentions[0];
    return {
      id: `actor:${actor.id}`,
      kind: 'actor',
      label: uiText(actor.name, LABEL_MAX),
      description: actorDescription(actor, this.options.marks),
      tooltip: actorTooltip(actor),
      accessibilityLabel: actorAccessibilityLabel(actor),
      icon: GROUPS.find((group) => group.type === actor.type)?.icon ?? 'person',
      collapsible: actor.mentions.length > 0 || actor.claimIds.length > 0 ? 'collapsed' : 'none',
      ...(first ? { target: { start: first.start, end: first.end } } : {}),
      actorId: actor.id,
    };
  }
}

export interface ClaimsTreeOptions extends ClaimNodeOptions {
  filter: string;
  /** List only the claims of low confidence (below `lowConfidenceBelow`). */
  lowConfidenceOnly?: boolean;
}

/** Every claim in reading order (or only those of low confidence), labelled with its text and described by speaker and cue. */
export class ClaimsTreeModel {
  private readonly shown: readonly Claim[];

  constructor(
    analysis: Analysis,
    private readonly options: ClaimsTreeOptions,
  ) {
    const { filter, lowConfidenceBelow } = options;
    const low = options.lowConfidenceOnly === true && lowConfidenceBelow !== undefined;
    const passes = (claim: Claim): boolean =>
      (!filter || matchesFilter(filter, claim.text, claim.speaker, claim.cue)) && (!low || isLowConfidence(claim, lowConfidenceBelow));
    this.shown = filter || low ? analysis.claims.filter(passes) : analysis.claims;
  }

  roots(): TreeNode[] {
    const pages = pageNodes('claims', 'claims', this.shown.length);
    return pages.length > 0 ? pages : this.shown.map((claim) => claimNode(claim, '', false, this.options));
  }

  children(node: TreeNode): TreeNode[] {
    return node.kind === 'page' && node.page
      ? this.shown.slice(node.page.start, node.page.end).map((claim) => claimNode(claim, '', false, this.options))
      : [];
  }
}

/** A node with its children expanded, as plain data (for tests and the extension's API). */
export interface TreeSnapshot extends TreeNode {
  children: TreeSnapshot[];
}

export function snapshot(model: { roots(): TreeNode[]; children(node: TreeNode): TreeNode[] }): TreeSnapshot[] {
  const expand = (node: TreeNode): TreeSnapshot => ({ ...node, children: model.children(node).map(expand) });
  return model.roots().map(expand);
}
