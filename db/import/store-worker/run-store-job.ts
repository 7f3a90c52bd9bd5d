import type Database from 'better-sqlite3';
import { replaceDocumentText } from '../../queries/document-reimport.js';
import { insertDocument } from '../insert-document.js';
import type { StoreJob, StoreResult } from './store-protocol.js';

/** Does a store job on a connection, wherever that connection lives. */
export function runStoreJob<J extends StoreJob>(db: Database.Database, job: J): StoreResult<J> {
  const result = job.kind === 'insert' ? insertDocument(db, job.fileName, job.document) : replaceDocumentText(db, job.documentId, job.next);
  return result as StoreResult<J>;
}

/** How many characters of text a job writes, which decides where it runs. */
export function jobTextLength(job: StoreJob): number {
  return job.kind === 'insert' ? job.document.text.length : job.next.text.length;
}
