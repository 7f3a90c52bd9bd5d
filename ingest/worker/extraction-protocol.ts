import type { Extracted } from '../extracted.js';
import type { IngestErrorCode } from '../ingest-error.js';
import type { PreparedDocument } from '../prepare-document.js';

/** What the worker makes of one file or paste: its text, and the document ready to store. */
export interface ReadInWorker {
  extracted: Extracted;
  prepared: PreparedDocument;
}

/** One file to read, sent to the worker; `bytes` arrives with its buffer transferred, not copied. */
export interface ExtractionRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  timeLimitMs: number;
  /** Text pasted by the reviewer (UTF-8), read as a paste rather than as a file. */
  pasted?: { title: string | null };
}

/**
 * What the worker says back. `ready` comes once, after the readers (the HTML reader and the rest) have
 * loaded, so the caller can start a file's clock when reading can really begin.
 */
export type ExtractionReply =
  | { kind: 'ready' }
  | { kind: 'done'; id: number; read: ReadInWorker }
  | { kind: 'refused'; id: number; code: IngestErrorCode; message: string }
  | { kind: 'failed'; id: number; message: string };
