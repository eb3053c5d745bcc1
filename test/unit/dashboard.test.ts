// The dashboard's model and page: aggregation into a bounded number of marks at any corpus size, every document
// string escaped wherever it lands, a strict page, and the check of what the page may ask the extension to open.
import { strict as assert } from 'assert';
import type { CorpusReport, NamedActor, NamedClaim } from '../../src/corpus/report';
import { dashboardModel, DEFAULT_LIMITS, parseDashboardMessage, renderDashboard, type DashboardModel } from '../../src/dashboard';
import { forceLayout, NETWORK_SIZE } from '../../src/dashboard/network';
import { claimTimeline, dayNumber, MAX_TIME_BUCKETS } from '../../src/dashboard/timeline';
import { escapeHtml } from '../../src/presentation/escape';
import { generatedReport } from '../support/corpusReports';

const PAGE = { nonce: 'n0nce', cspSource: 'vscode-webview://origin' };

function actor(id: string, name: string, appearances: Array<[string, number]>, type: NamedActor['type'] = 'PERSON'): NamedActor {
  return {
    id,
    name,
    type,
    aliases: [],
    documents: appearances.length,
    mentions: appearances.length,
    claims: 0,
    firstDate: null,
    appearances: appearances.map(([document, line]) => ({ document, mentions: 1, claims: 0, line })),
  };
}

function claim(document: string, date: string | null, line: number, speaker: string, actorId: string | null, kind: NamedClaim['kind']): NamedClaim {
  return { document, date, line, speaker, actor: actorId, kind, cue: 'said', text: 'words', quotation: null };
}

function smallReport(): CorpusReport {
  return {
    kind: 'sourcelens-corpus',
    schema: 1,
    documents: [
      { document: 'a.txt', date: '2024-03-01', actors: 2, claims: 3 },
      { document: 'b.txt', date: '2024-03-03', actors: 2, claims: 2 },
      { document: 'c.txt', date: null, actors: 1, claims: 1 },
    ],
    actors: [
      actor('ann', 'Ann Lee', [['a.txt', 2], ['b.txt', 5]]),
      actor('bob', 'Bob Roy', [['a.txt', 4], ['b.txt', 1]]),
      actor('acme', 'Acme', [['c.txt', 3]], 'ORG'),
    ],
    claims: [
      claim('a.txt', '2024-03-01', 3, 'Ann Lee', 'ann', 'direct'),
      claim('a.txt', '2024-03-01', 7, 'Lee', 'ann', 'indirect'),
      claim('a.txt', '2024-03-01', 9, 'Bob Roy', 'bob', 'direct'),
      claim('b.txt', '2024-03-03', 2, 'Ann Lee', 'ann', 'direct'),
      claim('b.txt', '2024-03-03', 6, 'a spokesman', null, 'indirect'),
      claim('c.txt', null, 4, 'A Spokesman ', null, 'direct'),
    ],
    quotations: [],
    coMentions: [{ source: 'ann', target: 'bob', documents: 2 }],
  };
}

/** Every mark's link, as the page carries it. */
function links(html: string): Array<{ document: number; line: number }> {
  return [...html.matchAll(/data-document="(\d+)" data-line="(\d+)"/g)].map((match) => ({ document: Number(match[1]), line: Number(match[2]) }));
}

