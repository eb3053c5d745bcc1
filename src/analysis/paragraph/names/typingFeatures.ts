// The features the learned typing model reads of one occurrence of a name: its own words, the words around it,
// the lexicon's word lists and the hand-written evidence. The same function serves the engine and the training script.
import type { Lexicon } from '../../lexicon/lexicon';
import type { SentenceRange } from '../../text/sentences';
import { foldedDiacritics } from '../../text/chars';
import { Token, TokenKind, isAllCaps, isCapitalized } from '../../text/tokens';
import type { NameCandidate, TypeEvidence } from './candidate';
import { isOrgHead } from './reader';

/**
 * Where an occurrence's features go, each as a kind and a value ("p1" and "the" for `p1:the`): the training
 * script collects their names, the engine adds their weights without building a string per feature.
 */
export interface FeatureSink {
  /** Features by their whole names. */
  push(...features: string[]): void;
  /** The feature `kind:value`, or the flag `kind` when no value is given. */
  add(kind: string, value?: string): void;
  /** The feature `kind:first_second` (two neighbouring words). */
  pair(kind: string, first: string, second: string): void;
}

/** A sink that keeps the features' names, as the training script and the per-name scores read them. */
export class FeatureNames implements FeatureSink {
  readonly names: string[] = [];

  push(...features: string[]): void {
    for (const feature of features) this.names.push(feature);
  }

  add(kind: string, value?: string): void {
    this.names.push(value === undefined ? kind : `${kind}:${value}`);
  }

  pair(kind: string, first: string, second: string): void {
    this.names.push(`${kind}:${first}_${second}`);
  }
}

/** A word's shape: X for a capital, x for lower-case letters, d for digits, other characters as written (runs folded). */
function shapeOf(text: string): string {
  let shape = '';
  let previous = '';
  for (let i = 0; i < text.length && shape.length < 8; i++) {
    const kind = charShape(text, i);
    if (kind !== previous || (kind !== 'x' && kind !== 'd')) shape += kind;
    previous = kind;
  }
  return shape;
}

/** One character's shape; ASCII by its code, since changing the case of a character builds a string. */
function charShape(text: string, i: number): string {
  const code = text.charCodeAt(i);
  if (code >= 48 && code <= 57) return 'd';
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  const ch = text[i];
  if (code < 128) return ch;
  return ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
}

function suffix(word: string, length: number): string {
  return word.length > length + 1 ? word.slice(word.length - length) : word;
}

/** Hand evidence folded into a few steps, so the model can weigh the hand rules without trusting their scale. */
function bucket(value: number): number {
  if (value < 0) return 0;
  if (value === 0) return 1;
  if (value < 2) return 2;
  if (value < 4) return 3;
  if (value < 6) return 4;
  return 5;
}

/** The bucket features' names, by bucket (built once: they are read at every occurrence). */
const STEPS = ['n', '0', '1', '2', '4', '6'];
const BUCKET_NAMES = {
  person: STEPS.map((step) => `ep${step}`),
  org: STEPS.map((step) => `eo${step}`),
  place: STEPS.map((step) => `el${step}`),
};

/**
 * The hand-written evidence as numbers (its three sums, clamped, a sixth of a lexicon entry's weight per unit): the
 * model weighs them with the features rather than in their place, so word lists and rules keep their say.
 */
export const EVIDENCE_FEATURES = ['Ep', 'Eo', 'El'] as const;

export function evidenceValues(evidence: TypeEvidence): [number, number, number] {
  const clamp = (v: number): number => Math.max(-6, Math.min(12, v)) / 6;
  return [clamp(evidence.person), clamp(evidence.org), clamp(evidence.place)];
}

function evidenceFeatures(evidence: TypeEvidence, out: FeatureSink): void {
  const { person, org, place } = evidence;
  out.add(BUCKET_NAMES.person[bucket(person)]);
  out.add(BUCKET_NAMES.org[bucket(org)]);
  out.add(BUCKET_NAMES.place[bucket(place)]);
  out.add(place > org && place >= person && place > 0 ? 'ebl' : org >= person && org > 0 ? 'ebo' : person > 0 ? 'ebp' : 'eb-');
}

