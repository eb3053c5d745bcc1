// The cross-document model: document summaries folded in one at a time, and at the end the merged actor index, every
// claim with its document and line, the quotation groups and the co-mentions. It holds only summaries' small parts
// (claims, quotations with their shingles, actor counts), never an analysis, and its result does not depend on the
// order documents were folded in.
import type { ActorType, ClaimKind, KnownActor } from '../analysis/types';
import { ActorClusters, type ActorAppearance } from './actors';
import { nameKey } from './normalise';
import { compareDates, compareText } from './order';
import {
  DEFAULT_MATCHING,
  groupQuotations,
  QuotationGrouper,
  quotationKeys,
  quotationShingles,
  type QuotationMatching,
} from './quotations';
import type { DocumentSummary } from './summary';

export interface CorpusOptions {
  knownActors?: readonly KnownActor[];
  ignoreNames?: readonly string[];
  matching?: QuotationMatching;
  /** Co-mentions are counted among this many of each document's most mentioned actors (a long list is mostly noise). */
  coMentionActors?: number;
}

export interface CorpusDocument {
  document: string;
  date: string | null;
  actors: number;
  claims: number;
}

export interface CorpusActor {
  /** Stable within one result: from the name ("dmitry-peskov"), numbered when two actors share it. */
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  mentions: number;
  claims: number;
  /** The earliest date of a document the actor appears in. */
  firstDate: string | null;
  /** The documents it appears in, by index into {@link CorpusResult.documents}, in that order. */
  appearances: ActorAppearance[];
}

export interface CorpusClaim {
  document: number;
  line: number;
  speaker: string;
  /** Index into {@link CorpusResult.actors}, or null when the speaker is not a (reported) actor. */
  actor: number | null;
  kind: ClaimKind;
  cue: string;
  text: string;
  /** Index into {@link CorpusResult.quotations} when the claim's quotation is said in other documents too. */
  quotation: number | null;
}

export interface QuotationOccurrence {
  document: number;
  line: number;
  /** Index into {@link CorpusResult.claims}, when the quotation is attributed. */
  claim: number | null;
  actor: number | null;
  /** The quotation as this document has it (a variant may differ from the group's text). */
  text: string;
}

export interface QuotationGroup {
  /** The earliest occurrence's text. */
  text: string;
  /** How many documents it is in. */
  documents: number;
  /** Earliest first by document date (undated documents last), then by document and line. */
  occurrences: QuotationOccurrence[];
}

export interface CoMention {
  /** Indices into {@link CorpusResult.actors}, source < target. */
  source: number;
  target: number;
  /** Documents both appear in. */
  documents: number;
}

export interface CorpusResult {
  /** Sorted by name. */
  documents: CorpusDocument[];
  /** By claims, then documents, then mentions, then name. */
  actors: CorpusActor[];
  /** By document, then line. */
  claims: CorpusClaim[];
  /** Only quotations said in two documents or more; the widest spread first. */
  quotations: QuotationGroup[];
  coMentions: CoMention[];
}

interface HeldClaim {
  document: number;
  line: number;
  speaker: string;
  cluster: number;
  kind: ClaimKind;
  cue: string;
  text: string;
}

interface HeldQuote {
  document: number;
  line: number;
  text: string;
  shingles: Uint32Array;
  /** Its quotation index keys, taken as it comes in. */
  keys: Uint32Array;
  /** Index into the held claims, or −1. */
  claim: number;
  /** Its group as grouped on arrival, while documents come in name order (−1 otherwise). */
  group: number;
}

const DEFAULT_CO_MENTION_ACTORS = 20;

