// Scores the engine on the held-out articles (quality bar 2): the mean over the set, never per article, so no one text can be tuned for.
import * as assert from 'assert';
import * as path from 'path';
import { AnnotatedArticle, findRepoRoot, loadAnnotatedArticles } from '../support/fixtures';
import { MEAN_ACTOR_RECALL_BAR, MEAN_CLAIM_F1_BAR, articleProblems, scoreArticleSet } from '../support/articleSet';

const MIN_ARTICLES = 10;
const WORDS_PER_ARTICLE = { min: 250, max: 600 };

describe('accuracy on the held-out articles (quality bar 2)', () => {
  const root = findRepoRoot();
  const articles: AnnotatedArticle[] = loadAnnotatedArticles(path.join(root, 'test', 'fixtures', 'holdout'));

  it(`holds at least ${MIN_ARTICLES} annotated articles of ${WORDS_PER_ARTICLE.min} to ${WORDS_PER_ARTICLE.max} words whose gold agrees with the text`, () => {
    assert.ok(articles.length >= MIN_ARTICLES, `found ${articles.length} held-out articles`);
    assert.deepStrictEqual(articleProblems(articles, WORDS_PER_ARTICLE), []);
  });

  it(`reaches a mean claim F1 of ${MEAN_CLAIM_F1_BAR} and a mean actor recall of ${MEAN_ACTOR_RECALL_BAR} over the set`, () => {
    assert.ok(articles.length > 0, 'no held-out articles to score');
    const { unmet, figures } = scoreArticleSet(articles);
    assert.deepStrictEqual(unmet, [], `held-out set below quality bar 2:\n${figures}`);
  });
});
