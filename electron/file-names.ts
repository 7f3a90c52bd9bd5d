// Names suggested by the page (export titles, evidence uploads) end up on the user's disk, so they
// are made safe for every file system the app runs on before any dialog or write sees them.

/**
 * Well under the 255-byte limit of ext4, APFS and NTFS, so a dialog that appends " (1)" or a
 * folder path that adds a few segments still fits.
 */
const MAX_NAME_BYTES = 200;
/** Longer "extensions" are part of the name ("report.about-the-idlib-strike"), not a type. */
const MAX_EXTENSION_LENGTH = 20;

// Control characters; bidirectional overrides and isolates, which can make "invoice‮fdp.exe" read
// as "invoiceexe.pdf"; and zero-width characters that hide inside a name.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
// Path separators, and the rest of what Windows refuses in a name.
const FORBIDDEN = /[<>:"/\\|?*]+/gu;
// Windows refuses these as names whatever follows the first dot ("con.txt", "LPT1.tar.gz").
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/iu;

/**
 * A single file name that is safe to create on Windows, macOS and Linux: no folder parts, no
 * control or invisible characters, nothing Windows refuses, not hidden, at most 200 UTF-8 bytes
 * with the extension kept. An empty result becomes `fallback`.
 */
export function sanitiseFileName(name: string, fallback = 'untitled'): string {
  let cleaned = name.normalize('NFC').replace(INVISIBLE, '').replace(FORBIDDEN, '-');
  // A leading dot hides the file (and "." or ".." would name a folder), a leading hyphen reads as
  // an option to command-line tools; Windows drops trailing dots and spaces, which would silently
  // change the extension ("report.exe." → "report.exe").
  cleaned = cleaned
    .trim()
    .replace(/^[.\s-]+/u, '')
    .replace(/[.\s]+$/u, '');
  cleaned = truncateKeepingExtension(cleaned, MAX_NAME_BYTES);
  if (cleaned === '') return fallback;
  const stem = cleaned.split('.')[0]!.trim();
  return WINDOWS_RESERVED.test(stem) ? `_${cleaned}` : cleaned;
}

/** The lower-case extension with its dot (".pdf"), or '' when the name has none. */
export function extensionOf(file: string): string {
  const name = file.split(/[\\/]/u).pop() ?? '';
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return '';
  const extension = name.slice(dot).toLowerCase();
  return extension.length - 1 <= MAX_EXTENSION_LENGTH && !/\s/u.test(extension) ? extension : '';
}

/** `file` ending in `extension`: kept as it is when it already does, otherwise with it added. */
export function ensureExtension(file: string, extension: string): string {
  return extensionOf(file) === extension.toLowerCase() ? file : `${file}${extension}`;
}

/**
 * Linux save dialogs return the name exactly as typed, so a name typed without any extension gets
 * the suggested one; a name the user gave an extension of their own keeps it.
 */
export function withDefaultExtension(file: string, extension: string): string {
  return extension === '' || extensionOf(file) !== '' ? file : `${file}${extension}`;
}

/** The name to suggest for a PDF made from `fileName` (usually the HTML report's name). */
export function pdfFileName(fileName: string): string {
  const name = sanitiseFileName(fileName, 'report.pdf');
  const extension = extensionOf(name);
  const stem = extension === '.html' || extension === '.htm' || extension === '.pdf' ? name.slice(0, -extension.length) : name;
  return sanitiseFileName(`${stem}.pdf`, 'report.pdf');
}

function truncateKeepingExtension(name: string, maxBytes: number): string {
  if (utf8Length(name) <= maxBytes) return name;
  const extension = extensionOf(name);
  const stem = extension === '' ? name : name.slice(0, -extension.length);
  const kept = truncateUtf8(stem, maxBytes - utf8Length(extension)).replace(/[.\s]+$/u, '');
  return `${kept}${extension}`;
}

/** Cut on whole characters: half a surrogate pair would be an invalid name on some systems. */
function truncateUtf8(text: string, maxBytes: number): string {
  let result = '';
  let bytes = 0;
  for (const char of text) {
    const size = utf8Length(char);
    if (bytes + size > maxBytes) break;
    result += char;
    bytes += size;
  }
  return result;
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
