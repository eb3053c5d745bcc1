// Turns attribution frames into claims: resolves each speaker phrase (name, role, pronoun, common noun) to an actor.
import type { ActorDraft } from './actors';
import type { AttributionFrame } from './attribution';
import type { RoleMention } from './names';
import { sameWords } from './nameTable';
import { lowerBound } from './text/sorted';
import type { ActorType } from './types';

/** What speaker resolution reads of the document: each paragraph's frames, where it starts, and its names' and descriptions' actors. */
export interface SpeakerInputs {
  paragraphs: ReadonlyArray<{ readonly frames: readonly AttributionFrame[] }>;
  bases: Int32Array;
  /** Per paragraph and name: the actor index, -1 when the name is not kept. */
  nameActors: ReadonlyArray<readonly number[]>;
  /** Per paragraph and role description: the actor index, -1 when unresolved. */
  roleActors: ReadonlyArray<readonly number[]>;
}

/** The actor of the name a frame's speaker phrase is or holds ("Peskov said", "the Kremlin's spokesman"), or -1. */
export function speakerNameActor(frame: AttributionFrame, nameActors: readonly number[]): number {
  const speaker = frame.speaker;
  const nameIndex = speaker.kind === 'name' || speaker.kind === 'generic' ? speaker.name : undefined;
  return nameIndex !== undefined ? nameActors[nameIndex] ?? -1 : -1;
}

/**
 * The mentions the resolver looks back to ("he" → the last person mentioned), in reading order, kept
 * as parallel typed arrays: a long document has tens of thousands and none needs an object.
 */
export class MentionTable {
  starts: Int32Array;
  actors: Int32Array;
  paragraphs: Int32Array;
  /** 1 when the mention is the subject of its sentence (its first name outside a prepositional phrase). */
  subjects: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.actors = new Int32Array(capacity);
    this.paragraphs = new Int32Array(capacity);
    this.subjects = new Uint8Array(capacity);
  }

  push(start: number, actor: number, paragraph: number, subject: boolean): void {
    const i = this.length++;
    this.starts[i] = start;
    this.actors[i] = actor;
    this.paragraphs[i] = paragraph;
    this.subjects[i] = subject ? 1 : 0;
  }
}

/** Which mentions a look-back accepts. */
type MentionTest = (actor: number, paragraph: number, subject: boolean) => boolean;

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
}

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

/** How many paragraphs back a speaker look-back reaches at most (they also look one paragraph ahead). */
export const SPEAKER_REACH = 8;

/** How many mentions a look-back reads at most; decisions rely on it to know how far an edit reaches. */
export const MAX_LOOKBACK = 400;
const LEADER_HEADS = new Set(['leader', 'president', 'premier', 'chancellor', 'king', 'queen', 'monarch', 'prime minister']);
const GROUP_HEADS = new Set(['officials', 'police', 'analysts', 'critics', 'experts', 'residents', 'witnesses', 'sources', 'diplomats', 'authorities', 'rebels', 'militants', 'protesters', 'demonstrators', 'investigators', 'prosecutors', 'doctors', 'researchers', 'scientists', 'observers', 'activists', 'campaigners', 'lawyers', 'aides', 'advisers', 'advisors', 'organizers', 'organisers', 'regulators', 'spokespeople']);
const DOCUMENT_HEADS = new Set(['statement', 'report', 'letter', 'document', 'survey', 'study', 'memo', 'filing', 'release', 'communique']);
/** A speaker written as a document ("the statement", "the report") rather than as someone. */
export function isDocumentNoun(head: string): boolean {
  return DOCUMENT_HEADS.has(head);
}

