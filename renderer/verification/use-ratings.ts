// The verdict scale, kept current: asked once, and again whenever any window edits it.
import { useCallback, useEffect, useState } from 'react';
import type { RatingInUse } from '../../core/api/ratings.js';
import { call, subscribe } from '../api-client.js';

export function useRatings(): { ratings: RatingInUse[] | undefined; reload: () => Promise<void> } {
  const [ratings, setRatings] = useState<RatingInUse[] | undefined>(undefined);
  const reload = useCallback(async () => {
    try {
      setRatings(await call('ratings.list'));
    } catch {
      // A failed load keeps the scale shown so far; the next change event asks again.
    }
  }, []);
  useEffect(() => {
    void reload();
    return subscribe((event) => {
      if (event.type === 'ratings.changed' || event.type === 'workbench.opened') void reload();
    });
  }, [reload]);
  return { ratings, reload };
}
