export { checkFileSize, extractDocument, extractPastedText } from './extract-document.js';
export type { ExtractOptions, Extracted, ExtractedFormat } from './extracted.js';
export { IngestError, isIngestError, toApiError, type IngestErrorCode } from './ingest-error.js';
export {
  EXTRACTION_TIME_LIMIT_MS,
  MAX_DOCUMENT_CHARS,
  DOCX_ARCHIVE_LIMITS,
  MAX_HTML_DEPTH,
  MAX_HTML_MARKUP_CHARS,
  MAX_IMPORT_BYTES,
  MAX_PDF_PAGES,
} from './limits.js';
export { prepareDocument, type PreparedDocument } from './prepare-document.js';
