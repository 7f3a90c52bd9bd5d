import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Journal and shared-memory files SQLite keeps beside a database (`-wal`, `-shm`, `-journal`). */
export function journalFilesBeside(file: string): string[] {
  const base = path.basename(file);
  return fs
    .readdirSync(path.dirname(file))
    .filter((name) => name.startsWith(`${base}-`))
    .sort();
}

/** Everything in the folder whose name starts with the file's name, the file itself included. */
export function filesNamedLike(file: string): string[] {
  const base = path.basename(file);
  return fs
    .readdirSync(path.dirname(file))
    .filter((name) => name.startsWith(base))
    .sort();
}
