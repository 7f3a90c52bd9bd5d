// The words for how many independent origins stand behind a claim, wherever it is said: the
// inspector, the review queue and its filter, the dashboard and every report.
import type { ClaimOrigin, OriginCounts, OriginFilter, OriginFlag } from '../review/origins.js';

export const ORIGIN_FLAG_LABELS: Record<OriginFlag, string> = {
  'single-origin': 'Single origin',
  'single-unnamed-origin': 'Single unnamed origin',
};

/** The choices of a filter on origins, as its picker and an export's scope name them. */
export const ORIGIN_FILTER_LABELS: Record<OriginFilter, string> = {
  single: 'Single origin',
  'single-unnamed': 'Single unnamed origin',
};

/** What each flag means, for a tooltip or a report's key. */
export const ORIGIN_FLAG_HINTS: Record<OriginFlag, string> = {
  'single-origin': 'Every document carrying this claim rests on the same source: it is one report repeated, not several confirming it.',
  'single-unnamed-origin': 'Every document carrying this claim rests on the same unnamed source: nobody named stands behind it.',
};

function plural(count: number, singular: string, many = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : many}`;
}

/** "3 documents · 1 independent origin"; "1 document · origin unknown" when no chain says where it comes from. */
export function originsLine(counts: Pick<OriginCounts, 'documents' | 'independent' | 'untraced'>): string {
  const documents = plural(counts.documents, 'document');
  if (counts.independent === 0) return `${documents} · origin unknown`;
  const line = `${documents} · ${plural(counts.independent, 'independent origin')}`;
  return counts.untraced > 0 ? `${line} · ${plural(counts.untraced, 'document')} with no source given` : line;
}

/** An origin as a sentence names it: "TASS", "a source in the ministry (unnamed, via TASS)", "Reuters (own reporting)". */
export function originName(origin: Pick<ClaimOrigin, 'name' | 'unnamed' | 'via' | 'ownReporting'>): string {
  if (origin.unnamed) return `${origin.name} (unnamed${origin.via ? `, via ${origin.via}` : ''})`;
  return origin.ownReporting ? `${origin.name} (own reporting)` : origin.name;
}
