// Resolves each attribution frame's speaker phrase (name, role, pronoun, common noun) to an actor, in reading order.
import { lexicon } from '../../lexicon/lexicon';
import { DOCUMENT_SPEAKERS, GROUP_SPEAKERS, NAMED_ORG_NOUNS, STAND_IN_ORG_NOUNS } from '../../lexicon/speakers';
import type { AttributionFrame, SpeakerRef } from '../../paragraph/attribution/frame';
import type { RoleMention } from '../../paragraph/names/candidate';
import type { TurnShape } from '../../paragraph/turnShape';
import type { ActorType } from '../../types';
import type { ActorDraft } from '../actors/drafts';
import { dialogueTurns, type DialogueTurns } from './dialogue';
import { gendersByTitle } from './genders';
import { holdsRole } from './roles';
import { firstMentionIn, lastMentionBefore, lastMentionIndexBefore, type MentionTable } from './mentions';
import { resumeAt, settledAt, takeRestFrom, usableResume, type SpeakerResume } from './resume';

const groupSpeakers = new Set(GROUP_SPEAKERS);
const documentSpeakers = new Set(DOCUMENT_SPEAKERS);
/** Kinds of organization that, as a speaker, stand for the organization last written about ("the company said"). */
const standInOrgNouns = new Set(STAND_IN_ORG_NOUNS);
const orgNouns = new Set([...STAND_IN_ORG_NOUNS, ...NAMED_ORG_NOUNS]);

/**
 * Whether the speaker phrase is written right beside its cue ("the candidate said", "said the candidate"): one that goes
 * on ("the president of the region, Jane Doe, …") or waits on a modal ("the judge may recognize") introduces someone.
 */
function besideCue(frame: AttributionFrame): boolean {
  const before = frame.cueStart - frame.speakerEnd;
  const after = frame.speakerStart - frame.cueEnd;
  return (before >= 0 && before <= 1) || (after >= 0 && after <= 1);
}

/** A speaker written as a document ("the statement", "the report") rather than as someone. */
export function isDocumentNoun(head: string): boolean {
  return documentSpeakers.has(head);
}

/** How many paragraphs back a speaker look-back reaches at most (they also look one paragraph ahead). */
export const SPEAKER_REACH = 8;

/** What speaker resolution reads of the document: each paragraph's frames, where it starts, and its names' and descriptions' actors. */
export interface SpeakerInputs {
  paragraphs: ReadonlyArray<{
    readonly frames: readonly AttributionFrame[];
    readonly turn: TurnShape;
    readonly tokenCount: number;
    readonly roles: readonly RoleMention[];
  }>;
  bases: Int32Array;
  /** Per paragraph and name: the actor index, -1 when the name is not kept. */
  nameActors: ReadonlyArray<readonly number[]>;
  /** Per paragraph and role description: the actor index, -1 when unresolved. */
  roleActors: ReadonlyArray<readonly number[]>;
}

/** The speaker of each frame, parallel to the frames given: an actor index, or -1 (see `groups`). */
export interface ResolvedSpeakers {
  actors: Int32Array;
  /** For unnamed group speakers ("officials", "police"): the group's label; undefined when unresolved. */
  groups: Array<string | undefined>;
  /** Where the resolver stood at each paragraph, so that the next decision can resume there. */
  trail: SpeakerTrail;
}

/**
 * The resolver's state at the start of each paragraph (-1 for none): the last speaker and the last
 * issuer of a statement with their paragraphs, and how many genders pronouns had taught it by then.
 */
export interface SpeakerTrail {
  speaker: Int32Array;
  speakerParagraph: Int32Array;
  statement: Int32Array;
  statementParagraph: Int32Array;
  gendersLearnt: Int32Array;
  /** Genders learnt from pronouns ("he said" after a person), in the order learnt. */
  learntActors: number[];
  learntGenders: Array<'m' | 'f'>;
  /** Index of each paragraph's first frame in `actors` and `groups`; one more entry for the end. */
  firstFrame: Int32Array;
  /** The first person mentioned: who "the interviewee" is. */
  interviewee: number;
  /** Who "I" and "you" are, paragraph by paragraph, when the document is a dialogue without labels. */
  dialogue: DialogueTurns | undefined;
}

/** Who spoke last, and who issued the last statement ("the statement said" refers back to it), with their paragraphs. */
export interface ResolverState {
  speaker: number;
  speakerParagraph: number;
  statement: number;
  statementParagraph: number;
}

