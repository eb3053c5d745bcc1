// Each paragraph's chunk after an edit: the previous one kept or moved when the paragraph and its decisions stand, else emitted.
import type { ParagraphAnalysis } from '../../paragraph/analyzeParagraph';
import type { Claim } from '../../types';
import { DecisionsComparison } from '../decisions/comparison';
import type { EditReuse } from '../edits';
import type { PreviousRun } from '../run';
import { emitChunk, type Chunk, type EmitContext } from './emitChunk';
import { moveChunk, type MovedVias } from './moveChunk';

/** A chunk written over by the run: its place and what it held. */
export interface Replaced {
  index: number;
  old: Chunk;
}

/** The run's chunks, and what joining them needs to know of how they came about. */
export interface ChunksPlaced {
  chunks: Chunk[];
  /** The previous run's array, written over: `replaced` lists what changed. */
  inPlace: boolean;
  replaced: Replaced[];
  /** Claims before some kept chunk were added or removed: its claims were numbered anew. */
  renumbered: boolean;
  /** Claims of kept chunks moved away from the mention their evidence was resolved through (see MovedVias). */
  unsettled: Claim[];
}

/**
 * The chunk of every paragraph. With as many paragraphs as before, each chunk is read before its place is written,
 * so the previous run's array is filled again, and what it held is noted for joining only what changed.
 */
export function placeChunks(context: EmitContext, previous: PreviousRun | undefined, edit: EditReuse | undefined): ChunksPlaced {
  const { paragraphs } = context;
  const kept = previous ? new KeptChunks(context, previous, edit) : undefined;
  const chunks = previous && previous.chunks.length === paragraphs.length ? previous.chunks : new Array<Chunk>(paragraphs.length);
  const inPlace = previous !== undefined && chunks === previous.chunks;
  const replaced: Replaced[] = [];
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const old = chunks[pi];
    chunks[pi] = kept?.chunkOf(pi, paragraphs[pi]) ?? emitChunk(pi, context);
    if (inPlace && chunks[pi] !== old) replaced.push({ index: pi, old });
  }
  const unsettled = kept ? kept.vias.unsettled : [];
  return { chunks, inPlace, replaced, renumbered: kept?.renumbered ?? false, unsettled };
}

/**
 * Which previous chunks stand: the same paragraph, moved with every paragraph it borrowed from, decided alike. Asked
 * once per paragraph on every edit, so what it reads is held in fields of its own.
 */
class KeptChunks {
  renumbered = false;
  readonly vias: MovedVias;
  /** Made when first needed: under the same decisions, every unchanged paragraph reads alike. */
  private comparison: DecisionsComparison | undefined;
  private readonly previousParagraphs: readonly ParagraphAnalysis[];
  private readonly previousBases: Int32Array;
  private readonly previousChunks: readonly Chunk[];
  private readonly paragraphs: readonly ParagraphAnalysis[];
  private readonly bases: Int32Array;
  /** Without an edit's own mapping, a paragraph keeps its index when the count is the same. */
  private readonly sameCount: boolean;

  constructor(
    private readonly context: EmitContext,
    private readonly previous: PreviousRun,
    private readonly edit: EditReuse | undefined,
  ) {
    this.previousParagraphs = previous.paragraphs;
    this.previousBases = previous.bases;
    this.previousChunks = previous.chunks;
    this.paragraphs = context.paragraphs;
    this.bases = context.bases;
    this.sameCount = previous.paragraphs.length === context.paragraphs.length;
    // Without an edit's own mapping, no stretch is known to have moved as a whole.
    this.vias = { from: edit ? edit.movedFrom : Number.POSITIVE_INFINITY, unsettled: [] };
  }

  /** The previous chunk of paragraph `pi`, moved in place where the edit shifted it; undefined when it must be emitted. */
  chunkOf(pi: number, p: ParagraphAnalysis): Chunk | undefined {
    const edit = this.edit;
    const was = edit ? edit.oldIndexOf(pi) : this.sameCount ? pi : -1;
    if (was < 0 || this.previousParagraphs[was] !== p) return undefined;
    const old = this.previousChunks[was];
    const delta = this.bases[pi] - this.previousBases[was];
    const shift = pi - was;
    // A chunk that used offsets of another paragraph moves only if that paragraph moved with it.
    if ((old.borrows.length > 0 && !this.borrowsMoved(old.borrows, shift, delta)) || !this.decidedAlike(was, pi)) return undefined;
    const { lines, decisions } = this.context;
    const lineDelta = lines.lineAt(this.bases[pi]) - old.line;
    const claimShift = decisions.claimBase[pi] - this.previous.decisions.claimBase[was];
    if (claimShift !== 0) this.renumbered = true;
    if (delta === 0 && lineDelta === 0 && shift === 0 && claimShift === 0) return old;
    return moveChunk(old, delta, lineDelta, shift, claimShift, this.vias);
  }

  /** Under new decisions, an unchanged paragraph keeps its results when its own decisions did not change. */
  private decidedAlike(was: number, pi: number): boolean {
    const decisions = this.context.decisions;
    if (decisions === this.previous.decisions) return true;
    this.comparison ??= new DecisionsComparison(this.previous.decisions, decisions);
    return this.comparison.sameParagraph(was, pi);
  }

  /** Whether every paragraph a chunk took offsets from is the same paragraph, `shift` places and `delta` characters on. */
  private borrowsMoved(borrows: readonly number[], shift: number, delta: number): boolean {
    const { previousParagraphs, previousBases, paragraphs, bases } = this;
    for (let i = 0; i < borrows.length; i++) {
      const b = borrows[i];
      if (previousParagraphs[b] !== paragraphs[b + shift] || bases[b + shift] - previousBases[b] !== delta) return false;
    }
    return true;
  }
}
