// Words of the reports: the scope, an unrated claim, a claim from the reader comments (which the
// app's reader says the same way). The words for statuses, kinds and stances are in core/vocabulary.

export const SCOPE_LABELS = {
  document: 'Document',
  selection: 'Selected claims',
  workbench: 'Whole workbench',
} as const;

export const UNRATED_LABEL = 'Not yet rated';

/** How a claim from the reader comments is labelled wherever it appears. */
export function commentProvenanceLabel(provenance: { commenter: string | null }): string {
  return provenance.commenter ? `From a reader comment by ${provenance.commenter}` : 'From a reader comment';
}
