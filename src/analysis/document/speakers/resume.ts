// Incremental speaker resolution: takes a previous resolution's results where an edit cannot have changed them.
import type { ActorDraft } from '../actors/drafts';
import { sameWords } from '../actors/nameTable';
import { sameTurns } from './dialogue';
import { gendersByTitle } from './genders';
import type { ResolvedSpeakers, SpeakerResolver, SpeakerTrail } from './resolveSpeakers';

/**
 * What a previous resolution of the same paragraphs can spare: its results stand before paragraph
 * `from`, and from any paragraph at or after `settledFrom` where the resolver's state is again what it
 * was. The caller vouches that the actors' types, words and title genders are as they were, and that
 * no input changed before `from` or from `settledFrom - SPEAKER_REACH` on.
 */
export interface SpeakerResume {
  previous: ResolvedSpeakers;
  from: number;
  settledFrom: number;
}

/**
 * Whether the actors two decisions share read alike to the speaker resolver: the same type, name words
 * and title gender in each slot both have. A slot only one has is mentioned only where an edit reached.
 */
export function sameSpeakerFacts(before: readonly ActorDraft[], after: readonly ActorDraft[]): boolean {
  if (before === after) return true;
  const shared = Math.min(before.length, after.length);
  for (let slot = 0; slot < shared; slot++) {
    const a: ActorDraft | undefined = before[slot];
    const b: ActorDraft | undefined = after[slot];
    if (a === b || a === undefined || b === undefined) continue;
    // Titles too: a description speaker ("the candidate said") resolves through them.
    if (a.type !== b.type || !sameWords(a.words, b.words) || !sameWords(a.roles, b.roles)) return false;
  }
  const was = gendersByTitle(before);
  const now = gendersByTitle(after);
  for (const [slot, gender] of was) if (slot < shared && after[slot] !== undefined && now.get(slot) !== gender) return false;
  for (const [slot, gender] of now) if (slot < shared && before[slot] !== undefined && was.get(slot) !== gender) return false;
  return true;
}

/** The previous resolution, when it read the same paragraphs with the same interviewee and turns; else nothing helps. */
export function usableResume(resume: SpeakerResume | undefined, resolver: SpeakerResolver): ResolvedSpeakers | undefined {
  if (!resume) return undefined;
  const trail = resume.previous.trail;
  const sameReading = trail.interviewee === resolver.trail.interviewee && trail.speaker.length === resolver.trail.speaker.length &&
    sameTurns(trail.dialogue, resolver.trail.dialogue);
  return sameReading ? resume.previous : undefined;
}

/** Takes the previous results and state before paragraph `from` (they resolved as they did); returns where to read on. */
export function resumeAt(resolver: SpeakerResolver, previous: ResolvedSpeakers, from: number): number {
  const { trail, resolved, state } = resolver;
  const before = previous.trail;
  const count = trail.speaker.length;
  const firstFrame = trail.firstFrame;
  resolved.actors.set(previous.actors.subarray(0, firstFrame[from]));
  for (let i = 0; i < firstFrame[from]; i++) resolved.groups[i] = previous.groups[i];
  copyStates(trail, before, 0, from);
  trail.gendersLearnt.set(before.gendersLearnt.subarray(0, from));
  const learntBefore = from < count ? before.gendersLearnt[from] : before.learntActors.length;
  for (let i = 0; i < learntBefore; i++) resolver.learn(before.learntActors[i], before.learntGenders[i]);
  if (from < count) {
    state.speaker = before.speaker[from];
    state.speakerParagraph = before.speakerParagraph[from];
    state.statement = before.statement[from];
    state.statementParagraph = before.statementParagraph[from];
  }
  return from;
}

/**
 * Whether the resolver's state at paragraph `pi` is the one the previous resolution had there: the same
 * last speaker and statement, and the same genders learnt (both runs share the first `shared`).
 */
export function settledAt(before: SpeakerTrail, pi: number, resolver: SpeakerResolver, shared: number): boolean {
  const { state, learnt } = resolver;
  if (before.speaker[pi] !== state.speaker || before.speakerParagraph[pi] !== state.speakerParagraph) return false;
  if (before.statement[pi] !== state.statement || before.statementParagraph[pi] !== state.statementParagraph) return false;
  if (before.gendersLearnt[pi] !== learnt.size) return false;
  for (let i = shared; i < before.gendersLearnt[pi]; i++) if (learnt.get(before.learntActors[i]) !== before.learntGenders[i]) return false;
  return true;
}

/** Takes the previous resolution's results and trail from paragraph `pi` to the end, where every input and the state are as before. */
export function takeRestFrom(resolver: SpeakerResolver, previous: ResolvedSpeakers, pi: number): void {
  const { trail, resolved } = resolver;
  const before = previous.trail;
  const count = trail.speaker.length;
  const shift = trail.firstFrame[pi] - before.firstFrame[pi];
  resolved.actors.set(previous.actors.subarray(before.firstFrame[pi]), trail.firstFrame[pi]);
  for (let i = before.firstFrame[pi]; i < previous.groups.length; i++) resolved.groups[i + shift] = previous.groups[i];
  copyStates(trail, before, pi, count);
  const learntShift = trail.learntActors.length - before.gendersLearnt[pi];
  for (let i = pi; i < count; i++) trail.gendersLearnt[i] = before.gendersLearnt[i] + learntShift;
  for (let i = before.gendersLearnt[pi]; i < before.learntActors.length; i++) {
    trail.learntActors.push(before.learntActors[i]);
    trail.learntGenders.push(before.learntGenders[i]);
  }
}

/** Copies the last speaker and statement the resolver had at paragraphs [from, to) from one trail to another. */
function copyStates(target: SpeakerTrail, source: SpeakerTrail, from: number, to: number): void {
  target.speaker.set(source.speaker.subarray(from, to), from);
  target.speakerParagraph.set(source.speakerParagraph.subarray(from, to), from);
  target.statement.set(source.statement.subarray(from, to), from);
  target.statementParagraph.set(source.statementParagraph.subarray(from, to), from);
}
