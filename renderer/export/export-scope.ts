// What the export dialog exports: a place (the open document, chosen claims, the claims the review
// queue shows, the whole workbench) and which of its claims (all, rated only, Done only). Both
// become one ExportScope, which the workbench resolves when the export runs, so an export of the
// queue holds every claim its filters match, not just the rows on screen.
import type { ClaimFilter, ExportScope } from '../../core/api/exports.js';
import type { DocumentSummary, Rating, Source } from '../../core/domain.js';
import { CHAIN_FILTER_LABELS } from '../../core/vocabulary/chain-filters.js';
import { ORIGIN_FILTER_LABELS } from '../../core/vocabulary/origins.js';
import { STATUS_LABELS } from '../../core/vocabulary/status-labels.js';
import type { QueueFilters } from '../review/queue-filters.js';

export const SCOPE_CHOICES = ['document', 'selection', 'queue', 'workbench'] as const;
export type ScopeChoice = (typeof SCOPE_CHOICES)[number];

export const NARROWINGS = ['all', 'rated', 'done'] as const;
/** Which claims of the place: every one, those with a verdict, or those whose review is Done. */
export type Narrowing = (typeof NARROWINGS)[number];

export const NARROWING_LABELS: Record<Narrowing, string> = {
  all: 'All claims',
  rated: 'Rated only',
  done: 'Done only',
};

/** The review queue's filters as an export scope, with words for the dialog. */
export interface QueueExport {
  filter: ClaimFilter;
  /** The queue's document filter, when it has one: the export is then that document's report. */
  documentId: string | null;
  /** What the queue is narrowed to, in words ("Done · False · tagged idlib"); empty when it is not. */
  label: string;
  /** How many claims the queue listed when it was sent. */
  count: number;
}

export interface ScopeContext {
  documentId: string | null;
  selection: readonly string[] | null;
  queue: QueueExport | null;
}

/** The scope to export, or null when the chosen place is not there (no document open, say). */
export function exportScopeFor(choice: ScopeChoice, narrowing: Narrowing, context: ScopeContext): ExportScope | null {
  const narrowed = (base: ClaimFilter | undefined) => {
    const filter = narrowFilter(base, narrowing);
    return filter ? { filter } : {};
  };
  switch (choice) {
    case 'document':
      return context.documentId ? { kind: 'document', documentId: context.documentId, ...narrowed(undefined) } : null;
    case 'selection':
      return context.selection && context.selection.length > 0
        ? { kind: 'selection', claimIds: [...context.selection], ...narrowed(undefined) }
        : null;
    case 'queue': {
      const queue = context.queue;
      if (!queue) return null;
      return queue.documentId
        ? { kind: 'document', documentId: queue.documentId, ...narrowed(queue.filter) }
        : { kind: 'workbench', ...narrowed(queue.filter) };
    }
    case 'workbench':
      return { kind: 'workbench', ...narrowed(undefined) };
  }
}

/**
 * The filter with "Rated only" or "Done only" added. Done only within a queue filtered to other
 * statuses keeps only Done among them, which may be none: the export is then empty, as the queue
 * would be, rather than quietly wider than what the reviewer chose.
 */
export function narrowFilter(base: ClaimFilter | undefined, narrowing: Narrowing): ClaimFilter | undefined {
  const filter: ClaimFilter = { ...base };
  if (narrowing === 'rated') filter.rated = true;
  if (narrowing === 'done') filter.status = base?.status ? base.status.filter((status) => status === 'done') : ['done'];
  return Object.keys(filter).length > 0 ? filter : undefined;
}

export interface QueueNames {
  ratings: readonly Rating[];
  sources: readonly Source[];
  documents: readonly DocumentSummary[];
}

/** The review queue's filters as the export dialog takes them. */
export function queueExport(filters: QueueFilters, names: QueueNames, count: number): QueueExport {
  const filter: ClaimFilter = {};
  const words: string[] = [];
  if (filters.status) {
    filter.status = [filters.status];
    words.push(STATUS_LABELS[filters.status]);
  }
  if (filters.verdict) {
    filter.ratingIds = [filters.verdict];
    words.push(filters.verdict === 'none' ? 'no verdict' : (names.ratings.find((r) => r.id === filters.verdict)?.label ?? 'a verdict'));
  }
  if (filters.sourceId) {
    filter.sourceId = filters.sourceId;
    words.push(`from ${names.sources.find((s) => s.id === filters.sourceId)?.name ?? 'a source'}`);
  }
  const documentId = filters.documentId;
  if (documentId) words.push(`in ${names.documents.find((d) => d.id === documentId)?.title.trim() || 'one document'}`);
  const tag = filters.tag.trim();
  if (tag) {
    filter.tag = tag;
    words.push(`tagged ${tag}`);
  }
  if (filters.unassigned) {
    filter.unassigned = true;
    words.push('unassigned');
  } else if (filters.reviewer.trim()) {
    filter.reviewer = filters.reviewer.trim();
    words.push(`assigned to ${filter.reviewer}`);
  }
  if (filters.chain) {
    filter.chain = filters.chain;
    words.push(CHAIN_FILTER_LABELS[filters.chain].toLowerCase());
  }
  if (filters.orphaned) {
    filter.orphaned = true;
    words.push('orphaned');
  }
  if (filters.revised) {
    filter.revised = true;
    words.push('changed after publication');
  }
  if (filters.origin) {
    filter.origin = filters.origin;
    words.push(ORIGIN_FILTER_LABELS[filters.origin].toLowerCase());
  }
  return { filter, documentId, label: words.join(' · '), count };
}
