// The document's names grouped by comparison key, kept up to date paragraph by paragraph as the text is edited.
import type { NameCandidate, TypeEvidence } from '../../paragraph/names/candidate';
import type { ParagraphAnalysis } from '../../paragraph/analyzeParagraph';
import { lowerBound } from '../../text/sorted';

/** Where a name occurs: its paragraph and its index among that paragraph's names. */
export interface NamePosition {
  paragraph: number;
  index: number;
}

/** Everything the document says about one key (a name as compared across the document). */
export interface KeyEntry {
  key: string;
  /** The learned model's scores of the key's occurrences, summed (NameCandidate.typing). */
  evidence: TypeEvidence;
  /** The hand-written evidence of its occurrences, summed (NameCandidate.evidence). */
  hand: TypeEvidence;
  count: number;
  /** Occurrences in the middle of a sentence, where a capital is evidence of a name. */
  midSentence: number;
  /** Occurrences that are not a common word capitalised at a sentence start. */
  notInitialCommon: number;
  /** Occurrences as the acronym of lower-case words ("sea surface salinity (SSS)"). */
  termAcronym: number;
  /** The words of the key's longest way of writing it (ties: the alphabetically first). */
  words: readonly string[];
  /** Ways of writing the key, with how often each occurs. */
  variants: Array<{ words: readonly string[]; joined: string; count: number }>;
  /** Paragraphs holding the key, ascending. */
  paragraphs: number[];
  /** The forms, roles and role countries of the key in reading order, while its occurrences stay as they are. */
  surfaces?: KeySurfaces | undefined;
  /** The first occurrence, while the key's occurrences stay as they are. */
  first?: NamePosition | undefined;
}

/** What a key was before an edit: enough to tell whether typing and merging read it otherwise now. */
export interface KeySnapshot {
  words: readonly string[];
  evidence: TypeEvidence;
  hand: TypeEvidence;
  count: number;
  /** Its first occurrence: where it stood in the founding order. */
  first: NamePosition;
}

/** A form or role with the position of its first occurrence; `sub` orders a name (0) before its titled form (1). */
export interface PlacedText {
  text: string;
  paragraph: number;
  index: number;
  sub: number;
}

export interface KeySurfaces {
  forms: PlacedText[];
  roles: PlacedText[];
  roleCountries: string[];
}

/** Beyond this many changed paragraphs, building the table again costs about as much as updating it. */
const MAX_UPDATED_PARAGRAPHS = 256;

/**
 * Per-key statistics of the document's names, the input of typing and merging. Built once, then
 * updated by taking out the names of the paragraphs an edit changed and putting in their new names,
 * so a keystroke costs the names it touched rather than every name of the document. The outcome is
 * the same as building the table afresh from the edited text: every statistic is a sum or a set that
 * does not depend on the order the names were added in.
 */
export class NameTable {
  readonly entries = new Map<string, KeyEntry>();
  /** Per paragraph and name: the key the name counts under, null when it is ignored. */
  private keysOf: Array<Array<string | null>> = [];
  private paragraphs: readonly ParagraphAnalysis[] = [];
  /** How many names end in each word: a name's possessive "s" is read as such only when the bare word is a name's last word. */
  private readonly lastWords = new Map<string, number>();
  /**
   * The keys whose occurrences the last update changed in substance (written, typed or placed
   * otherwise, added or gone), with what each was before it (null: a new key).
   */
  touched = new Map<string, KeySnapshot | null>();
  /** How many names have a possessive-looking stem ending in each word. */
  private readonly stemLastWords = new Map<string, number>();

  constructor(private readonly isIgnored: (candidate: NameCandidate) => boolean) {}

  /** Builds the table for a whole document. */
  static build(paragraphs: readonly ParagraphAnalysis[], isIgnored: (candidate: NameCandidate) => boolean): NameTable {
    const table = new NameTable(isIgnored);
    table.paragraphs = paragraphs;
    for (const p of paragraphs) table.countWords(p, 1);
    table.keysOf = paragraphs.map(() => []);
    for (let pi = 0; pi < paragraphs.length; pi++) table.add(pi);
    table.fillSurfaces();
    return table;
  }

