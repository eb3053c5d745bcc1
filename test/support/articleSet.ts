// Shared checks of an annotated article set against quality bar 2: layout problems, and the means over the set.
import { goldProblems } from './gold';
import { AnnotatedArticle } from './fixtures';
import { loadAnalyze } from './engine';
import { GoldScore, Ratio, ratioValue, scoreAgainstGold } from './goldScore';

export const MEAN_CLAIM_F1_BAR = 0.75;
export const MEAN_ACTOR_RECALL_BAR = 0.85;

interface ArticleScore {
  name: string;
  score: GoldScore;
}

const ratioText = (ratio: Ratio): string => `${ratio.hit}/${ratio.total}`;

const mean = (values: readonly number[]): number => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);

/** Articles outside the word range, whose gold names another document, or whose gold disagrees with the text. */
export function articleProblems(articles: readonly AnnotatedArticle[], words: { min: number; max: number }): string[] {
  const problems: string[] = [];
  for (const article of articles) {
    const count = article.text.split(/\s+/).filter((word) => word !== '').length;
    if (count < words.min || count > words.max) problems.push(`${article.name}: ${count} words`);
    if (article.gold.document !== article.name) problems.push(`${article.name}: gold names ${article.gold.document}`);
    problems.push(...goldProblems(article.text, article.gold).map((problem) => `${article.name}: ${problem}`));
  }
  return problems;
}

/**
 * One row of figures per article and the two means, and nothing else: the lists of missed and false finds are left
 * out on purpose, because a set measures generalisation only while nobody has seen what the engine misses in it.
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

/** Scores every article; returns the unmet bars (empty when the set meets them) and the figures to show when it does not. */
export function scoreArticleSet(articles: readonly AnnotatedArticle[]): { unmet: string[]; figures: string } {
  const analyze = loadAnalyze();
  if (analyze instanceof Error) return { unmet: [analyze.message], figures: '' };
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
  return { unmet, figures: figuresTable(scores, meanClaimF1, meanActorRecall) };
}
