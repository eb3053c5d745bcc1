// The corpus result as the command line writes it: names and ids in place of indices, so every record reads on its own.
import type { ActorType, ClaimKind } from '../analysis/types';
import type { CorpusResult } from './model';

export const CORPUS_SCHEMA = 1;

export interface NamedAppearance {
  document: string;
  mentions: number;
  claims: number;
  line: number;
}

export interface NamedActor {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  documents: number;
  mentions: number;
  claims: number;
  firstDate: string | null;
  appearances: NamedAppearance[];
}

export interface NamedClaim {
  document: string;
  date: string | null;
  line: number;
  speaker: string;
  /** The merged actor's id, or null. */
  actor: string | null;
  kind: ClaimKind;
  cue: string;
  text: string;
  /** The quotation group's id when this claim's quotation is said in other documents too. */
  quotation: number | null;
}

export interface NamedOccurrence {
  document: string;
  date: string | null;
  line: number;
  actor: string | null;
  speaker: string | null;
  text: string;
}

export interface NamedQuotation {
  id: number;
  text: string;
  documents: number;
  occurrences: NamedOccurrence[];
}

export interface CorpusReport {
  kind: 'sourcelens-corpus';
  schema: typeof CORPUS_SCHEMA;
  documents: Array<{ document: string; date: string | null; actors: number; claims: number }>;
  actors: NamedActor[];
  claims: NamedClaim[];
  quotations: NamedQuotation[];
  coMentions: Array<{ source: string; target: string; documents: number }>;
}

/** The result with every index replaced by what it points to; quotation groups are numbered from 1. */
export function corpusReport(result: CorpusResult): CorpusReport {
  const { documents, actors } = result;
  const actorId = (index: number | null): string | null => (index === null ? null : actors[index].id);
  return {
    kind: 'sourcelens-corpus',
    schema: CORPUS_SCHEMA,
    documents: documents.map((document) => ({ ...document })),
    actors: actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      type: actor.type,
      aliases: actor.aliases,
      documents: actor.appearances.length,
      mentions: actor.mentions,
      claims: actor.claims,
      firstDate: actor.firstDate,
      appearances: actor.appearances.map((appearance) => ({ ...appearance, document: documents[appearance.document].document })),
    })),
    claims: result.claims.map((claim) => ({
      document: documents[claim.document].document,
      date: documents[claim.document].date,
      line: claim.line,
      speaker: claim.speaker,
      actor: actorId(claim.actor),
      kind: claim.kind,
      cue: claim.cue,
      text: claim.text,
      quotation: claim.quotation === null ? null : claim.quotation + 1,
    })),
    quotations: result.quotations.map((group, index) => ({
      id: index + 1,
      text: group.text,
      documents: group.documents,
      occurrences: group.occurrences.map((occurrence) => ({
        document: documents[occurrence.document].document,
        date: documents[occurrence.document].date,
        line: occurrence.line,
        actor: actorId(occurrence.actor),
        speaker: occurrence.claim === null ? null : result.claims[occurrence.claim].speaker,
        text: occurrence.text,
      })),
    })),
    coMentions: result.coMentions.map((pair) => ({
      source: actors[pair.source].id,
      target: actors[pair.target].id,
      documents: pair.documents,
    })),
  };
}