  /** Every key's forms, roles and role countries in one pass over the document (see surfacesOf). */
  private fillSurfaces(): void {
    for (const entry of this.entries.values()) entry.surfaces = { forms: [], roles: [], roleCountries: [] };
    for (let paragraph = 0; paragraph < this.paragraphs.length; paragraph++) {
      const keys = this.keysOf[paragraph];
      const names = this.paragraphs[paragraph].names;
      for (let index = 0; index < keys.length; index++) {
        const key = keys[index];
        if (key === null) continue;
        const surfaces = (this.entries.get(key) as KeyEntry).surfaces as KeySurfaces;
        addSurfaces(surfaces, names[index], paragraph, index);
      }
    }
  }

  /**
   * Updates the table, in place, to `paragraphs`, which differ from its paragraphs only at the `changed`
   * indices (same count), and returns it; `touched` then tells what changed. Returns undefined when the
   * change reaches beyond those paragraphs' names (a possessive reading that flips elsewhere): the table
   * is then spent, and one is built afresh.
   */
  update(paragraphs: readonly ParagraphAnalysis[], changed: readonly number[]): NameTable | undefined {
    if (paragraphs.length !== this.paragraphs.length) return undefined;
    const before = changed.map((pi) => this.paragraphs[pi]);
    const after = changed.map((pi) => paragraphs[pi]);
    // A name's last word that appears or disappears changes how possessive-looking names elsewhere
    // read ("Zelenskyys"): then the table is built again instead.
    const lastWordWasPresent = new Map<string, boolean>();
    for (const p of [...before, ...after]) {
      for (const candidate of p.names) lastWordWasPresent.set(lastWordOf(candidate.words), this.lastWords.has(lastWordOf(candidate.words)));
    }
    const stemsBefore = new Set([...lastWordWasPresent.keys()].filter((word) => this.stemLastWords.has(word)));
    for (const p of before) this.countWords(p, -1);
    for (const p of after) this.countWords(p, 1);
    for (const [word, present] of lastWordWasPresent) {
      if (present !== this.lastWords.has(word) && (stemsBefore.has(word) || this.stemLastWords.has(word))) return undefined;
    }
    const snapshots = new Map<string, KeySnapshot | null>();
    const contributedBefore = changed.map((pi) => this.contributions(pi));
    for (const pi of changed) this.remove(pi, snapshots);
    this.paragraphs = paragraphs;
    for (const pi of changed) this.add(pi, snapshots);
    // A key written the same way, with the same evidence, in the same order, is not touched by the edit
    // even though its paragraph was read again.
    this.touched = new Map();
    changed.forEach((pi, i) => {
      const after = this.contributions(pi);
      for (const [key, was] of contributedBefore[i]) if (after.get(key) !== was) this.touched.set(key, snapshots.get(key) ?? null);
      for (const [key, now] of after) if (contributedBefore[i].get(key) !== now) this.touched.set(key, snapshots.get(key) ?? null);
    });
    return this;
  }

  /**
   * The indices at which `paragraphs` hold other paragraph findings than the table's, or undefined when
   * building the table again is the simpler course (another paragraph count, or most paragraphs new).
   */
  changedIn(paragraphs: readonly ParagraphAnalysis[]): number[] | undefined {
    if (paragraphs.length !== this.paragraphs.length) return undefined;
    const changed: number[] = [];
    for (let i = 0; i < paragraphs.length; i++) {
      if (paragraphs[i] === this.paragraphs[i]) continue;
      changed.push(i);
      if (changed.length > MAX_UPDATED_PARAGRAPHS) return undefined;
    }
    return changed;
  }

  /** The key each name of paragraph `pi` counts under (null: ignored). */
  keysIn(pi: number): ReadonlyArray<string | null> {
    return this.keysOf[pi];
  }

  /** The candidate at a position. */
  candidateAt(position: NamePosition): NameCandidate {
    return this.paragraphs[position.paragraph].names[position.index];
  }

  /** The first occurrence of a key. */
  firstOf(entry: KeyEntry): NamePosition {
    if (entry.first) return entry.first;
    const paragraph = entry.paragraphs[0];
    entry.first = { paragraph, index: this.keysOf[paragraph].indexOf(entry.key) };
    return entry.first;
  }