export class CorpusModel {
  private readonly documents: CorpusDocument[] = [];
  private readonly names = new Set<string>();
  private readonly claims: HeldClaim[] = [];
  private readonly quotes: HeldQuote[] = [];
  /** Per document, the clusters of its most mentioned actors, for the co-mentions. */
  private readonly leading: Int32Array[] = [];
  private readonly clusters: ActorClusters;
  private readonly matching: QuotationMatching;
  private readonly coMentionActors: number;
  /**
   * Groups the quotations as documents come, while they come in name order (a folder's order, as the CLI gives them):
   * that is the order the result groups them in, so the grouping is done before the last document is in, while other
   * threads still analyse. Undefined once a document came out of order; the result then groups them all at the end,
   * and sorts the held claims, which are in its order already as long as the grouper is kept.
   */
  private grouper: QuotationGrouper | undefined;
  private lastName: string | undefined;

  constructor(options: CorpusOptions = {}) {
    this.clusters = new ActorClusters(options);
    this.matching = options.matching ?? DEFAULT_MATCHING;
    this.coMentionActors = options.coMentionActors ?? DEFAULT_CO_MENTION_ACTORS;
    this.grouper = new QuotationGrouper(this.matching);
  }

  /** How many documents were folded in. */
  get size(): number {
    return this.documents.length;
  }

  /** Folds in one document; false (and nothing changed) when a document of that name is already in. */
  add(summary: DocumentSummary): boolean {
    if (this.names.has(summary.document)) return false;
    this.names.add(summary.document);
    if (this.lastName !== undefined && compareText(this.lastName, summary.document) >= 0) {
      this.grouper = undefined;
    }
    this.lastName = summary.document;
    const document = this.documents.length;
    this.documents.push({ document: summary.document, date: summary.documentDate, actors: 0, claims: summary.claims.length });
    const clusterOf = new Map<string, number>();
    const counted: Array<{ cluster: number; mentions: number; name: string }> = [];
    for (const actor of summary.actors) {
      const name = nameKey(actor.name);
      const cluster = this.clusters.add(actor, document, name);
      if (cluster < 0) continue;
      clusterOf.set(actor.id, cluster);
      counted.push({ cluster, mentions: actor.mentions, name });
    }
    this.documents[document].actors = counted.length;
    counted.sort((a, b) => b.mentions - a.mentions || compareText(a.name, b.name));
    this.leading.push(Int32Array.from(counted.slice(0, this.coMentionActors).map((entry) => entry.cluster)));
    const firstClaim = this.claims.length;
    for (const claim of summary.claims) {
      const cluster = claim.actor === null ? -1 : clusterOf.get(claim.actor) ?? -1;
      this.claims.push({ document, line: claim.line, speaker: claim.speaker, cluster, kind: claim.kind, cue: claim.cue, text: claim.text });
    }
    this.addQuotes(summary, document, firstClaim);
    return true;
  }

  /** A document's quotations in the result's order (line, then text), grouped at once while documents come in order. */
  private addQuotes(summary: DocumentSummary, document: number, firstClaim: number): void {
    const quotes: HeldQuote[] = [];
    for (const quote of summary.quotes) {
      const shingles = quotationShingles(quote.text, this.matching.minWords);
      if (shingles === null) continue;
      const claim = quote.claim === null ? -1 : firstClaim + quote.claim;
      quotes.push({ document, line: quote.line, text: quote.text, shingles, keys: quotationKeys(shingles), claim, group: -1 });
    }
    quotes.sort(inDocumentOrder);
    for (const quote of quotes) {
      if (this.grouper !== undefined) quote.group = this.grouper.add(quote.shingles, quote.keys);
      this.quotes.push(quote);
    }
  }

