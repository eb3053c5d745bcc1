// The cross-document result of the index, kept in the workspace storage beside the summaries: on a reopen where no
// document, summary or correction changed, the result is put together again from the summaries and this snapshot
// instead of merging every actor and grouping every quotation again (most of a large workspace's reopen). The snapshot
// holds only what the merge computed (actors, each claim's actor, the groups as places of quotations, co-mentions);
// texts come from the summaries, so it stays small.
import { createHash } from 'node:crypto';
import type { CorpusActor, CorpusResult } from '../corpus/model';
import {
  CORPUS_SCHEMA,
  type CorpusReport,
  type NamedActor,
  type NamedAppearance,
  type NamedClaim,
  type NamedOccurrence,
  type NamedQuotation,
} from '../corpus/report';
import { compareText } from '../corpus/order';
import type { DocumentSummary } from '../corpus/summary';

export const SNAPSHOT_FILE_NAME = 'workspace-model.json';
const SNAPSHOT_KIND = 'sourcelens-index-model';
/** Bumped with any change of the cross-document model's result (src/corpus), so an older snapshot is not taken. */
const SNAPSHOT_VERSION = 1;

/** A corpus actor with its appearances as [document, mentions, claims, line] in a row: one array, not an object each. */
type SnapshotActor = Omit<CorpusActor, 'appearances'> & { appearances: number[] };

export interface ModelSnapshot {
  kind: typeof SNAPSHOT_KIND;
  version: typeof SNAPSHOT_VERSION;
  /** What the result was built from (see {@link snapshotKey}). */
  key: string;
  /** Each document's actor count, in the result's document order. */
  documentActors: number[];
  actors: SnapshotActor[];
  /** Each claim's actor (−1: none), in the result's claim order. */
  claimActors: number[];
  /** Each group's occurrences as [document, index of the quotation in its summary] in a row. */
  quotations: number[][];
  /** Co-mentions as [source, target, documents] in a row. */
  coMentions: number[];
}

/** A summary as the index holds it: its document's name and cache key. */
export interface KeyedSummary {
  name: string;
  key: string;
  summary: DocumentSummary;
}

/** The documents (by name and summary key) and corrections a result was built from: the same key, the same result. */
export function snapshotKey(documents: Iterable<KeyedSummary>, correctionsKey: string): string {
  const pairs: string[] = [];
  for (const { name, key } of documents) pairs.push(`${name}\u0000${key}`);
  pairs.sort();
  const hash = createHash('sha256').update(`${SNAPSHOT_VERSION}\u0000${correctionsKey}\u0000`, 'utf8');
  for (const pair of pairs) hash.update(`${pair}\n`, 'utf8');
  return hash.digest('base64url');
}

/** The summaries in the result's document order, as the model folds them in (a second document of a name is not). */
function orderedSummaries(documents: Iterable<KeyedSummary>): DocumentSummary[] {
  const byName = new Map<string, DocumentSummary>();
  for (const { summary } of documents) if (!byName.has(summary.document)) byName.set(summary.document, summary);
  return [...byName.values()].sort((a, b) => compareText(a.document, b.document));
}

/** The snapshot of a result built from these documents. */
export function takeSnapshot(key: string, documents: Iterable<KeyedSummary>, result: CorpusResult): ModelSnapshot {
  const summaries = orderedSummaries(documents);
  const firstClaim = claimOffsets(summaries);
  const quotations = result.quotations.map((group) => {
    const places: number[] = [];
    for (const occurrence of group.occurrences) {
      const quotes = summaries[occurrence.document].quotes;
      const local = occurrence.claim === null ? null : occurrence.claim - firstClaim[occurrence.document];
      const index = quotes.findIndex((quote) => quote.line === occurrence.line && quote.text === occurrence.text && quote.claim === local);
      places.push(occurrence.document, index);
    }
    return places;
  });
  const coMentions: number[] = [];
  for (const pair of result.coMentions) coMentions.push(pair.source, pair.target, pair.documents);
  return {
    kind: SNAPSHOT_KIND,
    version: SNAPSHOT_VERSION,
    key,
    documentActors: result.documents.map((document) => document.actors),
    actors: result.actors.map((actor) => {
      const appearances: number[] = [];
      for (const { document, mentions, claims, line } of actor.appearances) appearances.push(document, mentions, claims, line);
      return { ...actor, appearances };
    }),
    claimActors: result.claims.map((claim) => claim.actor ?? -1),
    quotations,
    coMentions,
  };
}

function claimOffsets(summaries: readonly DocumentSummary[]): number[] {
  const offsets: number[] = [];
  let total = 0;
  for (const summary of summaries) {
    offsets.push(total);
    total += summary.claims.length;
  }
  return offsets;
}

