// Proves hover cards show who said what with working line links, and that document text in them cannot act.
import * as assert from 'assert';
import { marked } from 'marked';
import { actorCard, claimCard, commandUri, dateCard, type CardLinks } from '../../src/providers/hoverMarkdown';
import { buildHostileAnalysis } from '../hostile/hostileAnalysis';
import { buildFixture, spanOf } from './analysisFixture';

const links: CardLinks = {
  reveal: (span) => commandUri('sourcelens.revealRange', ['file:///doc.txt', span.start, span.end, false]),
  ignoreActor: (actorId) => commandUri('sourcelens.ignoreName', [{ uri: 'file:///doc.txt', actorId }]),
  mergeActor: (actorId) => commandUri('sourcelens.mergeIntoActor', [{ uri: 'file:///doc.txt', actorId }]),
};

/** The href of every link in rendered Markdown (as VS Code renders hovers: marked, GFM). */
function hrefs(markdown: string): string[] {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1].replace(/&amp;/g, '&'));
}

describe('hoverMarkdown', () => {
  const analysis = buildFixture();

  it('shows a claim card with speaker, cue, kind, text and a line link that reveals the claim', () => {
    const claim = analysis.claims[1];
    const card = claimCard(claim, links);
    assert.match(card, /\*\*Dmitry Peskov\*\* · told · direct quotation/);
    assert.match(card, /We will see what ideas emerge/);
    const [href] = hrefs(card);
    assert.ok(href.startsWith('command:sourcelens.revealRange?'));
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(href.split('?')[1])), ['file:///doc.txt', claim.start, claim.end, false]);
    assert.match(card, /\[line 3\]/);
  });

  it('marks a claim whose speaker is unresolved', () => {
    assert.match(claimCard({ ...analysis.claims[0], speakerId: null, speaker: 'he' }, links), /\*\*he \(unresolved speaker\)\*\*/);
  });

  it('shows an actor card with type, aliases, roles, counts, claims and the two corrections', () => {
    const peskov = analysis.actors[0];
    const card = actorCard(peskov, analysis.claims.slice(0, 2), links);
    assert.match(card, /\*\*Dmitry Peskov\*\* · Person/);
    assert.match(card, /Also: Peskov/);
    assert.match(card, /2 mentions · 2 claims/);
    const targets = hrefs(card).map((href) => href.split('?')[0]);
    assert.deepStrictEqual(targets, ['command:sourcelens.revealRange', 'command:sourcelens.revealRange', 'command:sourcelens.ignoreName', 'command:sourcelens.mergeIntoActor']);
  });

  it('lists the first three claims and counts the rest', () => {
    const many = Array.from({ length: 5 }, (_, position) => ({ ...analysis.claims[0], id: `c${position}` }));
    const card = actorCard(analysis.actors[0], many, links);
    assert.strictEqual(hrefs(card).filter((href) => href.startsWith('command:sourcelens.revealRange')).length, 3);
    assert.match(card, /and 2 more/);
  });

  it('shows a date and its resolved value, or why it has none', () => {
    assert.match(dateCard({ ...spanOf('Monday'), type: 'DATE', value: '2023-03-20' }, '2023-03-17'), /resolved to \*\*2023\\-03\\-20\*\*/);
    assert.match(dateCard({ ...spanOf('Monday'), type: 'DATE' }, null), /no date/);
  });

  it('renders hostile names, cues and claims without a single link, tag or image of their own', () => {
    const hostile = buildHostileAnalysis().analysis;
    for (const actor of hostile.actors) {
      const claims = hostile.claims.filter((claim) => actor.claimIds.includes(claim.id));
      const cards = [actorCard(actor, claims, links), ...claims.map((claim) => claimCard(claim, links))];
      for (const card of cards) {
        const html = marked.parse(card, { async: false, gfm: true });
        for (const href of hrefs(card)) assert.ok(/^command:sourcelens\.(revealRange|ignoreName|mergeIntoActor)\?/.test(href), `foreign link ${href}`);
        assert.ok(!/<(script|img|iframe|a href="(?!command:sourcelens))/i.test(html), `active HTML in ${html}`);
        assert.ok(!/[\u001b\u202e]/.test(card));
      }
    }
  });
});
