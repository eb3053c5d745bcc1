// Markdown report of analyses: who is in each document, what each actor claimed (quoted, with file:line), quotes and dates.
import type { Actor, ActorType, Analysis, Claim, Entity, Quote } from '../analysis/types';
import { analysisList } from './analysisList';
import { escapeMarkdownInContext, singleLine } from '../presentation/escape';

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
  return escapeMarkdownInContext(singleLine(text, max));
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
  return escapeMarkdownInContext(`${singleLine(displayName(analysis), CELL_MAX)}:${line}`);
}

/** Document text quoted as a block, indented to sit inside a list item; every line escaped. */
function* quotedBlock(text: string, indent: string): Generator<string> {
  for (const line of escapeMarkdownInContext(text).split('\n')) yield line.length > 0 ? `${indent}> ${line}` : `${indent}>`;
}

function dateLine(analysis: Analysis): string {
  if (analysis.documentDate === null) return '- Document date: not known';
  const source =
    analysis.documentDateSource === 'header'
      ? ' (from the document header)'
      : analysis.documentDateSource === 'caller'
        ? ' (given by the caller)'
        : '';
  return `- Document date: ${escapeMarkdownInContext(analysis.documentDate)}${source}`;
}

function* claimItem(analysis: Analysis, claim: Claim, withSpeaker: boolean): Generator<string> {
  const speaker = withSpeaker ? `${inline(claim.speaker, NAME_MAX)}, ` : '';
  yield `- ${speaker}**${inline(claim.cue, NAME_MAX)}** (${claim.kind}), ${citation(analysis, claim.line)}:`;
  yield* quotedBlock(claim.text, '  ');
  yield `  - ${evidenceNote(claim)}`;
}

/** How EvidenceKind reads in a sentence ("speaker found by a pronoun"). */
const EVIDENCE_WORDS: Record<Claim['evidence']['kind'], string> = {
  name: 'named at the cue',
  label: 'a transcript label',
  pronoun: 'a pronoun',
  description: 'a description',
  statement: 'a statement',
  group: 'an unnamed group',
  leadIn: 'a lead-in',
  reviewer: 'the reviewer',
};

/**
 * Why the claim is this speaker's, and how sure the engine is:
 * "speaker by a pronoun: “he” (line 4), resolved through “Peskov” (line 2); confidence 0.66".
 */
