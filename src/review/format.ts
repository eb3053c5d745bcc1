// The review file: versioned, human-readable JSON, written sorted with a fixed key order so that `git diff` shows only
// what changed; read as untrusted input, every problem reported once with the line to fix.
import { readJson, type JsonPath } from './json';
import { ENTRY_KINDS, isVerdict, REVIEW_FORMAT, REVIEW_VERSION, VERDICTS } from './types';
import type { Anchor, Review, ReviewEntry, SpeakerChoice } from './types';

/** Limits on what a review file may hold: far above any real review, low enough that a hostile file costs little. */
export const REVIEW_LIMITS = {
  characters: 16 * 1024 * 1024,
  entries: 50_000,
  exact: 100_000,
  context: 256,
  note: 10_000,
  name: 300,
  cue: 200,
} as const;

const ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

export type ReviewRead = { ok: true; review: Review } | { ok: false; message: string; line: number };

class ReviewFormatError extends Error {
  constructor(
    message: string,
    readonly path: JsonPath,
  ) {
    super(message);
  }
}

function describePath(path: JsonPath): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown, path: JsonPath): Record<string, unknown> {
  if (!isRecord(value)) throw new ReviewFormatError('must be an object', path);
  return value;
}

function text(value: unknown, path: JsonPath, max: number, allowEmpty = true): string {
  if (typeof value !== 'string') throw new ReviewFormatError('must be a string', path);
  if (value.length > max) throw new ReviewFormatError(`is ${value.length} characters long; at most ${max} are read`, path);
  if (!allowEmpty && value.trim() === '') throw new ReviewFormatError('must not be empty', path);
  return value;
}

function offset(value: unknown, path: JsonPath): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new ReviewFormatError('must be a whole number from 0', path);
  }
  return value;
}

function readAnchor(value: unknown, path: JsonPath): Anchor {
  const anchor = record(value, path);
  const quote = record(anchor.quote, [...path, 'quote']);
  const position = record(anchor.position, [...path, 'position']);
  const exact = text(quote.exact, [...path, 'quote', 'exact'], REVIEW_LIMITS.exact);
  if (exact.length === 0) throw new ReviewFormatError('must not be empty', [...path, 'quote', 'exact']);
  const start = offset(position.start, [...path, 'position', 'start']);
  const end = offset(position.end, [...path, 'position', 'end']);
  if (end < start) throw new ReviewFormatError('must not come before position.start', [...path, 'position', 'end']);
  return {
    quote: {
      exact,
      prefix: text(quote.prefix ?? '', [...path, 'quote', 'prefix'], REVIEW_LIMITS.context),
      suffix: text(quote.suffix ?? '', [...path, 'quote', 'suffix'], REVIEW_LIMITS.context),
    },
    position: { start, end },
  };
}

function readSpeaker(value: unknown, path: JsonPath): SpeakerChoice {
  const speaker = record(value, path);
  const name = text(speaker.name, [...path, 'name'], REVIEW_LIMITS.name, false);
  if (speaker.actorId === undefined) return { name };
  return { name, actorId: text(speaker.actorId, [...path, 'actorId'], REVIEW_LIMITS.name, false) };
}

function readEntry(value: unknown, path: JsonPath): ReviewEntry {
  const entry = record(value, path);
  const id = text(entry.id, [...path, 'id'], 64);
  if (!ID_PATTERN.test(id)) throw new ReviewFormatError('must be letters, digits, ".", "_" or "-" (at most 64)', [...path, 'id']);
  const updated = text(entry.updated, [...path, 'updated'], 40);
  if (!ISO_TIME.test(updated)) throw new ReviewFormatError('must be a UTC time like 2024-05-01T12:00:00Z', [...path, 'updated']);
  const target = readAnchor(entry.target, [...path, 'target']);
  const base = { id, target, updated };
  switch (entry.kind) {
    case 'verdict': {
      if (!isVerdict(entry.verdict)) throw new ReviewFormatError(`must be one of ${VERDICTS.join(', ')}`, [...path, 'verdict']);
      const note = entry.note === undefined ? undefined : text(entry.note, [...path, 'note'], REVIEW_LIMITS.note);
      return { kind: 'verdict', ...base, verdict: entry.verdict, ...(note ? { note } : {}) };
    }
    case 'speaker':
      return { kind: 'speaker', ...base, speaker: readSpeaker(entry.speaker, [...path, 'speaker']) };
    case 'notClaim':
      return { kind: 'notClaim', ...base };
    case 'addClaim':
      return {
        kind: 'addClaim',
        ...base,
        speaker: readSpeaker(entry.speaker, [...path, 'speaker']),
        cue: text(entry.cue ?? '', [...path, 'cue'], REVIEW_LIMITS.cue),
      };
    case 'span':
      return { kind: 'span', ...base, span: readAnchor(entry.span, [...path, 'span']) };
    case 'split':
      return { kind: 'split', ...base, second: readAnchor(entry.second, [...path, 'second']) };
    default:
      throw new ReviewFormatError(`must be one of ${ENTRY_KINDS.join(', ')}`, [...path, 'kind']);
  }
}

