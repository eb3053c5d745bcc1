// Deterministic benchmark texts: the repository's fixture articles shuffled by paragraph and varied, plus pathological inputs.
import fs from 'node:fs';
import path from 'node:path';

export const MIB = 1024 * 1024;

/** mulberry32: a small, fast, seedable PRNG, so every corpus is the same on every machine. */
export function prng(seedText) {
  // FNV-1a turns the seed's text into a 32-bit start state.
  let state = 0x811c9dc5;
  for (let index = 0; index < seedText.length; index++) {
    state ^= seedText.charCodeAt(index);
    state = Math.imul(state, 0x01000193) >>> 0;
  }
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (limit) => Math.floor(next() * limit),
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

const GIVEN_NAMES = [
  'Amara', 'Bogdan', 'Chiara', 'Dariusz', 'Elif', 'Farid', 'Greta', 'Hiroshi', 'Ingrid', 'Jonas', 'Kavita', 'Lucas',
  'Marisol', 'Nikolai', 'Oluwaseun', 'Priya', 'Quentin', 'Rosa', 'Santiago', 'Tamar', 'Ulrich', 'Valeria', 'Wei', 'Yusuf',
  'Zanele', 'Aleksandra', 'Benedikt', 'Catalina', 'Dmitri', 'Esther',
];
const SURNAMES = [
  'Abernathy', 'Bianchi', 'Castellanos', 'Dimitrov', 'Eriksen', 'Fofanah', 'Gallagher', 'Hakimi', 'Iwasaki', 'Jovanović',
  'Kowalczyk', 'Lindgren', 'Mbeki', 'Nakashima', 'Okonkwo', 'Petrescu', 'Quispe', 'Rahimi', 'Sørensen', 'Takahashi',
  'Uribe', 'Van der Berg', 'Wójcik', 'Xavier', 'Yilmaz', 'Zhou', 'Almeida', 'Brennan', 'Chaudhry', 'Delacroix',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const PLACES = [
  'Lisbon', 'Nairobi', 'Montevideo', 'Tallinn', 'Hanoi', 'Accra', 'Quito', 'Tbilisi', 'Bergen', 'Cebu', 'Dakar', 'Ljubljana',
  'Brazil', 'Norway', 'Kenya', 'Vietnam', 'New Zealand', 'Morocco', 'Peru', 'Canada', 'Poland', 'Ghana', 'South Korea', 'Iceland',
];
const QUOTE_MARKS = ['"', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', "'"];
/** Wire credit lines appended to a paragraph whose varied copy already appeared (mostly those with nothing to vary). */
const CREDIT_TEMPLATES = [
  (random) => ` (Reporting by ${random.pick(GIVEN_NAMES)} ${random.pick(SURNAMES)}; editing by ${random.pick(GIVEN_NAMES)} ${random.pick(SURNAMES)}.)`,
  (random) => ` (Additional reporting by ${random.pick(GIVEN_NAMES)} ${random.pick(SURNAMES)} in ${random.pick(PLACES)}.)`,
  (random) => ` (Writing by ${random.pick(GIVEN_NAMES)} ${random.pick(SURNAMES)}.)`,
];

function listFiles(directory, suffix) {
  const found = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(full, suffix));
    else if (entry.name.endsWith(suffix)) found.push(full);
  }
  return found.sort();
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The source paragraphs: every `test/fixtures/**\/*.txt` split at blank lines, the ` date YYYY-MM-DD ` header removed,
 * each split into literal text and slots: the places and the words of the person names its `.gold.json` lists
 * (first word of a name: a given name; others: surnames), numbers, number words, weekdays and months.
 */
export function loadSources(repoRoot) {
  const fixtureDir = path.join(repoRoot, 'test', 'fixtures');
  const files = listFiles(fixtureDir, '.txt');
  if (files.length === 0) throw new Error(`no .txt files under ${path.relative(repoRoot, fixtureDir)}`);
  const paragraphs = [];
  const nameRoles = new Map();
  const placeNames = new Set();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s+/, '');
    for (const paragraph of text.split(/\n[ \t]*\n+/)) {
      const trimmed = paragraph.trim();
      if (trimmed) paragraphs.push(trimmed);
    }
    const goldFile = file.replace(/\.txt$/, '.gold.json');
    if (!fs.existsSync(goldFile)) continue;
    const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8'));
    for (const place of gold.places ?? []) if (typeof place === 'string' && place.trim()) placeNames.add(place.trim());
    for (const actor of gold.actors ?? []) {
      if (actor.type !== 'PERSON' || typeof actor.name !== 'string') continue;
      actor.name.split(/\s+/).forEach((word, index) => {
        if (/^\p{Lu}/u.test(word) && !nameRoles.has(word)) nameRoles.set(word, index === 0 ? 'given' : 'surname');
      });
    }
  }
  // Transcripts label speakers with their surname in capitals ("KAHANANUI:").
  for (const [word, role] of [...nameRoles]) if (role === 'surname' && !nameRoles.has(word.toUpperCase())) nameRoles.set(word.toUpperCase(), 'surname');
  const nameWords = [...nameRoles.keys()].sort((a, b) => b.length - a.length);
  const places = [...placeNames].sort((a, b) => b.length - a.length);
  const slotPattern = new RegExp(
    [
      ...(places.length ? [`(?<place>(?<![\\p{L}\\p{M}])(?:${places.map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}]))`] : []),
      ...(nameWords.length ? [`(?<name>(?<![\\p{L}\\p{M}])(?:${nameWords.map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}]))`] : []),
      '(?<digits>\\d+)',
      `(?<weekday>\\b(?:${WEEKDAYS.join('|')})\\b)`,
      `(?<month>\\b(?:${MONTHS.join('|')})\\b)`,
      `(?<numberWord>\\b(?:${NUMBER_WORDS.join('|')})\\b)`,
    ].join('|'),
    'gu',
  );
  return { files: files.map((file) => path.relative(repoRoot, file)), nameWords, paragraphs: paragraphs.map((text) => template(text, slotPattern, nameRoles)) };
}

