import type { ApiErrorCode } from '../../../core/api/result.js';
import type { ImportOutcome } from '../../../core/domain.js';
import type { NewText, ReimportOutcome } from '../../queries/document-reimport.js';
import type { PreparedDocument } from '../insert-document.js';

/** A write of a whole document's text: a new document, or a new version over an old one. */
export type StoreJob =
  | { kind: 'insert'; fileName: string; document: PreparedDocument }
  | { kind: 'replace'; documentId: string; next: NewText };

export type StoreResult<J extends StoreJob> = J extends { kind: 'insert' } ? ImportOutcome : ReimportOutcome;

/** What the host sends the store worker: one job, done once, on a connection of its own. */
export interface StoreRequest {
  /** The workbench file the host has open. */
  file: string;
  nativeBinding: string | undefined;
  /** The reviewer the host signed in, whom history names; null where nobody signs in. */
  reviewer: string | null;
  job: StoreJob;
}

/**
 * The result, or the failure with what the host needs to explain it as it would its own: the
 * ApiError's code for a refusal, SQLite's or the file system's code for a storage failure.
 */
export type StoreReply =
  | { kind: 'done'; result: ImportOutcome | ReimportOutcome }
  | { kind: 'failed'; message: string; code: string; apiErrorCode: ApiErrorCode | null };
