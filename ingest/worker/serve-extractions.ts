import type { MessagePort } from 'node:worker_threads';

import type { Extracted, ExtractOptions } from '../extracted.js';
import { IngestError } from '../ingest-error.js';
import { prepareDocument } from '../prepare-document.js';
import type { ExtractionReply, ExtractionRequest } from './extraction-protocol.js';

export type ExtractFile = (file: { name: string; bytes: Uint8Array }, options: ExtractOptions) => Promise<Extracted>;
export type ExtractPaste = (text: string) => Extracted;

/**
 * The worker's side: answers each request with the extracted text or the reason it was refused.
 * An IngestError crosses as its code and message, because class instances lose their class on the
 * way through postMessage.
 */
export function serveExtractions(port: MessagePort, extract: ExtractFile, extractPaste: ExtractPaste): void {
  port.on('message', (request: ExtractionRequest) => {
    const { id, name, bytes, timeLimitMs, pasted } = request;
    const reading = pasted ? readPaste(extractPaste, bytes, pasted.title) : extract({ name, bytes }, { timeLimitMs });
    // The document is prepared here too (metadata, comments, the article's start): on a long text
    // that is seconds of work the host's event loop must not wait through.
    void reading
      .then((extracted) => ({ extracted, prepared: prepareDocument(extracted, name) }))
      .then(
        (read) => reply(port, { kind: 'done', id, read }),
        (error: unknown) => reply(port, failureReply(id, error)),
      );
  });
  reply(port, { kind: 'ready' });
}

async function readPaste(extractPaste: ExtractPaste, bytes: Uint8Array, title: string | null): Promise<Extracted> {
  const extracted = extractPaste(new TextDecoder().decode(bytes));
  return title ? { ...extracted, hints: { ...extracted.hints, title } } : extracted;
}

function failureReply(id: number, error: unknown): ExtractionReply {
  if (error instanceof IngestError) return { kind: 'refused', id, code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'failed', id, message: message.split('\n')[0] ?? message };
}

function reply(port: MessagePort, message: ExtractionReply): void {
  port.postMessage(message);
}
