import type Database from 'better-sqlite3';

import { mergeBundle } from '../../bundle/merge-bundle.js';
import { readBundleBase64, readBundleJson } from '../../bundle/read-bundle.js';
import { replaceDocumentText } from '../../queries/document-reimport.js';
import { insertDocument } from '../insert-document.js';
import type { StoreJob, StoreResult } from './store-protocol.js';

/** Does a store job on a connection, wherever that connection lives. */
export function runStoreJob<J extends StoreJob>(db: Database.Database, job: J): StoreResult<J> {
  return run(db, job) as StoreResult<J>;
}

function run(db: Database.Database, job: StoreJob): StoreResult<StoreJob> {
  switch (job.kind) {
    case 'insert':
      return insertDocument(db, job.fileName, job.document);
    case 'replace':
      return replaceDocumentText(db, job.documentId, job.next);
    case 'merge': {
      const { dataBase64, json } = job.bundle;
      return mergeBundle(db, dataBase64 !== undefined ? readBundleBase64(dataBase64) : readBundleJson(json ?? ''));
    }
  }
}

/** How many characters a job brings in, which decides where it runs. */
export function jobTextLength(job: StoreJob): number {
  switch (job.kind) {
    case 'insert':
      return job.document.text.length;
    case 'replace':
      return job.next.text.length;
    case 'merge':
      return (job.bundle.dataBase64 ?? job.bundle.json ?? '').length;
  }
}
