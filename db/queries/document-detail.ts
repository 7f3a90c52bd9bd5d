import type Database from 'better-sqlite3';

import { ApiError } from '../../core/api/result.js';
import type { DocumentDetail } from '../../core/domain.js';
import { parseJsonOrNull } from '../../core/json.js';
import { wellFormedCredits } from '../../core/metadata/photo-credits.js';
import { wellFormedProvenance } from '../../core/metadata/provenance.js';
import { statement } from '../statement-cache.js';
import type { StoredJson } from './stored-row.js';

/** A document as DETAIL_SQL reads it: photo credits and provenance still the stored JSON. */
type DetailRow = StoredJson<DocumentDetail, 'photoCredits' | 'provenance'> & { deletedAt: string | null };

const DETAIL_SQL = `
  SELECT d.id, d.title, d.outlet, d.author, d.url, d.published_at AS publishedAt, d.language, d.direction,
         d.text_length AS length, d.created_at AS createdAt, d.updated_at AS updatedAt,
         d.article_start AS articleStart, d.comments_start AS commentsStart, d.photo_credits AS photoCredits, d.provenance, d.source_file AS sourceFile,
         d.source_format AS sourceFormat, d.deleted_at AS deletedAt, d.text,
         (SELECT count(*) FROM claims c WHERE c.document_id = d.id AND c.deleted_at IS NULL) AS claimCount,
         (SELECT count(*) FROM claims c WHERE c.document_id = d.id AND c.deleted_at IS NULL AND c.status = 'done') AS doneCount
  FROM documents d WHERE d.id = ?`;

/** A document that is not in the bin, or a not_found error naming what was asked for. */
export function getDocument(db: Database.Database, id: string, options: { includeDeleted?: boolean } = {}): DocumentDetail {
  const row = statement(db, DETAIL_SQL).get(id) as DetailRow | undefined;
  if (!row || (row.deletedAt && !options.includeDeleted)) {
    throw new ApiError('not_found', `There is no document with the ID ${id}.`);
  }
  return toDocumentDetail(row);
}

function toDocumentDetail({ deletedAt: _deletedAt, photoCredits, provenance, ...rest }: DetailRow): DocumentDetail {
  return { ...rest, photoCredits: wellFormedCredits(parseJsonOrNull(photoCredits)), provenance: wellFormedProvenance(provenance) };
}
