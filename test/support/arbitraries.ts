// Generators of hostile and news-like engine inputs, and the invariants every Analysis of any input must hold.
import * as fc from 'fast-check';
import type { Analysis, AnalyzeOptions, KnownActor } from '../../src/analysis/types';

/** Every quotation mark the engine knows, each a separate character. */
export const QUOTE_MARKS: readonly string[] = ['"', "'", '`', '“', '”', '„', '‟', '«', '»', '‹', '›', '‘', '’', '‚', '‛', '「', '」', '『', '』'];

const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDE00'];
const SURROGATE_PAIRS = ['😀', '👍🏽', '👩‍👩‍👧', '𝐀𝐁', '𠀀', '🇺🇦', '𝔘𝔫𝔦'];
const COMBINING = ['\u0301', '\u0308', '\u0327', '\u20dd', '\u0489', 'e\u0301', 'A\u030a', 'Zoe\u0308'];
const RTL = ['שלום', 'مرحبا', 'محمد بن سلمان', 'ישראל', 'قال', '\u05d0\u05b8'];
const BIDI_CONTROLS = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001b[31m', '\u007f', '\u0080', '\u0085', '\u009b', '\u009f'];
const LINE_BREAKS = ['\n', '\r', '\r\n', '\n\n', '\r\n\r\n', '\r\r', '\n\r', '\u2028', '\u2029', '\u0085'];
const INVISIBLES = ['\ufeff', '\u200b', '\u200c', '\u200d', '\u00a0', '\u2009', '\u3000', '\u00ad'];
const DASHES = ['-', '‐', '‑', '–', '—', '―', '−', '--', ' — '];
const COLONS = [':', '：', '︰', ';', '...', '…', '.', '?', '!', ',', '.”', '?"', ':"'];
const BRACKETS = ['(', ')', '[', ']', '{', '}', '<', '>'];

const FIRST_NAMES = ['Dmitry', 'Ava', 'Qin', 'Olena', 'Xi', 'Jean-Luc', 'María', 'Ngozi', "O'Brien", 'Dewi', 'Lee', 'Mr.', 'Dr.', 'Gen.'];
const SURNAMES = ['Peskov', 'Jones', 'Gang', 'Zelenskyy', 'Zelenskyys', 'Jinping', 'Kuleba', 'Okonjo-Iweala', 'Kartikasari', 'McDonald', 'van der Berg', 'Smith'];
const TITLES = ['President', 'Foreign Minister', 'Kremlin spokesman', 'Chinese Foreign Minister', 'Prime Minister', 'the minister', 'the Russian leader', 'spokeswoman', 'Senator', 'Chief Executive'];
const ORGS = ['the Kremlin', 'NATO', 'the Foreign Ministry', 'the United Nations', 'Security Council', 'the Communist Party', 'Acme Corp.', 'the U.S. State Department', 'EU'];
const PLACES = ['Moscow', 'Beijing', 'Kyiv', 'Russia', "Russia's", 'China', 'Ukraine', 'Washington', 'the U.S.', 'New York'];
const CUES = ['said', 'told', 'added', 'wrote', 'tweeted', 'suggested', 'declared', 'stressed', 'warned', 'denied', 'according to', 'in a statement', 'said in a statement', 'told reporters', 'adding:', 'says'];
const PRONOUNS = ['he', 'she', 'they', 'He', 'She', 'it', 'I', 'we'];
const DATES = ['on Monday', 'last week', 'late December', 'last year', 'March 17, 2023', '2023-03-17', '17 March', 'Jan. 5', 'next Tuesday', 'on Friday night', 'in 2022', 'this summer', 'yesterday', 'Dec 31 1999', '2023-02-30'];
const FILLER = ['the', 'a', 'of', 'and', 'would', 'visit', 'talks', 'peace', 'plan', 'that', 'not', 'U.S.', '3.5', '1,000', 'percent', 'was', 'in', 'to', 'meeting', 'feared', 'aggression', 'we will see', 'I think', "it's", 'latest.'];
const LABELS = ['Q:', 'A:', 'Q.', 'PESKOV:', 'Reporter:', 'Ava Jones:', '- ', '* ', '• '];
const HEADERS = [' date 2023-03-17 ', 'date 2023-03-17\n', '  date 2024-02-29 ', ' date 2023-13-40 ', 'date 2023-03-17x ', '\ufeff date 2023-03-17 '];

/** One of the listed pieces. */
function pick(pieces: readonly string[]): fc.Arbitrary<string> {
  return fc.constantFrom(...pieces);
}

/** A string of any UTF-16 code units, so lone surrogates and every control appear. */
export const anyCodeUnits: fc.Arbitrary<string> = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 12 });

