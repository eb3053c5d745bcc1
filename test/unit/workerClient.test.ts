// Proves the worker analyses text sent in pieces, keeps one incremental analyzer per document, and reports failures per job.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../src/analysis';
import { packIndex } from '../../src/derived/analysisIndex';
import { highlightRanges, type HighlightRanges } from '../../src/derived/decorationsModel';
import { summarise } from '../../src/corpus/summary';
import { previewRanges } from '../../src/worker/preview';
import { TEXT_PART_LENGTH } from '../../src/worker/protocol';
import { AnalysisWorkerClient, formatSeconds, TextChangedError, WorkerRestartedError, WorkerStoppedError, type TextSource } from '../../src/worker/workerClient';
import { findRepoRoot } from '../support/fixtures';

/** The compiled worker entry beside this compiled test (out/src/worker/analysisWorker.js). */
const WORKER = path.resolve(__dirname, '..', '..', 'src', 'worker', 'analysisWorker.js');
const SAMPLE = fs.readFileSync(path.resolve(findRepoRoot(), 'test', 'fixtures', 'seed', '000_3f34881810dbdd74.txt'), 'utf8');

describe('workerClient [stress]', function () {
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

  it('summarises a workspace document as the corpus summary of its analysis, apart from the editor jobs', async () => {
    const options = { document: 'seed.txt' };
    const editorJob = client.analyze('seed', SAMPLE, options, 'k');
    const summaryJob = client.summarise('notes/seed.txt', SAMPLE, options);
    assert.strictEqual(client.editorJobs, 1, 'the summary job is not an editor job');
    await editorJob;
    assert.strictEqual(client.editorJobs, 0);
    assert.deepStrictEqual(await summaryJob, summarise(analyze(SAMPLE, options), 'notes/seed.txt'));
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

  describe('time limits', () => {
    /** A short text, like the 72-character document of the report that failed behind a 13.5 MB one. */
    const SHORT = 'Kremlin spokesman Dmitry Peskov told reporters on Monday that talks would go on.';

    /** A text source that says when its last piece has been read, which is when its job is queued in the worker. */
    function queuedSignal(text: string): { source: TextSource; queued: Promise<void> } {
      let markQueued = (): void => undefined;
      const queued = new Promise<void>((resolve) => (markQueued = resolve));
      const source: TextSource = {
        length: text.length,
        slice: (start, end) => {
          if (end === text.length) setImmediate(markQueued);
          return text.slice(start, end);
        },
      };
      return { source, queued };
    }

    /**
     * A long text and how long the warm worker takes over it, grown until that is at least a second, so that the
     * limits below are derived from this machine's speed rather than guessed.
     */
    async function slowText(): Promise<{ text: string; milliseconds: number }> {
      const client = new AnalysisWorkerClient(WORKER, () => undefined);
      try {
        await client.analyze('warm', SAMPLE, {}, 'k');
        let copies = Math.ceil((512 * 1024) / SAMPLE.length);
        for (let attempt = 0; ; attempt++) {
          const text = `${SAMPLE}\n\n`.repeat(copies);
          const started = performance.now();
          // A key of its own each time: the worker re-reads nothing it has seen.
          await client.analyze(`measure-${attempt}`, text, {}, 'k');
          const milliseconds = performance.now() - started;
          if (milliseconds >= 1000 || copies * SAMPLE.length > 16 * 1024 * 1024) return { text, milliseconds };
          copies *= 2;
        }
      } finally {
        client.dispose();
      }
    }

    let slow: { text: string; milliseconds: number };
    before(async () => {
      slow = await slowText();
    });

    it('times a job from when the worker starts it, so a short job queued behind a long one is not failed', async () => {
      // The short job's limit is half the long job's run: counted from when it was queued, it would expire while the
      // long job runs; counted from its start, it is hundreds of times what the short job needs.
      const shortLimit = Math.round(slow.milliseconds / 2);
      const timed = new AnalysisWorkerClient(WORKER, (message) => problems.push(message), {
        timeoutFor: (characters) => (characters === SHORT.length ? shortLimit : 120_000),
      });
      try {
        await timed.analyze('warm', SAMPLE, {}, 'k');
        const long = queuedSignal(slow.text);
        const longJob = timed.analyze('long', long.source, {}, 'k');
        await long.queued;
        const shortJob = timed.analyze('short', SHORT, {}, 'k');
        const [longResult, shortResult] = await Promise.allSettled([longJob, shortJob]);
        const reason = (result: PromiseSettledResult<unknown>): string => (result.status === 'rejected' ? String(result.reason) : 'analysed');
        assert.deepStrictEqual([reason(longResult), reason(shortResult)], ['analysed', 'analysed'], `limit ${shortLimit} ms, long job ~${Math.round(slow.milliseconds)} ms`);
      } finally {
        timed.dispose();
      }
    });

    it('stops a job that overruns its own limit, says so, and tells the job queued behind it that it had not started', async () => {
      const longLimit = Math.round(slow.milliseconds / 3);
      const timed = new AnalysisWorkerClient(WORKER, (message) => problems.push(message), {
        timeoutFor: (characters) => (characters === slow.text.length ? longLimit : 120_000),
      });
      try {
        await timed.analyze('warm', SAMPLE, {}, 'k');
        const long = queuedSignal(slow.text);
        const longJob = timed.analyze('long', long.source, {}, 'k');
        await long.queued;
        const shortJob = timed.analyze('short', SHORT, {}, 'k');
        const [longResult, shortResult] = await Promise.allSettled([longJob, shortJob]);
        assert.strictEqual(longResult.status, 'rejected');
        assert.ok(!(longResult.reason instanceof WorkerRestartedError), 'the job that ran too long is not told it never ran');
        assert.match(String(longResult.reason), new RegExp(`took longer than ${formatSeconds(longLimit)}, the limit for`));
        assert.strictEqual(shortResult.status, 'rejected');
        assert.ok(shortResult.reason instanceof WorkerRestartedError, 'the queued job may be asked again');
        assert.match(String(shortResult.reason), /another document.*had not started/);
        // The worker was restarted: the next job runs.
        const { analysis } = await timed.analyze('short', SHORT, {}, 'k');
        assert.strictEqual(analysis.stats.characters, SHORT.length);
      } finally {
        timed.dispose();
      }
    });
  });

  it('blames a crash on the job the worker was running, and tells the job queued behind it that it had not started', async () => {
    // A stand-in worker that starts each job and dies during the one named "crash".
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-worker-'));
    const crashing = path.join(dir, 'crashingWorker.js');
    fs.writeFileSync(
      crashing,
      `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (request) => {
  if (request.type !== 'analyze') return;
  parentPort.postMessage({ type: 'started', jobId: request.jobId, stage: 'analysis' });
  if (request.documentKey !== 'crash') return;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  process.exit(3);
});`,
    );
    const client = new AnalysisWorkerClient(crashing, (message) => problems.push(message));
    try {
      const results = await Promise.allSettled([client.analyze('crash', SAMPLE, {}, 'k'), client.analyze('queued', SAMPLE, {}, 'k')]);
      const [crashed, queued] = results.map((result) => (result.status === 'rejected' ? (result.reason as Error) : undefined));
      assert.ok(crashed && !(crashed instanceof WorkerRestartedError), 'the job that was running is failed with the crash');
      assert.match(crashed.message, /exited with code 3/);
      assert.ok(queued instanceof WorkerRestartedError, 'the queued job may be asked again');
      assert.match(queued.message, /while it analysed another document.*had not started/);
    } finally {
      client.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
