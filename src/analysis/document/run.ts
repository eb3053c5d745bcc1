// What one analysis leaves behind for the next: the state incremental re-analysis starts from.
import type { ParagraphAnalysis } from '../paragraph/analyzeParagraph';
import type { LineIndex, ParagraphSpan } from '../text/paragraphs';
import type { Analysis } from '../types';
import type { Decisions } from './decisions/plans';
import type { Chunk } from './emission/emitChunk';

/** The joined results: what an Analysis lists. */
export type Collected = Pick<Analysis, 'entities' | 'actors' | 'quotes' | 'claims' | 'sentences'>;

/** The joined results, with where each shown actor sits in them. */
export interface Joined {
  result: Collected;
  /** Each shown actor's place in `result.actors`, by id. */
  actorIndex: Map<string, number>;
  /** The same places by the actors' indices in the decisions (-1: not shown). */
  actorAtSlot: Int32Array;
}

/** What the last analysis left behind for the next one. */
export interface PreviousRun extends Joined {
  /** The text as read, markup blanked out (see text/markup.ts). */
  text: string;
  /** The text as given, which results quote. */
  source: string;
  lines: LineIndex;
  spans: ParagraphSpan[];
  paragraphs: ParagraphAnalysis[];
  bases: Int32Array;
  decisions: Decisions;
  chunks: Chunk[];
}
