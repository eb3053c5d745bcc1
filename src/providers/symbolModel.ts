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
  const claimById = new Map(analysis.claims.map((claim) => [claim.id, claim]));
  const actors = [...analysis.actors]
    .filter((actor) => actor.mentions.length > 0)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const symbols = actors.map((actor): OutlineSymbol => {
    const claims = actor.claimIds.map((claimId) => claimById.get(claimId)).filter((claim): claim is Claim => claim !== undefined);
    const definition = firstFullMention(actor) ?? actor.mentions[0];
    let start = Number.MAX_SAFE_INTEGER;
    let end = 0;
    for (const spans of [actor.mentions, claims]) {
      for (let position = 0; position < spans.length; position += 1) {
        start = Math.min(start, spans[position].start);
        end = Math.max(end, spans[position].end);
      }
    }
    return {
      name: singleLine(actor.name, NAME_MAX),
      detail: `${plural(actor.mentions.length, 'mention')} · ${plural(claims.length, 'claim')}${claims.length > OUTLINE_CLAIMS_MAX ? ` (first ${OUTLINE_CLAIMS_MAX} listed)` : ''}`,
      kind: actor.type,
      range: { start, end },
      selection: { start: definition.start, end: definition.end },
      children: claims.slice(0, OUTLINE_CLAIMS_MAX).map(claimSymbol),
    };
  });
  const listed = new Set(actors.map((actor) => actor.id));
  const unattributed = analysis.claims.filter((claim) => claim.speakerId === null || !listed.has(claim.speakerId));
  return [...symbols, ...unattributed.slice(0, OUTLINE_CLAIMS_MAX).map(claimSymbol)];
}
