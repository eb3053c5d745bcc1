// The dashboard page: four charts in plain SVG under a strict Content Security Policy (no remote resource, the one
// script and the one stylesheet allowed by a nonce), coloured by the editor theme's chart colours.
import { escapeHtml } from '../presentation/escape';
import { plural } from '../presentation/wording';
import { CLAIM_KINDS, type KindCount, type SourceLink } from './marks';
import type { DashboardModel } from './model';
import type { Network } from './network';
import { DASHBOARD_SCRIPT, DASHBOARD_STYLE } from './page';
import { count, KIND_NAMES, legend, mark, shown, svg, svgText } from './svg';
import type { Timeline } from './timeline';

export interface PageContext {
  /** A fresh random value for each render: only the page's own script and style carry it. */
  nonce: string;
  /** The webview's own origin (`webview.cspSource`), for nothing but styles. */
  cspSource: string;
}

interface Segment {
  value: number;
  className: string;
  /** Escaped. */
  label: string;
  link: SourceLink;
}

interface Row {
  /** Escaped. */
  label: string;
  segments: Segment[];
}

const BAR_HEIGHT = 18;
const ROW = 24;
const CHART_WIDTH = 720;

/** The largest value, at least 1: a chart's scale. */
function largest(values: readonly number[]): number {
  let max = 1;
  for (const value of values) if (value > max) max = value;
  return max;
}

function kindCount(kind: KindCount): string {
  return escapeHtml(plural(kind.count, KIND_NAMES[kind.kind], `${KIND_NAMES[kind.kind]}s`));
}

/** Rows of stacked horizontal bars, labelled on the left, their totals on the right. */
function horizontalBars(name: string, rows: readonly Row[]): string {
  const labelWidth = 220;
  const plot = 420;
  const totals = rows.map((row) => row.segments.reduce((sum, segment) => sum + segment.value, 0));
  const max = largest(totals);
  const body = rows.map((row, index) => {
    const y = index * ROW + 4;
    let x = labelWidth;
    const segments = row.segments.map(({ value, className, label, link }) => {
      const width = Math.max(1, (value / max) * plot);
      const markup = mark({ element: 'rect', geometry: { x, y, width, height: BAR_HEIGHT }, className, label, link });
      x += width;
      return markup;
    });
    const total = svgText(x + 6, y + 13, count(totals[index]), 'value');
    return svgText(labelWidth - 8, y + 13, row.label, 'axis', 'end') + segments.join('') + total;
  });
  return svg(labelWidth + plot + 70, rows.length * ROW + 8, name, body.join(''));
}

function speakersSection(model: DashboardModel): string {
  const { bars, others } = model.speakers;
  if (bars.length === 0) return section('speakers', 'Claims per speaker', '<p class="empty">No claims yet.</p>');
  const rows = bars.map((bar) => ({
    label: shown(bar.name, 32),
    segments: bar.kinds.map((kind) => ({
      value: kind.count,
      className: `kind-${kind.kind}`,
      label: `${shown(bar.name, 80)}: ${kindCount(kind)}`,
      link: kind.link,
    })),
  }));
  const rest = others.speakers > 0 ? note(`and ${plural(others.speakers, 'other speaker')} with ${plural(others.claims, 'claim')}`) : '';
  return section('speakers', 'Claims per speaker', legend(CLAIM_KINDS) + horizontalBars('Claims per speaker, by kind', rows) + rest);
}

/** The first, middle and last buckets' names under a time axis, the outer ones kept inside the chart. */
function timeTicks(timeline: Timeline, step: number, y: number): string {
  const last = timeline.buckets.length - 1;
  const positions = [...new Set([0, Math.floor(last / 2), last])];
  return positions
    .map((index, position) => {
      const anchor = position === 0 ? 'start' : position === positions.length - 1 ? 'end' : 'middle';
      const x = 30 + (anchor === 'start' ? index : anchor === 'end' ? index + 1 : index + 0.5) * step;
      return svgText(x, y, escapeHtml(timeline.buckets[index].label), 'axis', anchor);
    })
    .join('');
}

