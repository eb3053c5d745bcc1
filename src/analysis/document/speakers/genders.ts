// What titles and given names say of a person's gender ("Mr", "Queen", "spokeswoman", "Karen"), as pronoun resolution reads it.
import { FEMININE_GIVEN_NAMES, MASCULINE_GIVEN_NAMES } from '../../lexicon/givenNameGenders';
import { FEMININE_WORDS, MASCULINE_WORDS } from '../../lexicon/people';
import type { ActorDraft } from '../actors/drafts';

const masculineWords = new Set(MASCULINE_WORDS);
const feminineWords = new Set(FEMININE_WORDS);
const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);
const givenNameGenders = new Map<string, 'm' | 'f'>([
  ...words(MASCULINE_GIVEN_NAMES).map((name): [string, 'm'] => [name, 'm']),
  ...words(FEMININE_GIVEN_NAMES).map((name): [string, 'f'] => [name, 'f']),
]);

/** The gender a person's given name states, when the name has more than one word and starts with a given name. */
function genderOfGivenName(draft: ActorDraft): 'm' | 'f' | undefined {
  return draft.words.length > 1 && !draft.surnameFirst ? givenNameGenders.get(draft.words[0]) : undefined;
}

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
        if (masculineWords.has(word) && !stated.includes('m')) stated = `m${stated}`;
        if (feminineWords.has(word) && !stated.includes('f')) stated = `${stated}f`;
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

/** The gender each person's titles (else given name) state, by actor; the same actors are asked again while a decision stands. */
export function gendersByTitle(drafts: readonly ActorDraft[]): ReadonlyMap<number, 'm' | 'f'> {
  let genders = titleGenders.get(drafts);
  if (!genders) {
    const made = new Map<number, 'm' | 'f'>();
    for (const draft of drafts) {
      if (draft.type !== 'PERSON') continue;
      // A title outranks the given name: a merged "Mr. Obama" on "Michelle Obama" makes the titles disagree, which says nothing.
      const gender = genderOfRoles(draft.roles) ?? genderOfGivenName(draft);
      if (gender) made.set(draft.index, gender);
    }
    titleGenders.set(drafts, made);
    genders = made;
  }
  return genders;
}
