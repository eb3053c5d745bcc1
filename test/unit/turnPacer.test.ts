// The host's long loops take turns of the event loop: one loop per turn, none starved, other work in between.
import * as assert from 'assert';
import { Pacer, SLICE_MS } from '../../src/worker/turnPacer';

/** Busy work of a known length, standing for a piece of a loop (decoding a chunk, reading a part of the text). */
function work(milliseconds: number): void {
  const until = performance.now() + milliseconds;
  while (performance.now() < until) {
    // Holding the thread is the point.
  }
}

/** Counts turns of the event loop, by an immediate that queues itself until stopped. */
function turnCounter(): { readonly turn: number; stop(): void } {
  let turn = 0;
  let running = true;
  const tick = (): void => {
    turn += 1;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return {
    get turn() {
      return turn;
    },
    stop: () => {
      running = false;
    },
  };
}

describe('turnPacer', () => {
  const PIECE_MS = 2;

  async function loop(name: string, pieces: number, log: Array<{ name: string; turn: number }>, counter: { readonly turn: number }): Promise<void> {
    const pacer = new Pacer();
    for (let piece = 0; piece < pieces; piece++) {
      await pacer.pace();
      log.push({ name, turn: counter.turn });
      work(PIECE_MS);
    }
  }

  it('runs one loop per turn, for a slice at most, and lets the loops take turns', async () => {
    const counter = turnCounter();
    const log: Array<{ name: string; turn: number }> = [];
    try {
      await Promise.all([loop('decode', 30, log, counter), loop('send', 30, log, counter), loop('outline', 10, log, counter)]);
    } finally {
      counter.stop();
    }
    assert.strictEqual(log.length, 70);
    const turns = new Map<number, string[]>();
    for (const entry of log) turns.set(entry.turn, [...(turns.get(entry.turn) ?? []), entry.name]);
    for (const [turn, names] of turns) {
      assert.strictEqual(new Set(names).size, 1, `turn ${turn} ran ${names.join(', ')}`);
      // A loop checks the clock before each piece: on a busy machine it does fewer pieces, never more.
      assert.ok(names.length <= Math.floor(SLICE_MS / PIECE_MS) + 1, `turn ${turn} ran ${names.length} pieces`);
    }
    // First come, first served: while all three have work, none gets two turns in a row.
    const owners = [...turns.keys()].sort((a, b) => a - b).map((turn) => turns.get(turn)?.[0]);
    const whileAllBusy = owners.slice(0, owners.lastIndexOf('outline') + 1);
    assert.ok(whileAllBusy.length >= 3, `turns: ${owners.join(' ')}`);
    for (let index = 1; index < whileAllBusy.length; index++) assert.notStrictEqual(whileAllBusy[index], whileAllBusy[index - 1], `turns: ${owners.join(' ')}`);
  });

  it('lets a timer run between two slices of one loop', async () => {
    const fired: number[] = [];
    const started = performance.now();
    const timer = setInterval(() => fired.push(performance.now() - started), 1);
    try {
      const counter = turnCounter();
      await loop('alone', 20, [], counter);
      counter.stop();
    } finally {
      clearInterval(timer);
    }
    // Forty milliseconds of work in slices of eight: the timer got in between them.
    assert.ok(fired.length >= 3, `the timer ran ${fired.length} times`);
  });

  it('starts a loop at a turn of its own, after the code that started it and its promises', async () => {
    const order: string[] = [];
    const started = (async () => {
      await new Pacer().pace();
      order.push('loop');
    })();
    order.push('caller');
    await Promise.resolve();
    order.push('promises');
    await started;
    assert.deepStrictEqual(order, ['caller', 'promises', 'loop']);
  });
});
