// JSON and JSON Lines exports of analyses: the exact Analysis objects, with invisible characters written as escapes.
import type { Analysis } from '../analysis/types';
import { analysisList } from './analysisList';

/**
 * Characters JSON allows raw inside strings but that do harm when the output is shown or embedded:
 * DEL and C1 controls (some terminals obey them), U+2028/U+2029 (line breaks to JavaScript and to line
 * readers), the bidi controls (reorder what a reader sees) and the invisible characters that make two
 * names look the same (zero-width, direction marks, BOM, tags: see `revealInvisible`). `JSON.stringify`
 * already escapes C0 controls and lone surrogates. These characters only ever occur inside string literals
 * of the output, so replacing them with `\uXXXX` escapes keeps the JSON equal in value: parsed text still
 * equals the source slice.
 */
const RAW_BUT_UNSAFE =
  /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u061c\u180e\u200b-\u200f\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

function unicodeEscape(codeUnit: number): string {
  return `\\u${codeUnit.toString(16).padStart(4, '0')}`;
}

/** Each code unit of a match as an escape (a tag character is a surrogate pair). */
function escapeUnsafe(json: string): string {
  return json.replace(RAW_BUT_UNSAFE, (found) => Array.from({ length: found.length }, (_, index) => unicodeEscape(found.charCodeAt(index))).join(''));
}

/** Serialises a value to JSON that is safe to print or embed (see {@link RAW_BUT_UNSAFE}); `indent` 0 gives one line. */
export function safeJsonStringify(value: unknown, indent = 2): string {
  return escapeUnsafe(JSON.stringify(value, null, indent) ?? 'null');
}

/** One Analysis as an object, or several as an array; pretty-printed, ending with a newline. */
export function toJson(analyses: Analysis | readonly Analysis[]): string {
  return `${safeJsonStringify(analyses)}\n`;
}

/** One Analysis per line (JSON Lines), each line a complete JSON object, ending with a newline. */
export function toJsonLines(analyses: Analysis | readonly Analysis[]): string {
  return analysisList(analyses).map((analysis) => `${safeJsonStringify(analysis, 0)}\n`).join('');
}
