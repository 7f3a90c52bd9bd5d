// The words for a claim's kind and check-worthiness, in the claim inspector, the history and every
// report.
import type { ClaimKind } from '../domain.js';

export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  factual: 'Factual',
  statistic: 'Statistic',
  quote: 'Quote',
  prediction: 'Prediction',
  opinion: 'Opinion',
};

/** Check-worthiness from 0 (not worth checking) to 3 (must check), by level. */
export const CHECKWORTHINESS_LABELS = ['Not worth checking', 'Low', 'Medium', 'Must check'] as const;
