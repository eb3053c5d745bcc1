// Decision step 6: a plan for every claim, from the paragraphs' frames and from quotations the context credits.
import type { ParagraphAnalysis } from '../../paragraph/analyzeParagraph';
import type { ActorType, MentionKind } from '../../types';
import { isDocumentNoun, speakerNameActor, type ResolvedSpeakers } from '../speakers/resolveSpeakers';
import type { PlannedFrame } from './plans';
import { keptPlan, type DecisionReuse } from './reuse';

/** What planning claims reads of the decisions so far. */
export interface ClaimInputs {
  nameActors: readonly number[][];
  drafts: ReadonlyArray<{ type: ActorType }>;
  resolved: ResolvedSpeakers;
}

/**
 * The claims of the document in reading order: one per frame whose speaker resolved, then quotations that continue
 * the paragraph before, then paragraphs the next one credits with speech.
 */
export function planClaims(
  paragraphs: readonly ParagraphAnalysis[],
  inputs: ClaimInputs,
  reuse: DecisionReuse | undefined,
): PlannedFrame[] {
  const planned: PlannedFrame[] = [];
  let index = -1;
  // How many frames each paragraph has, as the resolver counted them: most have none and are not read here.
  const firstFrame = inputs.resolved.trail.firstFrame;
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const frameCount = firstFrame[paragraph + 1] - firstFrame[paragraph];
    if (frameCount === 0) continue;
    // The same paragraph with its speakers resolved alike keeps its frames' plans.
    if (reuse?.addFramePlans(planned, paragraph, frameCount, inputs)) {
      index += frameCount;
      continue;
    }
    for (let frameIndex = 0; frameIndex < frameCount; frameIndex++) {
      index++;
      const plan = planFrame(paragraphs, paragraph, frameIndex, index, inputs, reuse);
      if (plan) planned.push(plan);
    }
  }
  addLeadIns(planned, paragraphs, inputs, reuse);
  addContinuedQuotes(planned, paragraphs, reuse);
  addTurnContinuations(planned, paragraphs, inputs, reuse);
  addQuotesNamedAfter(planned, paragraphs, inputs, reuse);
  return inReadingOrder(planned, paragraphs.length);
}

/** The plan of one frame (the document's `index`-th), when its speaker resolved to an actor or a group. */
function planFrame(
  paragraphs: readonly ParagraphAnalysis[],
  paragraph: number,
  frameIndex: number,
  index: number,
  inputs: ClaimInputs,
  reuse: DecisionReuse | undefined,
): PlannedFrame | undefined {
  const actor = inputs.resolved.actors[index];
  const group = inputs.resolved.groups[index];
  if (actor < 0 && group === undefined) return undefined;
  const frame = paragraphs[paragraph].frames[frameIndex];
  // A common-noun speaker becomes a mention, unless a name or nationality inside it already is one.
  // "The statement said" credits the Kremlin with a claim, but a statement is not a mention of the Kremlin.
  const speaker = frame.speaker;
  const writtenAsNoun =
    speaker.kind === 'generic' &&
    speakerNameActor(frame, inputs.nameActors[paragraph]) < 0 &&
    speaker.country === undefined &&
    !isDocumentNoun(speaker.head);
  const nounMention: MentionKind | undefined = writtenAsNoun ? (group ? 'name' : 'role') : undefined;
  const speakerMention: MentionKind | undefined = speaker.kind === 'pronoun' ? 'pronoun' : nounMention;
  // The same frame of the same paragraph, resolved alike, plans the same claim: keep the plan (group
  // speakers excepted, whose actor is numbered after the named actors).
  const kept = group === undefined ? reuse?.framePlan(paragraph, frameIndex) : undefined;
  if (kept && kept.actor === actor && kept.speakerMention === speakerMention) return kept;
  const own = { kind: 'frame' as const, paragraph, frame: frameIndex };
  return {
    paragraph,
    actor,
    group,
    speakerMention,
    speakerStart: frame.speakerStart,
    content: { kind: 'frame', frame: frameIndex },
    cue: own,
    speaker: own,
    kind: frame.kind,
    quote: frame.quote,
    unmarkedQuote: frame.unmarkedQuote,
    contentStart: frame.contentStart,
    contentEnd: frame.contentEnd,
  };
}

/**
 * A quotation that opens a paragraph and is not attributed there continues the speech of the paragraph
 * before when that one ended inside a quotation or after a colon (the news convention for long quotes).
 */
