// The engine's entry points: analyse a text once, or keep a DocumentAnalyzer to re-analyse it cheaply after edits.
import { DecisionsComparison, decide, type ActorPlan, type Decisions } from './decisions';
import { normaliseIsoDate, parseDocumentDateHeader } from './dates/documentDate';
import { emitChunk, moveChunk, type Chunk } from './emission';
import { analyzeParagraph, type ParagraphAnalysis } from './paragraph';
import { replaceRange } from './text/arrays';
import { withoutDotsAndApostrophes } from './text/chars';
import { partitionPoint } from './text/sorted';
import { LineIndex, blankLineBetween, commonPrefixLength, commonSuffixLength, splitParagraphs, type ParagraphSpan } from './text/paragraphs';
import type { Actor, Analysis, AnalyzeOptions, Mention } from './types';

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** What the last analysis left behind for the next one. */
interface PreviousRun {
  text: string;
  lines: LineIndex;
  spans: ParagraphSpan[];
  paragraphs: ParagraphAnalysis[];
  bases: Int32Array;
  decisions: Decisions;
  chunks: Chunk[];
  /** The joined results, filled again in place by the next run. */
  result: Collected;
  /** Each shown actor's place in `result.actors`, by id. */
  actorIndex: Map<string, number>;
  /** The same places by the actors' indices in `decisions` (-1: not shown). */
  actorAtSlot: Int32Array;
}

type Collected = Pick<Analysis, 'entities' | 'actors' | 'quotes' | 'claims' | 'sentences'>;

/**
 * Analyses a document again and again as it is edited. Each paragraph's own findings are cached by
 * its text; the document-wide decisions (types, actors, speakers) are kept while no paragraph's
 * structure changes; and the results of paragraphs that did not change are reused, or only moved
 * when an edit before them shifted their offsets. A one-character edit thus re-reads one paragraph.
 *
 * A result's arrays, actors, entities, mentions, quotes, claims and sentences are shared with the next
 * call's result, which fills and moves them in place: copy a result (structuredClone) to keep it beside
 * a later one.
 */
export class DocumentAnalyzer {
  private cache = new Map<string, ParagraphAnalysis>();
  private cacheDate: string | null = null;
  private previous: PreviousRun | undefined;
  private readonly ignored: Set<string>;

  constructor(private readonly options: AnalyzeOptions = {}) {
    this.ignored = new Set((options.ignoreNames ?? []).map((n) => withoutDotsAndApostrophes(n.toLowerCase()).trim()).filter(Boolean));
  }

