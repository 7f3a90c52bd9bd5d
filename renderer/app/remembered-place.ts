// Where the reviewer was in a workbench — the document list's order and filters, and the document
// open in the reader — remembered on this machine for that workbench, so reloading the page or
// restarting the app puts them back. Anything stored that no longer fits (an older shape, a hand
// edit, a sort this version does not know) is ignored rather than trusted.
import type { WorkbenchInfo } from '../../core/domain.js';
import { type DocumentQuery, NATURAL_DESCENDING, PROGRESS_LABELS } from '../library/document-query.js';

export interface RememberedPlace {
  documentQuery?: DocumentQuery;
  /** The document open in the reader; null when none was. */
  documentId?: string | null;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

const PREFIX = 'claimtrace.place:';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
const MAX_ID_LENGTH = 100;

/**
 * One workbench's key: its ID and its path, so two files copied from one (a snapshot, a colleague's
 * copy) keep places of their own.
 */
export function placeKey(info: Pick<WorkbenchInfo, 'id' | 'path'>): string {
  return `${PREFIX}${info.id}:${info.path}`;
}

/** This machine's storage, or null where there is none (storage disabled, a sandboxed page). */
export function localPlaceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readPlace(storage: Storage | null, key: string): RememberedPlace {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage?.getItem(key) ?? 'null');
  } catch {
    return {};
  }
  if (!isRecord(parsed)) return {};
  const place: RememberedPlace = {};
  const query = documentQueryOf(parsed.documentQuery);
  if (query) place.documentQuery = query;
  if (parsed.documentId === null || isId(parsed.documentId)) place.documentId = parsed.documentId;
  return place;
}

/** Stores what changed, keeping the rest of the place as it was. */
export function rememberPlace(storage: Storage | null, key: string, change: RememberedPlace): void {
  if (!storage) return;
  try {
    storage.setItem(key, JSON.stringify({ ...readPlace(storage, key), ...change }));
  } catch {
    // A full or refused storage only means the place is not remembered next time.
  }
}

function documentQueryOf(value: unknown): DocumentQuery | null {
  if (!isRecord(value)) return null;
  const { sort, descending, outlet, publishedFrom, publishedTo, progress } = value;
  if (typeof sort !== 'string' || !Object.hasOwn(NATURAL_DESCENDING, sort) || typeof descending !== 'boolean') return null;
  if (!(outlet === null || typeof outlet === 'string')) return null;
  if (!isDateOrNull(publishedFrom) || !isDateOrNull(publishedTo)) return null;
  if (!(progress === null || (typeof progress === 'string' && Object.hasOwn(PROGRESS_LABELS, progress)))) return null;
  return {
    sort: sort as DocumentQuery['sort'],
    descending,
    outlet,
    publishedFrom,
    publishedTo,
    progress: progress as DocumentQuery['progress'],
  };
}

function isDateOrNull(value: unknown): value is string | null {
  return value === null || (typeof value === 'string' && ISO_DATE.test(value));
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