/** What the lexicon says of the name's words. */
function lexiconFeatures(words: readonly string[], lex: Lexicon, out: FeatureSink): void {
  const joined = words.join(' ');
  const head = words[words.length - 1];
  const first = words[0];
  if (lex.places.has(joined)) out.push(`Lplace:${lex.places.get(joined)?.kind ?? ''}`);
  else if (words.some((w) => lex.places.has(w))) out.push('LplaceIn');
  if (lex.knownOrgs.has(joined)) out.push('Lorg');
  if (lex.givenNames.has(first)) out.push(words.length > 1 ? 'Lgiven' : 'Lgiven1');
  if (words.length > 1 && lex.givenNames.has(head)) out.push('LgivenHead');
  if (words.some((w) => lex.demonyms.has(w))) out.push('Ldemonym');
  if (lex.placeHeads.has(head)) out.push('LplaceHead');
  if (isOrgHead(head, lex)) out.push('LorgHead');
  else if (words.indexOf('of') > 0 && isOrgHead(words[words.indexOf('of') - 1], lex)) out.push('LorgHeadOf');
  else if (words.indexOf('of') > 0 && lex.placeHeads.has(words[words.indexOf('of') - 1])) out.push('LplaceHeadOf');
  else if (words.some((w) => isOrgHead(w, lex))) out.push('LorgHeadIn');
  if (lex.titleWords.has(first)) out.push('Ltitle');
  if (lex.eastAsianSurnames.has(first)) out.push('Least');
  if (lex.groupWords.has(head)) out.push('Lgroup');
  // "the Pirates", "Golden State Warriors": a common noun made plural and capitalised names a team or a group more
  // often than a people ("Thais" is no common noun).
  const pluralOfNoun = head.length > 3 && head.endsWith('s') && (lex.commonClasses(head.slice(0, -1))?.includes('n') ?? false);
  if (pluralOfNoun) out.push(words.length > 1 ? 'LplCommon' : 'LplCommon1');
  const properHead = head.charAt(0).toUpperCase() + head.slice(1);
  if (lex.isKnownProper(properHead)) out.push('Lproper');
  properClassFeatures(words, lex, out);
  out.push(`hc:${lex.commonClasses(head) ?? '-'}`);
  nounClassFeatures('hN', head, lex, out);
  const of = words.indexOf('of');
  if (of > 0) nounClassFeatures('oN', words[of - 1], lex, out);
  if (words.length > 1) out.push(`fc:${lex.commonClasses(first) ?? '-'}`);
  let common = 0;
  for (const w of words) if (lex.commonClasses(w) !== undefined) common++;
  out.push(common === 0 ? 'cm0' : common === words.length ? 'cmAll' : 'cmSome');
}

/**
 * What WordNet knows a well-known name as ("Abraham Lincoln" a person, "Boston" a location, "Red Cross" a group),
 * else what it knows the name's last word as ("Lincoln" in "Mary Lincoln"): a gazetteer of every kind at once.
 */
function properClassFeatures(words: readonly string[], lex: Lexicon, out: FeatureSink): void {
  const joined = words.join('_');
  const folded = foldedDiacritics(joined);
  const whole = lex.properClasses(joined) ?? (folded === undefined ? undefined : lex.properClasses(folded));
  if (whole !== undefined) {
    out.push(`wn1:${whole.charAt(0)}`);
    for (const letter of whole.toLowerCase()) out.push(`wn:${letter}`);
    return;
  }
  if (words.length < 2) return;
  const last = words[words.length - 1];
  const foldedLast = foldedDiacritics(last);
  const head = lex.properClasses(last) ?? (foldedLast === undefined ? undefined : lex.properClasses(foldedLast));
  if (head !== undefined) for (const letter of head.toLowerCase()) out.push(`wnh:${letter}`);
}

/**
 * WordNet's classes of a noun (location, group, person, artifact, natural object) as features named by `prefix`:
 * what kind of thing a head word names generalises past the names seen in training ("state", "council", "river").
 */