const GENERIC_ORG_HEADS = new Set(['company', 'firm', 'group', 'operator', 'agency', 'organization', 'organisation', 'carrier', 'maker', 'bank', 'party', 'union', 'club', 'team', 'side', 'association', 'federation', 'league', 'airline']);
const ORG_NOUN_HEADS = new Set(['operator', 'maker', 'carrier', 'organization', 'organisation', 'association', 'federation', 'league', 'club', 'team', 'institute', 'foundation', 'society', 'commission', 'journal', 'prosecution', 'regime', 'junta', 'cabinet', 'parliament', 'tribunal', 'airline', 'ministry', 'department', 'agency', 'company', 'government', 'council', 'committee', 'office', 'bank', 'party', 'group', 'union', 'court', 'board', 'military', 'army', 'embassy', 'firm', 'administration', 'campaign', 'opposition', 'website', 'newspaper', 'broadcaster', 'channel', 'palace']);

const LEADER_TITLE = /\b(president|prime minister|premier|chancellor|king|queen|leader|emperor)\b/;

function canonicalRoleWord(word: string): string {
  return word === 'spokesman' || word === 'spokeswoman' ? 'spokesperson' : word;
}

const NO_DRAFTS: ActorDraft[] = [];

/** People by the words of their titles, so a description finds its candidates without scanning every actor. */
export class RoleIndex {
  private readonly byWord = new Map<string, ActorDraft[]>();
  private readonly leaders: ActorDraft[] = [];

  constructor(drafts: readonly ActorDraft[]) {
    for (const draft of drafts) {
      if (draft.type !== 'PERSON' || draft.roles.length === 0) continue;
      const roleText = draft.roles.join(' ').toLowerCase();
      if (LEADER_TITLE.test(roleText)) this.leaders.push(draft);
      for (const word of new Set(roleText.split(/[^\p{L}-]+/u))) {
        if (!word) continue;
        const key = canonicalRoleWord(word);
        const list = this.byWord.get(key);
        if (list) list.push(draft);
        else this.byWord.set(key, [draft]);
      }
    }
  }

  private readonly indexSets = new WeakMap<readonly ActorDraft[], ReadonlySet<number>>();

  /** The actor indices of a list of candidates; remembered for the shared pools, which are asked for again and again. */
  indicesOf(candidates: readonly ActorDraft[]): ReadonlySet<number> {
    let set = this.indexSets.get(candidates);
    if (!set) {
      set = new Set(candidates.map((d) => d.index));
      this.indexSets.set(candidates, set);
    }
    return set;
  }

  /** Pools narrowed to one country, by pool and country: the same descriptions recur through a document. */
  private readonly byCountry = new WeakMap<readonly ActorDraft[], Map<string, ActorDraft[]>>();

  candidates(role: RoleMention): ActorDraft[] {
    const pool = LEADER_HEADS.has(role.head) ? this.leaders : this.byWord.get(canonicalRoleWord(role.head)) ?? NO_DRAFTS;
    const country = role.country;
    if (!country || pool.length === 0) return pool;
    let narrowed = this.byCountry.get(pool);
    if (!narrowed) this.byCountry.set(pool, (narrowed = new Map()));
    let found = narrowed.get(country);
    if (!found) narrowed.set(country, (found = pool.filter((d) => d.roleCountries.has(country))));
    return found;
  }
}

/** Which actor a role description refers to ("the Russian leader" → the person titled Russian President). */
export function resolveRole(role: RoleMention, at: number, roles: RoleIndex, mentions: MentionTable): number {
  const candidates = roles.candidates(role);
  if (candidates.length === 0) return -1;
  if (candidates.length === 1) return candidates[0].index;
  // Several match: the one mentioned most recently before this point.
  const wanted = roles.indicesOf(candidates);
  return lastMentionBefore(mentions, at, (actor) => wanted.has(actor)) ?? candidates[0].index;
}

