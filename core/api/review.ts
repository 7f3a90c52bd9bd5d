import { z } from 'zod';

import { CLAIM_STATUSES, type ClaimInContext, type ClaimStatus, type HistoryEvent, type Rating } from '../domain.js';
import { MAX_ASSIGNEE_LENGTH } from '../review/assignee.js';
import { ORIGIN_FILTERS, type OriginCounts } from '../review/origins.js';
import { defineMethod, type NamespaceMethods } from './define.js';
import { typedLine } from './typed-text.js';

const id = z.uuid();

/** Chains that need a second look: ending in an unnamed source, naming nobody, or either. */
export const CHAIN_FILTERS = ['flagged', 'unnamed', 'unknown'] as const;
export type ChainFilter = (typeof CHAIN_FILTERS)[number];

export const REVIEW_QUEUE_SORTS = ['document', 'updated', 'checkworthiness'] as const;
export type ReviewQueueSort = (typeof REVIEW_QUEUE_SORTS)[number];

/** A claim as the review queue lists it: in context, with its verdict spelled out. */
export interface ReviewQueueItem extends ClaimInContext {
  rating: Pick<Rating, 'id' | 'key' | 'label' | 'color' | 'archived'> | null;
  /** Who last changed the claim, from the history; null when it has none. */
  lastActor: string | null;
  evidenceCount: number;
  /** How many documents carry the claim and how many independent origins they rest on. */
  origins: OriginCounts;
  /** Whether a later version of its article reworded, took out or moved the claim's words. */
  revised: boolean;
}

/** Verdict counts keyed by rating key, plus `unrated`. */
export type VerdictCounts = Record<string, number>;

export interface VerdictBreakdown {
  total: number;
  byVerdict: VerdictCounts;
}

export interface ReviewerWorkload {
  assignee: string | null;
  total: number;
  byStatus: Record<ClaimStatus, number>;
}

export interface ReviewDashboard {
  totalClaims: number;
  byStatus: Record<ClaimStatus, number>;
  byVerdict: VerdictCounts;
  /** The scale in display order, so counts keyed by rating key can be labelled and coloured. */
  ratings: Rating[];
  bySource: (VerdictBreakdown & { sourceId: string; name: string; kind: string })[];
  byDocument: (VerdictBreakdown & { documentId: string; title: string; outlet: string | null })[];
  /** The busiest assigned reviewers, then the unassigned claims (assignee null) when there are any. */
  byReviewer: ReviewerWorkload[];
  orphanCount: number;
  flaggedChains: { unnamed: number; unknown: number };
  /** Claims carried by two or more documents that all rest on one origin; `unnamed` of them on an unnamed one. */
  singleOrigin: { total: number; unnamed: number };
  /** Claims whose words a later version of their article reworded, took out or moved. */
  revisedCount: number;
  recentActivity: HistoryEvent[];
}

/**
 * What narrows a list of claims, the same in the review queue and in an export's scope: status,
 * source, tag, assigned reviewer (or nobody), and what needs a second look.
 */
export const claimNarrowingShape = {
  status: z.array(z.enum(CLAIM_STATUSES)).max(CLAIM_STATUSES.length).optional(),
  /** Claims whose chain names this source (or a source merged into it). */
  sourceId: id.optional(),
  tag: typedLine().min(1).max(100).optional(),
  /** Claims assigned to this reviewer, the name compared without regard to case. */
  reviewer: typedLine().min(1).max(MAX_ASSIGNEE_LENGTH).optional(),
  /** Claims assigned to nobody. */
  unassigned: z.literal(true).optional(),
  /** Claims every document of which rests on one origin ('single'), or on one unnamed origin. */
  origin: z.enum(ORIGIN_FILTERS).optional(),
  /** Claims whose words a later version of their article reworded, took out or moved. */
  revised: z.literal(true).optional(),
  /** Claims whose chain ends in an unnamed source ('unnamed'), names nobody ('unknown'), or either ('flagged'). */
  chain: z.enum(CHAIN_FILTERS).optional(),
  /** Claims whose words are no longer in their document's text. */
  orphaned: z.literal(true).optional(),
};

/** The one rule across those fields: one reviewer's claims or the unassigned ones, not both. */
export function oneReviewerChoice(filter: { reviewer?: string; unassigned?: true }): boolean {
  return !(filter.reviewer && filter.unassigned);
}

export const ONE_REVIEWER_CHOICE_ERROR = {
  message: 'ask for one reviewer’s claims or for unassigned claims, not both',
  path: ['unassigned'],
};

export const reviewMethods = {
  'review.queue': defineMethod<{ items: ReviewQueueItem[]; total: number }>()(
    z
      .object({
        ...claimNarrowingShape,
        ratingIds: z
          .array(z.union([id, z.literal('none')]))
          .max(200)
          .optional(),
        documentId: id.optional(),
        query: typedLine().max(500).optional(),
        sort: z.enum(REVIEW_QUEUE_SORTS).default('document'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict()
      .refine(oneReviewerChoice, ONE_REVIEWER_CHOICE_ERROR),
    'Live claims across the workbench filtered by status, verdict ("none" for unrated), source, document, tag, assigned reviewer (or unassigned) and words.',
  ),
  'review.reviewers': defineMethod<string[]>()(
    z.object({}).strict(),
    'The reviewer names to offer when assigning or filtering: everyone claims are assigned to, the reviewer named in settings and everyone in the history, each once, alphabetically.',
  ),
  'review.dashboard': defineMethod<ReviewDashboard>()(
    z.object({ top: z.number().int().min(1).max(100).default(10) }).strict(),
    'Counts by status and verdict, verdicts for the busiest sources and documents, orphans, flagged chains and recent activity.',
  ),
} satisfies NamespaceMethods<'review'>;