  analyze(text: string): Analysis {
    const started = now();
    const header = parseDocumentDateHeader(text);
    const callerDate = this.options.documentDate ? normaliseIsoDate(this.options.documentDate) : null;
    const documentDate = header?.date ?? callerDate;
    if (documentDate !== this.cacheDate) {
      this.cache.clear();
      this.previous = undefined;
      this.cacheDate = documentDate;
    }
    const previous = this.previous;
    // The previous run's state is spent from here on: its spans, table of names and results are updated
    // and moved in place. Should anything fail, the next call starts afresh rather than from half-updated state.
    this.previous = undefined;
    // After an edit, only the paragraphs around the changed stretch are split and read again; the
    // others keep their findings, found by position rather than by hashing their text.
    const change = previous ? changedStretch(previous.text, text) : undefined;
    const lines = previous && change ? LineIndex.afterEdit(previous.lines, text, change.start, change.oldEnd, change.delta) : LineIndex.of(text);
    const edit = previous && change ? reuseAround(previous, text, change) : undefined;
    const spans = edit ? edit.spans : paragraphSpans(text, header);
    const paragraphs = new Array<ParagraphAnalysis>(spans.length);
    for (let i = 0; i < spans.length; i++) {
      const reused = edit?.oldIndexOf(i) ?? -1;
      if (reused >= 0 && previous) {
        paragraphs[i] = previous.paragraphs[reused];
        continue;
      }
      const key = text.slice(spans[i].start, spans[i].end);
      let found = this.cache.get(key);
      if (!found) {
        found = analyzeParagraph(key, documentDate);
        this.cache.set(key, found);
      }
      paragraphs[i] = found;
    }
    // The text-keyed cache serves undo and paste; keep it from growing past the document.
    if (this.cache.size > 2 * paragraphs.length + 64) {
      this.cache = new Map();
      for (let i = 0; i < spans.length; i++) this.cache.set(text.slice(spans[i].start, spans[i].end), paragraphs[i]);
    }
    // Paragraph starts in a typed array: every pass over the paragraphs reads them, and a plain array's kind
    // would vary with how it was built, pushing those passes out of optimized code.
    const bases = new Int32Array(spans.length);
    for (let i = 0; i < spans.length; i++) bases[i] = spans[i].start;

    const sameStructure = previous !== undefined && sameStructureAs(previous.decisions.structure, paragraphs);
    const decisions = sameStructure ? previous.decisions : decide(paragraphs, bases, this.options, this.ignored, previous?.decisions);
    const context = { text, lines, paragraphs, bases, decisions };
    // Under new decisions, an unchanged paragraph keeps its results when its own decisions did not change.
    let comparison: DecisionsComparison | undefined;
    // With as many paragraphs as before, each chunk is read before its place is written: fill the array again.
    const chunks = previous && previous.chunks.length === paragraphs.length ? previous.chunks : new Array<Chunk>(paragraphs.length);
    const chunkAt = (pi: number, p: ParagraphAnalysis): Chunk => {
      const was = previous === undefined ? -1 : edit ? edit.oldIndexOf(pi) : previous.paragraphs.length === paragraphs.length ? pi : -1;
      if (previous && was >= 0 && previous.paragraphs[was] === p) {
        const old = previous.chunks[was];
        const delta = bases[pi] - previous.bases[was];
        const shift = pi - was;
        // A chunk that used offsets of another paragraph moves only if that paragraph moved with it.
        const movable = borrowsMoved(old.borrows, previous, paragraphs, bases, shift, delta);
        const kept = decisions === previous.decisions || (comparison ??= new DecisionsComparison(previous.decisions, decisions)).sameParagraph(was, pi);
        if (movable && kept) {
          const lineDelta = lines.lineAt(bases[pi]) - old.line;
          const claimShift = decisions.claimBase[pi] - previous.decisions.claimBase[was];
          if (claimShift !== 0) renumbered = true;
          return delta === 0 && lineDelta === 0 && shift === 0 && claimShift === 0 ? old : moveChunk(old, delta, lineDelta, shift, claimShift);
        }
      }
      return emitChunk(pi, context);
    };
    // Chunks written over in place, with what they held, for joining only what changed.
    const inPlace = previous !== undefined && chunks === previous.chunks;
    const replaced: Replaced[] = [];
    let renumbered = false;
    for (let pi = 0; pi < paragraphs.length; pi++) {
      const old = chunks[pi];
      chunks[pi] = chunkAt(pi, paragraphs[pi]);
      if (inPlace && chunks[pi] !== old) replaced.push({ index: pi, old });
    }
    const { result, actorIndex, actorAtSlot } =
      (inPlace && previous && !renumbered && rejoin(chunks, decisions, previous, replaced)) || collect(chunks, decisions, previous);
    this.previous = { text, lines, spans, paragraphs, bases, decisions, chunks, result, actorIndex, actorAtSlot };
    const warnings: string[] = [];
    if (this.options.documentDate && !callerDate) warnings.push(`Ignored the reference date "${this.options.documentDate}": not a calendar date in YYYY-MM-DD form.`);
    if (!documentDate) warnings.push('No document date: relative dates ("Monday", "last week") are marked but not resolved.');
    let tokenCount = 0;
    for (let pi = 0; pi < paragraphs.length; pi++) tokenCount += paragraphs[pi].tokenCount;
    return {
      schema: 1,
      document: this.options.document ?? 'untitled',
      documentDate,
      documentDateSource: header ? 'header' : callerDate ? 'caller' : null,
      ...result,
      stats: {
        characters: text.length,
        lines: lines.lineCount,
        paragraphs: paragraphs.length,
        sentences: result.sentences.length,
        tokens: tokenCount,
        elapsedMs: Math.round((now() - started) * 100) / 100,
      },
      warnings,
    };
  }
}

