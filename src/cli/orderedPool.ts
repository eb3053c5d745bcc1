// Runs tasks on a few workers at once and hands the results over in the tasks' order, holding at most a window of
// finished results: output stays deterministic and memory stays bounded whatever order the workers finish in.

export interface OrderedPoolOptions<Task, Worker, Result> {
  tasks: readonly Task[];
  workers: readonly Worker[];
  /** How many tasks may be started beyond the first one not yet handed over. */
  window: number;
  work: (task: Task, worker: Worker) => Promise<Result>;
  /** Called once per task, in task order, one at a time. */
  deliver: (result: Result, index: number) => Promise<void>;
}

/** Resolves once every result is delivered; rejects with the first error `deliver` or `work` threw, starting no new task after it. */
export function runOrdered<Task, Worker, Result>(options: OrderedPoolOptions<Task, Worker, Result>): Promise<void> {
  const { tasks, workers, work, deliver } = options;
  const window = Math.max(1, options.window);
  const ready = new Map<number, Result>();
  let next = 0;
  let delivered = 0;
  let failure: { error: unknown } | undefined;
  let waiters: Array<() => void> = [];
  let draining: Promise<void> = Promise.resolve();

  const wake = (): void => {
    const woken = waiters;
    waiters = [];
    for (const resume of woken) resume();
  };
  const fail = (error: unknown): void => {
    failure ??= { error };
    wake();
  };
  const drain = async (): Promise<void> => {
    while (failure === undefined && ready.has(delivered)) {
      const result = ready.get(delivered) as Result;
      ready.delete(delivered);
      await deliver(result, delivered);
      delivered++;
      wake();
    }
  };
  const loop = async (worker: Worker): Promise<void> => {
    for (;;) {
      while (failure === undefined && next < tasks.length && next >= delivered + window) {
        await new Promise<void>((resume) => waiters.push(resume));
      }
      if (failure !== undefined || next >= tasks.length) return;
      const index = next++;
      try {
        ready.set(index, await work(tasks[index], worker));
      } catch (error) {
        fail(error);
        return;
      }
      draining = draining.then(drain).catch(fail);
    }
  };
  return Promise.all(workers.map(loop))
    .then(() => draining)
    .then(() => {
      if (failure !== undefined) throw failure.error;
    });
}
