// What kind of file an evidence upload is, judged by its first bytes rather than its name or what
// the sender claimed: the desktop host opens the file with the system viewer, so the type it is
// stored under must describe the bytes.

export const OCTET_STREAM = 'application/octet-stream';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** How far into a ZIP archive to look for the entries that make it a Word document. */
const ZIP_LOOKAHEAD = 64 * 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((byte, index) => bytes[at + index] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

function containsAscii(bytes: Uint8Array, text: string, limit: number): boolean {
  const needle = ascii(text);
  const end = Math.min(bytes.length, limit) - needle.length;
  for (let at = 0; at <= end; at += 1) {
    if (bytes[at] === needle[0] && startsWith(bytes, needle, at)) return true;
  }
  return false;
}

/** How much of a file is read to decide whether it is text. */
const TEXT_LOOKAHEAD = 64 * 1024;

/**
 * Text means valid UTF-8 (a byte-order mark allowed) with no control characters other than tab,
 * line feed, carriage return and form feed: binary formats nearly always contain some early on.
 * Streaming mode lets the sample end in the middle of a character without counting as invalid.
 */
function isText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, TEXT_LOOKAHEAD), { stream: true });
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/u.test(text);
}

/** The media type the bytes show, for the common evidence formats; null when none is recognised. */
export function sniffMediaType(bytes: Uint8Array): string | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return containsAscii(bytes, 'word/', ZIP_LOOKAHEAD) ? DOCX : 'application/zip';
  }
  return isText(bytes) ? 'text/plain' : null;
}

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

// Types the bytes can prove: a sender naming one of these is believed only if the bytes agree.
const PROVABLE = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/zip', DOCX]);

/** Types whose content is text: a text file may be labelled with any of these. */
function isTextualType(type: string): boolean {
  return type.startsWith('text/') || /^application\/(json|xml)$/.test(type) || /\+(xml|json)$/.test(type);
}

/**
 * The type to store a file under. A recognised format always wins over what the sender said; text
 * may be labelled more precisely by the sender (text/html, text/csv); bytes that are neither text
 * nor a known format keep a sender's type the bytes cannot disprove (audio/mpeg); bytes nobody can
 * name are an octet stream.
 */
export function chooseMediaType(bytes: Uint8Array, declared?: string | null): string {
  const sniffed = sniffMediaType(bytes);
  if (sniffed !== null && sniffed !== 'text/plain') return sniffed;
  const stated = declared?.trim().toLowerCase().split(';')[0]?.trim() ?? '';
  const usable = MEDIA_TYPE.test(stated) && !PROVABLE.has(stated) ? stated : null;
  if (sniffed === 'text/plain') return usable !== null && isTextualType(usable) ? usable : sniffed;
  return usable !== null && !isTextualType(usable) ? usable : OCTET_STREAM;
}
