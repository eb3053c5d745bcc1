// Turns one paragraph's findings and the document's decisions into result objects with absolute offsets.
import type { ParagraphAnalysis } from '../../paragraph/analyzeParagraph';
import type { LineIndex } from '../../text/paragraphs';
import type { Claim, Entity, EvidenceKind, Mention, MentionKind, Quote, Sentence, TextSpan } from '../../types';
import type { ClaimPlan, Decisions, PlannedFrame } from '../decisions/plans';
import { isDocumentNoun } from '../speakers/resolveSpeakers';
import { lexicon } from '../../lexicon/lexicon';
import { nestedPlaces } from './nestedPlaces';

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

/** What emitting a paragraph reads: the text, its lines, every paragraph's findings and start, and the decisions. */
export interface EmitContext {
  text: string;
  lines: LineIndex;
  paragraphs: readonly ParagraphAnalysis[];
  bases: Int32Array;
  decisions: Decisions;
}

/** Mentions of actors as a paragraph's results are made, with the actor's id and index for each, in parallel lists. */
class Mentions {
  mentions: Mention[] = [];
  actors: string[] = [];
  slots: number[] = [];

  constructor(private readonly context: EmitContext) {}

  /** A mention of actor `actor` at [start, end). */
  add(actor: number, start: number, end: number, kind: MentionKind, written?: string): Mention {
    const { text, lines, decisions } = this.context;
    const made: Mention = { text: written ?? text.slice(start, end), start, end, line: lines.lineAt(start), kind };
    this.mentions.push(made);
    this.actors.push(decisions.actors[actor].id);
    this.slots.push(actor);
    return made;
  }

  /**
   * The lists in reading order. Names come first and in order, so a paragraph without descriptions or pronoun
   * speakers is in order already; otherwise the order is the stable one by start that sorting the mentions gives.
   */
  inReadingOrder(): void {
    const { mentions } = this;
    let sorted = true;
    for (let i = 1; i < mentions.length && sorted; i++) sorted = mentions[i - 1].start <= mentions[i].start;
    if (sorted) return;
    const order = mentions.map((_, i) => i).sort((a, b) => mentions[a].start - mentions[b].start || a - b);
    const { actors, slots } = this;
    this.mentions = order.map((i) => mentions[i]);
    this.actors = order.map((i) => actors[i]);
    this.slots = order.map((i) => slots[i]);
  }
}

/** The claims of a paragraph, the actor index of each, the paragraphs they borrowed offsets from, and their quotations. */
interface ClaimsEmitted {
  claims: Claim[];
  claimSlots: number[];
  borrows: number[];
  claimOfQuote: Map<number, string>;
  unmarked: Quote[];
}

/** Builds a paragraph's entities, mentions, claims, quotations and sentences. */
export function emitChunk(pi: number, context: EmitContext): Chunk {
  const { lines, bases } = context;
  const base = bases[pi];
  const mentions = new Mentions(context);
  const entities = emitEntities(pi, context, mentions);
  emitDescriptionMentions(pi, context, mentions);
  const emitted = emitClaims(pi, context, mentions);
  const quotes = emitQuotes(pi, context, emitted);
  const sentences = emitSentences(pi, context);
  mentions.inReadingOrder();
  return {
    base,
    line: lines.lineAt(base),
    entities,
    quotes,
    claims: emitted.claims,
    sentences,
    mentions: mentions.mentions,
    mentionActors: mentions.actors,
    mentionSlots: mentions.slots,
    claimSlots: emitted.claimSlots,
    borrows: emitted.borrows,
  };
}

/** Names, then dates; a name overlapping a date gives way to it. Each name kept is a mention of its actor. */
function emitEntities(pi: number, context: EmitContext, mentions: Mentions): Entity[] {
  const { lines, paragraphs, bases, decisions } = context;
  const p = paragraphs[pi];
  const base = bases[pi];
  const names: Entity[] = [];
  p.names.forEach((candidate, ci) => {
    const actor = decisions.nameActors[pi][ci];
    if (actor < 0) return;
    const plan = decisions.actors[actor];
    const start = base + candidate.start;
    const end = base + candidate.end;
    // A capital or other place name folded into a country's actor is a 'capital' mention of it.
    const folded = plan.type === 'PLACE' && candidate.key !== plan.key && candidate.key !== plan.name.toLowerCase();
    // The source's words: a name read across blanked markup ("**Jane** Doe") quotes the document as written.
    const written = context.text.slice(start, end);
    const made = mentions.add(actor, start, end, folded ? 'capital' : 'name', written);
    const entity: Entity = { text: written, type: plan.type, start, end, line: made.line, actorId: plan.id };
    if (candidate.role) entity.role = candidate.role.text;
    names.push(entity);
    if (plan.type === 'ORG') {
      for (const [from, to] of nestedPlaces(written, lexicon())) {
        // A name may run over a line break of a wrapped paragraph: the place is on the line where it starts.
        const place = start + from;
        names.push({ text: written.slice(from, to), type: 'PLACE', start: place, end: start + to, line: lines.lineAt(place) });
      }
    }
  });
  const dates: Entity[] = p.dates.map((d) => {
    const start = base + d.start;
    const end = base + d.end;
    const entity: Entity = { text: context.text.slice(start, end), type: 'DATE', start, end, line: lines.lineAt(start) };
    if (d.value !== undefined) entity.value = d.value;
    return entity;
  });
  return mergeEntities(names, dates);
}

