import type { ApiErrorCode } from '../../../core/api/result.js';
import type { ImportOutcome } from '../../../core/domain.js';
import type { MergeOutcome } from '../../bundle/merge-bundle.js';
import type { NewText, ReimportOutcome } from '../../queries/document-reimport.js';
import type { PreparedDocument } from '../insert-document.js';

/**
 * A write that can hold millions of characters: a new document, a new version over an old one,
 * or a bundle from another desk (sent as base64 or JSON text, read and checked where it is merged).
 */
export type StoreJob =
  | { kind: 'insert'; fileName: string; document: PreparedDocument }
  | { kind: 'replace'; documentId: string; next: NewText }
  | { kind: 'merge'; bundle: { dataBase64?: string | undefined; json?: string | undefined } };

export type StoreResult<J extends StoreJob> = J extends { kind: 'insert' }
  ? ImportOutcome
  : J extends { kind: 'replace' }
    ? ReimportOutcome
    : MergeOutcome;

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
  { kind: 'done'; result: StoreResult<StoreJob> } | { kind: 'failed'; message: string; code: string; apiErrorCode: ApiErrorCode | null };
