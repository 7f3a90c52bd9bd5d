import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { describeBackupFailure } from '../../db/backups/describe-failure.js';
import { backupFolderFor } from '../../db/backups/snapshot-names.js';
import { CopyTargetExistsError, copyWorkbench, writeSnapshot } from '../../db/backups/write-snapshot.js';
import { openWorkbench, type Workbench, WorkbenchOpenError } from '../../db/workbench.js';
import { CliError, type CliIo } from '../io.js';

export const backupUsage = 'claimtrace backup --workbench FILE [--out PATH]';

/**
 * Writes a snapshot of a workbench, even one the app has open: into its backup folder (where the
 * app keeps the newest ten), or to --out, which must not exist yet. The workbench itself is opened
 * read-only and never changed.
 */
export async function runBackup(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { workbench: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  if (!values.workbench) throw new CliError(`backup needs --workbench FILE.\nUsage: ${backupUsage}`);
  const file = path.resolve(values.workbench);
  const out = values.out === undefined ? null : path.resolve(values.out);
  if (out !== null) {
    if (fs.existsSync(out)) throw new CliError(`${out} already exists; backup never replaces a file. Choose another --out.`);
    if (!fs.existsSync(path.dirname(out))) throw new CliError(`The folder ${path.dirname(out)} does not exist.`, 1);
  }

  let workbench: Workbench;
  try {
    workbench = openWorkbench(file, { readonly: true });
  } catch (error) {
    if (error instanceof WorkbenchOpenError) throw new CliError(error.message, 1);
    throw error;
  }

  try {
    let written: string;
    if (out !== null) {
      await copyWorkbench(workbench.db, out);
      written = out;
    } else {
      const folder = backupFolderFor(file);
      const snapshot = await writeSnapshot(workbench.db, { folder, name: workbench.name, at: new Date() });
      written = path.join(folder, snapshot.file);
    }
    io.out(`Backed up ${file}\nto        ${written}`);
    return 0;
  } catch (error) {
    if (error instanceof CopyTargetExistsError) throw new CliError(error.message);
    throw new CliError(describeBackupFailure(error, out === null ? backupFolderFor(file) : path.dirname(out)), 1);
  } finally {
    workbench.close();
  }
}