/** Whether the paragraphs have the structure fingerprints decisions were made from, one by one. */
function sameStructureAs(structure: Float64Array, paragraphs: readonly ParagraphAnalysis[]): boolean {
  if (structure.length !== paragraphs.length) return false;
  for (let pi = 0; pi < paragraphs.length; pi++) if (paragraphs[pi].structureFingerprint !== structure[pi]) return false;
  return true;
}

/** Analyses one text from scratch. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return new DocumentAnalyzer(options).analyze(text);
}

/** Paragraphs, with the inline date header on its own: it is metadata, not the opening sentence's first words. */
function paragraphSpans(text: string, header: { start: number; end: number } | null): ParagraphSpan[] {
  const spans = splitParagraphs(text);
  if (header && spans.length > 0 && spans[0].start <= header.start && header.end < spans[0].end) {
    const rest = { start: header.end, end: spans[0].end };
    while (rest.start < rest.end && /\s/.test(text[rest.start])) rest.start++;
    spans.splice(0, 1, { start: spans[0].start, end: header.end }, rest);
  }
  return spans;
}

/** How the paragraphs of a new text relate to the previous text's: spans, and which are unchanged. */
interface EditReuse {
  spans: ParagraphSpan[];
  /** The previous index of an unchanged paragraph at new index `i`, or -1. */
  oldIndexOf(i: number): number;
}

/** Paragraphs separated by blank lines from an edit are not affected by it; look no further than this for one. */
const MAX_RESPLIT_PARAGRAPHS = 64;

/** What an edit changed: old text [start, oldEnd) became new text [start, oldEnd + delta). */
interface ChangedStretch {
  start: number;
  oldEnd: number;
  delta: number;
}

/** The stretch between the longest common prefix and suffix of two texts. */
function changedStretch(old: string, text: string): ChangedStretch {
  const start = commonPrefixLength(old, text);
  const suffix = commonSuffixLength(old, text, Math.min(old.length, text.length) - start);
  return { start, oldEnd: old.length - suffix, delta: text.length - old.length };
}

/**
 * Finds the stretch an edit changed (common prefix and suffix with the previous text), re-splits only
 * the paragraphs around it — widened to blank lines, where splitting can restart — and keeps the
 * rest, shifted. Returns undefined when a full split is simpler (edits near the date header, huge
 * rewrites, documents without blank lines).
 */
function reuseAround(previous: PreviousRun, text: string, change: ChangedStretch): EditReuse | undefined {
  const old = previous.text;
  const oldSpans = previous.spans;
  if (oldSpans.length < 3) return undefined;
  const prefix = change.start;
  const delta = change.delta;
  const oldChangeEnd = change.oldEnd;
  // The paragraphs around the change: the last one starting at or before it and the first one ending
  // at or after it, so that a change in the gap between two paragraphs re-splits both.
  let a = 0;
  while (a + 1 < oldSpans.length && oldSpans[a + 1].start <= prefix) a++;
  let b = oldSpans.length - 1;
  while (b > 0 && oldSpans[b - 1].end >= oldChangeEnd) b--;
  if (b < a) b = a;
  // Widen to blank lines on both sides, so that splitting restarts exactly as a full split would.
  let steps = 0;
  while (a > 0 && !blankLineBetween(old, oldSpans[a - 1].end, oldSpans[a].start) && steps++ < MAX_RESPLIT_PARAGRAPHS) a--;
  while (b < oldSpans.length - 1 && !blankLineBetween(old, oldSpans[b].end, oldSpans[b + 1].start) && steps++ < MAX_RESPLIT_PARAGRAPHS) b++;
  if (steps >= MAX_RESPLIT_PARAGRAPHS || a <= 1 || b >= oldSpans.length - 1) return undefined;
  // Re-split from the end of paragraph a-1 to the start of paragraph b+1 (new coordinates).
  const from = oldSpans[a - 1].end;
  const to = oldSpans[b + 1].start + delta;
  if (to <= from || from > prefix) return undefined;
  const middle = splitParagraphs(text, from, to).filter((span) => span.end > span.start);
  // The previous run's spans are spent: shift those after the change and put the new ones in place.
  for (let i = b + 1; i < oldSpans.length; i++) {
    oldSpans[i].start += delta;
    oldSpans[i].end += delta;
  }
  const spans = oldSpans;
  replaceRange(spans, a, b + 1 - a, middle);
  const firstAfter = a + middle.length;
  const shiftBack = b + 1 - firstAfter;
  return { spans, oldIndexOf: (i) => (i < a ? i : i >= firstAfter ? i + shiftBack : -1) };
}