/** Unicode that is hard on text code: invalid UTF-16, combining marks, bidi, controls, odd line breaks and spaces. */
export const hostileUnicodePiece: fc.Arbitrary<string> = fc.oneof(
  pick(LONE_SURROGATES),
  pick(SURROGATE_PAIRS),
  pick(COMBINING),
  pick(RTL),
  pick(BIDI_CONTROLS),
  pick(CONTROLS),
  pick(LINE_BREAKS),
  pick(INVISIBLES),
  anyCodeUnits,
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 4 }),
);

/** A run of quote marks of one kind, or of mixed kinds, or a single mark. */
export const quoteRun: fc.Arbitrary<string> = fc.oneof(
  pick(QUOTE_MARKS),
  fc.tuple(pick(QUOTE_MARKS), fc.integer({ min: 2, max: 12 })).map(([mark, count]) => mark.repeat(count)),
  fc.array(pick(QUOTE_MARKS), { minLength: 2, maxLength: 12 }).map((marks) => marks.join('')),
);

/** Punctuation the engine reads structure from: dashes, colons, sentence ends, brackets. */
export const punctuationPiece: fc.Arbitrary<string> = fc.oneof(pick(DASHES), pick(COLONS), pick(BRACKETS));

/** A person's name as news writes it, sometimes with a title or role in front. */
export const personName: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(FIRST_NAMES), pick(SURNAMES)).map(([first, last]) => `${first} ${last}`),
  pick(SURNAMES),
  fc.tuple(pick(TITLES), pick(FIRST_NAMES), pick(SURNAMES)).map(([title, first, last]) => `${title} ${first} ${last}`),
);

/** A speaker: a person, an organisation, a place, a role or a pronoun. */
export const speaker: fc.Arbitrary<string> = fc.oneof(personName, pick(ORGS), pick(PLACES), pick(TITLES), pick(PRONOUNS));

/** A statement-shaped fragment: marked or unmarked speech with a cue, indirect speech, "according to". */
export const newsFragment: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(['“', '"', '«', '„', '‘', "'", '「']), fc.array(pick(FILLER), { maxLength: 6 }), pick(['”', '"', '»', '“', '’', "'", '」', '']), speaker, pick(CUES)).map(
    ([open, words, close, who, cue]) => `${open}${words.join(' ')},${close} ${who} ${cue}.`,
  ),
  fc.tuple(speaker, pick(CUES), fc.array(pick(FILLER), { maxLength: 6 }), pick(DATES)).map(([who, cue, words, date]) => `${who} ${cue} ${words.join(' ')} ${date}.`),
  fc.tuple(pick(FILLER), speaker, pick(CUES)).map(([words, who, cue]) => `${words}, ${cue} ${who}`),
  fc.tuple(pick(LABELS), fc.array(pick(FILLER), { maxLength: 5 })).map(([label, words]) => `${label} ${words.join(' ')}`),
  fc.tuple(speaker, fc.array(pick(FILLER), { maxLength: 4 })).map(([who, words]) => `According to ${who}, ${words.join(' ')}`),
  fc.tuple(speaker, pick(CUES)).map(([who, cue]) => `${who} ${cue}, adding: We will see`),
  personName,
  pick(ORGS),
  pick(PLACES),
  pick(DATES),
  pick(FILLER),
  pick(CUES),
);

/** A mix of news fragments and hostile pieces, weighted towards news so the engine's real paths run. */
const mixedPiece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: newsFragment, weight: 6 },
  { arbitrary: hostileUnicodePiece, weight: 3 },
  { arbitrary: quoteRun, weight: 2 },
  { arbitrary: punctuationPiece, weight: 2 },
  { arbitrary: pick(LINE_BREAKS), weight: 2 },
);

const separator: fc.Arbitrary<string> = fc.oneof({ arbitrary: fc.constant(' '), weight: 8 }, { arbitrary: fc.constant(''), weight: 2 }, { arbitrary: pick(LINE_BREAKS), weight: 2 }, { arbitrary: pick(INVISIBLES), weight: 1 });

function joinPieces(pieces: ReadonlyArray<readonly [string, string]>): string {
  let text = '';
  for (const [piece, between] of pieces) text += piece + between;
  return text;
}

/** A document of up to `maxPieces` pieces, sometimes opened by a date header. */
function documentOf(piece: fc.Arbitrary<string>, maxPieces: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.option(pick(HEADERS), { freq: 4 }), fc.array(fc.tuple(piece, separator), { maxLength: maxPieces, size: 'medium' }))
    .map(([header, pieces]) => (header ?? '') + joinPieces(pieces));
}

