// Normalises the "one analysis or several" argument every formatter accepts.
import type { Analysis } from '../analysis/types';

export function analysisList(analyses: Analysis | readonly Analysis[]): readonly Analysis[] {
  return isAnalysisList(analyses) ? analyses : [analyses];
}

function isAnalysisList(analyses: Analysis | readonly Analysis[]): analyses is readonly Analysis[] {
  return Array.isArray(analyses);
}
