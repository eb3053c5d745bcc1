// Places named inside an organization's name ("University of California", "Boston Red Sox"): the organization stays
// one entity, and the place inside it is an entity of its own, as human annotation of nested names has it.
import type { Lexicon } from '../../lexicon/lexicon';

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;
/** Longest place name looked for inside a name, in words ("Hong Kong", "New York City"). */
const LONGEST_PLACE = 3;

interface Word {
  start: number;
  end: number;
  lower: string;
  capital: boolean;
}

/** The name's words, a possessive ("Mecca's") or a final point left off. */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const possessive = /['’]s$/.exec(word);
    if (possessive) word = word.slice(0, possessive.index);
    const start = match.index;
    const first = word.charAt(0);
    words.push({ start, end: start + word.length, lower: word.toLowerCase(), capital: first !== first.toLowerCase() });
  }
  return words;
}

/**
 * The places found in each organization's name, by its text: a document names the same few organizations again and
 * again, and reading the words of each occurrence anew was most of the cost of emitting them. Bounded, and cleared
 * when the lexicon changes, as the other per-text memories of the engine are.
 */
const placesByName = new Map<string, ReadonlyArray<readonly [number, number]>>();
let placesByNameLexicon: Lexicon | undefined;
const PLACES_BY_NAME_LIMIT = 20_000;

/** Offsets within `text` of the known places among its words, never the whole name. */
export function nestedPlaces(text: string, lex: Lexicon): ReadonlyArray<readonly [number, number]> {
  if (lex !== placesByNameLexicon || placesByName.size >= PLACES_BY_NAME_LIMIT) {
    placesByName.clear();
    placesByNameLexicon = lex;
  }
  let found = placesByName.get(text);
  if (found === undefined) {
    found = placesIn(text, lex);
    placesByName.set(text, found);
  }
  return found;
}

function placesIn(text: string, lex: Lexicon): Array<[number, number]> {
  const words = wordsOf(text);
  const found: Array<[number, number]> = [];
  if (words.length < 2) return found;
  for (let i = 0; i < words.length; i++) {
    if (!words[i].capital) continue;
    for (let n = Math.min(LONGEST_PLACE, words.length - i); n >= 1; n--) {
      if (n === words.length) continue;
      let joined = words[i].lower;
      for (let k = i + 1; k < i + n; k++) joined += ` ${words[k].lower}`;
      if (!lex.places.has(joined)) continue;
      found.push([words[i].start, words[i + n - 1].end]);
      i += n - 1;
      break;
    }
  }
  return found;
}
