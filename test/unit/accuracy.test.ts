// Scores the engine on the seed (quality bar 1) and on every annotated fixture article (per-article floors).
import * as assert from 'assert';
import { AnnotatedArticle, fixtureArticles, seedArticles } from '../support/fixtures';
import { AnalyzeFunction, loadAnalyze } from '../support/engine';
import { describeScore, GoldScore, ratioValue, scoreAgainstGold } from '../support/goldScore';

interface Floors {
  actorRecall: number;
  claimF1: number;
  dateRecall: number;
}

/** Floors per fixture article; raise one when the engine holds a better figure there, never lower it. */
const FLOOR_FIGURES: readonly (keyof Floors)[] = ['actorRecall', 'claimF1', 'dateRecall'];
const DEFAULT_FLOORS: Floors = { actorRecall: 0.9, claimF1: 0.75, dateRecall: 0.9 };
const FLOORS_BY_ARTICLE: Readonly<Record<string, Partial<Floors>>> = {};

function scoreArticle(analyze: AnalyzeFunction, article: AnnotatedArticle): GoldScore {
  return scoreAgainstGold(analyze(article.text, { document: article.name }), article.gold);
}

function engineOrFail(): AnalyzeFunction {
  const loaded = loadAnalyze();
  if (loaded instanceof Error) assert.fail(loaded.message);
  return loaded;
}

describe('accuracy on the seed article (quality bar 1)', () => {
  const seeds = seedArticles();

  it('has the seed article and its gold', () => {
    assert.strictEqual(seeds.length, 1);
  });

  for (const article of seeds) {
    it(`${article.name}: all 16 actors, 9 persons, no false or split persons, claims and dates at the bar`, () => {
      const score = scoreArticle(engineOrFail(), article);
      const bars: [string, boolean][] = [
        ['actorRecall 16/16', score.actorRecall.hit === 16 && score.actorRecall.total === 16],
        ['personRecall 9/9', score.personRecall.hit === 9 && score.personRecall.total === 9],
        ['no falsePersons', score.falsePersons.length === 0],
        ['nothing fragmented', score.fragmented.length === 0],
        ['claimRecall >= 14/15', score.claimRecall.hit >= 14 && score.claimRecall.total === 15],
        ['claimPrecision >= 0.9', score.claimPrecision >= 0.9],
        ['dateRecall 15/15', score.dateRecall.hit === 15 && score.dateRecall.total === 15],
        ['dateValues >= 14/15', score.dateValues.hit >= 14 && score.dateValues.total === 15],
      ];
      const unmet = bars.filter(([, met]) => !met).map(([bar]) => bar);
      assert.deepStrictEqual(unmet, [], `${article.name} misses quality bar 1:\n${describeScore(score)}`);
    });
  }
});

describe('accuracy on the fixture articles', () => {
  const articles = fixtureArticles();

  it('has at least six annotated fixture articles', () => {
    assert.ok(articles.length >= 6, `found ${articles.length}`);
  });

  for (const article of articles) {
    const floors: Floors = { ...DEFAULT_FLOORS, ...FLOORS_BY_ARTICLE[article.name] };
    it(`${article.name}: actor recall ≥ ${floors.actorRecall}, claim F1 ≥ ${floors.claimF1}, date recall ≥ ${floors.dateRecall}`, () => {
      const score = scoreArticle(engineOrFail(), article);
      const figures = {
        actorRecall: ratioValue(score.actorRecall),
        claimF1: score.claimF1,
        dateRecall: ratioValue(score.dateRecall),
      };
      const below = FLOOR_FIGURES.filter((figure) => figures[figure] < floors[figure]).map(
        (figure) => `${figure} ${figures[figure].toFixed(3)} < ${floors[figure]}`,
      );
      assert.deepStrictEqual(below, [], `${article.name} below its floors:\n${describeScore(score)}`);
    });
  }
});
