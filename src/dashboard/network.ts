// The co-mention network: the actors with the most partners and the strongest links among them, placed by a short
// deterministic force layout (from a circle, no randomness), so the same report always draws the same picture.
import type { ActorType } from '../analysis/types';
import type { CorpusReport, NamedActor } from '../corpus/report';
import type { DocumentLookup, SourceLink } from './marks';

export interface NetworkNode {
  id: string;
  name: string;
  type: ActorType;
  /** Actors it appears with. */
  degree: number;
  claims: number;
  documents: number;
  x: number;
  y: number;
  /** Its first appearance. */
  link: SourceLink;
}

export interface NetworkEdge {
  /** Indices into the nodes. */
  source: number;
  target: number;
  documents: number;
  /** The first document both appear in, at the first actor's line there. */
  link: SourceLink;
}

export interface Network {
  width: number;
  height: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Connected actors and links left out by the caps. */
  hiddenNodes: number;
  hiddenEdges: number;
}

export const NETWORK_SIZE = { width: 640, height: 440, margin: 48 } as const;
const LAYOUT_ROUNDS = 150;
const GRAVITY = 0.6;

function firstAppearance(actor: NamedActor, lookup: DocumentLookup): SourceLink | undefined {
  for (const appearance of actor.appearances) {
    const document = lookup.indexOf.get(appearance.document);
    if (document !== undefined) return { document, line: Math.max(1, appearance.line) };
  }
  return undefined;
}

function sharedAppearance(source: NamedActor, target: NamedActor, lookup: DocumentLookup): SourceLink | undefined {
  const targetDocuments = new Set(target.appearances.map((appearance) => appearance.document));
  for (const appearance of source.appearances) {
    const document = lookup.indexOf.get(appearance.document);
    if (document !== undefined && targetDocuments.has(appearance.document)) return { document, line: Math.max(1, appearance.line) };
  }
  return undefined;
}

/** Fruchterman–Reingold from evenly spaced points on a circle, cooling linearly; positions stay inside the margins. */
export function forceLayout(count: number, edges: ReadonlyArray<{ source: number; target: number }>): Array<{ x: number; y: number }> {
  const { width, height, margin } = NETWORK_SIZE;
  const cx = width / 2;
  const cy = height / 2;
  const radius = Math.min(width, height) / 2 - margin;
  const x = Float64Array.from({ length: count }, (_, index) => cx + radius * Math.cos((2 * Math.PI * index) / Math.max(1, count)));
  const y = Float64Array.from({ length: count }, (_, index) => cy + radius * Math.sin((2 * Math.PI * index) / Math.max(1, count)));
  if (count < 3) return Array.from({ length: count }, (_, index) => ({ x: round(x[index]), y: round(y[index]) }));
  const k = Math.sqrt(((width - 2 * margin) * (height - 2 * margin)) / count);
  const dx = new Float64Array(count);
  const dy = new Float64Array(count);
  for (let pass = 0; pass < LAYOUT_ROUNDS; pass++) {
    dx.fill(0);
    dy.fill(0);
    for (let a = 0; a < count; a++) {
      for (let b = a + 1; b < count; b++) {
        const ex = x[a] - x[b];
        const ey = y[a] - y[b];
        const distance = Math.max(0.01, Math.hypot(ex, ey));
        const push = (k * k) / distance / distance;
        dx[a] += ex * push;
        dy[a] += ey * push;
        dx[b] -= ex * push;
        dy[b] -= ey * push;
      }
    }
    for (const { source, target } of edges) {
      const ex = x[source] - x[target];
      const ey = y[source] - y[target];
      const pull = Math.hypot(ex, ey) / k;
      dx[source] -= ex * pull;
      dy[source] -= ey * pull;
      dx[target] += ex * pull;
      dy[target] += ey * pull;
    }
    // A little gravity: an actor linked only to actors left out would otherwise drift to a corner.
    for (let index = 0; index < count; index++) {
      const pull = (GRAVITY * Math.hypot(x[index] - cx, y[index] - cy)) / k;
      dx[index] -= (x[index] - cx) * pull;
      dy[index] -= (y[index] - cy) * pull;
    }
    const temperature = (width / 10) * (1 - pass / LAYOUT_ROUNDS);
    for (let index = 0; index < count; index++) {
      const length = Math.max(0.01, Math.hypot(dx[index], dy[index]));
      const step = Math.min(length, temperature) / length;
      x[index] = clamp(x[index] + dx[index] * step, margin, width - margin);
      y[index] = clamp(y[index] + dy[index] * step, margin, height - margin);
    }
  }
  return Array.from({ length: count }, (_, index) => ({ x: round(x[index]), y: round(y[index]) }));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The `limits.nodes` actors with the most partners, and among them the `limits.edges` pairs seen in the most documents. */
export function coMentionNetwork(report: CorpusReport, lookup: DocumentLookup, limits: { nodes: number; edges: number }): Network {
  const actors = new Map(report.actors.map((actor) => [actor.id, actor]));
  const degree = new Map<string, number>();
  for (const pair of report.coMentions) {
    if (!actors.has(pair.source) || !actors.has(pair.target) || pair.source === pair.target) continue;
    degree.set(pair.source, (degree.get(pair.source) ?? 0) + 1);
    degree.set(pair.target, (degree.get(pair.target) ?? 0) + 1);
  }
  const ranked = [...degree.entries()]
    .map(([id, count]) => ({ actor: actors.get(id) as NamedActor, degree: count }))
    .sort((a, b) => b.degree - a.degree || b.actor.claims - a.actor.claims || compareText(a.actor.name, b.actor.name));
  const chosen: Array<{ actor: NamedActor; degree: number; link: SourceLink }> = [];
  for (const entry of ranked) {
    if (chosen.length === limits.nodes) break;
    const link = firstAppearance(entry.actor, lookup);
    if (link) chosen.push({ ...entry, link });
  }
  const position = new Map(chosen.map((entry, index) => [entry.actor.id, index]));
  const candidates = report.coMentions
    .filter((pair) => position.has(pair.source) && position.has(pair.target) && pair.source !== pair.target)
    .sort((a, b) => b.documents - a.documents);
  const edges: NetworkEdge[] = [];
  for (const pair of candidates) {
    if (edges.length === limits.edges) break;
    const source = position.get(pair.source) as number;
    const target = position.get(pair.target) as number;
    const link = sharedAppearance(chosen[source].actor, chosen[target].actor, lookup) ?? chosen[source].link;
    edges.push({ source, target, documents: pair.documents, link });
  }
  const layout = forceLayout(chosen.length, edges);
  const nodes = chosen.map(({ actor, degree: partners, link }, index) => ({
    id: actor.id,
    name: actor.name,
    type: actor.type,
    degree: partners,
    claims: actor.claims,
    documents: actor.documents,
    ...layout[index],
    link,
  }));
  const linked = (pair: { source: string; target: string }): boolean =>
    degree.has(pair.source) && degree.has(pair.target) && pair.source !== pair.target;
  const connected = report.coMentions.filter(linked).length;
  const { width, height } = NETWORK_SIZE;
  return { width, height, nodes, edges, hiddenNodes: ranked.length - nodes.length, hiddenEdges: connected - edges.length };
}
