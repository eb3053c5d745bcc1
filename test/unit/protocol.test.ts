// Proves an Analysis cut into chunks for the worker's messages comes back whole and in order.
import * as assert from 'assert';
import { AnalysisAssembler, encodeChunks, splitAnalysis } from '../../src/worker/protocol';
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

  it('encodes chunks as JSON bytes that decode to the same analysis', () => {
    const analysis = buildFixture();
    const { head, chunks } = splitAnalysis(analysis, 3);
    const encoded = encodeChunks(chunks);
    assert.deepStrictEqual(
      encoded.map((chunk) => chunk.field),
      chunks.map((chunk) => chunk.field),
    );
    assert.ok(encoded.every((chunk) => chunk.json instanceof Uint8Array && chunk.json.byteLength > 0));
    const assembler = new AnalysisAssembler();
    for (const chunk of encoded) assembler.addEncoded(chunk);
    assert.deepStrictEqual(assembler.finish(structuredClone(head)), analysis);
  });

  it('cuts a prolific actor\'s mentions into chunks that follow it, and puts them back', () => {
    const base = buildFixture();
    const busy = { ...base.actors[0], mentions: Array.from({ length: 12 }, (_, index) => ({ ...base.actors[0].mentions[0], start: index * 10, end: index * 10 + 4 })) };
    const analysis = { ...base, actors: [busy, ...base.actors.slice(1)] };
    const { head, chunks } = splitAnalysis(analysis, 5);
    assert.deepStrictEqual(
      chunks.filter((chunk) => chunk.field === 'actors' || chunk.field === 'mentions').slice(0, 3).map((chunk) => [chunk.field, chunk.items.length]),
      [
        ['actors', 1],
        ['mentions', 5],
        ['mentions', 2],
      ],
    );
    assert.ok(chunks.every((chunk) => chunk.field !== 'mentions' || chunk.items.length <= 5));
    const assembler = new AnalysisAssembler();
    for (const chunk of encodeChunks(chunks)) assembler.addEncoded(chunk);
    assert.deepStrictEqual(assembler.finish(structuredClone(head)), analysis);
  });
});
