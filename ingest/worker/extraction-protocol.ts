import type { Extracted } from '../extracted.js';
import type { IngestErrorCode } from '../ingest-error.js';

/** One file to read, sent to the worker; `bytes` arrives with its buffer transferred, not copied. */
export interface ExtractionRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  timeLimitMs: number;
}

/**
 * What the worker says back. `ready` comes once, after the readers (jsdom and the rest) have
 * loaded, so the caller can start a file's clock when reading can really begin.
 */
export type ExtractionReply =
  | { kind: 'ready' }
  | { kind: 'done'; id: number; extracted: Extracted }
  | { kind: 'refused'; id: number; code: IngestErrorCode; message: string }
  | { kind: 'failed'; id: number; message: string };
