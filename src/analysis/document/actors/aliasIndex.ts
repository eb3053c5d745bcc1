// Finds the actor a name is another name of (a surname, an acronym, a short organization name) in constant time.
import type { Lexicon } from '../../lexicon/lexicon';
import type { ActorType } from '../../types';
import { initialsOf, isAcronymKey, type ActorDraft } from './drafts';

/**
 * Finds the existing actor a name is an alias of — a surname, a surname-first given name, an acronym,
 * a short organization name — through maps kept up to date as actors are created, so each look-up
 * costs the same however many actors the document has.
 */
export class AliasIndex {
  private readonly personBySurname = new Map<string, ActorDraft>();
  private readonly personByLastWord = new Map<string, ActorDraft>();
  private readonly personByFirstAndLast = new Map<string, ActorDraft>();
  private readonly personByLastTwo = new Map<string, ActorDraft>();
  private readonly personByGivenName = new Map<string, ActorDraft>();
  private readonly orgByInitials = new Map<string, ActorDraft>();
  private readonly orgByFirstWord = new Map<string, ActorDraft>();
  private readonly orgBySuffix = new Map<string, ActorDraft>();

  constructor(private readonly lex: Lexicon) {}

  /** The look-up keys an actor takes, in each map, when it is the first to found them. */
  claimsOf(draft: { type: ActorType; words: readonly string[]; surnameFirst: boolean }): Array<[Map<string, ActorDraft>, string]> {
    const words = draft.words;
    const last = words[words.length - 1];
    const claims: Array<[Map<string, ActorDraft>, string]> = [];
    if (draft.type === 'PERSON') {
      claims.push([this.personByLastWord, last]);
      if (words.length > 1) {
        claims.push([this.personBySurname, draft.surnameFirst ? words[0] : last]);
        claims.push([this.personByFirstAndLast, `${words[0]} ${last}`]);
        if (!draft.surnameFirst && this.lex.givenNames.has(words[0])) claims.push([this.personByGivenName, words[0]]);
      }
      // "Lopez Vidal" after "Anna Lopez Vidal": a surname of two words.
      if (words.length > 2 && !draft.surnameFirst) claims.push([this.personByLastTwo, `${words[words.length - 2]} ${last}`]);
    } else if (draft.type === 'ORG' && words.length > 1) {
      claims.push([this.orgByInitials, initialsOf(words)]);
      claims.push([this.orgByFirstWord, words[0]]);
      for (let cut = 1; cut < words.length; cut++) {
        const prefix = words.slice(0, cut);
        const suffix = words.slice(cut);
        // "Home Office" in "United Kingdom Home Office", "Port Authority" in "Porto Salvo Port Authority".
        const headed = isPlacePrefix(prefix, this.lex) || this.lex.orgHeads.has(suffix[suffix.length - 1]);
        if (headed) claims.push([this.orgBySuffix, suffix.join(' ')]);
      }
    }
    return claims;
  }

  add(draft: ActorDraft): void {
    for (const [map, key] of this.claimsOf(draft)) setFirst(map, key, draft);
  }

  /** Which map a look-up key is in, to tell claims apart. */
  nameOf(map: Map<string, ActorDraft>): string {
    if (map === this.personBySurname) return 'surname';
    if (map === this.personByLastWord) return 'last';
    if (map === this.personByFirstAndLast) return 'first-last';
    if (map === this.personByLastTwo) return 'last-two';
    if (map === this.personByGivenName) return 'given';
    if (map === this.orgByInitials) return 'initials';
    if (map === this.orgByFirstWord) return 'first';
    return 'suffix';
  }

  find(type: ActorType, key: string, words: readonly string[]): ActorDraft | undefined {
    if (type === 'PERSON') {
      if (words.length === 1) {
        const word = words[0];
        const bySurname = this.personBySurname.get(word);
        if (bySurname) return bySurname;
        // "Alice" after "Alice Liddell": a given name alone, once typed a person, is the person it first named.
        const byGivenName = this.personByGivenName.get(word);
        if (byGivenName) return byGivenName;
        // "Zelenskyys": a possessive written without its apostrophe.
        return word.endsWith('s') ? this.personByLastWord.get(word.slice(0, -1)) : undefined;
      }
      // "George W. Bush" and "George Bush"; "Vladimir Putin" and "Vladimir Vladimirovich Putin".
      const byFirstAndLast = this.personByFirstAndLast.get(`${words[0]} ${words[words.length - 1]}`);
      if (byFirstAndLast || words.length !== 2 || this.lex.givenNames.has(words[0])) return byFirstAndLast;
      // Two words that start with no given name may be a two-word surname ("Lopez Vidal").
      return this.personByLastTwo.get(`${words[0]} ${words[1]}`);
    }
    if (type === 'ORG') {
      if (words.length === 1) {
        const expansion = isAcronymKey(key) ? this.orgByInitials.get(key) : undefined;
        if (expansion) return expansion;
        // "CBC" and "CBC News"; "Amnesty" and "Amnesty International".
        return this.lex.orgHeads.has(words[0]) ? undefined : this.orgByFirstWord.get(words[0]);
      }
      return this.orgBySuffix.get(words.join(' '));
    }
    return undefined;
  }
}

function setFirst<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (!map.has(key)) map.set(key, value);
}

function isPlacePrefix(words: readonly string[], lex: Lexicon): boolean {
  const joined = words.join(' ');
  return lex.places.has(joined) || lex.demonyms.has(joined);
}
