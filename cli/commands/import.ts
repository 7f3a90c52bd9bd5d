import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import type { ImportOutcome } from '../../core/domain.js';
import { collectFiles } from '../../db/import/collect-files.js';
import { importFile } from '../../db/import/import-file.js';
import { checkFileSize } from '../../ingest/index.js';
import { CliError, type CliIo } from '../io.js';
import { openForCli } from '../open-for-cli.js';

export const importUsage = 'claimtrace import --workbench FILE [--json] PATH...';

/** Imports files and folders; a failing file is reported and the batch goes on. */
export async function runImport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { workbench: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) throw new CliError(`Name at least one file or folder to import.\nUsage: ${importUsage}`);
  const workbench = openForCli(values.workbench, importUsage);
  try {
    const { files, missing } = collectFiles(positionals);
    const imported: Extract<ImportOutcome, { status: 'imported' }>['document'][] = [];
    const duplicates: { file: string; existingId: string; title: string }[] = [];
    const failed: { file: string; error: string }[] = [...missing];
    for (const [index, file] of files.entries()) {
      if (!values.json) io.err(`[${index + 1}/${files.length}] ${path.basename(file)}`);
      const outcome = await importOne(workbench.db, file);
      if (outcome.status === 'imported') imported.push(outcome.document);
      else if (outcome.status === 'duplicate') duplicates.push({ file, existingId: outcome.existingId, title: outcome.title });
      else failed.push({ file, error: outcome.error });
    }
    if (values.json) {
      io.out(JSON.stringify({ imported, duplicates, failed }, null, 2));
    } else {
      io.out(`Imported ${imported.length}, duplicates skipped ${duplicates.length}, failed ${failed.length}.`);
      for (const doc of imported) io.out(`  + ${doc.title}${doc.outlet ? ` (${doc.outlet})` : ''}`);
      for (const dup of duplicates) io.out(`  = ${dup.file}: already in the workbench as "${dup.title}"`);
      for (const fail of failed) io.out(`  ! ${fail.error}`);
    }
    return failed.length > 0 ? 1 : 0;
  } finally {
    workbench.close();
  }
}

async function importOne(db: Parameters<typeof importFile>[0], file: string): Promise<ImportOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = readBounded(file);
  } catch (error) {
    return { status: 'failed', file, error: (error as Error).message };
  }
  const outcome = await importFile(db, { name: path.basename(file), bytes });
  return outcome.status === 'imported' ? { ...outcome, file, document: { ...outcome.document, file } } : { ...outcome, file };
}

/** A file beyond the import limit is refused from its size, before it is read into memory. */
function readBounded(file: string): Uint8Array {
  checkFileSize(path.basename(file), fs.statSync(file).size);
  return fs.readFileSync(file);
}
