// The highlights of one window of a large document, analysed on its own so the lines in view are painted while the whole is analysed.
import { analyze } from '../analysis';
import type { AnalyzeOptions } from '../analysis/types';
import { HIGHLIGHT_KINDS, highlightRanges, type HighlightRanges } from '../derived/decorationsModel';

/**
 * The highlight ranges of `text` analysed alone, in the coordinates of the document it was cut from at `offset`.
 * Near the window's edges they may differ from the whole document's (a speaker named just outside it, a name
 * typed by evidence elsewhere); the whole document's ranges replace them.
 */
export function previewRanges(text: string, offset: number, options: AnalyzeOptions): HighlightRanges {
  const ranges = highlightRanges(analyze(text, options));
  for (const kind of HIGHLIGHT_KINDS) {
    const packed = ranges[kind];
    for (let position = 0; position < packed.length; position += 1) packed[position] += offset;
  }
  return ranges;
}
