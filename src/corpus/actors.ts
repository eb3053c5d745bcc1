// Actors merged across documents: one cluster per person or organisation, found by name and alias (union-find), with the
// user's corrections: known actors (and the merges recorded as their aliases) join their names, ignored names never count.
import type { ActorType, KnownActor } from '../analysis/types';
import { nameKey } from './normalise';
import type { SummaryActor } from './summary';

/** One document's share of an actor. */
export interface ActorAppearance {
  document: number;
  mentions: number;
  claims: number;
  /** Line of the first mention in that document. */
  line: number;
}

interface Cluster {
  /** Names as written, with how many mentions carried each. */
  names: Map<string, number>;
  aliases: Set<string>;
  types: Record<ActorType, number>;
  appearances: ActorAppearance[];
  /** The user's name for this actor, when it is a known actor. */
  knownName?: string;
  knownType?: ActorType;
}

/** Aliases kept per actor: names enough to recognise it, never a list that grows with the corpus. */
const MAX_ALIASES = 30;

/** Persons are never merged with organisations or places of the same name ("Jordan", "Georgia"); those two may be. */
function typeGroup(type: ActorType): string {
  return type === 'PERSON' ? 'P' : 'O';
}

export interface MergedActor {
  name: string;
  type: ActorType;
  aliases: string[];
  appearances: ActorAppearance[];
}

export class ActorClusters {
  private readonly parent: number[] = [];
  private readonly clusters: Array<Cluster | undefined> = [];
  private readonly byKey = new Map<string, number>();
  private readonly ignored: Set<string>;

  constructor(corrections: { knownActors?: readonly KnownActor[]; ignoreNames?: readonly string[] } = {}) {
    this.ignored = new Set((corrections.ignoreNames ?? []).map(nameKey).filter((key) => key.length > 0));
    for (const known of corrections.knownActors ?? []) {
      const id = this.create();
      const cluster = this.clusters[id] as Cluster;
      cluster.knownName = known.name;
      cluster.knownType = known.type;
      // Every alias of a known actor is the user's word, a single surname included.
      for (const name of [known.name, ...(known.aliases ?? [])]) this.join(id, `${typeGroup(known.type)}:${nameKey(name)}`);
    }
  }

  /** Whether the user asked never to report this name. */
  isIgnored(name: string): boolean {
    return this.ignored.has(nameKey(name));
  }

  /**
   * Adds one document's actor; returns its cluster, or −1 when its name is ignored. Its name is a merge key, and so are
   * the aliases that are other spellings of that name ({@link isMergeAlias}); a lone surname is not (two Smiths are not
   * one), and is resolved in {@link resolveSurnames} once every document is in.
   */
  add(actor: SummaryActor, document: number, key: string = nameKey(actor.name)): number {
    if (this.ignored.has(key)) return -1;
    const group = typeGroup(actor.type);
    // Each name folded once: folding is most of the work of adding an actor.
    const nameWords = key.split(' ');
    const names = [key];
    for (const alias of actor.aliases) {
      const aliasKey = nameKey(alias);
      if (isMergeAliasKey(alias, aliasKey.split(' '), actor.type, nameWords)) names.push(aliasKey);
    }
    const keys = names.filter((name) => name.length > 0 && !this.ignored.has(name)).map((name) => `${group}:${name}`);
    let id = -1;
    for (const key of keys) {
      const existing = this.byKey.get(key);
      if (existing !== undefined) id = id < 0 ? this.find(existing) : this.union(id, existing);
    }
    if (id < 0) id = this.create();
    for (const key of keys) this.join(id, key);
    const cluster = this.clusters[this.find(id)] as Cluster;
    cluster.names.set(actor.name, (cluster.names.get(actor.name) ?? 0) + Math.max(1, actor.mentions));
    for (const alias of actor.aliases) if (cluster.aliases.size < MAX_ALIASES) cluster.aliases.add(alias);
    cluster.types[actor.type] += Math.max(1, actor.mentions);
    cluster.appearances.push({ document, mentions: actor.mentions, claims: actor.claims, line: actor.line });
    return this.find(id);
  }

