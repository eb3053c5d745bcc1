// The dashboard as plain data: a corpus report aggregated into a bounded number of marks (top speakers with the rest
// counted as "others", time buckets, the best-connected actors, documents by number of voices), each mark pointing
// at a source line. Its size depends on the limits, never on the number of claims, so the page stays light at any scale.
import { compareText } from '../corpus/order';
import type { CorpusReport, NamedClaim } from '../corpus/report';
import { CLAIM_KINDS, type DocumentLookup, type KindCount, type SourceLink } from './marks';
import { coMentionNetwork, type Network } from './network';
import { claimTimeline, type Timeline } from './timeline';

export interface SpeakerBar {
  name: string;
  /** The merged actor's id when the speaker is an actor. */
  actor: string | null;
  total: number;
  /** Only kinds with at least one claim, in {@link CLAIM_KINDS} order. */
  kinds: KindCount[];
}

export interface DocumentVoices {
  document: number;
  name: string;
  voices: number;
  claims: number;
  link: SourceLink;
}

export interface VoicesBucket {
  /** Documents with exactly this many voices; the last bucket holds this many or more. */
  voices: number;
  orMore: boolean;
  documents: number;
  /** The first such document (by name), at its first claim. */
  link: SourceLink | null;
}

export interface DashboardModel {
  totals: { documents: number; claims: number; actors: number; speakers: number };
  /** Document names by the index links carry; only the linked ones are ever rendered. */
  documents: readonly string[];
  speakers: { bars: SpeakerBar[]; others: { speakers: number; claims: number } };
  timeline: Timeline;
  network: Network;
  voices: { histogram: VoicesBucket[]; top: DocumentVoices[]; others: number };
}

export interface DashboardLimits {
  speakers: number;
  nodes: number;
  edges: number;
  topDocuments: number;
  /** The histogram's last bucket: this many voices or more. */
  maxVoices: number;
}

export const DEFAULT_LIMITS: DashboardLimits = { speakers: 20, nodes: 30, edges: 120, topDocuments: 15, maxVoices: 10 };

function documentLookup(report: CorpusReport): DocumentLookup {
  const indexOf = new Map<string, number>();
  report.documents.forEach((document, index) => indexOf.set(document.document, index));
  const firstClaimLine = new Int32Array(report.documents.length).fill(0);
  for (const claim of report.claims) {
    const index = indexOf.get(claim.document);
    if (index !== undefined && (firstClaimLine[index] === 0 || claim.line < firstClaimLine[index])) firstClaimLine[index] = claim.line;
  }
  return { indexOf, firstClaimLine };
}

/** Claims are said by a merged actor or, unresolved, by a name: the same name in two documents is one speaker. */
function speakerKey(claim: NamedClaim): string {
  return claim.actor !== null ? `actor:${claim.actor}` : `name:${claim.speaker.trim().toLowerCase()}`;
}

interface SpeakerTally {
  name: string;
  actor: string | null;
  total: number;
  counts: number[];
  links: Array<SourceLink | null>;
}

function speakerBars(report: CorpusReport, lookup: DocumentLookup, limit: number): DashboardModel['speakers'] & { count: number } {
  const actorNames = new Map(report.actors.map((actor) => [actor.id, actor.name]));
  const tallies = new Map<string, SpeakerTally>();
  for (const claim of report.claims) {
    const document = lookup.indexOf.get(claim.document);
    if (document === undefined) continue;
    const key = speakerKey(claim);
    let tally = tallies.get(key);
    if (!tally) {
      const name = (claim.actor !== null ? actorNames.get(claim.actor) : undefined) ?? claim.speaker;
      tally = { name, actor: claim.actor, total: 0, counts: CLAIM_KINDS.map(() => 0), links: CLAIM_KINDS.map(() => null) };
      tallies.set(key, tally);
    }
    const kind = Math.max(0, CLAIM_KINDS.indexOf(claim.kind));
    tally.total += 1;
    tally.counts[kind] += 1;
    tally.links[kind] ??= { document, line: claim.line };
  }
  const ranked = [...tallies.values()].sort((a, b) => b.total - a.total || compareText(a.name, b.name));
  const bars = ranked.slice(0, limit).map((tally) => ({
    name: tally.name,
    actor: tally.actor,
    total: tally.total,
    kinds: CLAIM_KINDS.flatMap((kind, index) => {
      const link = tally.links[index];
      return link ? [{ kind, count: tally.counts[index], link }] : [];
    }),
  }));
  const rest = ranked.slice(limit);
  return { bars, others: { speakers: rest.length, claims: rest.reduce((sum, tally) => sum + tally.total, 0) }, count: ranked.length };
}

function linkTo(document: number, lookup: DocumentLookup): SourceLink {
  return { document, line: Math.max(1, lookup.firstClaimLine[document]) };
}

function documentVoices(report: CorpusReport, lookup: DocumentLookup, limits: DashboardLimits): DashboardModel['voices'] {
  const speakers = report.documents.map(() => new Set<string>());
  const claims = new Int32Array(report.documents.length);
  for (const claim of report.claims) {
    const document = lookup.indexOf.get(claim.document);
    if (document === undefined) continue;
    speakers[document].add(speakerKey(claim));
    claims[document] += 1;
  }
  const histogram: VoicesBucket[] = [];
  for (let voices = 0; voices <= limits.maxVoices; voices++) {
    histogram.push({ voices, orMore: voices === limits.maxVoices, documents: 0, link: null });
  }
  const all: DocumentVoices[] = report.documents.map((document, index) => {
    const voices = speakers[index].size;
    const bucket = histogram[Math.min(voices, limits.maxVoices)];
    bucket.documents += 1;
    bucket.link ??= linkTo(index, lookup);
    return { document: index, name: document.document, voices, claims: claims[index], link: linkTo(index, lookup) };
  });
  const ranked = all
    .filter((entry) => entry.voices > 0)
    .sort((a, b) => b.voices - a.voices || b.claims - a.claims || a.document - b.document);
  return { histogram, top: ranked.slice(0, limits.topDocuments), others: Math.max(0, ranked.length - limits.topDocuments) };
}

/** The dashboard of a corpus report; claims of documents the report does not list are left out (no link could reach them). */
export function dashboardModel(report: CorpusReport, limits: DashboardLimits = DEFAULT_LIMITS): DashboardModel {
  const lookup = documentLookup(report);
  const { count, ...speakers } = speakerBars(report, lookup, limits.speakers);
  return {
    totals: { documents: report.documents.length, claims: report.claims.length, actors: report.actors.length, speakers: count },
    documents: report.documents.map((document) => document.document),
    speakers,
    timeline: claimTimeline(report, lookup),
    network: coMentionNetwork(report, lookup, limits),
    voices: documentVoices(report, lookup, limits),
  };
}

