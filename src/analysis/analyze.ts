// The engine's entry points: analyse a text once, or keep a DocumentAnalyzer to re-analyse it cheaply after edits.
import { DecisionsComparison, decide, type Decisions } from './decisions';
import { normaliseIsoDate, parseDocumentDateHeader } from './documentDate';
import { emitChunk, moveChunk, type Chunk } from './emission';
import { analyzeParagraph, type ParagraphAnalysis } from './paragraph';
import { LineIndex, blankLineBetween, commonPrefixLength, commonSuffixLength, splitParagraphs, type ParagraphSpan } from './text';
import type { Actor, Analysis, AnalyzeOptions, Claim, Entity, Quote, Sentence } from './types';

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** What the last analysis left behind for the next one. */
interface PreviousRun {
  text: string;
  spans: ParagraphSpan[];
  paragraphs: ParagraphAnalysis[];
  bases: number[];
  decisions: Decisions;
  chunks: Chunk[];
}

/**
 * Analyses a document again and again as it is edited. Each paragraph's own findings are cached by
 * its text; the document-wide decisions (types, actors, speakers) are kept while no paragraph's
 * structure changes; and the results of paragraphs that did not change are reused, or only moved
 * when an edit before them shifted their offsets. A one-character edit thus re-reads one paragraph.
 *
 * A result's entities, mentions, quotes, claims and sentences are shared with the next call's result,
 * which moves them in place: copy a result (structuredClone) to keep it beside a later one.
 */
export class DocumentAnalyzer {
  private cache = new Map<string, ParagraphAnalysis>();
  private cacheDate: string | null = null;
  private previous: PreviousRun | undefined;
  private readonly ignored: Set<string>;

