// What a corpus keeps of one document's analysis: its actors, claims and quotations, small enough to hold thousands,
// in a plain-JSON shape that crosses worker threads and is one line of the corpus JSON Lines output.
import type { ActorType, Analysis, ClaimKind } from '../analysis/types';

/** Bumped on any incompatible change of {@link DocumentSummary}. */
export const SUMMARY_SCHEMA = 1;

/** Quotation and claim texts are cut to this many characters: a corpus holds every claim, not every page. */
export const SUMMARY_TEXT_MAX = 2000;

export interface SummaryActor {
  /** The actor's id within its document's analysis (claims refer to it). */
  id: string;
  name: string;
  type: ActorType;
  /** Other names of the actor in this document, the name itself left out. */
  aliases: string[];
  mentions: number;
  claims: number;
  /** Line of its first mention, 1-based. */
  line: number;
}

export interface SummaryClaim {
  /** The speaking actor's id within the document, or null when the speaker was not resolved to an actor. */
  actor: string | null;
  speaker: string;
  kind: ClaimKind;
  cue: string;
  line: number;
  text: string;
  /** Index in {@link DocumentSummary.quotes} of the quotation this claim carries, if any. */
  quote: number | null;
}

export interface SummaryQuote {
  line: number;
  text: string;
  /** Index in {@link DocumentSummary.claims} of the claim this quotation belongs to, if attributed. */
  claim: number | null;
}

export interface DocumentSummary {
  type: 'document';
  schema: typeof SUMMARY_SCHEMA;
  document: string;
  documentDate: string | null;
  actors: SummaryActor[];
  claims: SummaryClaim[];
  quotes: SummaryQuote[];
}

/** Cut to at most `max` UTF-16 units, never between the two halves of a surrogate pair. */
export function clipText(text: string, max = SUMMARY_TEXT_MAX): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return `${text.slice(0, end - 1)}\u2026`;
}

/** The summary of one analysis; `document` overrides the analysis's own name (a path relative to the corpus). */
export function summarise(analysis: Analysis, document: string = analysis.document): DocumentSummary {
  const claimIndex = new Map(analysis.claims.map((claim, index) => [claim.id, index]));
  const quotes: SummaryQuote[] = analysis.quotes.map((quote) => ({
    line: quote.line,
    text: clipText(quote.text),
    claim: quote.claimId === undefined ? null : claimIndex.get(quote.claimId) ?? null,
  }));
  const quoteOfClaim = new Map<number, number>();
  quotes.forEach((quote, index) => {
    if (quote.claim !== null && !quoteOfClaim.has(quote.claim)) quoteOfClaim.set(quote.claim, index);
  });
  return {
    type: 'document',
    schema: SUMMARY_SCHEMA,
    document,
    documentDate: analysis.documentDate,
    actors: analysis.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      type: actor.type,
      aliases: [...new Set(actor.aliases)].filter((alias) => alias !== actor.name).slice(0, 20),
      mentions: actor.mentions.length,
      claims: actor.claimIds.length,
      line: actor.mentions[0]?.line ?? 1,
    })),
    claims: analysis.claims.map((claim, index) => ({
      actor: claim.speakerId,
      speaker: clipText(claim.speaker, 200),
      kind: claim.kind,
      cue: clipText(claim.cue, 200),
      line: claim.line,
      text: clipText(claim.text),
      quote: quoteOfClaim.get(index) ?? null,
    })),
    quotes,
  };
}

const ACTOR_TYPES: readonly string[] = ['PERSON', 'ORG', 'PLACE'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isLine = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 1;
const isIndex = (value: unknown, length: number): boolean =>
  value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < length);

function isSummaryActor(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    typeof value.type === 'string' &&
    ACTOR_TYPES.includes(value.type) &&
    Array.isArray(value.aliases) &&
    value.aliases.every((alias) => typeof alias === 'string') &&
    typeof value.mentions === 'number' &&
    typeof value.claims === 'number' &&
    isLine(value.line)
  );
}

/**
 * Whether a parsed JSON value is a document summary as the corpus JSON Lines output writes it: such lines are read back
 * (another shard's output) and folded in as if the document had been analysed here, so every field is checked.
 */
export function isDocumentSummary(value: unknown): value is DocumentSummary {
  if (!isRecord(value) || value.type !== 'document' || value.schema !== SUMMARY_SCHEMA) return false;
  if (typeof value.document !== 'string' || !(value.documentDate === null || typeof value.documentDate === 'string')) return false;
  const { actors, claims, quotes } = value;
  if (!Array.isArray(actors) || !Array.isArray(claims) || !Array.isArray(quotes)) return false;
  const claimsOk = claims.every(
    (claim: unknown) =>
      isRecord(claim) &&
      (claim.actor === null || typeof claim.actor === 'string') &&
      typeof claim.speaker === 'string' &&
      (claim.kind === 'direct' || claim.kind === 'indirect') &&
      typeof claim.cue === 'string' &&
      isLine(claim.line) &&
      typeof claim.text === 'string' &&
      isIndex(claim.quote, quotes.length),
  );
  const quotesOk = quotes.every(
    (quote: unknown) => isRecord(quote) && isLine(quote.line) && typeof quote.text === 'string' && isIndex(quote.claim, claims.length),
  );
  return actors.every(isSummaryActor) && claimsOk && quotesOk;
}