/** Splits a paragraph once into literal text and the slots a copy varies, so building 16 MB stays cheap. */
function template(text, slotPattern, nameRoles) {
  const pieces = [];
  let last = 0;
  for (const match of text.matchAll(slotPattern)) {
    pieces.push(text.slice(last, match.index));
    const groups = match.groups ?? {};
    if (groups.place) pieces.push({ kind: 'place', word: groups.place });
    else if (groups.name) pieces.push({ kind: nameRoles.get(groups.name), word: groups.name });
    else if (groups.digits) pieces.push({ kind: groups.digits.length === 4 && /^(19|20)/.test(groups.digits) ? 'year' : 'digits', length: groups.digits.length });
    else pieces.push({ kind: groups.weekday ? 'weekday' : groups.month ? 'month' : 'numberWord' });
    last = match.index + match[0].length;
  }
  pieces.push(text.slice(last));
  return pieces;
}

/** One varied copy of a paragraph: person and place names (consistent within a story), numbers, weekdays and months replaced. */
function vary(pieces, random, storyNames) {
  let varied = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      varied += piece;
      continue;
    }
    switch (piece.kind) {
      case 'given':
      case 'surname':
      case 'place': {
        let replacement = storyNames.get(piece.word);
        if (!replacement) {
          replacement = random.pick(piece.kind === 'given' ? GIVEN_NAMES : piece.kind === 'surname' ? SURNAMES : PLACES);
          storyNames.set(piece.word, replacement);
        }
        varied += piece.word.length > 1 && piece.word === piece.word.toUpperCase() ? replacement.toUpperCase() : replacement;
        break;
      }
      case 'year':
        varied += String(2012 + random.int(15));
        break;
      case 'digits':
        varied += String(1 + random.int(9));
        for (let index = 1; index < piece.length; index++) varied += String(random.int(10));
        break;
      case 'weekday':
        varied += random.pick(WEEKDAYS);
        break;
      case 'numberWord':
        varied += random.pick(NUMBER_WORDS);
        break;
      default:
        varied += random.pick(MONTHS);
    }
  }
  return varied;
}