function readReviewValue(value: unknown): Review {
  const root = record(value, []);
  if (root.format !== REVIEW_FORMAT) throw new ReviewFormatError(`must be "${REVIEW_FORMAT}"`, ['format']);
  const version = root.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) throw new ReviewFormatError('must be a whole number', ['version']);
  if (version > REVIEW_VERSION) {
    const reason = `is ${version}: the file was written by a newer Source Lens (this one reads version ${REVIEW_VERSION})`;
    throw new ReviewFormatError(reason, ['version']);
  }
  const document = text(root.document ?? '', ['document'], 4096);
  if (!Array.isArray(root.entries)) throw new ReviewFormatError('must be a list', ['entries']);
  if (root.entries.length > REVIEW_LIMITS.entries) {
    throw new ReviewFormatError(`holds ${root.entries.length} entries; at most ${REVIEW_LIMITS.entries} are read`, ['entries']);
  }
  const seen = new Set<string>();
  const entries = root.entries.map((entry, index) => {
    const read = readEntry(entry, ['entries', index]);
    if (seen.has(read.id)) throw new ReviewFormatError(`repeats the id "${read.id}" of an earlier entry`, ['entries', index, 'id']);
    seen.add(read.id);
    return read;
  });
  return { document, entries };
}

/**
 * Reads a review file's text. Anything wrong (not JSON, wrong types, too large, a newer version) gives one message
 * naming the line to fix; nothing partial is returned.
 */
export function parseReview(source: string): ReviewRead {
  if (source.length > REVIEW_LIMITS.characters) {
    const message = `the file is ${source.length} characters long; at most ${REVIEW_LIMITS.characters} are read`;
    return { ok: false, message, line: 1 };
  }
  const json = readJson(source);
  if (!json.ok) return { ok: false, message: `not valid JSON: ${json.message} (column ${json.column})`, line: json.line };
  try {
    return { ok: true, review: readReviewValue(json.value) };
  } catch (error) {
    if (!(error instanceof ReviewFormatError)) throw error;
    const where = describePath(error.path);
    const message = where ? `${where} ${error.message}` : `the file ${error.message}`;
    // A missing key has no line of its own: the object that lacks it does.
    let line: number | undefined;
    for (let depth = error.path.length; line === undefined && depth >= 0; depth -= 1) line = json.lineOf(error.path.slice(0, depth));
    return { ok: false, message, line: line ?? 1 };
  }
}

const KIND_ORDER = new Map(ENTRY_KINDS.map((kind, position) => [kind, position]));

/** Entries in the file's order: by where they stand, then kind, then id; so the same review is always the same text. */
export function compareEntries(a: ReviewEntry, b: ReviewEntry): number {
  return (
    a.target.position.start - b.target.position.start ||
    a.target.position.end - b.target.position.end ||
    (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function anchorValue(anchor: Anchor): unknown {
  const { exact, prefix, suffix } = anchor.quote;
  return { quote: { exact, prefix, suffix }, position: { start: anchor.position.start, end: anchor.position.end } };
}

function speakerValue(speaker: SpeakerChoice): unknown {
  return speaker.actorId === undefined ? { name: speaker.name } : { name: speaker.name, actorId: speaker.actorId };
}

/** One entry with its keys in a fixed order. */
function entryValue(entry: ReviewEntry): unknown {
  const head = { id: entry.id, kind: entry.kind };
  const tail = { target: anchorValue(entry.target), updated: entry.updated };
  switch (entry.kind) {
    case 'verdict':
      return { ...head, verdict: entry.verdict, ...(entry.note ? { note: entry.note } : {}), ...tail };
    case 'speaker':
      return { ...head, speaker: speakerValue(entry.speaker), ...tail };
    case 'notClaim':
      return { ...head, ...tail };
    case 'addClaim':
      return { ...head, speaker: speakerValue(entry.speaker), cue: entry.cue, ...tail };
    case 'span':
      return { ...head, span: anchorValue(entry.span), ...tail };
    case 'split':
      return { ...head, second: anchorValue(entry.second), ...tail };
  }
}

/** The review file's text: two-space JSON, entries sorted, keys in a fixed order, a final newline. */
export function serializeReview(review: Review): string {
  const value = {
    format: REVIEW_FORMAT,
    version: REVIEW_VERSION,
    document: review.document,
    entries: [...review.entries].sort(compareEntries).map(entryValue),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
