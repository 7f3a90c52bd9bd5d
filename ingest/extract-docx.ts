import type { MetadataHints } from '../core/metadata/types.js';
import { formatFileSize } from '../core/text/file-size.js';
import { normaliseText } from '../core/text/normalise.js';
import type { Extracted } from './extracted.js';
import { IngestError } from './ingest-error.js';
import { DOCX_ARCHIVE_LIMITS, MAX_DOCUMENT_CHARS } from './limits.js';
import { withTimeLimit } from './with-time-limit.js';
import { ArchiveTooLargeError, guardArchive, readZipDirectory, readZipEntry, type ZipEntry, ZipFormatError } from './zip-directory.js';

export async function extractDocx(bytes: Uint8Array, name: string, timeLimitMs: number): Promise<Extracted> {
  const entries = directoryOf(bytes, name);
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new IngestError('malformed', `${name} is not a Word document (.docx): it has no document body.`);
  }
  checkUnpackedSize(bytes, entries, name);
  const hints = coreProperties(bytes, entries);

  const mammoth = await import('mammoth');
  const extractRawText = (mammoth.default ?? mammoth).extractRawText;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let result: { value: string };
  try {
    // mammoth cannot be stopped; past the deadline its result is simply no longer awaited.
    result = await withTimeLimit(
      name,
      timeLimitMs,
      () => extractRawText({ buffer }),
      () => {},
    );
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError('malformed', `${name} is not a valid Word document or is damaged.`, { cause: error });
  }
  if (result.value.length > MAX_DOCUMENT_CHARS) {
    throw new IngestError(
      'too_large',
      `${name} holds more text than one document can (over ${MAX_DOCUMENT_CHARS / 1_000_000} million characters).`,
    );
  }
  const text = normaliseText(result.value);
  if (text === '') throw new IngestError('no_text', `${name} contains no text.`);
  return { text, hints, format: 'docx' };
}

function directoryOf(bytes: Uint8Array, name: string): ZipEntry[] {
  try {
    return readZipDirectory(bytes);
  } catch (error) {
    if (!(error instanceof ZipFormatError) && !(error instanceof RangeError)) throw error;
    throw new IngestError('malformed', `${name} is damaged or truncated: its ZIP directory is missing or broken.`, { cause: error });
  }
}

/**
 * Unpacks every part of the package against the archive limits before mammoth sees it, so a
 * package whose declared sizes lie, or whose main part is named without ".xml", cannot exhaust
 * memory inside mammoth.
 */
function checkUnpackedSize(bytes: Uint8Array, entries: ZipEntry[], name: string): void {
  try {
    guardArchive(bytes, entries, DOCX_ARCHIVE_LIMITS);
  } catch (error) {
    if (error instanceof ArchiveTooLargeError) {
      const why =
        error.limit === 'entries'
          ? `it has more than ${DOCX_ARCHIVE_LIMITS.maxEntries} parts`
          : `it is more than ${formatFileSize(error.limit === 'entry' ? DOCX_ARCHIVE_LIMITS.maxEntryBytes : DOCX_ARCHIVE_LIMITS.maxTotalBytes)} when unpacked`;
      throw new IngestError('too_large', `${name} is too large to read: ${why}.`, { cause: error });
    }
    throw new IngestError('malformed', `${name} is damaged: a part of it cannot be unpacked.`, { cause: error });
  }
}

/** Title and language from docProps/core.xml; the creator is whoever saved the file, not the author. */
function coreProperties(bytes: Uint8Array, entries: ZipEntry[]): MetadataHints {
  const entry = entries.find((e) => e.name === 'docProps/core.xml');
  if (!entry) return {};
  // Properties are a nicety: a damaged properties part never stops the import.
  try {
    const xml = new TextDecoder('utf-8').decode(readZipEntry(bytes, entry, 1024 * 1024));
    const hints: MetadataHints = {};
    const title = xmlElementText(xml, 'dc:title');
    const language = xmlElementText(xml, 'dc:language');
    if (title) hints.title = title;
    if (language) hints.lang = language;
    return hints;
  } catch {
    return {};
  }
}

function xmlElementText(xml: string, tag: string): string | null {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  if (!match) return null;
  const text = match[1]!
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
  return text.length > 0 ? text : null;
}
