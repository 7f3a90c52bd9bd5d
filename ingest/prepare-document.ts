import { detectCommentsStart } from '../core/comments/detect-comments-start.js';
import { detectMetadata } from '../core/metadata/detect-metadata.js';
import type { DetectedMetadata } from '../core/metadata/types.js';
import { contentHash, normaliseText } from '../core/text/normalise.js';
import type { Extracted } from './extracted.js';

// Text typed or saved as text, whose first line is its headline unless it is page furniture.
const PLAIN_FORMATS = new Set(['txt', 'md', 'paste']);

/** Everything the workbench stores for a new document, computed from the extracted text. */
export interface PreparedDocument {
  text: string;
  contentHash: string;
  metadata: DetectedMetadata;
  /** UTF-16 offset where reader comments begin, or null. */
  commentsStart: number | null;
}

export function prepareDocument(extracted: Extracted, fileName: string | null): PreparedDocument {
  // Extracted text is normalised already; doing it again is free of change and keeps this
  // function safe for text that came from elsewhere.
  const text = normaliseText(extracted.text);
  const hints = fileName ? { ...extracted.hints, fileName } : extracted.hints;
  return {
    text,
    contentHash: contentHash(text),
    metadata: detectMetadata(text, hints, { plain: PLAIN_FORMATS.has(extracted.format) }),
    commentsStart: detectCommentsStart(text),
  };
}