/** Role descriptions resolved to the person they describe, and nationality adjectives standing for a country. */
function emitDescriptionMentions(pi: number, context: EmitContext, mentions: Mentions): void {
  const { paragraphs, bases, decisions } = context;
  const p = paragraphs[pi];
  const base = bases[pi];
  p.roles.forEach((role, ri) => {
    const actor = decisions.roleActors[pi][ri];
    if (actor >= 0 && role.text.includes(' ')) mentions.add(actor, base + role.start, base + role.end, 'role');
  });
  p.demonyms.forEach((demonym, di) => {
    const actor = decisions.demonymActors[pi][di];
    if (actor >= 0) mentions.add(actor, base + demonym.start, base + demonym.end, 'demonym', demonym.text);
  });
}

/** Claims, and the quotations they rest on; a speaker written as a pronoun or common noun becomes a mention. */
function emitClaims(pi: number, context: EmitContext, mentions: Mentions): ClaimsEmitted {
  const { text, lines, decisions } = context;
  const emitted: ClaimsEmitted = { claims: [], claimSlots: [], borrows: [], claimOfQuote: new Map(), unmarked: [] };
  const claimBase = decisions.claimBase[pi];
  decisions.claimsByParagraph[pi].forEach((plan, k) => {
    const id = claimId(claimBase + k);
    const actor = decisions.actors[plan.actor];
    const { content, cue, speaker } = claimSpans(plan, context);
    if (plan.cue.paragraph !== pi) emitted.borrows.push(plan.cue.paragraph);
    if (plan.speaker.paragraph !== pi && plan.speaker.paragraph !== plan.cue.paragraph) emitted.borrows.push(plan.speaker.paragraph);
    const claimText = text.slice(content[0], content[1]);
    const cueSpan = span(context, cue[0], cue[1]);
    const speakerSpan = speaker[1] > speaker[0] ? span(context, speaker[0], speaker[1]) : undefined;
    const at = speakerSpan ?? cueSpan;
    const claim: Claim = {
      id,
      // An unnamed group ("officials") has no actor id; its label is the speaker's text.
      speakerId: actor.id === '' ? null : actor.id,
      speaker: actor.name,
      cue: cueSpan.text,
      cueSpan,
      kind: plan.kind,
      text: claimText,
      start: content[0],
      end: content[1],
      line: lines.lineAt(content[0]),
      evidence: { kind: evidenceKind(plan, context), text: at.text, start: at.start, end: at.end, line: at.line },
      // Set with the evidence's `via` once the document's claims are joined (see evidence.ts).
      confidence: 0,
    };
    if (speakerSpan) claim.speakerSpan = speakerSpan;
    emitted.claims.push(claim);
    emitted.claimSlots.push(plan.actor);
    if (plan.speakerMention && plan.speaker.paragraph === pi) mentions.add(plan.actor, speaker[0], speaker[1], plan.speakerMention);
    if (plan.quote !== undefined) emitted.claimOfQuote.set(plan.quote, id);
    if (plan.unmarkedQuote) {
      emitted.unmarked.push({ text: claimText, start: content[0], end: content[1], line: claim.line, marked: false, claimId: id });
    }
  });
  return emitted;
}

/** How a planned claim's speaker was found, from the frame that wrote it (or the name the next paragraph gives). */
function evidenceKind(plan: PlannedFrame, context: EmitContext): EvidenceKind {
  if (plan.leadIn) return 'leadIn';
  if (plan.speaker.kind === 'name') return 'name';
  const frame = context.paragraphs[plan.speaker.paragraph].frames[plan.speaker.frame];
  const speaker = frame.speaker;
  switch (speaker.kind) {
    case 'name':
    case 'previous':
      return frame.label ? 'label' : 'name';
    case 'interviewee':
      return 'label';
    case 'pronoun':
      return 'pronoun';
    case 'role':
      return 'description';
    case 'generic':
      if (plan.group !== undefined) return 'group';
      return isDocumentNoun(speaker.head) ? 'statement' : 'description';
  }
}

