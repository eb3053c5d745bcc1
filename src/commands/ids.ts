// Every command, view and context key id in one place, so the code and package.json cannot drift apart silently.

export const CommandId = {
  openSample: 'sourcelens.openSample',
  refresh: 'sourcelens.refresh',
  toggleHighlights: 'sourcelens.toggleHighlights',
  nextClaim: 'sourcelens.nextClaim',
  previousClaim: 'sourcelens.previousClaim',
  exportAnalysis: 'sourcelens.exportAnalysis',
  analyzeAnyway: 'sourcelens.analyzeAnyway',
  switchToSourceDocument: 'sourcelens.switchToSourceDocument',
  showLog: 'sourcelens.showLog',
  filter: 'sourcelens.filter',
  clearFilter: 'sourcelens.clearFilter',
  sortByName: 'sourcelens.sortByName',
  sortByClaims: 'sourcelens.sortByClaims',
  sortByFirstAppearance: 'sourcelens.sortByFirstAppearance',
  copyClaimWithCitation: 'sourcelens.copyClaimWithCitation',
  revealItem: 'sourcelens.revealItem',
  ignoreName: 'sourcelens.ignoreName',
  mergeIntoActor: 'sourcelens.mergeIntoActor',
  disableInWorkspace: 'sourcelens.disableInWorkspace',
  enableInWorkspace: 'sourcelens.enableInWorkspace',
  openDashboard: 'sourcelens.openDashboard',
  /** Internal: the status bar item's menu. */
  statusMenu: 'sourcelens.statusMenu',
  /** Internal: `(uri: string, start: number, end: number)`; hover links run it, the corrections and the review commands. */
  revealRange: 'sourcelens.revealRange',
  // Review: verdicts, notes and attribution corrections, kept in the document's review file.
  setVerdict: 'sourcelens.setVerdict',
  markVerified: 'sourcelens.markVerified',
  editNote: 'sourcelens.editNote',
  nextUncheckedClaim: 'sourcelens.nextUncheckedClaim',
  wrongSpeaker: 'sourcelens.wrongSpeaker',
  notAClaim: 'sourcelens.notAClaim',
  addClaim: 'sourcelens.addClaim',
  trimClaim: 'sourcelens.trimClaim',
  splitClaim: 'sourcelens.splitClaim',
  showCorrections: 'sourcelens.showCorrections',
  showOrphans: 'sourcelens.showOrphans',
  /** Claims view title bar: show only the claims of low confidence, or all again. */
  showLowConfidenceOnly: 'sourcelens.showLowConfidenceOnly',
  showAllClaims: 'sourcelens.showAllClaims',
  exportReview: 'sourcelens.exportReview',
  // The workspace index and the views over it.
  indexWorkspace: 'sourcelens.indexWorkspace',
  stopIndexing: 'sourcelens.stopIndexing',
  rebuildIndex: 'sourcelens.rebuildIndex',
  findClaims: 'sourcelens.findClaims',
  sourcesByActor: 'sourcelens.sourcesByActor',
  sourcesByDocument: 'sourcelens.sourcesByDocument',
  sortSourcesByClaims: 'sourcelens.sortSourcesByClaims',
  sortSourcesByDocuments: 'sourcelens.sortSourcesByDocuments',
  sortSourcesByFirstDate: 'sourcelens.sortSourcesByFirstDate',
  /** Internal: `(document: string, line: number)`, a document of the index by its name; hover links and the views run it. */
  openIndexedLine: 'sourcelens.openIndexedLine',
} as const;
export type CommandId = (typeof CommandId)[keyof typeof CommandId];

/** Commands a hover card may link to (`MarkdownString.isTrusted.enabledCommands`). */
export const HOVER_COMMANDS: readonly CommandId[] = [
  CommandId.revealRange,
  CommandId.ignoreName,
  CommandId.mergeIntoActor,
  CommandId.setVerdict,
  CommandId.editNote,
  CommandId.wrongSpeaker,
  CommandId.notAClaim,
  CommandId.openIndexedLine,
];

export const ViewId = {
  container: 'sourcelens',
  actors: 'sourcelens.actors',
  claims: 'sourcelens.claims',
  sources: 'sourcelens.sources',
  quotations: 'sourcelens.quotations',
} as const;

/** Context keys set with `setContext`, read by `when` clauses in package.json. */
export const ContextKey = {
  activeEditorAnalyzable: 'sourcelens.activeEditorAnalyzable',
  activeDocumentSkipped: 'sourcelens.activeDocumentSkipped',
  filterActive: 'sourcelens.filterActive',
  actorsSort: 'sourcelens.actorsSort',
  disabledInWorkspace: 'sourcelens.disabledInWorkspace',
  /** The workspace index's state: off, waiting (over the size limit), indexing or ready. */
  indexState: 'sourcelens.indexState',
  /** The Sources view's grouping (`actor` or `document`) and order (`claims`, `documents`, `firstDate`). */
  sourcesMode: 'sourcelens.sourcesMode',
  sourcesSort: 'sourcelens.sourcesSort',
  /** Whether the Claims view shows only the claims of low confidence. */
  lowConfidenceOnly: 'sourcelens.lowConfidenceOnly',
} as const;
