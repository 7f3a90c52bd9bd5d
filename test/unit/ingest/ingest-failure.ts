import { expect } from 'vitest';

import { IngestError } from '../../../ingest/index.js';

/** The IngestError a reading fails with; the test fails if it succeeds or fails otherwise. */
export async function ingestFailure(promise: Promise<unknown>): Promise<IngestError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}
