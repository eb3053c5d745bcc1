// CSV export: one mixed table (a row per claim, unattributed quotation and entity) or a table of one kind, for a spreadsheet.
import type { Actor, Analysis, Claim, Entity, Quote } from '../analysis/types';
import { analysisList } from './analysisList';
import { csvCell } from '../presentation/escape';

/** A claim's evidence and confidence, last in both tables that list claims (older readers keep their columns). */
const EVIDENCE_COLUMNS = [
  'evidence',
  'evidenceText',
  'evidenceLine',
  'evidenceStart',
  'evidenceEnd',
  'via',
  'viaLine',
  'viaStart',
  'viaEnd',
  'confidence',
] as const;

/**
 * The columns of the mixed table, in order. Every row has all of them; a column that does not apply to a row is empty.
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
 * - `evidence`: how a claim's speaker was found: `name`, `label`, `pronoun`, `description`, `statement`, `group`
 *   or `leadIn`.
 * - `evidenceText`, `evidenceLine`, `evidenceStart`, `evidenceEnd`: the speaker's mention at the cue.
 * - `via`, `viaLine`, `viaStart`, `viaEnd`: the mention that one was resolved through ("Peskov" for "he"), if any.
 * - `confidence`: how likely the claim is right, 0 to 1 (claims only).
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
  ...EVIDENCE_COLUMNS,
] as const;

/** One table per kind, for a spreadsheet that wants one kind of row: same names as the mixed table where they mean the same. */
export const CSV_TABLE_COLUMNS = {
  mixed: CSV_COLUMNS,
  /** `actorType`: the speaking actor's type; the rest as in the mixed table. */
  claims: [
    ...['document', 'id', 'speaker', 'actorId', 'actor', 'actorType', 'cue', 'claimKind', 'text', 'line', 'start', 'end'],
    ...EVIDENCE_COLUMNS,
  ],
  /**
   * `name`: the fullest name; `aliases` and `roles` joined with "; "; `mentions` and `claims` are counts; `firstLine`
   * is where it is first mentioned.
   */
  actors: ['document', 'actorId', 'name', 'type', 'aliases', 'roles', 'mentions', 'claims', 'firstLine'],
  /** `role`: the title written in front of a name ("Kremlin spokesman"); the rest as in the mixed table. */
  entities: ['document', 'type', 'text', 'value', 'actorId', 'actor', 'role', 'line', 'start', 'end'],
} as const;

export type CsvTable = keyof typeof CSV_TABLE_COLUMNS;
export const CSV_TABLES = Object.keys(CSV_TABLE_COLUMNS) as CsvTable[];

export function isCsvTable(name: string): name is CsvTable {
  return (CSV_TABLES as readonly string[]).includes(name);
}

export interface CsvOptions {
  /** Which table: `mixed` (default), `claims`, `actors` or `entities`. */
  table?: CsvTable;
  /** Start with a UTF-8 byte order mark, which Excel needs to read the file as UTF-8 (curly quotes, accents). */
  bom?: boolean;
}

type Cell = string | number;
type Row = Readonly<Record<string, Cell>>;

const RECORD_SEPARATOR = '\r\n'; // RFC 4180
const LIST_SEPARATOR = '; ';

function record(columns: readonly string[], row: Row): string {
  return columns.map((column) => csvCell(row[column] ?? '')).join(',') + RECORD_SEPARATOR;
}

function claimRow(analysis: Analysis, claim: Claim, speakerActor: Actor | undefined): Row {
  return {
    document: analysis.document,
    kind: 'claim',
    id: claim.id,
    type: speakerActor?.type ?? '',
    actorType: speakerActor?.type ?? '',
    actorId: claim.speakerId ?? '',
    actor: speakerActor?.name ?? '',
    speaker: claim.speaker,
    cue: claim.cue,
    claimKind: claim.kind,
    text: claim.text,
    line: claim.line,
    start: claim.start,
    end: claim.end,
    evidence: claim.evidence.kind,
    evidenceText: claim.evidence.text,
    evidenceLine: claim.evidence.line,
    evidenceStart: claim.evidence.start,
    evidenceEnd: claim.evidence.end,
    via: claim.evidence.via?.text ?? '',
    viaLine: claim.evidence.via?.line ?? '',
    viaStart: claim.evidence.via?.start ?? '',
    viaEnd: claim.evidence.via?.end ?? '',
    confidence: claim.confidence,
  };
}

function quoteRow(analysis: Analysis, quote: Quote): Row {
  return {
    document: analysis.document,
    kind: 'quote',
    text: quote.text,
    value: quote.marked ? 'marked' : 'unmarked',
    line: quote.line,
    start: quote.start,
    end: quote.end,
  };
}

function entityRow(analysis: Analysis, entity: Entity, actor: Actor | undefined): Row {
  return {
    document: analysis.document,
    kind: 'entity',
    type: entity.type,
    actorId: entity.actorId ?? '',
    actor: actor?.name ?? '',
    role: entity.role ?? '',
    text: entity.text,
    value: entity.value ?? '',
    line: entity.line,
    start: entity.start,
    end: entity.end,
  };
}

function actorRow(analysis: Analysis, actor: Actor): Row {
  return {
    document: analysis.document,
    actorId: actor.id,
    name: actor.name,
    type: actor.type,
    aliases: actor.aliases.join(LIST_SEPARATOR),
    roles: actor.roles.join(LIST_SEPARATOR),
    mentions: actor.mentions.length,
    claims: actor.claimIds.length,
    firstLine: actor.mentions.length > 0 ? actor.mentions[0].line : '',
  };
}

/** The rows of one document in one table, each a CSV record; in reading order as the engine gives them. */
export function* csvRecords(analysis: Analysis, table: CsvTable = 'mixed'): Generator<string> {
  const columns = CSV_TABLE_COLUMNS[table];
  const actorsById = new Map<string, Actor>(analysis.actors.map((actor) => [actor.id, actor]));
  const actorOf = (id: string | null | undefined): Actor | undefined => (id === null || id === undefined ? undefined : actorsById.get(id));
  if (table === 'mixed' || table === 'claims') {
    for (const claim of analysis.claims) yield record(columns, claimRow(analysis, claim, actorOf(claim.speakerId)));
  }
  if (table === 'mixed') {
    for (const quote of analysis.quotes) {
      if (quote.claimId === undefined) yield record(columns, quoteRow(analysis, quote)); // else exported with its claim
    }
  }
  if (table === 'mixed' || table === 'entities') {
    for (const entity of analysis.entities) yield record(columns, entityRow(analysis, entity, actorOf(entity.actorId)));
  }
  if (table === 'actors') {
    for (const actor of analysis.actors) yield record(columns, actorRow(analysis, actor));
  }
}

/** The header record of a table, after the byte order mark when asked for. */
export function csvHeader(options: CsvOptions = {}): string {
  return `${options.bom === true ? '\uFEFF' : ''}${CSV_TABLE_COLUMNS[options.table ?? 'mixed'].join(',')}${RECORD_SEPARATOR}`;
}

/**
 * The analyses as one CSV table (RFC 4180: CRLF records, a header row, quoting where needed; a byte order mark
 * only when asked). The mixed table has, per document, claims, then unattributed quotations, then entities.
 * Cells are neutralised against spreadsheet formula injection by {@link csvCell}.
 */
export function toCsv(analyses: Analysis | readonly Analysis[], options: CsvOptions = {}): string {
  const parts = [csvHeader(options)];
  for (const analysis of analysisList(analyses)) for (const line of csvRecords(analysis, options.table)) parts.push(line);
  return parts.join('');
}
