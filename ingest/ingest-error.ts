import { ApiError, type ApiErrorCode } from '../core/api/result.js';

export type IngestErrorCode =
  | 'empty'
  | 'too_large'
  | 'not_text'
  | 'invalid_encoding'
  | 'unsupported_type'
  | 'wrong_extension'
  | 'malformed'
  | 'encrypted'
  | 'no_text'
  | 'timeout';

/** Why a file could not be imported, in one sentence that names the file. */
export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'IngestError';
  }
}

export function isIngestError(error: unknown): error is IngestError {
  return error instanceof IngestError;
}

const API_CODES: Record<IngestErrorCode, ApiErrorCode> = {
  empty: 'invalid_arguments',
  too_large: 'too_large',
  not_text: 'unsupported',
  invalid_encoding: 'unsupported',
  unsupported_type: 'unsupported',
  wrong_extension: 'unsupported',
  malformed: 'invalid_arguments',
  encrypted: 'unsupported',
  no_text: 'invalid_arguments',
  timeout: 'cancelled',
};

/** The same failure as the API reports it to a renderer. */
export function toApiError(error: IngestError): ApiError {
  return new ApiError(API_CODES[error.code], error.message);
}
