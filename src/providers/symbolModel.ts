// The document outline as plain data: actors (in order of first appearance) with their claims, then unattributed claims.
import { partitionPoint } from '../analysis/text/sorted';
import type { Actor, ActorType, Analysis, Claim } from '../analysis/types';
import { claimWithId, firstFullMention } from '../derived/analysisIndex';
import { ELLIPSIS } from '../presentation/escape';
import { plural } from '../presentation/wording';
import { ownText, uiText, type UiText } from '../presentation/uiText';

export interface OutlineSymbol {
  /** Names and details carry document and settings text, shown as the characters they are. */
  name: UiText;
  detail: UiText;
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
function claimName(text: string): UiText {
  const start = text.length > NAME_MAX * 4 ? text.slice(0, NAME_MAX * 4) : text;
  const name = uiText(start, NAME_MAX);
  return start === text || name.endsWith(ELLIPSIS) ? name : ownText(`${name}${ELLIPSIS}`);
}

/** " (first 200 listed)" when an actor's claims are cut short in the outline. */
function listedNote(listed: number, total: number): UiText {
  return ownText(listed < total ? ` (first ${listed} listed)` : '');
}

function claimSymbol(claim: Claim): OutlineSymbol {
  return {
    name: claimName(claim.text) || uiText(claim.cue, NAME_MAX),
    detail: ownText(`${uiText(claim.speaker, NAME_MAX)} ${uiText(claim.cue, NAME_MAX)} · line ${claim.line}`),
    kind: 'CLAIM',
    range: { start: claim.start, end: claim.end },
    selection: { start: claim.start, end: claim.end },
    children: [],
  };
}

export function outlineSymbols(analysis: Analysis): OutlineSymbol[] {
  return outlinePieces(analysis).flatMap((piece) => piece());
}

/**
 * The outline in pieces, each making its symbols when called: one per actor, then one for the unattributed claims.
 * A book's outline is made a piece at a time between the extension host's other work.
 */
export function outlinePieces(analysis: Analysis): Array<() => OutlineSymbol[]> {
  const actors = analysis.actors.filter((actor) => actor.mentions.length > 0).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  if (actors.length > OUTLINE_SYMBOLS_MAX) actors.length = OUTLINE_SYMBOLS_MAX;
  const listed = new Set(actors.map((actor) => actor.id));
  // Every attributed claim is in its speaker's list: the unattributed are counted without reading every claim.
  let attributed = 0;
  for (const actor of actors) attributed += actor.claimIds.length;
  const unattributedCount = Math.max(0, analysis.claims.length - attributed);
  const perGroup = claimsPerGroup(
    [...actors.map((actor) => actor.claimIds.length), unattributedCount],
    OUTLINE_SYMBOLS_MAX - actors.length,
  );
  // Only what is listed is looked at: after every analysis of a book the outline is made again, mostly by code
  // that has not been optimized yet, and its actors have tens of thousands of mentions and claims.
  const actorPiece = (actor: Actor) => (): OutlineSymbol[] => {
    const claims: Claim[] = [];
    for (let index = 0; index < actor.claimIds.length && claims.length < perGroup; index++) {
      const claim = claimWithId(analysis.claims, actor.claimIds[index]);
      if (claim) claims.push(claim);
    }
    const lastClaim = actor.claimIds.length > 0 ? claimWithId(analysis.claims, actor.claimIds[actor.claimIds.length - 1]) : undefined;
    const definition = firstFullMention(actor) ?? actor.mentions[0];
    // Mentions and claims are in reading order: the first of each starts the actor's range, the last of each ends it
    // (with what is listed and selected, so that the outline's children always lie inside their parent).
    const mentions = actor.mentions;
    let start = Math.min(mentions[0].start, claims[0]?.start ?? Number.MAX_SAFE_INTEGER, definition.start);
    let end = Math.max(mentions[mentions.length - 1].end, lastClaim?.end ?? 0, definition.end);
    for (const claim of claims) {
      start = Math.min(start, claim.start);
      end = Math.max(end, claim.end);
    }
    const total = actor.claimIds.length;
    return [
      {
        name: uiText(actor.name, NAME_MAX),
        detail: ownText(`${plural(mentions.length, 'mention')} · ${plural(total, 'claim')}${listedNote(claims.length, total)}`),
        kind: actor.type,
        range: { start, end },
        selection: { start: definition.start, end: definition.end },
        children: claims.map(claimSymbol),
      },
    ];
  };
  const unattributedPiece = (): OutlineSymbol[] => {
    const symbols: OutlineSymbol[] = [];
    if (unattributedCount === 0) return symbols;
    for (let index = 0; index < analysis.claims.length && symbols.length < perGroup; index++) {
      const claim = analysis.claims[index];
      if (claim.speakerId === null || !listed.has(claim.speakerId)) symbols.push(claimSymbol(claim));
    }
    return symbols;
  };
  return [...actors.map(actorPiece), unattributedPiece];
}

/**
 * How many claims each group (an actor's, or the unattributed) lists: the most, up to OUTLINE_CLAIMS_MAX, that
 * keeps the groups' total within `budget`.
 */
function claimsPerGroup(counts: readonly number[], budget: number): number {
  const total = (limit: number): number => counts.reduce((sum, count) => sum + Math.min(count, limit), 0);
  // The first limit past the budget, less one; at least 0.
  return Math.max(partitionPoint(OUTLINE_CLAIMS_MAX + 1, (limit) => total(limit) <= budget) - 1, 0);
}
