// What the dashboard page may ask of the extension, checked before anything is done: a page that draws document text
// is not trusted to name files, only to point at one of the documents it was given, by index, and a line.

export interface RevealMessage {
  type: 'reveal';
  /** The document's name as the report has it. */
  document: string;
  /** 1-based. */
  line: number;
}

/** Lines past this are no line of a text document the editor opens. */
const MAX_LINE = 100_000_000;

/**
 * The reveal a message asks for, when it is one: `{ type: 'reveal', document, line }` with `document` the index of
 * one of `documents` (the ones the page was drawn from) and `line` a whole number from 1; anything else is undefined.
 */
export function parseDashboardMessage(message: unknown, documents: readonly string[]): RevealMessage | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, document, line } = message as Record<string, unknown>;
  if (type !== 'reveal') return undefined;
  if (typeof document !== 'number' || !Number.isInteger(document) || document < 0 || document >= documents.length) return undefined;
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 1 || line > MAX_LINE) return undefined;
  return { type: 'reveal', document: documents[document], line };
}
