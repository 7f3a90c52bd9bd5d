/** Largest file accepted for import, in bytes. Articles are kilobytes; this leaves room for long PDFs. */
export { MAX_IMPORT_FILE_BYTES as MAX_IMPORT_BYTES } from '../core/api/documents.js';

/** Longest text one document may hold, in characters, whatever format it came from. */
export const MAX_DOCUMENT_CHARS = 20_000_000;

/** PDF and DOCX reading is abandoned after this long, so a pathological file cannot stall an import. */
export const EXTRACTION_TIME_LIMIT_MS = 20_000;

/** PDFs with more pages than this are refused rather than read for minutes. */
export const MAX_PDF_PAGES = 2_000;

/**
 * HTML markup left after scripts, styles and embedded media are removed. A page this size takes
 * about 2 s and 300 MB to read; pages far beyond it would take proportionally more, so they are refused.
 */
export const MAX_HTML_MARKUP_CHARS = 4_000_000;

/** Readability's article detection slows down sharply on big pages; beyond this the body text is used. */
export const MAX_READABILITY_MARKUP_CHARS = 1_000_000;

/** Element nesting kept when parsing HTML; deeper tags are dropped (their text is kept). */
export const MAX_HTML_DEPTH = 200;

/**
 * What a DOCX package may hold once unpacked, every part counted whatever its name: the guard
 * against ZIP bombs. Word documents of hundreds of pages with pictures stay far below.
 */
export const DOCX_ARCHIVE_LIMITS = { maxEntries: 10_000, maxEntryBytes: 100 * 1024 * 1024, maxTotalBytes: 200 * 1024 * 1024 } as const;
