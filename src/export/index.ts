// Public entry of the exports: the formatters by name, and the safe-rendering helpers the UI shares.
import type { Analysis } from '../analysis/types';
import { toCsv } from './csv';
import { toJson, toJsonLines } from './json';
import { toMarkdown } from './markdown';

export { CSV_COLUMNS, toCsv } from './csv';
export {
  csvCell,
  escapeControlCharacters,
  escapeMarkdown,
  escapeMarkdownInContext,
  revealInvisible,
  singleLine,
  stripControlCharacters,
  CONTROL_REPLACEMENT,
} from './escape';
export { safeJsonStringify, toJson, toJsonLines } from './json';
export { toMarkdown } from './markdown';

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

/** The analyses rendered in one of the export formats. */
export function formatAnalyses(format: ExportFormat, analyses: Analysis | readonly Analysis[]): string {
  switch (format) {
    case 'json':
      return toJson(analyses);
    case 'jsonl':
      return toJsonLines(analyses);
    case 'csv':
      return toCsv(analyses);
    case 'md':
      return toMarkdown(analyses);
  }
}
