// The people claims can be assigned to, and who "me" is: the names the workbench knows
// (review.reviewers) and the reviewer name from settings, asked again when either may have changed.
import { useEffect, useMemo, useState } from 'react';
import { call, subscribe } from '../api-client.js';
import { coalesce } from '../app/coalesce.js';

export interface Reviewers {
  /** Known names, alphabetically; empty until loaded. */
  names: string[];
  /** The reviewer name from settings; '' when none is set, null until loaded. */
  me: string | null;
}

const REFRESHING_EVENTS = new Set(['claims.changed', 'settings.changed', 'workbench.opened']);

export function useReviewers(): Reviewers {
  const [reviewers, setReviewers] = useState<Reviewers>({ names: [], me: null });

  const reload = useMemo(
    () =>
      coalesce(async () => {
        const [names, settings] = await Promise.all([call('review.reviewers', {}), call('settings.get', {})]);
        setReviewers({ names, me: settings.reviewerName });
      }),
    [],
  );

  useEffect(() => {
    void reload();
    return subscribe((event) => {
      if (REFRESHING_EVENTS.has(event.type)) void reload();
    });
  }, [reload]);

  return reviewers;
}
