import { canonicalUrl } from '../core/metadata/source-url.js';
import type { MetadataHints } from '../core/metadata/types.js';
import { extractHtmlText } from './extract-html.js';
import type { Extracted } from './extracted.js';
import { decodeHtml } from './html-charset.js';
import { IngestError } from './ingest-error.js';

// RFC 2046 caps boundaries at 70 characters; some writers go a little beyond, so the cap here is
// looser. It only has to keep the delimiter search linear in the file's size.
const MAX_BOUNDARY_CHARS = 200;
const BOUNDARY = /^[0-9A-Za-z'()+_,\-./:=? ]*[0-9A-Za-z'()+_,\-./:=?]$/;
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

interface Part {
  headers: Map<string, string>;
  /** The part's encoded body: offsets into the message text. */
  start: number;
  end: number;
}

/**
 * A browser's "Webpage, single file" (.mhtml, .mht; RFC 2557): a MIME multipart/related message
 * holding the page and its images. Only the page is read — the root part (the `start` parameter)
 * or else the first HTML part — and it goes through the HTML reader, so it is imported exactly
 * like a saved .html page. Images, stylesheets and frames are never decoded.
 */
export async function extractMhtml(bytes: Uint8Array, name: string): Promise<Extracted> {
  // Latin-1 maps every byte to one character and back, so offsets and bodies stay byte-exact.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const message = readHeaders(text, 0, text.length);
  if (!message) throw malformed(name, 'it does not start with message headers');
  if (message.start === -1) throw truncated(name);
  const { type, params } = contentType(message.headers);
  const page = type.startsWith('multipart/')
    ? pagePart(name, text, { ...message, end: text.length }, params)
    : HTML_TYPES.has(type)
      ? { ...message, end: text.length }
      : null;
  if (!page) throw noPage(name);

  const body = decodeBody(name, text.slice(page.start, page.end), page.headers.get('content-transfer-encoding'));
  // The part's declared charset, else the page's own <meta charset>, else the usual detection.
  const charset = contentType(page.headers).params.get('charset');
  const extracted = await extractHtmlText(decodeHtml(body, name, charset), name);
  const location = message.headers.get('snapshot-content-location') ?? page.headers.get('content-location');
  const url = location ? canonicalUrl(location) : null;
  const archive: MetadataHints = {};
  if (url) archive.url = url;
  const savedAt = isoDate(message.headers.get('date'));
  if (savedAt) archive.savedAt = savedAt;
  // The page's own canonical address, when it declares one, wins over the address it was saved
  // from (which may carry tracking parameters), as it does for a page saved as .html.
  return { ...extracted, hints: { ...archive, ...extracted.hints }, format: 'mhtml' };
}

/** The page among the parts of a multipart message, or null when there is none. */
function pagePart(name: string, text: string, message: Part, params: Map<string, string>): Part | null {
  const boundary = params.get('boundary');
  if (!boundary) throw malformed(name, 'its header declares no boundary between its parts');
  if (boundary.length > MAX_BOUNDARY_CHARS || !BOUNDARY.test(boundary)) throw malformed(name, 'the boundary between its parts is garbled');
  const { pages, found, closed } = htmlParts(text, message.start, message.end, boundary);
  if (!found) throw malformed(name, 'the boundary its header declares never occurs, so its parts cannot be found');
  const root = params.get('start');
  const page = (root && pages.find((part) => sameId(part.headers.get('content-id'), root))) || pages[0];
  // A part is complete only when a delimiter follows it; a page cut off at the end is not read.
  if (!page) throw closed ? noPage(name) : truncated(name);
  return page;
}

/**
 * The complete HTML parts between `--boundary` lines, in one pass; other parts are passed over
 * after a look at their headers, so thousands of images cost no memory. The line break before a
 * delimiter belongs to the delimiter (RFC 2046), and a delimiter line may end in spaces.
 */
function htmlParts(text: string, from: number, to: number, boundary: string): { pages: Part[]; found: boolean; closed: boolean } {
  const delimiter = `--${boundary}`;
  const pages: Part[] = [];
  let partStart = -1;
  let search = from;
  for (;;) {
    const at = text.indexOf(delimiter, search);
    if (at === -1 || at >= to) return { pages, found: partStart !== -1, closed: false };
    search = at + delimiter.length;
    if (at !== from && text[at - 1] !== '\n') continue;
    const close = text.startsWith('--', search);
    let lineEnd = search;
    while (text[lineEnd] === ' ' || text[lineEnd] === '\t') lineEnd++;
    if (!close && lineEnd < to && text[lineEnd] !== '\n' && !(text[lineEnd] === '\r' && text[lineEnd + 1] === '\n')) continue;
    if (partStart !== -1) {
      const end = Math.max(partStart, text[at - 2] === '\r' ? at - 2 : at - 1);
      const part = readHeaders(text, partStart, end);
      // A part without the blank line after its headers has headers only.
      if (part && HTML_TYPES.has(contentType(part.headers).type)) {
        pages.push({ headers: part.headers, start: part.start === -1 ? end : part.start, end });
      }
    }
    if (close) return { pages, found: true, closed: true };
    const newline = text.indexOf('\n', lineEnd);
    partStart = newline === -1 ? to : newline + 1;
  }
}

