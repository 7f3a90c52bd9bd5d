import type { MessagePort } from 'node:worker_threads';
import type { ExtractOptions, Extracted } from '../extracted.js';
import { IngestError } from '../ingest-error.js';
import type { ExtractionReply, ExtractionRequest } from './extraction-protocol.js';

export type ExtractFile = (file: { name: string; bytes: Uint8Array }, options: ExtractOptions) => Promise<Extracted>;

/**
 * The worker's side: answers each request with the extracted text or the reason it was refused.
 * An IngestError crosses as its code and message, because class instances lose their class on the
 * way through postMessage.
 */
export function serveExtractions(port: MessagePort, extract: ExtractFile): void {
  port.on('message', (request: ExtractionRequest) => {
    const { id, name, bytes, timeLimitMs } = request;
    void extract({ name, bytes }, { timeLimitMs }).then(
      (extracted) => reply(port, { kind: 'done', id, extracted }),
      (error: unknown) => reply(port, failureReply(id, error)),
    );
  });
  reply(port, { kind: 'ready' });
}

function failureReply(id: number, error: unknown): ExtractionReply {
  if (error instanceof IngestError) return { kind: 'refused', id, code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'failed', id, message: message.split('\n')[0] ?? message };
}

function reply(port: MessagePort, message: ExtractionReply): void {
  port.postMessage(message);
}
