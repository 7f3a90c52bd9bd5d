import type { NamespaceHandlers } from '../../core/api/index.js';
import { archiveRating, createRating, deleteRating, listRatings, ratingScale, reorderRatings, updateRating } from '../queries/ratings.js';
import type { HandlerContext } from './context.js';

export function ratingHandlers({ db, emit }: HandlerContext): NamespaceHandlers<'ratings'> {
  // Every open window colours claims by the scale, so each change to it is announced.
  const changed = <T>(value: T): T => {
    emit({ type: 'ratings.changed' });
    return value;
  };
  return {
    'ratings.list': () => listRatings(db),
    'ratings.scale': () => ratingScale(db),
    'ratings.create': (fields) => changed(createRating(db, fields)),
    'ratings.update': ({ id, patch }) => changed(updateRating(db, id, patch)),
    'ratings.reorder': ({ ids }) => changed(reorderRatings(db, ids)),
    'ratings.archive': ({ id, archived }) => changed(archiveRating(db, id, archived)),
    'ratings.delete': ({ id }) => {
      deleteRating(db, id);
      return changed({ id });
    },
  };
}
