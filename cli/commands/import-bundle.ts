import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { ApiError } from '../../core/api/result.js';
import { BUNDLE_TABLES, type BundleTable, type MergeSummary } from '../../core/bundle/format.js';
import { assertBundleSize } from '../../core/bundle/parse.js';
import { mergeBundle } from '../../db/bundle/merge-bundle.js';
import { readBundleBytes } from '../../db/bundle/read-bundle.js';
import { openWorkbench, type Workbench, WorkbenchOpenError } from '../../db/workbench.js';
import { CliError, type CliIo } from '../io.js';

export const importBundleUsage = 'claimtrace import-bundle --workbench FILE [--json] BUNDLE';

export const importBundleHelp = `Merge a Claimtrace bundle into a workbench.

  ${importBundleUsage}

Rows are matched by ID (documents also by their text, sources and tags by name, ratings by key).
New rows are added; where both sides have a row, the later change wins and the version it
replaces is kept in the history. The merge is all or nothing, and a bundle from a newer version
of Claimtrace is refused. --json prints the summary as JSON.`;

/**
 * Merges a bundle (from claimtrace export --format json or the app's Export) into a workbench:
 * new rows are added, and where both have a row the later change wins; all or nothing.
 */
export async function runImportBundle(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      workbench: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.out(importBundleHelp);
    return 0;
  }
  if (!values.workbench) throw new CliError(`This command needs --workbench FILE.\nUsage: ${importBundleUsage}`);
  if (positionals.length !== 1) throw new CliError(`Name exactly one bundle file to import.\nUsage: ${importBundleUsage}`);
  const bundleFile = path.resolve(positionals[0]!);
  const bytes = readBundleFile(bundleFile);

  const workbench = openExistingWorkbench(values.workbench);
  try {
    const summary = mergeBundle(workbench.db, readBundleBytes(bytes)).summary;
    if (values.json) io.out(JSON.stringify(summary, null, 2));
    else io.out(describeSummary(path.basename(bundleFile), summary));
    return 0;
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(`${path.basename(bundleFile)}: ${error.message}`, 1);
    throw error;
  } finally {
    workbench.close();
  }
}

function readBundleFile(file: string): Buffer {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new CliError(`There is no file ${file}.`, 1);
  }
  try {
    assertBundleSize(size);
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(error.message, 1);
    throw error;
  }
  return fs.readFileSync(file);
}

/** The workbench must exist: merging into a file created by a typo would hide the colleague's work. */
function openExistingWorkbench(file: string): Workbench {
  try {
    return openWorkbench(path.resolve(file));
  } catch (error) {
    if (error instanceof WorkbenchOpenError) throw new CliError(error.message, 1);
    throw error;
  }
}

// How many of each kind of row, as a person says it.
const NOUNS: Record<BundleTable, [string, string]> = {
  documents: ['document', 'documents'],
  sources: ['source', 'sources'],
  ratings: ['rating', 'ratings'],
  claims: ['claim', 'claims'],
  tags: ['tag', 'tags'],
  evidence: ['piece of evidence', 'pieces of evidence'],
  files: ['file', 'files'],
  appearances: ['appearance', 'appearances'],
  rejections: ['rejected suggestion', 'rejected suggestions'],
  history: ['history entry', 'history entries'],
};

function counted(table: BundleTable, n: number): string {
  return `${n} ${NOUNS[table][n === 1 ? 0 : 1]}`;
}

export function describeSummary(name: string, summary: MergeSummary): string {
  const lines = [`Merged ${name}.`];
  const row = (label: string, counts: MergeSummary['added']) => {
    const parts = BUNDLE_TABLES.filter((table) => counts[table] > 0).map((table) => counted(table, counts[table]));
    lines.push(`  ${label.padEnd(9)}${parts.length > 0 ? parts.join(', ') : 'nothing'}`);
  };
  row('Added', summary.added);
  row('Updated', summary.updated);
  row('Kept', summary.skipped);
  const matched = Object.entries(summary.matched).filter(([, n]) => n > 0);
  if (matched.length > 0) {
    lines.push(`  Matched  ${matched.map(([table, n]) => counted(table as BundleTable, n)).join(', ')} already here under other IDs`);
  }
  for (const note of summary.notes) lines.push(`  Note: ${note}`);
  return lines.join('\n');
}