function evidenceNote(claim: Claim): string {
  const { evidence } = claim;
  const how = evidence.kind === 'name' ? EVIDENCE_WORDS.name : `by ${EVIDENCE_WORDS[evidence.kind]}`;
  let note = `speaker ${how}: “${inline(evidence.text, NAME_MAX)}” (line ${evidence.line})`;
  if (evidence.via) note += `, resolved through “${inline(evidence.via.text, NAME_MAX)}” (line ${evidence.via.line})`;
  return `${note}; confidence ${claim.confidence.toFixed(2)}`;
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

function* actorSections(analysis: Analysis, claimsById: ReadonlyMap<string, Claim>): Generator<string> {
  const actorsInReadingOrder = [...analysis.actors].sort((a, b) => firstMentionStart(a) - firstMentionStart(b));
  for (const type of ACTOR_TYPE_ORDER) {
    const actors = actorsInReadingOrder.filter((actor) => actor.type === type);
    if (actors.length === 0) continue;
    yield `## ${SECTION_TITLES[type]}`;
    yield '';
    const silentActors: Actor[] = [];
    for (const actor of actors) {
      const claims = actor.claimIds.flatMap((id) => claimsById.get(id) ?? []);
      if (claims.length === 0) {
        silentActors.push(actor);
        continue;
      }
      yield `### ${inline(actor.name, NAME_MAX)}`;
      yield '';
      yield actorSummary(analysis, actor, claims.length);
      yield '';
      for (const claim of claims) yield* claimItem(analysis, claim, false);
      yield '';
    }
    if (silentActors.length > 0) {
      yield '| Mentioned without a claim | Also called | Mentions | First seen |';
      yield '|---|---|---:|---|';
      for (const actor of silentActors) {
        const aliases = actor.aliases.map((alias) => inline(alias, NAME_MAX)).join(', ');
        const firstSeen = actor.mentions.length > 0 ? citation(analysis, actor.mentions[0].line) : '';
        yield `| ${inline(actor.name, NAME_MAX)} | ${aliases} | ${actor.mentions.length} | ${firstSeen} |`;
      }
      yield '';
    }
  }
}

function* unresolvedClaimsSection(analysis: Analysis, knownActorIds: ReadonlySet<string>): Generator<string> {
  const unresolved = analysis.claims.filter((claim) => claim.speakerId === null || !knownActorIds.has(claim.speakerId));
  if (unresolved.length === 0) return;
  yield '## Claims by unnamed or unresolved speakers';
  yield '';
  for (const claim of unresolved) yield* claimItem(analysis, claim, true);
  yield '';
}

function* unattributedQuotesSection(analysis: Analysis): Generator<string> {
  const quotes: Quote[] = analysis.quotes.filter((quote) => quote.claimId === undefined);
  if (quotes.length === 0) return;
  yield '## Unattributed quotations';
  yield '';
  for (const quote of quotes) {
    yield `- ${quote.marked ? 'marked' : 'unmarked'}, ${citation(analysis, quote.line)}:`;
    yield* quotedBlock(quote.text, '  ');
  }
  yield '';
}

function* datesSection(analysis: Analysis): Generator<string> {
  const dates: Entity[] = analysis.entities.filter((entity) => entity.type === 'DATE');
  if (dates.length === 0) return;
  yield* ['## Dates', '', '| Date | Value | Where |', '|---|---|---|'];
  for (const date of dates) {
    const value = date.value === undefined ? '' : inline(date.value);
    yield `| ${inline(date.text)} | ${value} | ${citation(analysis, date.line)} |`;
  }
  yield '';
}

function* reportLines(analysis: Analysis): Generator<string> {
  const claimsById = new Map(analysis.claims.map((claim) => [claim.id, claim]));
  const knownActorIds = new Set(analysis.actors.map((actor) => actor.id));
  const dateCount = analysis.entities.filter((entity) => entity.type === 'DATE').length;
  yield `# Source Lens report: ${inline(displayName(analysis))}`;
  yield '';
  yield dateLine(analysis);
  yield `- Found: ${plural(analysis.actors.length, 'actor')}, ${plural(analysis.claims.length, 'claim')}, ` +
    `${plural(analysis.quotes.length, 'quotation')}, ${plural(dateCount, 'date')}`;
  for (const warning of analysis.warnings) yield `- Note: ${inline(warning)}`;
  yield '';
  if (analysis.actors.length === 0 && analysis.claims.length === 0) yield* ['No actors or claims found.', ''];
  yield* actorSections(analysis, claimsById);
  yield* unresolvedClaimsSection(analysis, knownActorIds);
  yield* unattributedQuotesSection(analysis);
  yield* datesSection(analysis);
}

/**
 * One document's report, line by line, each line ending with a newline; the blank lines a report's last section
 * leaves are not written. Several reports are separated by {@link MARKDOWN_REPORT_SEPARATOR}.
 */
export function* markdownReport(analysis: Analysis): Generator<string> {
  let pendingBlankLines = 0;
  let previous: string | undefined;
  for (const line of reportLines(analysis)) {
    if (line.length === 0) {
      pendingBlankLines += 1;
      continue;
    }
    if (previous !== undefined) yield `${previous}\n${'\n'.repeat(pendingBlankLines)}`;
    previous = line;
    pendingBlankLines = 0;
  }
  if (previous !== undefined) yield `${previous.trimEnd()}\n`;
}

/** Between two documents' reports: a thematic break. */
export const MARKDOWN_REPORT_SEPARATOR = '\n---\n\n';

/**
 * A readable report per document: title and date, actors grouped by type (people, organizations, places)
 * with their roles, aliases, mention counts and claims, each claim quoted with a `file:line` citation;
 * then claims whose speaker is unresolved, quotations attached to no claim, and a table of dates.
 * Every piece of document text is escaped with {@link escapeMarkdownInContext}, so nothing in it renders as
 * a link, HTML or formatting. Several documents are separated by a thematic break.
 */
export function toMarkdown(analyses: Analysis | readonly Analysis[]): string {
  const list = analysisList(analyses);
  if (list.length === 0) return '\n';
  return list.map((analysis) => Array.from(markdownReport(analysis)).join('')).join(MARKDOWN_REPORT_SEPARATOR);
}
