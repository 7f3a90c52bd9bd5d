import type Database from 'better-sqlite3';

import type { WorkbenchCounts } from '../../core/domain.js';
import { statement } from '../statement-cache.js';

/**
 * What a person would count: soft-deleted documents and claims (and the claims and evidence of a
 * deleted document) are in the bin, not in the workbench; merged sources live on in their target.
 */
export function countWorkbench(db: Database.Database): WorkbenchCounts {
  return statement(
    db,
    `SELECT
       (SELECT count(*) FROM documents WHERE deleted_at IS NULL) AS documents,
       (SELECT count(*) FROM claims c JOIN documents d ON d.id = c.document_id
         WHERE c.deleted_at IS NULL AND d.deleted_at IS NULL) AS claims,
       (SELECT count(*) FROM sources WHERE merged_into IS NULL) AS sources,
       (SELECT count(*) FROM evidence e JOIN claims c ON c.id = e.claim_id JOIN documents d ON d.id = c.document_id
         WHERE c.deleted_at IS NULL AND d.deleted_at IS NULL) AS evidence`,
  ).get() as WorkbenchCounts;
}
