// A claim's independent origins as every report format states them beside the verdict:
// "3 documents · 1 independent origin: TASS", with the single-origin flag named apart.
import { ORIGIN_FLAG_LABELS, originsLine } from '../vocabulary/origins.js';
import type { ReportOrigins } from './model.js';

/** The line, or null when the report was built without origins. */
export function originLine(origins: ReportOrigins | undefined): string | null {
  if (!origins) return null;
  const line = originsLine(origins);
  return origins.names.length > 0 ? `${line}: ${origins.names.join('; ')}` : line;
}

/** "Single origin" or "Single unnamed origin" when every document rests on one origin; null otherwise. */
export function originFlagLabel(origins: ReportOrigins | undefined): string | null {
  return origins?.flag ? ORIGIN_FLAG_LABELS[origins.flag] : null;
}
