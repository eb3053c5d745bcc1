// Fingerprints of what the document-wide decisions read from a paragraph, to tell at a glance whether they still hold.
import { partitionPoint } from '../text/sorted';
import type { AttributionFrame } from './attribution/frame';
import type { LeadIn } from './attribution/leadIn';
import { Fingerprint } from './fingerprint';
import type { LeadSentence } from './lead';
import type { DemonymMention, NameCandidate, RoleMention } from './names/candidate';
import type { MarkedQuote } from './quotes';
import type { TurnShape } from './turnShape';

/** A paragraph's findings that its structure fingerprint covers. */
export interface StructureInputs {
  names: readonly NameCandidate[];
  roles: readonly RoleMention[];
  demonyms: readonly DemonymMention[];
  frames: readonly AttributionFrame[];
  quotes: readonly MarkedQuote[];
  lead: LeadSentence | null;
  tokenCount: number;
  lastWordEnd: number;
  namesFingerprint: number;
  turnLabel: number;
  leadIn: LeadIn | null;
  turn: TurnShape;
  closesQuote: boolean;
}

/** Everything typing and alias merging read of a paragraph's names. */
export function namesFingerprint(names: readonly NameCandidate[]): number {
  const print = new Fingerprint();
  for (const n of names) {
    print.text(n.key).text(n.stem?.key ?? '').text(n.text).text(n.role?.text ?? '').text(n.roleCountry ?? '').text(n.apposedRole ?? '');
    print.number(n.evidence.person).number(n.evidence.org).number(n.evidence.place).flag(n.midSentence).flag(n.initialCommon);
    print.number(n.typing.person).number(n.typing.org).number(n.typing.place);
  }
  return print.value();
}

/** Everything the document-wide decisions read of a paragraph except its offsets, with the order of it. */
export function structureFingerprint(p: StructureInputs): number {
  const { names, lead } = p;
  const f = new Fingerprint().number(p.namesFingerprint);
  for (const demonym of p.demonyms) f.text(demonym.country);
  const leadLast = lead?.endToken ?? 0;
  for (const n of names) f.flag(n.subject).flag(n.lastToken <= leadLast && n.firstToken >= 0);
  for (const role of p.roles) f.text(role.head).text(role.country ?? '').text(role.text).number(namesBefore(names, role.start));
  for (const frame of p.frames) addFrame(f, frame, p);
  addReadingOrder(f, p.frames);
  for (const quote of p.quotes) {
    f.number(quote.depth).flag(quote.openToken === 0).flag(quote.afterToken >= p.tokenCount - 1).flag(quote.unclosed);
    // A quotation of no words is credited to nobody (planClaims): whether it has words is read, not only its marks.
    f.flag((quote.unclosed ? p.lastWordEnd : quote.contentEnd) > quote.contentStart);
  }
  // Of the first sentence only what can credit the paragraph before: its speech noun or word.
  f.number(lead?.speechNoun ?? -2).number(lead?.speechWord ?? -2);
  f.flag(p.closesQuote);
  f.flag(p.turn.question).flag(p.turn.firstPerson).number(p.turn.named).flag(p.turn.selfNamed);
  return f.flag(p.tokenCount === 0).flag(p.lastWordEnd > 0).number(p.turnLabel).number(p.leadIn?.name ?? -1).value();
}

function addFrame(f: Fingerprint, frame: AttributionFrame, p: StructureInputs): void {
  const speaker = frame.speaker;
  f.text(speaker.kind);
  if (speaker.kind === 'name') f.number(speaker.name);
  else if (speaker.kind === 'role') f.number(speaker.role);
  else if (speaker.kind === 'pronoun') f.text(speaker.word);
  else if (speaker.kind === 'generic') {
    f.text(speaker.head).number(speaker.name ?? -1).text(speaker.owner ?? '');
    f.flag(speaker.indefinite === true).flag(speaker.definite === true).text(speaker.country ?? '');
  }
  f.text(frame.kind).number(frame.quote ?? -1).flag(frame.unmarkedQuote).flag(frame.contentEnd >= p.lastWordEnd).flag(frame.label === true);
  const statementCue = frame.cueEnd - frame.cueStart > 12 && frame.cueToken >= 0;
  f.flag(statementCue).number(namesBefore(p.names, Math.min(frame.cueStart, frame.speakerStart)));
}

/** Counts the names that start before an offset (names are in reading order). */
function namesBefore(names: readonly NameCandidate[], offset: number): number {
  return partitionPoint(names.length, (i) => names[i].start < offset);
}

/**
 * The order claims are listed in: by where the frames' words start, then end. Two paragraphs whose frames
 * say the same in a different order give their claims in a different order, so the order is part of the print.
 */
function addReadingOrder(f: Fingerprint, frames: readonly AttributionFrame[]): void {
  const before = (a: AttributionFrame, b: AttributionFrame): boolean =>
    a.contentStart < b.contentStart || (a.contentStart === b.contentStart && a.contentEnd < b.contentEnd);
  let sorted = true;
  for (let i = 1; i < frames.length && sorted; i++) if (before(frames[i], frames[i - 1])) sorted = false;
  if (sorted) return;
  const order = frames.map((_, i) => i);
  order.sort((a, b) => (before(frames[a], frames[b]) ? -1 : before(frames[b], frames[a]) ? 1 : a - b));
  for (const i of order) f.number(i);
}
