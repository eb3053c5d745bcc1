// Scores the engine on the blind articles, the final generalisation check of quality bar 2: means over the set only, and figures without miss lists.
import * as assert from 'assert';
import * as path from 'path';
import { AnnotatedArticle, findRepoRoot, loadAnnotatedArticles } from '../support/fixtures';
import { MEAN_ACTOR_RECALL_BAR, MEAN_CLAIM_F1_BAR, articleProblems, scoreArticleSet } from '../support/articleSet';

const MIN_ARTICLES = 10;
const WORDS_PER_ARTICLE = { min: 250, max: 650 };

/** The sets the engine has been tuned on; the blind set must not share a named actor with any of them. */
const TUNED_FOLDERS = [
  ['test', 'fixtures', 'seed'],
  ['test', 'fixtures', 'articles'],
  ['test', 'fixtures', 'holdout'],
];

describe('accuracy on the blind articles (quality bar 2, final generalisation check)', () => {
  const root = findRepoRoot();
  const articles: AnnotatedArticle[] = loadAnnotatedArticles(path.join(root, 'test', 'fixtures', 'blind'));

  it(`holds at least ${MIN_ARTICLES} annotated articles of ${WORDS_PER_ARTICLE.min} to ${WORDS_PER_ARTICLE.max} words whose gold agrees with the text`, () => {
    assert.ok(articles.length >= MIN_ARTICLES, `found ${articles.length} blind articles`);
    assert.deepStrictEqual(articleProblems(articles, WORDS_PER_ARTICLE), []);
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
    assert.ok(articles.length > 0, 'no blind articles to score');
    const { unmet, figures } = scoreArticleSet(articles);
    assert.deepStrictEqual(unmet, [], `blind set below quality bar 2:\n${figures}`);
  });
});
