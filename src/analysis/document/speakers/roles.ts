// Role descriptions ("the Russian leader", "the minister") resolved to the person whose titles they describe.
import { LEADER_NOUNS, ROLE_WORD_VARIANTS } from '../../lexicon/speakers';
import type { RoleMention } from '../../paragraph/names/candidate';
import type { ActorDraft } from '../actors/drafts';
import { lastMentionBefore, type MentionTable } from './mentions';

/** Descriptions that point to a leader, whatever the title ("the monarch" too). */
const leaderDescriptions = new Set([...LEADER_NOUNS, 'monarch']);

/** A title that makes its holder a leader; an emperor is one too. */
const LEADER_TITLE = new RegExp(`\\b(${[...LEADER_NOUNS, 'emperor'].join('|')})\\b`);

/** Abbreviated titles and gendered role words, by the word a description uses for them ("Sen. Doe" is "the senator"). */
const roleWordFor = new Map(Object.entries(ROLE_WORD_VARIANTS));

function canonicalRoleWord(word: string): string {
  return roleWordFor.get(word) ?? word;
}

const NO_DRAFTS: ActorDraft[] = [];

/** What the index reads of a person's titles: whether one makes a leader, and their distinct words as descriptions name them. */
interface TitleWords {
  leader: boolean;
  words: readonly string[];
}

/**
 * By list of titles: a draft's list is replaced, never changed, when its titles change, and the index is made again
 * whenever a person with titles is renewed, from every such person: reading each one's titles once keeps that in
 * proportion to the people, not to the words of their titles.
 */
const titleWordsByRoles = new WeakMap<readonly string[], TitleWords>();

function titleWordsOf(roles: readonly string[]): TitleWords {
  let read = titleWordsByRoles.get(roles);
  if (read === undefined) {
    const roleText = roles.join(' ').toLowerCase();
    const words: string[] = [];
    for (const word of new Set(roleText.split(/[^\p{L}-]+/u))) if (word) words.push(canonicalRoleWord(word));
    read = { leader: LEADER_TITLE.test(roleText), words };
    titleWordsByRoles.set(roles, read);
  }
  return read;
}

/** Whether a person's titles hold a role word as a description writes it ("the spokesman" for "a spokeswoman for Acme"). */
export function holdsRole(draft: ActorDraft | undefined, word: string): boolean {
  if (draft === undefined || draft.type !== 'PERSON' || draft.roles.length === 0) return false;
  return titleWordsOf(draft.roles).words.includes(canonicalRoleWord(word));
}

/** People by the words of their titles, so a description finds its candidates without scanning every actor. */
export class RoleIndex {
  private readonly byWord = new Map<string, ActorDraft[]>();
  private readonly leaders: ActorDraft[] = [];

  constructor(drafts: readonly ActorDraft[]) {
    for (const draft of drafts) {
      if (draft.type !== 'PERSON' || draft.roles.length === 0) continue;
      const { leader, words } = titleWordsOf(draft.roles);
      if (leader) this.leaders.push(draft);
      for (let k = 0; k < words.length; k++) {
        const list = this.byWord.get(words[k]);
        if (list) list.push(draft);
        else this.byWord.set(words[k], [draft]);
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
    const pool = leaderDescriptions.has(role.head) ? this.leaders : this.byWord.get(canonicalRoleWord(role.head)) ?? NO_DRAFTS;
    const country = role.country;
    if (!country || pool.length === 0) return pool;
    let narrowed = this.byCountry.get(pool);
    if (!narrowed) this.byCountry.set(pool, (narrowed = new Map<string, ActorDraft[]>()));
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
