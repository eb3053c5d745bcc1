// Tense resolution: whether a date points back or forward, from the construction that governs it ("postponed
// until", "said on") or, failing that, from the nearest tense cue in its sentence.
import type { DateTokens } from './dateTokens';
import type { Tense } from './meaning';
import {
  CLAUSE_OPENERS, DETERMINERS, ED_NOT_PAST, FORWARD_GOVERNORS, FORWARD_MODALS, FUTURE_CUES, NOT_VERBS_AFTER_TO, PASSIVE_AUXILIARIES,
  PAST_CUES, POSTPONING_VERBS, REPORTING_REACH, REPORTING_VERBS, SCHEDULED_PRESENT_VERBS, SCHEDULING_VERBS, WEAK_FUTURE_CUES,
  WEAK_PAST_CUES,
} from './tenseWords';

/** Farthest token distance at which a tense cue still counts. */
const MAX_CUE_DISTANCE = 40;
/** How many words back a governing verb may stand from its preposition or its "to" ("remanded him in custody until"). */
const GOVERNOR_REACH = 6;
/** Extra distance for a cue that lies in another clause than the date. */
const CLAUSE_PENALTY = 8;

/** What the tense scan knows about the date it serves. */
interface CueContext {
  /** The date follows "until": a present perfect before it ("has been closed until") reaches forward. */
  untilDate: boolean;
  /** The date is a weekday or weekend, which news uses for the days around the report. */
  namesWeekday: boolean;
}

/** A tense cue: the tense it points to, whether it counts at a distance, and whether it is a reporting verb. */
interface Cue {
  tense: Tense;
  strong: boolean;
  reporting: boolean;
}

/** The best cue on one side of a date: its distance score, its tense, and whether a reporting verb came first. */
interface NearestCue {
  score: number;
  tense: Tense;
  reportsFirst: boolean;
}

const FUTURE_CUE = { tense: 1, strong: true, reporting: false } as const;
const WEAK_FUTURE_CUE = { tense: 1, strong: false, reporting: false } as const;
const PAST_CUE = { tense: -1, strong: true, reporting: false } as const;
const WEAK_PAST_CUE = { tense: -1, strong: false, reporting: false } as const;
const REPORTING_CUE = { tense: -1, strong: true, reporting: true } as const;
const WEAK_REPORTING_CUE = { tense: -1, strong: false, reporting: true } as const;

/**
 * Every word cueAt reads as a cue by its text, whatever its neighbours: the scan looks at up to forty words on each side
 * of a date, most of them no cue, and one look-up here rules such a word out where the cue lists took one each.
 */
const CUE_WORDS: ReadonlySet<string> = new Set([
  'to', 'won', 'll', 'going', 'set', 'has', 'have', 'been',
  ...FUTURE_CUES, ...FORWARD_MODALS, ...PAST_CUES, ...WEAK_FUTURE_CUES, ...SCHEDULED_PRESENT_VERBS, ...WEAK_PAST_CUES,
]);

/**
 * The direction a date points to. A construction that governs the date decides first ("postponed until", "set for",
 * a reporting verb the date stands by); otherwise the nearest tense cue in its sentence (tokens
 * sentenceFirst..sentenceLast) does.
 */
export function tenseAround(
  t: DateTokens,
  first: number,
  last: number,
  sentenceFirst: number,
  sentenceLast: number,
  namesWeekday: boolean,
): Tense {
  const prepositionIndex = prepositionBefore(t, first);
  const preposition = t.lower(prepositionIndex);
  // "since October" can only look back.
  if (preposition === 'since') return -1;
  if (scheduledForward(t, prepositionIndex, preposition, sentenceFirst)) return 1;
  // "has been postponed until autumn": a present perfect before "until" describes a state lasting into the future.
  const context: CueContext = { untilDate: preposition === 'until' || preposition === 'till', namesWeekday };
  const before = nearestCue(t, first, -1, sentenceFirst, context);
  // "told the regional parliament on Thursday that it would raise taxes": the date belongs to the telling, unless the
  // date opens the reported clause itself ("warned the vote in May could be delayed").
  if (before.reportsFirst && cueAt(t, last + 1, context, false)?.tense !== 1) return -1;
  const after = nearestCue(t, last, 1, sentenceLast, context);
  // "On Thursday, the minister told parliament it would…": a date opening its sentence belongs to the verb after it.
  if (before.score === Infinity && after.reportsFirst && first - sentenceFirst <= 2) return -1;
  if (before.score === Infinity && after.score === Infinity) return 0;
  // On a tie the past wins: reports mostly tell what happened.
  if (before.score === after.score) return before.tense < 0 || after.tense < 0 ? -1 : before.tense;
  return before.score < after.score ? before.tense : after.tense;
}