function nounClassFeatures(prefix: NounPrefix, lower: string, lex: Lexicon, out: FeatureSink): void {
  const classes = lex.nounClasses(lower);
  if (classes === undefined) return;
  const first = classes.charAt(0);
  out.add(FIRST_SENSE[prefix], first === first.toUpperCase() ? first : '-');
  for (const letter of classes.toLowerCase()) out.add(prefix, letter);
}

/** The kinds of nounClassFeatures and of their first sense's feature. */
const FIRST_SENSE = { hN: 'hN1', oN: 'oN1', nN: 'nN1', pN: 'pN1', pNc: 'pNc1' } as const;
type NounPrefix = keyof typeof FIRST_SENSE;

/** The name's own words: identity, head, first word, suffixes, length. */
function wordFeatures(words: readonly string[], out: FeatureSink): void {
  const head = words[words.length - 1];
  out.push(`n${Math.min(words.length, 4)}`, `h:${head}`, `hs:${suffix(head, 3)}`, `hs2:${suffix(head, 2)}`);
  if (words.length > 1) out.push(`f:${words[0]}`, `fs:${suffix(words[0], 3)}`);
  for (let i = 0; i < words.length - 1; i++) out.push(`w:${words[i]}`);
  // "Friends of the Earth", "University of X": the word before "of" heads the name.
  const of = words.indexOf('of');
  if (of > 0) out.push('hasOf', `ofHead:${words[of - 1]}`);
  if (words.includes('and')) out.push('hasAnd');
}

/**
 * The common-word classes of a paragraph's tokens (lexicon.commonClasses), each looked up once however many names
 * stand near it: the engine keeps one table per paragraph, the training script one per occurrence.
 */
export class TokenClasses {
  /** Per token: its classes, null for none, undefined while not looked up. */
  private readonly known: (string | null | undefined)[];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly lex: Lexicon,
  ) {
    this.known = new Array<string | null | undefined>(tokens.length);
  }

  of(i: number): string | undefined {
    let found = this.known[i];
    if (found === undefined) {
      found = this.lex.commonClasses(this.tokens[i].lower) ?? null;
      this.known[i] = found;
    }
    return found ?? undefined;
  }

  isFunctionWord(i: number): boolean {
    return this.of(i)?.includes('f') ?? false;
  }
}

function tokenLabel(tokens: readonly Token[], i: number, sentence: SentenceRange, classes: TokenClasses): string {
  if (i < sentence.first || i >= sentence.last) return '<s>';
  const token = tokens[i];
  if (token.kind === TokenKind.Number) return '<num>';
  if (token.kind !== TokenKind.Word) return token.text;
  if (isCapitalized(token) || isAllCaps(token)) return classes.isFunctionWord(i) ? token.lower : '<Cap>';
  return token.lower;
}