/** The actor of the name a frame's speaker phrase is or holds ("Peskov said", "the Kremlin's spokesman"), or -1. */
export function speakerNameActor(frame: AttributionFrame, nameActors: readonly number[]): number {
  const speaker = frame.speaker;
  const nameIndex = speaker.kind === 'name' || speaker.kind === 'generic' ? speaker.name : undefined;
  return nameIndex !== undefined ? nameActors[nameIndex] ?? -1 : -1;
}

/**
 * Resolves speakers in reading order. Pronouns and "the statement" look back to the last speaker or
 * mention of a fitting type; common-noun groups ("officials") become group speakers. With `resume`, the
 * results of a previous resolution are taken where they still hold (see resume.ts).
 */
export function resolveSpeakers(
  inputs: SpeakerInputs,
  drafts: readonly ActorDraft[],
  countryActor: ReadonlyMap<string, number>,
  mentions: MentionTable,
  resume?: SpeakerResume,
): ResolvedSpeakers {
  const resolver = new SpeakerResolver(inputs, drafts, countryActor, mentions);
  const count = inputs.paragraphs.length;
  const previous = usableResume(resume, resolver);
  const start = previous && resume ? resumeAt(resolver, previous, resume.from) : 0;
  const shared = resolver.trail.learntActors.length;
  for (let pi = start; pi < count; pi++) {
    if (previous && resume && pi >= resume.settledFrom && settledAt(previous.trail, pi, resolver, shared)) {
      // From here on every input and the state are as before: the rest is the previous resolution's.
      takeRestFrom(resolver, previous, pi);
      break;
    }
    resolver.readParagraph(pi);
  }
  return resolver.resolved;
}

/** Reads the document's frames paragraph by paragraph, keeping who spoke last and what pronouns taught it. */
export class SpeakerResolver {
  readonly resolved: ResolvedSpeakers;
  readonly trail: SpeakerTrail;
  readonly state: ResolverState = { speaker: -1, speakerParagraph: -1, statement: -1, statementParagraph: -1 };
  /** Genders learnt from pronouns resolved to a person ("he said" after "Priya Sharma"). */
  readonly learnt = new Map<number, 'm' | 'f'>();
  /** What titles say of each person's gender ("Mr", "Queen", "spokeswoman"). */
  private readonly titled: ReadonlyMap<number, 'm' | 'f'>;
  /** Where the last speaker resolved in the current paragraph was written (-1 for none yet): a later subject outranks it. */
  private speakerAtInParagraph = -1;
  /** The frame being read, by its index in its paragraph. */
  private frameInParagraph = 0;

  constructor(
    private readonly inputs: SpeakerInputs,
    private readonly drafts: readonly ActorDraft[],
    private readonly countryActor: ReadonlyMap<string, number>,
    private readonly mentions: MentionTable,
  ) {
    const count = inputs.paragraphs.length;
    const firstFrame = new Int32Array(count + 1);
    for (let pi = 0; pi < count; pi++) firstFrame[pi + 1] = firstFrame[pi] + inputs.paragraphs[pi].frames.length;
    const frameCount = firstFrame[count];
    this.trail = {
      speaker: new Int32Array(count),
      speakerParagraph: new Int32Array(count),
      statement: new Int32Array(count),
      statementParagraph: new Int32Array(count),
      gendersLearnt: new Int32Array(count),
      learntActors: [],
      learntGenders: [],
      firstFrame,
      interviewee: this.firstPerson(),
      dialogue: undefined,
    };
    this.trail.dialogue = dialogueTurns(inputs.paragraphs, inputs.nameActors, (actor) => this.typeOf(actor), this.trail.interviewee);
    this.resolved = { actors: new Int32Array(frameCount).fill(-1), groups: new Array<string | undefined>(frameCount), trail: this.trail };
    this.titled = gendersByTitle(drafts);
  }

  /** The first person mentioned: who "A:" answers for in an interview. */
  private firstPerson(): number {
    const { mentions, drafts } = this;
    for (let i = 0; i < mentions.length; i++) if (drafts[mentions.actors[i]]?.type === 'PERSON') return mentions.actors[i];
    return -1;
  }