/** The token before a date that may be its preposition, past "at least" ("until at least August") and "the". */
function prepositionBefore(t: DateTokens, first: number): number {
  let at = first - 1;
  if (t.lower(at) === 'least' && t.lower(at - 1) === 'at') at -= 2;
  if (t.lower(at) === 'the') at--;
  return at;
}

/**
 * Whether the date is what a postponing or scheduling verb moves the event to: "postponed until at least August",
 * "adjourned the case to April 2", "remanded in custody until Thursday", "a hearing was set for April 12".
 */
function scheduledForward(t: DateTokens, prepositionIndex: number, preposition: string, sentenceFirst: number): boolean {
  const postponing = preposition === 'until' || preposition === 'till' || preposition === 'to';
  if (!postponing && preposition !== 'for') return false;
  for (let distance = 1; distance <= GOVERNOR_REACH; distance++) {
    const index = prepositionIndex - distance;
    // The verb must be in the same stretch of words: punctuation ends the search.
    if (index < sentenceFirst || t.isPunctuation(index)) return false;
    const word = t.lower(index);
    if (postponing ? POSTPONING_VERBS.has(word) : SCHEDULING_VERBS.has(word)) return true;
  }
  return false;
}

/**
 * The best tense cue on one side of a date, up to `bound` (inclusive): nearer is better, weak cues count double
 * beyond two tokens, and cues past a clause boundary ("; ", ", and …") count as further away. `reportsFirst` tells
 * whether the first cue met is a past reporting verb close by in the same clause.
 */
function nearestCue(t: DateTokens, from: number, step: -1 | 1, bound: number, context: CueContext): NearestCue {
  let bestScore = Infinity;
  let bestTense: Tense = 0;
  let penalty = 0;
  let reportsFirst = false;
  // A cue further than a long clause away says nothing about this date; the cap also keeps the scan linear.
  for (let distance = 1; distance <= MAX_CUE_DISTANCE && distance + penalty < bestScore; distance++) {
    const index = from + step * distance;
    if (step < 0 ? index < bound : index > bound) break;
    if (isClauseBoundary(t, index)) {
      penalty += CLAUSE_PENALTY;
      continue;
    }
    const cue = cueAt(t, index, context, step < 0);
    if (cue === null) continue;
    if (bestScore === Infinity) reportsFirst = cue.reporting && penalty === 0 && distance <= REPORTING_REACH;
    // A weak cue counts fully only right by the date ("said Friday", "announced on Friday").
    const score = (cue.strong || distance <= 2 ? distance : distance * 2 + 1) + penalty;
    if (score < bestScore || (score === bestScore && cue.tense < 0)) {
      bestScore = score;
      bestTense = cue.tense;
    }
  }
  return { score: bestScore, tense: bestTense, reportsFirst };
}

/** A semicolon, or a comma before a coordinating word, which starts another clause with its own tense. */
function isClauseBoundary(t: DateTokens, index: number): boolean {
  if (t.isPunct(index, ';')) return true;
  return t.isPunct(index, ',') && CLAUSE_OPENERS.has(t.lower(index + 1));
}