/** Whether every paragraph a chunk took offsets from is the same paragraph, `shift` places and `delta` characters on. */
function borrowsMoved(borrows: readonly number[], previous: PreviousRun, paragraphs: readonly ParagraphAnalysis[], bases: Int32Array, shift: number, delta: number): boolean {
  for (let i = 0; i < borrows.length; i++) {
    const b = borrows[i];
    if (previous.paragraphs[b] !== paragraphs[b + shift] || bases[b + shift] - previous.bases[b] !== delta) return false;
  }
  return true;
}

/**
 * Joins the paragraphs' results, and gives each actor its mentions and claims in reading order. The
 * previous run's arrays and actors are filled again in place: a megabyte's results are tens of thousands
 * of entries, and joining them into new arrays on every keystroke kept the garbage collector busy.
 */
function collect(chunks: readonly Chunk[], decisions: Decisions, previous: PreviousRun | undefined): { result: Collected; actorIndex: Map<string, number>; actorAtSlot: Int32Array } {
  let actors: Actor[];
  let actorIndex: Map<string, number>;
  let actorAtSlot: Int32Array;
  if (previous && (previous.decisions === decisions || sameShownActors(previous, decisions))) {
    // The same actors under the same ids, in the same order: only what they are called may differ.
    actors = previous.result.actors;
    actorIndex = previous.actorIndex;
    actorAtSlot = previous.actorAtSlot;
    if (previous.decisions !== decisions) renameActors(actors, decisions);
  } else {
    actors = [];
    actorIndex = new Map<string, number>();
    actorAtSlot = new Int32Array(decisions.actors.length).fill(-1);
    for (let k = 0; k < decisions.actorOrder.length; k++) {
      const index = decisions.actorOrder[k];
      actorAtSlot[index] = actors.length;
      const plan = decisions.actors[index];
      const keptAt = previous?.actorIndex.get(plan.id);
      const kept = keptAt === undefined ? undefined : previous?.result.actors[keptAt];
      actorIndex.set(plan.id, actors.length);
      if (kept) {
        renameActor(kept, plan);
        actors.push(kept);
      } else {
        actors.push({ id: plan.id, name: plan.name, type: plan.type, aliases: plan.aliases, roles: plan.roles, mentions: [], claimIds: [] });
      }
    }
  }
  let entityCount = 0;
  let quoteCount = 0;
  let claimCount = 0;
  let sentenceCount = 0;
  for (let ci = 0; ci < chunks.length; ci++) {
    const chunk = chunks[ci];
    entityCount += chunk.entities.length;
    quoteCount += chunk.quotes.length;
    claimCount += chunk.claims.length;
    sentenceCount += chunk.sentences.length;
  }
  const entities = resized(previous?.result.entities, entityCount);
  const quotes = resized(previous?.result.quotes, quoteCount);
  const claims = resized(previous?.result.claims, claimCount);
  const sentences = resized(previous?.result.sentences, sentenceCount);
  // Actors' lists are written over from the start and cut to length at the end, which keeps their storage.
  const mentionCount = new Int32Array(actors.length);
  const claimIdCount = new Int32Array(actors.length);
  let e = 0;
  let q = 0;
  let c = 0;
  let s = 0;
  // Indexed loops: this runs on every edit, often before the optimizing compiler has reached it, and
  // for-of there makes an iterator result per element.
  for (let ci = 0; ci < chunks.length; ci++) {
    const chunk = chunks[ci];
    for (let i = 0; i < chunk.entities.length; i++) entities[e++] = chunk.entities[i];
    for (let i = 0; i < chunk.quotes.length; i++) quotes[q++] = chunk.quotes[i];
    for (let i = 0; i < chunk.sentences.length; i++) sentences[s++] = chunk.sentences[i];
    const chunkClaims = chunk.claims;
    for (let k = 0; k < chunkClaims.length; k++) {
      const claim = chunkClaims[k];
      claims[c++] = claim;
      const at = claim.speakerId === null ? -1 : placeOf(claim.speakerId, chunk.claimSlots[k], actors, actorAtSlot, actorIndex);
      if (at >= 0) actors[at].claimIds[claimIdCount[at]++] = claim.id;
    }
    const mentionActors = chunk.mentionActors;
    for (let i = 0; i < mentionActors.length; i++) {
      const at = placeOf(mentionActors[i], chunk.mentionSlots[i], actors, actorAtSlot, actorIndex);
      if (at >= 0) actors[at].mentions[mentionCount[at]++] = chunk.mentions[i];
    }
  }
  for (let at = 0; at < actors.length; at++) {
    actors[at].mentions.length = mentionCount[at];
    actors[at].claimIds.length = claimIdCount[at];
  }
  return { result: { entities, actors, quotes, claims, sentences }, actorIndex, actorAtSlot };
}

