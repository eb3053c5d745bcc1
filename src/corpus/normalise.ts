// The forms names and quotations are compared in across documents, and the small hashes the indexes are built on.

const COMBINING_MARK = /\p{M}+/gu;
const APOSTROPHE = /['\u2019\u02bc\u2018`\u00b4]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** Letters and digits only, lower case, accents removed: "Jovanović" and "JOVANOVIC" compare equal. */
function foldWord(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
}

/** The words of a text, folded, apostrophes joined ("don’t" is "dont"), punctuation dropped. */
export function normalisedWords(text: string): string[] {
  return foldWord(text.replace(APOSTROPHE, ''))
    .split(NOT_WORD)
    .filter((word) => word.length > 0);
}

/** The key a name is merged by across documents: its folded words, dots and punctuation gone ("U.S." is "us"). */
export function nameKey(name: string): string {
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
