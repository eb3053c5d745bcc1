// Hover cards as Markdown strings: claim, actor and date cards where every piece of document text is escaped.
import type { Actor, Claim, Entity } from '../analysis/types';
import { escapeMarkdown, singleLine } from '../export/escape';
import { ACTOR_TYPE_NAMES, plural } from '../format';

const NAME_MAX = 80;
const CLAIM_TEXT_MAX = 500;
const CLAIM_PREVIEW_MAX = 120;
/** How many of an actor's claims its card lists before "and N more". */
export const ACTOR_CARD_CLAIMS = 3;

/** Builds the command links a card may carry; the only commands a hover is trusted to run. */
export interface CardLinks {
  reveal(span: { start: number; end: number }): string;
  ignoreActor(actorId: string): string;
  mergeActor(actorId: string): string;
}

/** A `command:` URI with JSON arguments, as VS Code's Markdown renderer expects. */
export function commandUri(command: string, args: readonly unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

function inline(text: string, max = NAME_MAX): string {
  return escapeMarkdown(singleLine(text, max));
}

export function claimCard(claim: Claim, links: CardLinks): string {
  const speaker = claim.speakerId === null ? `${inline(claim.speaker)} (unresolved speaker)` : inline(claim.speaker);
  return [
    `**${speaker}** · ${inline(claim.cue)} · ${claim.kind === 'direct' ? 'direct quotation' : 'indirect speech'}`,
    `> ${inline(claim.text, CLAIM_TEXT_MAX)}`,
    `[line ${claim.line}](${links.reveal(claim)} "Reveal the claim in the editor")`,
  ].join('\n\n');
}

export function actorCard(actor: Actor, claims: readonly Claim[], links: CardLinks): string {
  const parts = [`**${inline(actor.name)}** · ${ACTOR_TYPE_NAMES[actor.type]}`];
  const aliases = actor.aliases.filter((alias) => alias !== actor.name);
  if (aliases.length > 0) parts.push(`Also: ${aliases.map((alias) => inline(alias)).join(', ')}`);
  if (actor.roles.length > 0) parts.push(`Roles: ${actor.roles.map((role) => inline(role)).join(', ')}`);
  parts.push(`${plural(actor.mentions.length, 'mention')} · ${plural(claims.length, 'claim')}`);
  if (claims.length > 0) {
    const listed = claims.slice(0, ACTOR_CARD_CLAIMS).map(
      (claim) => `- ${inline(claim.cue)}: “${inline(claim.text, CLAIM_PREVIEW_MAX)}” [line ${claim.line}](${links.reveal(claim)} "Reveal the claim")`,
    );
    if (claims.length > ACTOR_CARD_CLAIMS) listed.push(`- and ${claims.length - ACTOR_CARD_CLAIMS} more in the Actors view`);
    parts.push(listed.join('\n'));
  }
  parts.push(
    `[Ignore this name](${links.ignoreActor(actor.id)} "Never report this name again") · [Merge into actor…](${links.mergeActor(actor.id)} "Record that this is another name of an actor")`,
  );
  return parts.join('\n\n');
}

export function dateCard(entity: Entity, documentDate: string | null): string {
  const value = entity.value
    ? `resolved to **${inline(entity.value)}**`
    : documentDate
      ? 'could not be resolved'
      : 'not resolved: the document has no date (add a ` date YYYY-MM-DD ` header or set `sourcelens.documentDate`)';
  return `**Date** “${inline(entity.text)}” ${value}`;
}
