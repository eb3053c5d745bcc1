// Markdown report of analyses: who is in each document, what each actor claimed (quoted, with file:line), quotes and dates.
import type { Actor, ActorType, Analysis, Claim, Entity, Quote } from '../analysis/types';
import { analysisList } from './analysisList';
import { escapeMarkdown, singleLine } from './escape';

/** Longest name, cue or table cell shown; the JSON export keeps everything in full. */
const NAME_MAX = 120;
const CELL_MAX = 200;

const SECTION_TITLES: Record<ActorType, string> = {
  PERSON: 'People',
  ORG: 'Organizations',
  PLACE: 'Places',
};
const ACTOR_TYPE_ORDER: readonly ActorType[] = ['PERSON', 'ORG', 'PLACE'];

/** Inline Markdown for untrusted text shown on one line (headings, list items, table cells). */
function inline(text: string, max = CELL_MAX): string {
  return escapeMarkdown(singleLine(text, max));
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Shown in citations: the document's name, or "stdin" for text read from standard input. */
function displayName(analysis: Analysis): string {
  return analysis.document === '-' ? 'stdin' : analysis.document;
}

/** A `file:line` citation, escaped. */
function citation(analysis: Analysis, line: number): string {
  return escapeMarkdown(`${singleLine(displayName(analysis), CELL_MAX)}:${line}`);
}

/** Document text quoted as a block, indented to sit inside a list item; every line escaped. */
function quotedBlock(text: string, indent: string): string[] {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => (line.length > 0 ? `${indent}> ${line}` : `${indent}>`));
}

function dateLine(analysis: Analysis): string {
  if (analysis.documentDate === null) return '- Document date: not known';
  const source =
    analysis.documentDateSource === 'header'
      ? ' (from the document header)'
      : analysis.documentDateSource === 'caller'
        ? ' (given by the caller)'
        : '';
  return `- Document date: ${escapeMarkdown(analysis.documentDate)}${source}`;
}

function claimItem(analysis: Analysis, claim: Claim, withSpeaker: boolean): string[] {
  const speaker = withSpeaker ? `${inline(claim.speaker, NAME_MAX)}, ` : '';
  const header = `- ${speaker}**${inline(claim.cue, NAME_MAX)}** (${claim.kind}), ${citation(analysis, claim.line)}:`;
  return [header, ...quotedBlock(claim.text, '  ')];
}

function firstMentionStart(actor: Actor): number {
  return actor.mentions.length > 0 ? actor.mentions[0].start : Number.MAX_SAFE_INTEGER;
}

function actorSummary(analysis: Analysis, actor: Actor, claimCount: number): string {
  const parts: string[] = [];
  if (actor.roles.length > 0) parts.push(actor.roles.map((role) => inline(role, NAME_MAX)).join(', '));
  if (actor.aliases.length > 0) parts.push(`also ${actor.aliases.map((alias) => inline(alias, NAME_MAX)).join(', ')}`);
  const mentions = plural(actor.mentions.length, 'mention');
  parts.push(actor.mentions.length > 0 ? `${mentions}, first at ${citation(analysis, actor.mentions[0].line)}` : mentions);
  parts.push(plural(claimCount, 'claim'));
  return parts.join(' · ');
}

function actorSections(analysis: Analysis, claimsById: ReadonlyMap<string, Claim>): string[] {
  const lines: string[] = [];
  const actorsInReadingOrder = [...analysis.actors].sort((a, b) => firstMentionStart(a) - firstMentionStart(b));
  for (const type of ACTOR_TYPE_ORDER) {
    const actors = actorsInReadingOrder.filter((actor) => actor.type === type);
    if (actors.length === 0) continue;
    lines.push(`## ${SECTION_TITLES[type]}`, '');
    const silentActors: Actor[] = [];
    for (const actor of actors) {
      const claims = actor.claimIds.flatMap((id) => claimsById.get(id) ?? []);
      if (claims.length === 0) {
        silentActors.push(actor);
        continue;
      }
      lines.push(`### ${inline(actor.name, NAME_MAX)}`, '', actorSummary(analysis, actor, claims.length), '');
      for (const claim of claims) for (const line of claimItem(analysis, claim, false)) lines.push(line);
      lines.push('');
    }
    if (silentActors.length > 0) {
      lines.push('| Mentioned without a claim | Also called | Mentions | First seen |', '|---|---|---:|---|');
      for (const actor of silentActors) {
        const aliases = actor.aliases.map((alias) => inline(alias, NAME_MAX)).join(', ');
        const firstSeen = actor.mentions.length > 0 ? citation(analysis, actor.mentions[0].line) : '';
        lines.push(`| ${inline(actor.name, NAME_MAX)} | ${aliases} | ${actor.mentions.length} | ${firstSeen} |`);
      }
      lines.push('');
    }
  }
  return lines;
}