function addContinuedQuotes(planned: PlannedFrame[], paragraphs: readonly ParagraphAnalysis[], reuse: DecisionReuse | undefined): void {
  // Per paragraph: its quotations already claimed, and its last planned statement.
  const usedQuotes = new Map<number, number[]>();
  const lastByParagraph: Array<PlannedFrame | undefined> = new Array<PlannedFrame | undefined>(paragraphs.length);
  for (let k = 0; k < planned.length; k++) {
    const plan = planned[k];
    const paragraph = plan.paragraph;
    if (plan.quote !== undefined) {
      const used = usedQuotes.get(paragraph);
      if (used) used.push(plan.quote);
      else usedQuotes.set(paragraph, [plan.quote]);
    }
    const last = lastByParagraph[paragraph];
    if (!last || last.contentStart <= plan.contentStart) lastByParagraph[paragraph] = plan;
  }
  for (let pi = 1; pi < paragraphs.length; pi++) {
    // Only a paragraph after one that ends in direct speech continues it: asked first, most paragraphs' own
    // quotations are never read (this runs on every edit that decides).
    const before = lastByParagraph[pi - 1];
    if (!before || before.kind !== 'direct' || !endsInSpeech(before, paragraphs[pi - 1])) continue;
    const p = paragraphs[pi];
    const qi = openingQuote(p);
    const closing = qi < 0 && p.closesQuote && lastByParagraph[pi] === undefined;
    if ((qi < 0 && !closing) || usedQuotes.get(pi)?.includes(qi)) continue;
    if (closing) {
      const addition = continuedParagraph(before, pi, p, reuse);
      planned.push(addition);
      lastByParagraph[pi] = addition;
      continue;
    }
    const quote = p.quotes[qi];
    // A paragraph of bare quotation marks has no words to claim.
    const contentEnd = quote.unclosed ? p.lastWordEnd : quote.contentEnd;
    if (contentEnd <= quote.contentStart) continue;
    const addition = keptPlan(reuse?.plansOf(pi), {
      // The cue and speaker stay where they were written, in the paragraph before.
      paragraph: pi,
      actor: before.actor,
      group: before.group,
      speakerStart: before.speakerStart,
      content: { kind: 'quote', quote: qi },
      cue: before.cue,
      speaker: before.speaker,
      kind: 'direct',
      quote: qi,
      unmarkedQuote: false,
      contentStart: quote.contentStart,
      contentEnd,
    });
    planned.push(addition);
    lastByParagraph[pi] = addition;
  }
}

/** A paragraph that only closes the quotation of the paragraph before: all of it is that speaker's. */
function continuedParagraph(before: PlannedFrame, pi: number, p: ParagraphAnalysis, reuse: DecisionReuse | undefined): PlannedFrame {
  return keptPlan(reuse?.plansOf(pi), {
    paragraph: pi,
    actor: before.actor,
    group: before.group,
    speakerStart: before.speakerStart,
    content: { kind: 'paragraph' },
    cue: before.cue,
    speaker: before.speaker,
    kind: 'direct',
    unmarkedQuote: false,
    contentStart: 0,
    contentEnd: p.lastWordEnd,
  });
}

/**
 * A lead-in ("The following is a statement from Administrator Jane Doe:") credits its source with each paragraph
 * after it that opens with a quotation, until one does not.
 */
function addLeadIns(
  planned: PlannedFrame[],
  paragraphs: readonly ParagraphAnalysis[],
  inputs: ClaimInputs,
  reuse: DecisionReuse | undefined,
): void {
  let attributed: Uint8Array | undefined;
  for (let pi = 0; pi + 1 < paragraphs.length; pi++) {
    const leadIn = paragraphs[pi].leadIn;
    if (!leadIn) continue;
    const actor = inputs.nameActors[pi][leadIn.name] ?? -1;
    // Any actor: a place that issues a statement speaks for its government ("a statement from Beijing:").
    if (actor < 0) continue;
    attributed ??= paragraphsWithClaims(planned, paragraphs.length);
    for (let pj = pi + 1; pj < paragraphs.length; pj++) {
      const p = paragraphs[pj];
      const qi = openingQuote(p);
      if (qi < 0) break;
      const quote = p.quotes[qi];
      const contentEnd = quote.unclosed ? p.lastWordEnd : quote.contentEnd;
      if (attributed[pj] === 1 || contentEnd <= quote.contentStart) continue;
      planned.push(
        keptPlan(reuse?.plansOf(pj), {
          paragraph: pj,
          actor,
          speakerStart: paragraphs[pi].names[leadIn.name].start,
          content: { kind: 'quote', quote: qi },
          cue: { kind: 'leadIn', paragraph: pi },
          speaker: { kind: 'name', paragraph: pi, name: leadIn.name },
          kind: 'direct',
          quote: qi,
          unmarkedQuote: false,
          contentStart: quote.contentStart,
          contentEnd,
          leadIn: true,
        }),
      );
    }
  }
}

