// The co-mention network: the actors with the most partners and the strongest links among them, placed by a short
// deterministic force layout (from a circle, no randomness), so the same report always draws the same picture.
import type { ActorType } from '../analysis/types';
import { compareText } from '../corpus/order';
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
const GRAVITY = 0.1;
const REPULSION_REACH = 2;

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

interface Layout {
  x: Float64Array;
  y: Float64Array;
  dx: Float64Array;
  dy: Float64Array;
  /** The ideal distance between linked actors. */
  k: number;
  /** Links per actor, at least 1. */
  links: Float64Array;
}

/** One round of Fruchterman–Reingold: every pair repels, linked pairs attract, gravity holds components together. */
function layoutRound(layout: Layout, edges: ReadonlyArray<{ source: number; target: number }>, temperature: number): void {
  const { x, y, dx, dy, k } = layout;
  const count = x.length;
  dx.fill(0);
  dy.fill(0);
  for (let a = 0; a < count; a++) {
    for (let b = a + 1; b < count; b++) {
      const ex = x[a] - x[b];
      const ey = y[a] - y[b];
      const squared = ex * ex + ey * ey;
      // Repulsion reaches a few ideal lengths only (as in Fruchterman and Reingold's grid variant), so separate groups
      // settle near each other instead of being pushed to the edges of the picture.
      if (squared > REPULSION_REACH * REPULSION_REACH * k * k) continue;
      const push = (k * k) / Math.max(0.01, squared);
      dx[a] += ex * push;
      dy[a] += ey * push;
      dx[b] -= ex * push;
      dy[b] -= ey * push;
    }
  }
  for (const { source, target } of edges) {
    const ex = x[source] - x[target];
    const ey = y[source] - y[target];
    // Shared among an actor's links: one document's actors, all linked to each other, would otherwise collapse to a point.
    const pull = Math.hypot(ex, ey) / k;
    dx[source] -= (ex * pull) / layout.links[source];
    dy[source] -= (ey * pull) / layout.links[source];
    dx[target] += (ex * pull) / layout.links[target];
    dy[target] += (ey * pull) / layout.links[target];
  }
  for (let index = 0; index < count; index++) {
    // Gravity toward the origin: unlinked groups (one document's actors each) would otherwise drift apart for ever.
    dx[index] -= x[index] * GRAVITY;
    dy[index] -= y[index] * GRAVITY;
    const length = Math.max(0.01, Math.hypot(dx[index], dy[index]));
    const step = Math.min(length, temperature) / length;
    x[index] += dx[index] * step;
    y[index] += dy[index] * step;
  }
}

/** Positions scaled into the drawing box, inside its margins, the same scale on both axes and centred. */
function fitToBox(x: Float64Array, y: Float64Array): Array<{ x: number; y: number }> {
  const { width, height, margin } = NETWORK_SIZE;
  const bounds = (values: Float64Array): { low: number; span: number } => {
    let low = Infinity;
    let high = -Infinity;
    for (const value of values) {
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
    return { low, span: Math.max(1e-9, high - low) };
  };
  const across = bounds(x);
  const down = bounds(y);
  const scale = Math.min((width - 2 * margin) / across.span, (height - 2 * margin) / down.span);
  const left = (width - across.span * scale) / 2;
  const top = (height - down.span * scale) / 2;
  return Array.from(x, (value, index) => ({
    x: round(left + (value - across.low) * scale),
    y: round(top + (y[index] - down.low) * scale),
  }));
}

/**
 * Fruchterman–Reingold from evenly spaced points on a circle, cooling linearly, then scaled into the box: the same
 * actors and links always give the same picture.
 */
export function forceLayout(count: number, edges: ReadonlyArray<{ source: number; target: number }>): Array<{ x: number; y: number }> {
  const k = 1;
  const radius = Math.sqrt(count) * k;
  const layout: Layout = {
    x: Float64Array.from({ length: count }, (_, index) => radius * Math.cos((2 * Math.PI * index) / Math.max(1, count))),
    y: Float64Array.from({ length: count }, (_, index) => radius * Math.sin((2 * Math.PI * index) / Math.max(1, count))),
    dx: new Float64Array(count),
    dy: new Float64Array(count),
    k,
    links: new Float64Array(count).fill(1),
  };
  for (const { source, target } of edges) {
    layout.links[source] += 1;
    layout.links[target] += 1;
  }
  if (count >= 3) {
    for (let pass = 0; pass < LAYOUT_ROUNDS; pass++) layoutRound(layout, edges, (radius / 4) * (1 - pass / LAYOUT_ROUNDS) + 0.01);
  }
  return fitToBox(layout.x, layout.y);
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
