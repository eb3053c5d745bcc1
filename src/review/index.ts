// The review model's public entry: types, anchors, the file format, edits and merges, and applying a review.
export * from './types';
export { anchorAt, resolveAnchor, similarity, CONTEXT_LENGTH, FUZZY_THRESHOLD, type AnchorMatch } from './anchor';
export { applyReview, hasCorrections } from './apply';
export type { ClaimCorrection, ClaimReview, EntryState, OrphanReason, ReviewedAnalysis } from './apply';
export { compareEntries, parseReview, serializeReview, REVIEW_LIMITS, type ReviewRead } from './format';
export { correction, mergeReviews, newEntryId, reviewTime, withEntry, withoutEntry, withVerdict } from './edit';
export type { MergeResult, VerdictChange } from './edit';
