// Public entry of the exports: the formatters by name, written whole or document by document, and the safe-rendering helpers the UI shares.
import type { Analysis } from '../analysis/types';
import { csvHeader, csvRecords, type CsvOptions } from './csv';
import { jsonPieces } from './json';
import { MARKDOWN_REPORT_SEPARATOR, markdownReport } from './markdown';

export { CSV_COLUMNS, CSV_TABLE_COLUMNS, CSV_TABLES, isCsvTable, toCsv, type CsvOptions, type CsvTable } from './csv';
export {
  csvCell,
  escapeControlCharacters,
  escapeMarkdown,
  escapeMarkdownInContext,
  singleLine,
  stripControlCharacters,
  CONTROL_REPLACEMENT,
} from '../presentation/escape';
export { revealInvisible } from '../presentation/invisibles';
export { jsonPieces, safeJsonStringify, toJson, toJsonLines } from './json';
export { toMarkdown } from './markdown';

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

export interface ExportOptions extends CsvOptions {
  /** JSON: the output is this one analysis as an object, not an array of analyses. */
  single?: boolean;
}

/**
 * The output for the analysis at position `index` of those written, piece by piece: with what comes before it
 * (a CSV header, a JSON array's bracket or comma, a report separator), so outputs are written document by
 * document and a document's analysis is never one string. {@link endOfOutput} closes the output.
 */
export function* documentPieces(format: ExportFormat, analysis: Analysis, index: number, options: ExportOptions = {}): Generator<string> {
  switch (format) {
    case 'json':
      if (options.single === true) {
        yield* jsonPieces(analysis);
        yield '\n';
        return;
      }
      // As JSON.stringify indents an array of analyses: each element on its own line, two spaces in.
      yield index === 0 ? '[\n  ' : ',\n  ';
      yield* jsonPieces(analysis, 2, undefined, '  ');
      return;
    case 'jsonl':
      yield* jsonPieces(analysis, 0);
      yield '\n';
      return;
    case 'csv':
      if (index === 0) yield csvHeader(options);
      yield* csvRecords(analysis, options.table);
      return;
    case 'md':
      if (index > 0) yield MARKDOWN_REPORT_SEPARATOR;
      yield* markdownReport(analysis);
      return;
  }
}

/** What ends an output after `count` documents: a JSON array's closing bracket; for none, what an empty list is written as. */
export function endOfOutput(format: ExportFormat, count: number, options: ExportOptions = {}): string {
  switch (format) {
    case 'json':
      if (options.single === true) return '';
      return count === 0 ? '[]\n' : '\n]\n';
    case 'jsonl':
      return '';
    case 'csv':
      return count === 0 ? csvHeader(options) : '';
    case 'md':
      return count === 0 ? '\n' : '';
  }
}

/** The analyses rendered in one of the export formats: one analysis, or a list (an array in JSON). */
export function formatAnalyses(format: ExportFormat, analyses: Analysis | readonly Analysis[], options: CsvOptions = {}): string {
  const list: readonly Analysis[] = isList(analyses) ? analyses : [analyses];
  const exportOptions: ExportOptions = { ...options, single: !isList(analyses) };
  const parts: string[] = [];
  list.forEach((analysis, index) => {
    for (const piece of documentPieces(format, analysis, index, exportOptions)) parts.push(piece);
  });
  parts.push(endOfOutput(format, list.length, exportOptions));
  return parts.join('');
}

function isList(analyses: Analysis | readonly Analysis[]): analyses is readonly Analysis[] {
  return Array.isArray(analyses);
}
