import type Database from 'better-sqlite3';

import type { ExportScope } from '../../core/api/exports.js';
import { type Bundle, BUNDLE_FORMAT, BUNDLE_VERSION } from '../../core/bundle/format.js';
import { now } from '../ids.js';
import { APP_SCHEMA_VERSION } from '../migrations/index.js';
import { getMeta } from '../queries/meta.js';
import { resolveScope } from '../reports/report-scope.js';
import { statement } from '../statement-cache.js';
import {
  allHistoryRows,
  appearanceRows,
  claimRows,
  claimTagRows,
  documentRows,
  evidenceRows,
  fileRows,
  hopRows,
  ratingRows,
  rejectionRows,
  scopedHistoryRows,
  sourceRows,
  tagRows,
} from './bundle-rows.js';

/**
 * The workbench, or the part an export scope covers, as a bundle. The whole workbench travels
 * with everything, the bin and merged sources included, so a merge can carry deletions and
 * source merges across. A document or selection travels with the live claims it covers and
 * everything they point at (documents quoted as evidence, sources in their chains, files), so
 * the bundle stands on its own.
 */
export function exportBundle(db: Database.Database, scope: ExportScope, workbenchName = ''): Bundle {
  return db
    .transaction((): Bundle => {
      const head = {
        format: BUNDLE_FORMAT,
        version: BUNDLE_VERSION,
        exportedAt: now(),
        workbenchId: getMeta(db).id,
        appSchemaVersion: APP_SCHEMA_VERSION,
      } as const;
      if (scope.kind === 'workbench') {
        return {
          ...head,
          scope: { kind: 'workbench', label: workbenchName.trim() || 'Workbench' },
          documents: documentRows(db, null),
          sources: sourceRows(db, null),
          ratings: ratingRows(db),
          claims: claimRows(db, null),
          hops: hopRows(db, null),
          tags: tagRows(db, null),
          claimTags: claimTagRows(db, null),
          evidence: evidenceRows(db, null),
          files: fileRows(db, null),
          appearances: appearanceRows(db, null),
          rejections: rejectionRows(db, null),
          history: allHistoryRows(db),
        };
      }

      const resolved = resolveScope(db, scope, workbenchName);
      const claimIds = resolved.claimIds;
      const claims = claimRows(db, claimIds);
      const hops = hopRows(db, claimIds);
      const claimTags = claimTagRows(db, claimIds);
      const evidence = evidenceRows(db, claimIds);
      const appearances = appearanceRows(db, claimIds);

      const documentIds = unique([
        ...resolved.documentIds,
        ...evidence.flatMap((item) => (item.documentId ? [item.documentId] : [])),
        ...appearances.map((appearance) => appearance.documentId),
      ]);
      const documents = documentRows(db, documentIds);
      const sourceIds = withMergeTargets(db, [
        ...hops.map((hop) => hop.sourceId),
        ...documents.flatMap((document) => (document.outletSourceId ? [document.outletSourceId] : [])),
      ]);
      const fileIds = unique(evidence.flatMap((item) => (item.fileId ? [item.fileId] : [])));
      return {
        ...head,
        scope: { kind: resolved.kind, label: resolved.label },
        documents,
        sources: sourceRows(db, sourceIds),
        ratings: ratingRows(db),
        claims,
        hops,
        tags: tagRows(db, unique(claimTags.map((row) => row.tagId))),
        claimTags,
        evidence,
        files: fileRows(db, fileIds),
        appearances,
        rejections: rejectionRows(db, resolved.documentIds),
        history: scopedHistoryRows(db, { claimIds, documentIds, sourceIds }),
      };
    })
    .deferred();
}

/** The bundle as the text of a file: compact, since bundles are for machines and can be large. */
export function bundleText(bundle: Bundle): string {
  return `${JSON.stringify(bundle)}\n`;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** The sources and, for merged ones, the sources they were merged into, so every ID resolves. */
function withMergeTargets(db: Database.Database, sourceIds: readonly string[]): string[] {
  const ids = unique(sourceIds);
  const targets = statement(
    db,
    `SELECT DISTINCT merged_into AS target FROM sources
     WHERE id IN (SELECT value FROM json_each(?)) AND merged_into IS NOT NULL`,
  ).all(JSON.stringify(ids)) as { target: string }[];
  return unique([...ids, ...targets.map((row) => row.target)]);
}
