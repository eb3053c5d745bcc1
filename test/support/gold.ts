// The gold annotation schema of the reference articles, a checked parser for it, and a consistency check against the article text.
import type { ActorType, ClaimKind } from '../../src/analysis/types';

export interface GoldActor {
  name: string;
  type: ActorType;
  /** Other surface forms of the same actor (surname, title + name, role descriptions). */
  aliases: string[];
}

export interface GoldDate {
  text: string;
  line: number;
  /** Resolved value, ISO-like (`2023-03-20`, `2023-03`, `2022`, `2023-W10`, `2022-SU`). */
  value: string;
}

export interface GoldClaim {
  /** The gold actor's name. */
  speaker: string;
  cue: string;
  line: number;
  /** Required claims carry a kind; optional ones may leave it out. */
  kind?: ClaimKind;
  text: string;
}

export interface Gold {
  document: string;
  documentDate: string | null;
  notes: string[];
  actors: GoldActor[];
  places: string[];
  dates: GoldDate[];
  claims: { required: GoldClaim[]; optional: GoldClaim[] };
}

const ACTOR_TYPES: readonly string[] = ['PERSON', 'ORG', 'PLACE'];
const CLAIM_KINDS: readonly string[] = ['direct', 'indirect'];

type JsonObject = { [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field<T>(source: JsonObject, key: string, where: string, check: (v: unknown) => v is T, expected: string): T {
  const value = source[key];
  if (!check(value)) throw new Error(`${where}.${key}: expected ${expected}, got ${JSON.stringify(value)}`);
  return value;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isLine = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isArray = (v: unknown): v is unknown[] => Array.isArray(v);
const isActorType = (v: unknown): v is ActorType => typeof v === 'string' && ACTOR_TYPES.includes(v);
const isClaimKind = (v: unknown): v is ClaimKind => typeof v === 'string' && CLAIM_KINDS.includes(v);

function parseClaim(raw: unknown, where: string): GoldClaim {
  if (!isObject(raw)) throw new Error(`${where}: expected an object`);
  const claim: GoldClaim = {
    speaker: field(raw, 'speaker', where, isString, 'a string'),
    cue: field(raw, 'cue', where, isString, 'a string'),
    line: field(raw, 'line', where, isLine, 'a 1-based line'),
    text: field(raw, 'text', where, isString, 'a string'),
  };
  if (raw.kind !== undefined) claim.kind = field(raw, 'kind', where, isClaimKind, 'direct|indirect');
  return claim;
}

/** Checks the shape of a parsed gold file and returns it typed; throws naming the first bad field. */
export function parseGold(raw: unknown): Gold {
  if (!isObject(raw)) throw new Error('gold: expected an object');
  const documentDate = raw.documentDate;
  if (documentDate !== null && !isString(documentDate)) throw new Error('gold.documentDate: expected a string or null');
  const claimsRaw = raw.claims;
  if (!isObject(claimsRaw)) throw new Error('gold.claims: expected an object');
  const optionalRaw = claimsRaw.optional === undefined ? [] : field(claimsRaw, 'optional', 'gold.claims', isArray, 'an array');
  return {
    document: field(raw, 'document', 'gold', isString, 'a string'),
    documentDate,
    notes: raw.notes === undefined ? [] : field(raw, 'notes', 'gold', isStringArray, 'an array of strings'),
    actors: field(raw, 'actors', 'gold', isArray, 'an array').map((actorRaw, index) => {
      const where = `gold.actors[${index}]`;
      if (!isObject(actorRaw)) throw new Error(`${where}: expected an object`);
      return {
        name: field(actorRaw, 'name', where, isString, 'a string'),
        type: field(actorRaw, 'type', where, isActorType, 'PERSON|ORG|PLACE'),
        aliases: field(actorRaw, 'aliases', where, isStringArray, 'an array of strings'),
      };
    }),
    places: raw.places === undefined ? [] : field(raw, 'places', 'gold', isStringArray, 'an array of strings'),
    dates: (raw.dates === undefined ? [] : field(raw, 'dates', 'gold', isArray, 'an array')).map((dateRaw, index) => {
      const where = `gold.dates[${index}]`;
      if (!isObject(dateRaw)) throw new Error(`${where}: expected an object`);
      return {
        text: field(dateRaw, 'text', where, isString, 'a string'),
        line: field(dateRaw, 'line', where, isLine, 'a 1-based line'),
        value: field(dateRaw, 'value', where, isString, 'a string'),
      };
    }),
    claims: {
      required: field(claimsRaw, 'required', 'gold.claims', isArray, 'an array').map((c, i) => parseClaim(c, `gold.claims.required[${i}]`)),
      optional: optionalRaw.map((c, i) => parseClaim(c, `gold.claims.optional[${i}]`)),
    },
  };
}

const DATE_HEADER = /^ date (\d{4}-\d{2}-\d{2}) /;

/** The document date written in the article's first-line header, or null. */
export function headerDate(text: string): string | null {
  const match = DATE_HEADER.exec(text);
  return match ? match[1] : null;
}

/** Folds case and drops possessive endings, so "Port Authority’s" still counts as an occurrence of "Port Authority". */
function foldForSearch(text: string): string {
  return text.toLowerCase().replace(/[’']s\b/g, '');
}

/** Claim texts are quoted without their enclosing marks; compare them with marks, spaces and dashes made uniform. */
function foldQuoteMarks(text: string): string {
  return text.replace(/[“”„«»"]/g, '"').replace(/[‘’‚‹›]/g, "'").replace(/\s+/g, ' ');
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A claim text is on its line when it is a stretch of it (quote marks made uniform), or, for a quote interrupted by its
 * cue ("The visit, Putin said, could show…"), when every word of it occurs on the line.
 */
function claimTextOnLine(claimText: string, line: string): boolean {
  if (foldQuoteMarks(line).includes(foldQuoteMarks(claimText))) return true;
  const lineWords = new Set(line.toLowerCase().match(WORD) ?? []);
  return (claimText.toLowerCase().match(WORD) ?? []).every((word) => lineWords.has(word));
}

/**
 * Lists what in a gold annotation does not agree with its article: a claim, cue or date text not on its line,
 * a name or alias that never occurs, a required speaker that is no actor, a header date that differs.
 * An empty list means the annotation is consistent.
 */
export function goldProblems(text: string, gold: Gold): string[] {
  const problems: string[] = [];
  const lines = text.split('\n');
  const lineText = (line: number): string | undefined => lines[line - 1];
  const folded = foldForSearch(text);

  if (gold.documentDate !== headerDate(text)) {
    problems.push(`documentDate ${gold.documentDate} differs from the header date ${headerDate(text)}`);
  }
  // Layout of the reference articles: one paragraph per line, a blank line between paragraphs.
  const lastLine = lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  for (let index = 0; index < lastLine; index++) {
    const blankExpected = index % 2 === 1;
    if ((lines[index].trim() === '') !== blankExpected) problems.push(`line ${index + 1} should be ${blankExpected ? 'blank' : 'a paragraph'}`);
  }
  const actorNames = new Set<string>();
  const seenForms = new Map<string, string>();
  for (const actor of gold.actors) {
    actorNames.add(actor.name);
    for (const form of [actor.name, ...actor.aliases]) {
      if (!folded.includes(foldForSearch(form))) problems.push(`actor form "${form}" (${actor.name}) does not occur in the text`);
      const owner = seenForms.get(form.toLowerCase());
      if (owner !== undefined && owner !== actor.name) problems.push(`form "${form}" belongs to both ${owner} and ${actor.name}`);
      seenForms.set(form.toLowerCase(), actor.name);
    }
  }
  for (const place of gold.places) {
    if (!folded.includes(foldForSearch(place))) problems.push(`place "${place}" does not occur in the text`);
  }
  for (const date of gold.dates) {
    const onLine = lineText(date.line);
    if (onLine === undefined || !foldForSearch(onLine).includes(foldForSearch(date.text))) {
      problems.push(`date "${date.text}" is not on line ${date.line}`);
    }
    if (!/^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|SP|SU|FA|WI))?$/.test(date.value)) problems.push(`date "${date.text}" has a malformed value ${date.value}`);
  }
  const allClaims = [...gold.claims.required.map((c) => ({ claim: c, required: true })), ...gold.claims.optional.map((c) => ({ claim: c, required: false }))];
  for (const { claim, required } of allClaims) {
    const label = `${required ? 'required' : 'optional'} claim L${claim.line} (${claim.speaker})`;
    const onLine = lineText(claim.line);
    if (onLine === undefined || !claimTextOnLine(claim.text, onLine)) problems.push(`${label}: text is not on its line`);
    // A cue may stand in the neighbouring paragraph when the speech floats (speaker named before or after).
    const cueLines = [claim.line, claim.line - 2, claim.line + 2].map(lineText).filter((l): l is string => l !== undefined);
    if (!cueLines.some((l) => l.toLowerCase().includes(claim.cue.toLowerCase()))) problems.push(`${label}: cue "${claim.cue}" is not on its line or a neighbouring paragraph`);
    if (!actorNames.has(claim.speaker)) problems.push(`${label}: speaker is not a gold actor name`);
    if (required && claim.kind === undefined) problems.push(`${label}: kind is missing`);
  }
  return problems;
}
