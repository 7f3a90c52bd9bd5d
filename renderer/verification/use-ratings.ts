// The verdict scale, kept current: asked once, and again whenever any window edits it. A failed
// load keeps the scale shown so far; the next change asks again.
import type { RatingInUse } from '../../core/api/ratings.js';
import { call } from '../api-client.js';
import { useLiveResource } from '../use-live-resource.js';

/** `enabled` false asks nothing yet (a view that needs the scale only once a document is open). */
export function useRatings(enabled = true): { ratings: RatingInUse[] | undefined; reload: () => void } {
  const scale = useLiveResource(enabled ? 'ratings' : null, () => call('ratings.list'), ['ratings.changed']);
  return { ratings: scale.value, reload: scale.reload };
}
