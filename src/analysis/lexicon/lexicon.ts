// The engine's word knowledge, built once on first use from the data modules and the build-time lexicon.
import generated from './lexicon.generated.json';
import generatedCues from './cues.generated.json';
import { COUNTRIES, MULTIWORD_PLACES, OTHER_PLACES, PLACE_HEADS, PLACE_PREFIXES } from './places';
import {
  EAST_ASIAN_SURNAMES, GIVEN_NAMES, GROUP_WORDS, HONORIFICS, RELATION_NOUNS, ROLE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS,
} from './people';
import { EVENT_PREFIXES } from './notNames';
import { KNOWN_ORGS, ORG_HEADS } from './organizations';
import {
  CLARITY_ADJECTIVES, CUE_BLOCK_LIST, EVALUATION_BLOCK_LIST, EVALUATION_VERBS_ADDED, LIGHT_VERBS, NOUN_PHRASE_CUES,
  PHRASAL_REPORTING_VERBS, REPORTING_VERBS, STATEMENT_NOUNS,
} from './cues';
import { GENERIC_SPEAKERS } from './speakers';

export type PlaceKind = 'country' | 'capital' | 'place';

export interface PlaceInfo {
  /** Canonical name ("United States" for "U.S."). */
  name: string;
  kind: PlaceKind;
  /** For capitals: the country they are the capital of. */
  country?: string;
}

export type VerbForm = 'base' | 'third' | 'past' | 'participle' | 'gerund';
/** The forms in the order a row of five lists them ("say:says:said:said:saying"). */
const VERB_FORMS: readonly VerbForm[] = ['base', 'third', 'past', 'participle', 'gerund'];

export interface ReportingVerb {
  lemma: string;
  form: VerbForm;
  /** Takes an addressee before its content ("told reporters that"). */
  addressee: boolean;
  /** Reports only when a quotation or colon follows ("the letter reads: …"). */
  quotationOnly: boolean;
  /** Reports only with its complement written out: "that" and a clause, a colon or a quotation ("joked that …"). */
  explicitOnly?: boolean;
  /** The particle written right after a phrasal verb ("pointed out that …"). */
  particle?: string;
  /** Taken from WordNet rather than the hand-made rows: as a participle (", cautioning …") it needs its complement. */
  derived?: boolean;
  /** A speaker's own stance after "I" ("I believe that …"), no reporting verb of its own. */
  stance?: boolean;
  /** A verb of evaluation: reports only a judgement written out ("blasted the plan as reckless"). */
  evaluative?: boolean;
}

