// The learned typing model: a linear model over occurrence features (typingFeatures.ts) scoring person,
// organization and place against "no name". Weights are integers (a fixed fraction of a unit) so that the scores
// summed over a document's occurrences, and taken out and put back as the text is edited, are exact.
import type { Lexicon } from '../../lexicon/lexicon';
import type { SentenceRange } from '../../text/sentences';
import { TokenKind, type Token } from '../../text/tokens';
import type { NameCandidate, TypeEvidence } from './candidate';
import { EVIDENCE_FEATURES, evidenceValues, nameFeatures, placementFeatures, TokenClasses, type FeatureSink } from './typingFeatures';
import shipped from './typingWeights.json';

/** Weights as the training script writes them: per feature, person, organization and place against none. */
export interface TypingWeights {
  /** Weights are integers; a score of `scale` is one unit of log-odds. */
  scale: number;
  features: Record<string, readonly number[]>;
}

/** The weights every analysis reads: by feature name, by kind and value, and their scale. */
interface ActiveModel {
  features: ReadonlyMap<string, readonly number[]>;
  index: WeightsByKind;
  scale: number;
}
let active: ActiveModel | undefined;

/**
 * The same weights by kind and value (`p1:the` under "p1", then "the"), and the pair features by kind, first and
 * second word, so that an occurrence's features are looked up without building their names.
 */
interface WeightsByKind {
  values: Map<string, Map<string, readonly number[]>>;
  pairs: Map<string, Map<string, Map<string, readonly number[]>>>;
}

function indexByKind(features: ReadonlyMap<string, readonly number[]>): WeightsByKind {
  const index: WeightsByKind = { values: new Map(), pairs: new Map() };
  const entry = <V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> => {
    let inner = map.get(key);
    if (inner === undefined) map.set(key, (inner = new Map<string, V>()));
    return inner;
  };
  for (const [name, w] of features) {
    // Kinds hold no colon, so a name's first colon ends its kind ("p1::" is the kind "p1" and the value ":").
    const colon = name.indexOf(':');
    if (colon < 0) continue;
    const kind = name.slice(0, colon);
    const value = name.slice(colon + 1);
    entry(index.values, kind).set(value, w);
    // A pair's words may hold "_" themselves: every split is kept, and only the one written can match.
    for (let u = value.indexOf('_'); u >= 0; u = value.indexOf('_', u + 1)) {
      entry(entry(index.pairs, kind), value.slice(0, u)).set(value.slice(u + 1), w);
    }
  }
  return index;
}

/** Sums the weights of the features it is given (see FeatureSink). */
class WeightSum implements FeatureSink {
  constructor(
    private readonly flat: ReadonlyMap<string, readonly number[]>,
    private readonly index: WeightsByKind,
    readonly into: TypeEvidence,
  ) {}

  push(...features: string[]): void {
    for (const feature of features) this.addWeight(this.flat.get(feature));
  }

  add(kind: string, value?: string): void {
    this.addWeight(value === undefined ? this.flat.get(kind) : this.index.values.get(kind)?.get(value));
  }

  pair(kind: string, first: string, second: string): void {
    this.addWeight(this.index.pairs.get(kind)?.get(first)?.get(second));
  }

  private addWeight(w: readonly number[] | undefined): void {
    if (w === undefined) return;
    this.into.person += w[0];
    this.into.org += w[1];
    this.into.place += w[2];
  }
}

/**
 * The summed weights of a name's own features, by its words: a document names the same people again and again,
 * and the name's features are most of an occurrence's. Integers, so the sums are the same in any order.
 */
const nameScores = new Map<string, TypeEvidence>();
let nameScoresLexicon: Lexicon | undefined;
/** Bounds the memory of a worker that reads many documents in turn; the map is simply started again. */
const NAME_SCORES_LIMIT = 50_000;

function currentModel(): ActiveModel {
  active ??= activeModel(shipped);
  return active;
}

function weights(): ReadonlyMap<string, readonly number[]> {
  return currentModel().features;
}

function activeModel(chosen: TypingWeights): ActiveModel {
  const features = new Map(Object.entries(chosen.features));
  return { features, index: indexByKind(features), scale: chosen.scale };
}

/**
 * Makes `model` the weights every later analysis reads (undefined: the shipped weights). The training script
 * uses it to measure a model trained without the documents it is measured on; the engine never calls it.
 */
export function useTypingWeights(model: TypingWeights | undefined): void {
  active = activeModel(model ?? shipped);
  nameScores.clear();
}