/** A chunk written over by the run: its place and what it held. */
interface Replaced {
  index: number;
  old: Chunk;
}

/** Beyond this many changed chunks, joining everything again is as quick. */
const MAX_REJOINED_CHUNKS = 8;
const MAX_SPLICED_ITEMS = 10_000;

/**
 * Joins again only the chunks an edit replaced, in the previous run's arrays and actors' lists: every
 * other chunk is the previous one (moved in place), so it sits where it was. Undefined when that does not
 * hold: other actors shown, claims renumbered, or too many chunks replaced.
 */
function rejoin(chunks: readonly Chunk[], decisions: Decisions, previous: PreviousRun, replaced: readonly Replaced[]): { result: Collected; actorIndex: Map<string, number>; actorAtSlot: Int32Array } | undefined {
  if (replaced.length > MAX_REJOINED_CHUNKS) return undefined;
  if (previous.decisions !== decisions && !sameShownActors(previous, decisions)) return undefined;
  for (const { index, old } of replaced) {
    const chunk = chunks[index];
    if (chunk.claims.length !== old.claims.length) return undefined;
    // A paragraph of tens of thousands of entities is joined the long way.
    if (Math.max(chunk.entities.length, chunk.quotes.length, chunk.sentences.length) > MAX_SPLICED_ITEMS) return undefined;
  }
  const { result, actorIndex, actorAtSlot } = previous;
  const actors = result.actors;
  if (previous.decisions !== decisions) renameActors(actors, decisions);
  // Where each replaced chunk starts in the joined arrays: the lengths of the chunks before it.
  let entity = 0;
  let quote = 0;
  let sentence = 0;
  let next = 0;
  for (const { index, old } of replaced) {
    for (; next < index; next++) {
      entity += chunks[next].entities.length;
      quote += chunks[next].quotes.length;
      sentence += chunks[next].sentences.length;
    }
    const chunk = chunks[index];
    replaceRange(result.entities, entity, old.entities.length, chunk.entities);
    replaceRange(result.quotes, quote, old.quotes.length, chunk.quotes);
    replaceRange(result.sentences, sentence, old.sentences.length, chunk.sentences);
    // As many claims as before, so the same ids in the same places; their speakers may have changed.
    const claimsBefore = decisions.claimBase[index];
    for (let k = 0; k < chunk.claims.length; k++) {
      result.claims[claimsBefore + k] = chunk.claims[k];
      const was = old.claims[k];
      const now = chunk.claims[k];
      if (was.speakerId === now.speakerId) continue;
      if (was.speakerId !== null) {
        const at = placeOf(was.speakerId, old.claimSlots[k], actors, actorAtSlot, actorIndex);
        if (at >= 0) removeItem(actors[at].claimIds, was.id);
      }
      if (now.speakerId !== null) {
        const at = placeOf(now.speakerId, chunk.claimSlots[k], actors, actorAtSlot, actorIndex);
        if (at >= 0) insertClaimId(actors[at].claimIds, now.id);
      }
    }
    for (let i = 0; i < old.mentions.length; i++) {
      const at = placeOf(old.mentionActors[i], old.mentionSlots[i], actors, actorAtSlot, actorIndex);
      if (at >= 0) removeItem(actors[at].mentions, old.mentions[i]);
    }
    for (let i = 0; i < chunk.mentions.length; i++) {
      const at = placeOf(chunk.mentionActors[i], chunk.mentionSlots[i], actors, actorAtSlot, actorIndex);
      if (at >= 0) insertMention(actors[at].mentions, chunk.mentions[i]);
    }
    entity += chunk.entities.length;
    quote += chunk.quotes.length;
    sentence += chunk.sentences.length;
    next = index + 1;
  }
  return { result, actorIndex, actorAtSlot };
}