  /** Notes that a pronoun taught a person's gender, unless titles or an earlier pronoun already said it. */
  learn(actor: number, gender: 'm' | 'f'): void {
    if (this.titled.has(actor) || this.learnt.has(actor)) return;
    this.learnt.set(actor, gender);
    this.trail.learntActors.push(actor);
    this.trail.learntGenders.push(gender);
  }

  /** Notes the state at the start of paragraph `pi`, then resolves its frames. */
  readParagraph(pi: number): void {
    const { trail, state } = this;
    trail.speaker[pi] = state.speaker;
    trail.speakerParagraph[pi] = state.speakerParagraph;
    trail.statement[pi] = state.statement;
    trail.statementParagraph[pi] = state.statementParagraph;
    trail.gendersLearnt[pi] = trail.learntActors.length;
    this.speakerAtInParagraph = -1;
    const frames = this.inputs.paragraphs[pi].frames;
    for (let fi = 0; fi < frames.length; fi++) {
      this.frameInParagraph = fi;
      this.readFrame(pi, fi, frames[fi]);
    }
  }

  private readFrame(pi: number, fi: number, frame: AttributionFrame): void {
    const { resolved, state } = this;
    // Look back from where the speaker phrase starts, so it never resolves to a name inside itself, nor to one in
    // the words it is said to have spoken ("'… helped Jesse Jackson win …,' he said").
    const quoted = frame.quote !== undefined ? frame.contentStart : frame.cueStart;
    const at = this.inputs.bases[pi] + Math.min(frame.cueStart, frame.speakerStart, quoted);
    const found = this.speakerOf(frame, pi, at);
    if (found === -1) return;
    const index = this.trail.firstFrame[pi] + fi;
    const actor = typeof found === 'number' ? found : -1;
    resolved.actors[index] = actor;
    resolved.groups[index] = typeof found === 'string' ? found : undefined;
    if (actor < 0) return;
    state.speaker = actor;
    state.speakerParagraph = pi;
    this.speakerAtInParagraph = this.inputs.bases[pi] + frame.speakerStart;
    const statementCue = frame.cueEnd - frame.cueStart > 12 && frame.cueToken >= 0;
    if (statementCue || (frame.speaker.kind === 'generic' && frame.speaker.head === 'statement')) {
      state.statement = actor;
      state.statementParagraph = pi;
    }
  }

  /** A frame's speaker: an actor index, a group's label, or -1 when unresolved. */
  private speakerOf(frame: AttributionFrame, pi: number, at: number): number | string {
    const { state } = this;
    const speaker = frame.speaker;
    switch (speaker.kind) {
      case 'name': {
        const actor = speakerNameActor(frame, this.inputs.nameActors[pi]);
        // A place heading a line ("Basse Terre: green and lush") labels a list item, not a speaker's turn.
        return frame.label && actor >= 0 && this.typeOf(actor) === 'PLACE' ? -1 : actor;
      }
      case 'role': {
        const actor = this.inputs.roleActors[pi][speaker.role] ?? -1;
        const role = this.inputs.paragraphs[pi].roles[speaker.role];
        // "the candidate said", when no one is titled so: the person who just spoke, as for a description; not "the
        // Russian leader", whose country says who it is, nor "the Chief Justice", an office written as a name.
        const plain = role !== undefined && role.country === undefined && /^[Tt]he\s+\p{Ll}/u.test(role.text) && besideCue(frame);
        return actor >= 0 || !plain ? actor : this.lastPersonSpeaker(role.head, pi);
      }
      case 'previous':
        return state.speaker >= 0 && state.speakerParagraph >= pi - 1 ? state.speaker : -1;
      case 'interviewee':
        return this.trail.interviewee;
      case 'pronoun':
        if (speaker.word === 'i' || speaker.word === 'you') return this.turnSpeaker(frame, speaker.word, pi);
        return (speaker.word === 'they' ? this.lastGroupSpeaker(pi) : undefined) ?? this.pronounSpeaker(speaker.word, pi, at);
      case 'generic':
        return this.genericSpeaker(speaker, speakerNameActor(frame, this.inputs.nameActors[pi]), pi, at);
    }
  }

  /**
   * "I" in an answer and "you" in a question of a dialogue: the turn's speaker and the one asked. Only for what follows
   * the cue ("I would note that …"), or a quotation: words before a first-person cue are narration ("…, I went and
   * estimated the job").
   */
  private turnSpeaker(frame: AttributionFrame, word: 'i' | 'you', pi: number): number {
    const dialogue = this.trail.dialogue;
    if (!dialogue || (frame.contentStart < frame.cueStart && frame.quote === undefined)) return -1;
    return word === 'i' ? dialogue.answerer[pi] : dialogue.asked[pi];
  }

