// What the review queue is narrowed to. Each filter is one choice, the way the filter bar offers
// them; they become the arguments of review.queue here.
import type { ArgsIn } from '../../core/api/index.js';
import type { ChainFilter } from '../../core/api/review.js';
import type { ClaimStatus } from '../../core/domain.js';
import type { OriginFilter } from '../../core/review/origins.js';

export interface QueueFilters {
  status: ClaimStatus | null;
  /** A rating ID, 'none' for claims without a verdict, or null for any verdict. */
  verdict: string | null;
  sourceId: string | null;
  documentId: string | null;
  tag: string;
  /** The reviewer the claims are assigned to; '' for anyone's claims. */
  reviewer: string;
  /** Only claims assigned to nobody (the reviewer is then ignored). */
  unassigned: boolean;
  /** Only claims resting on one origin (or one unnamed origin); null for any. */
  origin: OriginFilter | null;
  /** Only claims whose words a later version of their article changed. */
  revised: boolean;
  /** Only claims whose chain needs a second look (unnamed or no source); null for any chain. */
  chain: ChainFilter | null;
  /** Only claims whose words are no longer in their document's text. */
  orphaned: boolean;
}

export const NO_FILTERS: QueueFilters = {
  status: null,
  verdict: null,
  sourceId: null,
  documentId: null,
  tag: '',
  reviewer: '',
  unassigned: false,
  origin: null,
  revised: false,
  chain: null,
  orphaned: false,
};

export function queueArgs(filters: QueueFilters, limit: number): ArgsIn<'review.queue'> {
  const args: ArgsIn<'review.queue'> = { limit, sort: 'document' };
  if (filters.status) args.status = [filters.status];
  if (filters.verdict) args.ratingIds = [filters.verdict];
  if (filters.sourceId) args.sourceId = filters.sourceId;
  if (filters.documentId) args.documentId = filters.documentId;
  if (filters.tag.trim()) args.tag = filters.tag.trim();
  if (filters.unassigned) args.unassigned = true;
  else if (filters.reviewer.trim()) args.reviewer = filters.reviewer.trim();
  if (filters.origin) args.origin = filters.origin;
  if (filters.revised) args.revised = true;
  if (filters.chain) args.chain = filters.chain;
  if (filters.orphaned) args.orphaned = true;
  return args;
}

export function activeFilterCount(filters: QueueFilters): number {
  return [
    filters.status,
    filters.verdict,
    filters.sourceId,
    filters.documentId,
    filters.tag.trim(),
    filters.unassigned || filters.reviewer.trim(),
    filters.origin,
    filters.revised,
    filters.chain,
    filters.orphaned,
  ].filter(Boolean).length;
}

// The reviewer picker is one <select>: anyone, unassigned, or a name. Names are stored trimmed, so
// no name can begin with a space and collide with the two fixed choices.
export const ANY_REVIEWER = '';
export const UNASSIGNED_CHOICE = ' unassigned';

export function reviewerChoice(filters: QueueFilters): string {
  return filters.unassigned ? UNASSIGNED_CHOICE : filters.reviewer.trim();
}

export function withReviewerChoice(filters: QueueFilters, choice: string): QueueFilters {
  if (choice === UNASSIGNED_CHOICE) return { ...filters, reviewer: '', unassigned: true };
  return { ...filters, reviewer: choice.trim(), unassigned: false };
}
