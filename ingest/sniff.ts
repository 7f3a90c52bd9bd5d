/** What a file's first bytes say it is, whatever its name claims. */
export type SniffedKind = 'pdf' | 'zip' | 'ole' | 'rtf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'gzip' | 'executable' | 'utf16le' | 'utf16be';

/** Names for the kinds a user might have mislabelled, as used in messages. */
export const KIND_NAMES: Record<SniffedKind, string> = {
  pdf: 'a PDF document',
  zip: 'a ZIP archive or an Office document',
  ole: 'an old-format Office document (such as .doc)',
  rtf: 'a Rich Text (.rtf) document',
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  webp: 'a WebP image',
  gzip: 'a compressed (gzip) file',
  executable: 'a program',
  utf16le: 'UTF-16 text',
  utf16be: 'UTF-16 text',
};

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

export function sniffKind(bytes: Uint8Array): SniffedKind | null {
  if (hasPdfHeader(bytes)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'executable';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf16be';
  return null;
}

/** PDF readers accept the header anywhere in the first kilobyte, after junk some tools prepend. */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) {
      return true;
    }
  }
  return false;
}

/** Text that starts like an HTML page, for files saved without an extension. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s)/i.test(text.slice(0, 1024));
}
