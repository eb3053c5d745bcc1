// Which claims are of low confidence: below a threshold the reader sets, 0.7 unless set. On GUM's development claims
// (scripts/claimCalibration.mjs) those below 0.7 are right about one time in three, those from 0.7 to 0.8 two in three,
// and those above 0.8 nine in ten: below 0.7 is where a reader should look twice.
import type { Claim } from '../analysis/types';

export const DEFAULT_LOW_CONFIDENCE_THRESHOLD = 0.7;

/** A threshold from a setting: a number from 0 to 1, else the default. */
export function lowConfidenceThreshold(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1 ? value : DEFAULT_LOW_CONFIDENCE_THRESHOLD;
}

/** Whether the engine is less sure of the claim than the threshold (a claim the reviewer attributed has confidence 1). */
export function isLowConfidence(claim: Pick<Claim, 'confidence'>, threshold: number): boolean {
  return typeof claim.confidence === 'number' && claim.confidence < threshold;
}

/** The confidence as shown: two decimals at most. */
export function roundedConfidence(claim: Pick<Claim, 'confidence'>): number {
  return Math.round(claim.confidence * 100) / 100;
}