/**
 * Header fields from `from` up to the blank line, folded lines joined, names lower-cased, the
 * first occurrence kept. `start` is where the body begins, or -1 when no blank line comes before
 * `to`; null when the text does not start with a header field (or a blank line).
 */
function readHeaders(text: string, from: number, to: number): { headers: Map<string, string>; start: number } | null {
  const fields: [string, string][] = [];
  let start = -1;
  for (let pos = from; pos < to;) {
    const newline = text.indexOf('\n', pos);
    const lineEnd = newline === -1 || newline >= to ? to : newline;
    const line = text.slice(pos, lineEnd).replace(/\r$/, '');
    const next = Math.min(lineEnd + 1, to);
    if (line === '') {
      if (lineEnd < to) start = next;
      break;
    }
    const field = /^([!-9;-~]+):[ \t]*(.*)$/s.exec(line);
    const previous = fields[fields.length - 1];
    if ((line[0] === ' ' || line[0] === '\t') && previous) previous[1] += ` ${line.trim()}`;
    else if (field) fields.push([field[1]!.toLowerCase(), field[2]!.trim()]);
    else if (pos === from) return null;
    else {
      // Not a header line: the writer left out the blank line, and the body starts here.
      start = pos;
      break;
    }
    pos = next;
  }
  const headers = new Map<string, string>();
  for (const [key, value] of fields) if (!headers.has(key)) headers.set(key, value);
  return { headers, start };
}

/** Content-IDs are written with or without their angle brackets. */
function sameId(id: string | undefined, wanted: string): boolean {
  const bare = (value: string): string => value.trim().replace(/^<(.*)>$/, '$1');
  return id !== undefined && bare(id) === bare(wanted);
}

/** `type/subtype; name=value; name="quoted value"`: the type lower-cased and its parameters. */
function contentType(headers: Map<string, string>): { type: string; params: Map<string, string> } {
  const value = headers.get('content-type') ?? 'text/plain';
  const params = new Map<string, string>();
  const param = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  for (let match = param.exec(value); match; match = param.exec(value)) {
    const key = match[1]!.toLowerCase();
    const raw = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]!.trim();
    if (!params.has(key)) params.set(key, raw);
  }
  return { type: value.split(';')[0]!.trim().toLowerCase(), params };
}

function decodeBody(name: string, body: string, encoding = '7bit'): Uint8Array {
  switch (encoding.toLowerCase()) {
    case '7bit':
    case '8bit':
    case 'binary':
      return Buffer.from(body, 'latin1');
    case 'quoted-printable':
      return decodeQuotedPrintable(name, body);
    case 'base64': {
      const compact = body.replace(/[ \t\r\n]+/g, '');
      if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) throw malformed(name, 'its page is not valid base64');
      return Buffer.from(compact, 'base64');
    }
    default:
      throw new IngestError('unsupported_type', `${name} stores its page in an encoding Claimtrace cannot read (${encoding}).`);
  }
}

/**
 * RFC 2045 quoted-printable in one pass, never longer than its input: `=XX` is a byte, `=` at the
 * end of a line joins it to the next, and spaces at the end of a line are padding, not text.
 */
function decodeQuotedPrintable(name: string, body: string): Uint8Array {
  const out = new Uint8Array(body.length);
  let size = 0;
  let i = 0;
  const lineBreakAt = (at: number): number =>
    at >= body.length ? 0 : body[at] === '\n' ? 1 : body[at] === '\r' && body[at + 1] === '\n' ? 2 : -1;
  while (i < body.length) {
    const char = body[i]!;
    if (char === '=') {
      let after = i + 1;
      while (body[after] === ' ' || body[after] === '\t') after++;
      const soft = lineBreakAt(after);
      if (soft !== -1) {
        i = after + soft;
        continue;
      }
      const hex = body.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) throw malformed(name, 'its page is not valid quoted-printable');
      out[size++] = Number.parseInt(hex, 16);
      i += 3;
    } else if (char === ' ' || char === '\t') {
      let end = i;
      while (body[end] === ' ' || body[end] === '\t') end++;
      if (lineBreakAt(end) === -1) for (; i < end; i++) out[size++] = body.charCodeAt(i);
      i = end;
    } else {
      out[size++] = body.charCodeAt(i);
      i++;
    }
  }
  return out.subarray(0, size);
}

/**
 * An RFC 5322 date ("Tue, 9 Oct 2018 10:12:33 -0000") as ISO 8601. Checked for that shape first,
 * because Date.parse turns almost any string into some date.
 */
function isoDate(value: string | undefined): string | undefined {
  if (!value || !/\b\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}/.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

function malformed(name: string, why: string): IngestError {
  return new IngestError('malformed', `${name} is not a valid web archive (.mhtml): ${why}.`);
}

function truncated(name: string): IngestError {
  return new IngestError(
    'malformed',
    `${name} is incomplete: the web archive ends before its page does; it may have been cut off while saving or copying.`,
  );
}

function noPage(name: string): IngestError {
  return new IngestError(
    'no_text',
    `${name} is a web archive without a web page in it (no text/html part), so there is no article to import.`,
  );
}