/** The words before and after the occurrence, within its sentence. */
function contextFeatures(
  tokens: readonly Token[],
  name: { first: number; last: number },
  sentence: SentenceRange,
  lex: Lexicon,
  out: FeatureSink,
  classes: TokenClasses,
): void {
  const { first, last } = name;
  const at = (i: number): Token | undefined => (i >= sentence.first && i < sentence.last ? tokens[i] : undefined);
  const p1 = tokenLabel(tokens, first - 1, sentence, classes);
  const p2 = tokenLabel(tokens, first - 2, sentence, classes);
  const n1 = tokenLabel(tokens, last, sentence, classes);
  const n2 = tokenLabel(tokens, last + 1, sentence, classes);
  out.add('p1', p1);
  out.pair('p2', p2, p1);
  out.add('n1', n1);
  out.pair('n2', n1, n2);
  const before = at(first - 1);
  if (before?.kind === TokenKind.Word && !isCapitalized(before)) out.add('p1c', classes.of(first - 1) ?? '-');
  const after = at(last);
  if (after?.kind === TokenKind.Word && !isCapitalized(after)) {
    out.add('n1c', classes.of(last) ?? '-');
    // "Marine biologist", "Labour leader": a capitalised word before a role noun describes the role.
    if (lex.roleNouns.has(after.lower) || lex.titleWords.has(after.lower)) out.add('n1role');
    // "Ekiti state", "the Hudson river": a common noun right after names the kind of thing.
    nounClassFeatures('nN', after.lower, lex, out);
  }
  // "the city of X", "the University of X": the noun before "of" names the kind of thing.
  const of = at(first - 1);
  const kind = at(first - 2);
  if (of?.lower === 'of' && kind?.kind === TokenKind.Word) nounClassFeatures(isCapitalized(kind) ? 'pNc' : 'pN', kind.lower, lex, out);
  // Lower-case words nearby ("born", "visit", "company", "river"), as a bag.
  for (let i = Math.max(sentence.first, first - 3); i < Math.min(sentence.last, last + 3); i++) {
    const token = tokens[i];
    if (i >= first && i < last) continue;
    const content = token.kind === TokenKind.Word && !isCapitalized(token) && !classes.isFunctionWord(i);
    if (content) out.add('cw', token.lower);
  }
  // A preposition shortly before ("in the heart of X", "at the X") often types a place or an organization.
  for (let i = first - 1; i >= Math.max(sentence.first, first - 4); i--) {
    const token = tokens[i];
    if (token.kind !== TokenKind.Word) break;
    if (classes.isFunctionWord(i) && token.lower !== 'the' && token.lower !== 'a') {
      out.add('prep', token.lower);
      break;
    }
  }
}

/** The shape of the name as written ("Xx Xx", "X.X.", "XX"). */
function shapeFeature(tokens: readonly Token[], first: number, last: number): string {
  if (last <= first) return '';
  let shapes = shapeOf(tokens[first].text);
  for (let i = first + 1; i < last && i < first + 4; i++) shapes = `${shapes}_${shapeOf(tokens[i].text)}`;
  return shapes;
}

/**
 * The features of one occurrence. `sentence` is the occurrence's sentence, undefined for a name found inside
 * a hyphenated word ("Senegal-based"), which has no tokens of its own.
 */
export function occurrenceFeatures(
  tokens: readonly Token[],
  sentence: SentenceRange | undefined,
  name: NameCandidate,
  lex: Lexicon,
): string[] {
  const out = new FeatureNames();
  addNameFeatures(name.words, lex, out);
  placementFeatures(tokens, sentence, name, lex, out);
  return out.names;
}

/**
 * The features of the name's words alone (with the bias): the same for every occurrence of a name, so the model
 * can keep their summed weight per name instead of building these strings again at each occurrence.
 */
export function nameFeatures(words: readonly string[], lex: Lexicon): string[] {
  const out = new FeatureNames();
  addNameFeatures(words, lex, out);
  return out.names;
}

function addNameFeatures(words: readonly string[], lex: Lexicon, out: FeatureSink): void {
  out.add('bias');
  wordFeatures(words, out);
  lexiconFeatures(words, lex, out);
}

/** The features of one occurrence beyond its words: the hand evidence, the context, the shape and the flags. */
export function placementFeatures(
  tokens: readonly Token[],
  sentence: SentenceRange | undefined,
  name: NameCandidate,
  lex: Lexicon,
  out: FeatureSink,
  classes = new TokenClasses(tokens, lex),
): void {
  evidenceFeatures(name.evidence, out);
  if (sentence === undefined || name.firstToken < 0) {
    out.add('inWord');
    return;
  }
  contextFeatures(tokens, { first: name.firstToken, last: name.lastToken }, sentence, lex, out, classes);
  out.add('sh', shapeFeature(tokens, name.firstToken, name.lastToken));
  if (name.role) {
    out.add('role');
    out.add('rh', name.role.text.split(/\s+/).pop()?.toLowerCase() ?? '');
  }
  if (name.possessive) out.add('poss');
  if (name.precededByThe) out.add('the');
  out.add(name.midSentence ? 'mid' : 'start');
  if (name.initialCommon) out.add('initialCommon');
}
