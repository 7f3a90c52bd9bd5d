import type { MetadataHints } from '../core/metadata/types.js';

export type ExtractedFormat = 'txt' | 'md' | 'html' | 'mhtml' | 'pdf' | 'docx' | 'paste';

/** A file's text, normalised, with what the file itself declared about the article. */
export interface Extracted {
  text: string;
  hints: MetadataHints;
  format: ExtractedFormat;
}

export interface ExtractOptions {
  /** Deadline for PDF and DOCX parsing; defaults to EXTRACTION_TIME_LIMIT_MS. */
  timeLimitMs?: number;
}
