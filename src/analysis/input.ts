// Checks what callers hand the engine: the public API is called from plain JavaScript too, where no type system stands guard.
import type { ActorType, AnalyzeOptions } from './types';

const ACTOR_TYPES: readonly ActorType[] = ['PERSON', 'ORG', 'PLACE'];

/**
 * Thrown by `analyze` and `DocumentAnalyzer` when called with input they cannot read: a text that is not a
 * string, or an option of the wrong kind. `argument` names what was wrong ("options.knownActors[2].type"), as the
 * message does. A TypeError, as JavaScript's own errors for arguments of the wrong type are.
 */
export class InvalidInputError extends TypeError {
  override readonly name = 'InvalidInputError';

  constructor(
    readonly argument: string,
    expected: string,
    received: unknown,
  ) {
    super(`Source Lens: ${argument} must be ${expected}, not ${describe(received)}.`);
  }
}

/** A short, safe description of what was received: its kind, never its content. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}

/** The text to analyse: a string. */
export function checkText(text: unknown): string {
  if (typeof text !== 'string') throw new InvalidInputError('text', 'a string', text);
  return text;
}

/**
 * The options as given, checked field by field: absent (or null) options are no options; unknown fields are left
 * alone; a field of the wrong kind throws InvalidInputError naming it. Values of the right kind are taken as they
 * are (an unreadable reference date is reported as a warning of the analysis, not thrown).
 */
export function checkOptions(options: unknown): AnalyzeOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) throw new InvalidInputError('options', 'an object', options);
  const record = options as Record<string, unknown>;
  optionalString(record.document, 'options.document');
  optionalString(record.documentDate, 'options.documentDate');
  if (record.ignoreNames !== undefined) stringArray(record.ignoreNames, 'options.ignoreNames');
  if (record.knownActors !== undefined) {
    if (!Array.isArray(record.knownActors)) throw new InvalidInputError('options.knownActors', 'an array of actors', record.knownActors);
    record.knownActors.forEach((actor: unknown, i) => checkKnownActor(actor, `options.knownActors[${i}]`));
  }
  return options;
}

function checkKnownActor(actor: unknown, argument: string): void {
  if (typeof actor !== 'object' || actor === null || Array.isArray(actor)) {
    throw new InvalidInputError(argument, 'an object { name, type, aliases? }', actor);
  }
  const record = actor as Record<string, unknown>;
  if (typeof record.name !== 'string') throw new InvalidInputError(`${argument}.name`, 'a string', record.name);
  if (!ACTOR_TYPES.some((type) => type === record.type)) {
    throw new InvalidInputError(`${argument}.type`, '"PERSON", "ORG" or "PLACE"', record.type);
  }
  if (record.aliases !== undefined) stringArray(record.aliases, `${argument}.aliases`);
}

function optionalString(value: unknown, argument: string): void {
  if (value !== undefined && typeof value !== 'string') throw new InvalidInputError(argument, 'a string', value);
}

function stringArray(value: unknown, argument: string): void {
  if (!Array.isArray(value)) throw new InvalidInputError(argument, 'an array of strings', value);
  value.forEach((item: unknown, i) => {
    if (typeof item !== 'string') throw new InvalidInputError(`${argument}[${i}]`, 'a string', item);
  });
}
