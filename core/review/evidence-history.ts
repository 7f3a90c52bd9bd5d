import type { BundleEvidence } from '../bundle/format.js';

/** What the history shows for a piece of evidence: the link, the quoted words or the file name. */
export function evidenceSummary(stored: Pick<BundleEvidence, 'kind' | 'url' | 'quote' | 'title'>): string {
  if (stored.kind === 'url') return stored.url ?? '';
  if (stored.kind === 'passage') return stored.quote ?? '';
  return stored.title ?? '';
}
