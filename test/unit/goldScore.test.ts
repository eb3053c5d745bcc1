// Proves the gold scorer's matching rules on small hand-made analyses, and that it agrees with the shared reference scorer.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Gold, goldProblems, parseGold } from '../support/gold';
import { findRepoRoot, fixtureArticles, seedArticles } from '../support/fixtures';
import { describeScore, ScorableAnalysis, scoreAgainstGold, toScoreMjsFigures } from '../support/goldScore';

const gold: Gold = parseGold({
  document: 'tiny.txt',
  documentDate: '2024-01-10',
  actors: [
    { name: 'Amina Yusuf', type: 'PERSON', aliases: ['Yusuf', 'Minister Amina Yusuf'] },
    { name: 'Lars Berg', type: 'PERSON', aliases: ['Berg'] },
    { name: 'Harbour Board', type: 'ORG', aliases: ['the board'] },
  ],
  places: ['Oslo'],
  dates: [
    { text: 'Monday', line: 1, value: '2024-01-08' },
    { text: 'last month', line: 3, value: '2023-12' },
  ],
  claims: {
    required: [
      { speaker: 'Amina Yusuf', cue: 'said', line: 1, kind: 'indirect', text: 'the port will reopen in spring' },
      { speaker: 'Lars Berg', cue: 'told', line: 3, kind: 'direct', text: 'We cannot wait another full year' },
    ],
    optional: [{ speaker: 'Harbour Board', cue: 'announced', line: 5, text: 'a new tender' }],
  },
});

const perfect: ScorableAnalysis = {
  actors: [
    { id: 'amina-yusuf', name: 'Amina Yusuf', type: 'PERSON', aliases: ['Yusuf'] },
    { id: 'lars-berg', name: 'Lars Berg', type: 'PERSON', aliases: [] },
    { id: 'harbour-board', name: 'Harbour Board', type: 'ORG', aliases: ['the board'] },
  ],
  claims: [
    { speakerId: 'amina-yusuf', speaker: 'Amina Yusuf', line: 1, text: 'the port will reopen in spring' },
    { speakerId: 'lars-berg', speaker: 'Lars Berg', line: 3, text: 'We cannot wait another full year' },
  ],
  entities: [
    { type: 'DATE', text: 'Monday', line: 1, value: '2024-01-08' },
    { type: 'DATE', text: 'last month', line: 3, value: '2023-12' },
  ],
};