/** The paragraph's marked quotations with the claim each belongs to, and the unmarked ones claims rest on, in order. */
function emitQuotes(pi: number, context: EmitContext, emitted: ClaimsEmitted): Quote[] {
  const { text, lines, paragraphs, bases } = context;
  const base = bases[pi];
  const quotes: Quote[] = paragraphs[pi].quotes.map((q, qi) => {
    const start = base + q.start;
    const end = base + q.end;
    const line = lines.lineAt(start);
    const quote: Quote = { text: text.slice(start, end), start, end, line, marked: true, open: q.open, close: q.close };
    const claimId = emitted.claimOfQuote.get(qi);
    if (claimId) quote.claimId = claimId;
    return quote;
  });
  if (emitted.unmarked.length > 0) {
    for (const quote of emitted.unmarked) quotes.push(quote);
    quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  return quotes;
}

function emitSentences(pi: number, context: EmitContext): Sentence[] {
  const { lines, bases } = context;
  const base = bases[pi];
  const bounds = context.paragraphs[pi].sentenceBounds;
  const sentences = new Array<Sentence>(bounds.length >> 1);
  for (let i = 0; i < sentences.length; i++) {
    sentences[i] = { start: base + bounds[2 * i], end: base + bounds[2 * i + 1], line: lines.lineAt(base + bounds[2 * i]) };
  }
  return sentences;
}

function span(context: EmitContext, start: number, end: number): TextSpan {
  return { text: context.text.slice(start, end), start, end, line: context.lines.lineAt(start) };
}

/** Where a claim's words, cue or speaker stand: absolute start and end. */
type Offsets = [number, number];

/** The words, cue and speaker of a planned claim, in absolute offsets. */
function claimSpans(plan: ClaimPlan, context: EmitContext): { content: Offsets; cue: Offsets; speaker: Offsets } {
  return { content: contentSpan(plan, context), cue: cueSpan(plan, context), speaker: speakerSpan(plan, context) };
}

function contentSpan(plan: ClaimPlan, context: EmitContext): [number, number] {
  const p = context.paragraphs[plan.paragraph];
  const base = context.bases[plan.paragraph];
  switch (plan.content.kind) {
    case 'frame': {
      const frame = p.frames[plan.content.frame];
      return [base + frame.contentStart, base + frame.contentEnd];
    }
    case 'quote': {
      const quote = p.quotes[plan.content.quote];
      return [base + quote.contentStart, base + (quote.unclosed ? p.lastWordEnd : quote.contentEnd)];
    }
    case 'paragraph':
      return [base, base + p.lastWordEnd];
  }
}

function cueSpan(plan: ClaimPlan, context: EmitContext): [number, number] {
  const base = context.bases[plan.cue.paragraph];
  if (plan.cue.kind === 'frame') {
    const frame = context.paragraphs[plan.cue.paragraph].frames[plan.cue.frame];
    return [base + frame.cueStart, base + frame.cueEnd];
  }
  if (plan.cue.kind === 'leadIn') {
    const leadIn = context.paragraphs[plan.cue.paragraph].leadIn;
    if (!leadIn) throw new Error('a claim credited by a lead-in planned where there is none');
    return [base + leadIn.colonStart, base + leadIn.colonEnd];
  }
  const offsets = context.paragraphs[plan.cue.paragraph].lead?.offsets;
  if (!offsets) throw new Error("a claim credited by the next paragraph's opening words planned where there are none");
  return [base + offsets[2 * plan.cue.from], base + offsets[2 * plan.cue.word + 1]];
}

function speakerSpan(plan: ClaimPlan, context: EmitContext): [number, number] {
  const base = context.bases[plan.speaker.paragraph];
  if (plan.speaker.kind === 'frame') {
    const frame = context.paragraphs[plan.speaker.paragraph].frames[plan.speaker.frame];
    return [base + frame.speakerStart, base + frame.speakerEnd];
  }
  const name = context.paragraphs[plan.speaker.paragraph].names[plan.speaker.name];
  return [base + name.start, base + name.end];
}

/** Names and dates in reading order; a name overlapping a date is left out. */
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

/** The id of the document's n-th claim (from 0). */
export function claimId(n: number): string {
  return `c${n + 1}`;
}
