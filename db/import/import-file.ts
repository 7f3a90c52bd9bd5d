import type Database from 'better-sqlite3';

import type { ImportOutcome } from '../../core/domain.js';
import { extractPastedText, IngestError, prepareDocument } from '../../ingest/index.js';
import { extractInWorker, type ExtractInWorkerOptions } from '../../ingest/worker/extract-in-worker.js';
import type { ReadInWorker } from '../../ingest/worker/extraction-protocol.js';
import { storageError } from '../storage-errors.js';
import { storeOffHost } from './store-worker/store-in-worker.js';

/**
 * Imports one file. Whatever is wrong with the file becomes a failed outcome naming the reason;
 * nothing is half-stored, because the document is written in one transaction after extraction.
 * The file is read in a worker thread, so a file that hangs its reader is cut off and cannot freeze
 * the host; a large document is also written from a worker (see storeOffHost). The bytes are handed to
 * that worker and must not be used afterwards. Aborting `options.signal` rejects with its reason
 * instead of reporting a failed file, so a cancelled batch stops rather than counting failures.
 */
export async function importFile(
  db: Database.Database,
  file: { name: string; bytes: Uint8Array },
  options: ExtractInWorkerOptions = {},
): Promise<ImportOutcome> {
  const { name } = file;
  try {
    return await store(db, name, await extractInWorker(file, options));
  } catch (error) {
    if (options.signal?.aborted && error === options.signal.reason) throw error;
    return { status: 'failed', file: name, error: describeFailure(name, error) };
  }
}

// Preparing text costs about a quarter of a second per megabyte (metadata, comments, the article's
// start); a paste up to this size is prepared at once, a longer one in the extraction worker.
const PASTE_PREPARED_INLINE_CHARS = 256 * 1024;

/**
 * Pasted text. A long paste is read and prepared in the extraction worker like a file: millions of
 * characters take seconds to prepare, which the host's event loop must not wait through.
 */
export async function importPastedText(db: Database.Database, text: string, title?: string): Promise<ImportOutcome> {
  const name = title?.trim() || 'Pasted text';
  const given = title?.trim() || null;
  try {
    if (text.length <= PASTE_PREPARED_INLINE_CHARS) {
      const pasted = extractPastedText(text);
      const extracted = given ? { ...pasted, hints: { ...pasted.hints, title: given } } : pasted;
      return await store(db, name, { extracted, prepared: prepareDocument(extracted, name) });
    }
    const read = await extractInWorker({ name, bytes: new TextEncoder().encode(text) }, { pasted: { title: given } });
    return await store(db, name, read);
  } catch (error) {
    return { status: 'failed', file: name, error: describeFailure(name, error) };
  }
}

function store(db: Database.Database, fileName: string, { extracted, prepared }: ReadInWorker): Promise<ImportOutcome> {
  const document = {
    text: prepared.text,
    contentHash: prepared.contentHash,
    title: prepared.metadata.title,
    outlet: prepared.metadata.outlet,
    author: prepared.metadata.author,
    url: prepared.metadata.url,
    publishedAt: prepared.metadata.publishedAt,
    language: prepared.metadata.language,
    direction: prepared.metadata.direction,
    articleStart: prepared.metadata.articleStart,
    commentsStart: prepared.commentsStart,
    photoCredits: prepared.metadata.photoCredits,
    provenance: prepared.metadata.provenance,
    sourceFormat: extracted.format,
  };
  return storeOffHost(db, { kind: 'insert', fileName, document });
}

function describeFailure(name: string, error: unknown): string {
  if (error instanceof IngestError) return error.message;
  // A full disk or a read-only file is said in the words the rest of the app uses, not SQLite's.
  const reason = storageError(error)?.message ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
  return `${name} could not be imported: ${reason}`;
}