  /** The cross-document result of every document folded in so far. */
  result(): CorpusResult {
    this.clusters.resolveSurnames();
    const names = this.documents.map((document) => document.document);
    const order = names.map((_, index) => index).sort((a, b) => compareText(names[a], names[b]));
    const rank = new Int32Array(order.length);
    order.forEach((index, position) => (rank[index] = position));
    const documents = order.map((index) => this.documents[index]);
    const { actors, actorOf } = this.actorIndex(rank, documents);
    const claimDocuments = this.claims.map((claim) => rank[claim.document]);
    const claimOrder = claimDocuments.map((_, index) => index);
    if (this.grouper === undefined) claimOrder.sort((a, b) => claimDocuments[a] - claimDocuments[b] || a - b);
    const claimRank = new Int32Array(claimOrder.length);
    claimOrder.forEach((index, position) => (claimRank[index] = position));
    const claims: CorpusClaim[] = claimOrder.map((index) => {
      const held = this.claims[index];
      return {
        document: rank[held.document],
        line: held.line,
        speaker: held.speaker,
        actor: held.cluster < 0 ? null : actorOf.get(this.clusters.find(held.cluster)) ?? null,
        kind: held.kind,
        cue: held.cue,
        text: held.text,
        quotation: null,
      };
    });
    const quotations = this.quotationGroups(rank, documents, claimRank, claims);
    return { documents, actors, claims, quotations, coMentions: this.coMentions(actorOf) };
  }

  private actorIndex(rank: Int32Array, documents: readonly CorpusDocument[]): { actors: CorpusActor[]; actorOf: Map<number, number> } {
    const merged = [...this.clusters.merged((document) => rank[document])].map(([cluster, actor]) => {
      let mentions = 0;
      let claims = 0;
      let firstDate: string | null = null;
      for (const appearance of actor.appearances) {
        mentions += appearance.mentions;
        claims += appearance.claims;
        const date = documents[appearance.document].date;
        if (compareDates(date, firstDate) < 0) firstDate = date;
      }
      return { cluster, actor: { id: '', ...actor, mentions, claims, firstDate } };
    });
    merged.sort(
      (a, b) =>
        b.actor.claims - a.actor.claims ||
        b.actor.appearances.length - a.actor.appearances.length ||
        b.actor.mentions - a.actor.mentions ||
        compareText(a.actor.name, b.actor.name) ||
        compareText(a.actor.type, b.actor.type),
    );
    const used = new Map<string, number>();
    const actorOf = new Map<number, number>();
    const actors = merged.map(({ cluster, actor }, index) => {
      const slug = nameKey(actor.name).replace(/ /g, '-') || 'actor';
      const count = (used.get(slug) ?? 0) + 1;
      used.set(slug, count);
      actorOf.set(cluster, index);
      return { ...actor, id: count === 1 ? slug : `${slug}-${count}` };
    });
    return { actors, actorOf };
  }

  /** Groups the quotations in document and line order, so the groups are the same whatever order documents came in. */
  private quotationGroups(
    rank: Int32Array,
    documents: readonly CorpusDocument[],
    claimRank: Int32Array,
    claims: CorpusClaim[],
  ): QuotationGroup[] {
    // Grouped on arrival when documents came in name order: then the held quotations are in this order already.
    const quotes =
      this.grouper !== undefined
        ? this.quotes
        : [...this.quotes].sort((a, b) => rank[a.document] - rank[b.document] || inDocumentOrder(a, b));
    const groupOf =
      this.grouper !== undefined
        ? quotes.map((quote) => quote.group)
        : groupQuotations(
            quotes.map((quote) => quote.shingles),
            this.matching,
            quotes.map((quote) => quote.keys),
          );
    const members = new Map<number, HeldQuote[]>();
    quotes.forEach((quote, index) => {
      const group = groupOf[index];
      if (group < 0) return;
      const list = members.get(group);
      if (list === undefined) members.set(group, [quote]);
      else list.push(quote);
    });
    const groups: QuotationGroup[] = [];
    for (const list of members.values()) {
      const spread = new Set(list.map((quote) => quote.document)).size;
      if (spread < 2) continue;
      const dateOf = (quote: HeldQuote): string | null => documents[rank[quote.document]].date;
      const sorted = list.sort((a, b) => compareDates(dateOf(a), dateOf(b)) || rank[a.document] - rank[b.document] || a.line - b.line);
      const occurrences = sorted.map((quote) => {
        const claim = quote.claim < 0 ? null : claimRank[quote.claim];
        const actor = claim === null ? null : claims[claim].actor;
        return { document: rank[quote.document], line: quote.line, claim, actor, text: quote.text };
      });
      groups.push({ text: sorted[0].text, documents: spread, occurrences });
    }
    groups.sort(
      (a, b) =>
        b.documents - a.documents ||
        compareDates(documents[a.occurrences[0].document].date, documents[b.occurrences[0].document].date) ||
        a.occurrences[0].document - b.occurrences[0].document ||
        a.occurrences[0].line - b.occurrences[0].line,
    );
    groups.forEach((group, index) => {
      for (const occurrence of group.occurrences) if (occurrence.claim !== null) claims[occurrence.claim].quotation = index;
    });
    return groups;
  }