/** The shortest labelled turn that counts towards making a text a transcript. */
const MIN_TURN_CHARACTERS = 20;

/**
 * In a transcript (two turns or more: questions, or labels naming people or organizations), a turn runs on over the paragraphs
 * after its label until the next label: a paragraph with no statement of its own is the labelled speaker's too. A
 * question label ("Q:") starts the interviewer's turn, which makes no claim; a label naming no speaker ("Basse
 * Terre: …" in a list) ends the turn before it.
 */
function addTurnContinuations(
  planned: PlannedFrame[],
  paragraphs: readonly ParagraphAnalysis[],
  inputs: ClaimInputs,
  reuse: DecisionReuse | undefined,
): void {
  const attributed = new Uint8Array(paragraphs.length);
  const turnPlans = new Array<PlannedFrame | undefined>(paragraphs.length);
  let turns = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) if (paragraphs[pi].turnLabel === 1) turns++;
  for (let k = 0; k < planned.length; k++) {
    const plan = planned[k];
    attributed[plan.paragraph] = 1;
    const { content, cue } = plan;
    const own = content.kind === 'frame' && cue.kind === 'frame' && cue.paragraph === plan.paragraph;
    // A labelled frame opens a paragraph with a label that names no question (turnLabel 2): asking the paragraph
    // first spares reading the frames of every claim on every edit that decides.
    if (!own || paragraphs[plan.paragraph].turnLabel !== 2 || !paragraphs[plan.paragraph].frames[content.frame].label) continue;
    if (plan.actor >= 0 && inputs.drafts[plan.actor].type === 'PLACE') continue;
    turnPlans[plan.paragraph] = plan;
    // A turn of a few characters ("Hillary Clinton: 1,769") is a list item, no sign of a transcript.
    if (plan.contentEnd - plan.contentStart >= MIN_TURN_CHARACTERS) turns++;
  }
  if (turns < 2) return;
  let turn: PlannedFrame | undefined;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    if (p.turnLabel !== 0) turn = turnPlans[pi];
    else if (turn && attributed[pi] === 0 && p.lastWordEnd > 0) {
      planned.push(
        keptPlan(reuse?.plansOf(pi), {
          // The cue and speaker stay where the label was written.
          paragraph: pi,
          actor: turn.actor,
          group: turn.group,
          speakerStart: turn.speakerStart,
          content: { kind: 'paragraph' },
          cue: turn.cue,
          speaker: turn.speaker,
          kind: 'direct',
          unmarkedQuote: true,
          contentStart: 0,
          contentEnd: p.lastWordEnd,
        }),
      );
    }
  }
}

/** The quotation that opens a paragraph, at the outermost level; -1 when none does. */
function openingQuote(p: ParagraphAnalysis): number {
  const quotes = p.quotes;
  for (let qi = 0; qi < quotes.length; qi++) if (quotes[qi].depth === 0 && quotes[qi].openToken === 0) return qi;
  return -1;
}

/** A paragraph's last statement runs to its end, inside a quotation left open or to its last word. */
function endsInSpeech(last: PlannedFrame, paragraph: ParagraphAnalysis): boolean {
  const quote = last.quote !== undefined ? paragraph.quotes[last.quote] : undefined;
  return (quote !== undefined && quote.unclosed) || last.contentEnd >= paragraph.lastWordEnd;
}

/**
 * A paragraph that is one quotation with no cue of its own, or — marks or not — one the next paragraph
 * points back to as speech ("Those were the words of the company's director, Dewi Kartikasari, …").
 */
