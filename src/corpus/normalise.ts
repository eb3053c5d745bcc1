// The forms names and quotations are compared in across documents, and the small hashes the indexes are built on.

const COMBINING_MARK = /\p{M}+/gu;
const APOSTROPHE = /['\u2019\u02bc\u2018`\u00b4]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** Letters and digits only, lower case, accents removed: "Jovanović" and "JOVANOVIC" compare equal. */
function foldWord(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
}

/** Characters {@link normalisedWords} drops before splitting: apostrophes join the word around them. */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x60 || code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0xb4;
}

/** Characters {@link nameKey} drops before splitting: dots and apostrophes ("U.S." is "us", "O’Neill" is "oneill"). */
function isNameJoiner(code: number): boolean {
  return code === 0x2e || code === 0x27 || code === 0x2019;
}

/**
 * Non-ASCII characters that are neither letters nor digits, nor fold into any: the no-break space, the guillemets and
 * the General Punctuation block (spaces, dashes, quotation marks, the ellipsis, invisible operators), common in news.
 */
function isUnicodeSeparator(code: number): boolean {
  return code === 0xa0 || code === 0xab || code === 0xbb || (code >= 0x2000 && code <= 0x206f);
}

/**
 * The folded words of a text of ASCII letters and digits and of ASCII or common Unicode punctuation (the dropped
 * characters may be any), or null for any other text: the same words as the Unicode path gives, found by one scan.
 * Corpus texts are mostly such, and every quotation and every name of every document passes here, where the Unicode
 * path (normalisation, three regular expressions) was the larger part of folding a document into the corpus.
 */
function asciiWords(text: string, dropped: (code: number) => boolean): string[] | null {
  const words: string[] = [];
  // A word is taken as slices of the text (a dropped character ends one slice), lower-cased once it ends.
  let word = '';
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a)) continue;
    if (dropped(code)) {
      if (index > start) word += text.slice(start, index);
      start = index + 1;
      continue;
    }
    if (code >= 0x80 && !isUnicodeSeparator(code)) return null;
    if (index > start) word += text.slice(start, index);
    if (word.length > 0) words.push(word.toLowerCase());
    word = '';
    start = index + 1;
  }
  if (text.length > start) word += text.slice(start);
  if (word.length > 0) words.push(word.toLowerCase());
  return words;
}

/** The words of a text, folded, apostrophes joined ("don’t" is "dont"), punctuation dropped. */
export function normalisedWords(text: string): string[] {
  return (
    asciiWords(text, isApostrophe) ??
    foldWord(text.replace(APOSTROPHE, ''))
      .split(NOT_WORD)
      .filter((word) => word.length > 0)
  );
}

/** The key a name is merged by across documents: its folded words, dots and punctuation gone ("U.S." is "us"). */
export function nameKey(name: string): string {
  const ascii = asciiWords(name, isNameJoiner);
  if (ascii !== null) return ascii.join(' ');
  return foldWord(name.replace(/[.'\u2019]/g, ''))
    .split(NOT_WORD)
    .filter((word) => word.length > 0)
    .join(' ');
}

/** 32-bit FNV-1a of a string: stable on every machine, for shard assignment and shingle hashes. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Murmur3's finaliser: spreads a 32-bit value over all bits, so one hash seeds many independent ones. */
export function mix32(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
