// Proves the worker analyses text sent in pieces, keeps one incremental analyzer per document, and reports failures per job.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/analysis';
import { packIndex } from '../../src/analysisIndex';
import { highlightRanges, type HighlightRanges } from '../../src/decorationsModel';
import { previewRanges } from '../../src/worker/preview';
import { TEXT_PART_LENGTH } from '../../src/worker/protocol';
import { AnalysisWorkerClient, TextChangedError, WorkerStoppedError } from '../../src/worker/workerClient';

/** The compiled worker entry beside this compiled test (out/src/worker/analysisWorker.js). */
const WORKER = path.resolve(__dirname, '..', '..', 'src', 'worker', 'analysisWorker.js');
const SAMPLE = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'seed', '000_3f34881810dbdd74.txt'), 'utf8');

describe('workerClient', function () {
  this.timeout(60_000);
  let client: AnalysisWorkerClient;
  const problems: string[] = [];

  beforeEach(() => {
    problems.length = 0;
    client = new AnalysisWorkerClient(WORKER, (message) => problems.push(message));
  });
  afterEach(() => client.dispose());

  it('returns the same analysis as the engine called directly', async () => {
    const options = { document: 'seed.txt' };
    const { analysis: fromWorker, prepared } = await client.analyze('seed', SAMPLE, options, 'k');
    const direct = analyze(SAMPLE, options);
    assert.deepStrictEqual({ ...fromWorker, stats: undefined }, { ...direct, stats: undefined });
    assert.deepStrictEqual(prepared.ranges, highlightRanges(direct));
    assert.deepStrictEqual(prepared.index, packIndex(direct));
    assert.strictEqual(client.liveWorkers, 1);
  });

  it("delivers a preview window's ranges, then the whole text's, before the analysis", async () => {
    const text = `${SAMPLE}\n\n${SAMPLE}`;
    const offset = SAMPLE.length + 2;
    const received: Array<{ ranges: HighlightRanges; complete: boolean; settled: boolean }> = [];
    let settled = false;
    const job = client.analyze('two', text, { document: 'two.txt' }, 'k', {
      preview: { text: SAMPLE, offset },
      onRanges: (ranges, complete) => received.push({ ranges, complete, settled }),
    });
    const { analysis, prepared } = await job.finally(() => (settled = true));
    assert.deepStrictEqual(
      received.map(({ complete, settled: after }) => ({ complete, settled: after })),
      [
        { complete: false, settled: false },
        { complete: true, settled: false },
      ],
    );
    assert.deepStrictEqual(received[0].ranges, previewRanges(SAMPLE, offset, { document: 'two.txt' }));
    assert.strictEqual(received[1].ranges, prepared.ranges, 'the early ranges are the prepared ones');
    assert.deepStrictEqual(prepared.ranges, highlightRanges(analysis));
  });

  it('reports early highlights that cannot be used and still delivers the analysis', async () => {
    const { analysis } = await client.analyze('seed', SAMPLE, { document: 'seed.txt' }, 'k', {
      onRanges: () => {
        throw new Error('no editor to paint');
      },
    });
    assert.strictEqual(analysis.stats.characters, SAMPLE.length);
    assert.deepStrictEqual(problems, ['Early highlights could not be used: no editor to paint']);
  });

  it('reassembles a text longer than one message', async () => {
    const long = `${SAMPLE}\n\n`.repeat(Math.ceil((TEXT_PART_LENGTH * 2.5) / SAMPLE.length));
    const { analysis: result } = await client.analyze('long', long, { document: 'long.txt' }, 'k');
    assert.strictEqual(result.stats.characters, long.length);
    const last = result.claims[result.claims.length - 1];
    assert.strictEqual(long.slice(last.start, last.end), last.text);
  });

  it('stops sending a text that changes on the way, and the next job starts clean', async () => {
    const long = `${SAMPLE}\n\n`.repeat(Math.ceil((TEXT_PART_LENGTH * 2.5) / SAMPLE.length));
    let checks = 0;
    const changing = { length: long.length, slice: (start: number, end: number) => long.slice(start, end), isCurrent: () => ++checks < 2 };
    await assert.rejects(client.analyze('doc', changing, { document: 'doc.txt' }, 'k'), TextChangedError);
    assert.strictEqual(checks, 2, 'sending stopped at the first check that failed');
    const { analysis } = await client.analyze('doc', SAMPLE, { document: 'doc.txt' }, 'k');
    assert.strictEqual(analysis.stats.characters, SAMPLE.length, 'the next job analyses its own text');
  });

  it('fails a job whose text cannot be read, and goes on', async () => {
    const long = `${SAMPLE}\n\n`.repeat(Math.ceil((TEXT_PART_LENGTH * 2.5) / SAMPLE.length));
    let reads = 0;
    const failing = {
      length: long.length,
      slice: (start: number, end: number) => {
        if (++reads === 2) throw new Error('the document was closed');
        return long.slice(start, end);
      },
    };
    await assert.rejects(client.analyze('doc', failing, { document: 'doc.txt' }, 'k'), /the document was closed/);
    const { analysis } = await client.analyze('doc', SAMPLE, { document: 'doc.txt' }, 'k');
    assert.strictEqual(analysis.stats.characters, SAMPLE.length);
  });

  it('answers concurrent jobs for several documents, each with its own text', async () => {
    const [{ analysis: a }, { analysis: b }] = await Promise.all([
      client.analyze('a', SAMPLE, { document: 'a' }, 'k'),
      client.analyze('b', 'Kremlin spokesman Dmitry Peskov said nothing.', { document: 'b' }, 'k'),
    ]);
    assert.strictEqual(a.document, 'a');
    assert.strictEqual(b.document, 'b');
    assert.ok(a.actors.length > b.actors.length);
  });

  it('applies new options (ignored names) when their key changes', async () => {
    const { analysis: before } = await client.analyze('seed', SAMPLE, { document: 'seed.txt' }, 'k1');
    const ignored = before.actors[0].name;
    const { analysis: after } = await client.analyze('seed', SAMPLE, { document: 'seed.txt', ignoreNames: [ignored] }, 'k2');
    assert.ok(!after.actors.some((actor) => actor.name === ignored), `${ignored} is still an actor`);
  });

  it('fails pending jobs with WorkerStoppedError when disposed, and stops the thread', async () => {
    const pending = client.analyze('seed', SAMPLE, {}, 'k');
    client.dispose();
    await assert.rejects(pending, WorkerStoppedError);
    assert.strictEqual(client.liveWorkers, 0);
    await assert.rejects(client.analyze('seed', SAMPLE, {}, 'k'), WorkerStoppedError);
  });

  it('reports a worker that cannot start on the job, not by hanging', async () => {
    const broken = new AnalysisWorkerClient(path.join(__dirname, 'no-such-worker.js'), (message) => problems.push(message));
    try {
      await assert.rejects(broken.analyze('x', 'text', {}, 'k'));
      assert.ok(problems.length > 0);
    } finally {
      broken.dispose();
    }
  });
});