function removeItem<T>(list: T[], item: T): void {
  const at = list.lastIndexOf(item);
  if (at >= 0) list.splice(at, 1);
}

/** Inserts a mention after those that start before or with it: the list stays in reading order. */
function insertMention(mentions: Mention[], mention: Mention): void {
  mentions.splice(partitionPoint(mentions.length, (i) => mentions[i].start <= mention.start), 0, mention);
}

/** Inserts a claim id in numeric order ("c9" before "c10"): claims are numbered in reading order. */
function insertClaimId(ids: string[], id: string): void {
  const number = Number(id.slice(1));
  let at = ids.length;
  while (at > 0 && Number(ids[at - 1].slice(1)) > number) at--;
  ids.splice(at, 0, id);
}

/** Gives the shown actors (the same, in the same order) what new decisions call them. */
function renameActors(actors: readonly Actor[], decisions: Decisions): void {
  for (let k = 0; k < decisions.actorOrder.length; k++) renameActor(actors[k], decisions.actors[decisions.actorOrder[k]]);
}

/** Gives a kept actor what its plan now calls it; its id, mentions and claims are settled elsewhere. */
function renameActor(actor: Actor, plan: ActorPlan): void {
  actor.name = plan.name;
  actor.type = plan.type;
  actor.aliases = plan.aliases;
  actor.roles = plan.roles;
}

/** Whether new decisions show the previous run's actors, slot by slot, under the same ids and in the same order. */
function sameShownActors(previous: PreviousRun, decisions: Decisions): boolean {
  const order = decisions.actorOrder;
  const before = previous.decisions.actorOrder;
  if (order.length !== before.length || previous.result.actors.length !== order.length) return false;
  for (let k = 0; k < order.length; k++) if (order[k] !== before[k] || decisions.actors[order[k]].id !== previous.result.actors[k].id) return false;
  return true;
}

/** An actor's place among the shown ones: by the index it was emitted with while that still holds its id, else by id. */
function placeOf(id: string, slot: number, actors: readonly Actor[], actorAtSlot: Int32Array, actorIndex: ReadonlyMap<string, number>): number {
  const at = slot < actorAtSlot.length ? actorAtSlot[slot] : -1;
  if (at >= 0 && actors[at].id === id) return at;
  return actorIndex.get(id) ?? -1;
}

/** The previous run's array cut or grown to `length`, or a new one sized up front. */
function resized<T>(array: T[] | undefined, length: number): T[] {
  if (!array) return new Array<T>(length);
  array.length = length;
  return array;
}
