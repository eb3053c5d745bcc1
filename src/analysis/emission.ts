// Turns one paragraph's findings and the document's decisions into result objects with absolute offsets.
import type { ClaimPlan, Decisions } from './decisions';
import type { ParagraphAnalysis } from './paragraph';
import { appendAll } from './text/arrays';
import type { LineIndex } from './text/paragraphs';
import type { Claim, Entity, Mention, MentionKind, Quote, Sentence, TextSpan } from './types';

/**
 * One paragraph's share of the result; kept, or moved in place, as a whole when the paragraph did not
 * change. It names actors by id, not by index, so that new decisions elsewhere leave it valid.
 */
export interface Chunk {
  base: number;
  /** Line of the paragraph's first character. */
  line: number;
  entities: Entity[];
  quotes: Quote[];
  /** Each claim's speaker is its `speakerId`. */
  claims: Claim[];
  sentences: Sentence[];
  /** In reading order. */
  mentions: Mention[];
  /** Actor id per mention, parallel to `mentions`. */
  mentionActors: string[];
  /**
   * The actors' indices in the decisions this chunk was emitted under, parallel to `mentions` and to
   * `claims`: where the same index still holds an actor of the same id, joining needs no look-up by id.
   */
  mentionSlots: number[];
  claimSlots: number[];
  /** Other paragraphs whose offsets this chunk used (a cue written in the paragraph before). */
  borrows: number[];
}

interface EmitContext {
  text: string;
  lines: LineIndex;
  paragraphs: readonly ParagraphAnalysis[];
  bases: Int32Array;
  decisions: Decisions;
}

function span(context: EmitContext, start: number, end: number): TextSpan {
  return { text: context.text.slice(start, end), start, end, line: context.lines.lineAt(start) };
}

/** The words, cue and speaker of a planned claim, in absolute offsets. */
function claimSpans(plan: ClaimPlan, context: EmitContext): { content: [number, number]; cue: [number, number]; speaker: [number, number] } {
  const { paragraphs, bases } = context;
  const p = paragraphs[plan.paragraph];
  const base = bases[plan.paragraph];
  let content: [number, number];
  switch (plan.content.kind) {
    case 'frame': {
      const frame = p.frames[plan.content.frame];
      content = [base + frame.contentStart, base + frame.contentEnd];
      break;
    }
    case 'quote': {
      const quote = p.quotes[plan.content.quote];
      content = [base + quote.contentStart, base + (quote.unclosed ? p.lastWordEnd : quote.contentEnd)];
      break;
    }
    case 'paragraph':
      content = [base, base + p.lastWordEnd];
      break;
  }
  let cue: [number, number];
  if (plan.cue.kind === 'frame') {
    const frame = paragraphs[plan.cue.paragraph].frames[plan.cue.frame];
    cue = [bases[plan.cue.paragraph] + frame.cueStart, bases[plan.cue.paragraph] + frame.cueEnd];
  } else {
    const offsets = paragraphs[plan.cue.paragraph].lead?.offsets;
    if (!offsets) throw new Error('a claim credited by the next paragraph\'s opening words planned where there are none');
    cue = [bases[plan.cue.paragraph] + offsets[2 * plan.cue.from], bases[plan.cue.paragraph] + offsets[2 * plan.cue.word + 1]];
  }
  let speaker: [number, number];
  if (plan.speaker.kind === 'frame') {
    const frame = paragraphs[plan.speaker.paragraph].frames[plan.speaker.frame];
    speaker = [bases[plan.speaker.paragraph] + frame.speakerStart, bases[plan.speaker.paragraph] + frame.speakerEnd];
  } else {
    const name = paragraphs[plan.speaker.paragraph].names[plan.speaker.name];
    speaker = [bases[plan.speaker.paragraph] + name.start, bases[plan.speaker.paragraph] + name.end];
  }
  return { content, cue, speaker };
}

