// Proves the review's pieces of hover cards and views: verdict links run only review commands with JSON arguments,
// notes and evidence are inert Markdown, and the views show verdict icons and per-actor counts.
import * as assert from 'assert';
import { marked } from 'marked';
import { claimCard, commandUri, type CardLinks } from '../../src/providers/hoverMarkdown';
import { ActorsTreeModel, ClaimsTreeModel, snapshot, type ClaimMarks } from '../../src/views/treeModel';
import { buildFixture } from './analysisFixture';

const uri = 'file:///doc.txt';
const links: CardLinks = {
  reveal: (span) => commandUri('sourcelens.revealRange', [uri, span.start, span.end, false]),
  ignoreActor: (actorId) => commandUri('sourcelens.ignoreName', [{ uri, actorId }]),
  mergeActor: (actorId) => commandUri('sourcelens.mergeIntoActor', [{ uri, actorId }]),
  review: {
    verdict: (claimId, verdict, askNote) => commandUri('sourcelens.setVerdict', [{ uri, claimId, verdict, askNote }]),
    note: (claimId) => commandUri('sourcelens.editNote', [{ uri, claimId }]),
    wrongSpeaker: (claimId) => commandUri('sourcelens.wrongSpeaker', [{ uri, claimId }]),
    notClaim: (claimId) => commandUri('sourcelens.notAClaim', [{ uri, claimId }]),
  },
};

function rendered(markdown: string): { html: string; hrefs: string[] } {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return { html, hrefs: [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1].replace(/&amp;/g, '&')) };
}

describe('review in cards and views', () => {
  const analysis = buildFixture();
  const claim = analysis.claims[1];

  it('gives a claim card its verdict, note and review links, each a Source Lens command with JSON arguments', () => {
    const card = claimCard(claim, links, { review: { verdict: 'disputed', note: 'See [x](command:workbench.action.quit) <img src=x>', entryId: 'e1' } });
    const { html, hrefs } = rendered(card);
    assert.match(card, /\*\*Disputed\*\* — See/);
    assert.ok(!/<img/i.test(html), 'the note renders as text');
    const commands = hrefs.map((href) => href.split('?')[0]);
    assert.ok(commands.every((command) => command.startsWith('command:sourcelens.')), commands.join(' '));
    const disputed = hrefs.find((href) => href.startsWith('command:sourcelens.setVerdict') && href.includes('disputed'));
    assert.ok(disputed);
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(disputed.split('?')[1])), [{ uri, claimId: claim.id, verdict: 'disputed', askNote: true }]);
    assert.ok(commands.includes('command:sourcelens.wrongSpeaker') && commands.includes('command:sourcelens.notAClaim'));
  });

  it('says how the speaker was found and how sure the engine is, when the analysis carries it, escaped', () => {
    const via = { text: 'Dmitry Peskov', start: 10, end: 23, line: 5 };
    const evidence = { kind: 'pronoun' as const, text: 'he*', start: 40, end: 43, line: 7, via };
    const withEvidence = { ...claim, evidence, confidence: 0.4217 };
    const card = claimCard(withEvidence, links);
    const { html } = rendered(card);
    assert.ok(html.includes('speaker found through pronoun: “he*” line 7 → “Dmitry Peskov” line 5 · confidence 0.42'), html);
    const low = rendered(claimCard(withEvidence, links, undefined, 0.7)).html;
    assert.ok(low.includes('<strong>low confidence</strong> 0.42'), low);
    assert.ok(rendered(claimCard(withEvidence, links, undefined, 0.4)).html.includes('· confidence 0.42'), 'at or above the threshold: no "low"');
    const reviewed = { ...claim, evidence: { kind: 'reviewer' as const, ...claim.cueSpan }, confidence: 1 };
    assert.ok(claimCard(reviewed, links).includes('speaker found through reviewer'), claimCard(reviewed, links));
  });

  it('shows verdicts as icons and descriptions in both views, and counts checked claims per actor', () => {
    const marks: ClaimMarks = {
      reviewOf: (claimId) => (claimId === claim.id ? { verdict: 'verified', entryId: 'v' } : undefined),
      correctionsOf: (claimId) => (claimId === claim.id ? ['speaker'] : undefined),
    };
    const claims = snapshot(new ClaimsTreeModel(analysis, { filter: '', marks }));
    const node = claims.find((candidate) => candidate.claimId === claim.id);
    assert.strictEqual(node?.icon, 'pass');
    assert.strictEqual(node?.iconColor, 'testing.iconPassed');
    assert.match(node?.description ?? '', /Verified · corrected$/);
    assert.match(node?.tooltip ?? '', /Corrected by the reviewer: speaker/);
    const unmarked = claims.find((candidate) => candidate.claimId !== claim.id);
    assert.ok(unmarked && unmarked.iconColor === undefined && ['quote', 'comment'].includes(unmarked.icon));
    const actors = snapshot(new ActorsTreeModel(analysis, { sort: 'name', filter: '', marks }));
    const speaker = actors.flatMap((group) => group.children).find((actor) => actor.actorId === claim.speakerId);
    assert.match(speaker?.description ?? '', new RegExp(`1/${speaker?.children.filter((child) => child.kind === 'claim').length ?? 0} checked$`));
  });
});
