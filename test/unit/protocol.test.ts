// Proves an Analysis cut into chunks for the worker's messages comes back whole and in order.
import * as assert from 'assert';
import { AnalysisAssembler, splitAnalysis } from '../../src/worker/protocol';
import { buildFixture } from './analysisFixture';

describe('worker protocol', () => {
  it('splits an analysis into bounded chunks and reassembles it exactly', () => {
    const analysis = buildFixture();
    const { head, chunks } = splitAnalysis(analysis, 2);
    assert.deepStrictEqual(head.entities, []);
    assert.ok(chunks.every((chunk) => chunk.items.length <= 2));
    const assembler = new AnalysisAssembler();
    for (const chunk of chunks) assembler.add(chunk.field, structuredClone(chunk.items));
    assert.deepStrictEqual(assembler.finish(structuredClone(head)), analysis);
  });

  it('weighs an actor by its mentions, so one prolific actor travels alone', () => {
    const analysis = buildFixture();
    const busy = { ...analysis.actors[0], mentions: Array.from({ length: 10 }, () => analysis.actors[0].mentions[0]) };
    const { chunks } = splitAnalysis({ ...analysis, actors: [busy, ...analysis.actors.slice(1)] }, 5);
    const actorChunks = chunks.filter((chunk) => chunk.field === 'actors');
    assert.strictEqual(actorChunks[0].items.length, 1);
  });
});
