// CSV export: one row per claim, per unattributed quotation and per entity, ready for a spreadsheet.
import type { Actor, Analysis } from '../analysis/types';
import { analysisList } from './analysisList';
import { csvCell } from './escape';

/**
 * The columns, in order. Every row has all of them; a column that does not apply to a row is empty.
 *
 * - `document`: the analysed document's name (`-` for standard input).
 * - `kind`: `claim`, `quote` (a quotation not attached to any claim) or `entity`.
 * - `id`: the claim id (claims only).
 * - `type`: the entity type (PERSON, ORG, PLACE, DATE), or for a claim the speaking actor's type.
 * - `actorId`, `actor`: the actor a claim's speaker or an entity resolves to, by id and by name.
 * - `speaker`: the speaker as shown to users (claims only; the mention's text when unresolved).
 * - `cue`: the reporting cue as written ("said", "according to"); claims only.
 * - `claimKind`: `direct` or `indirect`; claims only.
 * - `text`: the span's text, with control characters made visible (the JSON export keeps it exact).
 * - `value`: a DATE entity's resolved value; `marked` or `unmarked` for a quote.
 * - `line`, `start`, `end`: 1-based line, and JavaScript string offsets into the decoded text (end exclusive).
 */
export const CSV_COLUMNS = [
  'document',
  'kind',
  'id',
  'type',
  'actorId',
  'actor',
  'speaker',
  'cue',
  'claimKind',
  'text',
  'value',
  'line',
  'start',
  'end',
] as const;

type CsvColumn = (typeof CSV_COLUMNS)[number];
type CsvRow = Record<CsvColumn, string | number>;

const RECORD_SEPARATOR = '\r\n'; // RFC 4180

function emptyRow(document: string): CsvRow {
  return {
    document,
    kind: '',
    id: '',
    type: '',
    actorId: '',
    actor: '',
    speaker: '',
    cue: '',
    claimKind: '',
    text: '',
    value: '',
    line: '',
    start: '',
    end: '',
  };
}

function rowsOf(analysis: Analysis): CsvRow[] {
  const actorsById = new Map<string, Actor>(analysis.actors.map((actor) => [actor.id, actor]));
  const rows: CsvRow[] = [];
  for (const claim of analysis.claims) {
    const speakerActor = claim.speakerId === null ? undefined : actorsById.get(claim.speakerId);
    rows.push({
      ...emptyRow(analysis.document),
      kind: 'claim',
      id: claim.id,
      type: speakerActor?.type ?? '',
      actorId: claim.speakerId ?? '',
      actor: speakerActor?.name ?? '',
      speaker: claim.speaker,
      cue: claim.cue,
      claimKind: claim.kind,
      text: claim.text,
      line: claim.line,
      start: claim.start,
      end: claim.end,
    });
  }
  for (const quote of analysis.quotes) {
    if (quote.claimId !== undefined) continue; // already exported with its claim
    rows.push({
      ...emptyRow(analysis.document),
      kind: 'quote',
      text: quote.text,
      value: quote.marked ? 'marked' : 'unmarked',
      line: quote.line,
      start: quote.start,
      end: quote.end,
    });
  }
  for (const entity of analysis.entities) {
    const actor = entity.actorId === undefined ? undefined : actorsById.get(entity.actorId);
    rows.push({
      ...emptyRow(analysis.document),
      kind: 'entity',
      type: entity.type,
      actorId: entity.actorId ?? '',
      actor: actor?.name ?? '',
      text: entity.text,
      value: entity.value ?? '',
      line: entity.line,
      start: entity.start,
      end: entity.end,
    });
  }
  return rows;
}

/**
 * The analyses as one CSV table (RFC 4180: CRLF records, a header row, quoting where needed, no BOM).
 * Per document: claims, then unattributed quotations, then entities, each in reading order as the engine
 * gives them. Cells are neutralised against spreadsheet formula injection by {@link csvCell}.
 */
export function toCsv(analyses: Analysis | readonly Analysis[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const analysis of analysisList(analyses)) {
    for (const row of rowsOf(analysis)) lines.push(CSV_COLUMNS.map((column) => csvCell(row[column])).join(','));
  }
  return lines.join(RECORD_SEPARATOR) + RECORD_SEPARATOR;
}
