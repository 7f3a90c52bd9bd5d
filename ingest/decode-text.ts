import { IngestError } from './ingest-error.js';

/** Share of characters that may be control characters before a file stops looking like text. */
const MAX_CONTROL_RATIO = 0.01;
/** Share of bytes above 0x7F that a Western single-byte text plausibly has. */
const MAX_WESTERN_HIGH_RATIO = 0.2;
// Bytes windows-1252 leaves undefined; their presence rules that encoding out.
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Bytes → text for files that claim to be text. UTF-8 (with or without a byte-order mark) and
 * UTF-16 with a byte-order mark are read as such. Invalid UTF-8 is read as windows-1251
 * (Cyrillic) or windows-1252 (Western) only when the byte statistics make that plausible;
 * anything else is refused rather than turned into mojibake.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return assertLooksLikeText(new TextDecoder('utf-16le').decode(bytes), name);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return assertLooksLikeText(new TextDecoder('utf-16be').decode(bytes), name);
  if (bytes.indexOf(0) !== -1) throw notText(name);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = decodeLegacy(bytes, name);
  }
  return assertLooksLikeText(text, name);
}

function decodeLegacy(bytes: Uint8Array, name: string): string {
  let high = 0;
  let cyrillicLetters = 0;
  let asciiLetters = 0;
  let undefinedIn1252 = false;
  for (const byte of bytes) {
    if (byte >= 0x80) {
      high++;
      if (byte >= 0xc0 || byte === 0xa8 || byte === 0xb8) cyrillicLetters++;
      if (UNDEFINED_IN_1252.has(byte)) undefinedIn1252 = true;
    } else if ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)) {
      asciiLetters++;
    }
  }
  // Cyrillic text in windows-1251 is mostly high bytes that are letters; Western text has a few
  // accented letters among many ASCII ones.
  if (cyrillicLetters >= 0.9 * high && cyrillicLetters > asciiLetters) {
    return new TextDecoder('windows-1251').decode(bytes);
  }
  if (!undefinedIn1252 && high / bytes.length <= MAX_WESTERN_HIGH_RATIO) return decodeWindows1252(bytes);
  if (high / bytes.length > 0.3) throw notText(name);
  throw new IngestError(
    'invalid_encoding',
    `${name} is not valid UTF-8 text and its encoding could not be recognised; save it as UTF-8 and import it again.`,
  );
}

/** The text, unless control characters show it was binary data decoded as text. */
export function assertLooksLikeText(text: string, name: string): string {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isControl = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f;
    if (isControl || code === 0xfffd) control++;
  }
  if (control > 0 && control / Math.max(text.length, 1) > MAX_CONTROL_RATIO) throw notText(name);
  if (text.indexOf('\u0000') !== -1) throw notText(name);
  return text;
}

// windows-1252 differs from Latin-1 in 0x80–0x9F (curly quotes, dashes, €). Node's TextDecoder
// treats the label as Latin-1 and returns C1 controls there, so those bytes are mapped here.
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

function notText(name: string): IngestError {
  return new IngestError('not_text', `${name} does not look like text; it may be a binary file with the wrong extension.`);
}
