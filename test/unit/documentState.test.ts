// Proves which documents are analysed or skipped and that each state reads as one clear line.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyze } from '../../src/analysis';
import { analysisSummary, DATE_HEADER_PROBE_CHARS, debounceForLength, gateDocument, hasDateHeader, skipMessage, statusText } from '../../src/documents/documentState';
import { uiText } from '../../src/presentation/uiText';
import { buildFixture } from './analysisFixture';

describe('documentState', () => {
  it('analyses ordinary and empty text', () => {
    assert.deepStrictEqual(gateDocument(12, 'Peskov said.', 100, false), { analyze: true });
    assert.deepStrictEqual(gateDocument(0, '', 100, false), { analyze: true });
  });

  it('skips text over the limit unless the user chose to analyse it anyway', () => {
    assert.deepStrictEqual(gateDocument(101, 'x'.repeat(101), 100, false), { analyze: false, reason: 'tooLarge' });
    assert.deepStrictEqual(gateDocument(101, 'x'.repeat(101), 100, true), { analyze: true });
  });

  it('skips text with NUL characters near its start as binary', () => {
    assert.deepStrictEqual(gateDocument(6, 'PK\u0003\u0004\u0000\u0000', 100, false), { analyze: false, reason: 'binary' });
  });

  it('says why a document was skipped and what to do', () => {
    const message = skipMessage({ reason: 'tooLarge', characters: 20 * 1024 * 1024, limit: 16 * 1024 * 1024 }, uiText('book.txt'));
    assert.match(message, /book\.txt: 20\.0 MB is over the 16\.0 MB limit/);
    assert.match(message, /Analyze Anyway/);
    assert.match(skipMessage({ reason: 'binary', characters: 10, limit: 100 }, uiText('a.bin')), /binary/);
  });

  it('counts actors and claims in the status text', () => {
    const analysis = buildFixture();
    assert.strictEqual(statusText({ kind: 'analyzed', version: 1, analysis }), '4 actors · 3 claims');
    assert.strictEqual(statusText({ kind: 'analyzed', version: 1, analysis: { ...analysis, actors: analysis.actors.slice(0, 1), claims: [] } }), '1 actor · 0 claims');
    assert.strictEqual(statusText({ kind: 'skipped', version: 1, reason: 'tooLarge', characters: 1, limit: 0 }), 'Source Lens: too large');
    assert.match(analysisSummary(analysis), /Document date 2023-03-17 \(from its header\)/);
  });

  it('waits the configured time after an edit, and longer for large documents', () => {
    assert.strictEqual(debounceForLength(5_000, 300), 300);
    assert.strictEqual(debounceForLength(10 * 1024 * 1024, 300), 1000);
    assert.strictEqual(debounceForLength(10 * 1024 * 1024, 2000), 2000);
  });

  it('recognises the date header as the engine does', () => {
    assert.ok(hasDateHeader(' date 2023-03-17 Chinese President Xi Jinping'));
    assert.ok(hasDateHeader('Date 2023-03-17'));
    assert.ok(!hasDateHeader('update 2023-03-17'));
    assert.ok(!hasDateHeader('date 2023-3-17'));
  });

  it('rejects a header whose date does not exist, as the engine does', () => {
    for (const header of [' date 2023-13-45 ', ' date 2023-02-29 ', ' date 2023-04-31\n', ' date 0000-01-01 ', ' date 2023-00-10 ']) {
      assert.ok(!hasDateHeader(header), JSON.stringify(header));
      assert.strictEqual(analyze(`${header}\n\nThe mayor said so.`).documentDate, null, `the engine rejects ${JSON.stringify(header)}`);
    }
    assert.ok(hasDateHeader(' date 2024-02-29 '), 'a leap day');
  });

  it('agrees with the engine on any start of a document', () => {
    const headerish = fc.oneof(
      fc.tuple(fc.stringMatching(/^[ \t\n]{0,70}$/), fc.constantFrom('date', 'Date', 'DATE', 'data'), fc.stringMatching(/^[ \t]{0,9}$/), fc.stringMatching(/^\d{4}-\d{1,2}-\d{1,3}$/), fc.stringMatching(/^[\s\S]{0,4}$/)).map((parts) => parts.join('')),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(headerish, (start) => {
        const engine = analyze(`${start}\n\nThe mayor said so.`).documentDate !== null;
        return hasDateHeader(`${start}\n\nThe mayor said so.`.slice(0, DATE_HEADER_PROBE_CHARS)) === engine;
      }),
      { numRuns: 300 },
    );
  });
});
