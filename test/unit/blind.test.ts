// Scores the engine on the blind articles, the final generalisation check of quality bar 2: means over the set only, and figures without miss lists.
import * as assert from 'assert';
import * as path from 'path';
import { goldProblems } from '../support/gold';
import { AnnotatedArticle, findRepoRoot, loadAnnotatedArticles } from '../support/fixtures';
import { loadAnalyze } from '../support/engine';
import { GoldScore, Ratio, ratioValue, scoreAgainstGold } from '../support/goldScore';

const MEAN_CLAIM_F1_BAR = 0.75;
const MEAN_ACTOR_RECALL_BAR = 0.85;
const MIN_ARTICLES = 10;
const WORDS_PER_ARTICLE = { min: 250, max: 650 };

/** The sets the engine has been tuned on; the blind set must not share a named actor with any of them. */
const TUNED_FOLDERS = [
  ['test', 'fixtures', 'seed'],
  ['test', 'fixtures', 'articles'],
  ['test', 'fixtures', 'holdout'],
];

interface ArticleScore {
  name: string;
  score: GoldScore;
}

const ratioText = (ratio: Ratio): string => `${ratio.hit}/${ratio.total}`;

const mean = (values: readonly number[]): number => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);

/**
 * One row of figures per article and the two means, and nothing else: the lists of missed and false finds are left
 * out on purpose, because the set measures generalisation only while nobody has seen what the engine misses in it.
 */
function figuresTable(scores: readonly ArticleScore[], meanClaimF1: number, meanActorRecall: number): string {
  const header = ['document', 'actors', 'persons', 'claimR', 'claimP', 'claimF1', 'dates', 'values'];
  const rows = scores.map(({ name, score }) => [
    name,
    ratioText(score.actorRecall),
    ratioText(score.personRecall),
    ratioText(score.claimRecall),
    score.claimPrecision.toFixed(3),
    score.claimF1.toFixed(3),
    ratioText(score.dateRecall),
    ratioText(score.dateValues),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]): string => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [
    line(header),
    ...rows.map(line),
    `mean claim F1 ${meanClaimF1.toFixed(3)} (bar ${MEAN_CLAIM_F1_BAR}), mean actor recall ${meanActorRecall.toFixed(3)} (bar ${MEAN_ACTOR_RECALL_BAR})`,
  ].join('\n');
}

describe('accuracy on the blind articles (quality bar 2, final generalisation check)', () => {
  const root = findRepoRoot();
  const articles: AnnotatedArticle[] = loadAnnotatedArticles(path.join(root, 'test', 'fixtures', 'blind'));

  it(`holds at least ${MIN_ARTICLES} annotated articles of ${WORDS_PER_ARTICLE.min} to ${WORDS_PER_ARTICLE.max} words whose gold agrees with the text`, () => {
    assert.ok(articles.length >= MIN_ARTICLES, `found ${articles.length} blind articles`);
    const problems: string[] = [];
    for (const article of articles) {
      const words = article.text.split(/\s+/).filter((word) => word !== '').length;
      if (words < WORDS_PER_ARTICLE.min || words > WORDS_PER_ARTICLE.max) problems.push(`${article.name}: ${words} words`);
      if (article.gold.document !== article.name) problems.push(`${article.name}: gold names ${article.gold.document}`);
      problems.push(...goldProblems(article.text, article.gold).map((problem) => `${article.name}: ${problem}`));
    }
    assert.deepStrictEqual(problems, []);
  });

  it('names no actor that also appears in the seed, the fixture articles or the held-out set', () => {
    const tunedActorNames = new Set<string>();
    for (const folder of TUNED_FOLDERS) {
      for (const article of loadAnnotatedArticles(path.join(root, ...folder))) {
        for (const actor of article.gold.actors) if (actor.type !== 'PLACE') tunedActorNames.add(actor.name.toLowerCase());
      }
    }
    const shared = articles.flatMap((article) =>
      article.gold.actors
        .filter((actor) => actor.type !== 'PLACE' && tunedActorNames.has(actor.name.toLowerCase()))
        .map((actor) => `${article.name}: ${actor.name}`),
    );
    assert.deepStrictEqual(shared, []);
  });

  it(`reaches a mean claim F1 of ${MEAN_CLAIM_F1_BAR} and a mean actor recall of ${MEAN_ACTOR_RECALL_BAR} over the set`, () => {
    const analyze = loadAnalyze();
    if (analyze instanceof Error) assert.fail(analyze.message);
    assert.ok(articles.length > 0, 'no blind articles to score');
    const scores: ArticleScore[] = articles.map((article) => ({
      name: article.name,
      score: scoreAgainstGold(analyze(article.text, { document: article.name }), article.gold),
    }));
    const meanClaimF1 = mean(scores.map(({ score }) => score.claimF1));
    const meanActorRecall = mean(scores.map(({ score }) => ratioValue(score.actorRecall)));
    const unmet = [
      ...(meanClaimF1 >= MEAN_CLAIM_F1_BAR ? [] : [`mean claim F1 ${meanClaimF1.toFixed(3)} < ${MEAN_CLAIM_F1_BAR}`]),
      ...(meanActorRecall >= MEAN_ACTOR_RECALL_BAR ? [] : [`mean actor recall ${meanActorRecall.toFixed(3)} < ${MEAN_ACTOR_RECALL_BAR}`]),
    ];
    assert.deepStrictEqual(unmet, [], `blind set below quality bar 2:\n${figuresTable(scores, meanClaimF1, meanActorRecall)}`);
  });
});