function nameScore(words: readonly string[], lex: Lexicon): TypeEvidence {
  if (lex !== nameScoresLexicon || nameScores.size >= NAME_SCORES_LIMIT) {
    nameScores.clear();
    nameScoresLexicon = lex;
  }
  const key = words.join(' ');
  let score = nameScores.get(key);
  if (score === undefined) {
    score = addWeights(nameFeatures(words, lex), { person: 0, org: 0, place: 0 });
    nameScores.set(key, score);
  }
  return score;
}

/** How many weight units make one unit of log-odds. */
export function typingScale(): number {
  return currentModel().scale;
}

/** Adds the weights of `features` to `into` (integers: person, org, place against none). */
export function addWeights(features: readonly string[], into: TypeEvidence): TypeEvidence {
  const table = weights();
  for (const feature of features) {
    const w = table.get(feature);
    if (w === undefined) continue;
    into.person += w[0];
    into.org += w[1];
    into.place += w[2];
  }
  return into;
}

/**
 * Calls `visit` with each name and the sentence it stands in (undefined for a name inside a hyphenated word).
 * Names must be in reading order, as findNames leaves them.
 */
export function forEachNameInSentence(
  names: readonly NameCandidate[],
  sentences: readonly SentenceRange[],
  visit: (name: NameCandidate, sentence: SentenceRange | undefined) => void,
): void {
  let si = 0;
  for (const name of names) {
    if (name.firstToken < 0) {
      visit(name, undefined);
      continue;
    }
    while (si < sentences.length - 1 && sentences[si].last <= name.firstToken) si++;
    // Names are in reading order, but a name inside a role may start before the sentence pointer: look back.
    let k = si;
    while (k > 0 && sentences[k].first > name.firstToken) k--;
    visit(name, sentences[k]);
  }
}

/** Adds the weights of the hand evidence's numbers, each product rounded so that scores stay integers. */
export function addEvidenceWeights(evidence: TypeEvidence, into: TypeEvidence): TypeEvidence {
  const table = weights();
  const values = evidenceValues(evidence);
  EVIDENCE_FEATURES.forEach((feature, i) => {
    const w = table.get(feature);
    if (w === undefined || values[i] === 0) return;
    into.person += Math.round(w[0] * values[i]);
    into.org += Math.round(w[1] * values[i]);
    into.place += Math.round(w[2] * values[i]);
  });
  return into;
}

/** Gives every name its model scores (see NameCandidate.typing). */
export function scoreNames(
  names: readonly NameCandidate[],
  tokens: readonly Token[],
  sentences: readonly SentenceRange[],
  lex: Lexicon,
): void {
  const classes = new TokenClasses(tokens, lex);
  forEachNameInSentence(names, sentences, (name, sentence) => {
    const { person, org, place } = nameScore(name.words, lex);
    const { features, index } = currentModel();
    const sum = new WeightSum(features, index, { person, org, place });
    placementFeatures(tokens, sentence, name, lex, sum, classes);
    name.typing = addEvidenceWeights(name.evidence, sum.into);
    name.termAcronym = sentence !== undefined && spellsLowerCaseWords(tokens, name, sentence.first);
  });
}

const ACRONYM = /^[A-Z]{2,8}s?$/;
/** Words an acronym's letters may skip ("ground reaction force", "soil moisture and ocean salinity"). */
const SKIPPED = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'a']);

/**
 * "sea surface salinity (SSS)": a bracketed acronym whose letters start the lower-case words before it names a
 * term, not an organization; "Food and Drug Administration (FDA)" is written in capitals.
 */
function spellsLowerCaseWords(tokens: readonly Token[], name: NameCandidate, sentenceFirst: number): boolean {
  const { firstToken: first, lastToken: last } = name;
  if (last !== first + 1 || !ACRONYM.test(tokens[first].text)) return false;
  if (tokens[first - 1]?.text !== '(' || tokens[last]?.text !== ')') return false;
  const letters = tokens[first].text.replace(/s$/, '').toLowerCase();
  let i = first - 2;
  for (let k = letters.length - 1; k >= 0; k--) {
    while (i >= sentenceFirst && SKIPPED.has(tokens[i].text) && tokens[i].lower.charAt(0) !== letters[k]) i--;
    const token = tokens[i];
    if (i < sentenceFirst || token.kind !== TokenKind.Word || token.text !== token.lower) return false;
    // "light-emitting diode (LED)": a hyphenated word may give a letter per part.
    const parts = token.lower.split('-');
    let p = parts.length - 1;
    while (p > 0 && k > 0 && parts[p].charAt(0) === letters[k]) {
      p--;
      k--;
    }
    if (parts[p].charAt(0) !== letters[k]) return false;
    i--;
  }
  return true;
}