describe('dashboard model', () => {
  it('counts claims per speaker by merged actor, by kind, each kind leading to its first claim', () => {
    const model = dashboardModel(smallReport());
    const ann = model.speakers.bars.find((bar) => bar.actor === 'ann');
    assert.ok(ann);
    assert.equal(ann.name, 'Ann Lee');
    assert.equal(ann.total, 3);
    assert.deepEqual(ann.kinds, [
      { kind: 'direct', count: 2, link: { document: 0, line: 3 } },
      { kind: 'indirect', count: 1, link: { document: 0, line: 7 } },
    ]);
    // An unresolved speaker is one voice across documents whatever the case and spacing of its name.
    const spokesman = model.speakers.bars.find((bar) => bar.actor === null);
    assert.equal(spokesman?.total, 2);
    assert.equal(model.totals.speakers, 3);
  });

  it('keeps the top speakers and counts the rest as others, losing no claim', () => {
    const report = generatedReport({ claims: 3000, documents: 200, actors: 400 });
    const model = dashboardModel(report, { ...DEFAULT_LIMITS, speakers: 5 });
    assert.equal(model.speakers.bars.length, 5);
    const shown = model.speakers.bars.reduce((sum, bar) => sum + bar.total, 0);
    assert.equal(shown + model.speakers.others.claims, 3000);
    assert.equal(model.speakers.bars.length + model.speakers.others.speakers, model.totals.speakers);
    const totals = model.speakers.bars.map((bar) => bar.total);
    assert.deepEqual(totals, [...totals].sort((a, b) => b - a));
  });

  it('buckets claims by day over a short span and by week, month or year as the span grows', () => {
    const small = dashboardModel(smallReport());
    assert.equal(small.timeline.unit, 'day');
    assert.deepEqual(small.timeline.buckets.map((bucket) => [bucket.start, bucket.count]), [['2024-03-01', 3], ['2024-03-02', 0], ['2024-03-03', 2]]);
    assert.equal(small.timeline.undated, 1);
    for (const [days, unit] of [[400, 'week'], [2000, 'month'], [20_000, 'year']] as const) {
      const report = generatedReport({ claims: 2000, documents: 300, actors: 50, days });
      const timeline = dashboardModel(report).timeline;
      assert.equal(timeline.unit, unit, `${days} days`);
      assert.ok(timeline.buckets.length <= MAX_TIME_BUCKETS);
      const dated = report.claims.filter((entry) => entry.date !== null).length;
      assert.equal(timeline.buckets.reduce((sum, bucket) => sum + bucket.count, 0) + timeline.beyond, dated);
      assert.equal(timeline.undated, report.claims.length - dated);
    }
  });

  it('starts weeks on Mondays and reads a month or a year alone as its first day', () => {
    assert.equal(dayNumber('1970-01-02'), 1);
    assert.equal(dayNumber('2024-03'), dayNumber('2024-03-01'));
    assert.ok(Number.isNaN(dayNumber('yesterday')));
    assert.ok(Number.isNaN(dayNumber('2024-13-01')));
    const report = smallReport();
    report.claims = [claim('a.txt', '2024-03-06', 1, 'x', null, 'direct'), claim('a.txt', '2024-09-30', 1, 'x', null, 'direct')];
    const lookup = { indexOf: new Map([['a.txt', 0]]), firstClaimLine: Int32Array.of(1) };
    const timeline = claimTimeline(report, lookup);
    assert.equal(timeline.unit, 'week');
    // 2024-03-06 was a Wednesday.
    assert.equal(timeline.buckets[0].start, '2024-03-04');
    assert.equal(new Date(`${timeline.buckets[1].start}T00:00:00Z`).getUTCDay(), 1);
  });

  it('keeps dates scattered over centuries to the latest buckets and counts the others', () => {
    const report = smallReport();
    report.claims = [claim('a.txt', '0001-01-01', 1, 'x', null, 'direct'), claim('a.txt', '9999-12-31', 2, 'x', null, 'direct')];
    const timeline = dashboardModel(report).timeline;
    assert.equal(timeline.unit, 'year');
    assert.equal(timeline.buckets.length, MAX_TIME_BUCKETS);
    assert.equal(timeline.beyond, 1);
    assert.equal(timeline.buckets.at(-1)?.count, 1);
  });

  it('draws the co-mention network from the best-connected actors, linking each pair to a document both are in', () => {
    const model = dashboardModel(smallReport());
    assert.deepEqual(model.network.nodes.map((node) => node.id).sort(), ['ann', 'bob']);
    assert.equal(model.network.edges.length, 1);
    const edge = model.network.edges[0];
    const source = model.network.nodes[edge.source];
    assert.equal(model.documents[edge.link.document], 'a.txt');
    assert.equal(edge.link.line, source.id === 'ann' ? 2 : 4);
  });

  it('caps the network and lays it out the same way every time, inside its box', () => {
    const report = generatedReport({ claims: 10_000, documents: 500, actors: 800 });
    const first = dashboardModel(report).network;
    const second = dashboardModel(report).network;
    assert.deepEqual(first, second);
    assert.equal(first.nodes.length, DEFAULT_LIMITS.nodes);
    assert.ok(first.edges.length <= DEFAULT_LIMITS.edges, `${first.edges.length} edges`);
    assert.ok(first.hiddenNodes > 0 && first.hiddenEdges > 0, `${first.hiddenNodes} hidden actors, ${first.hiddenEdges} hidden links`);
    for (const node of first.nodes) {
      assert.ok(node.x >= NETWORK_SIZE.margin && node.x <= NETWORK_SIZE.width - NETWORK_SIZE.margin, `x ${node.x}`);
      assert.ok(node.y >= NETWORK_SIZE.margin && node.y <= NETWORK_SIZE.height - NETWORK_SIZE.margin, `y ${node.y}`);
    }
    const degrees = first.nodes.map((node) => node.degree);
    assert.deepEqual(degrees, [...degrees].sort((a, b) => b - a));
    // Two linked actors that start on opposite sides of the circle end up nearer each other than any other actor.
    const layout = forceLayout(12, [{ source: 0, target: 6 }]);
    const distance = (a: number, b: number): number => Math.hypot(layout[a].x - layout[b].x, layout[a].y - layout[b].y);
    for (let other = 1; other < 12; other++) if (other !== 6) assert.ok(distance(0, 6) < distance(0, other), `actor ${other}`);
  });

  it('sorts documents by their number of distinct speakers', () => {
    const model = dashboardModel(smallReport());
    assert.deepEqual(model.voices.histogram.slice(0, 3).map((bucket) => bucket.documents), [0, 1, 2]);
    assert.equal(model.voices.histogram.reduce((sum, bucket) => sum + bucket.documents, 0), 3);
    assert.deepEqual(model.voices.top.map((entry) => [entry.name, entry.voices, entry.link.line]), [['a.txt', 2, 3], ['b.txt', 2, 2], ['c.txt', 1, 4]]);
  });

  it('leaves out claims of documents the report does not list', () => {
    const report = smallReport();
    report.claims.push(claim('elsewhere.txt', '2024-03-02', 1, 'Ann Lee', 'ann', 'direct'));
    const model = dashboardModel(report);
    assert.equal(model.speakers.bars.find((bar) => bar.actor === 'ann')?.total, 3);
    assert.equal(model.timeline.buckets[1].count, 0);
  });

  it('draws 10,000 claims with a bounded number of marks', () => {
    const report = generatedReport({ claims: 10_000, documents: 2000, actors: 3000 });
    const model = dashboardModel(report);
    const html = renderDashboard(model, PAGE);
    const marks = links(html).length;
    const { speakers, nodes, edges, topDocuments, maxVoices } = DEFAULT_LIMITS;
    assert.ok(marks <= speakers * 2 + MAX_TIME_BUCKETS * 2 + nodes + edges + maxVoices + 1 + topDocuments, `${marks} marks`);
    assert.ok(marks > 100, `${marks} marks`);
    assert.ok(html.length < 250_000, `${html.length} characters`);
    for (const link of links(html)) assert.ok(link.document < model.documents.length && link.line >= 1);
  });
});

