// JSON and JSON Lines exports of analyses: the exact Analysis objects, with invisible characters written as escapes.
import type { Analysis } from '../analysis/types';
import { analysisList } from './analysisList';
import { INVISIBLE_CHARACTER_PATTERN } from '../presentation/invisibles';

/**
 * Characters JSON allows raw inside strings but that do harm when the output is shown or embedded:
 * DEL and C1 controls (some terminals obey them), U+2028/U+2029 (line breaks to JavaScript and to line
 * readers), the bidi controls (reorder what a reader sees) and the invisible characters that make two
 * names look the same (zero-width, direction marks, BOM, tags: see `revealInvisible`). `JSON.stringify`
 * already escapes C0 controls and lone surrogates. These characters only ever occur inside string literals
 * of the output, so replacing them with `\uXXXX` escapes keeps the JSON equal in value: parsed text still
 * equals the source slice.
 */
const RAW_BUT_UNSAFE = new RegExp(`[\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]|${INVISIBLE_CHARACTER_PATTERN}`, 'g');

function unicodeEscape(codeUnit: number): string {
  return `\\u${codeUnit.toString(16).padStart(4, '0')}`;
}

/** Each code unit of a match as an escape (a tag character is a surrogate pair). */
function escapeUnsafe(json: string): string {
  return json.replace(RAW_BUT_UNSAFE, (found) =>
    Array.from({ length: found.length }, (_, index) => unicodeEscape(found.charCodeAt(index))).join(''),
  );
}

/** Serialises a value to JSON that is safe to print or embed (see {@link RAW_BUT_UNSAFE}); `indent` 0 gives one line. */
export function safeJsonStringify(value: unknown, indent = 2): string {
  return escapeUnsafe(JSON.stringify(value, null, indent) ?? 'null');
}

/**
 * How deep {@link jsonPieces} takes objects and arrays apart: a list of analyses, an analysis, its arrays
 * (entities, actors…), and an actor's mentions. Below it a value is one piece.
 */
const STREAM_DEPTH = 4;

/** Array elements serialised together, for speed: one JSON.stringify call per batch rather than per element. */
const BATCH_ELEMENTS = 512;

/** An element with a long array of its own (an actor with thousands of mentions) is taken apart rather than batched. */
const LARGE_ARRAY = 256;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What JSON.stringify writes for a property value it keeps; undefined for one it leaves out. */
function isSerialisable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

function isLarge(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > LARGE_ARRAY;
  return isRecord(value) && Object.values(value).some((property) => Array.isArray(property) && property.length > LARGE_ARRAY);
}

/** JSON text made at the top level, moved to `indent` (JSON strings never hold a raw line break: every one is indentation). */
function indented(json: string, indent: string): string {
  return indent === '' ? json : json.replace(/\n/g, `\n${indent}`);
}

/** Elements of an array that stands at `indent`, each on its own line one unit in, separated as JSON.stringify separates them. */
function batchPiece(batch: readonly unknown[], indent: string, unit: string): string {
  const json = safeJsonStringify(batch, unit.length);
  // Without the brackets: `[a,b]` → `a,b`; `[\n  a,\n  b\n]` → `  a,\n  b`, then moved to this depth.
  return unit === '' ? json.slice(1, -1) : indent + indented(json.slice(2, -2), indent);
}

function* valuePieces(value: unknown, indent: string, unit: string, depth: number): Generator<string> {
  const newline = unit === '' ? '' : '\n';
  if (depth > 0 && Array.isArray(value) && value.length > 0) {
    const inner = indent + unit;
    let written = 0;
    let batch: unknown[] = [];
    const separator = (): string => (written === 0 ? `[${newline}` : `,${newline}`);
    for (const element of value as unknown[]) {
      if (!(depth > 1 && isLarge(element))) {
        batch.push(element);
        if (batch.length < BATCH_ELEMENTS) continue;
      }
      if (batch.length > 0) {
        yield separator() + batchPiece(batch, indent, unit);
        written += batch.length;
        batch = [];
      }
      if (batch.length === 0 && depth > 1 && isLarge(element)) {
        yield `${separator()}${inner}`;
        yield* valuePieces(element, inner, unit, depth - 1);
        written += 1;
      }
    }
    if (batch.length > 0) {
      yield separator() + batchPiece(batch, indent, unit);
    }
    yield `${newline}${indent}]`;
    return;
  }
  if (depth > 0 && isRecord(value) && typeof value.toJSON !== 'function' && isLarge(value)) {
    const keys = Object.keys(value).filter((key) => isSerialisable(value[key]));
    const inner = indent + unit;
    const separator = unit === '' ? ':' : ': ';
    for (let index = 0; index < keys.length; index++) {
      yield `${index === 0 ? '{' : ','}${newline}${inner}${escapeUnsafe(JSON.stringify(keys[index]))}${separator}`;
      yield* valuePieces(value[keys[index]], inner, unit, depth - 1);
    }
    yield `${newline}${indent}}`;
    return;
  }
  yield indented(safeJsonStringify(value, unit.length), indent);
}

/**
 * A value as JSON, piece by piece, exactly as `safeJsonStringify(value, indent)` writes it whole (or, with
 * `baseIndent`, as it stands inside an array at that indentation): a large analysis is written without ever
 * being one string (V8 strings end at about 512 million characters, and a 50 MB document's JSON comes near).
 */
export function* jsonPieces(value: unknown, indent = 2, depth = STREAM_DEPTH, baseIndent = ''): Generator<string> {
  yield* valuePieces(value, baseIndent, ' '.repeat(indent), depth);
}

/** One Analysis as an object, or several as an array; pretty-printed, ending with a newline. */
export function toJson(analyses: Analysis | readonly Analysis[]): string {
  return `${Array.from(jsonPieces(analyses)).join('')}\n`;
}

/** One Analysis per line (JSON Lines), each line a complete JSON object, ending with a newline. */
export function toJsonLines(analyses: Analysis | readonly Analysis[]): string {
  return analysisList(analyses).map((analysis) => `${Array.from(jsonPieces(analysis, 0)).join('')}\n`).join('');
}