  /** The key's forms ("Putin", "President Putin"), roles and role countries, in reading order. */
  surfacesOf(entry: KeyEntry): KeySurfaces {
    if (entry.surfaces) return entry.surfaces;
    const surfaces: KeySurfaces = { forms: [], roles: [], roleCountries: [] };
    for (const paragraph of entry.paragraphs) {
      const keys = this.keysOf[paragraph];
      const names = this.paragraphs[paragraph].names;
      for (let index = 0; index < keys.length; index++) {
        if (keys[index] === entry.key) addSurfaces(surfaces, names[index], paragraph, index);
      }
    }
    entry.surfaces = surfaces;
    return surfaces;
  }

  private countWords(p: ParagraphAnalysis, sign: 1 | -1): void {
    for (const candidate of p.names) {
      bump(this.lastWords, lastWordOf(candidate.words), sign);
      if (candidate.stem) bump(this.stemLastWords, lastWordOf(candidate.stem.words), sign);
    }
  }

  private keyOf(candidate: NameCandidate): string | null {
    if (this.isIgnored(candidate)) return null;
    const stem = candidate.stem;
    return stem !== undefined && (this.lastWords.get(lastWordOf(stem.words)) ?? 0) > 0 ? stem.key : candidate.key;
  }

  private snapshot(entry: KeyEntry): KeySnapshot {
    return { words: entry.words, evidence: { ...entry.evidence }, hand: { ...entry.hand }, count: entry.count, first: this.firstOf(entry) };
  }

  /** Per key, everything its occurrences in paragraph `pi` contribute, as one comparable text. */
  private contributions(pi: number): Map<string, string> {
    const signatures = new Map<string, string>();
    const keys = this.keysOf[pi];
    const names = this.paragraphs[pi].names;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === null) continue;
      const c = names[i];
      const { person, org, place } = c.typing;
      const hand = c.evidence;
      const written = [c.text, c.words.join(' '), c.role?.text ?? '', c.roleCountry ?? '', c.apposedRole ?? ''];
      const flags = [c.midSentence, c.initialCommon, c.termAcronym === true];
      const own = [...written, person, org, place, hand.person, hand.org, hand.place, ...flags].join('\u0001');
      signatures.set(key, `${signatures.get(key) ?? ''}\u0002${own}`);
    }
    return signatures;
  }

  private add(pi: number, snapshots?: Map<string, KeySnapshot | null>): void {
    const names = this.paragraphs[pi].names;
    const keys = new Array<string | null>(names.length);
    for (let i = 0; i < names.length; i++) {
      const candidate = names[i];
      const key = this.keyOf(candidate);
      keys[i] = key;
      if (key === null) continue;
      const words = key === candidate.key ? candidate.words : (candidate.stem?.words ?? candidate.words);
      let entry = this.entries.get(key);
      if (snapshots && !snapshots.has(key)) snapshots.set(key, entry ? this.snapshot(entry) : null);
      if (!entry) {
        const evidence = { person: 0, org: 0, place: 0 };
        const hand = { person: 0, org: 0, place: 0 };
        entry = { key, evidence, hand, count: 0, midSentence: 0, notInitialCommon: 0, termAcronym: 0, words, variants: [], paragraphs: [] };
        this.entries.set(key, entry);
      }
      this.tally(entry, candidate, words, 1);
      const list = entry.paragraphs;
      if (list[list.length - 1] !== pi) insertSorted(list, pi);
      entry.surfaces = undefined;
      entry.first = undefined;
    }
    this.keysOf[pi] = keys;
  }

  private remove(pi: number, snapshots: Map<string, KeySnapshot | null>): void {
    const names = this.paragraphs[pi].names;
    const keys = this.keysOf[pi];
    for (let i = 0; i < names.length; i++) {
      const key = keys[i];
      if (key === null) continue;
      const entry = this.entries.get(key);
      if (!entry) continue;
      const candidate = names[i];
      if (!snapshots.has(key)) snapshots.set(key, this.snapshot(entry));
      this.tally(entry, candidate, key === candidate.key ? candidate.words : (candidate.stem?.words ?? candidate.words), -1);
      entry.surfaces = undefined;
      entry.first = undefined;
      if (entry.count === 0) {
        this.entries.delete(key);
        continue;
      }
      removeSorted(entry.paragraphs, pi);
    }
    this.keysOf[pi] = [];
  }

  private tally(entry: KeyEntry, candidate: NameCandidate, words: readonly string[], sign: 1 | -1): void {
    // The model's scores, integers, so that taking an occurrence out and putting it back is exact.
    entry.evidence.person += sign * candidate.typing.person;
    entry.evidence.org += sign * candidate.typing.org;
    entry.evidence.place += sign * candidate.typing.place;
    entry.hand.person += sign * candidate.evidence.person;
    entry.hand.org += sign * candidate.evidence.org;
    entry.hand.place += sign * candidate.evidence.place;
    entry.count += sign;
    if (candidate.midSentence) entry.midSentence += sign;
    if (!candidate.initialCommon) entry.notInitialCommon += sign;
    if (candidate.termAcronym === true) entry.termAcronym += sign;
    // Nearly every key is written one way: compare word by word before joining anything.
    const variant = variantOf(entry.variants, words);
    if (sign > 0) {
      if (variant) variant.count++;
      else {
        entry.variants.push({ words, joined: words.join(' '), count: 1 });
        if (entry.variants.length > 1) entry.words = longestWords(entry.variants);
      }
    } else if (variant) {
      if (--variant.count === 0) {
        entry.variants.splice(entry.variants.indexOf(variant), 1);
        if (entry.variants.length > 0) entry.words = longestWords(entry.variants);
      }
    }
  }
}