describe('gold scorer', () => {
  it('gives full marks to an analysis that equals the gold', () => {
    const score = scoreAgainstGold(perfect, gold);
    assert.deepStrictEqual(score.actorRecall, { hit: 3, total: 3 });
    assert.deepStrictEqual(score.personRecall, { hit: 2, total: 2 });
    assert.deepStrictEqual(score.claimRecall, { hit: 2, total: 2 });
    assert.strictEqual(score.claimPrecision, 1);
    assert.strictEqual(score.claimF1, 1);
    assert.deepStrictEqual(score.dateValues, { hit: 2, total: 2 });
    assert.deepStrictEqual([score.falsePersons, score.fragmented, score.missedClaims, score.falseClaims], [[], [], [], []]);
  });

  it('maps a predicted actor to the gold actor most of its names resolve to', () => {
    const score = scoreAgainstGold(
      { actors: [{ id: 'x', name: 'Minister Amina Yusuf', type: 'PERSON', aliases: ['Yusuf', 'Berg'] }] },
      gold,
    );
    assert.deepStrictEqual(score.actorRecall, { hit: 1, total: 3 });
    assert.deepStrictEqual(score.missedActors, ['Lars Berg', 'Harbour Board']);
  });

  it('breaks a tie of votes in favour of the name seen first', () => {
    const score = scoreAgainstGold({ actors: [{ id: 'x', name: 'Berg', type: 'PERSON', aliases: ['Yusuf'] }] }, gold);
    assert.deepStrictEqual(score.missedActors, ['Amina Yusuf', 'Harbour Board']);
  });

  it('reports a gold actor split over two predicted actors as fragmented, and unknown persons as false', () => {
    const score = scoreAgainstGold(
      {
        actors: [
          { id: 'a', name: 'Amina Yusuf', type: 'PERSON' },
          { id: 'b', name: 'Yusuf', type: 'PERSON' },
          { id: 'c', name: 'Oslo', type: 'PERSON' },
          { id: 'd', name: 'Tender Office', type: 'ORG' },
        ],
      },
      gold,
    );
    assert.deepStrictEqual(score.fragmented, ['Amina Yusufx2']);
    assert.deepStrictEqual(score.falsePersons, ['Oslo']);
    assert.deepStrictEqual(score.actorRecall, { hit: 1, total: 3 });
  });

  it('matches a claim on its line and speaker when it holds at least half of the gold words', () => {
    const withText = (text: string, line = 3): ScorableAnalysis => ({ ...perfect, claims: [{ speakerId: 'lars-berg', line, text }] });
    // The gold text has six words: "We cannot wait" holds exactly half, "another year" less.
    assert.strictEqual(scoreAgainstGold(withText('We cannot wait'), gold).claimRecall.hit, 1);
    assert.strictEqual(scoreAgainstGold(withText('another year'), gold).claimRecall.hit, 0);
    assert.strictEqual(scoreAgainstGold(withText('We cannot wait another full year', 5), gold).claimRecall.hit, 0);
    assert.strictEqual(scoreAgainstGold(withText('WE CANNOT WAIT, another year!'), gold).claimPrecision, 1);
  });

  it('resolves a claim speaker by the speaker actor, else by the speaker text through the gold aliases', () => {
    const claims = [
      { speakerId: 'lars-berg', speaker: 'Lars Berg', line: 1, text: 'the port will reopen in spring' },
      { speakerId: null, speaker: 'Yusuf', line: 1, text: 'the port will reopen in spring' },
      { speakerId: 'no-such-actor', speaker: 'Minister Amina Yusuf', line: 1, text: 'the port will reopen in spring' },
      { speakerId: null, speaker: null, line: 3, text: 'We cannot wait another full year' },
    ];
    const score = scoreAgainstGold({ ...perfect, claims }, gold);
    assert.deepStrictEqual(score.claimRecall, { hit: 1, total: 2 });
    assert.deepStrictEqual(
      score.falseClaims.map((c) => `${c.line}:${c.speaker}`),
      ['1:Lars Berg', '3:null'],
    );
    assert.strictEqual(score.claimPrecision, 0.5);
    assert.ok(Math.abs(score.claimF1 - 0.5) < 1e-9);
  });

  it('counts an optional claim as neither a hit nor a false claim', () => {
    const claims = [...(perfect.claims ?? []), { speakerId: 'harbour-board', line: 5, text: 'a new tender' }];
    const score = scoreAgainstGold({ ...perfect, claims }, gold);
    assert.deepStrictEqual([score.claimRecall.hit, score.falseClaims.length, score.claimPrecision], [2, 0, 1]);
  });

  it('scores no claims as zero precision and F1', () => {
    const score = scoreAgainstGold({ ...perfect, claims: [] }, gold);
    assert.deepStrictEqual([score.claimPrecision, score.claimF1, score.missedClaims.length], [0, 0, 2]);
  });

  it('finds a date by its text on its line and checks its value as a prefix', () => {
    const score = scoreAgainstGold(
      {
        entities: [
          { type: 'DATE', text: 'Monday’s', line: 1, value: '2024-01-15' },
          { type: 'DATE', text: 'Last month', line: 3, value: '2023-12-01' },
          { type: 'PLACE', text: 'Monday', line: 1 },
        ],
      },
      gold,
    );
    assert.deepStrictEqual(score.dateRecall, { hit: 2, total: 2 });
    assert.deepStrictEqual(score.dateValues, { hit: 1, total: 2 });
    assert.deepStrictEqual(score.wrongDateValues, [{ gold: gold.dates[0], predicted: ['2024-01-15'] }]);
    const elsewhere = scoreAgainstGold({ entities: [{ type: 'DATE', text: 'Monday', line: 3, value: '2024-01-08' }] }, gold);
    assert.deepStrictEqual(elsewhere.missedDates, gold.dates);
  });

  it('lists every miss in its description', () => {
    const text = describeScore(scoreAgainstGold({ actors: [], claims: [], entities: [] }, gold));
    for (const expected of ['missed actors', 'Lars Berg', 'L3 Lars Berg [told]: We cannot wait another full year', 'L1 "Monday" = 2024-01-08']) {
      assert.ok(text.includes(expected), `"${expected}" not in:\n${text}`);
    }
  });
});

describe('gold scorer agrees with the shared reference scorer', () => {
  const root = findRepoRoot();
  const referenceScorer = path.resolve(root, '..', 'shared', 'tools', 'score.mjs');
  const analysesFolder = path.join(root, 'test', 'fixtures', 'scorer');
  const goldPathOf = new Map([...seedArticles(root), ...fixtureArticles(root)].map((article) => [article.name, article.goldPath]));

  for (const file of fs.readdirSync(analysesFolder).filter((name) => name.endsWith('.analysis.json'))) {
    it(`gives the figures score.mjs gives for ${file}`, function () {
      if (!fs.existsSync(referenceScorer)) this.skip();
      const analysisPath = path.join(analysesFolder, file);
      const analysis: unknown = JSON.parse(fs.readFileSync(analysisPath, 'utf8'));
      assert.ok(typeof analysis === 'object' && analysis !== null && 'document' in analysis && typeof analysis.document === 'string');
      const goldPath = goldPathOf.get(analysis.document);
      assert.ok(goldPath, `no gold for ${analysis.document}`);
      const reference: unknown = JSON.parse(execFileSync(process.execPath, [referenceScorer, analysisPath, goldPath], { encoding: 'utf8' }));
      const ours = toScoreMjsFigures(scoreAgainstGold(analysis as ScorableAnalysis, parseGold(JSON.parse(fs.readFileSync(goldPath, 'utf8')))));
      assert.deepStrictEqual(ours, reference);
    });
  }
});

describe('gold annotations agree with their articles', () => {
  const root = findRepoRoot();
  for (const article of [...seedArticles(root), ...fixtureArticles(root)]) {
    it(`${article.name}: every claim, cue, date and name is where the gold says`, () => {
      assert.deepStrictEqual(goldProblems(article.text, article.gold), []);
      assert.strictEqual(article.gold.document, article.name);
    });
  }

  it('holds at least six fixture articles of 200 to 500 words', () => {
    const articles = fixtureArticles(root);
    assert.ok(articles.length >= 6, `only ${articles.length} fixture articles`);
    for (const article of articles) {
      const words = article.text.split(/\s+/).filter((word) => word !== '').length;
      assert.ok(words >= 200 && words <= 500, `${article.name} has ${words} words`);
    }
  });
});
