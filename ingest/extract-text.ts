import { normaliseText } from '../core/text/normalise.js';
import { decodeText } from './decode-text.js';
import type { Extracted } from './extracted.js';
import { IngestError } from './ingest-error.js';
import { markdownToText } from './markdown-to-text.js';

export function extractPlainText(bytes: Uint8Array, name: string): Extracted {
  const text = normaliseText(decodeText(bytes, name));
  if (text === '') throw new IngestError('no_text', `${name} contains only blank space.`);
  return { text, hints: {}, format: 'txt' };
}

export function extractMarkdown(bytes: Uint8Array, name: string): Extracted {
  const { text: raw, hints } = markdownToText(decodeText(bytes, name));
  const text = normaliseText(raw);
  if (text === '') throw new IngestError('no_text', `${name} contains no text.`);
  return { text, hints, format: 'md' };
}
