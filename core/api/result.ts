/** Every call across a host boundary answers with one of these; nothing is thrown across it. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
}

export type ApiErrorCode =
  | 'unknown_method'
  | 'invalid_arguments'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unsupported'
  | 'too_large'
  | 'cancelled'
  /** The disk or the file refused: full, read-only, or kept busy by another program. Nothing changed. */
  | 'storage'
  | 'internal';

/** Thrown by service code for failures the caller should see as they are, with a code. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return (value as { ok: unknown }).ok === true || (value as { ok: unknown }).ok === false;
}
