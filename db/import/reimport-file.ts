import type Database from 'better-sqlite3';

import { IngestError, toApiError } from '../../ingest/index.js';
import { extractInWorker } from '../../ingest/worker/extract-in-worker.js';
import { getDocument } from '../queries/document-detail.js';
import type { ReimportOutcome } from '../queries/document-reimport.js';
import { storeOffHost } from './store-worker/store-in-worker.js';

/**
 * Reads a newer version of a document's file and puts its text in place of the old one. Like an
 * import, the file is read in the extraction worker and a large text written off the host.
 */
export async function reimportFile(db: Database.Database, id: string, file: { name: string; bytes: Uint8Array }): Promise<ReimportOutcome> {
  // Refuse an unknown ID before spending time on extraction.
  getDocument(db, id);
  let read;
  try {
    read = await extractInWorker(file);
  } catch (error) {
    if (error instanceof IngestError) throw toApiError(error);
    throw error;
  }
  const { extracted, prepared } = read;
  return storeOffHost(db, {
    kind: 'replace',
    documentId: id,
    next: {
      text: prepared.text,
      contentHash: prepared.contentHash,
      articleStart: prepared.metadata.articleStart,
      commentsStart: prepared.commentsStart,
      photoCredits: prepared.metadata.photoCredits,
      sourceFile: file.name,
      sourceFormat: extracted.format,
    },
  });
}
