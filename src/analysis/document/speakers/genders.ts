// What titles say of a person's gender ("Mr", "Queen", "spokeswoman"), as pronoun resolution reads it.
import { FEMININE_WORDS, MASCULINE_WORDS } from '../../lexicon/people';
import type { ActorDraft } from '../actors/drafts';

const masculineWords = new Set(MASCULINE_WORDS);
const feminineWords = new Set(FEMININE_WORDS);

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

/** The gender each person's titles state, by actor; the same actors are asked again while a decision stands. */
export function gendersByTitle(drafts: readonly ActorDraft[]): ReadonlyMap<number, 'm' | 'f'> {
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