/** News prose with hostile Unicode, quote runs and punctuation mixed in. */
export function mixedDocument(maxPieces = 40): fc.Arbitrary<string> {
  return documentOf(mixedPiece, maxPieces);
}

/** Mostly well-formed news prose: paragraphs of statements, names, dates and transcript labels. */
export function newsDocument(maxPieces = 40): fc.Arbitrary<string> {
  return documentOf(fc.oneof({ arbitrary: newsFragment, weight: 10 }, { arbitrary: pick(['\n\n', '\n', '\r\n\r\n']), weight: 3 }, { arbitrary: quoteRun, weight: 1 }), maxPieces);
}

/** Text made only of hostile pieces, quote runs and punctuation, with no news vocabulary at all. */
export function hostileDocument(maxPieces = 30): fc.Arbitrary<string> {
  return documentOf(fc.oneof(hostileUnicodePiece, quoteRun, punctuationPiece), maxPieces);
}

const knownActor: fc.Arbitrary<KnownActor> = fc.record({
  name: fc.oneof(personName, pick(ORGS), fc.string({ unit: 'binary', maxLength: 6 })),
  type: fc.constantFrom('PERSON' as const, 'ORG' as const, 'PLACE' as const),
  aliases: fc.array(fc.oneof(pick(SURNAMES), pick(PLACES), fc.string({ maxLength: 4 })), { maxLength: 3 }),
});

/** Options a caller may pass: a reference date (valid or not), known actors and ignored names. */
export const analyzeOptions: fc.Arbitrary<AnalyzeOptions> = fc.record(
  {
    documentDate: fc.constantFrom('2023-03-17', '2020-02-29', '2023-3-7', 'not a date', ''),
    knownActors: fc.array(knownActor, { maxLength: 2 }),
    ignoreNames: fc.array(fc.oneof(pick(SURNAMES), pick(PLACES), fc.string({ maxLength: 3 })), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

/** An edit at a relative position of the current text (so it applies to any length). */
export interface TextEdit {
  kind: 'insert' | 'delete' | 'replace';
  /** Where the edit starts, as a fraction of the text's length. */
  at: number;
  /** Characters removed (delete and replace). */
  length: number;
  inserted: string;
}

export const textEdit: fc.Arbitrary<TextEdit> = fc.record({
  kind: fc.constantFrom('insert' as const, 'delete' as const, 'replace' as const),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 0, max: 40 }),
  inserted: fc.oneof(newsFragment, mixedPiece, pick(['\n\n', '\n', '“', '”', ' ', '.'])),
});

export function applyEdit(text: string, edit: TextEdit): string {
  const at = Math.min(text.length, Math.floor(edit.at * (text.length + 1)));
  const removed = edit.kind === 'insert' ? 0 : Math.min(edit.length, text.length - at);
  const inserted = edit.kind === 'delete' ? '' : edit.inserted;
  return text.slice(0, at) + inserted + text.slice(at + removed);
}

/** Offsets where lines start, counting \n, \r\n and a lone \r as one line break each, as editors do. */
export function lineStartsOf(text: string): Int32Array {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return Int32Array.from(starts);
}

/** The 1-based line holding `offset`. */
function lineOf(lineStarts: Int32Array, offset: number): number {
  let low = 0;
  let high = lineStarts.length;
  while (high - low > 1) {
    const mid = (low + high) >>> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid;
  }
  return low + 1;
}

interface CheckedSpan {
  start: number;
  end: number;
  line: number;
  text?: string;
}

/** Keeps at most a few violations of each kind, so a huge input with a systematic bug still gives a readable message. */
class Violations {
  readonly found: string[] = [];
  private readonly countByKind = new Map<string, number>();

  add(kind: string, detail: string): void {
    const count = (this.countByKind.get(kind) ?? 0) + 1;
    this.countByKind.set(kind, count);
    if (count <= 3) this.found.push(`${kind}: ${detail}`);
  }

  summary(): string[] {
    const extra: string[] = [];
    for (const [kind, count] of this.countByKind) if (count > 3) extra.push(`${kind}: ${count - 3} more`);
    return [...this.found, ...extra];
  }
}

function describeSpan(span: CheckedSpan): string {
  return JSON.stringify({ start: span.start, end: span.end, line: span.line, text: span.text });
}

function checkSpan(source: string, lineStarts: Int32Array, where: string, span: CheckedSpan, violations: Violations): void {
  const { start, end, line } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || !(start >= 0 && start <= end && end <= source.length)) {
    violations.add(`${where} out of bounds`, `${describeSpan(span)} in a text of length ${source.length}`);
    return;
  }
  if (span.text !== undefined && span.text !== source.slice(start, end)) {
    violations.add(`${where} text differs from its slice`, `${describeSpan(span)} but the slice is ${JSON.stringify(source.slice(start, end))}`);
  }
  const expectedLine = lineOf(lineStarts, start);
  if (line !== expectedLine) violations.add(`${where} on the wrong line`, `${describeSpan(span)} starts on line ${expectedLine}`);
}

