// The one exclude glob the workspace index passes to `findFiles`: `files.exclude`, `search.exclude`, the folder's
// `.gitignore` and `sourcelens.exclude` together, as plain data (no `vscode` here), so the rules are unit-tested.

/**
 * The globs an exclude setting (`files.exclude`, `search.exclude`) switches on. A `{ "when": … }` entry excludes a file
 * only beside a sibling, which one glob cannot say: it is left out (the file is indexed).
 */
export function enabledGlobs(setting: unknown): string[] {
  if (typeof setting !== 'object' || setting === null || Array.isArray(setting)) return [];
  return Object.entries(setting as Record<string, unknown>).flatMap(([glob, on]) => (on === true && glob.trim() ? [glob.trim()] : []));
}

/**
 * The globs of a `.gitignore` file, as `findFiles` matches them (relative to the workspace folder); `directory` is the
 * file's folder relative to the workspace folder ('' at its root), as git reads a nested `.gitignore` for its own
 * folder only. A pattern with a slash before its end is anchored to that folder; one without matches at any depth
 * below it; either may name a folder, whose contents are then excluded. Negations (`!`) cannot be said by an exclude
 * glob and are skipped, so a file a negation would bring back stays excluded.
 */
export function gitignoreGlobs(text: string, directory = ''): string[] {
  const prefix = directory.replace(/^\/+|\/+$/g, '');
  // A folder whose name holds glob characters cannot be matched literally in every matcher: its rules are left out.
  if (/[[\]{}*?!,]/.test(prefix)) return [];
  const under = prefix === '' ? '' : `${prefix}/`;
  const globs: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    const folderOnly = line.endsWith('/');
    const pattern = line.replace(/\/+$/, '').replace(/\\(.)/g, '$1');
    if (pattern === '' || pattern === '/') continue;
    const anchored = pattern.includes('/');
    const relative = under + (anchored ? pattern.replace(/^\/+/, '') : `**/${pattern}`);
    if (!folderOnly) globs.push(relative);
    globs.push(`${relative}/**`);
  }
  return globs;
}

/**
 * `a{b,c}d` as `abd` and `acd`: `findFiles` takes one exclude glob, made of alternatives in braces, which cannot hold
 * braces of their own. Expansion stops at a bound, so a pathological pattern costs nothing (it is then dropped).
 */
export function expandBraces(glob: string, limit = 64): string[] {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  let depth = 0;
  let close = -1;
  for (let index = open; index < glob.length && close < 0; index++) {
    if (glob[index] === '{') depth += 1;
    else if (glob[index] === '}' && --depth === 0) close = index;
  }
  if (close < 0) return [glob.replace(/[{}]/g, '')];
  const options = splitTopLevel(glob.slice(open + 1, close));
  const expanded: string[] = [];
  for (const option of options) {
    for (const rest of expandBraces(`${glob.slice(0, open)}${option}${glob.slice(close + 1)}`, limit)) {
      if (expanded.length >= limit) return [];
      expanded.push(rest);
    }
  }
  return expanded;
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '{') depth += 1;
    else if (text[index] === '}') depth -= 1;
    else if (text[index] === ',' && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** One glob of every glob given (`{a,b,c}`), or undefined when there is none. */
export function combinedGlob(globs: readonly string[]): string | undefined {
  const flat = [...new Set(globs.flatMap((glob) => expandBraces(glob)).filter((glob) => glob.length > 0 && !glob.includes(',')))];
  if (flat.length === 0) return undefined;
  return flat.length === 1 ? flat[0] : `{${flat.join(',')}}`;
}

/** File extensions of the languages Source Lens analyses, by language id (Source Documents are plain-text files). */
const EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  plaintext: ['txt', 'text'],
  markdown: ['md', 'markdown'],
  'source-document': ['txt', 'text'],
};

/** The extensions of the configured languages (none for a language that has no file extension of its own here). */
export function indexedExtensions(languages: readonly string[]): string[] {
  return [...new Set(languages.flatMap((language) => EXTENSIONS[language] ?? []))];
}

/** The include glob of the indexed files, or undefined when no configured language has files to index. */
export function includeGlob(languages: readonly string[]): string | undefined {
  const extensions = indexedExtensions(languages);
  if (extensions.length === 0) return undefined;
  return extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
}

/**
 * A glob that matches this path only: its glob characters bracketed. Undefined for a path with brackets, which have no
 * escape that every glob matcher reads alike (the caller then scans the whole folder instead).
 */
export function literalGlob(path: string): string | undefined {
  if (/[[\]]/.test(path)) return undefined;
  return path.replace(/[{}*?!,]/g, (character) => `[${character}]`);
}
