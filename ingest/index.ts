export { checkFileSize, extractDocument, extractPastedText } from './extract-document.js';
export type { Extracted, ExtractedFormat, ExtractOptions } from './extracted.js';
export { IngestError, type IngestErrorCode, isIngestError, toApiError } from './ingest-error.js';
export {
  DOCX_ARCHIVE_LIMITS,
  EXTRACTION_TIME_LIMIT_MS,
  MAX_DOCUMENT_CHARS,
  MAX_HTML_DEPTH,
  MAX_HTML_MARKUP_CHARS,
  MAX_IMPORT_BYTES,
  MAX_PDF_PAGES,
} from './limits.js';
export { type PreparedDocument, prepareDocument } from './prepare-document.js';
