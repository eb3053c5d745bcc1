// Loads the engine's public `analyze` from src/analysis/index, checked at run time against the contract's signature.
import type { Analysis, AnalyzeOptions } from '../../src/analysis/types';

export type AnalyzeFunction = (text: string, options?: AnalyzeOptions) => Analysis;

/**
 * The engine's `analyze`, or an Error saying why it cannot be loaded. Loaded at run time rather than imported so the
 * accuracy tests compile, and fail with a clear message, while the engine's entry point is being reworked.
 */
export function loadAnalyze(): AnalyzeFunction | Error {
  let engine: unknown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at run time on purpose, see above
    engine = require('../../src/analysis/index');
  } catch (error) {
    return new Error(`cannot load src/analysis/index: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (typeof engine === 'object' && engine !== null && 'analyze' in engine && typeof engine.analyze === 'function') {
    const analyze = engine.analyze as (text: string, options?: AnalyzeOptions) => unknown;
    return (text, options) => {
      const result = analyze(text, options);
      if (typeof result !== 'object' || result === null) throw new Error('analyze returned no object');
      return result as Analysis;
    };
  }
  return new Error('src/analysis/index does not export a function analyze(text, options)');
}
