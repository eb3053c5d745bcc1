// Proves the Actors and Claims views group, sort, filter, describe and cite as a reader expects, and keep hostile text inert.
import * as assert from 'assert';
import { DEFAULT_LOW_CONFIDENCE_THRESHOLD, lowConfidenceThreshold } from '../../src/derived/lowConfidence';
import {
  ActorsTreeModel,
  ClaimsTreeModel,
  claimCitation,
  compareActors,
  LOW_CONFIDENCE_ICON,
  PAGE_SIZE,
  snapshot,
  type TreeSnapshot,
  UNNAMED_GROUP_ID,
} from '../../src/views/treeModel';
import { analyze } from '../../src/analysis';
import { buildHostileAnalysis } from '../hostile/hostileAnalysis';
import { buildFixture, spanOf } from './analysisFixture';

function labels(nodes: readonly TreeSnapshot[]): string[] {
  return nodes.map((node) => node.label);
}

describe('treeModel', () => {
  const analysis = buildFixture();

  it('groups actors under People, Organizations and Places, dropping empty groups', () => {
    const roots = snapshot(new ActorsTreeModel(analysis, { sort: 'name', filter: '' }));
    assert.deepStrictEqual(labels(roots), ['People', 'Organizations', 'Places']);
    assert.deepStrictEqual(labels(roots[0].children), ['Dmitry Peskov', 'Vladimir Putin']);
    assert.strictEqual(roots[0].description, '2');
    const onlyPeople = { ...analysis, actors: analysis.actors.filter((actor) => actor.type === 'PERSON') };
    assert.deepStrictEqual(labels(snapshot(new ActorsTreeModel(onlyPeople, { sort: 'name', filter: '' }))), ['People']);
  });

  it('lists the claims of speakers that name no one under their own node, led by the description, after the actors', () => {
    const text = 'Mayor Lena Varga opened the pier on Monday.\n\nOfficials said the pier would reopen in May.\n\nVarga said it was safe.';
    const grouped = analyze(text);
    const roots = snapshot(new ActorsTreeModel(grouped, { sort: 'name', filter: '' }));
    assert.deepStrictEqual(labels(roots), ['People', 'Unnamed speakers']);
    const unnamed = roots[1];
    assert.strictEqual(unnamed.id, UNNAMED_GROUP_ID);
    assert.strictEqual(unnamed.description, '1');
    assert.deepStrictEqual(labels(unnamed.children), ['officials: the pier would reopen in May']);
    assert.strictEqual(unnamed.children[0].actorId, undefined);
    // Filtered like the actors: by the speaker's description or the claim's words.
    assert.deepStrictEqual(labels(snapshot(new ActorsTreeModel(grouped, { sort: 'name', filter: 'varga' }))), ['People']);
    const named = analyze('Lena Varga said the pier was safe.');
    assert.ok(!labels(snapshot(new ActorsTreeModel(named, { sort: 'name', filter: '' }))).includes('Unnamed speakers'));
  });

  it('describes an actor by mentions and claims and lists its claims then its mentions', () => {
    const peskov = snapshot(new ActorsTreeModel(analysis, { sort: 'name', filter: '' }))[0].children[0];
    assert.strictEqual(peskov.description, '2 mentions · 2 claims');
    assert.deepStrictEqual(peskov.children.map((child) => child.kind), ['claim', 'claim', 'mentions']);
    assert.strictEqual(peskov.children[1].label, 'We will see what ideas emerge,');
    assert.strictEqual(peskov.children[1].description, 'told · line 3');
    assert.deepStrictEqual(peskov.target, { start: spanOf('Dmitry Peskov').start, end: spanOf('Dmitry Peskov').end });
    const mentions = peskov.children[2].children;
    assert.deepStrictEqual(labels(mentions), ['Dmitry Peskov', 'Peskov']);
    assert.strictEqual(mentions[1].description, 'line 3');
    assert.match(peskov.tooltip ?? '', /Also: Peskov/);
    assert.match(peskov.tooltip ?? '', /Roles: Kremlin spokesman/);
  });

  it('gives every item a screen-reader label that reads as a sentence: name, kind, counts', () => {
    const roots = snapshot(new ActorsTreeModel(analysis, { sort: 'name', filter: '' }));
    assert.strictEqual(roots[0].accessibilityLabel, 'People, 2 actors');
    const peskov = roots[0].children[0];
    assert.strictEqual(peskov.accessibilityLabel, 'Dmitry Peskov, person, 2 mentions, 2 claims');
    assert.strictEqual(peskov.children[1].accessibilityLabel, 'Dmitry Peskov told: We will see what ideas emerge,, line 3');
    assert.strictEqual(peskov.children[2].accessibilityLabel, 'Mentions of Dmitry Peskov: 2');
    assert.strictEqual(peskov.children[2].children[1].accessibilityLabel, 'Peskov, mention, line 3');
    assert.match(roots[1].children[0].accessibilityLabel, /^[^,]+, organization, \d+ mentions?, \d+ claims?$/);
    const claims = snapshot(new ClaimsTreeModel(analysis, { filter: '' }));
    for (const claim of claims) assert.match(claim.accessibilityLabel, new RegExp(`, line ${claim.description?.split('line ')[1] ?? ''}$`));
  });

  it('sorts by name, by claims and by first appearance', () => {
    const order = (sort: 'name' | 'claims' | 'firstAppearance'): string[] => [...analysis.actors].sort(compareActors(sort)).map((actor) => actor.name);
    assert.deepStrictEqual(order('name'), ['China', 'Dmitry Peskov', 'Kremlin', 'Vladimir Putin']);
    assert.deepStrictEqual(order('claims'), ['Dmitry Peskov', 'China', 'Kremlin', 'Vladimir Putin']);
    assert.deepStrictEqual(order('firstAppearance'), ['Kremlin', 'Dmitry Peskov', 'Vladimir Putin', 'China']);
  });

  it('filters actors by name or alias, ignoring letter case', () => {
    const roots = snapshot(new ActorsTreeModel(analysis, { sort: 'name', filter: 'PUTIN' }));
    assert.deepStrictEqual(labels(roots), ['People']);
    assert.deepStrictEqual(labels(roots[0].children), ['Vladimir Putin']);
    assert.deepStrictEqual(snapshot(new ActorsTreeModel(analysis, { sort: 'name', filter: 'zzz' })), []);
  });

  it('lists claims in reading order with speaker and cue, filtered by text, speaker or cue', () => {
    const claims = snapshot(new ClaimsTreeModel(analysis, { filter: '' }));
    assert.deepStrictEqual(claims.map((node) => node.claimId), ['c1', 'c2', 'c3']);
    assert.strictEqual(claims[1].label, 'Dmitry Peskov: We will see what ideas emerge,');
    assert.strictEqual(claims[1].description, 'told · line 3');
    assert.strictEqual(claims[1].icon, 'quote');
    assert.deepStrictEqual(snapshot(new ClaimsTreeModel(analysis, { filter: 'china' })).map((node) => node.claimId), ['c3']);
    assert.deepStrictEqual(snapshot(new ClaimsTreeModel(analysis, { filter: 'TOLD' })).map((node) => node.claimId), ['c2']);
  });

  it('gives every node an id unique within its view', () => {
    const ids: string[] = [];
    const collect = (nodes: readonly TreeSnapshot[]): void => nodes.forEach((node) => (ids.push(node.id), collect(node.children)));
    collect(snapshot(new ActorsTreeModel(analysis, { sort: 'claims', filter: '' })));
    assert.strictEqual(new Set(ids).size, ids.length);
  });

  it('splits long lists into pages of PAGE_SIZE, in order, losing nothing', () => {
    const total = PAGE_SIZE * 2 + 7;
    const claims = Array.from({ length: total }, (_, position) => ({ ...analysis.claims[0], id: `k${position}`, speakerId: 'dmitry-peskov' }));
    const peskov = { ...analysis.actors[0], claimIds: claims.map((claim) => claim.id), mentions: Array.from({ length: total }, () => analysis.actors[0].mentions[0]) };
    const big = { ...analysis, claims, actors: [peskov] };
    const claimRoots = snapshot(new ClaimsTreeModel(big, { filter: '' }));
    assert.deepStrictEqual(labels(claimRoots), [`Claims 1–${PAGE_SIZE}`, `Claims ${PAGE_SIZE + 1}–${PAGE_SIZE * 2}`, `Claims ${PAGE_SIZE * 2 + 1}–${total}`]);
    assert.deepStrictEqual(claimRoots.flatMap((page) => page.children.map((node) => node.claimId)), claims.map((claim) => claim.id));
    const actor = snapshot(new ActorsTreeModel(big, { sort: 'name', filter: '' }))[0].children[0];
    const pages = actor.children.filter((node) => node.kind === 'page');
    assert.strictEqual(pages.length, 3);
    assert.strictEqual(pages.reduce((sum, page) => sum + page.children.length, 0), total);
    const mentions = actor.children.find((node) => node.kind === 'mentions');
    assert.strictEqual(mentions?.children.reduce((sum, page) => sum + page.children.length, 0), total);
  });

  it('marks claims below the confidence threshold with their own icon and words, and lists only them when asked', () => {
    const threshold = 0.8;
    const low = analysis.claims.filter((claim) => claim.confidence < threshold);
    assert.ok(low.length > 0 && low.length < analysis.claims.length, 'the fixture has claims on both sides of the threshold');
    const all = snapshot(new ClaimsTreeModel(analysis, { filter: '', lowConfidenceBelow: threshold }));
    for (const node of all) {
      const claim = analysis.claims.find((candidate) => candidate.id === node.claimId);
      assert.ok(claim);
      const isLow = claim.confidence < threshold;
      assert.strictEqual(node.icon === LOW_CONFIDENCE_ICON.icon, isLow, `icon of ${claim.id}`);
      assert.strictEqual(/low confidence 0\.\d+$/.test(node.description ?? ''), isLow, `description of ${claim.id}`);
      assert.strictEqual(node.accessibilityLabel.includes('low confidence'), isLow);
    }
    const only = snapshot(new ClaimsTreeModel(analysis, { filter: '', lowConfidenceBelow: threshold, lowConfidenceOnly: true }));
    assert.deepStrictEqual(only.map((node) => node.claimId), low.map((claim) => claim.id));
    // No threshold given, nothing is marked; a verdict's icon wins over the doubt.
    assert.ok(snapshot(new ClaimsTreeModel(analysis, { filter: '' })).every((node) => node.icon !== LOW_CONFIDENCE_ICON.icon));
    const marks = {
      reviewOf: (claimId: string) => (claimId === low[0].id ? { verdict: 'verified' as const, entryId: 'x' } : undefined),
      correctionsOf: () => undefined,
    };
    const checked = snapshot(new ClaimsTreeModel(analysis, { filter: '', lowConfidenceBelow: threshold, marks }));
    assert.strictEqual(checked.find((node) => node.claimId === low[0].id)?.icon, 'pass');
    const actors = snapshot(new ActorsTreeModel(analysis, { sort: 'name', filter: '', lowConfidenceBelow: threshold }));
    const underActors = actors.flatMap((group) => group.children.flatMap((actor) => actor.children)).filter((node) => node.kind === 'claim');
    assert.ok(underActors.some((node) => node.icon === LOW_CONFIDENCE_ICON.icon), 'the Actors view marks them too');
  });

  it('reads the threshold setting as a number from 0 to 1, else 0.7', () => {
    assert.strictEqual(lowConfidenceThreshold(0.5), 0.5);
    for (const bad of [undefined, '0.5', -1, 2, Number.NaN]) assert.strictEqual(lowConfidenceThreshold(bad), DEFAULT_LOW_CONFIDENCE_THRESHOLD);
    assert.strictEqual(DEFAULT_LOW_CONFIDENCE_THRESHOLD, 0.7);
  });

  it('cites a claim as "…" — Speaker, file:line on one line', () => {
    const claim = { ...analysis.claims[1], text: 'We will\nsee,' };
    assert.strictEqual(claimCitation(claim, 'sample.txt'), '"We will see," — Dmitry Peskov, sample.txt:3');
  });

  it('keeps hostile names and claims inert: one-line labels and escaped tooltips', () => {
    const hostile = buildHostileAnalysis().analysis;
    const nodes: TreeSnapshot[] = [];
    const collect = (list: readonly TreeSnapshot[]): void => list.forEach((node) => (nodes.push(node), collect(node.children)));
    collect(snapshot(new ActorsTreeModel(hostile, { sort: 'name', filter: '' })));
    collect(snapshot(new ClaimsTreeModel(hostile, { filter: '' })));
    assert.ok(nodes.length > 50);
    for (const node of nodes) {
      for (const text of [node.label, node.description ?? '', node.accessibilityLabel]) {
        assert.ok(!/[\n\r\u001b\u202e\u2066-\u2069]/.test(text), `raw control in ${JSON.stringify(text)}`);
      }
      const tooltip = node.tooltip ?? '';
      assert.ok(!/(?<!\\)\]\(|(?<!\\)<(?:script|img|a |iframe)/i.test(tooltip), `active Markdown in ${JSON.stringify(tooltip)}`);
    }
  });
});