export interface Lexicon {
  /** Word classes of a lower-case common English word: n(oun) v(erb) j(adjective) r(adverb) f(unction word). */
  commonClasses(lower: string): string | undefined;
  /** A capitalised word known only as a proper noun. */
  isKnownProper(word: string): boolean;
  /**
   * WordNet's classes of a lower-case common noun, a letter each: l(ocation) g(roup) p(erson) a(rtifact: buildings,
   * facilities) o(bject: rivers, mountains); the commonest sense's letter first and upper-case when it is one of them.
   */
  nounClasses(lower: string): string | undefined;
  /**
   * WordNet's classes of a proper noun, by its lower-case words joined by "_" ("abraham_lincoln"): the letters of
   * nounClasses, and "-" for a sense of another kind (a language, an event, a month).
   */
  properClasses(lowerJoined: string): string | undefined;
  /** Past tenses not written with -ed and never nouns ("went", "grew", "came"): a finite verb wherever they stand. */
  readonly irregularPast: ReadonlySet<string>;
  /** Every past tense not written with -ed, nouns and adjectives included ("left", "set"): a verb after a name. */
  readonly pastTenses: ReadonlySet<string>;
  /** Words of a title written before a name: the heads and the words that go before them ("Foreign", "Vice"). */
  readonly titleWords: ReadonlySet<string>;
  readonly titleHeads: ReadonlySet<string>;
  readonly roleNouns: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly givenNames: ReadonlySet<string>;
  /** Religious, ethnic and political group words ("Sunni", "Kurds", "Democrats"). */
  readonly groupWords: ReadonlySet<string>;
  readonly eventPrefixes: ReadonlySet<string>;
  readonly eastAsianSurnames: ReadonlySet<string>;
  readonly orgHeads: ReadonlySet<string>;
  readonly placeHeads: ReadonlySet<string>;
  /** Words that open a place's name ("Fort", "Lake", "Mount"). */
  readonly placePrefixes: ReadonlySet<string>;
  /** Lower-cased known organization names and acronyms → canonical form. */
  readonly knownOrgs: ReadonlyMap<string, string>;
  /** Lower-cased place names and aliases → place. */
  readonly places: ReadonlyMap<string, PlaceInfo>;
  /** Lower-cased demonyms → country. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** The reporting verbs of the hand-made rows, by inflected form. */
  readonly reportingVerbs: ReadonlyMap<string, ReportingVerb>;
  /** The other verbs of communication (WordNet), by inflected form: weaker cues, read by attribution only. */
  readonly communicationVerbs: ReadonlyMap<string, ReportingVerb>;
  /** Phrasal verbs of communication: inflected form → particle → verb ("pointed" → "out"). */
  readonly phrasalVerbs: ReadonlyMap<string, ReadonlyMap<string, ReportingVerb>>;
  readonly statementNouns: ReadonlySet<string>;
  /** Verbs of evaluation ("blasted", "thanked", "questioned"), by inflected form: cues only with a judgement after them. */
  readonly evaluationVerbs: ReadonlyMap<string, ReportingVerb>;
  /** Light verbs that report with a noun after them ("expressed concern that"), by inflected form. */
  readonly lightVerbs: ReadonlyMap<string, ReportingVerb>;
  /** Every word that starts a cue of the four verb tables above: one look-up turns away the words that start none. */
  readonly cueStarts: ReadonlySet<string>;
  /** The nouns (and "clear") that report a "that" clause after such a light verb. */
  readonly clauseNouns: ReadonlySet<string>;
  /** Cues whose content may be a noun phrase ("criticized the plan"): lemmas, phrasal ones as "call_for". */
  readonly nounPhraseCues: ReadonlySet<string>;
  readonly genericSpeakers: ReadonlySet<string>;
  /** Nouns that describe a person through someone else ("father", "colleague"): no role the person holds. */
  readonly relationNouns: ReadonlySet<string>;
  /** Plurals of group words whose singular is one too ("democrats", "muslims"): a group that speaks, capitalised or not. */
  readonly groupPlurals: ReadonlySet<string>;
}

function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w.length > 0);
}

function regularForms(base: string): [string, string, string, string] {
  const consonantY = /[^aeiou]y$/.test(base);
  const third = consonantY ? base.slice(0, -1) + 'ies' : /(?:s|sh|ch|x|z)$/.test(base) ? base + 'es' : base + 's';
  const past = consonantY ? base.slice(0, -1) + 'ied' : base.endsWith('e') ? base + 'd' : base + 'ed';
  const gerund = base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) + 'ing' : base + 'ing';
  return [third, past, past, gerund];
}

function buildReportingVerbs(rows: string): Map<string, ReportingVerb> {
  const verbs = new Map<string, ReportingVerb>();
  for (const row of words(rows)) {
    const addressee = row.startsWith('+');
    const quotationOnly = row.startsWith('=');
    const fields = (addressee || quotationOnly ? row.slice(1) : row).split(':');
    const lemma = fields[0];
    const forms = fields.length === 5 ? fields : [lemma, ...regularForms(lemma)];
    forms.forEach((form, i) => {
      if (!verbs.has(form)) verbs.set(form, { lemma, form: VERB_FORMS[i], addressee, quotationOnly });
    });
  }
  return verbs;
}

/**
 * The verbs of communication extracted from WordNet at build time, less the block list and the hand-made rows' forms.
 * Those whose senses take a "that" clause report like the hand-made verbs; the rest only with their complement
 * written out. A phrasal verb ("point out") is keyed by its verb's forms and its particle.
 */
