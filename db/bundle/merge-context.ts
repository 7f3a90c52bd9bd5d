import type Database from 'better-sqlite3';

import { type Bundle, type BundleTable, emptyCounts, type MergeSummary } from '../../core/bundle/format.js';
import { type HistoryEntry, recordHistory } from '../history.js';

/**
 * What the steps of one merge share: the workbench, the bundle, how the bundle's IDs map onto
 * rows the workbench already had under other IDs, the running summary and what changed, so the
 * host can tell the renderer which documents and claims to reload.
 */
export interface MergeContext {
  db: Database.Database;
  bundle: Bundle;
  /** Who is merging: every history line the merge writes names them. */
  actor: string;
  summary: MergeSummary;
  /** Bundle ID → workbench ID, for rows recognised under another ID; absent means the same ID. */
  documentIds: Map<string, string>;
  ratingIds: Map<string, string>;
  tagIds: Map<string, string>;
  fileIds: Map<string, string>;
  changedDocuments: Set<string>;
  /** Document ID → IDs of its claims that were added or changed. */
  changedClaims: Map<string, Set<string>>;
  sourcesChanged: boolean;
}

export function createMergeContext(db: Database.Database, bundle: Bundle, actor: string): MergeContext {
  return {
    db,
    bundle,
    actor,
    summary: {
      added: emptyCounts(),
      updated: emptyCounts(),
      skipped: emptyCounts(),
      matched: { documents: 0, sources: 0, ratings: 0, tags: 0, files: 0 },
      notes: [],
    },
    documentIds: new Map(),
    ratingIds: new Map(),
    tagIds: new Map(),
    fileIds: new Map(),
    changedDocuments: new Set(),
    changedClaims: new Map(),
    sourcesChanged: false,
  };
}

export function count(context: MergeContext, outcome: 'added' | 'updated' | 'skipped', table: BundleTable, by = 1): void {
  context.summary[outcome][table] += by;
}

export function mapped(map: ReadonlyMap<string, string>, id: string): string;
export function mapped(map: ReadonlyMap<string, string>, id: string | null): string | null;
export function mapped(map: ReadonlyMap<string, string>, id: string | null): string | null {
  return id === null ? null : (map.get(id) ?? id);
}

export function claimChanged(context: MergeContext, documentId: string, claimId: string): void {
  const ids = context.changedClaims.get(documentId) ?? new Set<string>();
  ids.add(claimId);
  context.changedClaims.set(documentId, ids);
}

/**
 * Records the workbench's version of a field that the bundle's later change replaced, so the
 * history keeps both: the bundle's own history rows tell how its version came about, this line
 * tells what the workbench had before the merge.
 */
export function recordOverwrite(
  context: MergeContext,
  entry: Pick<HistoryEntry, 'entity' | 'entityId' | 'claimId' | 'field' | 'oldValue' | 'newValue'>,
): void {
  recordHistory(context.db, { ...entry, action: 'merge' }, context.actor);
}