/** The tense cue at a token, if any; `lookingBack` is set when the date lies after it. */
function cueAt(t: DateTokens, index: number, context: CueContext, lookingBack: boolean): Cue | null {
  if (!t.isWord(index)) return null;
  const code = t.text.charCodeAt(t.startOf(index));
  if (code < 97 || code > 122) return null; // cues are lower-case words, so the text itself is the key
  const word = t.word(index);
  // Beyond the listed words, only a participle ("-ing" after "after") or a past form in "-ed" can be a cue.
  if (!CUE_WORDS.has(word) && !word.endsWith('ed') && !word.endsWith('ing')) return null;
  if (word === 'to') return lookingBack && opensPlannedAction(t, index, context.namesWeekday) ? FUTURE_CUE : null;
  if (word === 'won' && t.isApostropheAt(index + 1)) return FUTURE_CUE; // "won't"
  if (word === 'll' && t.isApostropheAt(index - 1)) return FUTURE_CUE;
  if (word === 'going' && t.lower(index + 1) === 'to') return FUTURE_CUE;
  if (word === 'set' && t.lower(index + 1) === 'to') {
    // "is set to", "was set to reopen": a plan, even told in the past.
    const before = t.lower(index - 1);
    if (WEAK_FUTURE_CUES.has(before) || before === 'was' || before === 'were') return FUTURE_CUE;
  }
  if (FUTURE_CUES.has(word)) return FUTURE_CUE;
  if (FORWARD_MODALS.has(word)) {
    // "could not be reached on Monday", "may have left on Friday" look back; "could begin in the autumn" ahead.
    const following = t.lower(index + 1);
    if (following === 'have' || (word === 'could' && following === 'not')) return null;
    return FUTURE_CUE;
  }
  // "… after beating Bilbao on Thursday": what came before the main event is past (for a date inside that clause only).
  if (lookingBack && word.length > 4 && word.endsWith('ing') && t.lower(index - 1) === 'after') return PAST_CUE;
  // The word before is read only for the few words that are cues, so the scan stays cheap.
  if (PAST_CUES.has(word)) {
    // "will be held", "is expected to last": a participle or infinitive after an auxiliary carries no tense of its own.
    if (PASSIVE_AUXILIARIES.has(t.lower(index - 1))) return null;
    return REPORTING_VERBS.has(word) ? REPORTING_CUE : PAST_CUE;
  }
  if (WEAK_FUTURE_CUES.has(word)) return WEAK_FUTURE_CUE;
  if (SCHEDULED_PRESENT_VERBS.has(word)) {
    // "will host", "to meet", "the face of": a bare verb or a noun, not a present tense.
    const previous = t.lower(index - 1);
    if (PASSIVE_AUXILIARIES.has(previous) || DETERMINERS.has(previous)) return null;
    return WEAK_FUTURE_CUE;
  }
  if (context.untilDate && (word === 'has' || word === 'have' || word === 'been')) return WEAK_FUTURE_CUE;
  if (WEAK_PAST_CUES.has(word)) {
    if (REPORTING_VERBS.has(word)) return PASSIVE_AUXILIARIES.has(t.lower(index - 1)) ? null : WEAK_REPORTING_CUE;
    return WEAK_PAST_CUE;
  }
  if (word.length >= 5 && word.endsWith('ed') && !word.endsWith('eed') && !ED_NOT_PAST.has(word)) {
    if (PASSIVE_AUXILIARIES.has(t.lower(index - 1))) return null;
    return REPORTING_VERBS.has(word) ? WEAK_REPORTING_CUE : WEAK_PAST_CUE;
  }
  return null;
}

/**
 * Whether "to" at `index` opens an infinitive of plan or order ("voted last month to shut …", "plans to reopen …").
 * Under a past governor a weekday still dates the governing act unless that act has a date of its own before "to":
 * news writes "voted to shut the pool on Monday" for Monday's vote, but "voted to shut it on September 15" for the
 * closure.
 */
function opensPlannedAction(t: DateTokens, index: number, namesWeekday: boolean): boolean {
  const verb = t.lower(index + 1);
  if (verb === '' || NOT_VERBS_AFTER_TO.has(verb) || DETERMINERS.has(verb) || t.anchorAt(index + 1) !== undefined) return false;
  let datedBetween = false;
  for (let distance = 1; distance <= GOVERNOR_REACH; distance++) {
    const at = index - distance;
    if (!t.isWord(at)) return false;
    const word = t.lower(at);
    if (FORWARD_GOVERNORS.has(word)) {
      const pastGovernor = PAST_CUES.has(word) || word.endsWith('ed') || word === 'told' || word === 'sought' || word === 'chose';
      return !pastGovernor || datedBetween || !namesWeekday;
    }
    if (t.anchorAt(at) !== undefined) datedBetween = true;
  }
  return false;
}