function buildCommunicationVerbs(handMade: ReadonlyMap<string, ReportingVerb>): {
  verbs: Map<string, ReportingVerb>;
  phrasal: Map<string, Map<string, ReportingVerb>>;
} {
  const blocked = new Set(words(CUE_BLOCK_LIST));
  const verbs = new Map<string, ReportingVerb>();
  const phrasal = new Map<string, Map<string, ReportingVerb>>();
  const add = (rows: string, explicitOnly: boolean): void => {
    for (const row of words(rows)) {
      const [formsText, particle] = row.split('/');
      const fields = formsText.split(':');
      const lemma = fields[0];
      if (fields.length !== 5 || blocked.has(particle ? `${lemma}_${particle}` : lemma)) continue;
      fields.forEach((form, i) => {
        const verb: ReportingVerb = {
          lemma, form: VERB_FORMS[i], addressee: false, quotationOnly: false, explicitOnly, particle, derived: true,
        };
        if (particle) {
          const byParticle = phrasal.get(form) ?? new Map<string, ReportingVerb>();
          if (!byParticle.has(particle)) byParticle.set(particle, verb);
          phrasal.set(form, byParticle);
        } else if (!handMade.has(form) && !verbs.has(form) && !blocked.has(form)) {
          verbs.set(form, verb);
        }
      });
    }
  };
  add(generatedCues.clausal, false);
  add(generatedCues.other, true);
  addHandMadePhrasal(phrasal);
  return { verbs, phrasal };
}

/** The hand-made phrasal rows ("=go:goes:went:gone:going/on"), before WordNet's for the same verb and particle. */
function addHandMadePhrasal(phrasal: Map<string, Map<string, ReportingVerb>>): void {
  for (const row of words(PHRASAL_REPORTING_VERBS)) {
    const quotationOnly = row.startsWith('=');
    const [formsText, particle] = (quotationOnly ? row.slice(1) : row).split('/');
    const fields = formsText.split(':');
    fields.forEach((form, i) => {
      const byParticle = phrasal.get(form) ?? new Map<string, ReportingVerb>();
      byParticle.set(particle, { lemma: fields[0], form: VERB_FORMS[i], addressee: false, quotationOnly, particle });
      phrasal.set(form, byParticle);
    });
  }
}

/**
 * The verbs of evaluation (WordNet's, extracted at build time, and the added rows) less their block list, by form. A
 * form the hand-made rows or a noun-phrase cue of communication already reads stays theirs.
 */
function buildEvaluationVerbs(
  handMade: ReadonlyMap<string, ReportingVerb>,
  communication: ReadonlyMap<string, ReportingVerb>,
  nounPhraseCues: ReadonlySet<string>,
): Map<string, ReportingVerb> {
  const blocked = new Set(words(EVALUATION_BLOCK_LIST));
  const verbs = new Map<string, ReportingVerb>();
  for (const row of [...words(generatedCues.evaluative), ...EVALUATION_VERBS_ADDED]) {
    const fields = row.split(':');
    const lemma = fields[0];
    if (blocked.has(lemma)) continue;
    const forms = fields.length === 5 ? fields : [lemma, ...regularForms(lemma)];
    forms.forEach((form, i) => {
      const taken = communication.get(form);
      if (handMade.has(form) || verbs.has(form) || (taken && nounPhraseCues.has(taken.lemma))) return;
      verbs.set(form, { lemma, form: VERB_FORMS[i], addressee: false, quotationOnly: false, evaluative: true });
    });
  }
  return verbs;
}

function buildPlaces(): { places: Map<string, PlaceInfo>; demonyms: Map<string, string> } {
  const places = new Map<string, PlaceInfo>();
  const demonyms = new Map<string, string>();
  for (const row of COUNTRIES.split('\n')) {
    if (!row.trim()) continue;
    const [country, demonymList, capital, aliasList] = row.split('|');
    places.set(country.toLowerCase(), { name: country, kind: 'country' });
    for (const alias of (aliasList ?? '').split(',').filter(Boolean)) {
      const bare = alias.replace(/^the /, '');
      places.set(bare.toLowerCase(), { name: country, kind: 'country' });
    }
    for (const demonym of (demonymList ?? '').split(',').filter(Boolean)) demonyms.set(demonym.toLowerCase(), country);
    if (capital && capital !== country) {
      if (!places.has(capital.toLowerCase())) places.set(capital.toLowerCase(), { name: capital, kind: 'capital', country });
    }
  }
  for (const name of words(OTHER_PLACES)) if (!places.has(name.toLowerCase())) places.set(name.toLowerCase(), { name, kind: 'place' });
  for (const name of MULTIWORD_PLACES) if (!places.has(name.toLowerCase())) places.set(name.toLowerCase(), { name, kind: 'place' });
  return { places, demonyms };
}

