import { WorkbenchOpenError } from '../db/workbench-open-error.js';

/**
 * The sentence shown when a file cannot be opened. Refusals from the workbench layer already speak
 * to the user; anything else is unexpected, so it gets the file name and the first line only.
 */
export function openFailureMessage(file: string, error: unknown): string {
  if (error instanceof WorkbenchOpenError) return error.message;
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
  return `Claimtrace could not open "${file}": ${detail}`;
}