  /**
   * "Officials said … 'It is safe,' they said": the group that spoke last, when no one has spoken since, in this
   * paragraph or the two before (within the reach an edit re-reads, so incremental resolution finds it too).
   */
  private lastGroupSpeaker(pi: number): string | undefined {
    const { resolved, trail } = this;
    const from = trail.firstFrame[Math.max(0, pi - 2)];
    for (let i = trail.firstFrame[pi] + this.frameInParagraph - 1; i >= from; i--) {
      if (resolved.actors[i] >= 0) return undefined;
      const group = resolved.groups[i];
      if (group !== undefined) return group;
    }
    return undefined;
  }

  private typeOf(actor: number): ActorType | undefined {
    return this.drafts[actor]?.type;
  }

  /**
   * "it", "they", "we": the last speaker if it is no person; "it" else the last organization mentioned. "he"/"she": see
   * personPronounSpeaker.
   */
  private pronounSpeaker(word: string, pi: number, at: number): number {
    const { state, mentions } = this;
    if (word === 'he' || word === 'she') return this.personPronounSpeaker(word === 'he' ? 'm' : 'f', pi, at);
    if (word !== 'it' && word !== 'they' && word !== 'we') return -1;
    const recent = state.speaker >= 0 && state.speakerParagraph >= pi - 2 ? state.speaker : -1;
    if (recent >= 0 && this.typeOf(recent) !== 'PERSON') return recent;
    if (word === 'it') return lastMentionBefore(mentions, at, (actor) => this.typeOf(actor) === 'ORG', pi - 1) ?? -1;
    return -1;
  }

  /**
   * "he"/"she": the most recent of the last speaker and the last person who is the subject of a sentence, the nearer
   * in reading order winning ("Priya, 61, has swum there since 1984. She said …"; "Cruz warned … West took the
   * conversation. 'I …,' he said"), else the last person mentioned. Someone known to be of the other gender ("Ms
   * Bhattacharya" for "he", "Karen Doe" for "he") is passed over.
   */
  private personPronounSpeaker(gender: 'm' | 'f', pi: number, at: number): number {
    const { state, mentions } = this;
    const fits = (candidate: number): boolean =>
      this.typeOf(candidate) === 'PERSON' && (this.titled.get(candidate) ?? this.learnt.get(candidate) ?? gender) === gender;
    const recent = state.speaker >= 0 && state.speakerParagraph >= pi - 2 && fits(state.speaker) ? state.speaker : -1;
    const subject = lastMentionIndexBefore(mentions, at, (candidate, _paragraph, isSubject) => isSubject && fits(candidate), pi - 2);
    let actor: number;
    if (subject >= 0 && (recent < 0 || this.subjectIsNearer(subject, pi))) actor = mentions.actors[subject];
    else if (recent >= 0) actor = this.mentionedSince(fits, pi, at) ?? recent;
    else actor = lastMentionBefore(mentions, at, fits, pi - 2) ?? -1;
    if (actor >= 0) this.learn(actor, gender);
    return actor;
  }

  /**
   * The last fitting person mentioned earlier in the pronoun's paragraph when the last speaker spoke in an earlier one
   * ("As for Jane Doe, she said …"). A person merely mentioned in a paragraph between does not displace the speaker.
   */
  private mentionedSince(fits: (candidate: number) => boolean, pi: number, at: number): number | undefined {
    if (this.state.speakerParagraph >= pi) return undefined;
    const i = lastMentionIndexBefore(this.mentions, at, fits, pi);
    return i >= 0 ? this.mentions.actors[i] : undefined;
  }

  /** Whether a subject mention comes after the last speaker: in a later paragraph, or later in the same one. */
  private subjectIsNearer(subject: number, pi: number): boolean {
    const paragraph = this.mentions.paragraphs[subject];
    const speakerParagraph = this.state.speakerParagraph;
    if (paragraph !== speakerParagraph) return paragraph > speakerParagraph;
    // Within the paragraph being read the speaker's place is known; in an earlier one the speaker is its subject too.
    return paragraph === pi && this.mentions.starts[subject] > this.speakerAtInParagraph;
  }