  private coMentions(actorOf: ReadonlyMap<number, number>): CoMention[] {
    // Each pair is one number (source × actors + target), listed once for every document that names both, then sorted:
    // equal numbers side by side give the counts, without a map updated a million times.
    const width = actorOf.size;
    const actorOfCluster = new Map<number, number>();
    const present = new Int32Array(this.coMentionActors);
    let pairs = new Float64Array(1024);
    let length = 0;
    for (const leading of this.leading) {
      let count = 0;
      for (const cluster of leading) {
        let actor = actorOfCluster.get(cluster);
        if (actor === undefined) {
          actor = actorOf.get(this.clusters.find(cluster)) ?? -1;
          actorOfCluster.set(cluster, actor);
        }
        if (actor >= 0) present[count++] = actor;
      }
      const actors = present.subarray(0, count).sort();
      for (let i = 0; i < count; i++) {
        if (i > 0 && actors[i] === actors[i - 1]) continue;
        const row = actors[i] * width;
        for (let j = i + 1; j < count; j++) {
          if (actors[j] === actors[j - 1]) continue;
          if (length === pairs.length) {
            const grown = new Float64Array(pairs.length * 2);
            grown.set(pairs);
            pairs = grown;
          }
          pairs[length++] = row + actors[j];
        }
      }
    }
    return sortedPairs(pairs.subarray(0, length).sort(), width);
  }
}

/** Quotations of one document in the order they are grouped: by line, then text. */
function inDocumentOrder(a: HeldQuote, b: HeldQuote): number {
  return a.line - b.line || compareText(a.text, b.text);
}

/**
 * The pairs most documents first, then by source and target, from every pair's number once for each document that
 * names both, sorted. Each pair's place is one number (fewer documents, then the pair: all distinct), so a numeric sort
 * of those orders hundreds of thousands of pairs without a comparison function; where that number would not be exact,
 * pairs are compared as before.
 */
function sortedPairs(listed: Float64Array, width: number): CoMention[] {
  const distinct: number[] = [];
  const counts: number[] = [];
  let most = 0;
  for (let index = 0; index < listed.length; ) {
    let end = index + 1;
    while (end < listed.length && listed[end] === listed[index]) end++;
    distinct.push(listed[index]);
    counts.push(end - index);
    most = Math.max(most, end - index);
    index = end;
  }
  const span = width * width;
  if ((most + 1) * span >= Number.MAX_SAFE_INTEGER) {
    const pairs = distinct.map((pair, index) => ({ source: Math.floor(pair / width), target: pair % width, documents: counts[index] }));
    return pairs.sort((a, b) => b.documents - a.documents || a.source - b.source || a.target - b.target);
  }
  const places = new Float64Array(distinct.length);
  for (let index = 0; index < distinct.length; index++) places[index] = (most - counts[index]) * span + distinct[index];
  places.sort();
  return Array.from(places, (place) => {
    const pair = place % span;
    return { source: Math.floor(pair / width), target: pair % width, documents: most - Math.floor(place / span) };
  });
}