function timelineSection(timeline: Timeline): string {
  const notes: string[] = [];
  if (timeline.undated > 0) notes.push(`${plural(timeline.undated, 'claim')} in undated documents`);
  if (timeline.beyond > 0) notes.push(`${plural(timeline.beyond, 'claim')} dated earlier than the chart`);
  const undated = notes.length > 0 ? note(notes.join('; ')) : '';
  if (timeline.buckets.length === 0) return section('time', 'Claims over time', `<p class="empty">No dated claims yet.</p>${undated}`);
  const height = 200;
  const top = 10;
  const plot = height - top - 30;
  const step = (CHART_WIDTH - 40) / timeline.buckets.length;
  const max = largest(timeline.buckets.map((bucket) => bucket.count));
  const bars = timeline.buckets.flatMap((bucket, index) => {
    let y = top + plot;
    return bucket.kinds.map((kind) => {
      const barHeight = Math.max(1, (kind.count / max) * plot);
      y -= barHeight;
      const geometry = { x: 30 + index * step + step * 0.1, y, width: Math.max(1, step * 0.8), height: barHeight };
      const label = `${escapeHtml(bucket.label)}: ${kindCount(kind)}`;
      return mark({ element: 'rect', geometry, className: `kind-${kind.kind}`, label, link: kind.link });
    });
  });
  const axis =
    `<line class="axis-line" x1="30" y1="${top + plot}" x2="${CHART_WIDTH - 10}" y2="${top + plot}"></line>` +
    svgText(26, top + 10, count(max), 'axis', 'end');
  const chart = svg(CHART_WIDTH, height, 'Claims over time', axis + bars.join('') + timeTicks(timeline, step, height - 8));
  const caption = note(`By document date, one bar per ${timeline.unit}.`);
  return section('time', 'Claims over time', legend(CLAIM_KINDS) + chart + caption + undated);
}

const TYPE_KEY =
  '<p class="legend"><span class="swatch type-person"></span>person <span class="swatch type-org"></span>organization ' +
  '<span class="swatch type-place"></span>place</p>';

function networkSection(network: Network): string {
  const title = 'Who appears with whom';
  if (network.nodes.length === 0) return section('network', title, '<p class="empty">No actors appear together yet.</p>');
  const maxDocuments = largest(network.edges.map((edge) => edge.documents));
  const edges = network.edges.map((edge) => {
    const source = network.nodes[edge.source];
    const target = network.nodes[edge.target];
    const label = `${shown(source.name, 60)} and ${shown(target.name, 60)}: ${plural(edge.documents, 'document')} together`;
    const geometry = { x1: source.x, y1: source.y, x2: target.x, y2: target.y, 'stroke-width': 1 + (3 * edge.documents) / maxDocuments };
    return mark({ element: 'line', geometry, className: 'edge', label, link: edge.link });
  });
  const nodes = network.nodes.map((node) => {
    const counts = `${plural(node.degree, 'actor')}, ${plural(node.claims, 'claim')}, ${plural(node.documents, 'document')}`;
    const label = `${shown(node.name, 80)}: appears with ${counts}`;
    const r = Math.min(14, 5 + Math.sqrt(node.claims));
    const className = `node type-${node.type.toLowerCase()}`;
    const circle = mark({ element: 'circle', geometry: { cx: node.x, cy: node.y, r }, className, label, link: node.link });
    return circle + svgText(node.x, node.y - r - 4, shown(node.name, 24), 'node-label', 'middle');
  });
  const hidden: string[] = [];
  if (network.hiddenNodes > 0) hidden.push(plural(network.hiddenNodes, 'more connected actor'));
  if (network.hiddenEdges > 0) hidden.push(plural(network.hiddenEdges, 'more link'));
  const rest = hidden.length > 0 ? note(`Not drawn: ${hidden.join(', ')}.`) : '';
  const chart = svg(network.width, network.height, 'Co-mention network', edges.join('') + nodes.join(''));
  return section('network', title, TYPE_KEY + chart + rest);
}

