// Proves spans of an analysed text follow the edits made since: moved when text changes before them, grown or shrunk
// when text inside them changes, dropped when they are deleted.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { EditHistory, mapSpan, type TextEdit } from '../../src/documents/editMapping';

function apply(text: string, edits: readonly TextEdit[], inserted: (edit: TextEdit) => string): string {
  let result = text;
  for (const edit of edits) result = result.slice(0, edit.start) + inserted(edit) + result.slice(edit.start + edit.removed);
  return result;
}

describe('editMapping', () => {
  const text = 'Intro. "We will see," Peskov said. Outro.';
  const claim = { start: text.indexOf('"'), end: text.indexOf(',"') + 2 };

  it('moves a span by text inserted or deleted before it, and leaves it for edits after it', () => {
    assert.deepStrictEqual(mapSpan(claim, [{ start: 0, removed: 0, inserted: 5 }]), { start: claim.start + 5, end: claim.end + 5 });
    assert.deepStrictEqual(mapSpan(claim, [{ start: 0, removed: 3, inserted: 0 }]), { start: claim.start - 3, end: claim.end - 3 });
    assert.deepStrictEqual(mapSpan(claim, [{ start: claim.end + 2, removed: 4, inserted: 1 }]), claim);
  });

  it('keeps text typed at a span\'s edges outside it, and text typed inside it in it', () => {
    assert.deepStrictEqual(mapSpan(claim, [{ start: claim.start, removed: 0, inserted: 2 }]), { start: claim.start + 2, end: claim.end + 2 });
    assert.deepStrictEqual(mapSpan(claim, [{ start: claim.end, removed: 0, inserted: 2 }]), claim);
    assert.deepStrictEqual(mapSpan(claim, [{ start: claim.start + 3, removed: 0, inserted: 2 }]), { start: claim.start, end: claim.end + 2 });
  });

  it('takes in the replacement of text overlapping an edge', () => {
    // "Intro. " + ... : replace from 2 before the claim to 2 into it with one character.
    assert.deepStrictEqual(mapSpan(claim, [{ start: claim.start - 2, removed: 4, inserted: 1 }]), { start: claim.start - 2, end: claim.end - 3 });
    assert.deepStrictEqual(mapSpan(claim, [{ start: claim.end - 2, removed: 4, inserted: 1 }]), { start: claim.start, end: claim.end - 1 });
  });

  it('drops a span an edit removed whole', () => {
    assert.strictEqual(mapSpan(claim, [{ start: claim.start - 1, removed: claim.end - claim.start + 2, inserted: 3 }]), undefined);
    assert.strictEqual(mapSpan(claim, [{ start: claim.start, removed: claim.end - claim.start, inserted: 0 }]), undefined);
  });

  it('applies the edits of one change in order, each on the result of the one before', () => {
    // Two edits as an editor reports a multi-cursor change: from the end backwards.
    const edits = [
      { start: claim.end + 1, removed: 0, inserted: 3 },
      { start: 1, removed: 2, inserted: 0 },
    ];
    assert.deepStrictEqual(mapSpan(claim, edits), { start: claim.start - 2, end: claim.end - 2 });
  });

  it('finds the same text after any edits that leave the span alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(), removed: fc.nat({ max: 6 }), inserted: fc.nat({ max: 6 }) }), { maxLength: 12 }),
        (raw) => {
          let current = text;
          let span: { start: number; end: number } | undefined = claim;
          const edits: TextEdit[] = [];
          for (const { at, removed, inserted } of raw) {
            const start = at % (current.length + 1);
            const edit = { start, removed: Math.min(removed, current.length - start), inserted };
            edits.push(edit);
            const touches = span !== undefined && edit.start < span.end && edit.start + edit.removed > span.start;
            const inside = span !== undefined && edit.start > span.start && edit.start < span.end;
            current = apply(current, [edit], () => 'x'.repeat(inserted));
            span = span && mapSpan(span, [edit]);
            if (!touches && !inside && span) assert.strictEqual(current.slice(span.start, span.end).length, span.end - span.start);
          }
          const whole = mapSpan(claim, edits);
          assert.deepStrictEqual(whole, span, 'mapping edit by edit and all at once agree');
          const untouched = edits.every((edit, index) => {
            const before = mapSpan(claim, edits.slice(0, index));
            return before !== undefined && (edit.start + edit.removed < before.start || edit.start > before.end || (edit.removed === 0 && (edit.start === before.start || edit.start === before.end)));
          });
          if (untouched) assert.strictEqual(whole && current.slice(whole.start, whole.end), text.slice(claim.start, claim.end));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('maps a span of any version the history still reaches, and none older', () => {
    const history = new EditHistory(1, 3);
    history.add(2, [{ start: 0, removed: 0, inserted: 1 }]);
    history.add(3, [{ start: 0, removed: 0, inserted: 2 }]);
    assert.deepStrictEqual(history.map(claim, 1), { start: claim.start + 3, end: claim.end + 3 }, 'from the first version, both edits');
    assert.deepStrictEqual(history.map(claim, 2), { start: claim.start + 2, end: claim.end + 2 }, 'from the second, the last edit');
    assert.deepStrictEqual(history.map(claim, 3), claim, 'from the current version, nothing moves');
    history.forgetBefore(2);
    assert.strictEqual(history.map(claim, 1), undefined, 'a version no longer reached');
    assert.deepStrictEqual(history.map(claim, 2), { start: claim.start + 2, end: claim.end + 2 });
  });

  it('drops the oldest changes past its bound rather than grow without end', () => {
    const history = new EditHistory(1, 3);
    history.add(2, [{ start: 0, removed: 0, inserted: 1 }]);
    history.add(3, [
      { start: 0, removed: 0, inserted: 1 },
      { start: 0, removed: 0, inserted: 1 },
      { start: 0, removed: 0, inserted: 1 },
    ]);
    assert.strictEqual(history.map(claim, 1), undefined);
    assert.deepStrictEqual(history.map(claim, 2), { start: claim.start + 3, end: claim.end + 3 });
  });
});
