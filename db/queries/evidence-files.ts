import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { ApiError } from '../../core/api/result.js';
import type { EvidenceFile } from '../../core/domain.js';
import {
  cleanFileName,
  decodedBase64Length,
  MAX_EVIDENCE_BASE64_CHARS,
  MAX_EVIDENCE_FILE_BYTES,
} from '../../core/review/evidence-file.js';
import { chooseMediaType } from '../../core/review/media-type.js';
import { newId, now } from '../ids.js';
import { statement } from '../statement-cache.js';

const MB = 1024 * 1024;

/**
 * The bytes of an upload, refused with a clear reason before anything is stored: too long to
 * be within the limit (judged on the base64 length, before decoding), not base64, or empty.
 */
export function decodeEvidenceFile(dataBase64: string): Buffer {
  if (dataBase64.length > MAX_EVIDENCE_BASE64_CHARS) {
    const size = Math.round(((dataBase64.length / 4) * 3) / MB);
    throw new ApiError('too_large', `The file is about ${size} MB; evidence files can be at most ${MAX_EVIDENCE_FILE_BYTES / MB} MB.`);
  }
  const length = decodedBase64Length(dataBase64);
  if (length === null) throw new ApiError('invalid_arguments', 'The file could not be read: its data is not valid base64.');
  if (length === 0) throw new ApiError('invalid_arguments', 'The file is empty; there is nothing to keep as evidence.');
  return Buffer.from(dataBase64, 'base64');
}

/**
 * Stores a file inside the workbench, or finds the copy already there: identical bytes are kept
 * once however often they are attached, under the name and type of their first upload. Call
 * inside the caller's transaction.
 */
export function storeEvidenceFile(db: Database.Database, name: string, bytes: Buffer, declaredType?: string): EvidenceFile {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const existing = statement(db, 'SELECT id FROM files WHERE sha256 = ? AND size = ? LIMIT 1').get(sha256, bytes.length) as
    | { id: string }
    | undefined;
  if (existing) return getEvidenceFile(db, existing.id);
  const id = newId();
  statement(
    db,
    'INSERT INTO files (id, name, media_type, size, sha256, created_at, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(id, cleanFileName(name), chooseMediaType(bytes, declaredType), bytes.length, sha256, now(), bytes);
  return getEvidenceFile(db, id);
}

export function getEvidenceFile(db: Database.Database, id: string): EvidenceFile {
  const row = statement(db, 'SELECT id, name, media_type AS mediaType, size, sha256 FROM files WHERE id = ?').get(id) as
    | EvidenceFile
    | undefined;
  if (!row) throw new ApiError('not_found', `There is no stored file with the ID ${id}.`);
  return row;
}

/** A stored file's bytes. */
export function readEvidenceFileBytes(db: Database.Database, id: string): Buffer {
  const row = statement(db, 'SELECT data FROM files WHERE id = ?').get(id) as { data: Buffer } | undefined;
  if (!row) throw new ApiError('not_found', `There is no stored file with the ID ${id}.`);
  return row.data;
}
