// The corpus command's machinery: results handed over in task order with a bounded window whatever order workers
// finish in, the first error stopping new work; and shards that partition the files the same way on every machine.
import { strict as assert } from 'assert';
import * as path from 'path';
import { inShard, shardKey } from '../../src/cli/corpusRun';
import { runOrdered } from '../../src/cli/orderedPool';

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('corpus machinery', () => {
  describe('ordered pool', () => {
    it('delivers in task order, one at a time, never running more than the window ahead', async () => {
      const tasks = Array.from({ length: 40 }, (_, index) => index);
      const delivered: number[] = [];
      let running = 0;
      let delivering = false;
      let furthestAhead = 0;
      await runOrdered({
        tasks,
        workers: ['a', 'b', 'c'],
        window: 5,
        work: async (task) => {
          running++;
          furthestAhead = Math.max(furthestAhead, task - delivered.length);
          // Later tasks finish first now and then: the order must come from the pool, not from the timing.
          await pause((task * 7) % 5);
          running--;
          return task * 2;
        },
        deliver: async (result, index) => {
          assert.equal(delivering, false, 'one delivery at a time');
          delivering = true;
          await pause(1);
          assert.equal(result, index * 2);
          delivered.push(index);
          delivering = false;
        },
      });
      assert.deepEqual(delivered, tasks);
      assert.equal(running, 0);
      assert.ok(furthestAhead < 5, `a task started ${furthestAhead} ahead of the first undelivered one`);
    });

    it('rejects with the first error and starts no task after it', async () => {
      const started: number[] = [];
      await assert.rejects(
        runOrdered({
          tasks: Array.from({ length: 20 }, (_, index) => index),
          workers: [1, 2],
          window: 4,
          work: async (task) => {
            started.push(task);
            await pause(1);
            return task;
          },
          deliver: async (_, index) => {
            if (index === 3) throw new Error('disk full');
          },
        }),
        /disk full/,
      );
      assert.ok(started.length < 20, `started ${started.length} tasks`);
    });
  });

  describe('shards', () => {
    const files = Array.from({ length: 300 }, (_, index) => `part-${index % 7}/document-${index}.txt`);

    it('puts every file in exactly one shard of any count', () => {
      for (const count of [1, 2, 3, 5, 8]) {
        for (const file of files) {
          const shards = Array.from({ length: count }, (_, index) => index + 1).filter((index) => inShard(file, { index, count }));
          assert.equal(shards.length, 1, `${file} in ${shards.length} of ${count} shards`);
        }
        const sizes = Array.from({ length: count }, (_, index) => files.filter((file) => inShard(file, { index: index + 1, count })).length);
        assert.ok(Math.min(...sizes) > (files.length / count) * 0.6, `uneven shares ${sizes.join(', ')}`);
      }
    });

    it('keys a file by its path within the folder given, with forward slashes, wherever the folder is', () => {
      const here = { kind: 'file' as const, path: path.join('/mnt/archive', 'a', 'b.txt'), input: '/mnt/archive' };
      const there = { kind: 'file' as const, path: path.join('/data/copy', 'a', 'b.txt'), input: '/data/copy' };
      assert.equal(shardKey(here, ['/mnt/archive']), 'a/b.txt');
      assert.equal(shardKey(there, ['/data/copy']), 'a/b.txt');
      assert.equal(shardKey({ kind: 'file', path: '/x/y/c.md', input: '/x/y/c.md' }, []), 'c.md', 'a file given by name: its name');
    });
  });
});
