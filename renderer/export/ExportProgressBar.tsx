// The running export's progress, read out as it changes. Indeterminate until the host first
// reports how many claims the export holds.
import { describeProgress, type ExportProgress } from './export-progress.js';

export function ExportProgressBar({ progress }: { progress: ExportProgress | null }) {
  const view = describeProgress(progress);
  return (
    <div className="export-progress">
      <div
        className={`export-progress__track${view.percent === null ? ' export-progress__track--indeterminate' : ''}`}
        role="progressbar"
        aria-label="Export progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={view.percent ?? undefined}
        aria-valuetext={view.label}
      >
        <span className="export-progress__fill" style={view.percent === null ? undefined : { width: `${view.percent}%` }} />
      </div>
      <p className="export-progress__label" aria-live="polite">
        {view.label}
      </p>
    </div>
  );
}