/**
 * Every way an Analysis can contradict its source: spans out of bounds, texts that are not their slices,
 * wrong line numbers, and ids that point nowhere. Returns one line per violation (empty when it holds).
 */
export function analysisViolations(source: string, analysis: Analysis): string[] {
  const violations = new Violations();
  const lineStarts = lineStartsOf(source);
  const actorIds = new Set<string>();
  const claimIds = new Set<string>();

  for (const claim of analysis.claims) {
    if (claimIds.has(claim.id)) violations.add('duplicate claim id', claim.id);
    claimIds.add(claim.id);
  }
  for (const actor of analysis.actors) {
    if (actorIds.has(actor.id)) violations.add('duplicate actor id', actor.id);
    actorIds.add(actor.id);
  }

  for (const entity of analysis.entities) {
    checkSpan(source, lineStarts, `entity ${entity.type}`, entity, violations);
    if (entity.actorId !== undefined && !actorIds.has(entity.actorId)) violations.add('entity actorId names no actor', `${describeSpan(entity)} actorId ${JSON.stringify(entity.actorId)}`);
  }
  for (const actor of analysis.actors) {
    for (const mention of actor.mentions) checkSpan(source, lineStarts, `mention (${mention.kind}) of ${actor.id}`, mention, violations);
    for (const claimId of actor.claimIds) if (!claimIds.has(claimId)) violations.add('actor claimId names no claim', `${actor.id} → ${claimId}`);
  }
  for (const quote of analysis.quotes) {
    checkSpan(source, lineStarts, quote.marked ? 'marked quote' : 'unmarked quote', quote, violations);
    if (quote.claimId !== undefined && !claimIds.has(quote.claimId)) violations.add('quote claimId names no claim', `${describeSpan(quote)} → ${quote.claimId}`);
  }
  for (const claim of analysis.claims) {
    checkSpan(source, lineStarts, `claim ${claim.id}`, claim, violations);
    checkSpan(source, lineStarts, `cueSpan of claim ${claim.id}`, claim.cueSpan, violations);
    if (claim.cue !== claim.cueSpan.text) violations.add('claim cue differs from its cueSpan', `${claim.id}: ${JSON.stringify(claim.cue)} vs ${JSON.stringify(claim.cueSpan.text)}`);
    if (claim.speakerSpan) checkSpan(source, lineStarts, `speakerSpan of claim ${claim.id}`, claim.speakerSpan, violations);
    if (claim.speakerId !== null && !actorIds.has(claim.speakerId)) violations.add('claim speakerId names no actor', `${claim.id} → ${claim.speakerId}`);
  }
  for (const sentence of analysis.sentences) checkSpan(source, lineStarts, 'sentence', sentence, violations);
  if (analysis.stats.characters !== source.length) violations.add('stats.characters is not the text length', `${analysis.stats.characters} vs ${source.length}`);
  return violations.summary();
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Spans whose start or end falls between the two halves of a surrogate pair (they would render or export a broken character). */
export function surrogateSplits(source: string, analysis: Analysis): string[] {
  const splits = new Violations();
  const splitsAt = (offset: number): boolean => offset > 0 && offset < source.length && isHighSurrogate(source.charCodeAt(offset - 1)) && isLowSurrogate(source.charCodeAt(offset));
  const check = (where: string, span: CheckedSpan): void => {
    if (splitsAt(span.start) || splitsAt(span.end)) splits.add(`${where} splits a surrogate pair`, describeSpan(span));
  };
  for (const entity of analysis.entities) check(`entity ${entity.type}`, entity);
  for (const actor of analysis.actors) for (const mention of actor.mentions) check('mention', mention);
  for (const quote of analysis.quotes) check('quote', quote);
  for (const claim of analysis.claims) {
    check('claim', claim);
    check('cueSpan', claim.cueSpan);
    if (claim.speakerSpan) check('speakerSpan', claim.speakerSpan);
  }
  for (const sentence of analysis.sentences) check('sentence', sentence);
  return splits.summary();
}

/** The analysis without its wall-clock time, for comparing two runs. */
export function withoutTiming(analysis: Analysis): Omit<Analysis, 'stats'> & { stats: Omit<Analysis['stats'], 'elapsedMs'> } {
  const { elapsedMs: _elapsed, ...stats } = analysis.stats;
  void _elapsed;
  return { ...analysis, stats };
}
