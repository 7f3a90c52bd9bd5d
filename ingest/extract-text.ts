import { normaliseText } from '../core/text/normalise.js';
import { decodeText } from './decode-text.js';
import type { Extracted } from './extracted.js';
import { IngestError } from './ingest-error.js';
import { looksLikeMarkdown, markdownToText } from './markdown-to-text.js';

/** A text file; one that is Markdown in all but name (a page saved as Markdown) is read as Markdown. */
export function extractPlainText(bytes: Uint8Array, name: string): Extracted {
  const decoded = decodeText(bytes, name);
  if (looksLikeMarkdown(decoded)) return markdownOf(decoded, name);
  const text = normaliseText(decoded);
  if (text === '') throw new IngestError('no_text', `${name} contains only blank space.`);
  return { text, hints: {}, format: 'txt' };
}

export function extractMarkdown(bytes: Uint8Array, name: string): Extracted {
  return markdownOf(decodeText(bytes, name), name);
}

export function markdownOf(source: string, name: string): Extracted {
  const { text: raw, hints } = markdownToText(source);
  const text = normaliseText(raw);
  if (text === '') throw new IngestError('no_text', `${name} contains no text.`);
  return { text, hints, format: 'md' };
}
