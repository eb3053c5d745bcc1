// Property: through 200 random edits of the sample (insertions, deletions, replacements, copies of text elsewhere),
// re-anchored after each one as the editor does, every review entry stays on its text or is reported as an orphan;
// none is lost, and an entry whose text no edit touched is found exactly where that text went.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/analysis';
import { anchorAt, applyReview, FUZZY_THRESHOLD, similarity, type Review, type ReviewEntry } from '../../src/review';
import { findRepoRoot } from '../support/fixtures';

const SEED = path.join(findRepoRoot(), 'test', 'fixtures', 'seed', '000_3f34881810dbdd74.txt');
const EDITS = 200;
const TIME = '2026-01-02T03:04:05.000Z';

/** A small deterministic generator (mulberry32), so a failure names the seed that reproduces it. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

interface Edit {
  start: number;
  removed: number;
  inserted: string;
}

const ALPHABET = 'abcdefghij klmnop\n“”"\'.,—ÄéЖ漢😀';

function randomEdit(text: string, random: () => number): Edit {
  const at = Math.floor(random() * (text.length + 1));
  const length = (most: number): number => Math.floor(random() * most);
  const letters = (count: number): string => Array.from({ length: count }, () => [...ALPHABET][Math.floor(random() * [...ALPHABET].length)]).join('');
  const kind = random();
  if (kind < 0.3) return { start: at, removed: 0, inserted: letters(1 + length(20)) };
  if (kind < 0.55) return { start: at, removed: Math.min(text.length - at, 1 + length(30)), inserted: '' };
  if (kind < 0.75) return { start: at, removed: Math.min(text.length - at, 1 + length(10)), inserted: letters(1 + length(10)) };
  if (kind < 0.93) {
    // A copy of a stretch of the text elsewhere: equal copies are what context and position must tell apart.
    const from = Math.floor(random() * text.length);
    return { start: at, removed: 0, inserted: text.slice(from, from + 1 + length(300)) };
  }
  return { start: at, removed: Math.min(text.length - at, 100 + length(500)), inserted: '' };
}

/** Where a span went through an edit; undefined when the edit touched it. */
function mapSpan(span: { start: number; end: number }, edit: Edit): { start: number; end: number } | undefined {
  const editEnd = edit.start + edit.removed;
  if (editEnd <= span.start && !(edit.removed === 0 && edit.start === span.start)) {
    const delta = edit.inserted.length - edit.removed;
    return { start: span.start + delta, end: span.end + delta };
  }
  if (edit.start >= span.end) return span;
  return undefined;
}

/**
 * Whether the text and its whole remembered context, intact around where the text went, occur there only: then
 * nothing tells another copy apart and the entry must be found there.
 */
function tellsApart(text: string, entry: ReviewEntry, span: { start: number; end: number }): boolean {
  const { exact, prefix, suffix } = entry.target.quote;
  const whole = prefix + exact + suffix;
  if (text.slice(span.start - prefix.length, span.end + suffix.length) !== whole || span.start < prefix.length) return false;
  return occurrences(text, whole) === 1;
}

function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) count += 1;
  return count;
}

describe('review anchors under random edits (property) [stress]', function () {
  this.timeout(180_000);
  const original = fs.readFileSync(SEED, 'utf8');

  for (const seed of [1, 2, 3]) {
    it(`keeps every entry on its text or reports it as an orphan through ${EDITS} edits (seed ${seed})`, () => {
      const random = generator(seed);
      let text = original;
      const first = analyze(text);
      const entries: ReviewEntry[] = first.claims.map((claim, index) => ({
        id: `e${index}`,
        kind: index % 3 === 0 ? 'speaker' : 'verdict',
        ...(index % 3 === 0 ? { speaker: { name: 'Someone Else' } } : { verdict: 'verified' }),
        target: anchorAt(text, claim.start, claim.end),
        updated: TIME,
      }) as ReviewEntry);
      let review: Review = { document: 'seed.txt', entries };
      const truth = new Map<string, { start: number; end: number } | undefined>(entries.map((entry) => [entry.id, entry.target.position]));
      let orphansSeen = 0;
      let checked = 0;
      for (let step = 0; step < EDITS; step += 1) {
        const edit = randomEdit(text, random);
        text = text.slice(0, edit.start) + edit.inserted + text.slice(edit.start + edit.removed);
        for (const [id, span] of truth) truth.set(id, span && mapSpan(span, edit));
        const reviewed = applyReview(analyze(text), review, text);
        assert.strictEqual(reviewed.entries.length, entries.length, `step ${step}: no entry lost`);
        assert.strictEqual(reviewed.review.entries.length, entries.length, `step ${step}: no entry dropped from the review`);
        reviewed.entries.forEach((state, position) => {
          const before = review.entries[position];
          const where = `seed ${seed} step ${step} entry ${state.entry.id}`;
          if (state.orphan === 'textGone') {
            orphansSeen += 1;
            assert.deepStrictEqual(reviewed.review.entries[position].target, before.target, `${where}: an orphan keeps its last text`);
            truth.set(state.entry.id, undefined);
            return;
          }
          const match = state.match;
          assert.ok(match, `${where}: found`);
          const found = text.slice(match.start, match.end);
          if (match.fuzzy) assert.ok(similarity(before.target.quote.exact, found) >= FUZZY_THRESHOLD, `${where}: close to its text`);
          else assert.strictEqual(found, before.target.quote.exact, `${where}: on its text`);
          const expected = truth.get(state.entry.id);
          if (expected && tellsApart(text, before, expected)) {
            checked += 1;
            assert.deepStrictEqual({ start: match.start, end: match.end }, expected, `${where}: where its untouched text went`);
          }
          truth.set(state.entry.id, { start: match.start, end: match.end });
        });
        review = reviewed.review;
      }
      // The run must have exercised both outcomes, or it proved little.
      assert.ok(orphansSeen > 0, 'some edits removed anchored text');
      assert.ok(checked > EDITS, `entries checked at their exact place ${checked} times`);
      assert.ok(review.entries.some((entry) => text.includes(entry.target.quote.exact)), 'some entries survived');
    });
  }
});
