// Proves a window of a document, analysed alone, highlights what the whole document's analysis highlights there.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/analysis';
import { HIGHLIGHT_KINDS, highlightRanges, rangesInWindow, unpackRanges } from '../../src/derived/decorationsModel';
import { previewRanges } from '../../src/worker/preview';
import { findRepoRoot } from '../support/fixtures';

const FIXTURES = path.resolve(findRepoRoot(), 'test', 'fixtures');

function fixtureArticles(): string[] {
  const folder = path.join(FIXTURES, 'articles');
  const articles = fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => fs.readFileSync(path.join(folder, file), 'utf8'));
  return [fs.readFileSync(path.join(FIXTURES, 'seed', '000_3f34881810dbdd74.txt'), 'utf8'), ...articles];
}

describe('previewRanges', () => {
  // A day of copy: several articles one after another, twice, so the window has text on both sides.
  const articles = fixtureArticles();
  const parts = [...articles, ...articles];
  const document = parts.join('\n\n');
  const windowStart = parts.slice(0, 3).reduce((length, part) => length + part.length + 2, 0);
  const windowEnd = windowStart + parts[3].length + 2 + parts[4].length;
  const preview = previewRanges(document.slice(windowStart, windowEnd), windowStart, {});
  const whole = highlightRanges(analyze(document, {}));
  const key = (range: { start: number; end: number }): string => `${range.start}-${range.end}`;

  it('places every range in the document, inside the window', () => {
    for (const kind of HIGHLIGHT_KINDS) {
      const ranges = unpackRanges(preview[kind]);
      assert.ok(ranges.length > 0, `the window has ${kind} highlights`);
      for (const range of ranges) assert.ok(range.start >= windowStart && range.end <= windowEnd, `${kind} ${key(range)} is inside the window`);
    }
  });

  it("paints the people and claims of whole articles in the window as the whole document's analysis does", () => {
    for (const kind of ['person', 'claim', 'speakerCue'] as const) {
      assert.deepStrictEqual(unpackRanges(preview[kind]).map(key), rangesInWindow(whole[kind], windowStart, windowEnd).map(key), kind);
    }
  });

  it("shows nearly every highlight of the whole document's analysis in the window, of every kind", () => {
    for (const kind of HIGHLIGHT_KINDS) {
      const previewed = new Set(unpackRanges(preview[kind]).map(key));
      const expected = rangesInWindow(whole[kind], windowStart, windowEnd).map(key);
      const found = expected.filter((range) => previewed.has(range)).length;
      assert.ok(found >= 0.85 * expected.length, `${kind}: ${found} of ${expected.length}`);
    }
  });
});