  constructor(private readonly options: AnalyzeOptions = {}) {
    this.ignored = new Set((options.ignoreNames ?? []).map((n) => n.toLowerCase().replace(/[.’']/g, '').trim()).filter(Boolean));
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
    const lines = new LineIndex(text);
    const previous = this.previous;
    // After an edit, only the paragraphs around the changed stretch are split and read again; the
    // others keep their findings, found by position rather than by hashing their text.
    const edit = previous ? reuseAround(previous, text) : undefined;
    const spans = edit ? edit.spans : paragraphSpans(text, header);
    const paragraphs: ParagraphAnalysis[] = [];
    for (let i = 0; i < spans.length; i++) {
      const reused = edit?.oldIndexOf(i) ?? -1;
      if (reused >= 0 && previous) {
        paragraphs.push(previous.paragraphs[reused]);
        continue;
      }
      const key = text.slice(spans[i].start, spans[i].end);
      let found = this.cache.get(key);
      if (!found) {
        found = analyzeParagraph(key, documentDate);
        this.cache.set(key, found);
      }
      paragraphs.push(found);
    }
    // The text-keyed cache serves undo and paste; keep it from growing past the document.
    if (this.cache.size > 2 * paragraphs.length + 64) {
      this.cache = new Map();
      for (let i = 0; i < spans.length; i++) this.cache.set(text.slice(spans[i].start, spans[i].end), paragraphs[i]);
    }
    const bases = spans.map((s) => s.start);

    // Deciding updates the previous decisions' table of names, and kept results are moved in place
    // below: the previous run's state is spent from here on, so should anything fail, the next call
    // starts afresh rather than from half-updated state.
    this.previous = undefined;
    const sameStructure = previous !== undefined && previous.decisions.structure.length === paragraphs.length && paragraphs.every((p, i) => p.structureFingerprint === previous.decisions.structure[i]);
    const decisions = sameStructure ? previous.decisions : decide(paragraphs, bases, this.options, this.ignored, previous?.decisions);
    const context = { text, lines, paragraphs, bases, decisions };
    // Under new decisions, an unchanged paragraph keeps its results when its own decisions did not change.
    let comparison: DecisionsComparison | undefined;
    const chunks = paragraphs.map((p, pi): Chunk => {
      const was = previous === undefined ? -1 : edit ? edit.oldIndexOf(pi) : previous.paragraphs.length === paragraphs.length ? pi : -1;
      if (previous && was >= 0 && previous.paragraphs[was] === p) {
        const old = previous.chunks[was];
        const delta = bases[pi] - previous.bases[was];
        const shift = pi - was;
        // A chunk that used offsets of another paragraph moves only if that paragraph moved with it.
        const movable = old.borrows.every((b) => previous.paragraphs[b] === paragraphs[b + shift] && bases[b + shift] - previous.bases[b] === delta);
        const kept = decisions === previous.decisions || (comparison ??= new DecisionsComparison(previous.decisions, decisions)).sameParagraph(was, pi);
        if (movable && kept) {
          const lineDelta = lines.lineAt(bases[pi]) - old.line;
          const claimShift = decisions.claimBase[pi] - previous.decisions.claimBase[was];
          return delta === 0 && lineDelta === 0 && shift === 0 && claimShift === 0 ? old : moveChunk(old, delta, lineDelta, shift, claimShift);
        }
      }
      return emitChunk(pi, context);
    });
    this.previous = { text, spans, paragraphs, bases, decisions, chunks };

    const result = collect(chunks, decisions);
    const warnings: string[] = [];
    if (this.options.documentDate && !callerDate) warnings.push(`Ignored the reference date "${this.options.documentDate}": not a calendar date in YYYY-MM-DD form.`);
    if (!documentDate) warnings.push('No document date: relative dates ("Monday", "last week") are marked but not resolved.');
    let tokenCount = 0;
    for (const p of paragraphs) tokenCount += p.tokenCount;
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

/**
 * Finds the stretch an edit changed (common prefix and suffix with the previous text), re-splits only
 * the paragraphs around it — widened to blank lines, where splitting can restart — and keeps the
 * rest, shifted. Returns undefined when a full split is simpler (edits near the date header, huge
 * rewrites, documents without blank lines).
 */
function reuseAround(previous: PreviousRun, text: string): EditReuse | undefined {
  const old = previous.text;
  const oldSpans = previous.spans;
  if (oldSpans.length < 3) return undefined;
  const prefix = commonPrefixLength(old, text);
  const suffix = commonSuffixLength(old, text, Math.min(old.length, text.length) - prefix);
  const delta = text.length - old.length;
  const oldChangeEnd = old.length - suffix;
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
  const spans = [...oldSpans.slice(0, a), ...middle, ...oldSpans.slice(b + 1).map((span) => ({ start: span.start + delta, end: span.end + delta }))];
  const firstAfter = a + middle.length;
  const shiftBack = b + 1 - firstAfter;
  return { spans, oldIndexOf: (i) => (i < a ? i : i >= firstAfter ? i + shiftBack : -1) };
}

/** Joins the paragraphs' results, and gives each actor its mentions and claims in reading order. */
function collect(chunks: readonly Chunk[], decisions: Decisions): Pick<Analysis, 'entities' | 'actors' | 'quotes' | 'claims' | 'sentences'> {
  const actorsById = new Map<string, Actor>();
  for (const index of decisions.actorOrder) {
    const plan = decisions.actors[index];
    actorsById.set(plan.id, { id: plan.id, name: plan.name, type: plan.type, aliases: plan.aliases, roles: plan.roles, mentions: [], claimIds: [] });
  }
  let entityCount = 0;
  let quoteCount = 0;
  let claimCount = 0;
  let sentenceCount = 0;
  for (const chunk of chunks) {
    entityCount += chunk.entities.length;
    quoteCount += chunk.quotes.length;
    claimCount += chunk.claims.length;
    sentenceCount += chunk.sentences.length;
  }
  // Sized up front: a megabyte's results are tens of thousands of objects.
  const entities = new Array<Entity>(entityCount);
  const quotes = new Array<Quote>(quoteCount);
  const claims = new Array<Claim>(claimCount);
  const sentences = new Array<Sentence>(sentenceCount);
  let e = 0;
  let q = 0;
  let c = 0;
  let s = 0;
  for (const chunk of chunks) {
    for (const entity of chunk.entities) entities[e++] = entity;
    for (const quote of chunk.quotes) quotes[q++] = quote;
    for (const sentence of chunk.sentences) sentences[s++] = sentence;
    for (const claim of chunk.claims) {
      claims[c++] = claim;
      if (claim.speakerId !== null) actorsById.get(claim.speakerId)?.claimIds.push(claim.id);
    }
    const mentionActors = chunk.mentionActors;
    for (let i = 0; i < mentionActors.length; i++) actorsById.get(mentionActors[i])?.mentions.push(chunk.mentions[i]);
  }
  // Actors in order of first appearance, as their ids were given.
  const actors = [...actorsById.values()];
  return { entities, actors, quotes, claims, sentences };
}
