import type Database from 'better-sqlite3';

import type { ExportPreview, ExportScope } from '../../core/api/exports.js';
import { claimReviewCounts } from '../../core/reports/claim-review.js';
import type { VerdictState } from '../../core/review/rationale.js';
import { statement } from '../statement-cache.js';
import { resolveScope } from './report-scope.js';

/**
 * What an export of the scope would hold, counted the way the export itself resolves the scope, so
 * the dialog's numbers are the file's: claims, documents, and what a ClaimReview export would
 * publish or leave out. Read in one snapshot.
 */
export function exportPreview(db: Database.Database, scope: ExportScope, workbenchName: string): ExportPreview {
  return db
    .transaction(() => {
      const resolved = resolveScope(db, scope, workbenchName);
      const states = statement(
        db,
        `SELECT status, rating_id AS ratingId, rationale_text AS rationaleText
         FROM claims WHERE id IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify(resolved.claimIds)) as VerdictState[];
      const { publishable, leftOut } = claimReviewCounts(states);
      return { claims: resolved.claimIds.length, documents: resolved.documentIds.length, publishable, leftOut };
    })
    .deferred();
}
