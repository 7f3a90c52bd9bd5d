// What a ClaimReview export will publish, said before it runs: what is missing from the settings
// (with the way to Settings), and how many claims of the scope are fact-checks ready to publish and
// how many are left out, and why. The export itself refuses the same cases, so nothing here is
// the only guard; it is what lets an editor fix things before pressing Download.
import type { ExportPreview } from '../../core/api/exports.js';
import { leftOutReasons } from '../../core/reports/claim-review.js';
import { dispatch } from '../commands/app-commands.js';
import { Icon } from '../components/Icon.js';
import { countOf } from '../format.js';

interface ClaimReviewReadinessProps {
  /** What is missing from the settings, one sentence each; empty when nothing is. */
  problems: readonly string[];
  preview: ExportPreview | undefined;
}

export function ClaimReviewReadiness({ problems, preview }: ClaimReviewReadinessProps) {
  if (problems.length > 0) {
    return (
      <div className="form-error export-readiness" role="alert">
        <Icon name="alert" />
        <div className="export-readiness__text">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
          <button type="button" className="button button--small" onClick={() => dispatch('open-settings')}>
            Open Settings
          </button>
        </div>
      </div>
    );
  }
  if (!preview) return null;
  const leftOut = preview.leftOut.notDone + preview.leftOut.noVerdict + preview.leftOut.noRationale;
  const reasons = leftOutReasons(preview.leftOut).join(', ');
  if (preview.publishable === 0) {
    return (
      <p className="form-error export-readiness" role="alert">
        <Icon name="alert" />
        <span>
          Nothing to publish here:{' '}
          {preview.claims === 0
            ? 'there are no claims in this scope.'
            : `none of ${countOf(preview.claims, 'claim')} is Done with a verdict and a rationale (${reasons}).`}
        </span>
      </p>
    );
  }
  return (
    <p className="form-notice export-readiness">
      <Icon name="alert" size={15} />
      <span>
        {countOf(preview.publishable, 'fact-check')} will be published.
        {leftOut > 0
          ? ` ${countOf(leftOut, 'claim')} left out (${reasons}): only claims that are Done with a verdict and a rationale are published.`
          : ''}
      </span>
    </p>
  );
}
