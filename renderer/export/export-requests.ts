// How other parts of the window ask for an export or a bundle import without holding a reference
// to the export feature: window events, so a view that knows a selection of claims (the review
// queue, a claim list) only has to dispatch one.
import type { ExportScope } from '../../core/api/exports.js';

/** Detail: `{ claimIds: string[] }`. Opens the export dialog with those claims as its scope. */
export const EXPORT_SELECTION_EVENT = 'claimtrace:export-selection';
/** Opens the export dialog with the scope it would choose by itself. */
export const EXPORT_OPEN_EVENT = 'claimtrace:export-open';
/** Opens the file chooser for a bundle to merge into the workbench. */
export const BUNDLE_IMPORT_EVENT = 'claimtrace:import-bundle';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

export function requestExport(): void {
  window.dispatchEvent(new CustomEvent(EXPORT_OPEN_EVENT));
}

export function requestSelectionExport(claimIds: readonly string[]): void {
  window.dispatchEvent(new CustomEvent(EXPORT_SELECTION_EVENT, { detail: { claimIds: [...claimIds] } }));
}

/**
 * Dispatched from a click handler, so the file chooser it opens still counts as the user's own
 * action (browsers refuse to open one otherwise).
 */
export function requestBundleImport(): void {
  window.dispatchEvent(new CustomEvent(BUNDLE_IMPORT_EVENT));
}

/**
 * The claims an export-selection event names, without repeats, or null when the event carries
 * nothing usable. The event may come from any view, so its detail is checked rather than trusted.
 */
export function selectedClaimIds(detail: unknown): string[] | null {
  if (typeof detail !== 'object' || detail === null) return null;
  const { claimIds } = detail as { claimIds?: unknown };
  if (!Array.isArray(claimIds)) return null;
  const ids = [...new Set(claimIds.filter((id): id is string => typeof id === 'string' && UUID.test(id)))];
  // Too many IDs are passed on all the same: the service's refusal says what the limit is.
  return ids.length > 0 ? ids : null;
}

export type ScopeKind = ExportScope['kind'];
