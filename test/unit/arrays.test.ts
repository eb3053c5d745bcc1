// Unit tests of the bulk array edits that replace spreading arrays into calls.
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { appendAll, replaceRange } from '../../src/analysis/text/arrays';

describe('bulk array edits', () => {
  it('replaces a range exactly as splice does, growing, shrinking or keeping the length', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: -3, max: 40 }), fc.integer({ min: -3, max: 40 }), fc.array(fc.integer()), (
        items, start, deleteCount, added,
      ) => {
        const expected = items.slice();
        expected.splice(start < 0 ? 0 : start, deleteCount < 0 ? 0 : deleteCount, ...added);
        const actual = items.slice();
        replaceRange(actual, start, deleteCount, added);
        assert.deepEqual(actual, expected);
      }),
    );
  });

  it('appends and replaces half a million items without overflowing the call stack', () => {
    const many = Array.from({ length: 500_000 }, (_, i) => i);
    const target = [-1, -2];
    appendAll(target, many);
    assert.equal(target.length, 500_002);
    assert.equal(target[500_001], 499_999);
    replaceRange(target, 1, 1, many);
    assert.equal(target.length, 1_000_001);
    assert.deepEqual([target[0], target[1], target[500_000], target[500_001], target[1_000_000]], [-1, 0, 499_999, 0, 499_999]);
  });
});