function voicesHistogram(histogram: DashboardModel['voices']['histogram']): string {
  const height = 180;
  const plot = 130;
  const step = (CHART_WIDTH - 40) / histogram.length;
  const max = largest(histogram.map((bucket) => bucket.documents));
  const bars = histogram.map((bucket) => {
    const x = 30 + bucket.voices * step;
    const tick = svgText(x + step / 2, height - 10, `${bucket.voices}${bucket.orMore ? '+' : ''}`, 'axis', 'middle');
    if (!bucket.link || bucket.documents === 0) return tick;
    const barHeight = Math.max(1, (bucket.documents / max) * plot);
    const voices = bucket.orMore ? `${bucket.voices} or more voices` : plural(bucket.voices, 'voice');
    const label = `${plural(bucket.documents, 'document')} with ${voices}`;
    const geometry = { x: x + step * 0.15, y: 10 + plot - barHeight, width: step * 0.7, height: barHeight };
    const value = svgText(x + step / 2, geometry.y - 3, count(bucket.documents), 'value', 'middle');
    return mark({ element: 'rect', geometry, className: 'voices', label, link: bucket.link }) + value + tick;
  });
  return svg(CHART_WIDTH, height, 'Documents by number of distinct speakers', bars.join(''));
}

function voicesSection(model: DashboardModel): string {
  const { histogram, top, others } = model.voices;
  const title = 'Documents by number of voices';
  if (model.totals.documents === 0) return section('voices', title, '<p class="empty">No documents yet.</p>');
  const rows = top.map((entry) => ({
    label: shown(entry.name, 36),
    segments: [
      {
        value: entry.voices,
        className: 'voices',
        label: `${shown(entry.name, 120)}: ${plural(entry.voices, 'voice')}, ${plural(entry.claims, 'claim')}`,
        link: entry.link,
      },
    ],
  }));
  const list = rows.length > 0 ? `<h3>Most voices</h3>${horizontalBars('Documents with the most voices', rows)}` : '';
  const rest = others > 0 ? note(`and ${plural(others, 'other document')} with voices`) : '';
  return section('voices', title, note('Distinct speakers per document.') + voicesHistogram(histogram) + list + rest);
}

/** A note in the page's own words (no document text). */
function note(text: string): string {
  return `<p class="note">${text}</p>`;
}

function section(id: string, title: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${title}</h2>${body}</section>`;
}

function summary(model: DashboardModel): string {
  const { documents, claims, speakers, actors } = model.totals;
  return note([plural(documents, 'document'), plural(claims, 'claim'), plural(speakers, 'speaker'), plural(actors, 'actor')].join(' · '));
}

/** The policy: nothing from anywhere, but the page's own style and script (by nonce) and styles of the webview's origin. */
function contentSecurityPolicy(nonce: string, cspSource: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** The whole page; with no model, a page that says where the numbers will come from. */
export function renderDashboard(model: DashboardModel | undefined, context: PageContext): string {
  const nonce = escapeHtml(context.nonce);
  const body = model
    ? [summary(model), speakersSection(model), timelineSection(model.timeline), networkSection(model.network), voicesSection(model)]
        .join('\n')
    : '<p class="empty">Nothing analysed yet: open a plain-text or Markdown document and the dashboard fills in.</p>';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce, escapeHtml(context.cspSource))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Source Lens Dashboard</title>
<style nonce="${nonce}">${DASHBOARD_STYLE}</style>
</head>
<body>
<main>
<h1>Source Lens Dashboard</h1>
${body}
</main>
<script nonce="${nonce}">${DASHBOARD_SCRIPT}</script>
</body>
</html>
`;
}
