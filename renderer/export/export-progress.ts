// What the progress bar says while an export runs. The service reports progress in claims; until
// its first report arrives nothing is known, and the bar says so rather than showing a false 0 %.
import { formatNumber } from '../format.js';

export interface ExportProgress {
  done: number;
  total: number;
}

export interface ProgressView {
  /** 0–100, or null while nothing is known (an indeterminate bar). */
  percent: number | null;
  label: string;
}

export function describeProgress(progress: ExportProgress | null): ProgressView {
  if (!progress) return { percent: null, label: 'Preparing the export…' };
  const { done, total } = progress;
  if (total <= 0) return { percent: done > 0 ? 100 : null, label: 'Writing the file…' };
  const clamped = Math.min(Math.max(done, 0), total);
  const percent = Math.round((clamped / total) * 100);
  if (clamped >= total) return { percent: 100, label: `Finishing: ${formatNumber(total)} ${total === 1 ? 'claim' : 'claims'} written` };
  return { percent, label: `${formatNumber(clamped)} of ${formatNumber(total)} claims written` };
}