  find(id: number): number {
    let root = id;
    while (this.parent[root] !== root) root = this.parent[root];
    // Path compression: later finds are one step.
    for (let node = id; this.parent[node] !== root; ) {
      const next = this.parent[node];
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  /**
   * A person known by one name only ("Peskov") joins the one person whose full name ends with it; when several do,
   * or none, it stays on its own. Done once all documents are in, so the result does not depend on their order.
   */
  resolveSurnames(): void {
    const bySurname = new Map<string, Set<number>>();
    const single: number[] = [];
    this.roots().forEach((id) => {
      const cluster = this.clusters[id] as Cluster;
      if (typeGroup(this.typeOf(cluster)) !== 'P') return;
      const keys = [...cluster.names.keys()].map(nameKey);
      if (cluster.knownName === undefined && keys.every((key) => !key.includes(' '))) {
        single.push(id);
        return;
      }
      for (const key of keys) {
        const words = key.split(' ');
        if (words.length < 2) continue;
        const surname = words[words.length - 1];
        const set = bySurname.get(surname) ?? new Set<number>();
        set.add(id);
        bySurname.set(surname, set);
      }
    });
    for (const id of single) {
      const keys = new Set([...(this.clusters[id] as Cluster).names.keys()].map(nameKey));
      const targets = new Set<number>();
      for (const key of keys) for (const target of bySurname.get(key) ?? []) targets.add(this.find(target));
      if (targets.size === 1) this.union(id, [...targets][0]);
    }
  }

  /** Every merged actor that appears in a document, by cluster id; `renumber` gives each document its final number. */
  merged(renumber: (document: number) => number = (document) => document): Map<number, MergedActor> {
    const result = new Map<number, MergedActor>();
    for (const id of this.roots()) {
      const cluster = this.clusters[id] as Cluster;
      if (cluster.appearances.length === 0) continue;
      const name = cluster.knownName ?? displayName(cluster.names);
      const aliases = [...new Set([...cluster.names.keys(), ...cluster.aliases])].filter((alias) => alias !== name).sort();
      const appearances = cluster.appearances
        .map((appearance) => ({ ...appearance, document: renumber(appearance.document) }))
        .sort((a, b) => a.document - b.document || a.line - b.line);
      result.set(id, { name, type: this.typeOf(cluster), aliases, appearances: mergeAppearances(appearances) });
    }
    return result;
  }

  private roots(): number[] {
    return this.parent.map((_, id) => id).filter((id) => this.parent[id] === id);
  }

  private typeOf(cluster: Cluster): ActorType {
    if (cluster.knownType !== undefined) return cluster.knownType;
    const { PERSON, ORG, PLACE } = cluster.types;
    return PERSON >= ORG && PERSON >= PLACE ? 'PERSON' : ORG >= PLACE ? 'ORG' : 'PLACE';
  }

  private create(): number {
    const id = this.parent.length;
    this.parent.push(id);
    this.clusters.push({ names: new Map(), aliases: new Set(), types: { PERSON: 0, ORG: 0, PLACE: 0 }, appearances: [] });
    return id;
  }

  private join(id: number, key: string): void {
    const existing = this.byKey.get(key);
    if (existing === undefined) this.byKey.set(key, this.find(id));
    else if (this.find(existing) !== this.find(id)) this.union(id, existing);
  }

  /** Joins two clusters; the one with more appearances absorbs the other. Returns the root. */
  private union(a: number, b: number): number {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return rootA;
    const clusterA = this.clusters[rootA] as Cluster;
    const clusterB = this.clusters[rootB] as Cluster;
    if (clusterA.appearances.length < clusterB.appearances.length) [rootA, rootB] = [rootB, rootA];
    const into = this.clusters[rootA] as Cluster;
    const from = this.clusters[rootB] as Cluster;
    for (const [name, count] of from.names) into.names.set(name, (into.names.get(name) ?? 0) + count);
    for (const alias of from.aliases) if (into.aliases.size < MAX_ALIASES) into.aliases.add(alias);
    for (const type of ['PERSON', 'ORG', 'PLACE'] as const) into.types[type] += from.types[type];
    for (const appearance of from.appearances) into.appearances.push(appearance);
    if (into.knownName === undefined && from.knownName !== undefined) into.knownName = from.knownName;
    if (into.knownType === undefined && from.knownType !== undefined) into.knownType = from.knownType;
    this.parent[rootB] = rootA;
    this.clusters[rootB] = undefined;
    return rootA;
  }
}

/**
 * Whether an alias may merge actors across documents. An alias a document gave is often a role or a title with the
 * name ("the minister", "Mr Yilmaz", "President Sørensen"), which other documents give other people: such a key would
 * chain unrelated actors together. So a person's alias merges only when it is another spelling of the full name (two
 * words or more, the same first and last word: "Dmitry S. Peskov" for "Dmitry Peskov"); an organisation's or a place's
 * only when it is written as a name (a capital letter or a digit first: "UN", not "the ministry").
 */
export function isMergeAlias(alias: string, actor: { name: string; type: ActorType }): boolean {
  return isMergeAliasKey(alias, nameKey(alias).split(' '), actor.type, nameKey(actor.name).split(' '));
}

/** {@link isMergeAlias} of names already folded into their key's words. */
function isMergeAliasKey(alias: string, words: readonly string[], type: ActorType, nameWords: readonly string[]): boolean {
  if (type !== 'PERSON') return /^[\p{Lu}\p{N}]/u.test(alias.trim()) && words[0] !== '';
  const sameEnds = words[0] === nameWords[0] && words[words.length - 1] === nameWords[nameWords.length - 1];
  return words.length >= 2 && nameWords.length >= 2 && sameEnds;
}

/** The name carried by most mentions; ties go to the longer name, then the first in code-unit order. */
function displayName(names: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [name, count] of names) {
    const longer = name.length > best.length || (name.length === best.length && name < best);
    const better = count > bestCount || (count === bestCount && longer);
    if (better) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

/** Two actors of one document merged into one: their appearances there become one. */
function mergeAppearances(sorted: ActorAppearance[]): ActorAppearance[] {
  const merged: ActorAppearance[] = [];
  for (const appearance of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.document === appearance.document) {
      last.mentions += appearance.mentions;
      last.claims += appearance.claims;
    } else merged.push(appearance);
  }
  return merged;
}
