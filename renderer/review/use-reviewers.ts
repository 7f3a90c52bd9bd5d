// The people claims can be assigned to, and who "me" is: the names the workbench knows
// (review.reviewers) and the reviewer name from settings, asked again when either may have changed.
import { call } from '../api-client.js';
import { useLiveResource } from '../use-live-resource.js';

export interface Reviewers {
  /** Known names, alphabetically; empty until loaded. */
  names: string[];
  /** The reviewer name from settings; '' when none is set, null until loaded. */
  me: string | null;
}

export function useReviewers(): Reviewers {
  const reviewers = useLiveResource(
    'reviewers',
    async () => {
      const [names, settings] = await Promise.all([call('review.reviewers', {}), call('settings.get', {})]);
      return { names, me: settings.reviewerName };
    },
    ['claims.changed', 'settings.changed'],
  );
  return reviewers.value ?? { names: [], me: null };
}
