import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `file` so that it is either the old file or the complete new one, never half of each:
 * the data goes to a temporary file in the same folder (a rename is only atomic within one file
 * system), is flushed to the disk, and then takes the file's place. The temporary name is short
 * and fixed-length so a long target name cannot push it past the file system's limit; it carries
 * a key of the target's name, so a write that succeeds also clears what a killed earlier write to
 * the same file left behind.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const folder = path.dirname(file);
  const key = createHash('sha256').update(path.basename(file)).digest('hex').slice(0, 8);
  const temporary = path.join(folder, `.claimtrace-${key}-${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(temporary, 'wx');
    await handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined);
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(temporary, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await removeLeftovers(folder, key);
}

/** Temporary files of earlier writes to the same file that were killed before they could tidy up. */
async function removeLeftovers(folder: string, key: string): Promise<void> {
  const pattern = new RegExp(`^\\.claimtrace-${key}-[0-9a-f]{12}\\.tmp$`);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names.filter((name) => pattern.test(name)).map((name) => fs.rm(path.join(folder, name), { force: true }).catch(() => undefined)),
  );
}