const MASCULINE_TITLES = new Set(['mr', 'mr.', 'sir', 'king', 'prince', 'father', 'lord', 'duke', 'baron', 'count', 'emperor', 'sultan', 'sheikh', 'spokesman', 'chairman', 'congressman', 'councilman', 'assemblyman', 'businessman', 'actor', 'husband', 'son', 'brother', 'widower', 'grandfather', 'uncle', 'monk', 'pope', 'cardinal', 'bishop', 'archbishop', 'imam', 'ayatollah', 'rabbi']);
const FEMININE_TITLES = new Set(['ms', 'ms.', 'mrs', 'mrs.', 'miss', 'dame', 'lady', 'queen', 'princess', 'duchess', 'baroness', 'countess', 'empress', 'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'assemblywoman', 'businesswoman', 'actress', 'wife', 'daughter', 'sister', 'widow', 'grandmother', 'aunt', 'mother', 'nun']);

/** The gender each role's words state: 'm', 'f', both ('mf') or none (''), by role text. */
const roleGenders = new Map<string, string>();

/** A gender the titles written before a name state, if they agree on one. */
function genderOfRoles(roles: readonly string[]): 'm' | 'f' | undefined {
  let masculine = false;
  let feminine = false;
  for (const role of roles) {
    let stated = roleGenders.get(role);
    if (stated === undefined) {
      stated = '';
      for (const word of role.toLowerCase().split(/\s+/)) {
        if (MASCULINE_TITLES.has(word) && !stated.includes('m')) stated = `m${stated}`;
        if (FEMININE_TITLES.has(word) && !stated.includes('f')) stated = `${stated}f`;
      }
      if (roleGenders.size > 10_000) roleGenders.clear();
      roleGenders.set(role, stated);
    }
    if (stated.includes('m')) masculine = true;
    if (stated.includes('f')) feminine = true;
  }
  return masculine === feminine ? undefined : masculine ? 'm' : 'f';
}

const titleGenders = new WeakMap<readonly ActorDraft[], ReadonlyMap<number, 'm' | 'f'>>();

/** The gender each person's titles state, by actor; the same actors are asked again while a decision stands. */
function gendersByTitle(drafts: readonly ActorDraft[]): ReadonlyMap<number, 'm' | 'f'> {
  let genders = titleGenders.get(drafts);
  if (!genders) {
    const made = new Map<number, 'm' | 'f'>();
    for (const draft of drafts) {
      if (draft.type !== 'PERSON') continue;
      const gender = genderOfRoles(draft.roles);
      if (gender) made.set(draft.index, gender);
    }
    titleGenders.set(drafts, made);
    genders = made;
  }
  return genders;
}


/** The actor of the latest mention before `at` that passes `accept`. */
export function lastMentionBefore(mentions: MentionTable, at: number, accept: MentionTest, minParagraph = -1): number | undefined {
  const low = lowerBound(mentions.starts, mentions.length, at);
  // Look-backs are local by nature; the bound keeps long documents linear.
  for (let i = low - 1; i >= 0 && i >= low - MAX_LOOKBACK; i--) {
    if (mentions.paragraphs[i] < minParagraph) return undefined;
    if (accept(mentions.actors[i], mentions.paragraphs[i], mentions.subjects[i] === 1)) return mentions.actors[i];
  }
  return undefined;
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
    if (a.type !== b.type || !sameWords(a.words, b.words)) return false;
  }
  const was = gendersByTitle(before);
  const now = gendersByTitle(after);
  for (const [slot, gender] of was) if (slot < shared && after[slot] !== undefined && now.get(slot) !== gender) return false;
  for (const [slot, gender] of now) if (slot < shared && before[slot] !== undefined && was.get(slot) !== gender) return false;
  return true;
}

/** The actor of the first mention in a paragraph that passes `accept`. */
function firstMentionIn(mentions: MentionTable, paragraph: number, accept: MentionTest): number | undefined {
  const low = lowerBound(mentions.paragraphs, mentions.length, paragraph);
  for (let i = low; i < mentions.length && mentions.paragraphs[i] === paragraph; i++) if (accept(mentions.actors[i], paragraph, mentions.subjects[i] === 1)) return mentions.actors[i];
  return undefined;
}

/**
 * Resolves speakers in reading order. Pronouns and "the statement" look back to the last speaker or
 * mention of a fitting type; common-noun groups ("officials") become group speakers.
 */
export function resolveSpeakers(
  inputs: SpeakerInputs,
  drafts: readonly ActorDraft[],
  countryActor: ReadonlyMap<string, number>,
  mentions: MentionTable,
  resume?: SpeakerResume,
): ResolvedSpeakers {
  const { paragraphs, bases, nameActors, roleActors } = inputs;
  const count = paragraphs.length;
  const firstFrame = new Int32Array(count + 1);
  for (let pi = 0; pi < count; pi++) firstFrame[pi + 1] = firstFrame[pi] + paragraphs[pi].frames.length;
  const frameCount = firstFrame[count];
  const trail: SpeakerTrail = {
    speaker: new Int32Array(count),
    speakerParagraph: new Int32Array(count),
    statement: new Int32Array(count),
    statementParagraph: new Int32Array(count),
    gendersLearnt: new Int32Array(count),
    learntActors: [],
    learntGenders: [],
    firstFrame,
    interviewee: -1,
  };
  const resolved: ResolvedSpeakers = { actors: new Int32Array(frameCount).fill(-1), groups: new Array<string | undefined>(frameCount), trail };
  let interviewee = -1;
  for (let i = 0; i < mentions.length && interviewee < 0; i++) if (drafts[mentions.actors[i]]?.type === 'PERSON') interviewee = mentions.actors[i];
  trail.interviewee = interviewee;
  const typeOf = (actor: number): ActorType | undefined => drafts[actor]?.type;
  // What the text says of each person's gender: titles first ("Mr", "Queen", "spokeswoman"), then the
  // pronouns already resolved to them.
  const titled = gendersByTitle(drafts);
  const learnt = new Map<number, 'm' | 'f'>();
  const genderOf = (actor: number): 'm' | 'f' | undefined => titled.get(actor) ?? learnt.get(actor);
  const learn = (actor: number, gender: 'm' | 'f'): void => {
    if (titled.has(actor) || learnt.has(actor)) return;
    learnt.set(actor, gender);
    trail.learntActors.push(actor);
    trail.learntGenders.push(gender);
  };
  let lastSpeaker = -1;
  let lastSpeakerParagraph = -1;
  // Who issued the statement that "the statement said" refers back to.
  let lastStatement = -1;
  let lastStatementParagraph = -1;

  let start = 0;
  // A previous resolution helps only if it read the same paragraphs with the same interviewee.
  const previous = resume && resume.previous.trail.interviewee === interviewee && resume.previous.trail.speaker.length === count ? resume.previous : undefined;
  if (resume && previous) {
    // The paragraphs before `from` resolved as they did, and the state there is as it was.
    const before = previous.trail;
    start = resume.from;
    resolved.actors.set(previous.actors.subarray(0, firstFrame[start]));
    for (let i = 0; i < firstFrame[start]; i++) resolved.groups[i] = previous.groups[i];
    copyStates(trail, before, 0, start);
    trail.gendersLearnt.set(before.gendersLearnt.subarray(0, start));
    const learntBefore = start < count ? before.gendersLearnt[start] : before.learntActors.length;
    for (let i = 0; i < learntBefore; i++) learn(before.learntActors[i], before.learntGenders[i]);
    if (start < count) {
      lastSpeaker = before.speaker[start];
      lastSpeakerParagraph = before.speakerParagraph[start];
      lastStatement = before.statement[start];
      lastStatementParagraph = before.statementParagraph[start];
    }
  }
  const shared = trail.learntActors.length;

  for (let pi = start; pi < count; pi++) {
    if (previous && resume && pi >= resume.settledFrom && settled(previous.trail, pi, lastSpeaker, lastSpeakerParagraph, lastStatement, lastStatementParagraph, learnt, shared)) {
      // From here on every input and the state are as before: the rest is the previous resolution's.
      const before = previous.trail;
      const shift = firstFrame[pi] - before.firstFrame[pi];
      resolved.actors.set(previous.actors.subarray(before.firstFrame[pi]), firstFrame[pi]);
      for (let i = before.firstFrame[pi]; i < previous.groups.length; i++) resolved.groups[i + shift] = previous.groups[i];
      copyStates(trail, before, pi, count);
      const learntShift = trail.learntActors.length - before.gendersLearnt[pi];
      for (let i = pi; i < count; i++) trail.gendersLearnt[i] = before.gendersLearnt[i] + learntShift;
      for (let i = before.gendersLearnt[pi]; i < before.learntActors.length; i++) {
        trail.learntActors.push(before.learntActors[i]);
        trail.learntGenders.push(before.learntGenders[i]);
      }
      return resolved;
    }
    trail.speaker[pi] = lastSpeaker;
    trail.speakerParagraph[pi] = lastSpeakerParagraph;
    trail.statement[pi] = lastStatement;
    trail.statementParagraph[pi] = lastStatementParagraph;
    trail.gendersLearnt[pi] = trail.learntActors.length;
    const frames = paragraphs[pi].frames;
    if (frames.length === 0) continue;
    const base = bases[pi];
    for (let fi = 0; fi < frames.length; fi++) {
      const frame = frames[fi];
      const index = firstFrame[pi] + fi;
      const nameActor = speakerNameActor(frame, nameActors[pi]);
      const roleActor = frame.speaker.kind === 'role' ? roleActors[pi][frame.speaker.role] ?? -1 : -1;
      // Look back from where the speaker phrase starts, so it never resolves to a name inside itself.
      const at = base + Math.min(frame.cueStart, frame.speakerStart);
      let actor = -1;
      let group: string | undefined;
      const speaker = frame.speaker;
      switch (speaker.kind) {
        case 'name':
          actor = nameActor;
          break;
        case 'role':
          actor = roleActor;
          break;
        case 'previous':
          actor = lastSpeaker >= 0 && lastSpeakerParagraph >= pi - 1 ? lastSpeaker : -1;
          break;
        case 'interviewee':
          actor = interviewee;
          break;
        case 'pronoun': {
          const recent = lastSpeaker >= 0 && lastSpeakerParagraph >= pi - 2 ? lastSpeaker : -1;
          if (speaker.word === 'he' || speaker.word === 'she') {
            // A person who is the subject of an earlier sentence in the same paragraph comes first
            // ("Priya, 61, has swum there since 1984. She said …"), then the last speaker.
            // Someone known to be of the other gender ("Ms Bhattacharya" for "he") is passed over.
            const gender = speaker.word === 'he' ? 'm' : 'f';
            const fits = (candidate: number): boolean => typeOf(candidate) === 'PERSON' && (genderOf(candidate) ?? gender) === gender;
            const paragraphSubject = lastMentionBefore(mentions, at, (candidate, paragraph, subject) => subject && paragraph === pi && fits(candidate), pi);
            if (paragraphSubject !== undefined) actor = paragraphSubject;
            else if (recent >= 0 && fits(recent)) actor = recent;
            else actor = lastMentionBefore(mentions, at, fits, pi - 2) ?? -1;
            if (actor >= 0) learn(actor, gender);
          } else if (speaker.word === 'it' || speaker.word === 'they' || speaker.word === 'we') {
            if (recent >= 0 && typeOf(recent) !== 'PERSON') actor = recent;
            else if (speaker.word === 'it') actor = lastMentionBefore(mentions, at, (actor) => typeOf(actor) === 'ORG', pi - 1) ?? -1;
          }
          break;
        }
        case 'generic': {
          const head = speaker.head;
          if (speaker.name !== undefined && nameActor >= 0) actor = nameActor;
          else if (speaker.country !== undefined && countryActor.has(speaker.country)) actor = countryActor.get(speaker.country) ?? -1;
          else if (DOCUMENT_HEADS.has(head)) {
            if (head === 'statement' && lastStatement >= 0 && lastStatementParagraph >= pi - 6) actor = lastStatement;
            else if (lastSpeaker >= 0 && lastSpeakerParagraph >= pi - 3 && typeOf(lastSpeaker) !== 'PERSON') actor = lastSpeaker;
            else actor = lastMentionBefore(mentions, at, (actor) => typeOf(actor) === 'ORG', pi - 4) ?? -1;
          } else if (speaker.owner !== undefined && ORG_NOUN_HEADS.has(speaker.owner)) {
            // "the journal's editors wrote": the organization the owner noun names.
            const owner = speaker.owner;
            actor = lastMentionBefore(mentions, at, (actor) => typeOf(actor) === 'ORG' && drafts[actor].words.includes(owner), pi - SPEAKER_REACH) ?? -1;
          } else if (ORG_NOUN_HEADS.has(head)) {
            actor = lastMentionBefore(mentions, at, (actor) => typeOf(actor) === 'ORG' && drafts[actor].words.includes(head), pi - 5) ?? -1;
            // "the company said": the organization last written about, when none is named by that noun.
            if (actor < 0 && GENERIC_ORG_HEADS.has(head)) actor = lastMentionBefore(mentions, at, (actor) => typeOf(actor) === 'ORG', pi - 2) ?? -1;
          } else if (GROUP_HEADS.has(head)) {
            group = head;
          } else if (speaker.indefinite) {
            // "An art dealer … told the jury": a lede that names its subject in the next paragraph.
            actor = firstMentionIn(mentions, pi + 1, (actor, _paragraph, subject) => subject && typeOf(actor) === 'PERSON') ?? -1;
          }
          break;
        }
      }
      if (actor < 0 && group === undefined) continue;
      resolved.actors[index] = actor;
      resolved.groups[index] = group;
      if (actor >= 0) {
        lastSpeaker = actor;
        lastSpeakerParagraph = pi;
        const statementCue = frame.cueEnd - frame.cueStart > 12 && frame.cueToken >= 0;
        if (statementCue || (speaker.kind === 'generic' && speaker.head === 'statement')) {
          lastStatement = actor;
          lastStatementParagraph = pi;
        }
      }
    }
  }
  return resolved;
}

/** Copies the last speaker and statement the resolver had at paragraphs [from, to) from one trail to another. */
function copyStates(target: SpeakerTrail, source: SpeakerTrail, from: number, to: number): void {
  target.speaker.set(source.speaker.subarray(from, to), from);
  target.speakerParagraph.set(source.speakerParagraph.subarray(from, to), from);
  target.statement.set(source.statement.subarray(from, to), from);
  target.statementParagraph.set(source.statementParagraph.subarray(from, to), from);
}

/**
 * Whether the resolver's state at paragraph `pi` is the one the previous resolution had there: the same
 * last speaker and statement, and the same genders learnt (both runs share the first `shared`).
 */
function settled(
  before: SpeakerTrail,
  pi: number,
  speaker: number,
  speakerParagraph: number,
  statement: number,
  statementParagraph: number,
  learnt: ReadonlyMap<number, 'm' | 'f'>,
  shared: number,
): boolean {
  if (before.speaker[pi] !== speaker || before.speakerParagraph[pi] !== speakerParagraph || before.statement[pi] !== statement || before.statementParagraph[pi] !== statementParagraph) return false;
  if (before.gendersLearnt[pi] !== learnt.size) return false;
  for (let i = shared; i < before.gendersLearnt[pi]; i++) if (learnt.get(before.learntActors[i]) !== before.learntGenders[i]) return false;
  return true;
}
