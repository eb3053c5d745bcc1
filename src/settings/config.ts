// The extension's settings: ids in one place, and one validated, typed snapshot read from a configuration section.
import type { ActorType, KnownActor } from '../analysis/types';
import { HIGHLIGHT_KINDS, type EnabledKinds, type HighlightKind } from '../derived/decorationsModel';
import { lowConfidenceThreshold } from '../derived/lowConfidence';

export const CONFIG_SECTION = 'sourcelens';

/** Setting keys inside the `sourcelens` section. */
export const Setting = {
  enabled: 'enabled',
  exclude: 'exclude',
  languages: 'languages',
  autoSwitchToSourceDocument: 'autoSwitchToSourceDocument',
  documentDate: 'documentDate',
  maxFileSizeMB: 'maxFileSizeMB',
  debounceMs: 'debounceMs',
  knownActors: 'knownActors',
  ignoreNames: 'ignoreNames',
  reviewLocation: 'review.location',
  reviewFolder: 'review.folder',
  indexEnabled: 'index.enabled',
  indexMaxFiles: 'index.maxFiles',
  lowConfidenceThreshold: 'lowConfidenceThreshold',
  highlightLowConfidence: 'highlight.lowConfidence',
} as const;

export function highlightSetting(kind: HighlightKind): `highlight.${HighlightKind}` {
  return `highlight.${kind}`;
}

/** The language Source Lens gives to documents that carry a ` date YYYY-MM-DD ` header. */
export const SOURCE_DOCUMENT_LANGUAGE = 'source-document';

export interface Settings {
  languages: readonly string[];
  autoSwitchToSourceDocument: boolean;
  /** `YYYY-MM-DD`, or undefined when unset or malformed. */
  documentDate: string | undefined;
  maxFileSizeChars: number;
  debounceMs: number;
  highlights: EnabledKinds;
  /** Whether claims of low confidence get their own mark in the editor. */
  highlightLowConfidence: boolean;
  /** Claims below this confidence are of low confidence (see `derived/lowConfidence.ts`). */
  lowConfidenceThreshold: number;
  knownActors: readonly KnownActor[];
  ignoreNames: readonly string[];
  /** The workspace index: on or off, and the number of documents above which it waits for the user's go-ahead. */
  index: { enabled: boolean; maxFiles: number };
}

/** What `vscode.WorkspaceConfiguration` offers for reading; kept minimal so this module needs no editor. */
export interface ConfigurationSource {
  get<T>(key: string): T | undefined;
}

const DEFAULT_LANGUAGES = ['plaintext', 'markdown', SOURCE_DOCUMENT_LANGUAGE];
const DEFAULT_MAX_MB = 16;
const DEFAULT_DEBOUNCE_MS = 300;
const DEFAULT_INDEX_MAX_FILES = 500;
const CHARS_PER_MB = 1024 * 1024;
const ACTOR_TYPES: readonly ActorType[] = ['PERSON', 'ORG', 'PLACE'];

/** Reads every setting, replacing values of the wrong shape by their defaults (settings.json is hand-edited). */
export function readSettings(source: ConfigurationSource): Settings {
  const highlights = {} as Record<HighlightKind, boolean>;
  for (const kind of HIGHLIGHT_KINDS) highlights[kind] = source.get<unknown>(highlightSetting(kind)) !== false;
  return {
    languages: stringList(source.get<unknown>(Setting.languages)) ?? DEFAULT_LANGUAGES,
    autoSwitchToSourceDocument: source.get<unknown>(Setting.autoSwitchToSourceDocument) !== false,
    documentDate: isoDate(source.get<unknown>(Setting.documentDate)),
    maxFileSizeChars: Math.round(positiveNumber(source.get<unknown>(Setting.maxFileSizeMB), DEFAULT_MAX_MB) * CHARS_PER_MB),
    debounceMs: Math.min(5000, nonNegativeNumber(source.get<unknown>(Setting.debounceMs), DEFAULT_DEBOUNCE_MS)),
    highlights,
    highlightLowConfidence: source.get<unknown>(Setting.highlightLowConfidence) !== false,
    lowConfidenceThreshold: lowConfidenceThreshold(source.get<unknown>(Setting.lowConfidenceThreshold)),
    knownActors: knownActors(source.get<unknown>(Setting.knownActors)),
    ignoreNames: stringList(source.get<unknown>(Setting.ignoreNames)) ?? [],
    index: {
      enabled: source.get<unknown>(Setting.indexEnabled) !== false,
      maxFiles: Math.floor(nonNegativeNumber(source.get<unknown>(Setting.indexMaxFiles), DEFAULT_INDEX_MAX_FILES)),
    },
  };
}

function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((item): item is string => typeof item === 'string' && item.trim().length > 0).map((item) => item.trim());
}

function isoDate(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : undefined;
}

function positiveNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

function nonNegativeNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Known actors with a name and a valid type; aliases that are not non-empty strings are dropped. */
export function knownActors(value: unknown): KnownActor[] {
  if (!Array.isArray(value)) return [];
  const actors: KnownActor[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    const name = typeof record.name === 'string' ? record.name.trim() : '';
    const type = ACTOR_TYPES.find((actorType) => actorType === record.type);
    if (!name || !type) continue;
    const aliases = stringList(record.aliases) ?? [];
    actors.push(aliases.length > 0 ? { name, type, aliases } : { name, type });
  }
  return actors;
}

/** The settings that change what the engine finds; a change to any of them needs fresh analyzers. */
export function analyzerOptionsKey(settings: Settings): string {
  return JSON.stringify([settings.documentDate ?? null, settings.knownActors, settings.ignoreNames]);
}

/** Adds names to an ignore list, keeping its order and dropping case-insensitive duplicates. */
export function withIgnoredNames(current: readonly string[], names: readonly string[]): string[] {
  const seen = new Set(current.map((name) => name.toLocaleLowerCase()));
  const result = [...current];
  for (const name of names) {
    const key = name.trim().toLocaleLowerCase();
    if (key && !seen.has(key)) {
      seen.add(key);
      result.push(name.trim());
    }
  }
  return result;
}

/**
 * Records that `sourceNames` belong to the actor `target`: its known-actor entry gains them as aliases
 * (created when missing), and any entry of their own (an earlier correction) is folded into it.
 */
export function withMergedActor(
  current: readonly KnownActor[],
  target: { name: string; type: ActorType },
  sourceNames: readonly string[],
): KnownActor[] {
  const lower = (text: string): string => text.trim().toLocaleLowerCase();
  const targetKey = lower(target.name);
  const sourceKeys = new Set(sourceNames.map(lower).filter((key) => key !== targetKey));
  const existingTarget = current.find((actor) => lower(actor.name) === targetKey);
  const absorbed = current.filter((actor) => sourceKeys.has(lower(actor.name)));
  const aliases: string[] = [];
  const seen = new Set([targetKey]);
  const add = (alias: string): void => {
    const key = lower(alias);
    if (key && !seen.has(key)) {
      seen.add(key);
      aliases.push(alias.trim());
    }
  };
  for (const alias of existingTarget?.aliases ?? []) add(alias);
  for (const name of sourceNames) add(name);
  for (const actor of absorbed) for (const alias of actor.aliases ?? []) add(alias);
  const merged: KnownActor = { name: existingTarget?.name ?? target.name, type: existingTarget?.type ?? target.type, aliases };
  const kept = current.filter((actor) => !absorbed.includes(actor));
  return existingTarget ? kept.map((actor) => (actor === existingTarget ? merged : actor)) : [...kept, merged];
}