function unresolvedClaimsSection(analysis: Analysis, knownActorIds: ReadonlySet<string>): string[] {
  const unresolved = analysis.claims.filter((claim) => claim.speakerId === null || !knownActorIds.has(claim.speakerId));
  if (unresolved.length === 0) return [];
  const lines = ['## Claims by unresolved speakers', ''];
  for (const claim of unresolved) for (const line of claimItem(analysis, claim, true)) lines.push(line);
  lines.push('');
  return lines;
}

function unattributedQuotesSection(analysis: Analysis): string[] {
  const quotes: Quote[] = analysis.quotes.filter((quote) => quote.claimId === undefined);
  if (quotes.length === 0) return [];
  const lines = ['## Unattributed quotations', ''];
  for (const quote of quotes) {
    lines.push(`- ${quote.marked ? 'marked' : 'unmarked'}, ${citation(analysis, quote.line)}:`);
    for (const line of quotedBlock(quote.text, '  ')) lines.push(line);
  }
  lines.push('');
  return lines;
}

function datesSection(analysis: Analysis): string[] {
  const dates: Entity[] = analysis.entities.filter((entity) => entity.type === 'DATE');
  if (dates.length === 0) return [];
  const lines = ['## Dates', '', '| Date | Value | Where |', '|---|---|---|'];
  for (const date of dates) {
    const value = date.value === undefined ? '' : inline(date.value);
    lines.push(`| ${inline(date.text)} | ${value} | ${citation(analysis, date.line)} |`);
  }
  lines.push('');
  return lines;
}

function reportOf(analysis: Analysis): string[] {
  const claimsById = new Map(analysis.claims.map((claim) => [claim.id, claim]));
  const knownActorIds = new Set(analysis.actors.map((actor) => actor.id));
  const dateCount = analysis.entities.filter((entity) => entity.type === 'DATE').length;
  const lines = [
    `# Source Lens report: ${inline(displayName(analysis))}`,
    '',
    dateLine(analysis),
    `- Found: ${plural(analysis.actors.length, 'actor')}, ${plural(analysis.claims.length, 'claim')}, ` +
      `${plural(analysis.quotes.length, 'quotation')}, ${plural(dateCount, 'date')}`,
    ...analysis.warnings.map((warning) => `- Note: ${inline(warning)}`),
    '',
  ];
  if (analysis.actors.length === 0 && analysis.claims.length === 0) lines.push('No actors or claims found.', '');
  const sections = [actorSections(analysis, claimsById), unresolvedClaimsSection(analysis, knownActorIds), unattributedQuotesSection(analysis), datesSection(analysis)];
  for (const section of sections) for (const line of section) lines.push(line);
  return lines;
}

/**
 * A readable report per document: title and date, actors grouped by type (people, organizations, places)
 * with their roles, aliases, mention counts and claims, each claim quoted with a `file:line` citation;
 * then claims whose speaker is unresolved, quotations attached to no claim, and a table of dates.
 * Every piece of document text is escaped with {@link escapeMarkdown}, so nothing in it renders as
 * a link, HTML or formatting. Several documents are separated by a thematic break.
 */
export function toMarkdown(analyses: Analysis | readonly Analysis[]): string {
  const reports = analysisList(analyses).map((analysis) => reportOf(analysis).join('\n').trimEnd());
  return `${reports.join('\n\n---\n\n')}\n`;
}
