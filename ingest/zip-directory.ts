import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export class ZipFormatError extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
// ZIP64 marks sizes it stores elsewhere with all ones; Word never needs ZIP64 for a document.
const ZIP64_MARKER = 0xffffffff;

/**
 * The entries listed in a ZIP package's central directory, read without unpacking anything, so
 * a damaged or oversized package is recognised before a parser spends time or memory on it.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (offset === ZIP64_MARKER) throw new ZipFormatError('ZIP64 packages are not supported');
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== DIRECTORY_ENTRY) {
      throw new ZipFormatError('broken central directory');
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > view.byteLength) throw new ZipFormatError('broken central directory');
    entries.push({
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= earliest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new ZipFormatError('no end-of-directory record');
}

/**
 * One entry's content, unpacked with a ceiling on its real size: the sizes a directory declares
 * can lie, and a ZIP bomb is exactly a small entry that unpacks to gigabytes.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) throw new ZipFormatError('broken entry');
  const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipFormatError('truncated entry');
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new RangeError('entry too large');
    return data;
  }
  if (entry.method !== 8) throw new ZipFormatError(`unsupported compression method ${entry.method}`);
  return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
}

export interface ArchiveLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

/** Why an archive was refused: too many entries, or too much once unpacked. */
export class ArchiveTooLargeError extends Error {
  constructor(
    readonly limit: 'entries' | 'entry' | 'total',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Unpacks every entry of an archive against hard limits on their number, on each one's real size
 * and on their total, whatever the entries are called or which of them a parser will read: a
 * package can name its main part anything in its relationships, so no entry is left unchecked.
 */
export function guardArchive(bytes: Uint8Array, entries: readonly ZipEntry[], limits: ArchiveLimits): void {
  if (entries.length > limits.maxEntries)
    throw new ArchiveTooLargeError('entries', `it holds ${entries.length} entries (at most ${limits.maxEntries})`);
  let budget = limits.maxTotalBytes;
  for (const entry of entries) {
    if (entry.name.endsWith('/') && entry.compressedSize === 0) continue; // a folder
    const ceiling = Math.min(limits.maxEntryBytes, budget);
    if (entry.uncompressedSize > ceiling) throw tooLargeFor(entry, ceiling, limits);
    let size: number;
    try {
      size = readZipEntry(bytes, entry, ceiling).length;
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE')
        throw tooLargeFor(entry, ceiling, limits);
      throw error;
    }
    budget -= size;
  }
}

function tooLargeFor(entry: ZipEntry, ceiling: number, limits: ArchiveLimits): ArchiveTooLargeError {
  return ceiling < limits.maxEntryBytes
    ? new ArchiveTooLargeError('total', `it unpacks to more than ${limits.maxTotalBytes} bytes`)
    : new ArchiveTooLargeError('entry', `its part ${entry.name} unpacks to more than ${limits.maxEntryBytes} bytes`);
}
