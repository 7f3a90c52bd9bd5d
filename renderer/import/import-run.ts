// The record of one import run: how far it has got and what happened to each file. Pure, so that
// what the progress panel and the summary say can be checked without a window.
import type { ImportOutcome } from '../../core/domain.js';

export interface ImportedFile {
  file: string;
  id: string;
  title: string;
}

export interface DuplicateFile {
  file: string;
  existingId: string;
  title: string;
}

export interface FailedFile {
  file: string;
  reason: string;
}

export interface ImportRun {
  /** Files queued in this run so far; grows when more are dropped while it runs. */
  total: number;
  /** Files whose outcome is known. */
  processed: number;
  /** The file being read or sent right now. */
  current: string | null;
  imported: ImportedFile[];
  duplicates: DuplicateFile[];
  failed: FailedFile[];
  /** Files inside chosen folders that were left out because they are hidden or not documents. */
  skipped: number;
  /** Files that were queued but never sent because the run was cancelled. */
  notAttempted: number;
  state: 'running' | 'cancelling' | 'finished' | 'cancelled';
}

export function startRun(): ImportRun {
  return {
    total: 0,
    processed: 0,
    current: null,
    imported: [],
    duplicates: [],
    failed: [],
    skipped: 0,
    notAttempted: 0,
    state: 'running',
  };
}

export function addFiles(run: ImportRun, count: number, skipped = 0): ImportRun {
  return { ...run, total: run.total + count, skipped: run.skipped + skipped };
}

export function beginFile(run: ImportRun, file: string): ImportRun {
  return { ...run, current: file };
}

export function recordOutcome(run: ImportRun, file: string, outcome: ImportOutcome): ImportRun {
  const next = { ...run, processed: run.processed + 1, current: null };
  switch (outcome.status) {
    case 'imported':
      return { ...next, imported: [...run.imported, { file, id: outcome.document.id, title: outcome.document.title }] };
    case 'duplicate':
      return { ...next, duplicates: [...run.duplicates, { file, existingId: outcome.existingId, title: outcome.title }] };
    case 'failed':
      return { ...next, failed: [...run.failed, { file, reason: outcome.error }] };
  }
}

export function recordFailure(run: ImportRun, file: string, reason: string): ImportRun {
  return recordOutcome(run, file, { status: 'failed', file, error: reason });
}

/** Asks the run to stop once the file in hand is done. */
export function requestCancel(run: ImportRun): ImportRun {
  return run.state === 'running' ? { ...run, state: 'cancelling' } : run;
}

export function finishRun(run: ImportRun): ImportRun {
  const cancelled = run.state === 'cancelling';
  return {
    ...run,
    current: null,
    notAttempted: run.total - run.processed,
    state: cancelled ? 'cancelled' : 'finished',
  };
}

export function isActive(run: ImportRun): boolean {
  return run.state === 'running' || run.state === 'cancelling';
}

/** 0–1, for the progress bar. */
export function runFraction(run: ImportRun): number {
  return run.total === 0 ? 0 : run.processed / run.total;
}

/** The headline of the summary a reviewer reads when the run is over. */
export function summaryHeadline(run: ImportRun): string {
  if (run.state === 'cancelled') return 'Import cancelled';
  if (run.processed === 0) return 'No documents found';
  if (run.failed.length === 0) return run.imported.length === 0 && run.duplicates.length > 0 ? 'Nothing new to import' : 'Import complete';
  if (run.imported.length === 0 && run.duplicates.length === 0) return 'Import failed';
  return 'Import finished with problems';
}

/** "3 imported · 1 duplicate skipped · 2 failed", leaving out what did not happen. */
export function summaryCounts(run: ImportRun): string[] {
  const parts = [`${run.imported.length} imported`];
  if (run.duplicates.length) parts.push(`${run.duplicates.length} ${run.duplicates.length === 1 ? 'duplicate' : 'duplicates'} skipped`);
  if (run.failed.length) parts.push(`${run.failed.length} failed`);
  if (run.notAttempted) parts.push(`${run.notAttempted} not imported`);
  return parts;
}
