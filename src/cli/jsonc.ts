// JSON with comments and trailing commas, as VS Code reads settings.json: parsed safely, with a line and column for every error.

export type JsoncResult = { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number };

/**
 * Replaces comments by spaces (line breaks kept), so every character stays where it was and an error found
 * by JSON.parse points at the same place in the text the user wrote.
 * @returns the text, or the offset of a block comment that never ends
 */
function blankComments(text: string): string | number {
  const characters = text.split('');
  let index = 0;
  while (index < characters.length) {
    const character = characters[index];
    if (character === '"') {
      index += 1;
      while (index < characters.length && characters[index] !== '"' && characters[index] !== '\n') {
        index += characters[index] === '\\' ? 2 : 1;
      }
      index += 1;
    } else if (character === '/' && characters[index + 1] === '/') {
      while (index < characters.length && characters[index] !== '\n') characters[index++] = ' ';
    } else if (character === '/' && characters[index + 1] === '*') {
      const start = index;
      const end = text.indexOf('*/', index + 2);
      if (end < 0) return start;
      for (; index < end + 2; index++) if (characters[index] !== '\n' && characters[index] !== '\r') characters[index] = ' ';
    } else {
      index += 1;
    }
  }
  return characters.join('');
}

/** Replaces by a space each comma that only whitespace separates from a closing `}` or `]` (outside strings). */
function blankTrailingCommas(text: string): string {
  const characters = text.split('');
  let inString = false;
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index];
    if (inString) {
      if (character === '\\') index += 1;
      else if (character === '"') inString = false;
    } else if (character === '"') {
      inString = true;
    } else if (character === ',') {
      let next = index + 1;
      while (next < characters.length && /\s/.test(characters[next])) next += 1;
      if (characters[next] === '}' || characters[next] === ']') characters[index] = ' ';
    }
  }
  return characters.join('');
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Parses JSONC as VS Code's settings files are written; empty text is an empty object, as VS Code takes it. */
export function parseJsonc(text: string): JsoncResult {
  if (text.trim() === '') return { ok: true, value: {} };
  const withoutComments = blankComments(text);
  if (typeof withoutComments === 'number') {
    return { ok: false, message: 'a comment is never closed (*/ is missing)', ...position(text, withoutComments) };
  }
  try {
    return { ok: true, value: JSON.parse(blankTrailingCommas(withoutComments)) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = /at position (\d+)/.exec(message);
    const where = offset === null ? position(text, text.length) : position(text, Number(offset[1]));
    // V8's message names the position (and may quote the text with comments blanked); the line and column say it better.
    const reason = message.replace(/\s*at position \d+.*$/, '').replace(/ in JSON$/, '').replace(/, ".*" is not valid JSON$/s, '');
    return { ok: false, message: reason, ...where };
  }
}
