// Finds the repository root and the annotated reference articles (the seed and test/fixtures/articles) with their gold files.
import * as fs from 'fs';
import * as path from 'path';
import { Gold, parseGold } from './gold';

export interface AnnotatedArticle {
  /** File name of the article, as recorded in `Analysis.document`. */
  name: string;
  textPath: string;
  goldPath: string;
  text: string;
  gold: Gold;
}

/** Walks up from `start` to the folder whose package.json names this product; tests run from out/, so __dirname alone is not the root. */
export function findRepoRoot(start: string = __dirname): string {
  let folder = path.resolve(start);
  for (;;) {
    const manifest = path.join(folder, 'package.json');
    if (fs.existsSync(manifest)) {
      const parsed: unknown = JSON.parse(fs.readFileSync(manifest, 'utf8'));
      if (typeof parsed === 'object' && parsed !== null && 'name' in parsed && parsed.name === 'source-lens') return folder;
    }
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`no source-lens package.json above ${start}`);
    folder = parent;
  }
}

export function loadGold(goldPath: string): Gold {
  const raw: unknown = JSON.parse(fs.readFileSync(goldPath, 'utf8'));
  try {
    return parseGold(raw);
  } catch (error) {
    throw new Error(`${goldPath}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Every `NAME.txt` in a folder that has a `NAME.gold.json` beside it, in name order. */
export function loadAnnotatedArticles(folder: string): AnnotatedArticle[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.txt') && fs.existsSync(path.join(folder, file.replace(/\.txt$/, '.gold.json'))))
    .sort()
    .map((file) => {
      const textPath = path.join(folder, file);
      const goldPath = textPath.replace(/\.txt$/, '.gold.json');
      return { name: file, textPath, goldPath, text: fs.readFileSync(textPath, 'utf8'), gold: loadGold(goldPath) };
    });
}

export function seedArticles(root: string = findRepoRoot()): AnnotatedArticle[] {
  return loadAnnotatedArticles(path.join(root, 'test', 'fixtures', 'seed'));
}

export function fixtureArticles(root: string = findRepoRoot()): AnnotatedArticle[] {
  return loadAnnotatedArticles(path.join(root, 'test', 'fixtures', 'articles'));
}