/** Whether two lists of words (or other texts) are the same, in the same order. */
export function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function variantOf(variants: KeyEntry['variants'], words: readonly string[]): KeyEntry['variants'][number] | undefined {
  for (const variant of variants) if (sameWords(variant.words, words)) return variant;
  return undefined;
}

/** Adds an occurrence's forms (the name, then the name with its title), role and role country to a key's, when new. */
function addSurfaces(surfaces: KeySurfaces, candidate: NameCandidate, paragraph: number, index: number): void {
  if (!hasText(surfaces.forms, candidate.text)) surfaces.forms.push({ text: candidate.text, paragraph, index, sub: 0 });
  const role = candidate.role;
  if (role) {
    if (!hasText(surfaces.roles, role.text)) surfaces.roles.push({ text: role.text, paragraph, index, sub: 0 });
    const titled = `${role.text} ${candidate.text}`;
    if (!hasText(surfaces.forms, titled)) surfaces.forms.push({ text: titled, paragraph, index, sub: 1 });
  }
  const apposed = candidate.apposedRole;
  if (apposed !== undefined && !hasText(surfaces.roles, apposed)) surfaces.roles.push({ text: apposed, paragraph, index, sub: 1 });
  if (candidate.roleCountry && !surfaces.roleCountries.includes(candidate.roleCountry)) surfaces.roleCountries.push(candidate.roleCountry);
}

/** A key has few forms and roles: a scan beats a set. */
function hasText(list: readonly PlacedText[], text: string): boolean {
  for (const placed of list) if (placed.text === text) return true;
  return false;
}

function lastWordOf(words: readonly string[]): string {
  return words[words.length - 1];
}

function bump(map: Map<string, number>, key: string, by: number): void {
  const next = (map.get(key) ?? 0) + by;
  if (next === 0) map.delete(key);
  else map.set(key, next);
}

function longestWords(variants: ReadonlyArray<{ words: readonly string[]; joined: string }>): readonly string[] {
  let best: { joined: string; words: readonly string[] } | undefined;
  for (const variant of variants) {
    const longer = !best || variant.words.length > best.words.length;
    if (longer || (best !== undefined && variant.words.length === best.words.length && variant.joined < best.joined)) best = variant;
  }
  return best ? best.words : [];
}

function insertSorted(list: number[], value: number): void {
  // Built in reading order, a list only grows at its end.
  if (list.length === 0 || list[list.length - 1] < value) {
    list.push(value);
    return;
  }
  const at = lowerBound(list, list.length, value);
  if (list[at] !== value) list.splice(at, 0, value);
}

function removeSorted(list: number[], value: number): void {
  const at = lowerBound(list, list.length, value);
  if (list[at] === value) list.splice(at, 1);
}

