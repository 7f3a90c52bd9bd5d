import type Database from 'better-sqlite3';

import type { ImportedDocument, ImportOutcome, MetadataProvenance, PhotoCredit, TextDirection } from '../../core/domain.js';
import { recordHistory } from '../history.js';
import { newId, now } from '../ids.js';
import { statement } from '../statement-cache.js';
import { writeTransaction } from '../write-transaction.js';
import { outletSourceId } from './outlet-source.js';

/** A document ready to store: normalised text plus what was detected about it. */
export interface PreparedDocument {
  text: string;
  contentHash: string;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
  direction: TextDirection;
  /** Where the article begins after page furniture; absent or null when it starts at the top. */
  articleStart?: number | null;
  commentsStart: number | null;
  photoCredits: PhotoCredit[];
  /** Where the detected title, outlet, author, date and address came from. */
  provenance: MetadataProvenance;
  sourceFormat: string;
}

/**
 * Stores one document in its own transaction, unless the same content is already there. A copy
 * that sits in the bin is brought back rather than duplicated, since the reviewer plainly wants it.
 */
export function insertDocument(db: Database.Database, file: string, doc: PreparedDocument): ImportOutcome {
  return writeTransaction(db, (): ImportOutcome => {
    const existing = statement(db, 'SELECT id, title, deleted_at AS deletedAt FROM documents WHERE content_hash = ?').get(
      doc.contentHash,
    ) as { id: string; title: string; deletedAt: string | null } | undefined;
    if (existing && !existing.deletedAt) return { status: 'duplicate', file, existingId: existing.id, title: existing.title };
    if (existing) {
      statement(db, 'UPDATE documents SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(now(), existing.id);
      recordHistory(db, { entity: 'document', entityId: existing.id, action: 'restore', newValue: existing.title });
      return { status: 'imported', file, document: importedDocument(db, existing.id, file) };
    }
    const id = newId();
    const at = now();
    statement(
      db,
      `INSERT INTO documents (id, title, outlet, outlet_source_id, author, url, published_at, language, direction,
         content_hash, article_start, comments_start, photo_credits, provenance, source_file, source_format, created_at, updated_at, text)
       VALUES (@id, @title, @outlet, @outletSourceId, @author, @url, @publishedAt, @language, @direction,
         @contentHash, @articleStart, @commentsStart, @photoCredits, @provenance, @sourceFile, @sourceFormat, @at, @at, @text)`,
    ).run({
      id,
      title: doc.title,
      outlet: doc.outlet,
      outletSourceId: outletSourceId(db, doc.outlet),
      author: doc.author,
      url: doc.url,
      publishedAt: doc.publishedAt,
      language: doc.language,
      direction: doc.direction,
      contentHash: doc.contentHash,
      articleStart: validArticleStart(doc),
      commentsStart: doc.commentsStart,
      photoCredits: JSON.stringify(doc.photoCredits),
      provenance: JSON.stringify(doc.provenance),
      sourceFile: file,
      sourceFormat: doc.sourceFormat,
      at,
      text: doc.text,
    });
    recordHistory(db, { entity: 'document', entityId: id, action: 'import', newValue: doc.title });
    return { status: 'imported', file, document: importedDocument(db, id, file) };
  });
}

/** Detection keeps the article before the comments; an inconsistent pair shows the whole page rather than fail the import. */
function validArticleStart(doc: PreparedDocument): number | null {
  const { articleStart = null, commentsStart } = doc;
  if (articleStart === null || articleStart > doc.text.length) return null;
  return commentsStart !== null && articleStart >= commentsStart ? null : articleStart;
}

function importedDocument(db: Database.Database, id: string, file: string): ImportedDocument {
  const row = statement(
    db,
    `SELECT id, title, outlet, author, published_at AS publishedAt, language, direction,
            article_start AS articleStart, comments_start AS commentsStart, text FROM documents WHERE id = ?`,
  ).get(id) as Omit<ImportedDocument, 'file' | 'length'> & { text: string };
  const { text, ...rest } = row;
  // Length in UTF-16 code units, the unit every offset in Claimtrace is stated in.
  return { ...rest, file, length: text.length };
}
