import { formatFileSize } from '../core/text/file-size.js';
import { normaliseText } from '../core/text/normalise.js';
import { extractDocx } from './extract-docx.js';
import { extractHtml } from './extract-html.js';
import { extractMhtml } from './extract-mhtml.js';
import { extractPdf } from './extract-pdf.js';
import { extractMarkdown, extractPlainText, markdownOf } from './extract-text.js';
import type { Extracted, ExtractOptions } from './extracted.js';
import { displayName, extensionOf } from './file-names.js';
import { IngestError } from './ingest-error.js';
import { EXTRACTION_TIME_LIMIT_MS, MAX_DOCUMENT_CHARS, MAX_IMPORT_BYTES } from './limits.js';
import { looksLikeMarkdown } from './markdown-to-text.js';
import { KIND_NAMES, looksLikeHtml, type SniffedKind, sniffKind } from './sniff.js';

type FileFormat = 'txt' | 'md' | 'html' | 'mhtml' | 'pdf' | 'docx';

const FORMATS_BY_EXTENSION: Record<string, FileFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  mhtml: 'mhtml',
  mht: 'mhtml',
  pdf: 'pdf',
  docx: 'docx',
};

const SUPPORTED = '.txt, .md, .html, .htm, .mhtml, .mht, .pdf and .docx';
// Formats people commonly have articles in, with the way to get them in.
const CONVERTIBLE: Record<string, string> = {
  doc: 'an old-format Word document (.doc), which cannot be imported; save it as .docx and import that',
  rtf: 'a Rich Text document (.rtf), which cannot be imported; save it as .docx or .txt and import that',
  odt: 'an OpenDocument text (.odt), which cannot be imported; save it as .docx and import that',
};

/** Binary kinds a text-format file may turn out to be; the rest are text or a format's own. */
const TEXT_IMPOSTORS: SniffedKind[] = ['pdf', 'zip', 'ole', 'rtf', 'png', 'jpeg', 'gif', 'webp', 'gzip', 'executable'];

/** Refuses oversized files before anything reads them; call it with the size from a stat first. */
export function checkFileSize(name: string, size: number): void {
  if (size > MAX_IMPORT_BYTES) {
    throw new IngestError(
      'too_large',
      `${displayName(name)} is too large (${formatFileSize(size)}; the limit is ${formatFileSize(MAX_IMPORT_BYTES)}).`,
    );
  }
}

/**
 * A file's article text and declared metadata. The extension picks the reader and the first bytes
 * confirm it, so a mislabelled file is refused with a message saying what it really is. Every
 * failure is an IngestError naming the file; nothing else is thrown.
 */
export async function extractDocument(file: { name: string; bytes: Uint8Array }, options: ExtractOptions = {}): Promise<Extracted> {
  const name = displayName(file.name);
  const { bytes } = file;
  if (bytes.length === 0) throw new IngestError('empty', `${name} is empty.`);
  checkFileSize(name, bytes.length);
  const timeLimitMs = options.timeLimitMs ?? EXTRACTION_TIME_LIMIT_MS;
  try {
    const format = formatOf(name, bytes);
    const extracted = await extractFormat(format, bytes, name, timeLimitMs);
    if (extracted.text.length > MAX_DOCUMENT_CHARS) {
      throw new IngestError(
        'too_large',
        `${name} holds more text than one document can (over ${MAX_DOCUMENT_CHARS / 1_000_000} million characters).`,
      );
    }
    return extracted;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError('malformed', `${name} could not be read; it may be damaged.`, { cause: error });
  }
}

/** Text pasted by the user, held to the same rules as an imported file. */
export function extractPastedText(text: string): Extracted {
  if (text.length > MAX_DOCUMENT_CHARS) {
    throw new IngestError('too_large', `The pasted text is too long (over ${MAX_DOCUMENT_CHARS / 1_000_000} million characters).`);
  }
  const normalised = normaliseText(text);
  if (normalised === '') throw new IngestError('empty', 'The pasted text is empty.');
  // Text copied from a Markdown editor or a page saved as Markdown reads as it would rendered.
  if (looksLikeMarkdown(text)) return { ...markdownOf(text, 'The pasted text'), format: 'paste' };
  return { text: normalised, hints: {}, format: 'paste' };
}

function extractFormat(format: FileFormat, bytes: Uint8Array, name: string, timeLimitMs: number): Promise<Extracted> {
  switch (format) {
    case 'txt':
      return Promise.resolve(extractPlainText(bytes, name));
    case 'md':
      return Promise.resolve(extractMarkdown(bytes, name));
    case 'html':
      return extractHtml(bytes, name);
    case 'mhtml':
      return extractMhtml(bytes, name);
    case 'pdf':
      return extractPdf(bytes, name, timeLimitMs);
    case 'docx':
      return extractDocx(bytes, name, timeLimitMs);
  }
}

function formatOf(name: string, bytes: Uint8Array): FileFormat {
  const extension = extensionOf(name);
  const kind = sniffKind(bytes);
  const claimed = FORMATS_BY_EXTENSION[extension];
  if (extension === '') return formatFromContent(name, bytes, kind);
  if (!claimed) {
    const convertible = CONVERTIBLE[extension];
    throw new IngestError(
      'unsupported_type',
      convertible
        ? `${name} is ${convertible}.`
        : `${name} has an unsupported file type (.${extension}); Claimtrace imports ${SUPPORTED} files.`,
    );
  }
  if (claimed !== 'pdf' && claimed !== 'docx' && kind !== null && TEXT_IMPOSTORS.includes(kind)) {
    const what = claimed === 'html' ? 'a web page' : claimed === 'mhtml' ? 'a web archive' : 'a text file';
    throw mislabelled(name, kind, what);
  }
  // Some browsers and tools save a plain page under .mht; it is read as the page it is.
  if (claimed === 'mhtml' && startsLikeHtml(bytes)) return 'html';
  if (claimed === 'pdf' && kind !== 'pdf') {
    if (kind !== null && TEXT_IMPOSTORS.includes(kind)) throw mislabelled(name, kind, 'a PDF');
    throw new IngestError('malformed', `${name} is not a valid PDF file: it does not start with a PDF header.`);
  }
  if (claimed === 'docx' && kind !== 'zip') {
    if (kind === 'ole') {
      throw new IngestError(
        'malformed',
        `${name} is not a .docx package; it may be password-protected or an old .doc file saved with the wrong extension.`,
      );
    }
    if (kind !== null && TEXT_IMPOSTORS.includes(kind)) throw mislabelled(name, kind, 'a Word document');
    throw new IngestError('malformed', `${name} is not a valid Word document (.docx): it is not a ZIP package.`);
  }
  return claimed;
}

/** Files saved without an extension are read as whatever their content shows. */
function formatFromContent(name: string, bytes: Uint8Array, kind: SniffedKind | null): FileFormat {
  if (kind === 'pdf') return 'pdf';
  if (kind === 'zip') return 'docx';
  if (kind !== null && TEXT_IMPOSTORS.includes(kind)) {
    throw new IngestError(
      'unsupported_type',
      `${name} is ${KIND_NAMES[kind]}, which cannot be imported; Claimtrace imports ${SUPPORTED} files.`,
    );
  }
  return startsLikeHtml(bytes) ? 'html' : 'txt';
}

function startsLikeHtml(bytes: Uint8Array): boolean {
  return looksLikeHtml(new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)));
}

function mislabelled(name: string, kind: SniffedKind, claimed: string): IngestError {
  return new IngestError(
    'wrong_extension',
    `${name} is named like ${claimed} but is ${KIND_NAMES[kind]}; give it the right extension and import it again.`,
  );
}
