// Hover cards as Markdown strings: claim, actor and date cards where every piece of document text is escaped.
import type { Actor, Claim, Entity } from '../analysis/types';
import { ACTOR_TYPE_NAMES, plural } from '../presentation/wording';
import { confidenceOf, evidenceText } from '../presentation/evidence';
import { VERDICT_LABELS, type ClaimCorrection, type ClaimReview, type Verdict } from '../review';
import { markdownCommandUri, markdownText, ownMarkdown, type MarkdownText } from '../presentation/uiText';

const NAME_MAX = 80;
const CLAIM_TEXT_MAX = 500;
const CLAIM_PREVIEW_MAX = 120;
/** How many of an actor's claims its card lists before "and N more". */
export const ACTOR_CARD_CLAIMS = 3;

/** Builds the command links a card may carry; the only commands a hover is trusted to run. */
export interface CardLinks {
  reveal(span: { start: number; end: number }): MarkdownText;
  ignoreActor(actorId: string): MarkdownText;
  mergeActor(actorId: string): MarkdownText;
  /** Review links; a card without them shows no review line. */
  review?: ReviewLinks;
}

/** Links that review a claim from its card. */
export interface ReviewLinks {
  verdict(claimId: string, verdict: Verdict, askNote: boolean): MarkdownText;
  note(claimId: string): MarkdownText;
  wrongSpeaker(claimId: string): MarkdownText;
  notClaim(claimId: string): MarkdownText;
}

/** What the reader recorded about a claim, for its card. */
export interface ClaimReviewMarks {
  review?: ClaimReview | undefined;
  corrections?: readonly ClaimCorrection[] | undefined;
}

const CORRECTION_WORDS: Readonly<Record<ClaimCorrection, string>> = {
  speaker: 'speaker corrected',
  span: 'span trimmed',
  split: 'split in two',
  added: 'added by the reviewer',
};

/**
 * How the engine found the speaker, and how sure it is, when the analysis says (older analyses do not); "low" below
 * the reader's threshold, the word the tree and the editor's mark stand for.
 */
function evidenceLine(claim: Claim, lowConfidenceBelow: number | undefined): MarkdownText {
  const evidence = evidenceText(claim);
  const confidence = confidenceOf(claim);
  if (!evidence && confidence === undefined) return ownMarkdown('');
  const how = evidence ? ownMarkdown(`speaker found through ${inline(evidence, CLAIM_PREVIEW_MAX)}`) : ownMarkdown('');
  const rounded = confidence === undefined ? undefined : Math.round(confidence * 100) / 100;
  const low = confidence !== undefined && lowConfidenceBelow !== undefined && confidence < lowConfidenceBelow;
  const sure = rounded === undefined ? ownMarkdown('') : ownMarkdown(`${low ? '**low confidence** ' : 'confidence '}${rounded}`);
  return ownMarkdown(`\n\n${how}${how && sure ? ' · ' : ''}${sure}`);
}

/** The claim's verdict, note and corrections, and links to change them. */
function reviewSection(claim: Claim, links: ReviewLinks, marks: ClaimReviewMarks): MarkdownText {
  const verdict = marks.review?.verdict ?? 'unchecked';
  const note = marks.review?.note ? ownMarkdown(` — ${inline(marks.review.note, CLAIM_TEXT_MAX)}`) : ownMarkdown('');
  let corrected = ownMarkdown('');
  for (const correction of marks.corrections ?? []) corrected = ownMarkdown(`${corrected} · ${CORRECTION_WORDS[correction]}`);
  const actions = [
    ownMarkdown(`[Verified](${links.verdict(claim.id, 'verified', false)} "Mark the claim verified")`),
    ownMarkdown(`[Disputed…](${links.verdict(claim.id, 'disputed', true)} "Mark the claim disputed, with a note")`),
    ownMarkdown(`[False…](${links.verdict(claim.id, 'false', true)} "Mark the claim false, with a note")`),
    ownMarkdown(`[Needs source](${links.verdict(claim.id, 'needsSource', false)} "Mark that the claim needs a source")`),
    ownMarkdown(`[Note…](${links.note(claim.id)} "Write a note on the claim")`),
    ownMarkdown(`[Wrong speaker…](${links.wrongSpeaker(claim.id)} "Attribute the claim to someone else")`),
    ownMarkdown(`[Not a claim](${links.notClaim(claim.id)} "Remove this claim")`),
  ];
  let row = ownMarkdown('');
  for (const action of actions) row = row ? ownMarkdown(`${row} · ${action}`) : action;
  return ownMarkdown(`**${VERDICT_LABELS[verdict]}**${note}${corrected}\n\n${row}`);
}

/** A `command:` URI with JSON arguments, as VS Code's Markdown renderer expects. */
export function commandUri(command: string, args: readonly unknown[]): MarkdownText {
  return markdownCommandUri(command, args);
}

function inline(text: string, max = NAME_MAX): MarkdownText {
  return markdownText(text, max);
}