/** Builds a paragraph's entities, mentions, claims, quotations and sentences. */
export function emitChunk(pi: number, context: EmitContext): Chunk {
  const { text, lines, paragraphs, bases, decisions } = context;
  const p = paragraphs[pi];
  const base = bases[pi];
  const placed: Array<{ actor: string; slot: number; mention: Mention }> = [];
  const mention = (actor: number, start: number, end: number, kind: MentionKind, written?: string): Mention => {
    const made: Mention = { text: written ?? text.slice(start, end), start, end, line: lines.lineAt(start), kind };
    placed.push({ actor: decisions.actors[actor].id, slot: actor, mention: made });
    return made;
  };

  // Names, then dates; a name overlapping a date gives way to it.
  const names: Entity[] = [];
  p.names.forEach((candidate, ci) => {
    const actor = decisions.nameActors[pi][ci];
    if (actor < 0) return;
    const plan = decisions.actors[actor];
    const start = base + candidate.start;
    const end = base + candidate.end;
    // A capital or other place name folded into a country's actor is a 'capital' mention of it.
    const folded = plan.type === 'PLACE' && candidate.key !== plan.key && candidate.key !== plan.name.toLowerCase();
    const made = mention(actor, start, end, folded ? 'capital' : 'name', candidate.text);
    const entity: Entity = { text: candidate.text, type: plan.type, start, end, line: made.line, actorId: plan.id };
    if (candidate.role) entity.role = candidate.role.text;
    names.push(entity);
  });
  const dates: Entity[] = p.dates.map((d) => {
    const entity: Entity = { text: d.text, type: 'DATE', start: base + d.start, end: base + d.end, line: lines.lineAt(base + d.start) };
    if (d.value !== undefined) entity.value = d.value;
    return entity;
  });
  const entities = mergeEntities(names, dates);

  // Role descriptions resolved to the person they describe.
  p.roles.forEach((role, ri) => {
    const actor = decisions.roleActors[pi][ri];
    if (actor >= 0 && role.text.includes(' ')) mention(actor, base + role.start, base + role.end, 'role');
  });

  // Nationality adjectives standing for a country named in the document.
  p.demonyms.forEach((demonym, di) => {
    const actor = decisions.demonymActors[pi][di];
    if (actor >= 0) mention(actor, base + demonym.start, base + demonym.end, 'demonym', demonym.text);
  });

  // Claims, and the quotations they rest on.
  const claims: Claim[] = [];
  const claimSlots: number[] = [];
  const borrows: number[] = [];
  const claimOfQuote = new Map<number, string>();
  const unmarked: Quote[] = [];
  const claimBase = decisions.claimBase[pi];
  decisions.claimsByParagraph[pi].forEach((plan, k) => {
    const id = claimId(claimBase + k);
    const actor = decisions.actors[plan.actor];
    const { content, cue, speaker } = claimSpans(plan, context);
    if (plan.cue.paragraph !== pi) borrows.push(plan.cue.paragraph);
    if (plan.speaker.paragraph !== pi && plan.speaker.paragraph !== plan.cue.paragraph) borrows.push(plan.speaker.paragraph);
    const claimText = text.slice(content[0], content[1]);
    const cueSpan = span(context, cue[0], cue[1]);
    const claim: Claim = {
      id,
      speakerId: actor.id,
      speaker: actor.name,
      cue: cueSpan.text,
      cueSpan,
      kind: plan.kind,
      text: claimText,
      start: content[0],
      end: content[1],
      line: lines.lineAt(content[0]),
    };
    if (speaker[1] > speaker[0]) claim.speakerSpan = span(context, speaker[0], speaker[1]);
    claims.push(claim);
    claimSlots.push(plan.actor);
    if (plan.speakerMention && plan.speaker.paragraph === pi) mention(plan.actor, speaker[0], speaker[1], plan.speakerMention);
    if (plan.quote !== undefined) claimOfQuote.set(plan.quote, id);
    if (plan.unmarkedQuote) unmarked.push({ text: claimText, start: content[0], end: content[1], line: claim.line, marked: false, claimId: id });
  });
  const quotes: Quote[] = p.quotes.map((q, qi) => {
    const quote: Quote = { text: text.slice(base + q.start, base + q.end), start: base + q.start, end: base + q.end, line: lines.lineAt(base + q.start), marked: true, open: q.open, close: q.close };
    const claimId = claimOfQuote.get(qi);
    if (claimId) quote.claimId = claimId;
    return quote;
  });
  if (unmarked.length > 0) {
    appendAll(quotes, unmarked);
    quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  const bounds = p.sentenceBounds;
  const sentences = new Array<Sentence>(bounds.length >> 1);
  for (let i = 0; i < sentences.length; i++) sentences[i] = { start: base + bounds[2 * i], end: base + bounds[2 * i + 1], line: lines.lineAt(base + bounds[2 * i]) };
  placed.sort((a, b) => a.mention.start - b.mention.start);
  return { base, line: lines.lineAt(base), entities, quotes, claims, sentences, mentions: placed.map((m) => m.mention), mentionActors: placed.map((m) => m.actor), mentionSlots: placed.map((m) => m.slot), claimSlots, borrows };
}

function mergeEntities(names: Entity[], dates: Entity[]): Entity[] {
  if (dates.length === 0) return names;
  const result: Entity[] = [];
  let d = 0;
  for (const name of names) {
    while (d < dates.length && dates[d].end <= name.start) result.push(dates[d++]);
    if (d < dates.length && dates[d].start < name.end) continue;
    result.push(name);
  }
  while (d < dates.length) result.push(dates[d++]);
  return result;
}

function moveSpan(span: { start: number; end: number; line: number }, delta: number, lineDelta: number): void {
  span.start += delta;
  span.end += delta;
  span.line += lineDelta;
}

/** The id of the document's n-th claim (from 0). */
function claimId(n: number): string {
  return `c${n + 1}`;
}

function renumbered(id: string, claimShift: number): string {
  return claimId(Number(id.slice(1)) - 1 + claimShift);
}

/**
 * Moves a chunk by `delta` characters and `lineDelta` lines (an edit earlier in the document), and its
 * claims by `claimShift` places (claims added or removed before it), in place: copying every result
 * after an edit would make a keystroke cost as much as the document.
 */
export function moveChunk(chunk: Chunk, delta: number, lineDelta: number, paragraphShift: number, claimShift: number): Chunk {
  chunk.base += delta;
  chunk.line += lineDelta;
  // Indexed loops: every edit moves half a document's chunks, and for-of in code not yet optimized
  // makes an iterator result per element.
  if (delta !== 0 || lineDelta !== 0) {
    for (let i = 0; i < chunk.entities.length; i++) moveSpan(chunk.entities[i], delta, lineDelta);
    for (let i = 0; i < chunk.mentions.length; i++) moveSpan(chunk.mentions[i], delta, lineDelta);
    for (let i = 0; i < chunk.sentences.length; i++) moveSpan(chunk.sentences[i], delta, lineDelta);
    for (let i = 0; i < chunk.quotes.length; i++) moveSpan(chunk.quotes[i], delta, lineDelta);
    for (let i = 0; i < chunk.claims.length; i++) {
      const c = chunk.claims[i];
      moveSpan(c, delta, lineDelta);
      moveSpan(c.cueSpan, delta, lineDelta);
      if (c.speakerSpan) moveSpan(c.speakerSpan, delta, lineDelta);
    }
  }
  if (claimShift !== 0) {
    for (let i = 0; i < chunk.claims.length; i++) chunk.claims[i].id = renumbered(chunk.claims[i].id, claimShift);
    for (let i = 0; i < chunk.quotes.length; i++) {
      const q = chunk.quotes[i];
      if (q.claimId !== undefined) q.claimId = renumbered(q.claimId, claimShift);
    }
  }
  // In place: a mapped copy would be an array of another kind, and every later reader of the chunks
  // would fall back from optimized code on meeting it.
  if (paragraphShift !== 0) for (let i = 0; i < chunk.borrows.length; i++) chunk.borrows[i] += paragraphShift;
  return chunk;
}