/** A snapshot file's text read back; undefined when it is not one (another version, cut short, edited). */
export function parseSnapshot(text: string): ModelSnapshot | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<ModelSnapshot> | null;
    const arrays = [parsed?.documentActors, parsed?.actors, parsed?.claimActors, parsed?.quotations, parsed?.coMentions];
    if (parsed?.kind !== SNAPSHOT_KIND || parsed.version !== SNAPSHOT_VERSION || typeof parsed.key !== 'string') return undefined;
    return arrays.every(Array.isArray) ? (parsed as ModelSnapshot) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The report put together again from the documents and a snapshot of their result, as {@link corpusReport} writes it,
 * without the result's own records in between (a large workspace's co-mentions alone are hundreds of thousands);
 * undefined when the snapshot does not fit them (then the result is built again), so a damaged one never gives a wrong
 * report.
 */
export function reportFromSnapshot(snapshot: ModelSnapshot, documents: Iterable<KeyedSummary>): CorpusReport | undefined {
  try {
    return rebuilt(snapshot, orderedSummaries(documents));
  } catch {
    return undefined;
  }
}

function rebuilt(snapshot: ModelSnapshot, summaries: readonly DocumentSummary[]): CorpusReport | undefined {
  if (snapshot.documentActors.length !== summaries.length) return undefined;
  const documents = summaries.map((summary, index) => ({
    document: summary.document,
    date: summary.documentDate,
    actors: count(snapshot.documentActors[index]),
    claims: summary.claims.length,
  }));
  const actors: NamedActor[] = snapshot.actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    type: actor.type,
    aliases: actor.aliases,
    documents: actor.appearances.length / 4,
    mentions: actor.mentions,
    claims: actor.claims,
    firstDate: actor.firstDate,
    appearances: appearancesOf(actor.appearances, documents),
  }));
  const ids = actors.map((actor) => actor.id);
  const claims = claimsOf(snapshot.claimActors, summaries, ids);
  if (claims === undefined) return undefined;
  const quotations = quotationsOf(snapshot.quotations, summaries, claims);
  const coMentions = [];
  for (let at = 0; at + 2 < snapshot.coMentions.length; at += 3) {
    const source = ids[snapshot.coMentions[at]];
    const target = ids[snapshot.coMentions[at + 1]];
    if (source === undefined || target === undefined) return undefined;
    coMentions.push({ source, target, documents: snapshot.coMentions[at + 2] });
  }
  return { kind: 'sourcelens-corpus', schema: CORPUS_SCHEMA, documents, actors, claims, quotations, coMentions };
}

/** Every claim in the result's order (by document, then as its summary lists them), with its actor's id. */
function claimsOf(claimActors: readonly number[], summaries: readonly DocumentSummary[], ids: readonly string[]): NamedClaim[] | undefined {
  const claims: NamedClaim[] = [];
  for (const summary of summaries) {
    for (const claim of summary.claims) {
      const actor = claimActors[claims.length];
      if (!Number.isInteger(actor) || actor < -1 || actor >= ids.length) return undefined;
      claims.push({
        document: summary.document,
        date: summary.documentDate,
        line: claim.line,
        speaker: claim.speaker,
        actor: actor < 0 ? null : ids[actor],
        kind: claim.kind,
        cue: claim.cue,
        text: claim.text,
        quotation: null,
      });
    }
  }
  return claims.length === claimActors.length ? claims : undefined;
}

/** The quotation groups from their places, each claim of one given the group's id (a later group's, as the model does). */
function quotationsOf(places: readonly number[][], summaries: readonly DocumentSummary[], claims: NamedClaim[]): NamedQuotation[] {
  const firstClaim = claimOffsets(summaries);
  return places.map((group, index) => {
    const occurrences: NamedOccurrence[] = [];
    const spread = new Set<number>();
    for (let at = 0; at + 1 < group.length; at += 2) {
      const document = group[at];
      const summary = summaries[document];
      const quote = summary.quotes[group[at + 1]];
      const claim = quote.claim === null ? null : claims[firstClaim[document] + quote.claim];
      spread.add(document);
      occurrences.push({
        document: summary.document,
        date: summary.documentDate,
        line: quote.line,
        actor: claim ? claim.actor : null,
        speaker: claim ? claim.speaker : null,
        text: quote.text,
      });
      if (claim) claim.quotation = index + 1;
    }
    return { id: index + 1, text: occurrences[0].text, documents: spread.size, occurrences };
  });
}

function count(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Error('not a count');
  return value;
}

function appearancesOf(flat: readonly number[], documents: ReadonlyArray<{ document: string }>): NamedAppearance[] {
  const appearances: NamedAppearance[] = [];
  for (let at = 0; at + 3 < flat.length; at += 4) {
    const document = documents[count(flat[at])];
    if (document === undefined) throw new Error('no such document');
    appearances.push({ document: document.document, mentions: flat[at + 1], claims: flat[at + 2], line: flat[at + 3] });
  }
  return appearances;
}