/** `[line 12](…)`: a link that reveals a claim. */
function lineLink(claim: Claim, links: CardLinks): MarkdownText {
  return ownMarkdown(`[line ${claim.line}](${links.reveal(claim)} "Reveal the claim")`);
}

export function claimCard(claim: Claim, links: CardLinks, marks?: ClaimReviewMarks, lowConfidenceBelow?: number): MarkdownText {
  const speaker = claim.speakerId === null ? ownMarkdown(`${inline(claim.speaker)} (unresolved speaker)`) : inline(claim.speaker);
  const card = ownMarkdown(
    `**${speaker}** · ${inline(claim.cue)} · ${claim.kind === 'direct' ? 'direct quotation' : 'indirect speech'}\n\n` +
      `> ${inline(claim.text, CLAIM_TEXT_MAX)}\n\n` +
      `[line ${claim.line}](${links.reveal(claim)} "Reveal the claim in the editor")`,
  );
  const withEvidence = ownMarkdown(`${card}${evidenceLine(claim, lowConfidenceBelow)}`);
  return links.review ? ownMarkdown(`${withEvidence}\n\n${reviewSection(claim, links.review, marks ?? {})}`) : withEvidence;
}

/** Markdown paragraphs, a blank line apart. */
function paragraphs(parts: readonly MarkdownText[], separator: '\n' | '\n\n' = '\n\n'): MarkdownText {
  let joined = ownMarkdown('');
  for (const part of parts) joined = joined ? ownMarkdown(`${joined}${separator}${part}`) : part;
  return joined;
}

/** A comma-separated list of escaped pieces. */
function commaList(parts: readonly MarkdownText[]): MarkdownText {
  let joined = ownMarkdown('');
  for (const part of parts) joined = joined ? ownMarkdown(`${joined}, ${part}`) : part;
  return joined;
}

export function actorCard(actor: Actor, claims: readonly Claim[], links: CardLinks): MarkdownText {
  const parts = [ownMarkdown(`**${inline(actor.name)}** · ${ACTOR_TYPE_NAMES[actor.type]}`)];
  const aliases = actor.aliases.filter((alias) => alias !== actor.name);
  if (aliases.length > 0) parts.push(ownMarkdown(`Also: ${commaList(aliases.map((alias) => inline(alias)))}`));
  if (actor.roles.length > 0) parts.push(ownMarkdown(`Roles: ${commaList(actor.roles.map((role) => inline(role)))}`));
  parts.push(ownMarkdown(`${plural(actor.mentions.length, 'mention')} · ${plural(claims.length, 'claim')}`));
  if (claims.length > 0) {
    const listed = claims
      .slice(0, ACTOR_CARD_CLAIMS)
      .map((claim) =>
        ownMarkdown(`- ${inline(claim.cue)}: “${inline(claim.text, CLAIM_PREVIEW_MAX)}” ${lineLink(claim, links)}`),
      );
    if (claims.length > ACTOR_CARD_CLAIMS) listed.push(ownMarkdown(`- and ${claims.length - ACTOR_CARD_CLAIMS} more in the Actors view`));
    parts.push(paragraphs(listed, '\n'));
  }
  parts.push(
    ownMarkdown(
      `[Ignore this name](${links.ignoreActor(actor.id)} "Never report this name again") · ` +
        `[Merge into actor…](${links.mergeActor(actor.id)} "Record that this is another name of an actor")`,
    ),
  );
  return paragraphs(parts);
}

export function dateCard(entity: Entity, documentDate: string | null): MarkdownText {
  const value = entity.value
    ? ownMarkdown(`resolved to **${inline(entity.value)}**`)
    : documentDate
      ? 'could not be resolved'
      : 'not resolved: the document has no date (add a ` date YYYY-MM-DD ` header or set `sourcelens.documentDate`)';
  return ownMarkdown(`**Date** “${inline(entity.text)}” ${value}`);
}

/** Another document that carries the same quotation (from the workspace index). */
export interface Elsewhere {
  document: string;
  date: string | null;
  line: number;
  speaker: string | null;
}

/** Documents listed by name in the "also in" line before "and N more". */
export const ELSEWHERE_LISTED = 5;

/** "Also in 3 other documents: a.txt (2024-05-01), …", earliest first, each a link to the line. */
export function elsewhereSection(others: readonly Elsewhere[], link: (other: Elsewhere) => MarkdownText): MarkdownText {
  const documents = new Set(others.map((other) => other.document)).size;
  const listed = others.slice(0, ELSEWHERE_LISTED).map((other) => {
    const date = other.date === null ? '' : ` (${inline(other.date)})`;
    const who = other.speaker === null ? '' : ` — ${inline(other.speaker)}`;
    return ownMarkdown(`- [${inline(other.document, 120)}, line ${other.line}](${link(other)} "Open where it was said")${date}${who}`);
  });
  if (others.length > ELSEWHERE_LISTED) listed.push(ownMarkdown(`- and ${others.length - ELSEWHERE_LISTED} more in the Quotations view`));
  return ownMarkdown(`**Also in ${plural(documents, 'other document')}**\n\n${paragraphs(listed, '\n')}`);
}