/**
 * A document of about `bytes` UTF-8 bytes (never more): a ` date ` header, then the source paragraphs in seeded
 * shuffled rounds, each copy varied; person names stay consistent over a "story" of 6 to 14 paragraphs.
 * Returns the text and how many of its paragraphs are distinct.
 */
export function buildCorpus(sources, bytes, seed) {
  const random = prng(`corpus:${seed}`);
  const header = ` date ${2012 + random.int(15)}-${String(1 + random.int(12)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')} `;
  const parts = [header];
  let size = Buffer.byteLength(header);
  const seen = new Set();
  let order = [];
  let storyNames = new Map();
  let storyLeft = 0;
  let count = 0;
  for (;;) {
    if (order.length === 0) {
      order = sources.paragraphs.map((_, index) => index);
      for (let index = order.length - 1; index > 0; index--) {
        const other = random.int(index + 1);
        [order[index], order[other]] = [order[other], order[index]];
      }
    }
    if (storyLeft === 0) {
      storyNames = new Map();
      storyLeft = 6 + random.int(9);
    }
    storyLeft--;
    const pieces = sources.paragraphs[order.pop()];
    let paragraph = vary(pieces, random, storyNames);
    // A repeat is drawn again with names outside the story first, and only then given a credit line.
    for (let attempt = 0; seen.has(paragraph) && attempt < 5; attempt++) paragraph = vary(pieces, random, new Map());
    for (let attempt = 0; seen.has(paragraph) && attempt < 20; attempt++) paragraph += random.pick(CREDIT_TEMPLATES)(random);
    const separator = count === 0 ? '' : '\n\n';
    const added = Buffer.byteLength(separator) + Buffer.byteLength(paragraph);
    if (size + added > bytes) break;
    seen.add(paragraph);
    parts.push(separator, paragraph);
    size += added;
    count++;
  }
  return { text: parts.join('') + '\n', paragraphs: count, distinctParagraphs: seen.size };
}

/** Repeats `unit` (or units drawn by `nextUnit`) up to `bytes` UTF-8 bytes. */
function fill(bytes, nextUnit) {
  const parts = [];
  let size = 0;
  for (;;) {
    const unit = nextUnit();
    const unitBytes = Buffer.byteLength(unit);
    if (size + unitBytes > bytes) break;
    parts.push(unit);
    size += unitBytes;
  }
  return parts.join('');
}

/** Inputs built to expose quadratic passes and backtracking patterns; each is about `bytes` UTF-8 bytes. */
export function pathologicalInputs(sources, bytes) {
  const random = prng('pathological');
  const corpus = buildCorpus(sources, bytes * 1.1, 'pathological').text;
  const capitalised = [...new Set([...GIVEN_NAMES, ...SURNAMES.filter((name) => !name.includes(' ')), ...sources.nameWords])];
  return [
    {
      name: 'single line, no full stops',
      text: fill(bytes, (() => {
        const words = corpus.replace(/[.!?]/g, '').split(/\s+/).filter(Boolean);
        let index = 0;
        return () => `${words[index++ % words.length]} `;
      })()),
    },
    { name: 'straight quote marks only', text: fill(bytes, () => '"') },
    { name: 'mixed quote marks', text: fill(bytes, () => random.pick(QUOTE_MARKS)) },
    { name: 'capitalised words', text: fill(bytes, () => `${random.pick(capitalised)} `) },
    { name: '"he said, she said, "', text: fill(bytes, () => 'he said, she said, ') },
  ];
}

/**
 * Applies `count` seeded one-character edits (insert or delete at a random place) and yields each new text
 * as one flat string, the way an editor hands its buffer over (`getText()`). Concatenation makes a rope
 * that the first character read copies into one string (a megabyte's copy); that copy belongs to how this
 * script builds texts, not to re-analysing them, so it is made here, before the timer starts.
 */
export function* oneCharacterEdits(text, count, seed) {
  const random = prng(`edits:${seed}`);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz     ,';
  let current = text;
  for (let index = 0; index < count; index++) {
    const position = random.int(current.length);
    if (random.next() < 0.5) current = current.slice(0, position) + alphabet[random.int(alphabet.length)] + current.slice(position);
    else current = current.slice(0, position) + current.slice(position + 1);
    current.charCodeAt(0);
    yield current;
  }
}
