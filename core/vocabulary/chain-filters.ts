// The words for narrowing a list of claims by their chain, in the review queue's picker and an
// export's scope.
import type { ChainFilter } from '../api/review.js';

export const CHAIN_FILTER_LABELS: Record<ChainFilter, string> = {
  flagged: 'Flagged: unnamed or no source',
  unnamed: 'Ends in an unnamed source',
  unknown: 'No source named',
};