  /**
   * A common-noun speaker: the name or nationality inside it ("the Kremlin's spokesman", "Chinese officials"), the
   * issuer of the document it names ("the statement said"), the organization its owner or head noun names ("the
   * journal's editors", "the ministry said"), a group ("officials"), or the person a lede introduces ("An art dealer").
   */
  private genericSpeaker(speaker: Extract<SpeakerRef, { kind: 'generic' }>, nameActor: number, pi: number, at: number): number | string {
    const { state, mentions, countryActor } = this;
    const head = speaker.head;
    const isOrg = (actor: number): boolean => this.typeOf(actor) === 'ORG';
    if (!lexicon().genericSpeakers.has(head)) return this.describedPerson(speaker, pi, at);
    if (speaker.name !== undefined && nameActor >= 0) return nameActor;
    if (speaker.country !== undefined && countryActor.has(speaker.country)) return countryActor.get(speaker.country) ?? -1;
    if (documentSpeakers.has(head)) {
      if (head === 'statement' && state.statement >= 0 && state.statementParagraph >= pi - 6) return state.statement;
      if (state.speaker >= 0 && state.speakerParagraph >= pi - 3 && this.typeOf(state.speaker) !== 'PERSON') return state.speaker;
      return lastMentionBefore(mentions, at, isOrg, pi - 4) ?? -1;
    }
    const owner = speaker.owner;
    if (owner !== undefined && orgNouns.has(owner)) {
      // "the journal's editors wrote": the organization the owner noun names.
      return lastMentionBefore(mentions, at, (actor) => isOrg(actor) && this.drafts[actor].words.includes(owner), pi - SPEAKER_REACH) ?? -1;
    }
    if (orgNouns.has(head)) {
      const named = lastMentionBefore(mentions, at, (actor) => isOrg(actor) && this.drafts[actor].words.includes(head), pi - 5) ?? -1;
      // "the company said": the organization last written about, when none is named by that noun.
      const standIn = named < 0 && standInOrgNouns.has(head) ? (lastMentionBefore(mentions, at, isOrg, pi - 2) ?? -1) : named;
      // "The electoral commission said …" with no commission named: still a claim, the description its speaker.
      return standIn < 0 && speaker.definite ? `the ${head}` : standIn;
    }
    if (groupSpeakers.has(head)) return head;
    // "Democrats said": the group is written with its capital.
    if (lexicon().groupPlurals.has(head)) return head.charAt(0).toUpperCase() + head.slice(1);
    // "An art dealer … told the jury": a lede that names its subject in the next paragraph.
    if (!speaker.indefinite) return -1;
    return firstMentionIn(mentions, pi + 1, (actor, _paragraph, subject) => subject && this.typeOf(actor) === 'PERSON') ?? -1;
  }

  /**
   * A description of a person ("the candidate", "the party's nominee", "the Vermont senator") refers back: to the person
   * whose titles hold its noun, else, a role written with "the", to the person who spoke last, in this paragraph or the one
   * before. A name inside it (the state, the party) qualifies the person; it does not speak. Within the reach an edit
   * re-reads, so incremental resolution finds the same.
   */
  private describedPerson(speaker: Extract<SpeakerRef, { kind: 'generic' }>, pi: number, at: number): number {
    const head = speaker.head;
    if (speaker.indefinite || lexicon().relationNouns.has(head)) return -1;
    const titled = this.titledPerson(head, pi, at);
    return titled >= 0 || !speaker.definite ? titled : this.lastPersonSpeaker(head, pi);
  }

  /**
   * The person who spoke last, in this paragraph or the one before, for a role written with "the" that no one holds by
   * title. Recency alone only for a role noun ("the candidate"): "the man" is as likely someone the text has not named.
   */
  private lastPersonSpeaker(head: string, pi: number): number {
    const { state } = this;
    if (!lexicon().roleNouns.has(head) || lexicon().relationNouns.has(head)) return -1;
    return state.speaker >= 0 && state.speakerParagraph >= pi - 1 && this.typeOf(state.speaker) === 'PERSON' ? state.speaker : -1;
  }

  /** The person last mentioned whose titles hold a role noun ("the senator" for "Sen. Jane Doe"), or -1. */
  private titledPerson(head: string, pi: number, at: number): number {
    return lastMentionBefore(this.mentions, at, (actor) => holdsRole(this.drafts[actor], head), pi - SPEAKER_REACH) ?? -1;
  }
}
