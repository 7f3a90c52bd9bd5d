import { createHash } from 'node:crypto';

import type Database from 'better-sqlite3';

import { ApiError } from '../../core/api/result.js';
import type { EvidenceFile } from '../../core/domain.js';
import { cleanFileName } from '../../core/review/evidence-file.js';
import { chooseMediaType } from '../../core/review/media-type.js';
import { newId, now } from '../ids.js';
import { statement } from '../statement-cache.js';

/**
 * Stores a file inside the workbench, or finds the copy already there: identical bytes are kept
 * once however often they are attached, under the name and type of their first upload. Call
 * inside the caller's transaction.
 */
export function storeEvidenceFile(db: Database.Database, name: string, bytes: Buffer, declaredType?: string): EvidenceFile {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const existing = statement(db, 'SELECT id FROM files WHERE sha256 = ? AND size = ? LIMIT 1').get(sha256, bytes.length) as
    { id: string } | undefined;
  if (existing) return getEvidenceFile(db, existing.id);
  const id = newId();
  statement(db, 'INSERT INTO files (id, name, media_type, size, sha256, created_at, data) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id,
    cleanFileName(name),
    chooseMediaType(bytes, declaredType),
    bytes.length,
    sha256,
    now(),
    bytes,
  );
  return getEvidenceFile(db, id);
}

export function getEvidenceFile(db: Database.Database, id: string): EvidenceFile {
  const row = statement(db, 'SELECT id, name, media_type AS mediaType, size, sha256 FROM files WHERE id = ?').get(id) as
    EvidenceFile | undefined;
  if (!row) throw new ApiError('not_found', `There is no stored file with the ID ${id}.`);
  return row;
}

/** A stored file's bytes. */
export function readEvidenceFileBytes(db: Database.Database, id: string): Buffer {
  const row = statement(db, 'SELECT data FROM files WHERE id = ?').get(id) as { data: Buffer } | undefined;
  if (!row) throw new ApiError('not_found', `There is no stored file with the ID ${id}.`);
  return row.data;
}
