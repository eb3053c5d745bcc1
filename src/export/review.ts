// The review report: per actor, each claim with its verdict, note, line citation, and the engine's evidence and
// confidence when the analysis carries them (Markdown); or one row per claim (CSV). Document text is escaped as in
// every other export.
import type { Actor, Claim } from '../analysis/types';
import type { ReviewedAnalysis } from '../review/apply';
import { VERDICT_LABELS, VERDICTS, type Verdict } from '../review/types';
import { confidenceOf, evidenceText } from '../presentation/evidence';
import { csvCell, escapeMarkdownInContext, singleLine } from '../presentation/escape';

const NAME_MAX = 120;
const CELL_MAX = 300;
const NOTE_MAX = 2000;

function inline(text: string, max = CELL_MAX): string {
  return escapeMarkdownInContext(singleLine(text, max));
}

function displayName(reviewed: ReviewedAnalysis): string {
  return reviewed.analysis.document === '-' ? 'stdin' : reviewed.analysis.document;
}

function verdictOf(reviewed: ReviewedAnalysis, claim: Claim): Verdict {
  return reviewed.claims.get(claim.id)?.verdict ?? 'unchecked';
}

function* quoted(text: string, indent: string): Generator<string> {
  for (const line of escapeMarkdownInContext(text).split('\n')) yield line.length > 0 ? `${indent}> ${line}` : `${indent}>`;
}

function* claimLines(reviewed: ReviewedAnalysis, claim: Claim, withSpeaker: boolean): Generator<string> {
  const review = reviewed.claims.get(claim.id);
  const citation = escapeMarkdownInContext(`${singleLine(displayName(reviewed), CELL_MAX)}:${claim.line}`);
  const speaker = withSpeaker ? `${inline(claim.speaker, NAME_MAX)}, ` : '';
  yield `- **${VERDICT_LABELS[verdictOf(reviewed, claim)]}** · ${speaker}${inline(claim.cue, NAME_MAX)}, ${citation}`;
  yield* quoted(claim.text, '  ');
  const evidence = evidenceText(claim);
  const confidence = confidenceOf(claim);
  const corrected = reviewed.corrected.get(claim.id);
  if (evidence || confidence !== undefined) {
    const parts = [evidence ? `evidence: ${inline(evidence)}` : '', confidence === undefined ? '' : `confidence ${confidence.toFixed(2)}`];
    yield `  - ${parts.filter(Boolean).join(' · ')}`;
  }
  if (corrected?.length) yield `  - corrected by the reviewer: ${corrected.join(', ')}`;
  if (review?.note) yield `  - note: ${inline(review.note, NOTE_MAX)}`;
}

function progressLine(reviewed: ReviewedAnalysis): string {
  const claims = reviewed.analysis.claims;
  const counts = new Map<Verdict, number>();
  for (const claim of claims) counts.set(verdictOf(reviewed, claim), (counts.get(verdictOf(reviewed, claim)) ?? 0) + 1);
  const checked = claims.length - (counts.get('unchecked') ?? 0);
  const shown = VERDICTS.filter((verdict) => verdict !== 'unchecked' && counts.has(verdict));
  const parts = shown.map((verdict) => `${VERDICT_LABELS[verdict]} ${counts.get(verdict) ?? 0}`);
  return `- Progress: ${checked} of ${claims.length} claims checked${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

function* reportLines(reviewed: ReviewedAnalysis): Generator<string> {
  const { analysis } = reviewed;
  const claimsById = new Map(analysis.claims.map((claim) => [claim.id, claim]));
  yield `# Source Lens review: ${inline(displayName(reviewed))}`;
  yield '';
  yield progressLine(reviewed);
  const corrections = reviewed.entries.filter((state) => state.entry.kind !== 'verdict' && !state.orphan).length;
  yield `- Corrections in effect: ${corrections}; orphans: ${reviewed.orphans.length}`;
  yield '';
  const speaking = analysis.actors.filter((actor) => actor.claimIds.length > 0);
  const firstClaim = (actor: Actor): number => claimsById.get(actor.claimIds[0])?.start ?? 0;
  for (const actor of [...speaking].sort((a, b) => firstClaim(a) - firstClaim(b))) {
    yield `## ${inline(actor.name, NAME_MAX)}`;
    yield '';
    for (const id of actor.claimIds) {
      const claim = claimsById.get(id);
      if (claim) yield* claimLines(reviewed, claim, false);
    }
    yield '';
  }
  const known = new Set(speaking.map((actor) => actor.id));
  const unresolved = analysis.claims.filter((claim) => claim.speakerId === null || !known.has(claim.speakerId));
  if (unresolved.length > 0) {
    yield '## Claims by unnamed or unresolved speakers';
    yield '';
    for (const claim of unresolved) yield* claimLines(reviewed, claim, true);
    yield '';
  }
  if (reviewed.orphans.length > 0) {
    yield '## Orphans: review entries whose text is gone';
    yield '';
    for (const state of reviewed.orphans) {
      const what = state.entry.kind === 'verdict' ? VERDICT_LABELS[state.entry.verdict] : state.entry.kind;
      yield `- **${what}** (${state.orphan === 'textGone' ? 'text gone' : 'no claim there now'}), last known text:`;
      yield* quoted(state.entry.target.quote.exact, '  ');
      if (state.entry.kind === 'verdict' && state.entry.note) yield `  - note: ${inline(state.entry.note, NOTE_MAX)}`;
    }
    yield '';
  }
}

/** The review report in Markdown, ending with one newline. */
export function reviewMarkdown(reviewed: ReviewedAnalysis): string {
  const lines = [...reportLines(reviewed)];
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

export const REVIEW_CSV_COLUMNS = [
  'document',
  'status',
  'claimId',
  'line',
  'speaker',
  'actorId',
  'cue',
  'claimKind',
  'verdict',
  'note',
  'corrected',
  'confidence',
  'evidence',
  'text',
] as const;

type Row = Partial<Record<(typeof REVIEW_CSV_COLUMNS)[number], string | number>>;

function record(row: Row): string {
  return `${REVIEW_CSV_COLUMNS.map((column) => csvCell(row[column] ?? '')).join(',')}\r\n`;
}

/** One row per claim (and one per orphaned verdict, `status` orphan), RFC 4180, formulas neutralised. */
export function reviewCsv(reviewed: ReviewedAnalysis): string {
  const document = reviewed.analysis.document;
  const rows = reviewed.analysis.claims.map((claim) =>
    record({
      document,
      status: 'claim',
      claimId: claim.id,
      line: claim.line,
      speaker: claim.speaker,
      actorId: claim.speakerId ?? '',
      cue: claim.cue,
      claimKind: claim.kind,
      verdict: verdictOf(reviewed, claim),
      note: reviewed.claims.get(claim.id)?.note ?? '',
      corrected: (reviewed.corrected.get(claim.id) ?? []).join('; '),
      confidence: confidenceOf(claim) ?? '',
      evidence: evidenceText(claim),
      text: claim.text,
    }),
  );
  const orphans = reviewed.orphans
    .filter((state) => state.entry.kind === 'verdict')
    .map((state) =>
      record({
        document,
        status: 'orphan',
        verdict: state.entry.kind === 'verdict' ? state.entry.verdict : '',
        note: state.entry.kind === 'verdict' ? (state.entry.note ?? '') : '',
        text: state.entry.target.quote.exact,
      }),
    );
  return [record(Object.fromEntries(REVIEW_CSV_COLUMNS.map((column) => [column, column]))), ...rows, ...orphans].join('');
}