describe('dashboard page', () => {
  const HOSTILE = `"><img src=x onerror=alert(1)><script>alert(1)</script>' \`\u202e&amp;`;

  function hostileModel(): DashboardModel {
    const report = smallReport();
    const rename = (name: string): string => `${HOSTILE}${name}`;
    for (const document of report.documents) document.document = rename(document.document);
    for (const entry of report.actors) {
      entry.name = rename(entry.name);
      for (const appearance of entry.appearances) appearance.document = rename(appearance.document);
    }
    for (const entry of report.claims) {
      entry.document = rename(entry.document);
      entry.speaker = rename(entry.speaker);
    }
    return dashboardModel(report);
  }

  it('escapes document names, speakers and actor names in every text and attribute', () => {
    const html = renderDashboard(hostileModel(), PAGE);
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.ok(!html.includes('<img'));
    assert.ok(!html.includes('\u202e'));
    assert.ok(!html.includes("' `"));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    // Every attribute value closes where the renderer meant it to: none holds a raw quote or angle bracket.
    for (const tag of html.match(/<[a-z][^>]*>/g) ?? []) {
      assert.match(tag, /^<[a-z][a-z0-9-]*(?:\s+[a-z0-9-]+(?:="[^"<>]*")?)*\s*\/?>$/i, tag);
    }
    // The hostile text is shown (escaped) in labels, tooltips and bars alike.
    assert.ok((html.match(/&quot;&gt;&lt;img/g)?.length ?? 0) > 10);
  });

  it('sets a strict Content Security Policy and loads nothing from anywhere', () => {
    const html = renderDashboard(dashboardModel(smallReport()), PAGE);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /script-src 'nonce-n0nce'(;|$)/);
    assert.match(policy, /style-src vscode-webview:\/\/origin 'nonce-n0nce'(;|$)/);
    assert.ok(!policy.includes('unsafe'));
    assert.ok(!/\s(?:src|href)=/.test(html), 'no resource is referenced');
    assert.ok(!/\sstyle=/.test(html), 'no inline style attribute (the policy would refuse it)');
    assert.ok(!/\son[a-z]+=/.test(html), 'no inline event handler');
    assert.equal(html.match(/nonce="n0nce"/g)?.length, 2);
  });

  it('makes every mark focusable, labelled and linked to a line', () => {
    const html = renderDashboard(dashboardModel(smallReport()), PAGE);
    const marks = html.match(/<(?:rect|circle|line) class="mark[^>]*>/g) ?? [];
    assert.ok(marks.length >= 8);
    for (const tag of marks) {
      assert.match(tag, /tabindex="0"/);
      assert.match(tag, /role="button"/);
      assert.match(tag, /aria-label="[^"]+"/);
      assert.match(tag, /data-document="\d+" data-line="\d+"/);
    }
  });

  it('says what fills it when there is nothing yet', () => {
    const empty = renderDashboard(undefined, PAGE);
    assert.match(empty, /Nothing analysed yet/);
    const noClaims = renderDashboard(dashboardModel({ ...smallReport(), claims: [], coMentions: [] }), PAGE);
    assert.match(noClaims, /No claims yet/);
    // Only the histogram's bar of documents without voices remains.
    assert.equal(links(noClaims).length, 1);
  });
});

describe('dashboard messages', () => {
  const documents = ['a.txt', 'b.txt'];

  it('accepts a reveal of a drawn document by index at a whole line', () => {
    assert.deepEqual(parseDashboardMessage({ type: 'reveal', document: 1, line: 12 }, documents), { type: 'reveal', document: 'b.txt', line: 12 });
  });

  it('refuses anything else', () => {
    const refused: unknown[] = [
      null,
      'reveal',
      42,
      {},
      { type: 'open', document: 0, line: 1 },
      { type: 'reveal', document: 2, line: 1 },
      { type: 'reveal', document: -1, line: 1 },
      { type: 'reveal', document: 0.5, line: 1 },
      { type: 'reveal', document: '0', line: 1 },
      { type: 'reveal', document: 'a.txt', line: 1 },
      { type: 'reveal', document: '/etc/passwd', line: 1 },
      { type: 'reveal', document: 0, line: 0 },
      { type: 'reveal', document: 0, line: 1.5 },
      { type: 'reveal', document: 0, line: Number.POSITIVE_INFINITY },
      { type: 'reveal', document: 0, line: '3' },
      { type: 'reveal', document: 0 },
    ];
    for (const message of refused) assert.equal(parseDashboardMessage(message, documents), undefined, JSON.stringify(message));
    assert.equal(parseDashboardMessage({ type: 'reveal', document: 0, line: 1 }, []), undefined);
  });
});

describe('escapeHtml', () => {
  it('writes the characters that end text or an attribute as entities and shows control characters', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>\`&`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&#96;&amp;');
    assert.equal(escapeHtml('a\u202eb\u0000c'), 'a\uFFFDb\uFFFDc');
    assert.equal(escapeHtml('plain text'), 'plain text');
  });
});
