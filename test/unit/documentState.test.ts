// Proves which documents are analysed or skipped and that each state reads as one clear line.
import * as assert from 'assert';
import { analysisSummary, debounceForLength, gateDocument, hasDateHeader, skipMessage, statusText } from '../../src/documentState';
import { buildFixture } from './analysisFixture';
import { uiText } from '../../src/uiText';

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
});
