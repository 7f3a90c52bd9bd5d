import { closeSync, existsSync, openSync, readSync } from 'node:fs';

export const WORKBENCH_EXTENSION = '.claimtrace';

/**
 * Stored in the SQLite header (`PRAGMA application_id`) of every workbench: the ASCII bytes "CLTR".
 * It is how a workbench is told apart from any other SQLite file without reading its tables.
 */
export const CLAIMTRACE_APPLICATION_ID = 0x434c5452;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_SIZE = 100;

export type FileHeader = { kind: 'empty' } | { kind: 'not_sqlite' } | { kind: 'sqlite'; userVersion: number; applicationId: number };

/**
 * Reads the 100-byte SQLite header with plain file I/O, so that a file can be judged without
 * SQLite ever opening (and possibly touching) it.
 */
export function readFileHeader(file: string): FileHeader {
  const header = Buffer.alloc(HEADER_SIZE);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, HEADER_SIZE, 0);
  } finally {
    closeSync(fd);
  }
  if (read === 0) return { kind: 'empty' };
  if (read < HEADER_SIZE || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    return { kind: 'not_sqlite' };
  }
  return { kind: 'sqlite', userVersion: header.readInt32BE(60), applicationId: header.readInt32BE(68) };
}

/**
 * True when SQLite has a write-ahead log or rollback journal beside the file. Then the header in
 * the main file may be out of date (a crash before checkpoint) and only SQLite can read the truth.
 */
export function hasJournalBeside(file: string): boolean {
  return existsSync(`${file}-wal`) || existsSync(`${file}-journal`);
}
