// Proves each highlight kind covers what it should, merged, and that windows slice the ranges exactly.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { highlightRanges, mergeRanges, packRanges, rangeCount, rangesInWindow, totalRanges, unpackRanges } from '../../src/derived/decorationsModel';
import { buildFixture, spanOf } from './analysisFixture';

describe('decorationsModel', () => {
  const ranges = highlightRanges(buildFixture());
  const covers = (kind: keyof typeof ranges, text: string, occurrence = 0): boolean => {
    const span = spanOf(text, occurrence);
    return unpackRanges(ranges[kind]).some((range) => range.start <= span.start && span.end <= range.end);
  };

  it('paints names by their type', () => {
    assert.ok(covers('person', 'Dmitry Peskov'));
    assert.ok(covers('person', 'Vladimir Putin'));
    assert.ok(covers('organization', 'Kremlin', 1));
    assert.ok(covers('place', 'China'));
    assert.ok(!covers('person', 'China'));
  });

  it('paints dates, claims with their quotation marks, and cues with their speaker mention', () => {
    assert.ok(covers('date', 'Monday'));
    assert.ok(covers('claim', '"We will see what ideas emerge,"'));
    assert.ok(covers('speakerCue', 'told'));
    assert.ok(covers('speakerCue', 'Peskov', 1));
    assert.ok(!covers('speakerCue', 'reporters'));
  });

  it('merges a mention and the entity on the same name into one range', () => {
    const peskov = spanOf('Dmitry Peskov');
    assert.strictEqual(unpackRanges(ranges.person).filter((range) => range.start === peskov.start).length, 1);
    assert.strictEqual(totalRanges(ranges), Object.values(ranges).reduce((sum, list) => sum + rangeCount(list), 0));
  });

  it('merges overlapping and touching ranges and drops empty ones', () => {
    assert.deepStrictEqual(
      mergeRanges([
        { start: 10, end: 12 },
        { start: 0, end: 5 },
        { start: 4, end: 8 },
        { start: 8, end: 9 },
        { start: 20, end: 20 },
      ]),
      [
        { start: 0, end: 9 },
        { start: 10, end: 12 },
      ],
    );
  });

  it('slices exactly the merged ranges that overlap a window', () => {
    const range = fc.tuple(fc.nat(500), fc.nat(30)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 80 }), fc.nat(520), fc.nat(100), (raw, windowStart, width) => {
        const merged = mergeRanges(raw);
        const windowEnd = windowStart + width;
        const expected = merged.filter((item) => item.end > windowStart && item.start < windowEnd);
        assert.deepStrictEqual(rangesInWindow(packRanges(merged), windowStart, windowEnd), expected);
      }),
      { numRuns: 500 },
    );
  });
});
