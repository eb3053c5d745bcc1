// The mentions speaker resolution looks back to ("he" → the last person mentioned), in reading order.
import { lowerBound } from '../../text/sorted';

/**
 * The mentions the resolver looks back to, in reading order, kept as parallel typed arrays: a long document has
 * tens of thousands and none needs an object.
 */
export class MentionTable {
  starts: Int32Array;
  actors: Int32Array;
  paragraphs: Int32Array;
  /** 1 when the mention is the subject of its sentence (its first name outside a prepositional phrase). */
  subjects: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.actors = new Int32Array(capacity);
    this.paragraphs = new Int32Array(capacity);
    this.subjects = new Uint8Array(capacity);
  }

  push(start: number, actor: number, paragraph: number, subject: boolean): void {
    const i = this.length++;
    if (i === this.starts.length) this.grow();
    this.starts[i] = start;
    this.actors[i] = actor;
    this.paragraphs[i] = paragraph;
    this.subjects[i] = subject ? 1 : 0;
  }

  /** Adds mentions [from, to) of `other`, `delta` characters on: a paragraph's mentions as an earlier table placed them. */
  pushMoved(other: MentionTable, from: number, to: number, delta: number): void {
    const at = this.length;
    while (at + to - from > this.starts.length) this.grow();
    // Element by element: a paragraph has a few mentions, and views to copy them through would each be an object.
    for (let i = from, j = at; i < to; i++, j++) {
      this.starts[j] = other.starts[i] + delta;
      this.actors[j] = other.actors[i];
      this.paragraphs[j] = other.paragraphs[i];
      this.subjects[j] = other.subjects[i];
    }
    this.length = at + to - from;
  }

  private grow(): void {
    const capacity = Math.max(16, this.starts.length * 2);
    const grown = new MentionTable(capacity);
    grown.starts.set(this.starts);
    grown.actors.set(this.actors);
    grown.paragraphs.set(this.paragraphs);
    grown.subjects.set(this.subjects);
    this.starts = grown.starts;
    this.actors = grown.actors;
    this.paragraphs = grown.paragraphs;
    this.subjects = grown.subjects;
  }
}

/** Which mentions a look-back accepts. */
export type MentionTest = (actor: number, paragraph: number, subject: boolean) => boolean;

/** How many mentions a look-back reads at most; decisions rely on it to know how far an edit reaches. */
export const MAX_LOOKBACK = 400;

/** The actor of the latest mention before `at` that passes `accept`, no further back than paragraph `minParagraph`. */
export function lastMentionBefore(mentions: MentionTable, at: number, accept: MentionTest, minParagraph = -1): number | undefined {
  const i = lastMentionIndexBefore(mentions, at, accept, minParagraph);
  return i >= 0 ? mentions.actors[i] : undefined;
}

/** Like lastMentionBefore, but the mention's index in the table (-1 for none), so its place can be weighed. */
export function lastMentionIndexBefore(mentions: MentionTable, at: number, accept: MentionTest, minParagraph = -1): number {
  const low = lowerBound(mentions.starts, mentions.length, at);
  // Look-backs are local by nature; the bound keeps long documents linear.
  for (let i = low - 1; i >= 0 && i >= low - MAX_LOOKBACK; i--) {
    if (mentions.paragraphs[i] < minParagraph) return -1;
    if (accept(mentions.actors[i], mentions.paragraphs[i], mentions.subjects[i] === 1)) return i;
  }
  return -1;
}

/** The actor of the first mention in a paragraph that passes `accept`. */
export function firstMentionIn(mentions: MentionTable, paragraph: number, accept: MentionTest): number | undefined {
  const low = lowerBound(mentions.paragraphs, mentions.length, paragraph);
  for (let i = low; i < mentions.length && mentions.paragraphs[i] === paragraph; i++) {
    if (accept(mentions.actors[i], paragraph, mentions.subjects[i] === 1)) return mentions.actors[i];
  }
  return undefined;
}
