import type { ClaimTone } from '../../../claims/claim-tones.js';

/** The colour a mark is painted with: the verdict's own, or the status tint from claims.css. */
export function toneColor(tone: ClaimTone): string {
  return tone.by === 'verdict' ? tone.color : `var(--claim-status-${tone.status.replace('_', '-')})`;
}
