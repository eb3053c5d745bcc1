// The document outline as plain data: actors (in order of first appearance) with their claims, then unattributed claims.
import type { ActorType, Analysis, Claim } from '../analysis/types';
import { firstFullMention } from '../analysisIndex';
import { ELLIPSIS, singleLine } from '../export/escape';
import { plural } from '../format';

export interface OutlineSymbol {
  name: string;
  detail: string;
  kind: ActorType | 'CLAIM';
  /** Everything the symbol covers: an actor spans its mentions and claims, so breadcrumbs follow the cursor. */
  range: { start: number; end: number };
  /** What is selected when the symbol is chosen: the first full mention, or the claim's text. */
  selection: { start: number; end: number };
  children: OutlineSymbol[];
}

const NAME_MAX = 80;
/** Claims listed per actor, and unattributed claims listed, in the outline: beyond that an outline stops being readable. */
export const OUTLINE_CLAIMS_MAX = 200;
/**
 * Symbols in the whole outline, at most. VS Code copies the outline to the window in one message, about
 * 15 µs a symbol on a busy machine, while the extension host waits: a book's 16,000 symbols held it for over
 * half a second after every analysis. Claims are then listed evenly, up to the same number for every actor.
 */
export const OUTLINE_SYMBOLS_MAX = 2000;

/** A claim's name in the outline: only the start of a long claim is read (a book's outline names thousands). */
function claimName(text: string): string {
  const start = text.length > NAME_MAX * 4 ? text.slice(0, NAME_MAX * 4) : text;
  const name = singleLine(start, NAME_MAX);
  return start === text || name.endsWith(ELLIPSIS) ? name : `${name}${ELLIPSIS}`;
}

function claimSymbol(claim: Claim): OutlineSymbol {
  return {
    name: claimName(claim.text) || claim.cue,
    detail: `${singleLine(claim.speaker, NAME_MAX)} ${singleLine(claim.cue, NAME_MAX)} · line ${claim.line}`,
    kind: 'CLAIM',
    range: { start: claim.start, end: claim.end },
    selection: { start: claim.start, end: claim.end },
    children: [],
  };
}

export function outlineSymbols(analysis: Analysis): OutlineSymbol[] {
  const actors = analysis.actors.filter((actor) => actor.mentions.length > 0).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  if (actors.length > OUTLINE_SYMBOLS_MAX) actors.length = OUTLINE_SYMBOLS_MAX;
  const claimsOf = actors.map((actor) => actor.claimIds.map((claimId) => claimWithId(analysis.claims, claimId)).filter((claim): claim is Claim => claim !== undefined));
  const listed = new Set(actors.map((actor) => actor.id));
  const unattributed = analysis.claims.filter((claim) => claim.speakerId === null || !listed.has(claim.speakerId));
  const perGroup = claimsPerGroup([...claimsOf.map((claims) => claims.length), unattributed.length], OUTLINE_SYMBOLS_MAX - actors.length);
  const symbols = actors.map((actor, position): OutlineSymbol => {
    const claims = claimsOf[position];
    const shown = Math.min(claims.length, perGroup);
    const definition = firstFullMention(actor) ?? actor.mentions[0];
    let start = Number.MAX_SAFE_INTEGER;
    let end = 0;
    for (const spans of [actor.mentions, claims]) {
      for (let index = 0; index < spans.length; index += 1) {
        start = Math.min(start, spans[index].start);
        end = Math.max(end, spans[index].end);
      }
    }
    return {
      name: singleLine(actor.name, NAME_MAX),
      detail: `${plural(actor.mentions.length, 'mention')} · ${plural(claims.length, 'claim')}${shown < claims.length ? ` (first ${shown} listed)` : ''}`,
      kind: actor.type,
      range: { start, end },
      selection: { start: definition.start, end: definition.end },
      children: claims.slice(0, shown).map(claimSymbol),
    };
  });
  return [...symbols, ...unattributed.slice(0, perGroup).map(claimSymbol)];
}

/**
 * How many claims each group (an actor's, or the unattributed) lists: the most, up to OUTLINE_CLAIMS_MAX, that
 * keeps the groups' total within `budget`.
 */
function claimsPerGroup(counts: readonly number[], budget: number): number {
  const total = (limit: number): number => counts.reduce((sum, count) => sum + Math.min(count, limit), 0);
  let low = 0;
  let high = OUTLINE_CLAIMS_MAX;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (total(middle) <= budget) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A claim by id: claims are numbered in reading order ("c12" is the twelfth), so no index over them is built. */
function claimWithId(claims: readonly Claim[], id: string): Claim | undefined {
  const numbered = claims[Number(id.slice(1)) - 1];
  return numbered?.id === id ? numbered : claims.find((claim) => claim.id === id);
}