function addQuotesNamedAfter(
  planned: PlannedFrame[],
  paragraphs: readonly ParagraphAnalysis[],
  inputs: ClaimInputs,
  reuse: DecisionReuse | undefined,
): void {
  const attributed = paragraphsWithClaims(planned, paragraphs.length);
  for (let pi = 0; pi + 1 < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    if (attributed[pi] === 1 || p.tokenCount === 0) continue;
    const lead = paragraphs[pi + 1].lead;
    if (lead === null) continue;
    const speechNoun = lead.speechNoun;
    const cueWord = speechNoun >= 0 ? speechNoun : lead.speechWord;
    if (cueWord < 0) continue;
    const qi = wholeParagraphQuote(p);
    if (qi < 0 && speechNoun < 0) continue;
    const speakerName = firstPersonOfLead(paragraphs[pi + 1], inputs.nameActors[pi + 1], inputs.drafts);
    if (speakerName < 0) continue;
    const quote = qi >= 0 ? p.quotes[qi] : undefined;
    const contentStart = quote ? quote.contentStart : 0;
    const contentEnd = quote && !quote.unclosed ? quote.contentEnd : p.lastWordEnd;
    if (contentEnd <= contentStart) continue;
    planned.push(
      keptPlan(reuse?.plansOf(pi), {
        paragraph: pi,
        actor: inputs.nameActors[pi + 1][speakerName],
        speakerStart: 0,
        content: quote ? { kind: 'quote', quote: qi } : { kind: 'paragraph' },
        cue: { kind: 'lead', paragraph: pi + 1, word: cueWord, from: speechNoun >= 0 ? 0 : cueWord },
        speaker: { kind: 'name', paragraph: pi + 1, name: speakerName },
        kind: 'direct',
        quote: quote ? qi : undefined,
        unmarkedQuote: quote === undefined,
        contentStart,
        contentEnd,
      }),
    );
  }
}

/** The first person named in a paragraph's opening words, as an index among its names; -1 when none is. */
function firstPersonOfLead(next: ParagraphAnalysis, nameActors: readonly number[], drafts: ReadonlyArray<{ type: ActorType }>): number {
  const lead = next.lead;
  if (lead === null) return -1;
  return next.names.findIndex((name, ni) => {
    const actor = nameActors[ni] ?? -1;
    return name.firstToken >= lead.firstToken && name.lastToken <= lead.endToken && actor >= 0 && drafts[actor].type === 'PERSON';
  });
}

/** The quotation that makes up the whole paragraph, if any. */
function wholeParagraphQuote(p: ParagraphAnalysis): number {
  for (let qi = 0; qi < p.quotes.length; qi++) {
    const q = p.quotes[qi];
    if (q.depth === 0 && q.openToken === 0 && q.afterToken >= p.tokenCount - 1) return qi;
  }
  return -1;
}

/**
 * Whether plan `a` reads after plan `b` of the same paragraph: by where their words start, then end; plans
 * that tie on both keep the order they were planned in. The paragraph's structure fingerprint covers this
 * order of its frames, so a decision kept after an edit keeps its claims in the order a fresh one gives.
 */
function comesAfter(a: PlannedFrame, b: PlannedFrame): boolean {
  return a.contentStart > b.contentStart || (a.contentStart === b.contentStart && a.contentEnd > b.contentEnd);
}

/**
 * The plans by paragraph and, within one, in reading order (see `comesAfter`). What a stable sort gives:
 * the plans come by paragraph already in three runs (frames, continued quotations, quotations named after),
 * and a paragraph has few of them.
 */
function inReadingOrder(planned: readonly PlannedFrame[], paragraphCount: number): PlannedFrame[] {
  const next = new Int32Array(paragraphCount + 1);
  for (let k = 0; k < planned.length; k++) next[planned[k].paragraph + 1]++;
  for (let pi = 1; pi <= paragraphCount; pi++) next[pi] += next[pi - 1];
  const ordered = new Array<PlannedFrame>(planned.length);
  for (let k = 0; k < planned.length; k++) ordered[next[planned[k].paragraph]++] = planned[k];
  // Within a paragraph (now ending where `next` points), an insertion sort, which keeps ties in order.
  let from = 0;
  for (let pi = 0; pi < paragraphCount; pi++) {
    const to = next[pi];
    for (let i = from + 1; i < to; i++) {
      const plan = ordered[i];
      let j = i;
      while (j > from && comesAfter(ordered[j - 1], plan)) {
        ordered[j] = ordered[j - 1];
        j--;
      }
      ordered[j] = plan;
    }
    from = to;
  }
  return ordered;
}

/** 1 for each paragraph that already has a planned claim: the later passes only credit paragraphs left without one. */
function paragraphsWithClaims(planned: readonly PlannedFrame[], paragraphCount: number): Uint8Array {
  const attributed = new Uint8Array(paragraphCount);
  for (let k = 0; k < planned.length; k++) attributed[planned[k].paragraph] = 1;
  return attributed;
}
