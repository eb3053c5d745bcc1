// Whether a document is analysed or skipped, and the one line that tells the user which and why.
import { parseDocumentDateHeader } from '../analysis/dates/documentDate';
import type { Analysis } from '../analysis/types';
import { formatSize, plural } from '../presentation/wording';
import { ownText, uiText, type UiText } from '../presentation/uiText';

export type SkipReason = 'tooLarge' | 'binary';

/** What Source Lens knows about one document, as the status bar, the views and the API report it. */
export type DocumentState =
  | { kind: 'pending'; version: number }
  | { kind: 'analyzed'; version: number; analysis: Analysis }
  | { kind: 'skipped'; version: number; reason: SkipReason; characters: number; limit: number }
  | { kind: 'failed'; version: number; message: string };

export type GateDecision = { analyze: true } | { analyze: false; reason: SkipReason };

/**
 * How much of a document's start decides whether it has a date header: the engine's parser reads at most 64
 * characters of leading space, the keyword, 8 spaces, the date and the character after it.
 */
export const DATE_HEADER_PROBE_CHARS = 128;

/**
 * Whether a text (the first DATE_HEADER_PROBE_CHARS characters of a document suffice) starts with the ` date YYYY-MM-DD `
 * header of a source document, decided by the engine's own parser so that the language switch never accepts a
 * header the analysis rejects (` date 2023-13-45 `). The parser is a small module of its own: the host does not load
 * the engine for it.
 */
export function hasDateHeader(start: string): boolean {
  return parseDocumentDateHeader(start) !== null;
}

/** How far into a document to look for NUL characters, the mark of a binary file (as git does). */
export const BINARY_PROBE_CHARS = 64 * 1024;

/**
 * Decides whether to analyse a text of `length` characters that starts with `start` (its first
 * BINARY_PROBE_CHARS characters, or more): binary content and text over the limit are skipped unless the user
 * chose "Analyze Anyway" for this document.
 */
export function gateDocument(length: number, start: string, maxChars: number, analyzeAnyway: boolean): GateDecision {
  if (analyzeAnyway) return { analyze: true };
  if (length > maxChars) return { analyze: false, reason: 'tooLarge' };
  if (start.slice(0, BINARY_PROBE_CHARS).includes('\u0000')) return { analyze: false, reason: 'binary' };
  return { analyze: true };
}

/** Extra wait per megabyte after an edit: re-analysing a book at every pause in typing would keep a core busy. */
const DEBOUNCE_MS_PER_MB = 100;

/** Milliseconds to wait after an edit of a text of `characters`: the setting, or more for large texts (10 MB: a second). */
export function debounceForLength(characters: number, configuredMs: number): number {
  return Math.max(configuredMs, Math.round((characters / (1024 * 1024)) * DEBOUNCE_MS_PER_MB));
}

/** The explanation of a skip, for the log and the status bar tooltip; the document's name as the UI shows it. */
export function skipMessage(state: { reason: SkipReason; characters: number; limit: number }, documentName: UiText): UiText {
  switch (state.reason) {
    case 'tooLarge':
      return ownText(
        `Skipped ${documentName}: ${formatSize(state.characters)} is over the ${formatSize(state.limit)} limit ` +
          '(sourcelens.maxFileSizeMB). Run "Analyze Anyway" to analyse it.',
      );
    case 'binary':
      return ownText(`Skipped ${documentName}: it contains NUL characters, so it looks like a binary file, not text.`);
  }
}

/** Short status-bar text (after the icon) for a state. */
export function statusText(state: DocumentState): UiText {
  switch (state.kind) {
    case 'pending':
      return ownText('Source Lens');
    case 'analyzed':
      return ownText(`${plural(state.analysis.actors.length, 'actor')} · ${plural(state.analysis.claims.length, 'claim')}`);
    case 'skipped':
      return ownText(state.reason === 'tooLarge' ? 'Source Lens: too large' : 'Source Lens: not text');
    case 'failed':
      return ownText('Source Lens: failed');
  }
}

/** Summaries made so far: the status bar asks at every change of state, and counting a book's dates takes a while. */
const summaries = new WeakMap<Analysis, UiText>();

/** The analysis counts shown in the status bar tooltip. */
export function analysisSummary(analysis: Analysis): UiText {
  let summary = summaries.get(analysis);
  if (summary === undefined) {
    summary = summarise(analysis);
    summaries.set(analysis, summary);
  }
  return summary;
}

function summarise(analysis: Analysis): UiText {
  let dates = 0;
  for (const entity of analysis.entities) if (entity.type === 'DATE') dates += 1;
  const dateNote = analysis.documentDate
    ? `Document date ${uiText(analysis.documentDate)} (${analysis.documentDateSource === 'header' ? 'from its header' : 'from settings'})`
    : 'No document date: relative dates are not resolved';
  return ownText(
    `${plural(analysis.actors.length, 'actor')}, ${plural(analysis.claims.length, 'claim')}, ` +
      `${plural(analysis.quotes.length, 'quotation')}, ${plural(dates, 'date')}\n` +
      `${dateNote}\nAnalysed ${formatSize(analysis.stats.characters)} in ${Math.round(analysis.stats.elapsedMs)} ms`,
  );
}
