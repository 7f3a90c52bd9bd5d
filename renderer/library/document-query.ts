// What the document list shows: its order and its filters, as sent to documents.list.
import type { z } from 'zod';

import type { documentSortSchema } from '../../core/api/documents.js';
import type { DocumentProgress } from '../../core/domain.js';

export type DocumentSort = z.infer<typeof documentSortSchema>;

export interface DocumentFilters {
  outlet: string | null;
  publishedFrom: string | null;
  publishedTo: string | null;
  progress: DocumentProgress | null;
}

export interface DocumentQuery extends DocumentFilters {
  sort: DocumentSort;
  descending: boolean;
}

export const NO_FILTERS: DocumentFilters = { outlet: null, publishedFrom: null, publishedTo: null, progress: null };

/** Newest imports first, as a new workbench lists them. */
export const DEFAULT_QUERY: DocumentQuery = { ...NO_FILTERS, sort: 'createdAt', descending: true };

export const SORT_LABELS: Record<DocumentSort, string> = {
  title: 'Title',
  outlet: 'Outlet',
  publishedAt: 'Date published',
  createdAt: 'Date imported',
  progress: 'Review progress',
};

/** The direction a sort starts in when chosen: dates newest first, words A to Z. */
export const NATURAL_DESCENDING: Record<DocumentSort, boolean> = {
  title: false,
  outlet: false,
  publishedAt: true,
  createdAt: true,
  progress: false,
};

/** How each direction reads for the chosen sort, for the direction button. */
export function directionLabel(sort: DocumentSort, descending: boolean): string {
  switch (sort) {
    case 'title':
    case 'outlet':
      return descending ? 'Z to A' : 'A to Z';
    case 'publishedAt':
    case 'createdAt':
      return descending ? 'Newest first' : 'Oldest first';
    case 'progress':
      return descending ? 'Most done first' : 'Least done first';
  }
}

export const PROGRESS_LABELS: Record<DocumentProgress, string> = {
  no_claims: 'No claims yet',
  open: 'Claims open',
  done: 'All claims done',
};

export function activeFilterCount(filters: DocumentFilters): number {
  return [filters.outlet, filters.publishedFrom, filters.publishedTo, filters.progress].filter((value) => value !== null).length;
}

/** The arguments of documents.list for a query; filters that are not set are left out. */
export function listArguments(query: DocumentQuery) {
  return {
    sort: query.sort,
    descending: query.descending,
    ...(query.outlet !== null ? { outlet: query.outlet } : {}),
    ...(query.publishedFrom !== null ? { publishedFrom: query.publishedFrom } : {}),
    ...(query.publishedTo !== null ? { publishedTo: query.publishedTo } : {}),
    ...(query.progress !== null ? { progress: query.progress } : {}),
  };
}
