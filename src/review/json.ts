// A strict JSON reader for untrusted files that says where a problem is: the line and column of a syntax error, and
// the line of any value by its path, so a broken review file is reported at the line to fix.

export type JsonPath = ReadonlyArray<string | number>;

export type JsonRead =
  | { ok: true; value: unknown; lineOf(path: JsonPath): number | undefined }
  | { ok: false; message: string; line: number; column: number };

/** Nesting deeper than this is no review file, and would exhaust the stack of a recursive reader. */
const MAX_DEPTH = 64;

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

/** Reads JSON text; every value's starting offset is kept by its path. */
class Reader {
  private at = 0;
  readonly offsets = new Map<string, number>();

  constructor(private readonly text: string) {}

  read(): unknown {
    const value = this.value([], 0);
    this.space();
    if (this.at < this.text.length) throw new JsonSyntaxError('unexpected text after the end of the JSON value', this.at);
    return value;
  }

  private space(): void {
    while (this.at < this.text.length && ' \t\r\n'.includes(this.text[this.at])) this.at += 1;
  }

  private expect(character: string): void {
    this.space();
    if (this.text[this.at] !== character) throw new JsonSyntaxError(`expected ${character} here`, this.at);
    this.at += 1;
  }

  private value(path: JsonPath, depth: number): unknown {
    this.space();
    if (depth > MAX_DEPTH) throw new JsonSyntaxError(`nested more than ${MAX_DEPTH} levels deep`, this.at);
    this.offsets.set(pathKey(path), this.at);
    const character = this.text[this.at];
    if (character === '{') return this.object(path, depth);
    if (character === '[') return this.array(path, depth);
    if (character === '"') return this.string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.at, this.at + 400));
    if (!literal) {
      const what = this.at >= this.text.length ? 'the file ends where a value is expected' : 'a value is expected here';
      throw new JsonSyntaxError(what, this.at);
    }
    this.at += literal[0].length;
    return JSON.parse(literal[0]) as unknown;
  }

  private string(): string {
    const start = this.at;
    let end = start + 1;
    while (end < this.text.length && this.text[end] !== '"') {
      if (this.text[end] === '\n') break;
      end += this.text[end] === '\\' ? 2 : 1;
    }
    if (this.text[end] !== '"') throw new JsonSyntaxError('a string is never closed (" is missing)', start);
    try {
      const value = JSON.parse(this.text.slice(start, end + 1)) as string;
      this.at = end + 1;
      return value;
    } catch {
      throw new JsonSyntaxError('a string holds an invalid escape or control character', start);
    }
  }

  private object(path: JsonPath, depth: number): Record<string, unknown> {
    this.at += 1;
    const result: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    this.space();
    if (this.text[this.at] === '}') {
      this.at += 1;
      return result;
    }
    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') throw new JsonSyntaxError('expected a "quoted" property name here', this.at);
      const key = this.string();
      this.expect(':');
      result[key] = this.value([...path, key], depth + 1);
      this.space();
      if (this.text[this.at] === ',') {
        this.at += 1;
        continue;
      }
      this.expect('}');
      return result;
    }
  }

  private array(path: JsonPath, depth: number): unknown[] {
    this.at += 1;
    const result: unknown[] = [];
    this.space();
    if (this.text[this.at] === ']') {
      this.at += 1;
      return result;
    }
    for (;;) {
      result.push(this.value([...path, result.length], depth + 1));
      this.space();
      if (this.text[this.at] === ',') {
        this.at += 1;
        continue;
      }
      this.expect(']');
      return result;
    }
  }
}

/** Line and column (1-based) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Reads strict JSON (a byte order mark allowed); objects come without a prototype, so no key can reach one. */
export function readJson(text: string): JsonRead {
  const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const reader = new Reader(body);
  try {
    const value = reader.read();
    return {
      ok: true,
      value,
      lineOf: (path) => {
        const offset = reader.offsets.get(pathKey(path));
        return offset === undefined ? undefined : lineAndColumn(body, offset).line;
      },
    };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, message: error.message, ...lineAndColumn(body, error.offset) };
  }
}
