// Evidence files are kept once per content, as the workbench does for uploads: a file the
// workbench already holds (same SHA-256 and size) is used under the workbench's ID.
import { createHash } from 'node:crypto';

import { ApiError } from '../../core/api/result.js';
import { statement } from '../statement-cache.js';
import { count, type MergeContext } from './merge-context.js';

export function mergeBundleFiles(context: MergeContext): void {
  const { db, bundle } = context;
  for (const file of bundle.files) {
    if (statement(db, 'SELECT 1 FROM files WHERE id = ?').get(file.id)) {
      count(context, 'skipped', 'files');
      continue;
    }
    const same = statement(db, 'SELECT id FROM files WHERE sha256 = ? AND size = ? LIMIT 1').get(file.sha256, file.size) as
      { id: string } | undefined;
    if (same) {
      context.fileIds.set(file.id, same.id);
      context.summary.matched.files += 1;
      count(context, 'skipped', 'files');
      continue;
    }
    const data = Buffer.from(file.dataBase64, 'base64');
    const sha256 = createHash('sha256').update(data).digest('hex');
    if (data.length !== file.size || sha256 !== file.sha256) {
      throw new ApiError(
        'invalid_arguments',
        `The bundle is damaged and was not imported: the file "${file.name}" does not match its checksum.`,
      );
    }
    statement(db, 'INSERT INTO files (id, name, media_type, size, sha256, created_at, data) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      file.id,
      file.name,
      file.mediaType,
      file.size,
      file.sha256,
      file.createdAt,
      data,
    );
    count(context, 'added', 'files');
  }
}
