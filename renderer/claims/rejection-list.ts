import type { RejectedSuggestion } from '../../core/domain.js';

/**
 * The known rejections with new records added, newest first as the workbench lists them.
 * Rejecting a suggestion that was rejected before (in another window, say) answers with the old
 * record, which must not be listed twice.
 */
export function mergeRejections(known: readonly RejectedSuggestion[], records: readonly RejectedSuggestion[]): RejectedSuggestion[] {
  const added = new Set(records.map((record) => record.id));
  return [...records, ...known.filter((item) => !added.has(item.id))].sort((a, b) => b.rejectedAt.localeCompare(a.rejectedAt));
}
