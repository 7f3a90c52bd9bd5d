// What a narrowed export covers, in the words the report prints under "Scope" ("Done claims with a
// verdict, tagged “idlib”"), so a reader of a published report knows it is not every claim the desk
// has looked at.
import type { ClaimFilter } from '../api/exports.js';
import { STATUS_LABELS } from '../vocabulary/status-labels.js';

/** Names the filter refers to by ID, as the workbench knows them. */
export interface FilterNames {
  /** Rating ID → its label. */
  ratings: ReadonlyMap<string, string>;
  /** The label of the source the filter names, when it names one. */
  source?: string | null;
}

/** The filter in words, or null when it narrows nothing. */
export function describeClaimFilter(filter: ClaimFilter | undefined, names: FilterNames): string | null {
  if (!filter) return null;
  const details: string[] = [];
  if (filter.rated) details.push('with a verdict');
  if (filter.ratingIds) {
    const rated = filter.ratingIds.filter((id) => id !== 'none').map((id) => names.ratings.get(id) ?? 'a verdict no longer on the scale');
    const unrated = filter.ratingIds.includes('none');
    const verdicts = [...(rated.length > 0 ? [`rated ${orList(rated)}`] : []), ...(unrated ? ['without a verdict'] : [])];
    details.push(verdicts.join(' or '));
  }
  if (filter.sourceId) details.push(`attributed to ${names.source?.trim() || 'a source no longer in the registry'}`);
  if (filter.tag) details.push(`tagged “${filter.tag}”`);
  if (filter.unassigned) details.push('assigned to nobody');
  else if (filter.reviewer) details.push(`assigned to ${filter.reviewer}`);

  const statuses = filter.status?.map((status) => STATUS_LABELS[status]);
  if (!statuses && details.length === 0) return null;
  const subject = statuses === undefined ? 'Claims' : statuses.length === 0 ? 'Claims of no status' : `${orList(statuses)} claims`;
  return [subject, ...(details.length > 0 ? [details.join(', ')] : [])].join(' ');
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
