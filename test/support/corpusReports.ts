// Corpus reports generated from a seed, of any size: the dashboard's tests and its benchmark case draw from them.
import type { ActorType, ClaimKind } from '../../src/analysis/types';
import type { CorpusReport, NamedActor, NamedClaim } from '../../src/corpus/report';

export interface GeneratedCorpus {
  claims: number;
  documents: number;
  actors: number;
  /** Days the document dates spread over (from 2024-01-01); every tenth document is undated. */
  days?: number;
  seed?: number;
}

/** mulberry32: small, fast and the same on every machine. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sa', 'tor', 'vel', 'an', 'dri', 'mo', 'ne', 'pa'];
const TYPES: readonly ActorType[] = ['PERSON', 'PERSON', 'PERSON', 'ORG', 'PLACE'];

function name(random: () => number): string {
  const part = (): string => {
    const word = Array.from({ length: 2 + Math.floor(random() * 2) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
    return word[0].toUpperCase() + word.slice(1);
  };
  return `${part()} ${part()}`;
}

/** A report shaped like the corpus command's: a few actors speak most, documents have a handful of voices each. */
export function generatedReport(options: GeneratedCorpus): CorpusReport {
  const random = prng(options.seed ?? 1);
  const days = options.days ?? 400;
  const documents = Array.from({ length: options.documents }, (_, index) => {
    const date = index % 10 === 9 ? null : new Date(Date.UTC(2024, 0, 1 + Math.floor(random() * days))).toISOString().slice(0, 10);
    return { document: `folder-${Math.floor(index / 100)}/doc-${String(index).padStart(5, '0')}.txt`, date, actors: 0, claims: 0 };
  });
  const actors: NamedActor[] = Array.from({ length: options.actors }, (_, index) => ({
    id: `actor-${index}`,
    name: name(random),
    type: TYPES[index % TYPES.length],
    aliases: [],
    documents: 0,
    mentions: 0,
    claims: 0,
    firstDate: null,
    appearances: [],
  }));
  const byDocument = documents.map(() => new Map<number, number>());
  const claims: NamedClaim[] = [];
  for (let index = 0; index < options.claims; index++) {
    const document = Math.floor(random() * documents.length);
    // Squaring skews the choice toward the first actors: a few voices dominate, as in news.
    const actor = Math.floor(random() * random() * actors.length);
    const resolved = random() < 0.85;
    const line = 1 + Math.floor(random() * 60);
    const kind: ClaimKind = random() < 0.6 ? 'direct' : 'indirect';
    documents[document].claims += 1;
    if (resolved) {
      actors[actor].claims += 1;
      if (!byDocument[document].has(actor)) byDocument[document].set(actor, line);
    }
    const speaker = resolved ? actors[actor].name : `a ${['spokesperson', 'witness', 'official'][index % 3]}`;
    claims.push({ document: documents[document].document, date: documents[document].date, line, speaker, actor: resolved ? actors[actor].id : null, kind, cue: 'said', text: `Claim ${index}`, quotation: null });
  }
  claims.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.line - b.line));
  const pairs = new Map<string, { source: string; target: string; documents: number }>();
  byDocument.forEach((present, document) => {
    const ids = [...present.keys()].sort((a, b) => a - b).slice(0, 8);
    documents[document].actors = present.size;
    for (const [actor, line] of present) {
      actors[actor].appearances.push({ document: documents[document].document, mentions: 1, claims: 1, line });
      actors[actor].documents += 1;
      actors[actor].mentions += 1;
    }
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        const key = `${ids[a]}:${ids[b]}`;
        const pair = pairs.get(key) ?? { source: actors[ids[a]].id, target: actors[ids[b]].id, documents: 0 };
        pair.documents += 1;
        pairs.set(key, pair);
      }
    }
  });
  return { kind: 'sourcelens-corpus', schema: 1, documents, actors: actors.filter((actor) => actor.documents > 0), claims, quotations: [], coMentions: [...pairs.values()] };
}