/** A word's classes; plurals missing from the lexicon ("astronomers", "policies") take their singular's. */
function classesOf(common: ReadonlyMap<string, string>, lower: string): string | undefined {
  const own = common.get(lower);
  if (own !== undefined) return own;
  if (lower.length <= 3 || !lower.endsWith('s')) return undefined;
  const singular = common.get(lower.slice(0, -1));
  if (singular !== undefined) return singular;
  if (lower.endsWith('ies')) return common.get(lower.slice(0, -3) + 'y');
  return lower.endsWith('es') ? common.get(lower.slice(0, -2)) : undefined;
}

/**
 * A word's classes in the tagged lexicon. An "-s" form it lacks takes its stem's only when the stem is a noun or a
 * verb (a plural or a third person): "Peres" is a name, not an "-es" of "per".
 */
function commonClassesOf(common: ReadonlyMap<string, string>, lower: string): string | undefined {
  const own = common.get(lower);
  if (own !== undefined || lower.length <= 3 || !lower.endsWith('s')) return own;
  const stem = classesOf(common, lower);
  return stem !== undefined && (stem.includes('n') || stem.includes('v')) ? stem : undefined;
}

/** A generated table of "word:classes" entries separated by spaces, as a map. */
function classTable(entries: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const entry of entries.split(' ')) {
    const colon = entry.lastIndexOf(':');
    if (colon > 0) table.set(entry.slice(0, colon), entry.slice(colon + 1));
  }
  return table;
}

function build(): Lexicon {
  const common = classTable(generated.common);
  const proper = new Set(generated.proper.split(' '));
  const nouns = classTable(generated.nouns);
  const propers = classTable(generated.propers);
  const knownOrgs = new Map<string, string>();
  for (const name of KNOWN_ORGS) knownOrgs.set(name.toLowerCase(), name);
  const { places, demonyms } = buildPlaces();
  const reportingVerbs = buildReportingVerbs(REPORTING_VERBS);
  const communication = buildCommunicationVerbs(reportingVerbs);
  const lightVerbs = buildReportingVerbs(LIGHT_VERBS);
  const nounPhraseCues = new Set(words(NOUN_PHRASE_CUES));
  const evaluationVerbs = buildEvaluationVerbs(reportingVerbs, communication.verbs, nounPhraseCues);
  const groupWords = new Set(words(GROUP_WORDS));
  const groupPlurals = [...groupWords].filter((w) => w.endsWith('s') && groupWords.has(w.slice(0, -1)));
  return {
    commonClasses: (lower) => commonClassesOf(common, lower),
    isKnownProper: (word) => proper.has(word),
    nounClasses: (lower) => classesOf(nouns, lower),
    properClasses: (lowerJoined) => propers.get(lowerJoined),
    irregularPast: new Set(generated.irregularPast.split(' ')),
    pastTenses: new Set(generated.pastTenses.split(' ')),
    titleWords: new Set([...words(TITLE_HEADS), ...words(TITLE_MODIFIERS)]),
    titleHeads: new Set(words(TITLE_HEADS)),
    roleNouns: new Set(words(ROLE_NOUNS)),
    honorifics: new Set(words(HONORIFICS)),
    givenNames: new Set(words(GIVEN_NAMES)),
    groupWords,
    eventPrefixes: new Set(words(EVENT_PREFIXES)),
    eastAsianSurnames: new Set(words(EAST_ASIAN_SURNAMES)),
    orgHeads: new Set(words(ORG_HEADS)),
    placeHeads: new Set(PLACE_HEADS),
    placePrefixes: new Set(PLACE_PREFIXES),
    knownOrgs,
    places,
    demonyms,
    reportingVerbs,
    communicationVerbs: communication.verbs,
    phrasalVerbs: communication.phrasal,
    statementNouns: new Set(STATEMENT_NOUNS),
    evaluationVerbs,
    lightVerbs,
    cueStarts: new Set([
      ...reportingVerbs.keys(), ...communication.verbs.keys(), ...communication.phrasal.keys(), ...lightVerbs.keys(),
      ...evaluationVerbs.keys(),
    ]),
    clauseNouns: new Set([...words(generatedCues.clauseNouns), ...CLARITY_ADJECTIVES]),
    nounPhraseCues,
    genericSpeakers: new Set([...GENERIC_SPEAKERS, ...groupPlurals]),
    groupPlurals: new Set(groupPlurals),
    relationNouns: new Set(RELATION_NOUNS),
  };
}

let instance: Lexicon | undefined;

/** The shared lexicon, built on first use (a few milliseconds) so that importing the engine costs nothing. */
export function lexicon(): Lexicon {
  instance ??= build();
  return instance;
}
