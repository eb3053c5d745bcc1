// A line on a terminal's standard error that counts documents as a long run goes on, redrawn in place at most a few
// times a second, and taken away before any other message and at the end.
import type { CliOutput } from './output';

/** Redraws at most this often: a terminal's own pace, and little cost for thousands of documents. */
const REDRAW_MS = 200;
/** Carriage return, then erase to the end of the line. */
const CLEAR = '\r\u001b[K';

export class ProgressLine {
  private shown = false;
  private lastDrawn = 0;

  /**
   * @param output standard error; nothing is drawn unless a person reads it (a terminal)
   * @param now the clock, in milliseconds
   */
  constructor(
    private readonly output: CliOutput,
    private readonly enabled: boolean,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Shows `done` of `total`; the first and the last are always drawn, the ones between at most every REDRAW_MS. */
  update(done: number, total: number): void {
    if (!this.enabled || this.output.isTTY !== true) return;
    const time = this.now();
    if (done !== total && this.shown && time - this.lastDrawn < REDRAW_MS) return;
    this.output.write(`${CLEAR}sourcelens: ${done} of ${total} documents analysed`);
    this.shown = true;
    this.lastDrawn = time;
  }

  /** Takes the line away, so a message or the end of the run starts on a clean line. */
  clear(): void {
    if (!this.shown) return;
    this.output.write(CLEAR);
    this.shown = false;
  }
}
