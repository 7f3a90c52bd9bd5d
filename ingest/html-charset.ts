import { assertLooksLikeText, decodeText, decodeWindows1252 } from './decode-text.js';

/**
 * Old Arabic, Persian and Cyrillic sites still declare windows-1256 or windows-1251; the
 * declaration in the first kilobytes is honoured when the bytes are not UTF-8 already. A caller
 * that knows the charset from elsewhere (an MHTML part's Content-Type) passes it instead.
 */
export function decodeHtml(bytes: Uint8Array, name: string, declared: string | null = declaredCharset(bytes)): string {
  if (declared && !/^utf-?8$/i.test(declared) && !isValidUtf8(bytes)) {
    let decoder: TextDecoder | null = null;
    try {
      decoder = new TextDecoder(declared);
    } catch {
      decoder = null;
    }
    if (decoder?.encoding === 'windows-1252') return assertLooksLikeText(decodeWindows1252(bytes), name);
    if (decoder && !decoder.encoding.startsWith('utf-16')) return assertLooksLikeText(decoder.decode(bytes), name);
  }
  return decodeText(bytes, name);
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
